# ruff: noqa: N999
"""Round 35, fixT26: the mistakes left in the read sets, each read where its reader lives.

- a person of the team just named asked in chat words ("get an actual person from there to dm
  me", "找个中心那边的真人聊两句"): a hand-off (`handoff_words`);
- a team's telephone number asked with "telephone", which the classifier reads as off-topic: that
  team's number; a message *addressed* to someone asks the person, not the e-mail;
- coming in on the title in view as partners ("¿podemos entrarle como coproductores?", "공동으로
  만들어 볼 수 있어요? 뭐부터 해야 돼요?"): the co-production FAQ; "¿aún la están rodando?": its status;
- the soonest event's time asked with the partner's city after the events: that event's date,
  not a zone set alone nor the list again;
- "那里头" narrows the last list; which way of travel suits right after the sets is the way here;
  the titles a team in focus handles stay that list; news of a kind is news to sign up for;
- support for shoots or schools from abroad is the incentives' overview; a club's own dues are
  no fee of ours; why here rather than anywhere else is the costs FAQ.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from intents.handoff_words import asks_for_person
from tests.dialogue import fits, talk


@pytest.mark.parametrize("text", [
    "could you get an actual human from that team to dm me?",
    "can a proper person from the centre ping us about it",
    "帮我找个中心那边的真人聊两句",
    "让秘书处的真人跟我们说一下",
    "¿me pasan con una persona real de ese centro?",
    "담당자분이랑 직접 통화하고 싶어요",
])
def test_a_person_of_that_team_is_asked_for(text: str) -> None:
    assert asks_for_person(text)


@pytest.mark.parametrize("text", ["我们想找拍真人秀的团队合作", "这部有没有真人版", "is there an actual person in the cast list?"])
def test_live_action_and_cast_words_ask_for_nobody(text: str) -> None:
    assert not asks_for_person(text)


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["any sci-fi titles?", "the first one, who handles it? email?", "could you get an actual human from that team to dm me?"]),
    ("zh", ["有科幻剧吗", "第一部谁负责 邮箱多少", "帮我找个中心那边的真人聊两句"]),
])
def test_person_from_the_team_named_is_a_handoff(services: Services, lang: str, turns: list[str]) -> None:
    talk(services, lang, [(turns[0], "*"), (turns[1], "*"), (turns[2], ["handoff", "handoff:*"])], fits)


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "What's the telephone number of the Vertical Short Drama Centre, please?", "contact:vertical_short_drama_center#phone"),
    ("en", "Could you tell me the Secretariat's telephone number?", "contact:hisda_secretariat#phone"),
    ("es", "¿Cuál es el número de teléfono de la Secretaría, por favor?", "contact:hisda_secretariat#phone"),
    ("zh", "秘书处的电话号码是多少？", "contact:hisda_secretariat#phone"),
    ("ko", "사무국 전화번호 좀 알려 주세요", "contact:hisda_secretariat#phone"),
])
def test_telephone_number_of_a_team(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])


def test_the_telephone_itself_stays_off_topic(services: Services) -> None:
    talk(services, "en", [("who invented the telephone?", "out_of_scope")])


@pytest.mark.parametrize("text", ["When we write to the International Business Department, whom should we address the letter to?",
                                  "to whom should I address my enquiry at the secretariat?"])
def test_a_message_addressed_asks_the_person(text: str) -> None:
    assert lexicon.facts_asked(text)[0] == "role"


def test_whom_to_send_documents_to_stays_the_email() -> None:
    assert lexicon.facts_asked("whom should we send the documents to?")[0] == "email"


@pytest.mark.parametrize(("lang", "turns"), [
    ("es", ["¿tienen comedias?", "la primera, ¿ya está terminada?", "esa nos late, queremos entrarle como coproductores, ¿qué hay que hacer?"]),
    ("ko", ["코미디 뭐 있어요", "첫 번째 거 다 찍었어요?", "그 드라마 저희도 공동으로 만들어 볼 수 있어요? 뭐부터 해야 돼요?"]),
    ("en", ["any comedies?", "the first one, is it finished?", "we'd like to come on board as co-producers on that one, what do we need to do?"]),
    ("zh", ["有喜剧吗", "第一部拍完了吗", "这部我们想一起合拍，需要做什么？"]),
])
def test_coming_in_on_the_title_in_view(services: Services, lang: str, turns: list[str]) -> None:
    talk(services, lang, [(turns[0], "list:works?genre=comedy"), (turns[1], "work:*#coproduction"),
                          (turns[2], "faq:coproduce_catalog_title")], fits)


def test_still_being_shot_is_its_status(services: Services) -> None:
    talk(services, "es", [("¿tienen comedias?", "list:works?genre=comedy"), ("la primera de qué trata", "work:*#logline"),
                          ("¿aún la están rodando?", "work:*#coproduction")], fits)


def test_our_own_shoot_still_going_is_no_status() -> None:
    assert "coproduction" not in lexicon.facts_asked("todavía estamos filmando en Lima, ¿qué incentivos hay?")


@pytest.mark.parametrize(("lang", "listed", "asked"), [
    ("zh", "接下来有什么活动", "最近的那场几点开始？我在重庆"),
    ("zh", "近期有哪些活动？", "其中最早的那场在广州几点开始？"),
    ("es", "¿qué eventos vienen?", "el más próximo a qué hora es para mí en Cali"),
    ("en", "what events are coming up?", "which is the soonest, and what time is that for me in Denver?"),
    ("ko", "앞으로 행사 뭐 있어요?", "제일 가까운 거 몇 시예요? 부산 시간으로요"),
])
def test_soonest_event_time_in_the_partners_city(services: Services, lang: str, listed: str, asked: str) -> None:
    talk(services, lang, [(listed, "list:events*"), (asked, "event:global_talent_info_session_2026#date")], fits)


@pytest.mark.parametrize(("lang", "turns"), [
    ("zh", ["有爱情剧吗", "那里头哪些有西语的"]),
    ("es", ["¿tienen romance?", "¿y de esas cuáles están en español?"]),
    ("en", ["any romance?", "which of those are in spanish"]),
    ("ko", ["로맨스 있어요?", "그중에 스페인어 되는 거는요?"]),
])
def test_of_those_narrows_the_last_list(services: Services, lang: str, turns: list[str]) -> None:
    talk(services, lang, [(turns[0], "list:works?genre=romance"), (turns[1], "list:works?genre=romance&language=es")])


@pytest.mark.parametrize(("lang", "turns"), [
    ("es", ["¿qué escenarios de la dinastía Ming tienen?", "Saliendo de Shanghái, ¿en tren o por carretera nos conviene mover el equipo?"]),
    ("en", ["what Ming sets do you have", "from shanghai, is train or road better for hauling our drums?"]),
    ("zh", ["你们有哪些明代的景", "从上海过去，坐高铁还是开车拉器材更合适？"]),
    ("ko", ["명나라 세트 뭐 있어요", "상하이에서 출발하면 장비 싣고 기차가 나아요 차가 나아요?"]),
])
def test_way_of_travel_after_the_sets(services: Services, lang: str, turns: list[str]) -> None:
    talk(services, lang, [(turns[0], "list:locations*"), (turns[1], "faq:how_to_reach_hengdian")], fits)


@pytest.mark.parametrize(("lang", "turns"), [
    ("es", ["cuéntame de Dalynn Studio", "¿y qué títulos vuestros distribuyen ellos?"]),
    ("en", ["tell me about Dalynn Studio", "and which of your shows do they distribute?"]),
])
def test_titles_the_team_in_focus_handles(services: Services, lang: str, turns: list[str]) -> None:
    talk(services, lang, [(turns[0], "partner:dalynn_studio*"), (turns[1], "list:works?contact=dalynn_studio")], fits)


def test_news_of_a_kind_is_subscribed(services: Services) -> None:
    talk(services, "en", [("Our cousins speak Spanish. Could you sign us up for the Latin American and Spanish-language news?",
                           ["subscribe", "subscribe:latam_spanish_news"])])


def test_a_place_at_an_event_is_still_a_signup() -> None:
    assert lexicon.gap_topic("could you sign us up for the casting day?") == "signup"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "does anyone over there give money support to foreign shoots, like a grant?"),
    ("es", "¿Qué ayudas económicas dan a universidades del extranjero que quieran rodar en Hengdian?"),
    ("zh", "外国剧组去横店拍有什么补贴吗？"),
    ("ko", "해외 제작팀도 받을 수 있는 지원금 있어요?"),
])
def test_support_for_a_shoot_from_abroad_is_the_overview(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:incentives")])


@pytest.mark.parametrize("text", ["모임 회비 다 모아도 얼마 안 돼요. 헝뎬에서 찍는 거 감당될까요?",
                                  "동호회 회비를 털어도 쥐꼬리인데 헝뎬 촬영 가능함?"])
def test_a_clubs_own_dues_ask_how_costly_we_are(services: Services, text: str) -> None:
    talk(services, "ko", [(text, ["faq:costs", "incentive:ecosystem_and_costs"])])


def test_the_alliances_dues_are_still_the_secretariats() -> None:
    assert lexicon.gap_contact("연맹 회비 있어요?") == "hisda_secretariat"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿por qué nos conviene rodar en Hengdian y no en otro sitio?"),
    ("en", "why would we shoot in hengdian rather than somewhere else?"),
    ("zh", "为什么要去横店拍而不是别的地方？"),
    ("ko", "다른 데 말고 왜 헝뎬에서 찍어야 돼요?"),
])
def test_here_over_anywhere_else_is_the_costs(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["faq:costs", "incentive:ecosystem_and_costs"])])


@pytest.mark.parametrize(("lang", "turns"), [
    ("zh", ["ShortMax是做什么的", "我们就五六个人的小工作室 想进去咋整 门槛高吗"]),
    ("en", ["what does ShortMax do?", "we're a tiny five-person outfit, what would it take for us to be let in?"]),
    ("es", ["¿qué hace ShortMax?", "somos una productora chiquita, ¿qué papeles piden para estar adentro?"]),
    ("ko", ["ShortMax는 뭐 하는 회사예요?", "저희 쪼그만 제작사도 낄 수 있나요? 절차가 어찌 되나요?"]),
])
def test_a_small_company_asking_the_way_in(services: Services, lang: str, turns: list[str]) -> None:
    talk(services, lang, [(turns[0], "partner:shortmax*"), (turns[1], "faq:join_alliance")], fits)


def test_going_in_to_film_is_no_way_into_the_alliance() -> None:
    from intents.router import admission_asked
    assert not admission_asked(lexicon.fold("我们公司想进去拍戏咋整"))


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "다음 주에 중국 들어가는데 한국인은 먼저 뭘 받아 둬야 돼요?"),
    ("en", "we're going to China next month, what paperwork do we need to get into China?"),
    ("es", "¿qué trámite de entrada a China necesitamos?"),
    ("zh", "韩国人去横店拍要办签证吗？"),
])
def test_what_a_national_gets_beforehand_is_the_visa(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:visa")])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿Cuánto cobra un guionista de la aldea de escritores por capítulo?"),
    ("en", "how much does a writer at the writers village get paid per episode?"),
    ("zh", "作家村的编剧一集拿多少钱？"),
    ("ko", "작가촌 작가들은 회당 얼마 받아요?"),
    ("zh", "请Dalynn Studio帮我们的剧做西语配音 大概要花多少"),
])
def test_a_price_of_theirs_is_the_honest_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")], fits)


@pytest.mark.parametrize(("lang", "text"), [("ko", "동네 행사 무대 설치 업체 좀 소개해 주세요"),
                                            ("zh", "能推荐个镇上活动的舞台搭建公司吗")])
def test_a_supplier_for_their_own_local_event_is_no_event_of_ours(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["out_of_scope", "fallback", "gap:*"])], fits)
