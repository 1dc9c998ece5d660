"""Kinds found by playing partner conversations through Telegram (fixE8), each tried with wordings
written for these tests (not the play's own sentences):

- H: "the same for X" right after a calendar file or a reminder does that again for X (not X's card);
- C: "is this event open to X?" is who takes part per its record, then who to ask (not the
  alliance's joining FAQ, not the card alone); joining the alliance stays its FAQ;
- F: "is the international set usable yet?" is its status (under construction), with no "yes";
- L: a price asked beside a wish to license a title is the honest gap naming who quotes it (the
  inquiry form is not opened on a question).
(A, the partner never left in silence after a staff reply, is tried end to end in
tests/test_e2e_handoff.py and tests/test_fixl_handoff_acks.py.)
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from intents.inquiry_words import wants_inquiry
from tests.dialogue import say

AGAIN = [
    ("en", "add the global talent info session to my calendar", "do the same for the Korea one", "ics", "korea_matchmaking_2027"),
    ("en", "set a reminder for the Seoul matchmaking", "the Latin Film Night one too", "remind", "latin_film_night_2027"),
    ("es", "recuérdame el encuentro de Corea", "lo mismo con la noche de cine latino", "remind", "latin_film_night_2027"),
    ("zh", "请把全球人才计划说明会加到我的日历", "韩国的也一样，帮我加一下", "ics", "korea_matchmaking_2027"),
    ("ko", "라틴 영화의 밤 캘린더 파일 보내 주세요", "한국 행사도 똑같이 해 주세요", "ics", "korea_matchmaking_2027"),
]


@pytest.mark.parametrize(("lang", "first", "again", "action", "event"), AGAIN)
def test_the_same_again_repeats_the_action_for_the_other_event(
        services: Services, lang: str, first: str, again: str, action: str, event: str) -> None:
    done, reply = say(services, lang, first, again)
    assert done.outcome == "action"
    assert reply.outcome == "action" and reply.answer == f"event:{event}"
    if action == "ics":
        assert reply.document is not None and event in reply.document.filename
    else:
        assert reply.document is None and any(b.data.endswith(f"-{event}") for row in reply.buttons for b in row)


def test_same_again_words_are_no_question() -> None:
    assert lexicon.same_again("韓國那場也一樣，幫我加一下")
    assert not lexicon.same_again("is the Latin Film Night in Hengdian?")


OPEN_TO = [
    ("en", "can companies from outside Korea join the Seoul matchmaking?", "korea_matchmaking_2027"),
    ("es", "¿las distribuidoras pueden sumarse al encuentro de Corea?", "korea_matchmaking_2027"),
    ("es", "la jornada de pitch, ¿es solo para productores?", "latam_pitch_day_2027"),
    ("zh", "拉丁电影之夜对外国公司开放吗？", "latin_film_night_2027"),
    ("ko", "서울 매칭 행사에 배급사도 참석 가능해요?", "korea_matchmaking_2027"),
    ("ko", "라틴 영화의 밤은 외국 회사도 참여돼?", "latin_film_night_2027"),
]


@pytest.mark.parametrize(("lang", "asked", "event"), OPEN_TO)
def test_whom_an_event_is_open_to(services: Services, lang: str, asked: str, event: str) -> None:
    [reply] = say(services, lang, asked)
    assert reply.answer == f"event:{event}#audience"
    assert "secretariat@hisda.example.com" in reply.text


@pytest.mark.parametrize(("lang", "asked"), [("en", "can foreign companies join the alliance?"),
                                             ("ko", "외국 회사도 연맹에 가입할 수 있나요?")])
def test_joining_the_alliance_after_an_event_is_still_its_faq(services: Services, lang: str, asked: str) -> None:
    reply = say(services, lang, "tell me about the Seoul matchmaking", asked)[-1]
    assert reply.answer == "faq:join_alliance"


USABLE = [
    ("en", "is the international set usable yet?"),
    ("en", "can we use the foreign sets now?"),
    ("es", "¿los sets internacionales ya se pueden usar?"),
    ("zh", "海外场景可以用了没？"),
    ("ko", "해외 세트 이제 쓸 수 있어요?"),
    ("ko", "해외 배경 세트는 완공됐나요? 지금 촬영 가능해요?"),
]


@pytest.mark.parametrize(("lang", "asked"), USABLE)
def test_whether_the_international_sets_can_be_used_is_their_status(services: Services, lang: str, asked: str) -> None:
    [reply] = say(services, lang, asked)
    assert reply.answer == "location:international_sets#built"
    assert not any(yes in reply.text for yes in ("네, 가능합니다", "可以。", "Yes,", "Sí,"))


@pytest.mark.parametrize("asked", ["想买这部的版权，大概多少钱？", "we'd like to license this one, how much would it cost?",
                                   "queremos licenciar esta serie, ¿cuánto cuesta?"])
def test_a_price_asked_with_a_rights_wish_opens_no_form(asked: str) -> None:
    assert wants_inquiry(asked) is None
    assert wants_inquiry("we'd like to license this one, please send us a quote") == "license"


def test_a_rights_price_after_a_title_is_the_honest_gap(services: Services) -> None:
    reply = say(services, "zh", "看看悬疑剧", "第一部", "我们有意引进这部，授权费大概多少钱？")[-1]
    assert reply.outcome == "gap" and "@" in reply.text


@pytest.mark.parametrize(("lang", "before"), [("ko", "해외 세트 완공됐나요?"), ("zh", "国际街景建好了吗"), ("es", "¿ya terminaron los sets internacionales?")])
def test_an_english_goodbye_is_answered_in_english_and_the_chat_keeps_its_language(
        services: Services, lang: str, before: str) -> None:
    _, bye, short, again = say(services, lang, before, "thank you, see you!", "ok thx", "👍")
    assert bye.lang == "en"
    assert short.lang == lang and again.lang == lang  # the shorthand and the chat's next lines: as before
