"""Round 35's merge: readings two helpers' branches changed together, and the rows the lead mended
on the merge (answers85's co-production and way-here follow-ups, written here in other words)."""
from __future__ import annotations

import pytest

from tests.dialogue import talk_patterns

PITCH = "event:latam_pitch_day_2027"
SESSION = "event:global_talent_info_session_2026"
REACH = "faq:how_to_reach_hengdian"
COPRODUCE = "faq:coproduce_catalog_title"


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("zh", "拉美推介会是哪天？", "下礼拜有没有比这个早点的活动"),
    ("en", "when is the latin american pitch day?", "anything earlier than that, next week maybe?"),
])
def test_a_week_asked_as_how_much_sooner_is_the_event_before_the_one_in_focus(services, lang, first, then) -> None:
    # fixY26's week reader ("下周有什么活动") and fixW26's "anything sooner?" met on the merge: with an
    # event in focus, how much sooner is asked, whatever week is named
    talk_patterns(services, lang, [(first, f"{PITCH}#date"), (then, SESSION)])


@pytest.mark.parametrize(("lang", "lines"), [
    ("es", [("¿tienen comedias?", "list:works?genre=comedy"),
            ("y si pusiéramos plata en una así, ¿qué hay que hacer?", COPRODUCE)]),
    ("es", [("¿tienen romances?", "list:works?genre=romance"),
            ("y si metiéramos dinero en una así, ¿cómo se hace?", COPRODUCE)]),
])
def test_money_put_into_one_like_those_is_co_producing_it(services, lang, lines) -> None:
    talk_patterns(services, lang, lines)


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("es", "¿qué sets tienen con templo?", "desde Pekín con todo el equipo, ¿qué nos conviene tomar?"),
    ("en", "which sets have a temple?", "from Beijing with all our gear, what should we take?"),
    ("zh", "有哪些有寺庙的景？", "从北京过去带着设备坐啥比较好"),
    ("ko", "절 있는 세트 뭐 있어요?", "베이징에서 장비 들고 뭐 타고 가는 게 나아요?"),
])
def test_what_to_take_from_a_starting_city_is_the_way_here(services, lang, first, then) -> None:
    talk_patterns(services, lang, [(first, "list:locations?scene=temple"), (then, REACH)])


def test_what_to_take_into_account_is_no_way_here(services) -> None:
    from tests.dialogue import new_chat
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    reply = services.brain.reply_to_text(chat, "from our experience, what should we take into account when shooting in winter?",
                                         services.store.profile(chat))
    assert reply.answer != REACH, reply.text


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "周末全家人一起看的剧有哪些？"),
    ("ko", "주말에 온 가족이 같이 볼 드라마 뭐 있어요?"),
    ("en", "anything the whole family could watch on a weekend?"),
])
def test_titles_for_the_weekend_are_titles_not_the_weekends_events(services, lang, said) -> None:
    # (fixY26's weekend reader left titles asked with a genre to the catalogue)
    talk_patterns(services, lang, [(said, "list:works?genre=family")])


def test_back_to_the_first_one_after_a_list_is_its_first(services) -> None:
    # "回到第一部" after a list is that list's first (fixX26's "first title talked about" only for
    # "the one at the very start")
    talk_patterns(services, "zh", [("有哪些家庭剧？", "list:works?genre=family"),
                                   ("第二部讲什么？", "work:work_half_a_teahouse#logline"),
                                   ("回到第一部，有几集？", "work:work_ancestral_hall#episodes")])


def test_making_one_with_the_team_in_focus_is_co_producing(services) -> None:
    talk_patterns(services, "ko", [("스페인어권 배급은 누구한테 연락해요?", "contact:dalynn_studio#role"),
                                   ("목록에서 맘에 드는 거 있으면 그 회사랑 반반 투자해서 제작할 수 있나요?", COPRODUCE)])
