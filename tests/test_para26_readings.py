"""para26: more of answers83's and play34's fixed readings, widened at their cause and tested with
sentences of our own (not answers84's): the events' news wished with the organiser between; a
person written in pinyin asked with 是 or a piece of work; on-site services sorted "for us there";
a crew said as its party or nationality; a company's person with "there"; the ones of a country
asked in full; little money with the verb first; a performer picked actively; a gloss led by
"tipo"; the reminder the day before; Spanish news "en castellano"; why joining is any good; the
members said as being in as members; the sets shown as the kind of place there is; who handles a
file; attendance by its noun; folk-dance contests; online as a choice in Korean; what an event
consists of; and what the virtual stage is, asked of a thing heard."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import say, talk

SOONEST = "event:global_talent_info_session_2026"


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "以后贵方举办活动请通知我们"),
    ("zh", "有什么新活动请第一时间通知我"),
])
def test_events_news_wished(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, ["subscribe", "subscribe:events"])])


def test_a_list_of_events_asked_stays_the_list(services: Services) -> None:
    talk(services, "zh", [("有什么新活动吗", "list:events?when=upcoming")])


@pytest.mark.parametrize("said", ["周凤来是负责哪一块的？", "周凤来具体负责哪项工作", "周鳳來是做什麼工作的"])
def test_a_pinyin_person_asked_with_shi_or_a_piece_of_work(services: Services, said: str) -> None:
    talk(services, "zh", [(said, "contact:vertical_short_drama_center#role")])


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("what's the address of Dream Valley?", "location:dream_valley#address"),
            ("when we land what can you sort out for the crew over there", "incentive:on_site_services")]),
    ("es", [("¿Cuál es la dirección de Dream Valley?", "location:dream_valley#address"),
            ("¿y qué nos resuelven ustedes allá cuando lleguemos?", "incentive:on_site_services")]),
])
def test_on_site_services_sorted_there(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("said", ["저희 일행은 전부 한국인입니다. 거기서 찍어도 됩니까?", "우린 모두 한국 국적인데 거기서 촬영해도 괜찮아요?"])
def test_a_korean_party_asking_leave_to_shoot(services: Services, said: str) -> None:
    talk(services, "ko", [("명청궁원 주소 알려 주세요", "location:ming_qing_palace#address"), (said, "faq:can_foreign_crews_film")])


def test_the_person_there_after_the_company(services: Services) -> None:
    talk(services, "en", [("Dalynn Studio: who is the person there?", "contact:dalynn_studio#role")])


def test_the_ones_of_a_country_asked_in_full(services: Services) -> None:
    talk(services, "en", [("who are the alliance members and partners?", "list:partners"),
                          ("do you have any based in South Korea?", "list:partners?country=KR")])


@pytest.mark.parametrize(("lang", "said", "expect"), [
    ("es", "somos un coro de pueblo y dinero tenemos poco, ¿cuánto costaría rodar allá?", ["faq:costs", "incentive:ecosystem_and_costs"]),
    ("es", "mi hermana quiere actuar en un microdrama pero no sabe chino, ¿la podrían elegir?", ["faq:foreign_actors", "event:international_sets_casting_day_2027"]),
    ("en", "my nephew would love to act in one of your shows but speaks no chinese, could you pick him?", ["faq:foreign_actors", "event:international_sets_casting_day_2027"]),
    ("es", "¿tienen algo de wuxia? tipo de peleas con espada", "list:works?genre=wuxia"),
    ("ko", "연맹에 회원사로 등록된 회사는 어디입니까?", ["list:partners?member=yes", "list:partners"]),
    ("ko", "촬영 장소 어떤 곳 있는지 쭉 보여 줘요", "list:locations"),
    ("zh", "横店电影节每年能吸引多少观众", "gap:unpublished"),
    ("zh", "拉丁电影之夜2027的场地有几个座位", "gap:unpublished"),
    ("en", "i heard you put a whole spaceship on an LED wall, is that basically what your virtual production is?", "faq:virtual_production"),
    ("en", "if we fancied one of ur shows, whats the setup to produce it with u guys", "faq:coproduce_catalog_title"),
])
def test_questions_read_at_their_cause(services: Services, lang: str, said: str, expect) -> None:
    talk(services, lang, [(said, expect)])


@pytest.mark.parametrize("said", ["¿Quién ganó el último concurso de marinera en Lima?", "¿quién ganó el certamen de quena de este año?"])
def test_folk_contests_are_another_festival(services: Services, said: str) -> None:
    reply = say(services, "es", said)[-1]
    assert reply.answer in ("out_of_scope", "fallback") or (reply.answer or "").startswith("gap:"), reply.answer


def test_the_reminder_the_day_before(services: Services) -> None:
    talk(services, "es", [("¿Qué eventos hay?", "list:events"),
                          ("¿Cuándo es el primero?", f"{SOONEST}#date"),
                          ("¿nos lo podéis recordar la víspera?", [SOONEST, f"remind:{SOONEST[6:]}", f"reminder:{SOONEST[6:]}"])])


@pytest.mark.parametrize("said", ["apúntame también a las novedades en castellano", "Apúntanos igual a las noticias en castellano."])
def test_spanish_news_in_castellano(services: Services, said: str) -> None:
    talk(services, "es", [(said, ["subscribe", "subscribe:latam_spanish_news"])])


def test_what_good_joining_is(services: Services) -> None:
    talk(services, "es", [("¿Cómo se entra a la alianza?", "faq:join_alliance"), ("¿y para qué nos serviría entrar?", "gap:hisda_secretariat")])


def test_who_handles_a_file(services: Services) -> None:
    talk(services, "zh", [("怎么加入联盟", "faq:join_alliance"), ("入会申请是谁在受理", "contact:hisda_secretariat#role")])


def test_online_as_a_choice_in_korean(services: Services) -> None:
    talk(services, "ko", [("행사 뭐 있어요", "list:events"), ("다음 거 언제예요", f"{SOONEST}#date"),
                          ("그건 온라인으로 하나요 가서 해야 되나요", f"{SOONEST}#venue")])


@pytest.mark.parametrize(("lang", "asked"), [("ko", "거기서는 주로 뭘 해요?"), ("ko", "그 행사에서는 보통 뭘 하나요?")])
def test_what_an_event_consists_of(services: Services, lang: str, asked: str) -> None:
    first = "헝뎬 영화제 언제 해요?" if lang == "ko" else "¿Cuándo es el Festival de Cine de Hengdian?"
    replies = say(services, lang, first, asked)
    assert replies[-1].answer == "event:hengdian_film_festival#about", replies[-1].answer
