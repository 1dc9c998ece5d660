"""fixE: two catalogue filters meet (genre ∩ setting, ∩ status); a list of events asked with an
event in focus; a closing said alone is a goodbye (four languages)."""

import pytest

from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "text", "title"), [
    ("en", "any sci-fi historical titles?", "Eclipse over Qin"),
    ("ko", "SF 사극 있어요?", "진나라의 일식"),
    ("en", "romance, preferably wuxia", "Blade and Blossom"),
    ("zh", "有没有古装爱情剧", "陶俑里的她"),
])
def test_kind_and_setting_both(services, lang, text, title):
    reply = talk(services, lang, [(text, "list:works?genre=*")], fits=lambda e, g: (g or "").startswith("list:works?genre="))
    assert title in reply.text and len(reply.items) == 1


def test_none_of_both_offers_each(services):
    reply = talk(services, "en", [("mystery wuxia titles", "list:works?genre=mystery&genre=wuxia")])
    assert not reply.items and len([r for r in reply.buttons if r[0].data.startswith("1|cat") or "cat" in r[0].data]) >= 2


def test_or_keeps_either(services):
    reply = talk(services, "en", [("comedy or family titles", "list:works?genre=comedy&genre=family")])
    assert len(reply.items) > 1


@pytest.mark.parametrize(("lang", "first", "listing", "third"), [
    ("es", "y la noche de cine latino cuándo es", "lista todos los eventos del próximo año", "el tercero"),
    ("zh", "拉美电影之夜是什么时候", "列一下明年所有的活动", "第三个"),
    ("ko", "라틴 영화의 밤은 언제예요?", "내년 행사 전부 보여줘", "세 번째"),
    ("en", "when is the latin film night", "list all the events next year", "the third one"),
])
def test_events_list_after_one_event(services, lang, first, listing, third):
    talk(services, lang, [(first, "event:latin_film_night#date"),
                          (listing, "list:events?year=2027"), (third, "event:virtual_stage_open_day_2027")])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "listo, eso es todo, gracias"), ("zh", "好的，就这些，谢谢"), ("ko", "네 그게 다예요 감사합니다"),
    ("zh", "掰掰"), ("zh", "謝啦 掰"), ("en", "ok that's all, thanks"),
])
def test_closing_is_goodbye(services, lang, text):
    talk(services, lang, [("cuántas vistas tuvo el drama de SpringReel", "partner:springreel"),
                          (text, "smalltalk:goodbye")])
