"""fixD6: works asked in other words, in four languages (own wordings, none from the answer sets):
- a listed title's progress ("how's the co-production going?", "¿cómo va lo de los socios?",
  "合拍进展如何", Cantonese "仲搵紧合拍方", "공동제작 진행 상황") is its coproduction status, not the
  way to a deal (the co-production FAQ); "每集幾長" is its minutes, and "咁第三套呢" carries the field;
- a title's status said so, or whether one can still come in ("到哪一步了", "can we still come on
  board?", "¿aún podemos sumarnos?") is its coproduction status;
- a genre's titles asked with a remark after them (what sells, where the buyer is, what the
  investor likes) are that list; Korean "역사물 있습니다?" asks for the list;
- the catalog asked as a whole ("片单整体是个什么情况") is its overview, no co-production FAQ;
- a person asked for in words ("a word with a real person", "转给她吧", "叫秘书处的人给我回个电话",
  "거기랑 연결 ㄱㄱ") is a hand-off to the team in focus, a thanks beside it or not; who someone is,
  with "someone told me to contact her", is their card, no hand-off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from intents.contact import contact_for
from intents.handoff_words import asks_for_person, asks_to_connect
from tests.dialogue import fits, noon_services, talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fixd6")


@pytest.mark.parametrize("lang,turns", [
    ("en", [("got any sci-fi titles?", "list:works?genre=sci_fi"),
            ("the third one, how's the co-production going?", "work:work_tour_guide_2077#coproduction"),
            ("and the fifth?", "work:work_garden_beneath_the_code#coproduction")]),
    ("es", [("¿tienen algo de misterio?", "list:works?genre=mystery"),
            ("la segunda, ¿cómo va la coproducción?", "work:work_emperors_clockmaker#coproduction"),
            ("¿y la cuarta?", "work:work_ancestral_hall#coproduction")]),
    ("es", [("¿qué comedias tienen?", "list:works?genre=comedy"),
            ("la tercera, ¿cómo anda lo de los socios?", "work:work_die_another_take#coproduction")]),
    ("zh", [("有没有喜剧？", "list:works?genre=comedy"),
            ("第二个合拍进展如何？", "work:work_palace_ratings_war#coproduction"),
            ("那第四个呢？", "work:work_fencer_in_jianghu#coproduction")]),
    ("zh", [("有冇愛情劇？", "list:works?genre=romance"),
            ("第二套仲搵緊合拍方嗎？", "work:work_no_stand_in_for_love#coproduction"),
            ("咁第三套呢？", "work:work_half_a_teahouse#coproduction")]),
    ("zh", [("有冇科幻？", "list:works?genre=sci_fi"),
            ("第一套每集幾長？", "work:work_eclipse_over_qin#episode_minutes"),
            ("咁第四套呢？", "work:work_grandma_2_0#episode_minutes")]),
    ("ko", [("미스터리 작품 있어요?", "list:works?genre=mystery"),
            ("두 번째 작품 공동제작 진행 상황 어때요?", "work:work_emperors_clockmaker#coproduction"),
            ("세 번째는요?", "work:work_canton_nocturne#coproduction")]),
])
def test_a_listed_titles_progress_is_its_coproduction_status(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits)


@pytest.mark.parametrize("lang,say,expect", [
    ("zh", "《奶奶2.0》现在到什么阶段了？", "work:work_grandma_2_0#coproduction"),
    ("en", "where's Tour Guide 2077 at? can we still come on board?", "work:work_tour_guide_2077#coproduction"),
    ("en", "what's the status of Grandma 2.0?", "work:work_grandma_2_0#coproduction"),
    ("es", "¿cuál es el estado de Abuela 2.0? ¿aún podemos sumarnos como coproductores?", "work:work_grandma_2_0#coproduction"),
    ("ko", "할머니 2.0 아직 참여할 수 있어요?", "work:work_grandma_2_0#coproduction"),
    ("es", "¿cuál es el estado del Festival de Cine de Hengdian?", "event:hengdian_film_festival#status"),
])
def test_a_named_titles_status_or_way_in(services: Services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)], fits)


@pytest.mark.parametrize("lang,say,expect", [
    ("en", "any comedies? my investor loves a laugh", "list:works?genre=comedy"),
    ("en", "which shows come in Korean? my buyer is in Seoul", "list:works?language=ko"),
    ("es", "¿tienen algo romántico? a mi socia le encantan las historias de amor", "list:works?genre=romance"),
    ("es", "¿qué series tienen versión en coreano? mi comprador está en Seúl", "list:works?language=ko"),
    ("zh", "有悬疑剧吗？我们那边观众特别爱看", "list:works?genre=mystery"),
    ("zh", "有西班牙语版的剧吗？我们客户在马德里", "list:works?language=es"),
    ("ko", "SF 작품 있어요? 요즘 여기선 SF가 인기 많아요", "list:works?genre=sci_fi"),
    ("ko", "한국어 버전 있는 작품 뭐예요? 바이어가 서울에 있어요", "list:works?language=ko"),
    ("ko", "역사물 있습니다?", "list:works?genre=historical"),
])
def test_a_list_asked_with_a_remark_after_it(services: Services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)], fits)


@pytest.mark.parametrize("lang,say", [
    ("zh", "你们的片单整体是个什么情况？"),
    ("en", "what's the story with your 2025 slate overall?"),
    ("es", "¿cómo es el catálogo 2025 en general?"),
    ("ko", "2025 카탈로그는 대략 어떤 상황이에요?"),
])
def test_the_catalog_as_a_whole_is_no_coproduction_faq(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, ["catalog:about", "list:works"])], fits)


@pytest.mark.parametrize("lang,turns,team", [
    ("en", [("any romance titles?", "list:works?genre=romance"), ("the second, who's the contact?", "contact:dalynn_studio*"),
            ("I'd like a quick word with a real person", "handoff*")], "dalynn_studio"),
    ("zh", [("秘书处电话多少？", "contact:hisda_secretariat#phone"), ("那就转给他们吧，谢谢", "handoff*")], "hisda_secretariat"),
    ("zh", [("入会找谁？", "*"), ("能不能叫秘书处的人给我回个电话？", "handoff*")], "hisda_secretariat"),
    ("ko", [("로맨스 뭐 있어요?", "list:works?genre=romance"), ("두 번째 담당자 누구예요?", "contact:dalynn_studio*"),
            ("고마워요 그분이랑 연결 ㄱㄱ", "handoff*")], "dalynn_studio"),
    ("es", [("¿tienen romance?", "list:works?genre=romance"), ("la segunda, ¿de qué va?", "work:work_no_stand_in_for_love#logline"),
            ("me mola mazo, ¿quién la lleva?", "contact:dalynn_studio*")], None),
])
def test_a_person_asked_for_in_words_is_the_team_in_focus(services: Services, lang: str, turns, team: str | None) -> None:
    reply = talk(services, lang, turns, fits)
    if team is not None:
        assert reply.handoff is not None
        assert contact_for(services.knowledge.current, reply.handoff) is services.knowledge.current.contacts[team], reply.handoff


@pytest.mark.parametrize("lang,say,contact", [
    ("zh", "周奉来是谁？朋友让我去找他", "vertical_short_drama_center"),
    ("en", "who is Caroline Guo? a colleague told me to reach out to her", "international_business"),
    ("es", "¿quién es Guo Shu? me dijeron que la contactara", "international_business"),
    ("ko", "궈수는 누구예요? 누가 연락해 보라고 해서요", "international_business"),
])
def test_who_someone_is_when_told_to_contact_them_is_their_card(services: Services, lang: str, say: str, contact: str) -> None:
    talk(services, lang, [(say, f"contact:{contact}*")], fits)


@pytest.mark.parametrize("text,person", [
    ("I'd like a word with someone from your team", True),
    ("그쪽이랑 연결 ㄱ", True),
    ("转给她吧", True),
    ("有人叫我去联系她", False),
    ("누가 연락해 보라고 해서요", False),
])
def test_handoff_words(text: str, person: bool) -> None:
    assert (asks_for_person(text) or asks_to_connect(text)) is person
