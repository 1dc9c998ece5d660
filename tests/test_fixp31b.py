"""Kinds of mistake the zh/ko partner play (play31b) found, each tried in the four languages with
wordings written for these tests (not the play's own sentences):

- K2: an action asked of no event ("remind me", "send me the calendar file") asks which; the event
  then named in words (or picked by its place in the list) gets that action, not only its card;
- K3: the partner's own city ("I'm in Lima", "我是智利的制片", "저는 리마에 있어요") is where they are,
  no venue to filter events by ("no events in Chile"); a time asked then keeps the list in view;
- K6: a country named as a subject ("subscribe me to Korea news", "스페인어로 보내 주세요") is no
  zone of the partner's: later times are not shown in its capital's;
- K5: the "ask a person" button under a contact's card (or a gap naming a team) reaches that team;
- K12: a request (subscribe) or thanks while the form waits for the company is no company name:
  answered with the form's question under it, in one message.
"""

from __future__ import annotations

import pytest

from bot.console import ConsoleSession
from bot.context import Services
from core.i18n import t
from intents.callbacks import decode
from intents.reply import Reply
from intents.timezones import zone_said
from tests.dialogue import globs as glob
from tests.dialogue import new_chat, talk

# -- K2: the pending action is done on the event named next -----------------------------------------
PENDING = [
    ("en", "can you set a reminder for me?", "the pitch day for Latin American producers", "rem"),
    ("en", "send me the .ics file please", "the film festival", "ics"),
    ("es", "mándame el archivo de calendario", "el festival de cine", "ics"),
    ("es", "¿me pones un recordatorio?", "la segunda", "rem"),
    ("zh", "帮我设个提醒", "横店影视节", "rem"),
    ("zh", "把日历文件发给我", "虚拟制片影棚开放日那个", "ics"),
    ("ko", "알림 설정해 주세요", "영화제요", "rem"),
    ("ko", "캘린더 파일 좀 보내 주실래요?", "첫 번째요", "ics"),
]


@pytest.mark.parametrize(("lang", "asked", "named", "action"), PENDING)
def test_the_event_named_after_which_gets_the_action(services: Services, lang: str, asked: str, named: str,
                                                     action: str) -> None:
    reply = talk(services, lang, [(asked, "list:events*"), (named, "event:*")], fits=glob)
    assert reply.outcome == "action"
    if action == "ics":
        assert reply.document is not None
    else:
        assert any((b.data or "").startswith("v1|rem|-") for row in reply.buttons for b in row)


def test_a_question_about_the_event_named_is_still_answered(services: Services) -> None:
    reply = talk(services, "en", [("remind me", "list:events*"), ("when is the film festival?", "event:*")], fits=glob)
    assert reply.outcome != "action"


# -- K3: where the partner is, no venue filter ------------------------------------------------------
OWN_PLACE = [
    ("en", "hi, I'm a producer from Chile, what events do you have coming up?", "Chile"),
    ("es", "hola, soy productora en Chile, ¿qué eventos tienen?", "Chile"),
    ("zh", "您好 我是智利的制片 你们接下来有什么活动", "智利"),
    ("zh", "我是智利圣地亚哥的导演 你们下一个活动是什么", "智利"),
    ("zh", "您好，我是智利聖地亞哥的導演 你們接下來有什麼活動", "智利"),
    ("ko", "저는 칠레에 있어요. 행사 뭐 있어요?", "칠레"),
]


@pytest.mark.parametrize(("lang", "said", "country"), OWN_PLACE)
def test_the_partners_own_country_is_no_venue_filter(services: Services, lang: str, said: str, country: str) -> None:
    reply = talk(services, lang, [(said, ["list:events*", "event:*"])], fits=glob)
    assert t("events_none_in_country", lang, country=country) not in reply.text


def test_a_city_asked_about_is_still_a_venue(services: Services) -> None:
    talk(services, "zh", [("我是想问首尔的活动有哪些", "event:korea_matchmaking_2027")])


CITY_THEN_TIME = [
    ("en", "any events for Latin America?", "I'm in Lima now, what time is that for me?"),
    ("es", "¿hay eventos de Latinoamérica?", "estoy en Lima, ¿a qué hora sería para mí?"),
    ("zh", "有没有拉美相关的活动？", "我在利马，那是我这边几点？"),
    ("ko", "중남미 관련 행사 있어요?", "저는 리마에 있어요. 제 시간으로 몇 시예요?"),
]


@pytest.mark.parametrize(("lang", "listed", "asked"), CITY_THEN_TIME)
def test_a_time_asked_from_the_partners_city_keeps_the_list(services: Services, lang: str, listed: str,
                                                            asked: str) -> None:
    reply = talk(services, lang, [(listed, "list:events*market=*"), (asked, "list:events*market=*")], fits=glob)
    assert t("events_none_in_city", lang, city="Lima") not in reply.text
    assert "Reel-K" not in reply.text  # (the Korean matchmaking is no Latin American event)


# -- K6: a country as a subject is no zone ----------------------------------------------------------
@pytest.mark.parametrize("said", ["subscribe me to Korea news", "avísame de las novedades de Corea",
                                  "帮我订阅韩国新闻", "订阅韩国相关的新闻", "한국 소식 구독할게요", "스페인어로 보내 주세요",
                                  "any events in Korea?"])
def test_a_country_named_as_a_subject_is_no_zone(said: str) -> None:
    assert zone_said(said) is None


@pytest.mark.parametrize(("said", "zone"), [("我们在韩国", "Asia/Seoul"), ("韩国时间几点？", "Asia/Seoul"),
                                            ("那韩国呢", "Asia/Seoul"), ("¿y en Colombia?", "America/Bogota"),
                                            ("soy de Colombia", "America/Bogota"), ("Korea time please", "Asia/Seoul"),
                                            ("y para México?", "America/Mexico_City"), ("저는 서울에 있어요", "Asia/Seoul")])
def test_where_they_are_or_a_clock_asked_still_is(said: str, zone: str) -> None:
    assert zone_said(said) == zone


@pytest.mark.parametrize(("lang", "subscribe", "asked"), [
    ("zh", "帮我订阅韩国相关的新闻", "你们下一场活动是什么"),
    ("en", "please subscribe me to news about Korea", "what's your next event?"),
])
def test_after_a_country_subscription_times_stay_in_beijing(services: Services, lang: str, subscribe: str,
                                                            asked: str) -> None:
    reply = talk(services, lang, [(subscribe, ["subscribe", "subscribe:korea_news"]), (asked, ["event:*", "list:events*"])], fits=glob)
    assert "首尔时间" not in reply.text and "in Seoul" not in reply.text


def test_a_switch_to_spanish_shows_no_madrid_times(services: Services) -> None:
    reply = talk(services, "ko", [("행사 뭐 있어요?", "list:events*"), ("스페인어로 보내 주세요", "list:events*")], fits=glob)
    assert reply.lang == "es" and "Madrid" not in reply.text


# -- K5: the contact card's person is that contact --------------------------------------------------
def _asked_of(reply: Reply) -> list[str]:
    return [cb.arg(0) for row in reply.buttons for b in row if b.data and (cb := decode(b.data)) and cb.action == "ask"]


@pytest.mark.parametrize(("lang", "said"), [("zh", "秘书处联系方式给我下"), ("ko", "사무국 연락처 알려 주세요"),
                                            ("en", "what's the secretariat's email?"),
                                            ("es", "¿cuál es el correo de la secretaría?")])
def test_the_secretariat_cards_person_is_the_secretariat(services: Services, lang: str, said: str) -> None:
    reply = talk(services, lang, [(said, ["contact:hisda_secretariat*", "gap:hisda_secretariat"])], fits=glob)
    assert _asked_of(reply) == ["hisda_secretariat"]
    handed = services.brain.reply_to_button(new_chat(), "v1|ask|hisda_secretariat", None)
    assert "secretariat@" in handed.text and handed.handoff == "hisda_secretariat"


def test_a_gap_naming_a_team_hands_off_to_it(services: Services) -> None:
    reply = talk(services, "en", [("what's the price of Grandma 2.0?", "gap:vertical_short_drama_center")])
    assert _asked_of(reply) == ["vertical_short_drama_center"]


# -- K12: a request while the form waits ------------------------------------------------------------
@pytest.mark.parametrize(("lang", "opening", "asked", "answer"), [
    ("zh", "好的，我要报名参加选角日，我们3个人", "订阅韩国新闻", "subscribe:korea_news"),
    ("en", "we'd like to sign up for the casting day, 3 of us", "subscribe me to the Korea news please", "subscribe:korea_news"),
    ("zh", "好的，我要报名参加选角日，我们3个人", "谢谢啦", "smalltalk:thanks"),
])
def test_a_request_while_the_form_asks_the_company_is_no_company(services: Services, lang: str, opening: str,
                                                                 asked: str, answer: str) -> None:
    session = ConsoleSession(services, chat_id=new_chat())
    services.store.touch(session.chat_id, language_code=lang)
    session.say(opening)
    assert session.form is not None and session.form["step"] == "company"
    reply = session.say(asked)
    assert reply.answer == answer
    assert session.form is not None and "company" not in session.form["fields"]
    assert t("inq_ask_company", lang) in reply.text


@pytest.mark.parametrize(("lang", "asked"), [("zh", "提醒我"), ("en", "remind me"), ("ko", "알림 설정해 주세요"),
                                             ("es", "¿me pones un recordatorio?")])
def test_a_bare_remind_me_asks_which_event_without_a_refusal(services: Services, lang: str, asked: str) -> None:
    reply = talk(services, lang, [(asked, "list:events*")], fits=glob)
    assert reply.text.startswith(t("event_which", lang)) and t("remind_events_only", lang) not in reply.text
