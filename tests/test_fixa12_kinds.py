"""Kinds of answer set 53 (read after it was written blind), fixA12, each in four languages with
wordings written for these tests:

- a list asked as a situation: children and grown-ups watching together is the family genre, and
  emperors, dynasties and old-time costume the historical one; the partner's viewers liking a
  period are its titles, not which set suits the period; the ordinals after such a list pick from it;
- a fact asked in other words: an office opening and closing is its hours, "the wrong period?"
  a set's periods (a story in the same breath is no plot asked), "parts" a title's episodes and
  "a Spanish track" its languages;
- the next thing coming up, with who holds it said between, is the one next event, and its
  follow-ups (time here, calendar file, reminder) are of it;
- news in words ("send me anything new on … as it comes", "ping me when new stuff gets added",
  "mándenme todo lo nuevo de…", the events in general) is a subscription;
- buying a named title's rights, no price or terms asked, is its co-production status;
- a language said as a line of business ("Spanish-language work", "temas en español") is that
  market's team, not which languages our people speak.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

FAMILY = "list:works?genre=family"
HISTORICAL = "list:works?genre=historical"
NEXT = "event:global_talent_info_session_2026"


def _say(services: Services, lang: str, turns: list[tuple[str, object]]) -> None:
    talk(services, lang, turns, fits)  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "We've got grandparents and little kids watching together on weekends. What would suit them?"),
    ("en", "anything the kids and their grandma could watch together?"),
    ("en", "my slot on saturdays is for mum dad and the children, which series fit?"),
    ("es", "los domingos vemos tele con los abuelos y los niños, ¿qué series nos recomiendan?"),
    ("es", "mis sobrinitos se quedan en casa los sábados, ¿qué títulos sirven para verlos todos juntos?"),
    ("zh", "周末一家老小一起看电视，你们有什么剧合适？"),
    ("ko", "주말에 조카들이랑 다 같이 볼 만한 작품 있어요?"),
])
def test_a_mixed_audience_is_the_family_titles(services: Services, lang: str, asked: str) -> None:
    _say(services, lang, [(asked, FAMILY)])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "our viewers go crazy for emperor dramas, got any?"),
    ("en", "My buyers want old-time costume series with kings and dynasties. What have you got?"),
    ("es", "A mis televidentes les fascinan las series de emperadores. ¿Qué tienen así?"),
    ("zh", "我的观众特别爱看帝王将相的故事，你们有吗？"),
    ("ko", "저희 시청자들이 황제 나오는 궁중 이야기를 좋아해요. 그런 작품 있나요?"),
])
def test_emperors_and_dynasties_for_viewers_are_the_historical_titles(services: Services, lang: str, asked: str) -> None:
    _say(services, lang, [(asked, HISTORICAL)])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "can I bring my kids to the set?"),
    ("en", "which set suits a Ming dynasty story?"),
])
def test_sets_and_periods_stay_theirs(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, "list:locations*")], fits)


@pytest.mark.parametrize(("lang", "turns"), [
    ("es", [("en casa los fines de semana vemos series con los chicos y los abuelos, ¿cuáles sirven?", FAMILY),
            ("¿de qué trata la segunda?", "work:*#logline"), ("¿cuántos capítulos tiene?", "work:*#episodes")]),
    ("en", [("the whole household watches together on sundays, young and old, which shows fit?", FAMILY),
            ("what's the first one about?", "work:*#logline")]),
])
def test_ordinals_pick_from_the_family_list(services: Services, lang: str, turns: list) -> None:
    _say(services, lang, turns)


@pytest.mark.parametrize(("lang", "asked", "expected"), [
    ("en", "When does Dalynn Studio's office open and close?", "contact:dalynn_studio#hours"),
    ("es", "¿A qué hora abre y cierra la oficina de Dalynn Studio?", "contact:dalynn_studio#hours"),
    ("zh", "Dalynn Studio的办公室几点开门几点关门？", "contact:dalynn_studio#hours"),
    ("ko", "Dalynn Studio 사무실은 몇 시에 열고 닫아요?", "contact:dalynn_studio#hours"),
    ("en", "We're shooting a Qing-era story at the Palace of the Ming and Qing Dynasties, or is that the wrong period?",
     "location:ming_qing_palace#eras"),
    ("es", "Para una historia de la época Qing, ¿el Palacio de las dinastías Ming y Qing es otro periodo?",
     "location:ming_qing_palace#eras"),
    ("zh", "明清宫苑拍清朝的故事，朝代对不上吧？", "location:ming_qing_palace#eras"),
    ("ko", "명청궁원에서 청나라 이야기 찍으면 시대가 안 맞나요?", "location:ming_qing_palace#eras"),
    ("en", "Our broadcaster wants forty parts max. How many parts does Murder Along the River have?",
     "work:work_murder_along_the_river#episodes"),
    ("es", "¿Cuántas partes tiene Crimen a orillas del río?", "work:work_murder_along_the_river#episodes"),
    ("en", "Does The Emperor's Clockmaker come with a Spanish audio track?", "work:work_emperors_clockmaker#languages"),
    ("es", "¿El relojero del emperador trae pista de audio en español?", "work:work_emperors_clockmaker#languages"),
])
def test_facts_asked_in_other_words(services: Services, lang: str, asked: str, expected: str) -> None:
    _say(services, lang, [(asked, expected)])


@pytest.mark.parametrize(("lang", "ask", "when", "calendar", "remind"), [
    ("en", "so what's the next thing you guys have lined up?", "what time is that for me in Lagos?",
     "send it as a calendar file", "remind me the day before"),
    ("en", "what's the very next thing y'all got coming up?", "what time would that be for me in Accra?",
     "can I have it as a calendar file?", "give me a reminder the day before"),
    ("es", "oye, ¿cuál es la próxima cosa que tienen ustedes?", "¿a qué hora sería eso para mí en Lima?",
     "mándamelo como archivo de calendario", "recuérdamelo el día antes"),
    ("ko", "바로 다음에 잡혀 있는 거 뭐예요?", "서울 시간으로 몇 시예요?", "캘린더 파일로 보내 주세요", "하루 전에 알려 주세요"),
])
def test_the_next_thing_coming_up_is_one_event(services: Services, lang: str, ask: str, when: str,
                                               calendar: str, remind: str) -> None:
    _say(services, lang, [(ask, NEXT), (when, NEXT + "#date"), (calendar, NEXT)])
    _say(services, lang, [(ask, NEXT), (remind, NEXT)])


@pytest.mark.parametrize(("lang", "asked", "topic"), [
    ("en", "please forward me anything new about Korea and the Korean co-productions as it comes in", "korea_news"),
    ("en", "hit me up whenever fresh titles land in the catalog", "catalog_releases"),
    ("en", "ping me when new stuff gets added to your catalogue", "catalog_releases"),
    ("es", "mándenme ahorita todo lo nuevo de Latinoamérica", "latam_spanish_news"),
    ("es", "avísenme cuando suban cosas nuevas al catálogo", "catalog_releases"),
    ("zh", "韩国那边有什么新的都发给我", "korea_news"),
    ("ko", "한국 관련 새 소식 있으면 보내 주세요", "korea_news"),
])
def test_news_in_words_is_a_subscription(services: Services, lang: str, asked: str, topic: str) -> None:
    _say(services, lang, [(asked, ["subscribe", f"subscribe:{topic}"])])


@pytest.mark.parametrize(("lang", "first", "asked"), [
    ("en", "what's the next event?", "keep me posted on all your events, please"),
    ("es", "¿Cuál es el próximo evento?", "avísenme de todos sus eventos, porfa"),
    ("zh", "下一个活动是什么？", "你们的活动都通知我一下"),
])
def test_the_events_in_general_are_their_news(services: Services, lang: str, first: str, asked: str) -> None:
    _say(services, lang, [(first, NEXT), (asked, ["subscribe", "subscribe:events"])])


@pytest.mark.parametrize(("lang", "asked", "expected"), [
    ("en", "could we just license Grandma 2.0 outright rather than co-produce?", "work:work_grandma_2_0#coproduction"),
    ("es", "¿Podemos comprar solamente los derechos de Un rostro de barro?", "work:work_face_in_clay#coproduction"),
    ("zh", "《陶俑里的她》的版权能直接买吗？不想参与制作", "work:work_face_in_clay#coproduction"),
    ("ko", "Ancestral Hall 판권만 살 수 있어요?", "work:work_ancestral_hall#coproduction"),
])
def test_buying_a_titles_rights_is_its_coproduction(services: Services, lang: str, asked: str, expected: str) -> None:
    _say(services, lang, [(asked, expected)])


def test_the_price_of_a_titles_rights_stays_a_gap(services: Services) -> None:
    _say(services, "en", [("how much would the rights to A Face in Clay cost?", "gap:*")])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "who should we ping about Spanish-language deals?"),
    ("es", "¿quién ve los proyectos de habla hispana?"),
    ("es", "¿Con quién hablo para asuntos en español?"),
    ("zh", "西语方面的业务找谁？"),
    ("ko", "스페인어권 업무는 누구랑 얘기하면 돼요?"),
])
def test_a_language_as_a_line_of_business_is_its_team(services: Services, lang: str, asked: str) -> None:
    _say(services, lang, [(asked, ["contact:dalynn_studio", "partner:dalynn_studio"])])


VIRTUAL = ["faq:virtual_production", "location:virtual_production"]


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "we need a spaceship interior and a lava planet, no way we can build those, any ideas?"),
    ("es", "tenemos una escena en una nave espacial, imposible de construir, ¿cómo lo grabamos?"),
    ("zh", "我们有场戏在外星球的冰原上，这种景肯定搭不出来，有什么建议？"),
    ("ko", "외계 행성 장면이 있는데 세트로는 못 지어요. 어떻게 찍으면 좋을까요?"),
])
def test_a_world_no_one_can_build_is_virtual_production(services: Services, lang: str, asked: str) -> None:
    _say(services, lang, [(asked, VIRTUAL)])


def test_sci_fi_titles_about_planets_stay_the_catalogue(services: Services) -> None:
    _say(services, "en", [("any sci-fi dramas about planets in your catalog?", "list:works?genre=sci_fi")])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "my cousin wants practical set experience in Hengdian after school, is there some sort of program for that?"),
    ("es", "mi hermano termina la carrera y quiere experiencia real en rodajes en China, ¿existe algo así como prácticas?"),
    ("zh", "我朋友明年毕业，想去横店跟组积累经验，有这种机会吗？"),
    ("ko", "친구가 졸업하고 중국에서 현장 경험 쌓고 싶어 하는데 그런 프로그램 있어요?"),
])
def test_real_crew_experience_is_the_training_programme(services: Services, lang: str, asked: str) -> None:
    _say(services, lang, [(asked, "program:global_talent_program")])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "heard you're putting up some overseas-style streets, can crews use them yet?"),
    ("es", "esas calles internacionales que andan construyendo, ¿ya se puede grabar ahí o todavía no?"),
    ("zh", "你们在建的那些外国街道，现在建好了吗？"),
    ("ko", "짓고 있다는 외국 거리 세트 벌써 완성됐어요?"),
])
def test_foreign_streets_being_built_are_the_international_sets_state(services: Services, lang: str, asked: str) -> None:
    _say(services, lang, [(asked, "location:international_sets#status")])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "if we shoot there, does the town give anything back, taxes or whatever?"),
    ("es", "si grabamos allá, ¿la ciudad nos devuelve algo de impuestos?"),
    ("zh", "在横店拍戏，当地会返点税吗？"),
    ("ko", "헝뎬에서 촬영하면 지역에서 세금 좀 돌려줘요?"),
])
def test_something_given_back_by_the_town_is_the_incentives(services: Services, lang: str, asked: str) -> None:
    _say(services, lang, [(asked, "faq:incentives")])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "we've got about 5k dollars total for the whole shoot, is Hengdian even doable?"),
    ("es", "juntamos unos 3000 dólares nomás, ¿es realista ir a Hengdian?"),
    ("zh", "我们预算就两万美元，去横店拍现实吗？"),
    ("ko", "예산이 500만 원인데 헝뎬 촬영 현실적이에요?"),
])
def test_a_budget_judged_realistic_is_the_costs(services: Services, lang: str, asked: str) -> None:
    _say(services, lang, [(asked, ["faq:costs", "incentive:ecosystem_and_costs"])])
