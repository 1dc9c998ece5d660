"""fixA23: fixA22's turns landed beside the old readings, and two leftovers of play31:

- the alliance named with "who" asked of it ("how big is the alliance, who's in it") is its members;
  "which companies are in the alliance?" stays the list of every partner, and who is in it asked
  beside what it is or is for ("platíqueme de la HISDA: ¿quiénes la integran y con qué propósito
  nació?") its card, which says both; "who's in charge of it" is no "who is in it";
- similar or other titles of a genre asked right after a title's card ("비슷한 코미디 또 있어요?",
  "¿hay otras parecidas?") leave that title out of the list;
- who may take part in a programme named ("who can join the global talent program?") is that
  programme's way in (not published: its team), not joining the alliance.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk

MEMBERS = "list:partners?member=yes"


@pytest.mark.parametrize("lang,say,expect", [
    ("en", "so the alliance, how big is it, who's in it?", MEMBERS),
    ("en", "which outfits are part of the alliance?", "list:partners"),
    # (told about, not its members alone: its card or every partner, as before fixA22)
    ("es", "cuéntenme de la alianza, ¿quiénes están?", ["faq:what_is_hisda", "program:hisda", "list:partners"]),
    ("es", "¿quién está a cargo de la alianza hoy en día?", "gap:hisda_secretariat"),
    ("zh", "介绍一下这个联盟，宗旨是什么，里面都有谁", ["faq:what_is_hisda", "program:hisda"]),
    ("ko", "연맹 목적이 뭐고 누가 들어가 있어요?", ["faq:what_is_hisda", "program:hisda"]),
])
def test_who_is_in_the_alliance_named_keeps_one_reading_each(services: Services, lang, say, expect) -> None:
    talk(services, lang, [(say, expect)])


SIESTA = "work:work_siesta_not_included"


@pytest.mark.parametrize("lang,turns", [
    ("en", ["what comedies have you got?", "open the first one", "any more comedies like this one?"]),
    ("en", ["what comedies have you got?", "open the first one", "any others like it?"]),
    ("es", ["¿qué comedias tienen?", "la primera", "¿tienen más comedias parecidas?"]),
    ("es", ["¿qué comedias tienen?", "la primera", "¿hay otras parecidas?"]),
    ("zh", ["你们有什么喜剧？", "第一部", "有没有类似的喜剧？"]),
    ("ko", ["코미디 작품 뭐 있어요?", "첫 번째 거요", "이거랑 비슷한 코미디 또 있나요?"]),
])
def test_similar_titles_leave_the_one_in_focus_out(services: Services, lang, turns) -> None:
    reply = talk(services, lang, [(turns[0], "list:works?genre=comedy"), (turns[1], SIESTA + "*"),
                                  (turns[2], "list:works?genre=comedy")])
    assert reply.items and SIESTA not in reply.items, reply.items


@pytest.mark.parametrize("lang,say,name", [
    ("en", "who can join the global talent program?", "Global Talent Program"),
    ("en", "who gets to apply to the talent program?", "Global Talent Program"),
    ("es", "¿quiénes pueden postularse al Programa Global de Talento?", "Programa Global de Talento"),
    ("zh", "全球人才计划谁可以报名？", "全球人才计划"),
    ("ko", "글로벌 인재 프로그램은 누가 참여할 수 있어요?", "글로벌 인재 프로그램"),
])
def test_who_may_take_part_in_a_programme_is_its_way_in(services: Services, lang, say, name) -> None:
    reply = talk(services, lang, [(say, "gap:hisda_secretariat")])
    assert name in reply.text, reply.text


def test_who_can_join_the_alliance_is_still_joining(services: Services) -> None:
    talk(services, "en", [("who can join the alliance?", "faq:join_alliance")])
