"""Kinds of play33 (fixt33d): the alliance, Hengdian and counts in casual words.

- the alliance's studios or member companies counted ("how many studios in the alliance",
  "연맹 가입사가 몇 군데나 돼요?") is the members count, not the list or the join FAQ;
- crews a year ("你们平台一年接多少剧组", "헝뎬 촬영소에서 1년에 몇 팀 정도 촬영해요?") is the studios'
  count gap, though Hengdian goes unsaid;
- Wanda's studios, the Oriental Movie Metropolis, asked a price, are another studio (no own price);
- who (actually) operates the alliance or is behind it, with it in focus, is what HISDA is (day to
  day: the Secretariat gap, fixu34b); who operates
  Hengdian is the studios' card, not the alliance or the way there;
- the fee to be a member names the Secretariat in English too.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import replies


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "how many studios in the alliance"),
    ("en", "and how many production companies are in the alliance?"),
    ("ko", "연맹 가입사가 몇 군데나 돼요?"),
])
def test_alliance_members_counted(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert reply.answer == "gap:hisda_secretariat"
    assert "12" in reply.text.split("\n")[0]


@pytest.mark.parametrize(("lang", "line"), [
    ("zh", "你们平台一年接多少剧组"),
    ("ko", "헝뎬 촬영소에서 1년에 몇 팀 정도 촬영해요?"),
    ("en", "how many crews do you host a year?"),
])
def test_crews_a_year_is_the_studios_gap(services: Services, lang: str, line: str) -> None:
    assert replies(services, lang, [line])[-1].answer == "gap:international_business"


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "what does Wanda Studios Qingdao charge per day, do you know?"),
    ("es", "¿cuánto cobran en los estudios de Wanda en Qingdao por día?"),
    ("zh", "万达青岛影视城一天多少钱"),
    ("ko", "완다 칭다오 스튜디오 하루 대관료 얼마예요?"),
])
def test_wanda_is_another_studio(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert reply.answer == "gap:international_business"
    assert reply.outcome == "gap"
    assert "aren't published" not in reply.text


@pytest.mark.parametrize("line", ["who actually operates it?", "who operates it?"])
def test_who_operates_the_alliance(services: Services, line: str) -> None:
    assert replies(services, "en", ["what is HISDA?", line])[-1].answer == "faq:what_is_hisda"


def test_who_runs_it_stays_the_head_gap(services: Services) -> None:
    assert replies(services, "en", ["what is HISDA?", "who runs it?"])[-1].answer == "gap:hisda_secretariat"


@pytest.mark.parametrize(("lang", "line"), [
    ("zh", "横店到底是谁在运营"),
    ("zh", "横店谁在运营"),
    ("ko", "헝뎬은 누가 운영해요?"),
    ("ko", "헝뎬은 누가 운영하는 곳이에요"),
    ("en", "who operates Hengdian?"),
])
def test_who_operates_hengdian_is_the_studios(services: Services, lang: str, line: str) -> None:
    assert replies(services, lang, [line])[-1].answer.startswith("partner:hengdian_world_studios")


def test_member_fee_names_the_secretariat(services: Services) -> None:
    reply = replies(services, "en", ["what is HISDA?", "does it cost anything to be a member??"])[-1]
    assert reply.answer == "gap:hisda_secretariat"
