"""fixI17 (play26 kinds M, R, …): a partner's question about a named title, person, set or event.

- M: a request for a person about a title named in the same message ("could someone from your side
  talk to me about The Emperor's Clockmaker?") goes to that title's own team (catalog.yaml
  `contact`), not International Business.
- R: an agent or agency for the visa asked for ("any visa agency you'd suggest?") is the visa FAQ
  (embassy or consulate; International Business for the papers), not out of scope; an agency of
  another trade ("recommend a talent agency") stays out of scope.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask

TITLE_PERSON = [
    ("en", "can I speak with someone regarding The Emperor's Clockmaker?", "dalynn_studio"),
    ("en", "I want to talk to a real person about The Ancestral Hall", "hisda_secretariat"),
    ("es", "¿me pasan con alguien para hablar de El relojero del emperador?", "dalynn_studio"),
    ("es", "quisiera charlar con una persona del equipo sobre El salón de los ancestros", "hisda_secretariat"),
    ("zh", "想找个真人聊聊《御前钟表匠》", "dalynn_studio"),
    ("zh", "可唔可以搵人同我傾下《祠堂迷蹤》", "hisda_secretariat"),
    ("ko", "황제의 시계공 관련해서 담당자랑 통화하고 싶어요", "dalynn_studio"),
    ("ko", "사당의 비밀 건으로 사람이랑 직접 얘기하고 싶어", "hisda_secretariat"),
]


@pytest.mark.parametrize(("lang", "text", "team"), TITLE_PERSON)
def test_person_about_a_named_title_is_its_team(services: Services, lang: str, text: str, team: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer.partition(":")[0] == "handoff"
    assert reply.handoff == team


VISA_AGENT = [
    ("en", "any visa agency you'd suggest for our crew?"), ("en", "do you know a visa service that could help us?"),
    ("es", "¿nos pueden recomendar alguna agencia de visas?"), ("es", "¿conocen un gestor para sacar el visado?"),
    ("zh", "有没有靠谱的签证代办可以推荐"), ("zh", "你哋識唔識代辦簽證嘅中介？"),
    ("ko", "비자 대행 업체 좀 소개해 주세요"), ("ko", "비자 대신 받아주는 에이전시 있나?"),
]


@pytest.mark.parametrize(("lang", "text"), VISA_AGENT)
def test_visa_agent_is_the_visa_faq(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "faq:visa"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "can you recommend a talent agency in LA?"), ("es", "¿me recomiendas una agencia de actores?"),
])
def test_other_agency_stays_out_of_scope(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "out_of_scope"


# Q: an event to pitch at in person, asked while the pitch day is online: the Seoul matchmaking
# (its description welcomes a catalog title brought to it), the pitch day said to be online
IN_PERSON_PITCH = [
    ("en", "any in-person event where we can pitch one of your titles?"), ("en", "is there an event on site to pitch a project face to face?"),
    ("es", "¿tienen algún evento presencial para presentar proyectos?"), ("es", "quiero pitchear en persona, ¿hay algún evento así?"),
    ("zh", "有没有可以线下当面推介项目的活动"), ("zh", "有冇現場活動可以當面推介作品？"),
    ("ko", "오프라인 행사에서 작품 피칭할 수 있어요?"), ("ko", "대면으로 프로젝트 피칭하는 행사 있나요"),
]


@pytest.mark.parametrize(("lang", "text"), IN_PERSON_PITCH)
def test_in_person_pitch_is_the_event_held_on_the_spot(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "event:korea_matchmaking_2027"
    assert reply.text.index("Reel-K") < len(reply.text)


def test_the_pitch_days_own_format_is_still_its_venue(services: Services) -> None:
    assert ask(services, "en", "is the pitch day in person?").answer == "event:latam_pitch_day_2027#venue"


# S: the events asked as a list for Latin American producers are both of that market's events
# (not only the one whose name says producers); "which comes first" over the two just listed,
# however they are called, says which one first
LATIN_EVENTS = [
    ("en", "which events have you got for Latino producers?"), ("en", "what events are there for producers from Latin America?"),
    ("es", "¿qué eventos hay para productores latinoamericanos?"), ("es", "che, ¿qué eventos tienen para los productores latinos?"),
    ("zh", "有哪些给拉美制片人的活动"), ("zh", "面向拉美制片人的活动有哪些？"),
    ("ko", "중남미 제작자를 위한 행사들 뭐 있어요?"), ("ko", "중남미 제작자 대상 행사 뭐뭐 있어?"),
]
FIRST_OF_TWO = {"en": "so which one's first, the pitch or the film night?", "es": "¿y cuál va antes, el pitch o la noche de cine?",
                "zh": "推介会跟电影之夜哪个先？", "ko": "피칭이랑 영화의 밤 중에 어느 게 먼저예요?"}


@pytest.mark.parametrize(("lang", "text"), LATIN_EVENTS)
def test_events_for_latin_producers_are_the_markets_list(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer.startswith("list:events") and "market=latam" in reply.answer
    assert set(reply.items) >= {"event:latam_pitch_day_2027", "event:latin_film_night_2027"}
    first = ask(services, lang, text, FIRST_OF_TWO[lang])
    assert first.answer == "event:latam_pitch_day_2027#date"


# J: whether a named person speaks a language: not published, said, with the team to write to
# (its role says Dalynn's Spanish-language work); never her card alone nor a switch of the reply's language
PERSON_LANGUAGE = [
    ("en", ["is Mary Lynn fluent in Spanish?"], "dalynn_studio"),
    ("en", ["tell me about Caroline Guo", "can she speak English?"], "international_business"),
    ("es", ["¿Mary Lynn habla castellano?"], "dalynn_studio"),
    ("es", ["¿quién es Caroline Guo?", "¿y ella habla inglés?"], "international_business"),
    ("zh", ["Mary Lynn会说西班牙语吗"], "dalynn_studio"),
    ("zh", ["Caroline Guo是谁", "佢識唔識講英文？"], "international_business"),
    ("ko", ["메리 린 씨 스페인어 하세요?"], "dalynn_studio"),
    ("ko", ["궈수 매니저님 누구예요?", "그분 영어 할 줄 아시나요?"], "international_business"),
]


@pytest.mark.parametrize(("lang", "lines", "team"), PERSON_LANGUAGE)
def test_a_persons_languages_are_an_honest_gap(services: Services, lang: str, lines: list[str], team: str) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == f"gap:{team}"
    assert reply.lang == lang


# A: a list just shown narrowed ("only the ones…", "just the ones in <language>", "只要…的", "…것만"):
# that list with the filter added (a language named in Korean is the language, not its country);
# a list of events narrowed to a place: those of it held there, the place said first
NARROWED_TITLES = [
    ("en", "got any comedies?", "only the ones still seeking partners", "coproduction=seeking_partners"),
    ("en", "show me your romance titles", "just the ones in Spanish please", "language=es"),
    ("es", "¿qué comedias tienen?", "solo las que buscan socios", "coproduction=seeking_partners"),
    ("es", "¿tienen títulos de romance?", "solamente los que vienen en inglés", "language=en"),
    ("zh", "有什么喜剧？", "只要还在找合作方的", "coproduction=seeking_partners"),
    ("zh", "有哪些爱情剧", "只看有英文版的", "language=en"),
    ("ko", "로맨스 작품 뭐 있어요?", "영어 되는 것만요", "language=en"),
    ("ko", "코미디 뭐 있어?", "스페인어 되는 거만 보여 줘", "language=es"),
]


@pytest.mark.parametrize(("lang", "first", "then", "added"), NARROWED_TITLES)
def test_a_list_of_titles_narrowed(services: Services, lang: str, first: str, then: str, added: str) -> None:
    before = ask(services, lang, first)
    genre = before.answer.partition("?")[2]
    reply = ask(services, lang, first, then)
    assert reply.answer.startswith("list:works") and added in reply.answer and genre in reply.answer


EVENTS_HELD_THERE = [
    ("en", "what's on next year?", "only those held in Hengdian"), ("en", "any upcoming events?", "just the ones in Hengdian"),
    ("es", "¿qué eventos vienen?", "solo los que se hacen en Hengdian"), ("es", "¿qué eventos hay el próximo año?", "solamente los de Hengdian"),
    ("zh", "接下来有什么活动？", "只看横店的"), ("zh", "明年有啥活動？", "只要喺橫店搞嘅"),
    ("ko", "앞으로 행사 뭐뭐 있어요?", "헝뎬에서 열리는 것만요"), ("ko", "내년 행사 알려줘", "헝뎬 거만 보여 줘"),
]


@pytest.mark.parametrize(("lang", "first", "then"), EVENTS_HELD_THERE)
def test_a_list_of_events_narrowed_to_a_place(services: Services, lang: str, first: str, then: str) -> None:
    reply = ask(services, lang, first, then)
    assert reply.answer.startswith("list:events") and "held=hengdian" in reply.answer
    assert "event:latam_pitch_day_2027" not in reply.items and "event:korea_matchmaking_2027" not in reply.items
    assert "event:international_sets_casting_day_2027" in reply.items


# I: the difference asked between two titles: both, side by side (genres, episodes, status, team),
# each a button for its card; never the first one's card alone
TWO_TITLES = [
    ("en", "how is A Face in Clay different from Half a Teahouse?"), ("en", "Grandma 2.0 vs Tour Guide 2077, what's the difference"),
    ("es", "¿en qué se diferencian Un rostro de barro y Media casa de té?"), ("es", "¿qué diferencia hay entre Abuela 2.0 y Guía turística 2077, che?"),
    ("zh", "陶俑里的她跟半间茶馆有什么不同"), ("zh", "奶奶2.0同2077時光導遊有咩分別？"),
    ("ko", "흙으로 빚은 얼굴하고 반쪽 찻집은 뭐가 달라요?"), ("ko", "할머니 2.0이랑 2077 시간여행 가이드 차이 알려줘"),
]


@pytest.mark.parametrize(("lang", "text"), TWO_TITLES)
def test_two_titles_compared_side_by_side(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer.endswith("#compare")
    assert len(reply.items) == 2 and all(i.startswith("work:") for i in reply.items)
    assert reply.text.count("<b>") >= 4
