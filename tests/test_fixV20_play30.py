"""play30's misread questions (fixV20): a language filter in other words for "has Korean", a
person asked for in other words (and a phone talk with one, a call-back), visas named beside a
foreign cast, kit asked for hire, the crew's own people or locals, a country asked among a
programme's countries, productions of a country shot here. Each in the four languages where the
behaviour is language-specific; facts from knowledge/*.yaml."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.handoff import partner_reply
from intents.handoff_words import asks_for_person
from intents.lexicon import callback_asked, work_language
from tests.dialogue import NOW, ask, say

# The romances and comedies with Korean (catalog.yaml `languages`)
KO_ROMANCES = {"work:work_moonlight_envoy", "work:work_face_in_clay", "work:work_blade_and_blossom"}
KO_COMEDIES = {"work:work_palace_ratings_war", "work:work_die_another_take", "work:work_son_in_law_from_seoul",
               "work:work_kitchen_god_quits"}


def _korean(services: Services, items: list[str]) -> bool:
    works = services.knowledge.current.works
    return all("ko" in works[i.partition(":")[2]].languages for i in items)


@pytest.mark.parametrize("lang,text", [
    ("ko", "안녕하세요, 서울 제작사입니다. 카탈로그에 한국어 되는 로맨스 작품 있을까요?"),
    ("ko", "로맨스 중에서 한국어 지원되는 거 뭐 있어요?"),
    ("en", "which romances come with Korean subtitles?"),
    ("zh", "哪些爱情片有韩语版？"),
    ("es", "¿qué obras de romance tienen versión coreana?"),
])
def test_romances_with_korean_are_filtered_and_the_filter_said(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "list:works?genre=romance&language=ko", reply.answer
    assert set(reply.items) == KO_ROMANCES, reply.items


@pytest.mark.parametrize("lang,text", [
    ("es", "¿Qué comedias del catálogo tienen versión coreana?"),
    ("es", "¿qué comedias tienen doblaje coreano?"),
    ("en", "which comedies have a Korean version?"),
    ("zh", "哪些喜剧有韩语版本？"),
    ("ko", "한국어 되는 코미디 작품 있어요?"),
])
def test_comedies_with_korean_are_filtered(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "list:works?genre=comedy&language=ko", reply.answer
    assert set(reply.items) == KO_COMEDIES, reply.items


def test_of_those_which_has_korean_never_gives_a_title_without_it(services: Services) -> None:
    replies = say(services, "es", "¿Tienen platós de producción virtual?",
                  "¿y hay algún título de ciencia ficción del catálogo que se rodó ahí?",
                  "Sorry, switching to English: which of the sci-fi ones is already finished?",
                  "¿y cuál de esos tiene coreano?")
    last = replies[-1]
    assert "language=ko" in (last.answer or ""), last.answer
    assert _korean(services, list(last.items)), last.items
    assert "Abuela 2.0" not in last.text and "coreano" in last.text, last.text


def test_the_comedies_with_korean_narrowed_to_the_finished_keep_korean(services: Services) -> None:
    replies = say(services, "es", "¿Qué comedias del catálogo tienen versión coreana?", "y de esas, ¿cuál ya está terminada?")
    assert replies[-1].items == ["work:work_die_another_take"], replies[-1].items


@pytest.mark.parametrize("text", ["영어 되는 분 있어요?", "한국어 가능한 통역사 구할 수 있어요?"])
def test_a_person_who_speaks_a_language_is_no_title_filter(text: str) -> None:
    assert work_language(text) is None


@pytest.mark.parametrize("lang,text", [
    ("en", "can I get an actual human on this please"),
    ("en", "put a person on this please"),
    ("en", "can a human take over?"),
    ("es", "necesito hablar con un ser humano"),
    ("es", "¿me atiende una persona?"),
    ("zh", "能不能让真人来回答"),
    ("zh", "想跟真人通个电话"),
    ("ko", "사람이랑 통화하고 싶어요"),
])
def test_a_person_asked_in_other_words_is_handed_off(services: Services, lang: str, text: str) -> None:
    assert asks_for_person(text)
    assert ask(services, lang, text).answer.partition(":")[0] == "handoff"


def test_the_human_asked_after_a_list_is_a_handoff_not_the_directory(services: Services) -> None:
    replies = say(services, "en", "What's in the sci-fi part of the catalog?", "can I get an actual human on this please")
    assert replies[-1].answer.partition(":")[0] == "handoff", replies[-1].answer


@pytest.mark.parametrize("text", ["how many people work there?", "I need a sales agent in Korea"])
def test_people_counted_or_a_sales_agent_are_no_person_asked(text: str) -> None:
    assert not asks_for_person(text)


@pytest.mark.parametrize("lang,text", [
    ("ko", "사람이랑 통화하고 싶어요"), ("ko", "담당자분이랑 통화할 수 있을까요?"),
    ("en", "I'd like to talk to someone over the phone"), ("es", "quiero hablar por teléfono con una persona"),
    ("zh", "想跟真人通个电话"),
])
def test_a_phone_talk_with_a_person_is_a_call_back(services: Services, lang: str, text: str) -> None:
    assert callback_asked(text)
    reply = ask(services, lang, text)
    assert reply.answer.partition(":")[0] == "handoff", reply.answer
    shown = partner_reply(reply, services.knowledge.current, None, NOW, services.settings.tz, False).text
    assert shown.startswith(t("handoff_callback", lang)), shown


@pytest.mark.parametrize("text", ["사람이랑 얘기하고 싶어요", "can I talk to a person?"])
def test_a_talk_without_the_phone_is_no_call_back(text: str) -> None:
    assert not callback_asked(text)


@pytest.mark.parametrize("lang,lines", [
    ("zh", ["竖屏短剧现在有什么扶持政策", "what about visas for my foreign cast?"]),
    ("en", ["what about visas for my foreign cast?"]),
    ("es", ["¿y los visados para mis actores extranjeros?"]),
    ("zh", ["外籍演员的签证怎么办？"]),
    ("ko", ["외국인 배우들 비자는 어떻게 해요?"]),
])
def test_visas_named_beside_a_foreign_cast_are_the_visa_faq(services: Services, lang: str, lines: list[str]) -> None:
    assert ask(services, lang, *lines).answer == "faq:visa"


@pytest.mark.parametrize("lang,text", [
    ("en", "ok last one: do you rent out drones on site?"), ("es", "¿alquilan drones allá?"),
    ("zh", "现场能租无人机吗？"), ("ko", "현장에서 드론 대여 돼요?"),
])
def test_a_drone_for_hire_is_the_equipment_rental_and_said_not_listed(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "incentive:on_site_services", reply.answer
    assert reply.text.startswith(t("services_yes", lang, items=t("svc_equipment", lang), who="")[:12]), reply.text
    assert t("services_drones_unlisted", lang) in reply.text, reply.text
    assert "international.business@example.com" in reply.text


def test_cameras_for_hire_get_the_yes_without_the_drones_line(services: Services) -> None:
    reply = ask(services, "en", "do you rent out cameras on site?")
    assert reply.answer == "incentive:on_site_services" and t("services_drones_unlisted", "en") not in reply.text, reply.text


def test_the_price_of_a_rental_stays_the_honest_gap(services: Services) -> None:
    assert ask(services, "en", "how much to rent a drone there?").outcome == "gap"


@pytest.mark.parametrize("lang,lines", [
    ("en", ["Does a German crew need a visa to shoot in Hengdian?", "and can we bring our own DP or do we have to hire locals"]),
    ("es", ["¿podemos llevar a nuestro director de fotografía o hay que contratar gente local?"]),
    ("zh", ["摄影指导可以自己带吗，还是必须用本地的人？"]),
    ("ko", ["촬영감독은 저희가 데려가도 되나요, 아니면 현지 인력을 써야 하나요?"]),
])
def test_own_people_or_locals_is_one_sentence_both(services: Services, lang: str, lines: list[str]) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == "incentive:on_site_services", reply.answer
    assert reply.text.startswith(t("services_own_or_local_crew", lang, who="")[:15]), reply.text


@pytest.mark.parametrize("lang,lines", [
    ("ko", ["현장에서 통역사 구할 수 있어요?"]),
    ("ko", ["통역사도 구해 주실 수 있나요?"]),
    ("es", ["vamos a necesitar un intérprete en el rodaje, ¿lo pueden conseguir?"]),
])
def test_an_interpreter_asked_is_a_yes_not_the_services_card(services: Services, lang: str, lines: list[str]) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == "incentive:on_site_services", reply.answer
    assert t("svc_interpreters", lang) in reply.text and len(reply.text.splitlines()) <= 6, reply.text


@pytest.mark.parametrize("lang,lines", [
    ("es", ["¿Qué significa eso de los 'Three Ones' de la alianza?", "¿y Chile podría estar entre esos diez países?"]),
    ("en", ["what's the Three Ones vision?", "could Chile be one of those ten countries?"]),
    ("zh", ["“三个一”战略愿景是什么？", "智利会在那十个国家里吗？"]),
    ("ko", ["‘세 개의 하나’ 전략 비전이 뭐예요?", "칠레도 그 10개국에 들어갈 수 있어요?"]),
])
def test_a_country_among_the_ten_is_not_listed_and_the_secretariat_named(services: Services, lang: str, lines: list[str]) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == "gap:hisda_secretariat", reply.answer
    name = services.knowledge.current.programs["three_ones_vision"].name.get(lang)
    assert name in reply.text and "secretariat@hisda.example.com" in reply.text, reply.text


@pytest.mark.parametrize("lang,text,country", [
    ("es", "¿qué películas chilenas se han rodado en Hengdian?", "Chile"),
    ("en", "which Chilean films were shot in Hengdian?", "Chile"),
    ("zh", "有哪些智利电影在横店拍过？", "智利"),
    ("ko", "헝뎬에서 찍은 칠레 영화 있어요?", "칠레"),
])
def test_productions_of_a_country_shot_here_are_no_record_not_the_sets(services: Services, lang: str, text: str,
                                                                       country: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "gap:international_business", reply.answer
    assert reply.text.startswith(t("gap_shot_here_from", lang, country=country, who="")[:10]) and country in reply.text, reply.text


@pytest.mark.parametrize("lang,text", [
    ("ko", "인턴십도 있어요?"), ("en", "do you have internships?"), ("es", "¿tienen pasantías?"), ("zh", "你们有实习吗？"),
])
def test_internships_are_said_undescribed_with_the_talent_program_and_its_team(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    name = services.knowledge.current.programs["global_talent_program"].name.get(lang)
    assert reply.answer == "program:global_talent_program", reply.answer
    assert reply.text.startswith(t("internships_undescribed", lang, name=name, who="")[:12]), reply.text
    assert name in reply.text and "secretariat@hisda.example.com" in reply.text, reply.text


def test_paid_internships_stay_the_pay_gap(services: Services) -> None:
    assert ask(services, "es", "¿tienen pasantías pagadas?").outcome == "gap"


@pytest.mark.parametrize("lang,text", [
    ("ko", "헝뎬에서 올해 숏드라마 몇 편이나 찍었어요?"), ("en", "how many short dramas has Hengdian shot this year?"),
    ("es", "¿cuántos microdramas se han rodado en Hengdian este año?"), ("zh", "横店今年拍了多少部短剧？"),
])
def test_this_years_volume_is_said_unpublished_then_the_2025_figure(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "program:short_drama_hub_2025", reply.answer
    assert reply.text.startswith(t("volume_year_unpublished", lang, year=NOW.year)), reply.text
    assert "2025" in reply.text


def test_the_volume_of_2025_asked_is_its_answer_without_the_line(services: Services) -> None:
    reply = ask(services, "en", "how many short dramas is Hengdian making in 2025?")
    assert t("volume_year_unpublished", "en", year=2025) not in reply.text


@pytest.mark.parametrize("lang,text,place", [
    ("en", "is the open day for the virtual stage open to people from Paris? when is it in Paris time", "in Paris"),
    ("es", "¿la jornada de puertas abiertas del plató virtual está abierta a gente de París? ¿a qué hora es en París?", "en París"),
])
def test_whom_the_open_day_is_for_and_its_time_are_both_answered(services: Services, lang: str, text: str, place: str) -> None:
    reply = ask(services, lang, text)
    assert "secretariat@hisda.example.com" in reply.text, reply.text
    assert "20" in reply.text and place in reply.text, reply.text


def test_the_open_day_open_to_foreigners_is_whom_it_is_for(services: Services) -> None:
    assert ask(services, "en", "is the open day for the virtual stage open to foreigners?").answer \
        == "event:virtual_stage_open_day_2027#audience"


KO_SCI_FI = {"es": "El fantasma del set virtual", "en": "Ghost in the Volume", "zh": "虚拟棚幽灵", "ko": "버추얼 스튜디오의 유령"}


@pytest.mark.parametrize("lang,lines", [
    ("es", ["¿qué títulos de ciencia ficción ya están terminados?", "¿y cuál de esos tiene coreano?"]),
    ("en", ["which of the sci-fi ones is already finished?", "which of those has a Korean version?"]),
])
def test_none_of_those_with_korean_names_the_genres_titles_that_have_it(services: Services, lang: str, lines: list[str]) -> None:
    first, last = say(services, lang, *lines)
    assert "coproduction=" in (first.answer or ""), first.answer
    assert "language=ko" in (last.answer or "") and not last.items, (last.answer, last.items)
    assert KO_SCI_FI[lang] in last.text and "Grandma 2.0" not in last.text and "Abuela 2.0" not in last.text, last.text


def test_the_price_of_a_rental_in_slang_stays_the_gap(services: Services) -> None:
    assert ask(services, "en", "how many bucks to rent the costumes for a week?").outcome == "gap"
