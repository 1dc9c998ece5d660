"""Kinds of partner wording the second trial found mishandled, each tried in several languages
with wordings written for these tests (not the trial's own sentences).

- the inquiry form answers a question of the partner's own and keeps waiting, instead of taking
  it as the company name or the country;
- requests for actions in words (a reminder, the calendar file in Taiwan/Hong Kong words, the
  map of the set in focus, a sign-up in voseo, a person in Cantonese, a language named alone);
- follow-ups that keep the list or record in focus (which item?, the next edition by year, whom
  to contact about it, contact details without a handoff);
- yes/no questions get the short answer first, not the whole card;
- a zone named in words shows the event time there too and offers to set it;
- a language named as the one spoken on set is a question about languages, not a switch;
- multi-part messages without a fallback glued on or the same answer twice.

A real Brain and console session (the shipped knowledge, the real classifier, a temporary
store), the clock pinned to 2026-11-30.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.console import ConsoleSession
from bot.context import Services
from intents import inquiry
from intents.handoff_words import asks_for_person
from intents.inquiry_words import wants_inquiry
from intents.lexicon import action_asked, asks_question, language_request, yes_no
from intents.reply import Reply
from jobs.subscriptions import subscriptions_of
from tests.dialogue import fits, labels, new_chat
from tests.dialogue import talk_patterns as talk

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def chat(services: Services, lang: str) -> int:
    number = new_chat()
    services.store.touch(number, language_code=lang)
    return number


def say(services: Services, chat_id: int, text: str) -> Reply:
    return services.brain.reply_to_text(chat_id, text, services.store.profile(chat_id))


# ------------------------------------------------------------- the form keeps waiting, answers asides

@pytest.mark.parametrize("lang,start,question,expect,company", [
    ("en", "sign us up for the casting day, 2 people", "what is the A.R.C system exactly?",
     ["faq:ai_tools", "program:arc_system"], "Luna Norte Films"),
    ("es", "anótanos para la jornada de pitch, vamos 2", "¿y usan inteligencia artificial en los rodajes?",
     ["faq:ai_tools", "program:arc_system"], "Productora Cóndor"),
    ("zh", "帮我们报名路演日，我们2个人", "你们的AI系统叫什么？", ["faq:ai_tools", "program:arc_system"],
     "星河影业"),
    ("ko", "피칭 데이 신청해 주세요 2명", "혹시 다른 촬영 기지랑 비교하면 어때요?", "gap:*", "한빛 필름"),
])
def test_a_question_while_the_form_waits_is_answered_and_the_form_keeps_waiting(
        services: Services, lang: str, start: str, question: str, expect, company: str) -> None:
    session = ConsoleSession(services, chat(services, lang))
    opened = session.say(start)
    assert session.form is not None and session.form["step"] == "company", opened.text
    reply = session.say(question)
    assert fits(expect, reply.answer), reply.answer
    assert session.form is not None and session.form["step"] == "company"
    assert "/cancel" in reply.text  # the form's note: still open, how to leave
    session.say(company)
    assert session.form["fields"]["company"] == company
    assert session.form["step"] == "country"
    # A goodbye or a question is no country either; a country is.
    reply = session.say({"en": "who made it?", "es": "¿quién lo desarrolló?", "zh": "是谁开发的？",
                         "ko": "누가 개발했어요?"}[lang])
    assert session.form["step"] == "country" and "/cancel" in reply.text
    session.say({"en": "Mexico", "es": "México", "zh": "墨西哥", "ko": "멕시코"}[lang])
    assert session.form["fields"]["country"] == "MX"


def test_a_goodbye_while_the_form_waits_is_small_talk(services: Services) -> None:
    session = ConsoleSession(services, chat(services, "ko"))
    session.say("피칭 데이 신청해 주세요 2명")
    session.say("한빛 필름")
    reply = session.say("알겠습니다. 좋은 하루 보내세요")
    assert reply.answer == "smalltalk:goodbye"
    assert session.form is not None and session.form["step"] == "country"


@pytest.mark.parametrize("step,text,invalid,aside", [
    ("country", "Mexico?", False, False),  # a valid answer with a question mark is the answer
    ("dates", "del 3 al 10 de mayo?", False, False),
    ("dates", "¿cuándo abre el set virtual?", True, True),
    ("company", "Estudios Sol", False, False),
    ("company", "哪些场景可以拍民国戏", False, True),
    ("about", ("Somos una productora de Lima con 12 años haciendo thrillers para streaming, "
               "¿podemos sumarnos a la alianza con proyectos propios?"), False, False),
    ("about", "what should I write here?", True, True),
])
def test_what_the_form_sets_aside(services: Services, step: str, text: str, invalid: bool, aside: bool) -> None:
    turn = services.brain.turn(1, None, text)
    assert inquiry.aside(turn, step, text, invalid) is aside


# ------------------------------------------------------------------------------ actions in words

@pytest.mark.parametrize("text,action", [
    ("¿me lo recuerdas un día antes?", "remind"), ("y nos avisás cuando sea?", "remind"),
    ("ping me the day before", "remind"), ("到时候提醒我一下", "remind"), ("잊지 않게 미리 알려 주세요", "remind"),
    ("그 행사 리마인더 하나 걸어 주실래요?", "remind"),
    ("帮我加到行事历", "ics"), ("寄个行事历档给我", "ics"), ("agendámelo porfa", "ics"),
    ("일정에 추가해 주세요", "ics"),
    ("지도로 보여 줄래요?", "map"), ("can you pin it on a map", "map"), ("发个地图给我", "map"),
    ("¿me pasas el mapa?", "map"),
    ("지도해 주실 선생님이 계신가요?", None), ("what's the roadmap for the alliance?", None),
])
def test_action_words(text: str, action: str | None) -> None:
    assert action_asked(text) == action


@pytest.mark.parametrize("text", ["could you cancel that reminder?", "don't need the reminders anymore, thx",
                                  "quítame los recordatorios porfa", "ya no me avises de eso",
                                  "提醒就不用了，取消吧", "帮我把提醒删掉", "리마인더 필요 없어요", "알림 해제해 주세요"])
def test_a_reminder_called_off_in_words_is_no_new_reminder(text: str) -> None:
    assert action_asked(text) == "unremind"


@pytest.mark.parametrize("lang,ask,remind,cancel,done", [
    ("en", "when's the casting day?", "ping me before it", "actually cancel the reminder", "cancelled"),
    ("es", "¿cuándo es la jornada de pitch?", "avísame un día antes", "mejor cancela el recordatorio", "cancelado"),
    ("zh", "选角日是哪天？", "到时候提醒我", "算了，取消提醒吧", "已取消"),
    ("ko", "피칭 데이 언제예요?", "리마인더 걸어 주세요", "리마인더 취소할게요", "취소"),
])
def test_a_reminder_set_in_words_is_cancelled_in_words(services: Services, lang: str, ask: str, remind: str,
                                                       cancel: str, done: str) -> None:
    chat_id = chat(services, lang)
    say(services, chat_id, ask)
    assert say(services, chat_id, remind).answer.startswith("event:")
    assert subscriptions_of(services.store).reminders_of(chat_id)
    reply = say(services, chat_id, cancel)
    assert reply.answer == "unremind" and done in reply.text
    assert subscriptions_of(services.store).reminders_of(chat_id) == []
    again = say(services, chat_id, cancel)  # nothing left to cancel: said, not a new reminder
    assert again.answer == "unremind" and not subscriptions_of(services.store).reminders_of(chat_id)


def test_a_reminder_asked_in_spanish_is_set(services: Services) -> None:
    reply = talk(services, "es", [("¿cuándo es la jornada de puertas abiertas del set virtual?", "event:*#date"),
                                  ("¿me lo recuerdas?", "event:virtual_stage_open_day_2027")])
    assert reply.outcome == "action" and any("recordatorio" in label.lower() for label in labels(reply))


@pytest.mark.parametrize("lang,first,ask", [
    ("zh-TW", "拉丁電影之夜幾點開始？", "可以幫我存到行事曆嗎"),
    ("zh-HK", "拉丁電影之夜幾時搞？", "寄個行事曆檔俾我"),
])
def test_the_calendar_file_in_taiwan_and_hong_kong_words(services: Services, lang: str, first: str,
                                                         ask: str) -> None:
    reply = talk(services, lang, [(first, "event:*"), (ask, "event:latin_film_night_2027")])
    assert reply.document is not None and reply.document.filename.endswith(".ics")


def test_the_calendar_file_of_an_event_named_after_the_request(services: Services) -> None:
    reply = talk(services, "zh-TW", [("請寄行事曆檔給我？虛擬製片開放日", "event:virtual_stage_open_day_2027")])
    assert reply.document is not None


@pytest.mark.parametrize("lang,first,ask", [
    ("ko", "명청궁원 세트 소개해 주세요", "지도로 보여 주세요"),
    ("en", "tell me about the Ming-Qing palace set", "show me on a map"),
    ("es", "háblame del palacio Ming-Qing", "¿me pasas el mapa?"),
])
def test_the_map_of_the_set_in_focus(services: Services, lang: str, first: str, ask: str) -> None:
    reply = talk(services, lang, [(first, "location:ming_qing_palace"), (ask, "location:ming_qing_palace")])
    assert reply.venue is not None


@pytest.mark.parametrize("text,kind", [
    ("me anotás para el pitch day? somos 3", "event_signup"),
    ("inscribinos en la noche de cine latino, vamos 4", "event_signup"),
    ("anótame en la sesión informativa", "event_signup"),
    ("¿nos pueden inscribir en el casting? somos dos", "event_signup"),
    ("幫我們報名選角日，3個人", "event_signup"),
    ("add us to the guest list for the open day", "event_signup"),
    ("¿cómo funciona la coproducción? ¿nos pueden ayudar con eso?", None),
    ("¿qué es la jornada de pitch?", None),
])
def test_sign_up_words(text: str, kind: str | None) -> None:
    assert wants_inquiry(text) == kind


@pytest.mark.parametrize("text,person", [
    ("可唔可以搵個真人同我傾吓", True), ("想同你哋同事講幾句", True), ("有冇真人可以答我", True),
    ("我哋想揾人拍戏", False), ("我要搵真人秀的場地", False),
    ("이 회사 담당자 연락처 좀 알려 주세요", False), ("담당자와 통화하고 싶어요", True),
])
def test_person_words_in_cantonese_and_contact_details(text: str, person: bool) -> None:
    assert asks_for_person(text) is person


@pytest.mark.parametrize("text,lang", [
    ("中文可以吗？", "zh"), ("English ok?", "en"), ("¿hablas español?", "es"), ("한국어 되나요?", "ko"),
    ("用中文吧", "zh"), ("Korean please", "ko"),
    ("拍摄现场可以用英语交流吗？", None), ("현장 스태프와 영어로 소통할 수 있나요?", None),
    ("can we communicate in Spanish on set?", None), ("한국어로 된 작품 있어요?", None),
])
def test_a_language_named_alone_asks_for_it_and_one_spoken_on_set_does_not(text: str, lang: str | None) -> None:
    assert language_request(text)[0] == lang


def test_a_bare_language_question_switches_and_sends_the_answer_again(services: Services) -> None:
    chat_id = chat(services, "ko")
    first = say(services, chat_id, "인센티브도 있나요?")
    again = say(services, chat_id, "中文可以吗？")
    assert again.lang == "zh" and first.answer == again.answer == "faq:incentives"


@pytest.mark.parametrize("lang,text", [("zh", "拍摄现场可以用英语交流吗？"),
                                       ("ko", "현장 스태프와 영어로 소통할 수 있나요?")])
def test_a_language_spoken_on_set_is_the_languages_faq(services: Services, lang: str, text: str) -> None:
    chat_id = chat(services, lang)
    reply = say(services, chat_id, text)
    assert reply.lang == lang and reply.answer != "pref:language"
    assert services.store.profile(chat_id).language in (None, lang)


# ------------------------------------------------------------------ follow-ups keep what is in focus

@pytest.mark.parametrize("lang,listing,ask", [
    ("en", "which sets suit a palace drama?", "and that one, what's the address?"),
    ("es", "tienen series de misterio?", "¿cuántos episodios tiene?"),
    ("zh", "有哪些喜剧？", "讲的是什么？"),
    ("ko", "코미디 작품 있어요?", "몇 부작이에요?"),
])
def test_a_fact_asked_right_after_a_list_asks_which_item(services: Services, lang: str, listing: str,
                                                         ask: str) -> None:
    chat_id = chat(services, lang)
    shown = say(services, chat_id, listing)
    assert shown.answer.startswith("list:") and len(shown.items) > 1
    reply = say(services, chat_id, ask)
    assert reply.answer == "clarify" and len(labels(reply)) > 1
    picked = say(services, chat_id, {"en": "the second", "es": "el segundo", "zh": "第二个", "ko": "두 번째"}[lang])
    assert picked.answer.partition("#")[0] == shown.items[1]  # the list stayed to pick from


@pytest.mark.parametrize("lang,turns", [
    ("es", [("qué es la noche de cine latino?", ["event:latin_film_night", "event:latin_film_night_2027"]),
            ("¿y el año que viene habrá otra?", "event:latin_film_night_2027#date")]),
    ("en", [("what is latin film night?", ["event:latin_film_night", "event:latin_film_night_2027"]),
            ("will there be another one next year?", ["event:latin_film_night_2027#date",
                                                        "event:latin_film_night_2027"])]),
])
def test_another_edition_of_the_event_in_focus_before_a_faq(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("lang,turns", [
    ("en", [("what's Ghost in the Volume about?", "work:work_ghost_in_the_volume#logline"),
            ("who should we contact about licensing it?", "contact:*#role")]),
    ("es", [("qué es Dalynn Studio?", "partner:dalynn_studio"),
            ("¿con quién hablo para trabajar con ellos?", "contact:dalynn_studio#role")]),
    ("zh", [("Dalynn Studio是做什么的？", "partner:dalynn_studio"), ("想合作的话该找谁？", "contact:dalynn_studio#role")]),
    ("ko", [("Dalynn Studio는 어떤 회사예요?", "partner:dalynn_studio"),
            ("이 회사 담당자 연락처 좀 알려 주세요", "contact:dalynn_studio*")]),
])
def test_whom_to_contact_about_the_record_in_focus(services: Services, lang: str, turns) -> None:
    reply = talk(services, lang, turns)
    assert reply.handoff is None


# ------------------------------------------------------------------- yes/no: the short answer first

@pytest.mark.parametrize("lang,turns", [
    ("ko", [("보조금 같은 것도 있어요?", "faq:incentives")]),
    ("zh-TW", [("有沒有補貼？", "faq:incentives")]),
    ("es", [("qué sets tienen para una película de época?", "list:locations*"),
            ("¿y los incentivos?", "faq:incentives")]),
    ("en", [("is the virtual production stage an LED volume?", "faq:virtual_production")]),
    ("en", [("incentives", "list:incentives")]),  # the bare word: the subject's list
])
def test_yes_no_questions_get_the_short_answer(services: Services, lang: str, turns) -> None:
    reply = talk(services, lang, turns)
    if reply.answer.startswith("faq:"):
        assert len(reply.text) < 600 and reply.buttons


def test_yes_no_words() -> None:
    assert yes_no("인센티브도 있나요?") and yes_no("有补贴吗？") and yes_no("¿hay incentivos?")
    assert yes_no("what about the LED stage, is it big?")
    assert not yes_no("¿cuándo es?") and not yes_no("哪些场景可以拍？") and not yes_no("어디예요?")
    assert asks_question("who made it") and not asks_question("Estudios Sol")


# ------------------------------------------------------------------------ a zone named in words

@pytest.mark.parametrize("lang,ask,city", [
    ("es", "¿y en hora de Lima?", "Lima"),
    ("es", "¿qué horario sería para Chile?", "Santiago"),
    ("en", "and what time is that in Lagos?", "Lagos"),
])
def test_a_zone_named_in_words_shows_the_time_there_and_offers_it(services: Services, lang: str, ask: str,
                                                                    city: str) -> None:
    reply = talk(services, lang, [({"es": "¿cuándo es la jornada de pitch para productores latinoamericanos?",
                                    "en": "when is the latam pitch day?"}[lang], "event:latam_pitch_day_2027*"),
                                  (ask, "event:latam_pitch_day_2027#date")])
    assert city in reply.text
    assert any(b.data and b.data.startswith("v1|tz|") for row in reply.buttons for b in row)


def test_the_partner_city_in_the_question_itself(services: Services) -> None:
    reply = talk(services, "zh", [("和Reel-K的对接会几点开始，我们这边在上海", "event:korea_matchmaking_2027#date")])
    assert "13:00" in reply.text  # 14:00 in Seoul is 13:00 in Shanghai


# ---------------------------------------------------------------------- multi-part messages

def test_a_part_outside_the_bot_is_not_glued_to_an_answer(services: Services) -> None:
    chat_id = chat(services, "en")
    say(services, chat_id, "what's Canton Nocturne?")
    reply = say(services, chat_id, "how many episodes and how long each one")
    assert reply.answer == "work:work_canton_nocturne#episodes"
    assert "outside" not in reply.text


def test_the_same_list_is_not_sent_twice(services: Services) -> None:
    reply = say(services, chat(services, "zh-TW"), "今年還有哪些活動？")
    assert reply.text.count("近期活") <= 1 and reply.text.count("近期活動") <= 1


def test_the_same_card_is_not_sent_twice(services: Services) -> None:
    reply = say(services, chat(services, "zh"), "片单有多少部？都有什么类型？")
    first_line = reply.text.splitlines()[0]
    assert reply.text.count(first_line) == 1


@pytest.mark.parametrize("lang,start,question,expect", [
    ("zh", "我们想报名开放日，3个人", "在哪里举办？", "event:virtual_stage_open_day_2027#venue"),
    ("es", "inscríbenos en la jornada de puertas abiertas, somos 2", "¿es presencial?",
     "event:virtual_stage_open_day_2027#venue"),
    ("en", "sign us up for the open day, 3 people", "wait, when is it again?",
     "event:virtual_stage_open_day_2027#date"),
])
def test_a_question_in_the_form_is_about_the_event_signed_up_for(services: Services, lang: str, start: str,
                                                                 question: str, expect: str) -> None:
    session = ConsoleSession(services, chat(services, lang))
    session.say(start)
    assert session.form is not None and session.form["fields"].get("event") == "virtual_stage_open_day_2027"
    reply = session.say(question)
    assert fits(expect, reply.answer), reply.answer
    assert session.form["step"] == "company"


# ------------------------------------------------ "connect me" after a contact goes to that contact

@pytest.mark.parametrize("lang,first,connect,contact_id", [
    ("en", "who looks after the spanish-language side?", "cool, can you connect us?", "dalynn_studio"),
    ("en", "email of the short drama center?", "put me in touch please", "vertical_short_drama_center"),
    ("es", "¿cuál es el correo de Dalynn?", "dale, ¿me pones en contacto con ellos?", "dalynn_studio"),
    ("zh", "短剧运营中心的邮箱是多少", "好的，麻烦帮我对接下", "vertical_short_drama_center"),
    ("ko", "달린 스튜디오 이메일 알려 주세요", "네, 그쪽으로 연결 좀 해 주세요", "dalynn_studio"),
])
def test_connect_me_after_a_contact_hands_over_to_that_contact(services: Services, lang: str, first: str,
                                                                connect: str, contact_id: str) -> None:
    chat_id = chat(services, lang)
    named = say(services, chat_id, first)
    assert (named.answer or "").startswith(f"contact:{contact_id}"), named.answer
    reply = say(services, chat_id, connect)
    assert reply.answer.partition(":")[0] == "handoff" and reply.handoff == contact_id, (reply.answer, reply.handoff)
    email = services.knowledge.current.contacts[contact_id].email
    assert email and email in reply.text  # the card of the contact asked for, not another team's


# ---------------------------------------------------- affordability is the costs FAQ, a price a gap

@pytest.mark.parametrize("lang,say_", [
    ("en", "would hengdian be too pricey for a micro-budget team like ours?"),
    ("es", "¿es muy caro filmar allá para una productora chiquita?"),
    ("zh", "我们小团队去横店拍会不会很贵？"),
    ("ko", "저예산 팀이 찍기엔 비싼 편인가요?"),
])
def test_is_it_affordable_is_the_costs_faq(services: Services, lang: str, say_: str) -> None:
    talk(services, lang, [(say_, "faq:costs")])


@pytest.mark.parametrize("lang,say_", [
    ("en", "what's the day rate for the qin palace set?"),
    ("zh", "秦王宫一天租金多少？"),
    ("ko", "진왕궁 하루 대관료 얼마예요?"),
])
def test_a_precise_price_stays_an_honest_gap(services: Services, lang: str, say_: str) -> None:
    talk(services, lang, [(say_, "gap:*")])


# ------------------------------------------------- translating a phrase is no change of language

@pytest.mark.parametrize("lang,first,ask", [
    ("ko", "캐스팅 데이 언제예요?", "'수고하셨습니다'를 영어로 번역해 줄래요?"),
    ("en", "when's the open day?", "translate 'that's a wrap' into Spanish for me"),
    ("zh", "开放日是哪天？", "把“杀青快乐”翻译成英文"),
])
def test_translating_a_phrase_is_not_a_language_switch(services: Services, lang: str, first: str, ask: str) -> None:
    chat_id = chat(services, lang)
    say(services, chat_id, first)
    reply = say(services, chat_id, ask)
    assert reply.answer in ("out_of_scope", "fallback"), reply.answer
    assert reply.lang == lang and services.store.profile(chat_id).language in (None, lang)


def test_send_it_in_english_still_switches_and_resends(services: Services) -> None:
    chat_id = chat(services, "ko")
    say(services, chat_id, "캐스팅 데이 언제예요?")
    reply = say(services, chat_id, "이거 영어로 번역해서 보내 주세요")
    assert reply.lang == "en" and reply.answer == "event:international_sets_casting_day_2027#date"


# ---------------------------------------------------------- news on a topic, asked for in words

@pytest.mark.parametrize("lang,say_,topic", [
    ("en", "let me know whenever there's incentive news", "incentives"),
    ("en", "ping me with any korea market updates", "korea_news"),
    ("es", "quiero recibir novedades del catálogo", "catalog_releases"),
    ("es", "avísanos cuando haya novedades de Corea", "korea_news"),
    ("zh", "韩国市场有新动态麻烦通知我", "korea_news"),
    ("zh", "激励政策有更新的话通知我一下", "incentives"),
    ("ko", "인센티브 소식 알림 켜 주세요", "incentives"),
])
def test_news_asked_for_in_words_subscribes_to_the_topic(services: Services, lang: str, say_: str,
                                                          topic: str) -> None:
    chat_id = chat(services, lang)
    reply = say(services, chat_id, say_)
    assert reply.answer == f"subscribe:{topic}", reply.answer  # the topic subscribed is the key's
    assert topic in subscriptions_of(services.store).topics_of(chat_id)


@pytest.mark.parametrize("lang,place,who,connect", [
    ("en", "where's the casting day held?", "and who's the contact for it?", "ok can you put me in touch"),
    ("zh", "选角日在哪儿办？", "联系人是谁？", "那帮我对接一下"),
    ("ko", "캐스팅 데이 어디서 해요?", "담당자 연락처 알려 주세요", "네 연결해 주세요"),
])
def test_the_contact_of_an_event_and_then_connect(services: Services, lang: str, place: str, who: str,
                                                  connect: str) -> None:
    chat_id = chat(services, lang)
    assert say(services, chat_id, place).answer == "event:international_sets_casting_day_2027#venue"
    assert (say(services, chat_id, who).answer or "").startswith("contact:international_business")
    reply = say(services, chat_id, connect)
    assert reply.answer.partition(":")[0] == "handoff" and "international.business@" in reply.text


@pytest.mark.parametrize("lang,first,switch,expect", [
    ("zh", "人才计划说明会几点开始", "能不能用英文再發一次？我們導演是外國人",
     "event:global_talent_info_session_2026#date"),
    ("ko", "인재 프로그램 설명회 몇 시에 시작해요?", "영어로 다시 보내 주실 수 있나요? 저희 감독님이 외국 분이라서요",
     "event:global_talent_info_session_2026#date"),
    ("en", "what time does the talent info session start?", "resend that in Korean pls. our producer is from Busan",
     "event:global_talent_info_session_2026#date"),
])
def test_a_reason_given_with_a_language_switch_is_no_question(services: Services, lang: str, first: str,
                                                               switch: str, expect: str) -> None:
    chat_id = chat(services, lang)
    say(services, chat_id, first)
    reply = say(services, chat_id, switch)
    assert fits(expect, reply.answer), reply.answer


def test_a_work_in_castilian_asks_its_languages(services: Services) -> None:
    talk(services, "es", [("¿hay series de ciencia ficción?", "list:works?genre=sci_fi"),
                          ("la primera", "work:work_eclipse_over_qin"),
                          ("¿la tienen en castellano?", "work:work_eclipse_over_qin#languages")])


@pytest.mark.parametrize("lang,ask,who,connect", [
    ("en", "any incentives for vertical shorts?", "who handles those?", "ok pls connect me"),
    ("es", "¿tienen incentivos para microdramas verticales?", "¿quién lleva eso?", "¿me pones en contacto?"),
])
def test_who_handles_it_after_a_faq_is_the_contact_it_names(services: Services, lang: str, ask: str, who: str,
                                                            connect: str) -> None:
    chat_id = chat(services, lang)
    assert say(services, chat_id, ask).answer == "faq:incentives"
    assert (say(services, chat_id, who).answer or "").startswith("contact:vertical_short_drama_center")
    reply = say(services, chat_id, connect)
    assert reply.answer.partition(":")[0] == "handoff" and "shortdrama.center@" in reply.text
