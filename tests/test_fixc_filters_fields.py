"""Kinds of fixC (answer the question asked):

- a list asked with a filter in words keeps it: a plural of a genre's name ("family dramas",
  "thrillers"), a genre said as the trade says it ("도시물"), two genre words in one compound
  ("悬疑惊悚", "mystery thriller": its head, the last), a scene said as a big family's house
  ("大户人家宅院": a mansion, not a courtyard); the ordinals then count in that filtered list;
- an ordinal follow-up that asks a field answers that field ("第二部每集片长多少？", "두 번째
  작품은 회당 분량이 얼마입니까?"), and a bare ordinal after it carries the field to the new item;
- a record's field asked directly: who qualifies said as what a crew must bring ("do we need a
  script or is an idea enough?"), "누가 대상입니까", the number to call.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk

FAMILY_4TH = "work:work_son_in_law_from_seoul"
URBAN_2ND = "work:work_ten_days_in_october"


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("show me your family dramas", "list:works?genre=family"), ("the fourth one", FAMILY_4TH)]),
    ("es", [("muéstrame sus dramas familiares", "list:works?genre=family"), ("la cuarta", FAMILY_4TH)]),
    ("ko", [("가족물 작품 뭐 있어요?", "list:works?genre=family"), ("네 번째요", FAMILY_4TH)]),
    ("ko", [("Merhaba, 도시물 작품 뭐 있어요?", "list:works?genre=urban"), ("두 번째 작품 보여 주세요", URBAN_2ND)]),
    ("en", [("any city dramas?", "list:works?genre=urban"), ("the second", URBAN_2ND)]),
    ("en", [("do you have thrillers?", "list:works?genre=thriller")]),
    ("en", [("got any mystery thrillers?", "list:works?genre=thriller")]),
    ("zh", [("有悬疑惊悚类的剧吗", "list:works?genre=thriller"), ("第一部", "work:work_canton_nocturne")]),
    ("ko", [("미스터리 스릴러 작품 있어요?", "list:works?genre=thriller")]),
    ("en", [("any romantic comedies?", "list:works?genre=romance&genre=comedy")]),
    ("es", [("¿tienen comedias románticas?", ["list:works?genre=romance", "list:works?genre=comedy"])]),
    ("zh", [("有没有大户人家宅院那种景", "list:locations?scene=mansion")]),
    ("zh", [("想拍深宅大院的戏，有合适的景吗", "list:locations?scene=mansion")]),
])
def test_a_list_asked_with_a_filter_keeps_it(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize(("lang", "turns"), [
    ("zh", [("有哪些作品", "list:works"), ("第二部每集片长多少？", "work:work_emperors_clockmaker#episode_minutes"),
            ("第三部呢？", "work:work_canton_nocturne#episode_minutes")]),
    ("ko", [("작품 목록 보여 주세요", "list:works"),
            ("두 번째 작품은 회당 분량이 얼마입니까?", "work:work_emperors_clockmaker#episode_minutes"),
            ("네 번째는요?", "work:work_ancestral_hall#episode_minutes")]),
    ("en", [("list your works", "list:works"), ("how long is each episode of the second?", "work:work_emperors_clockmaker#episode_minutes"),
            ("what is the fifth about?", "work:work_vanished_on_live#logline")]),
    ("es", [("¿qué obras tienen?", "list:works"), ("¿cuánto dura cada capítulo de la segunda?", "work:work_emperors_clockmaker#episode_minutes")]),
    # the ordinal counts in the filtered list
    ("en", [("show me your family dramas", "list:works?genre=family"),
            ("how long is each episode of the fourth?", FAMILY_4TH + "#episode_minutes")]),
    ("zh", [("有家庭剧吗", "list:works?genre=family"), ("第四部单集片长多少？", FAMILY_4TH + "#episode_minutes")]),
])
def test_an_ordinal_that_asks_a_field_answers_it(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "to request shoot support do we need a script or is an idea enough?", "incentive:shoot_request_procedure#eligibility"),
    ("es", "para pedir apoyo de rodaje, ¿hace falta un guion o basta con una idea?", "incentive:shoot_request_procedure#eligibility"),
    ("zh", "申请拍摄支持必须有剧本吗？有个创意行不行？", "incentive:shoot_request_procedure#eligibility"),
    ("ko", "촬영 지원을 신청하려면 대본이 있어야 하나요, 아이디어만으로도 되나요?", "incentive:shoot_request_procedure#eligibility"),
    ("ko", "숏드라마 제작비 절감 지원은 누가 대상입니까?", "incentive:short_drama_cost_reduction#eligibility"),
    ("en", "what number can I call the secretariat on?", "contact:hisda_secretariat#phone"),
    ("en", "which number should we call to reach the secretariat?", "contact:hisda_secretariat#phone"),
])
def test_a_field_asked_directly_is_that_field(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])
