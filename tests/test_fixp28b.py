"""Kinds found playing partners through Telegram (play28, fixed by fixp28b):

- K2: "has this year's festival happened yet?" of an event held every year, whose records hold
  no edition of the year asked, says so (never "not held yet" of an October gone by) and gives
  the next dated edition;
- K6: the list buttons ("More", "Back to the list") keep the list's filter and page;
- K8: Cantonese function words (幾時, 喺邊度, 搞完未, 配對會) are read as Mandarin before the
  classifier, the entity index and search; the reply keeps the partner's script.

The clock is the evaluation's (2026-11-30): the Hengdian Film Festival is held every October,
and the knowledge dates only its 2027 edition.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.brain import read_as_standard
from tests.dialogue import new_chat, talk

FESTIVAL = "event:hengdian_film_festival"


# -- K2: this year's edition of a yearly event --------------------------------------------------
@pytest.mark.parametrize("lang,turns,words", [
    ("es", ["cuándo arranca el festival de cine?", "y este año ya se hizo?"], ["2026", "octubre de 2026", "2027"]),
    ("zh", ["今年的横店影视节已经办完了吗"], ["2026年", "没有", "2027年10月14日"]),
    ("ko", ["올해 영화제는 이미 끝났나요?"], ["2026년", "기록", "2027년 10월 14일"]),
    ("en", ["when is the film festival this year?"], ["no 2026 edition", "October 2026", "14 October 2027"]),
    ("en", ["tell me about the film festival", "did it happen?"], ["no 2026 edition", "14 October 2027"]),
    ("en", ["did the film festival happen last year?"], ["no 2025 edition", "14 October 2027"]),
    ("zh", ["横店影视节几时开始？", "今年嘅已經搞完未？"], ["2026年", "2027年10月14日"]),
])
def test_this_years_edition_not_in_the_records(services: Services, lang: str, turns: list[str],
                                               words: list[str]) -> None:
    reply = talk(services, lang, [(t, "*") for t in turns[:-1]] + [(turns[-1], [f"{FESTIVAL}#status",
                                                                                   f"{FESTIVAL}#date"])],
                 fits=lambda expect, got: expect == "*" or got in expect)
    text = reply.text
    assert all(w in text for w in words), text
    for wrong in ("has not happened yet", "todavía no se ha realizado", "尚未举办", "아직 열리지 않았"):
        assert wrong not in text, text


def test_a_year_still_to_come_has_no_dates_yet(services: Services) -> None:
    reply = talk(services, "en", [("is there a film festival in 2028?", f"{FESTIVAL}#date")])
    assert "no dates for a 2028 edition" in reply.text and "14 October 2027" in reply.text, reply.text


@pytest.mark.parametrize("lang,line", [
    ("en", "when is the film festival in 2027?"),
    ("en", "when is the film festival?"),
    ("es", "¿el festival de cine está confirmado?"),
])
def test_the_recorded_edition_is_still_answered(services: Services, lang: str, line: str) -> None:
    reply = talk(services, lang, [(line, [f"{FESTIVAL}#date", f"{FESTIVAL}#status"])],
                 fits=lambda expect, got: got in expect)
    assert "2027" in reply.text and "2026" not in reply.text, reply.text


# -- K8: Cantonese read as Mandarin -------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("韓國配對會幾時搞？", "韩国对接会什么时候举办？"),
    ("喺邊度搞？", "在哪里举办？"),
    ("今年嘅已經搞完未？", "今年的已经结束了吗？"),
    ("搞咗未？", "举办了吗？"),
    ("食咗飯未", "食了饭未"),  # 未 ends the question only at the end of a clause (no 了未 here)
])
def test_cantonese_function_words(text: str, expected: str) -> None:
    assert read_as_standard(text)[0] == expected


def test_cantonese_matchmaking_when_and_where(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="zh-HK")
    replies = [services.brain.reply_to_text(chat, line, services.store.profile(chat))
               for line in ("韓國配對會幾時搞？", "喺邊度搞？")]
    assert replies[0].answer == "event:korea_matchmaking_2027#date", replies[0].answer
    assert replies[1].answer == "event:korea_matchmaking_2027#venue", replies[1].answer


# -- K6: list buttons keep the list -------------------------------------------------------------
def _buttons(reply) -> dict[str, str]:
    return {b.label: b.data for row in reply.buttons for b in row if b.data}


def _press(services: Services, chat: int, data: str):
    return services.brain.reply_to_button(chat, data, services.store.profile(chat))


@pytest.mark.parametrize("lang,line,key", [
    ("en", "which titles are seeking co-production partners?", "list:works?coproduction=seeking_partners"),
    ("es", "¿qué obras tienen en coreano?", "list:works?language=ko"),
    ("zh", "片单里有韩语版的作品吗", "list:works?language=ko"),
    ("ko", "한국어로 된 작품 있어요?", "list:works?language=ko"),
])
def test_more_keeps_the_filter(services: Services, lang: str, line: str, key: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    first = services.brain.reply_to_text(chat, line, services.store.profile(chat))
    assert first.answer == key, first.answer
    more = next(data for data in _buttons(first).values() if data.startswith("v1|cat|"))
    second = _press(services, chat, more)
    assert second.answer == key, second.answer
    assert set(second.items) == set(first.items)
    shown = [d for d in _buttons(second).values() if d.startswith("v1|work|")]
    assert shown and all(d.split("|")[2] not in [i.partition(":")[2] for i in first.items[:5]] for d in shown)
    # the card of a title on page 2 goes back to page 2 of the same list
    card = _press(services, chat, shown[0])
    back = next(d for d in _buttons(card).values() if d.startswith("v1|cat|"))
    again = _press(services, chat, back)
    assert again.answer == key and _buttons(again) == _buttons(second), back


def test_back_returns_to_the_genre_list_the_title_was_opened_from(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    listed = services.brain.reply_to_text(chat, "show me your wuxia dramas", services.store.profile(chat))
    assert listed.answer == "list:works?genre=wuxia", listed.answer
    opened = _press(services, chat, _buttons(listed)["1. Blade and Blossom"])
    assert _buttons(opened)["↩ Back to the list"] == "v1|cat|wuxia|1"
    # opened in words ("the first one") as well
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    services.brain.reply_to_text(chat, "show me your wuxia dramas", services.store.profile(chat))
    said = services.brain.reply_to_text(chat, "the first one", services.store.profile(chat))
    assert said.answer == "work:work_blade_and_blossom"
    assert _buttons(said)["↩ Back to the list"] == "v1|cat|wuxia|1"


def test_list_button_data_fits_telegram(services: Services) -> None:
    """Every title of every filtered list keeps its 64-byte button data (the longest ids)."""
    from intents.catalog import ListRef, work_button

    longest = max(services.brain.knowledge.current.works, key=len)
    ref = ListRef("mystery+thriller", 5, "ko", "available_for_licensing", "vertical_short_drama_center")
    assert len(work_button("x", longest, ref).data.encode()) <= 64


# -- K10: a name in characters of a person written in pinyin ------------------------------------
@pytest.mark.parametrize("line", ["周凤来是谁", "周鳳來是誰？"])
def test_a_name_in_characters_finds_its_pinyin(services: Services, line: str) -> None:
    reply = talk(services, "zh", [(line, "contact:vertical_short_drama_center#role")])
    assert "Zhou Fenglai" in reply.text and "没有叫" not in reply.text, reply.text


@pytest.mark.parametrize("line", ["林大伟是谁", "周凤是谁", "王小明是谁"])
def test_a_name_that_fits_no_pinyin_is_still_unknown(services: Services, line: str) -> None:
    reply = talk(services, "zh", [(line, "list:contacts")])
    assert "没有叫" in reply.text, reply.text
