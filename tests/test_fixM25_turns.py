"""fixM25: last round's leftovers, said in other words. A title picked from a list by its place
and the way into its co-production asked in the same breath ("the third: how do we come in as
co-producers?"), or the steps asked in a second sentence ("go halves on that one? what do we need
to do"): the co-production FAQ, with where that title stands, not the title's card nor its status
alone."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.reply import esc
from tests.dialogue import new_chat, talk_patterns as talk

LISTS = {"en": "Which comedies do you have in the catalog?", "es": "¿Qué comedias hay en el catálogo?",
         "zh": "片单里有哪些喜剧？", "ko": "카탈로그에 코미디 작품 뭐 있어요?"}


@pytest.mark.parametrize("lang,say", [
    ("en", "We like the fourth one. How can we come in on it as co-producers with our own money?"),
    ("es", "Nos gusta la cuarta: ¿cómo podemos sumarnos como coproductores poniendo dinero?"),
    ("zh", "第四部我们感兴趣，怎么以投资方的身份合拍？"),
    ("ko", "네 번째 작품이 마음에 드는데, 공동제작으로 참여하려면 어떻게 해요?"),
])
def test_the_way_into_a_title_picked_by_place_is_the_faq(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(LISTS[lang], "list:works?genre=comedy"), (say, "faq:coproduce_catalog_title")])
    work = services.knowledge.current.works["work_fencer_in_jianghu"]
    # where that title stands follows the procedure
    assert work.title.get(lang) in reply.text
    assert t("coproduction_" + work.coproduction, lang) in reply.text


@pytest.mark.parametrize("lang,pick,say", [
    ("en", "the second one", "go halves on making that one? what do we need to do"),
    ("es", "la segunda", "¿entramos de socios en esa? ¿qué tenemos que hacer?"),
    ("zh", "第二部", "这部我们想合拍，需要做什么？"),
    ("ko", "두 번째 거요", "이 작품 공동제작하고 싶어요. 뭘 해야 돼요?"),
])
def test_the_steps_asked_after_a_wish_to_coproduce_are_the_faq(services: Services, lang, pick, say) -> None:
    talk(services, lang, [(LISTS[lang], "list:works?genre=comedy"), (pick, "work:work_palace_ratings_war"),
                          (say, "faq:coproduce_catalog_title")])


@pytest.mark.parametrize("lang,say", [
    ("en", "is the second one open for co-production?"),
    ("es", "¿la segunda está abierta a coproducción?"),
])
def test_whether_a_title_is_open_stays_its_status(services: Services, lang, say) -> None:
    talk(services, lang, [(LISTS[lang], "list:works?genre=comedy"), (say, "work:work_palace_ratings_war#coproduction")])


def test_steps_asked_alone_stay_a_part_of_their_own() -> None:
    from intents.lexicon import split_parts
    assert split_parts("go halves on that one? what do we need to do") == ["go halves on that one? what do we need to do"]
    assert len(split_parts("can we join? what are the fees?")) == 2


EVENTS = {"en": "what's coming up in events?", "es": "¿qué eventos se vienen?", "zh": "最近有哪些活动？", "ko": "다가오는 행사 있어요?"}


@pytest.mark.parametrize("lang,say", [
    ("en", "switch reminders on for all of them"),
    ("es", "actívalos todos"),
    ("zh", "全部都提醒我"),
    ("ko", "전부 알림 설정해 주세요"),
])
def test_every_event_listed_gets_its_reminder(services: Services, lang, say) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    listed = services.brain.reply_to_text(chat, EVENTS[lang], services.store.profile(chat))
    events = [i for i in listed.items if i.startswith("event:")]
    assert (listed.answer or "").startswith("list:events") and len(events) >= 2
    reply = services.brain.reply_to_text(chat, say, services.store.profile(chat))
    assert reply.outcome == "action" and reply.items == events
    kb = services.knowledge.current
    for item in events:
        assert esc(kb.events[item.partition(":")[2]].name.get(lang)) in reply.text


@pytest.mark.parametrize("lang,ask,say", [
    ("en", "remind me of the event", "all of them"),
    ("es", "recuérdame el evento", "todos"),
])
def test_all_of_them_after_which_event_sets_every_reminder(services: Services, lang, ask, say) -> None:
    assert talk(services, lang, [(ask, "list:events*"), (say, "list:events*")]).outcome == "action"


def test_all_of_them_told_about_is_no_reminder(services: Services) -> None:
    assert talk(services, "en", [(EVENTS["en"], "list:events*"), ("tell me about all of them", "list:events*")]).outcome != "action"


@pytest.mark.parametrize("lang,say", [
    ("en", "so when's the Hengdian film festival this time"),
    ("es", "y el festival de cine de Hengdian, ¿cuándo es?"),
    ("zh", "横店影视节是哪天？"),
    ("ko", "헝뎬 영화제 날짜가 언제예요?"),
])
def test_the_festivals_date_asked_is_its_date(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "event:hengdian_film_festival#date")])
    data = [b.data for row in reply.buttons for b in row]
    assert "v1|rem|hengdian_film_festival" in data


def test_what_kind_of_festival_stays_the_faq(services: Services) -> None:
    talk(services, "es", [("me dicen que cada año hay un festival de cine allá, ¿de qué se trata?", "faq:film_festival")])


@pytest.mark.parametrize("lang,say", [
    ("en", "and which studios are already part of the alliance?"),
    ("es", "¿y qué productoras conforman hoy la alianza?"),
    ("zh", "那目前已经加入联盟的公司有哪些？"),
    ("ko", "그럼 지금 연맹에 가입한 회사는 어디예요?"),
])
def test_who_is_in_the_alliance_after_the_way_in_is_the_members(services: Services, lang, say) -> None:
    join = {"en": "how can a small outfit join the alliance?", "es": "¿cómo se une una productora pequeña a la alianza?",
            "zh": "小公司怎么加入联盟？", "ko": "작은 회사는 연맹에 어떻게 가입해요?"}[lang]
    talk(services, lang, [(join, "faq:join_alliance"), (say, "list:partners")])


@pytest.mark.parametrize("say", [
    "¿existe alguna beca o subvención de Hengdian para productoras de afuera?",
    "¿tienen alguna subvención o beca para productoras internacionales?",
])
def test_a_beca_for_a_company_or_a_shoot_is_the_incentives(services: Services, say) -> None:
    talk(services, "es", [(say, "faq:incentives")])


def test_a_beca_for_students_stays_the_scholarship_gap(services: Services) -> None:
    reply = talk(services, "es", [("¿tienen becas para estudiantes de cine?", "gap:*")])
    assert reply.outcome == "gap"


@pytest.mark.parametrize("say", [
    "Estimados: quisiera conocer qué incentivos brindan a las producciones que llegan del extranjero.",
    "¿qué incentivos hay para los equipos que vienen desde el exterior?",
])
def test_productions_from_abroad_in_spanish_get_the_incentives_overview(services: Services, say) -> None:
    talk(services, "es", [(say, "faq:incentives")])


@pytest.mark.parametrize("lang,card,say,zone", [
    ("ko", "국제사업부 연락처 알려 주세요", "거기 업무 시간은요? 저는 부산이에요", "Asia/Seoul"),
    ("ko", "Dalynn Studio 담당자 연락처요", "그쪽 근무 시간이 어떻게 돼요? 저 지금 도쿄에 있어요", "Asia/Tokyo"),
])
def test_a_place_told_after_the_hours_sets_the_zone_with_no_gap(services: Services, lang, card, say, zone) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    services.brain.reply_to_text(chat, card, services.store.profile(chat))
    reply = services.brain.reply_to_text(chat, say, services.store.profile(chat))
    assert (reply.answer or "").endswith("#hours"), (reply.answer, reply.text)
    assert "공개되어 있지 않습니다" not in reply.text
    assert services.store.profile(chat).timezone == zone


@pytest.mark.parametrize("lang,say", [
    ("en", "I'd like to know about your virtual production facility"),
    ("es", "quisiera saber sobre su estudio de producción virtual"),
    ("zh", "想了解下你们那个 virtual production 的棚"),
    ("zh", "虚拟制片棚长什么样？"),
    ("ko", "버추얼 프로덕션 시설에 대해 알고 싶어요"),
])
def test_what_a_facility_is_like_is_its_description(services: Services, lang, say) -> None:
    talk(services, lang, [(say, ["location:virtual_production#about", "faq:virtual_production"])])


def test_what_kind_of_sets_stays_the_list(services: Services) -> None:
    talk(services, "zh", [("想了解一下你们有什么样的景", "list:locations*")])


@pytest.mark.parametrize("say", [
    "¿Qué ahorro tiene grabar en Hengdian frente a México en costos?",
    "en presupuesto, ¿cómo queda Hengdian frente a rodar en España?",
])
def test_costs_weighed_frente_a_another_place_are_the_costs_faq(services: Services, say) -> None:
    talk(services, "es", [(say, "faq:costs")])


def test_frente_a_of_no_money_weighs_nothing() -> None:
    from intents.lexicon import compares
    assert not compares("¿qué set queda frente a la puerta del palacio?")
