"""Kinds left by answer set 15, each in fresh wordings of our own; the set's own lines are never
copied here:

- a fact only a title has, asked after a turn about that title's contact: the title's fact, not
  the contact's role;
- another period named after a set that does not cover it ("anything from the Song dynasty as
  well?"): that period's sets, not the era of the set in focus;
- what else is on after the event in focus ("what else is coming after it?", "그 후에는 어떤 행사
  있어요?"): the calendar;
- "give me a nudge before it starts": the reminder of the event in focus;
- a position taken back for another ("not the fifth, the sixth", "다섯 번째 말고 여섯 번째"): the
  one affirmed."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import ordinal
from tests.dialogue import fits, talk

COMEDY = "work:work_palace_ratings_war"  # the second comedy of the catalogue
SONG_SETS = ["list:locations?era=song*", "location:qingming_riverside"]
SESSION = "event:global_talent_info_session_2026"


@pytest.mark.parametrize("lang,turns", [
    ("en", ["got any comedy titles?", "tell me about the second one", "who's the contact for it, email please",
            "and how many episodes does it run to?"]),
    ("es", ["tienen comedias?", "de que trata la segunda", "quien la lleva? pasame el correo",
            "y cuantos episodios son en total?"]),
    ("zh", ["有喜剧片吗", "第二部是讲什么的", "这部谁负责？给个邮箱", "总共多少集"]),
    ("ko", ["코미디 뭐 있어요?", "두 번째 작품은 어떤 내용이에요", "담당자 이메일 알려 주세요", "총 몇 화예요?"]),
])
def test_a_title_fact_after_its_contact_is_the_titles(services: Services, lang, turns) -> None:
    talk(services, lang, [(turns[0], "list:works?genre=comedy"), (turns[1], f"{COMEDY}*"),
                          (turns[2], "contact:*#email"), (turns[3], f"{COMEDY}#episodes")], fits=fits)


@pytest.mark.parametrize("lang,turns", [
    ("en", ["which sets suit a Qing story?", "what era is the last one", "is there anything from the Song dynasty as well?"]),
    ("es", ["que sets tienen para la dinastia Qing", "de que epoca es el ultimo", "y para algo de la dinastia Song?"]),
    ("zh", ["清代的戏能在哪些景拍", "最后一个是什么朝代的", "那宋朝的呢，有合适的景吗"]),
    ("ko", ["청나라 배경 세트 어디 있어요?", "마지막 거는 어느 시대예요", "송나라 배경 세트도 있어요?"]),
])
def test_another_period_after_a_set_is_that_periods_sets(services: Services, lang, turns) -> None:
    talk(services, lang, [(turns[0], "list:locations?era=qing*"), (turns[1], "location:*#era"),
                          (turns[2], SONG_SETS)], fits=fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "is it Song?"),
    ("en", "does it cover the Qing too?"),
])
def test_a_period_asked_of_the_set_in_focus_stays_its_era(services: Services, lang, text) -> None:
    talk(services, lang, [("which sets suit a Qing story?", "list:*"), ("what era is the last one", "location:yuanming_new_garden#era"),
                          (text, "location:yuanming_new_garden*")], fits=fits)


@pytest.mark.parametrize("lang,first,text", [
    ("en", "what's your next event?", "what else is coming after it?"),
    ("en", "what's your next event?", "and what else have you got on after that one"),
    ("ko", "다음 행사 뭐예요?", "그 후에는 어떤 행사 있어요?"),
])
def test_what_else_is_on_after_the_event_is_the_calendar(services: Services, lang, first, text) -> None:
    talk(services, lang, [(first, SESSION), (text, "list:events*")], fits=fits)


@pytest.mark.parametrize("text", ["give me a nudge the day before", "nudge us before it kicks off"])
def test_a_nudge_before_the_event_is_its_reminder(services: Services, text) -> None:
    talk(services, "en", [("what's your next event?", SESSION),
                          (text, [SESSION, f"remind:{SESSION[6:]}*", f"reminder:{SESSION[6:]}*"])], fits=fits)


@pytest.mark.parametrize("lang,turns", [
    ("en", ["any romance titles?", "what's the fifth about", "sorry, not the fifth, the sixth"]),
    ("es", ["que titulos romanticos tienen", "de que va la quinta", "perdon, no la quinta, la sexta"]),
    ("zh", ["有哪些爱情剧", "第五部讲什么", "不好意思，不是第五部，是第六部"]),
    ("ko", ["로맨스 작품 있어요?", "다섯 번째 거 내용이 뭐예요", "아 다섯 번째 거 말고 여섯 번째 거요"]),
])
def test_a_position_taken_back_picks_the_one_affirmed(services: Services, lang, turns) -> None:
    talk(services, lang, [(turns[0], "list:works?genre=romance"), (turns[1], "work:work_ten_days_in_october#logline"),
                          (turns[2], "work:work_blade_and_blossom*")], fits=fits)


@pytest.mark.parametrize("text,position", [
    ("is the second one not available?", 2), ("第五个不是喜剧吗", 5), ("no, the second", 2), ("the fourth one", 4),
])
def test_a_position_said_once_is_kept(text, position) -> None:
    assert ordinal(text) == position
