"""Kinds found by playing partners' conversations on 2026-12-02 (fourth session), in fresh wordings:

- a language asked for so that someone else reads the answer ("put that in Korean for my
  colleague", "pásamelo en inglés pa mi jefa", "我要转给巴西的合作方", "투자자분께 전달하려고요")
  re-sends the last answer in that language once: the partner's next message, in their own
  language, is answered in it; "from now on" in the same message makes it their language."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import new_chat, talk


def _say(services: Services, chat: int, text: str):
    return services.brain.reply_to_text(chat, text, services.store.profile(chat))


@pytest.mark.parametrize("lang,first,copy,other,after", [
    ("en", "how many episodes has Ghost in the Volume got?", "could you put that in Korean for my colleague in Busan?", "ko",
     "and what's it about?"),
    ("es", "¿cuántos capítulos tiene Ghost in the Volume?", "pásamelo en inglés pa mi jefa, que no lee español", "en",
     "¿y de qué trata?"),
    ("zh", "Ghost in the Volume一共几集？", "能发一份西班牙语的吗？我要转给巴西的合作方", "es", "那它讲的是什么？"),
    ("ko", "Ghost in the Volume 몇 부작이에요?", "영어로도 보내 주실 수 있나요? 미국 투자자분께 전달하려고요", "en", "줄거리는요?"),
])
def test_a_copy_for_someone_else_is_sent_once(services: Services, lang, first, copy, other, after) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    asked = _say(services, chat, first)
    again = _say(services, chat, copy)
    assert again.answer == asked.answer and again.lang == other
    assert t("language_once", other) in again.text and t("language_set", other) not in again.text
    assert services.store.profile(chat).language is None  # no choice saved
    follow = _say(services, chat, after)
    assert follow.answer == "work:work_ghost_in_the_volume#logline" and follow.lang == lang


@pytest.mark.parametrize("lang,text,other", [
    ("en", "from now on in Spanish please", "es"),
    ("es", "de ahora en adelante contesta en inglés por favor, es para mi equipo", "en"),
    ("zh", "以后都用英文回复吧，我同事要看", "en"),
    ("ko", "앞으로는 영어로 답해 주세요. 팀장님이 보셔야 해서요", "en"),
])
def test_a_switch_for_good_is_kept(services: Services, lang, text, other) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    _say(services, chat, {"en": "what's HISDA?", "es": "¿qué es HISDA?", "zh": "HISDA是什么？", "ko": "HISDA가 뭐예요?"}[lang])
    done = _say(services, chat, text)
    assert done.lang == other and t("language_set", other) in done.text
    assert services.store.profile(chat).language == other


# -- a run-on message: each question of it answered -------------------------------------------------
@pytest.mark.parametrize("lang,text,facts,said", [
    ("en", "when is the casting day and where is it, and do we need a visa to come?",
     ("international_sets_casting_day_2027#date", "#venue"), "embassy"),
    ("es", "¿cuándo es el festival de cine y dónde es? y necesitamos visa?", ("hengdian_film_festival#date", "#venue"), "embajada"),
    ("es", "cuándo arranca el festival? dónde queda? necesitamos visado?", ("hengdian_film_festival#date", "#venue"), "embajada"),
    ("en", "when's the film fest, where is it, and will we need visas?", ("hengdian_film_festival#date", "#venue"), "embassy"),
])
def test_each_question_of_a_run_on_message_is_answered(services: Services, lang, text, facts, said) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    reply = _say(services, chat, text)
    assert reply.answer == f"event:{facts[0]}", reply.answer
    # the date and the venue in one sentence (tests/test_fixp26a.py), or the venue's own
    venue = {"en": ("Venue of", "; venue: "), "es": (" se realiza en ", "), en ")}[lang]
    assert any(v in reply.text for v in venue) and said in reply.text, reply.text


@pytest.mark.parametrize("text", ["any romance? romance stuff?", "got rom-coms? romance stuff?"])
def test_two_nouns_after_a_question_are_no_question_of_their_own(services: Services, text) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    reply = _say(services, chat, text)
    assert reply.answer.startswith("list:works") and reply.text.count("\n\n") <= 3, reply.text


# -- two genres asked as alternatives: the works of either ------------------------------------------
@pytest.mark.parametrize("lang,text,genres", [
    ("en", "anything in thriller or mystery?", {"thriller", "mystery"}),
    ("es", "¿qué tienen de comedia o romance?", {"comedy", "romance"}),
    ("zh", "有科幻或者惊悚类的吗", {"sci_fi", "thriller"}),
    ("ko", "로맨스나 코미디 작품 보여 주세요", {"romance", "comedy"}),
])
def test_two_genres_as_alternatives_list_the_works_of_either(services: Services, lang, text, genres) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    reply = _say(services, chat, text)
    assert reply.answer.startswith("list:works?")
    assert {f.partition("=")[2] for f in reply.answer.partition("?")[2].split("&")} == genres
    works = services.brain.knowledge.current.works
    either = [w for w in works.values() if genres & set(w.genres)]
    assert reply.items == [f"work:{w.id}" for w in either]
    # "the second one" picks from that list
    second = _say(services, chat, {"en": "the second one, what's it about?", "es": "¿y la segunda de qué va?",
                                   "zh": "第二部讲什么", "ko": "두 번째 거 줄거리요"}[lang])
    assert second.answer == f"work:{either[1].id}#logline"


def test_a_union_page_turns_with_its_button(services: Services) -> None:
    from intents.callbacks import decode
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    first = _say(services, chat, "show me comedy or romance titles")
    nxt = next(b.data for row in first.buttons for b in row if b.data and decode(b.data).action == "cat"
               and decode(b.data).arg(1) == "2")
    page2 = services.brain.reply_to_button(chat, nxt, services.store.profile(chat))
    assert page2.answer == first.answer and "6." in page2.text


# -- a subject's word beside an unsure "what can you do?"; an action beside a goodbye ----------------
@pytest.mark.parametrize("lang,text", [
    ("ko", "이벤트 어떤 거 있어요?"), ("ko", "요즘 이벤트 뭐 해요?"),
])
def test_a_subject_word_with_an_unsure_help_asks_that_subject(services: Services, lang, text) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    assert _say(services, chat, text).answer.startswith("list:events")


@pytest.mark.parametrize("lang,listing,remind,which", [
    ("ko", "예정된 행사 알려 주세요", "네 그럼 리마인더 걸어 주세요", "어느 행사"),
    ("es", "¿qué eventos tienen próximamente?", "ok, recuérdamelo", "Cuál de los eventos"),
    ("en", "what events are coming up?", "alright then, remind me", "Which event"),
    ("zh", "最近有哪些活动？", "好的，那提醒我一下", "哪一场活动"),
])
def test_remind_me_after_the_events_asks_which_event(services: Services, lang, listing, remind, which) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    assert _say(services, chat, listing).answer.startswith("list:events")
    reply = _say(services, chat, remind)
    assert reply.answer.startswith("list:events") and which in reply.text.partition("\n")[0], reply.text
    assert t("remind_events_only", lang) not in reply.text  # no "not for other tasks" after our own events


def test_a_reminder_of_an_errand_is_still_events_only(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    reply = _say(services, chat, "remind me tomorrow at 10 to email my lawyer")
    assert t("remind_events_only", "en") in reply.text


# -- taking part in the event in focus: a place at it, which its team gives ------------------------
@pytest.mark.parametrize("lang,about,how", [
    ("en", "tell me about the LatAm pitch day", "and how do we register for it?"),
    ("es", "¿de qué va la jornada de pitch para productores latinos?", "vale, ¿y cómo nos apuntamos?"),
    ("zh", "拉美制片人线上推介日是干嘛的", "那我们怎么报名参加？"),
    ("ko", "중남미 피칭 데이는 어떤 행사예요?", "참가 신청은 어떻게 해요?"),
])
def test_taking_part_in_the_event_in_focus_is_its_sign_up(services: Services, lang, about, how) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    assert _say(services, chat, about).answer.startswith("event:latam_pitch_day_2027")
    reply = _say(services, chat, how)
    contact = services.brain.knowledge.current.contacts["dalynn_studio"]
    assert reply.answer.startswith("gap:") and contact.email in reply.text, reply.answer


# -- an address asked of "them", and a price level of one thing ------------------------------------
def test_their_mail_after_a_gap_is_the_teams_address(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="es")
    assert _say(services, chat, "queremos entrar a la alianza, ¿qué tenemos que hacer?").answer == "faq:join_alliance"
    assert _say(services, chat, "mándame el correo de ellos").answer == "contact:hisda_secretariat#email"


@pytest.mark.parametrize("text", ["民宿住一晚什么价位", "授权费一般什么价位"])
def test_the_price_level_of_one_thing_is_a_gap(services: Services, text) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="zh")
    assert _say(services, chat, text).answer.startswith("gap:")


# -- a kind of scene asked of the set in focus: yes or no for that set ----------------------------
@pytest.mark.parametrize("lang,about,asked,fits", [
    ("en", "tell me about the Qin Palace", "is it any good for night scenes?", False),
    ("es", "¿cómo es Dream Valley?", "¿y sirve para rodar de noche?", True),
    ("zh", "秦王宫是什么样的", "那边能拍夜戏吗", False),
    ("ko", "몽환곡은 어떤 곳이에요?", "거기 야간 촬영 돼요?", True),
])
def test_a_scene_asked_of_the_set_in_focus_is_yes_or_no(services: Services, lang, about, asked, fits) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    shown = _say(services, chat, about).answer.partition("#")[0]
    reply = _say(services, chat, asked)
    assert reply.answer == f"{shown}#scene_types"  # (the scenes the set is listed for answer it)
    assert (t("scene_fit_yes", lang, set="", scene="")[:2] in reply.text) == fits, reply.text


def test_the_first_one_after_a_single_set_is_that_set(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    shown = _say(services, chat, "we're doing a Song dynasty story, which sets?")
    assert shown.answer == "list:locations?era=song" and len(shown.items) == 1  # a list of one (fix30b)
    assert _say(services, chat, "the first one, what's the address?").answer == f"{shown.items[0]}#address"


# -- guards found by the sets after the merges, in fresh wordings ----------------------------------
@pytest.mark.parametrize("lang,text,expect", [
    ("en", "nobody here speaks Chinese, can we still work with you in English?", "faq:languages"),
    ("es", "¿qué títulos tienen en inglés?", "list:works?language=en"),
    ("zh", "我们想把剧卖到阿根廷，你们有懂西语市场的合作伙伴吗？", ["faq:spanish_distribution", "partner:dalynn_studio"]),
])
def test_working_in_a_language_and_partners_for_a_market(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)])


# -- facts of one record asked part by part: one answer, keyed by the first fact asked ---------------
@pytest.mark.parametrize("lang,text,key", [
    ("en", "when's the casting day? where? who runs it?", "event:international_sets_casting_day_2027#date"),
    ("es", "¿dónde queda el palacio Qin? ¿y de qué época es?", "location:qin_palace#address"),
    ("en", "address of the Ming-Qing Palace please? we need it for our permit forms", "location:ming_qing_palace#address"),
])
def test_facts_of_one_record_in_parts_are_one_answer(services: Services, lang, text, key) -> None:
    talk(services, lang, [(text, key)])


@pytest.mark.parametrize("lang,text", [
    ("zh", "你好，我们是吉隆坡的一家发行公司，有没有能线上参加的活动？"),
    ("en", "hello from Kenya! any events we can attend online?"),
])
def test_the_partners_own_country_leaves_the_online_filter(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "list:events?venue=online")])


def test_a_city_named_for_its_clock_is_said_even_at_the_same_offset(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    services.store.set_timezone(chat, "Asia/Singapore")
    _say(services, chat, "which events are coming up?")
    reply = _say(services, chat, "the first one - what time is that in Singapore?")
    assert reply.answer.endswith("#date") and "Singapore" in reply.text, reply.text


@pytest.mark.parametrize("lang,text,ours", [
    ("zh", "后天北京到西安的动车还有票吗", False),
    ("ko", "내일 대구 가는 KTX 표 남았어요?", False),
    ("zh", "从上海去横店的高铁还有票吗", True),
])
def test_tickets_for_another_trip_are_not_the_way_there(services: Services, lang, text, ours) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    reply = _say(services, chat, text)
    assert (reply.answer == "out_of_scope") != ours, reply.answer


@pytest.mark.parametrize("text", ["杭州东站到横店有大巴吗，几点发车", "义乌机场去横店的班车怎么坐"])
def test_a_coach_to_hengdian_is_the_way_there(services: Services, text) -> None:
    talk(services, "zh", [(text, "faq:how_to_reach_hengdian")])
