"""fixQ16: "who do I contact to screen <title> at the festival?" names one of our titles, its
screening the reason: the team that handles the title (International Business, or the title's
card with that team), not the festival's card nor the way into the alliance. Sentences of our
own, four languages."""

from __future__ import annotations

import pytest

from tests.dialogue import talk

TITLE_TEAM = ["contact:international_business", "work:work_moonlight_envoy", "work:work_blade_and_blossom"]


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "Who do I contact to screen Moonlight Envoy at the festival?"),
    ("en", "we'd love to show Blade and Blossom at our festival screening, who handles that?"),
    ("es", "¿Con quién hablo para proyectar Embajadora bajo la luna en el festival?"),
    ("es", "queremos pasar Moonlight Envoy en el festival, ¿a quién le escribo?"),
    ("zh", "想在电影节上放映月下使臣，应该联系哪位？"),
    ("zh", "想在電影節上放映剑与花，要找誰？"),
    ("ko", "영화제에서 달빛 사신을 상영하려면 누구한테 연락해야 해요?"),
    ("ko", "헝뎬 영화제 때 검과 꽃 상영하고 싶은데 누구한테 문의하면 되노?"),
])
def test_whom_to_contact_to_screen_a_title_is_its_team(services, lang: str, say: str) -> None:
    reply = talk(services, lang, [(say, TITLE_TEAM)])
    assert "international.business@" in reply.text, reply.text


def test_the_festival_alone_asked_whom_is_still_the_festivals_team(services) -> None:
    talk(services, "en", [("who do I contact about the film festival?",
                           ["event:hengdian_film_festival", "contact:*", "faq:film_festival"])],
         fits=lambda expect, got: any((got or "").startswith(e.rstrip("*")) for e in expect))
