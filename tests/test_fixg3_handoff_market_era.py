"""fixG3: five kinds from partner play, each in the four languages.

1. The hand-off goes to the team of the last answered subject (a visa FAQ after a title's card:
   international business, not the title's own team).
2. During a hand-off, a message said to the team ("tell them…", "dígale al equipo…", "请转告他们…",
   "팀에 전해 주세요…") is confirmed as passed on, not answered as a new question.
3. A two-part question about the item in focus answers each part ("where is it filmed? and how
   many episodes?"); a fact in a set's description answers "are the two streets close?".
4. A period no set shows, asked of a set, is said first (no set of that period; the closest).
5. A language named as a market ("distribute to Spanish-language markets") is no language switch.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import Lang, t
from intents.handoff_words import for_the_team
from intents.lexicon import language_request
from tests.dialogue import console

# -- 5. a language named as a market ------------------------------------------------------------
MARKETS = ["can you distribute to Spanish-language markets?", "do you sell to Korean-speaking platforms?",
           "can your titles reach Chinese speaking audiences?",
           "¿distribuyen en mercados de habla inglesa?", "¿pueden vender en países de lengua coreana?",
           "能发行到韩语市场吗", "能不能卖到西语地区", "스페인어권 시장에도 배급돼요?", "영어권 국가에도 유통하나요?"]
SWITCHES = {"can you answer in Spanish?": "es", "respóndeme en inglés": "en", "用英文回答": "en",
            "영어로 답해 주세요": "en"}


@pytest.mark.parametrize("text", MARKETS)
def test_a_language_named_as_a_market_is_no_switch(text: str) -> None:
    assert language_request(text)[0] is None


@pytest.mark.parametrize("text,lang", list(SWITCHES.items()))
def test_a_reply_language_asked_still_switches(text: str, lang: str) -> None:
    assert language_request(text)[0] == lang


def test_the_console_answers_a_market_question_without_switching(services: Services) -> None:
    reply = console(services, "en").say("can you distribute to Spanish-language markets?")
    assert reply.lang == "en", reply.text


# -- 2. said to the team during a hand-off --------------------------------------------------------
FOR_TEAM = {
    "en": ["Actually one more thing for the team: we plan to shoot in March with 25 crew.",
           "please tell them we would like a call on Monday", "can you let the team know we arrive on the 5th?"],
    "es": ["dígale al equipo que vamos a rodar en marzo con 25 personas", "avísenles que llegamos el lunes",
           "otro dato para el equipo: somos 25"],
    "zh": ["请转告他们，我们三月开拍，剧组25人", "麻烦跟负责人说一声，我们五月到", "請轉告團隊我們有25人"],
    "ko": ["팀에 전해 주세요, 3월에 25명이 촬영해요", "담당자분께 3월 촬영이라고 전달 부탁드려요",
           "그분께 월요일에 전화 달라고 전해 주세요"],
}
NOT_FOR_TEAM = ["can you tell me about the team?", "what events are in March?", "tell me the date",
                "告诉我活动时间", "团队有多少人？", "팀 소개해 주세요", "자료를 전달받을 수 있나요?",
                "다음 행사 알려 주세요", "¿me dices la fecha?", "¿quién es el equipo de negocios?"]
ASK_PERSON = {"en": "can I talk to someone?", "es": "quiero hablar con una persona",
              "zh": "我想找个人聊聊", "ko": "담당자와 얘기하고 싶어요"}
VISA = {"en": "do I need a visa to shoot there?", "es": "¿necesito visa para filmar allá?",
        "zh": "拍摄需要办签证吗？", "ko": "비자 필요해요?"}
TITLE = {"en": "any titles with a Mexican lead character?", "es": "¿tienen títulos con protagonista mexicano?",
         "zh": "有没有墨西哥主角的作品？", "ko": "멕시코 주인공 나오는 작품 있어요?"}


@pytest.mark.parametrize("lang", list(FOR_TEAM))
def test_messages_said_to_the_team_are_read_so(lang: str) -> None:
    for text in FOR_TEAM[lang]:
        assert for_the_team(text), text


@pytest.mark.parametrize("text", NOT_FOR_TEAM)
def test_questions_are_not_said_to_the_team(text: str) -> None:
    assert not for_the_team(text)


@pytest.mark.parametrize("lang", list(FOR_TEAM))
def test_after_a_title_and_a_visa_the_handoff_is_the_visa_team_and_a_note_is_passed_on(
        services: Services, lang: Lang) -> None:
    session = console(services, lang)
    session.say(TITLE[lang])
    session.say(VISA[lang])
    reply = session.say(ASK_PERSON[lang])
    assert reply.handoff == "international_business", (reply.handoff, reply.text)
    session.handed_off(reply.handoff)
    for text in FOR_TEAM[lang]:
        reply = session.say(text)
        assert reply.text.startswith(t("handoff_ack", lang)[:6]), (text, reply.text)


def test_a_titles_own_team_still_gets_a_handoff_right_after_its_card(services: Services) -> None:
    session = console(services, "en")
    session.say(TITLE["en"])
    reply = session.say(ASK_PERSON["en"])
    assert reply.handoff and reply.handoff != "international_business"


# -- 4. a period no set shows ---------------------------------------------------------------------
ERA = {"en": "is Hong Kong Street good for a 1990s story?",
       "es": "¿la calle de Hong Kong sirve para una historia de los años 90?",
       "zh": "有冇適合拍九十年代香港街景嘅場地？", "ko": "홍콩 거리 세트에서 1990년대 배경 촬영 가능해요?"}


@pytest.mark.parametrize("lang", list(ERA))
def test_a_period_no_set_shows_is_said_first(services: Services, lang: Lang) -> None:
    reply = console(services, lang).say(ERA[lang])
    head = t("loc_era_none", lang, asked="", name="", era="").split("<b>")[0].strip()[:4]
    assert reply.text.strip()[:30].find(head[:2]) >= 0 or reply.text.startswith(head), reply.text
    era = services.knowledge.current.locations["guangzhou_hongkong_street"].era.get(lang)
    assert era in reply.text, reply.text  # the closest set's own period


def test_a_period_other_sets_show_names_them(services: Services) -> None:
    reply = console(services, "en").say("is the Qin palace OK for a Ming story?")
    assert reply.text.startswith("<b>Qin Palace</b> is not a set for"), reply.text
    assert "Ming" in reply.text


# -- 3. each part of a question about the item in focus; a fact in a description ------------------
LIST = {"en": "any Korea-related titles in the catalog?", "es": "¿hay títulos relacionados con Corea en el catálogo?",
        "zh": "片单里有跟韩国有关的作品吗？", "ko": "카탈로그에 한국이랑 관련된 작품이 더 있을까요?"}
TWO_PARTS = {"en": "where is it shot, and how many episodes?", "es": "¿dónde se filma? ¿y cuántos capítulos tiene?",
             "zh": "这部在哪里拍的？一共几集？", "ko": "어디서 촬영해요? 그리고 몇 부작이에요?"}


@pytest.mark.parametrize("lang", list(TWO_PARTS))
def test_two_facts_of_the_title_in_focus_are_both_answered(services: Services, lang: Lang) -> None:
    session = console(services, lang)
    session.say("Blade and Blossom" if lang != "zh" else "剑与花")
    reply = session.say(TWO_PARTS[lang])
    assert reply.answer == "work:work_blade_and_blossom#filmed", (reply.answer, reply.text)
    assert "90" in reply.text, reply.text


def test_a_summary_that_names_the_set_says_it(services: Services) -> None:
    session = console(services, "en")
    session.say("Canton Nocturne")
    reply = session.say("where was it filmed? how long are the episodes?")
    assert "Guangzhou Street" in reply.text and "2 minutes" in reply.text, reply.text


NEAR = {"en": "are Guangzhou Street and Hong Kong Street close to each other?",
        "es": "¿la calle Guangzhou y la calle Hong Kong están cerca una de la otra?",
        "zh": "咁香港街同廣州街可以同一日拍嗎？兩個景距離遠唔遠",
        "ko": "광저우 거리랑 홍콩 거리 가까워요? 하루에 둘 다 찍을 수 있어요?"}
SIDE_BY_SIDE = {"en": "next to", "es": "junto a", "zh": "相鄰", "ko": "나란히"}


@pytest.mark.parametrize("lang", list(NEAR))
def test_a_fact_in_the_description_answers_how_far(services: Services, lang: Lang) -> None:
    reply = console(services, lang).say(NEAR[lang])
    assert SIDE_BY_SIDE[lang] in reply.text or "相邻" in reply.text, reply.text
    assert t("gap_generic", lang, who="")[:6] not in reply.text


def test_how_far_from_a_city_is_not_the_sets_parts(services: Services) -> None:
    session = console(services, "en")
    session.say(NEAR["en"])
    reply = session.say("how far is Hengdian from Shanghai?")
    assert "next to" not in reply.text, reply.text
