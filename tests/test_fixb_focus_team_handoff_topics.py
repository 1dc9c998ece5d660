"""fixB: who handles the thing in focus; a hand-off asked in words to a named team; a
subscription to a named topic.

- "who's in charge of that one?" after a title (or a set, an event) is in focus names THAT
  record's contact, and "their phone?" / "对方的邮箱是？" gives that contact's details;
- "주최가 누구야?" with an event in focus is who organises it, not a person named "주최가";
- "please put me in contact with the secretariat", "regálame el contacto con la gente de
  Dalynn", "可以帮我接Dalynn Studio的人吗", "转秘书处人工" hand the partner to that team; "what is the
  secretariat's e-mail?" stays its contact card;
- "sign me up for Korea news" subscribes to that topic and answers `subscribe:<topic>` (what its
  button does), the bare topic picker stays `subscribe`.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import contact
from intents.handoff_words import asks_for_person
from tests.dialogue import fits, talk

TEAHOUSE = "work:work_half_a_teahouse"
DALYNN = "contact:dalynn_studio"


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("list family dramas", "list:works?genre=family"), ("tell me about the second", TEAHOUSE),
            ("who's in charge of that one?", [TEAHOUSE, DALYNN]), ("their phone?", f"{DALYNN}#phone")]),
    ("es", [("lista de dramas familiares", "list:works?genre=family"), ("háblame de la segunda", TEAHOUSE),
            ("¿quién está a cargo de esa?", [TEAHOUSE, DALYNN]), ("¿y su correo?", f"{DALYNN}#email")]),
    ("zh", [("列出家庭剧", "list:works?genre=family"), ("介绍一下第二部", TEAHOUSE),
            ("那部谁负责？", [TEAHOUSE, DALYNN]), ("对方的邮箱是？", f"{DALYNN}#email")]),
    ("ko", [("가족 드라마 목록", "list:works?genre=family"), ("두 번째 작품 알려 줘", TEAHOUSE),
            ("그 작품 담당이 누구예요?", [TEAHOUSE, DALYNN]), ("거기 전화번호 알려 주세요", f"{DALYNN}#phone")]),
])
def test_who_handles_the_title_in_focus_and_their_details(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("what filming sets do you have?", "list:locations"), ("tell me about the first", "location:qin_palace"),
            ("who's in charge of that one?", "contact:international_business"),
            ("their phone?", "contact:international_business#phone")]),
    ("es", [("¿qué sets tienen?", "list:locations"), ("háblame del primero", "location:qin_palace"),
            ("¿quién está a cargo de ese?", "contact:international_business")]),
    ("zh", [("你们有哪些拍摄场景？", "list:locations"), ("第一个介绍一下", "location:qin_palace"),
            ("那个谁负责？", "contact:international_business")]),
    ("ko", [("촬영 세트 목록 보여 주세요", "list:locations"), ("첫 번째 알려 줘", "location:qin_palace"),
            ("거기 담당이 누구예요?", "contact:international_business"),
            ("그쪽 전화번호 알려 주세요", "contact:international_business#phone")]),
])
def test_who_is_in_charge_of_the_set_in_focus(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize(("lang", "first", "detail", "organisers"), [
    ("en", "what events are coming up?", "tell me about the first", "who's organising it?"),
    ("es", "¿qué eventos hay?", "cuéntame del primero", "¿quién lo organiza?"),
    ("zh", "有什么活动？", "第一个详细说说", "谁主办的？"),
    ("ko", "다가오는 행사 알려 줘", "첫 번째 행사 자세히", "주최가 누구야?"),
])
def test_who_organises_the_event_in_focus(services: Services, lang: str, first: str, detail: str,
                                          organisers: str) -> None:
    talk(services, lang, [(first, "list:events"), (detail, "event:*"), (organisers, "event:*#organisers")], fits=fits)


@pytest.mark.parametrize(("lang", "text", "team"), [
    ("en", "please put me in contact with the secretariat", "hisda_secretariat"),
    ("en", "could you get me through to the short drama center people?", "vertical_short_drama_center"),
    ("en", "connect me with someone at Dalynn", "dalynn_studio"),
    ("es", "regálame el contacto con la gente de Dalynn pa hablar eso", "dalynn_studio"),
    ("es", "ponme en contacto con la secretaría", "hisda_secretariat"),
    ("zh", "可以帮我接Dalynn Studio的人吗", "dalynn_studio"),
    ("zh", "转秘书处人工", "hisda_secretariat"),
    ("ko", "숏드라마 센터 담당자와 연결 바랍니다", "vertical_short_drama_center"),
    ("ko", "사무국 사람과 직접 이야기하고 싶어요", "hisda_secretariat"),
])
def test_hand_off_to_a_named_team_asked_in_words(services: Services, lang: str, text: str, team: str) -> None:
    reply = talk(services, lang, [(text, ["handoff", f"handoff:{team}"])], fits=fits)
    assert getattr(contact.contact_for(services.knowledge.current, reply.handoff or ""), "id", None) == team


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "what is the secretariat's e-mail?", "contact:hisda_secretariat#email"),
    ("es", "dame el contacto de Dalynn", "contact:dalynn_studio"),
    ("zh", "秘书处的邮箱是？", "contact:hisda_secretariat#email"),
    ("ko", "사무국 이메일 주소가 뭐예요?", "contact:hisda_secretariat#email"),
])
def test_a_teams_details_stay_its_card(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)], fits=fits)


@pytest.mark.parametrize("text", ["I'd like to be put in contact with Dalynn", "can we get connected to the centre?",
                                  "please put me in contact with the secretariat", "转秘书处人工"])
def test_asked_to_be_put_through(text: str) -> None:
    assert asks_for_person(text)


@pytest.mark.parametrize("text", ["can I get connected to the wifi at the hotel?", "转账的人工费多少", "dame el contacto de Dalynn", "what is the secretariat's e-mail?",
                                  "直接找秘书处的人吗"])
def test_look_alikes_ask_for_no_person(text: str) -> None:
    assert not asks_for_person(text)


@pytest.mark.parametrize(("lang", "text", "topic"), [
    ("en", "pls subscribe me to updates whenever there are new production incentives", "incentives"),
    ("en", "sign me up for Korea news", "korea_news"),
    ("es", "avísenme de todos los eventos, me quiero suscribir", "events"),
    ("zh", "帮我订阅拉美和西语市场的动态", "latam_spanish_news"),
    ("ko", "카탈로그 신작 나오면 알림 받게 구독해 주세요", "catalog_releases"),
])
def test_subscribe_to_the_topic_named(services: Services, lang: str, text: str, topic: str) -> None:
    talk(services, lang, [(text, f"subscribe:{topic}")], fits=fits)


@pytest.mark.parametrize(("lang", "text"), [("en", "subscribe"), ("es", "quiero suscribirme"),
                                            ("zh", "我要订阅"), ("ko", "구독하고 싶어요")])
def test_subscribing_with_no_topic_is_the_picker(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "subscribe")], fits=lambda expect, got: got == expect)
