"""Follow-ups that lost what they referred to (play round 8), each tried in four languages with
wordings written for these tests: the Alliance's members (member: true) asked as such, an ordinal
with a question of fit about the set it picks, a title asked of a
set then "that one", titles with a genre and a country's characters, the set a title films on with
a scene asked of it, a deadline after a procedure, whom to reach in slang, a list named to be
re-sent in another language, a wuxia market street, and every standing set. A real Brain, the
clock pinned to 2026-11-30 (tests/dialogue.py)."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.reply import Reply
from tests.dialogue import ask, fits, replies


def talk(services: Services, lang: str, turns) -> list[Reply]:
    """Each line said in one new chat, each answer key fitting its pattern; every reply."""
    said = replies(services, lang, [line for line, _ in turns])
    for number, ((line, expect), reply) in enumerate(zip(turns, said, strict=True), 1):
        assert fits(expect, reply.answer), f"turn {number} {line!r}: expected {expect}, got {reply.answer}"
    return said

MEMBERS = "list:partners?member=yes"
LIST = "list:locations?era=republican&genre=spy*"


@pytest.mark.parametrize("lang,text", [
    ("zh", "你们联盟现在有哪些成员？"), ("zh", "聯盟的成員公司有哪幾家？"),
    ("en", "which companies are actual members of the alliance?"),
    ("es", "¿qué empresas son miembros de la alianza?"), ("ko", "연맹 회원사 좀 알려 주세요"),
])
def test_members_are_the_member_partners(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == MEMBERS
    assert len(reply.items) == sum(bool(p.member) for p in services.brain.knowledge.current.partners.values())


def test_who_is_in_it_beside_members_is_the_list(services: Services) -> None:
    reply = ask(services, "en", "what's the secretariat's email?", "who's in it? i mean the member companies")
    assert reply.answer == MEMBERS
    assert reply.text.startswith("Members")


@pytest.mark.parametrize("lang,turns", [
    ("en", [("we're making a 1930s spy drama, which of your sets would work?", LIST),
            ("and the second one on that list, any good for that?", "location:*#*")]),
    ("zh", [("我们拍民国谍战剧，哪些景合适？", LIST), ("第二个景能拍谍战戏吗", "location:*#genres")]),
    ("es", [("¿qué sets sirven para una serie de espías de los años treinta?", LIST),
            ("el segundo, ¿sirve para escenas nocturnas?", "location:*#scene_types")]),
    ("ko", [("1930년대 스파이 드라마 찍을 세트 추천해 줘", LIST), ("두 번째 세트는 밤 장면 찍기 괜찮아?", "location:*#scene_types")]),
])
def test_an_ordinal_with_a_fit_question_answers_it(services: Services, lang: str, turns) -> None:
    replies = talk(services, lang, turns)
    first = replies[0].items[1].partition(":")[2]
    assert replies[-1].answer.startswith(f"location:{first}#")
    assert len(replies[-1].text) < 600  # the answer, not the card and the list


@pytest.mark.parametrize("lang,lines", [
    ("en", ["we need sets for a 1930s spy story", "tell me about Ming-Qing Folk Houses",
            "any title in your catalog filmed on the street set?", "could we co-produce that one?"]),
    ("es", ["¿qué sets tienen para una historia de espías de los años treinta?", "cuéntame del segundo",
            "¿alguna serie del catálogo que se grabe en el set de la calle?", "¿esa se puede coproducir?"]),
    ("zh", ["民国谍战剧有哪些景合适？", "第二个详细说说", "片单里有在那条街景拍的剧吗？", "这部能合拍吗？"]),
])
def test_a_title_found_by_its_set_is_that_one_after(services: Services, lang: str, lines: list[str]) -> None:
    replies = talk(services, lang, [(lines[0], "list:locations*"), (lines[1], "location:*"),
                                    (lines[2], "work:work_canton_nocturne"),
                                    (lines[3], "work:work_canton_nocturne#coproduction")])
    assert replies[2].answer == "work:work_canton_nocturne"


@pytest.mark.parametrize("lang,lines", [
    ("ko", ["한국인 주인공 나오는 미스터리 작품 있어요?", "촬영은 어디서 해요?"]),
    ("en", ["any mystery titles with a Korean lead?", "where is it filmed?"]),
    ("zh", ["有没有韩国人当主角的悬疑剧？", "在哪儿拍的？"]),
    ("es", ["¿tienen algún misterio con protagonista coreana?", "¿dónde se graba?"]),
])
def test_a_genre_and_a_country_lead_filter_both(services: Services, lang: str, lines: list[str]) -> None:
    talk(services, lang, [(lines[0], "work:work_ancestral_hall"), (lines[1], "work:work_ancestral_hall#filmed")])


@pytest.mark.parametrize("lang,lines", [
    ("en", ["tell me about The Ancestral Hall", "which set is it shot on? fine for night scenes?"]),
    ("zh", ["介绍一下祠堂迷踪", "在哪个景拍的？能拍夜戏吗"]),
    ("ko", ["사당의 비밀 알려 줘", "어느 세트에서 찍어요? 야간 촬영도 돼요?"]),
    ("es", ["háblame de El salón de los ancestros", "¿en qué set se graba? ¿se pueden hacer escenas nocturnas ahí?"]),
])
def test_the_set_a_title_films_on_and_a_scene(services: Services, lang: str, lines: list[str]) -> None:
    reply = talk(services, lang, [(lines[0], "work:work_ancestral_hall"), (lines[1], "work:work_ancestral_hall#filmed")])[-1]
    names = services.brain.knowledge.current.locations["ming_qing_folk_houses"].name
    assert names.get(lang) in reply.text
    assert services.brain.knowledge.current.locations["dream_valley"].name.get(lang) in reply.text


@pytest.mark.parametrize("lang,lines", [
    ("en", ["how do we request a shoot at Hengdian?", "is there a deadline to apply?"]),
    ("es", ["¿cómo pedimos apoyo para rodar en Hengdian?", "¿hay fecha límite para postular?"]),
    ("zh", ["申请拍摄支持的流程是什么？", "申请有截止时间吗？"]),
    ("ko", ["헝뎬 촬영 지원은 어떻게 신청해요?", "마감 기한 있어요?"]),
])
def test_a_deadline_after_a_procedure_is_its_lead_time(services: Services, lang: str, lines: list[str]) -> None:
    reply = talk(services, lang, [(lines[0], "incentive:shoot_request_procedure*"),
                                  (lines[1], "incentive:shoot_request_procedure#how_to_apply")])[-1]
    assert any(w in reply.text.split("\n")[0] for w in ("four weeks", "cuatro semanas", "四周", "4주"))


@pytest.mark.parametrize("lang,lines", [
    ("en", ["any incentives for shooting vertical dramas?", "k who should we ping about that"]),
    ("zh", ["竖屏短剧有扶持政策吗？", "这个找谁？"]),
    ("ko", ["세로형 숏드라마 지원 있어요?", "그건 누구한테 연락하면 돼?"]),
])
def test_whom_to_reach_for_an_incentive(services: Services, lang: str, lines: list[str]) -> None:
    talk(services, lang, [(lines[0], "*"), (lines[1], "contact:vertical_short_drama_center*")])


@pytest.mark.parametrize("lang,lines,genre", [
    ("en", ["show me your sci-fi titles", "tell me about the first one", "what's the weather like there in March?",
            "could you send that sci-fi list in Spanish? it's for my colleague"], "sci_fi"),
    ("es", ["¿qué títulos de misterio tienen?", "háblame del segundo", "¿cuánto cuesta un día de rodaje?",
            "¿me mandas esa lista de misterio en inglés? es para un socio"], "mystery"),
])
def test_a_list_named_is_the_one_resent(services: Services, lang: str, lines: list[str], genre: str) -> None:
    reply = talk(services, lang, [(line, "*") for line in lines])[-1]
    assert reply.answer == f"list:works?genre={genre}"
    assert reply.lang != lang


@pytest.mark.parametrize("lang,text", [
    ("en", "can you show me every standing set you have?"), ("es", "¿me puedes mostrar todos los sets que tienen?"),
    ("zh", "能把你们所有的景都列出来给我看看吗"), ("ko", "세트 전부 보여줄 수 있어요?"),
])
def test_every_standing_set(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "list:locations"
