"""Kinds of dialogue turns from a partner trial and set 9, tested in fresh conversations in the
four languages: the answer just given re-sent in another language; the whole an event is part of
("the festival itself"); "the other one"; a reminder of the partner's own errand and "never mind,
cancel it"; an event named by its partner; a casting question after a ceremony."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import fits, talk


@pytest.mark.parametrize("lang,turns", [
    # who will read it is the reason for the language, not a question about co-producers
    ("en", [("which comedies are in your catalog?", "list:works?genre=comedy"),
            ("what's the second one about?", "work:*#logline"), ("who co-produces it?", "work:*#coproduction"),
            ("ok what's the first one about", "work:*#logline"),
            ("in Korean please, our partners are based in Seoul", "work:*#logline")]),
    ("zh", [("开放日是哪天", "event:virtual_stage_open_day_2027#date"),
            ("选角日呢", "event:international_sets_casting_day_2027#date"),
            ("用英文发一下，我们合拍方是釜山的", "event:international_sets_casting_day_2027#date")]),
    ("ko", [("라틴 영화의 밤 언제예요?", "event:latin_film_night*#date"), ("장소는요?", "event:latin_film_night*#venue"),
            ("스페인어로 보내 주세요, 공동제작사가 멕시코라서", "event:latin_film_night*#venue")]),
])
def test_the_answer_just_given_is_sent_again(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("lang,turns", [
    ("en", [("when is Latin Film Night?", "event:latin_film_night*#date"),
            ("and where is the festival itself held?", "event:hengdian_film_festival#venue")]),
    ("es", [("¿de qué va la Noche de Cine Latino?", "event:latin_film_night*"),
            ("¿y el festival en sí cuándo es?", "event:hengdian_film_festival#date")]),
    ("zh", [("拉丁电影之夜在哪里办", "event:latin_film_night*#venue"),
            ("那电影节本身什么时候", "event:hengdian_film_festival#date")]),
    ("ko", [("2027 라틴 나이트 장소 어디예요?", "event:latin_film_night_2027#venue"),
            ("그럼 영화제는 며칠 동안 해요?", ["event:hengdian_film_festival#date", "event:hengdian_film_festival#duration"])]),
    ("en", [("who organises Latin Film Night 2027?", "event:latin_film_night_2027#organisers"),
            ("and the festival itself, is it every year?", ["event:hengdian_film_festival#date", "event:hengdian_film_festival#recurrence"])]),
    # a word of the event's own name keeps it in focus
    ("en", [("when is Latin Film Night?", "event:latin_film_night*#date"), ("where is it?", "event:latin_film_night*#venue")]),
])
def test_the_whole_an_event_is_part_of(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("lang,turns", [
    ("en", [("when are the open day and the casting day?", "event:*"),
            ("and the other one?", "event:international_sets_casting_day_2027#date")]),
    ("es", [("¿qué pasa con la noche de cine latino 2027 y el pitch day?", "event:*"),
            ("¿y el otro?", "event:latin_film_night_2027#date")]),
    ("zh", [("2027拉丁电影之夜在哪", "event:latin_film_night_2027#venue"), ("那另外一个呢", "event:latin_film_night#venue")]),
    ("ko", [("라틴 영화의 밤 2025년 거는 했어요?", "event:latin_film_night#status"),
            ("다른 하나는요?", "event:latin_film_night_2027#status")]),
    # the other one asked a fact of its own
    ("en", [("what are Dream Valley and the Qin palace?", "location:*"),
            ("the other one, when was it built?", "location:qin_palace#built")]),
    ("es", [("¿de qué tratan Grandma 2.0 y Siesta Not Included?", "work:work_grandma_2_0*"),
            ("y el otro, ¿cuántos capítulos tiene?", "work:work_siesta_not_included#episodes")]),
    ("ko", [("라틴 영화의 밤 2025년 거는 했어요?", "event:latin_film_night#status"),
            ("나머지 하나는 언제예요?", "event:latin_film_night_2027#date")]),
    # nothing to be the other of: which one? never a subject's list
    ("en", [("how much does it cost to rent the Qin palace per day?", "gap:*"), ("and the other one?", "clarify")]),
    ("zh", [("横店有什么优惠政策", "*"), ("另一个呢", "clarify")]),
])
def test_the_other_one(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("lang,turns", [
    ("en", [("remind me tomorrow at 10am to email you", "list:events?when=upcoming"),
            ("never mind, cancel it", "smalltalk:call_off")]),
    ("es", [("recuérdame mañana llamarles", "list:events?when=upcoming"), ("olvídalo, cancélalo", "smalltalk:call_off")]),
    ("zh", [("明天下午提醒我给你们发邮件", "list:events?when=upcoming"), ("算了，取消吧", "smalltalk:call_off")]),
    ("ko", [("내일 오후 3시에 메일 보내라고 알려 주세요", "list:events?when=upcoming"),
            ("됐어요, 취소해 주세요", "smalltalk:call_off")]),
    # right after a reminder was set, "cancel it" is its Cancel button; then nothing is left
    ("en", [("when is the casting day?", "event:international_sets_casting_day_2027#date"),
            ("remind me of it", "event:international_sets_casting_day_2027"),
            ("actually never mind, cancel it", "unremind"), ("ok cancel", "smalltalk:call_off")]),
    ("ko", [("오픈 데이 언제예요?", "event:virtual_stage_open_day_2027#date"),
            ("하루 전에 알려 주세요", "event:virtual_stage_open_day_2027"), ("아 취소해 주세요", "unremind")]),
    ("es", [("recuérdame el día del casting", "event:international_sets_casting_day_2027")]),
])
def test_reminders_are_for_events_and_cancel_undoes(services: Services, lang: str, turns) -> None:
    reply = talk(services, lang, turns, fits=fits)
    if turns[-1][1] == "smalltalk:call_off":
        assert not reply.buttons and len(reply.text) < 120


def test_a_personal_reminder_says_events_only(services: Services) -> None:
    reply = talk(services, "es", [("recuérdame mañana llamarles", "list:events?when=upcoming")])
    assert reply.text.startswith("Solo puedo programar recordatorios de nuestros eventos")


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("연맹 가입은 어떻게 해요?", "faq:join_alliance"),
            ("리얼케이랑 하는 매칭 행사는 언제예요?", "event:korea_matchmaking_2027#date")]),
    ("en", [("how do we join the alliance?", "faq:join_alliance"),
            ("the event you do with Dalynn, when is the next one?", "event:latam_pitch_day_2027#date")]),
    ("zh", [("怎么加入联盟", "faq:join_alliance"), ("跟Reel-K一起办的那个活动在哪", "event:korea_matchmaking_2027#venue")]),
    ("es", [("¿cómo nos unimos a la alianza?", "faq:join_alliance"),
            ("¿y el evento con Purple Wave cuándo es?", "event:virtual_stage_open_day_2027#date")]),
])
def test_an_event_named_by_its_partner(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


CASTING = ["event:international_sets_casting_day_2027*", "faq:foreign_actors"]


@pytest.mark.parametrize("lang,turns", [
    ("en", [("tell me about the signing ceremony", "event:signing_ceremony_2025*"),
            ("we have foreign actors, can they get cast in Hengdian productions?", CASTING)]),
    ("es", [("¿qué pasó en la ceremonia de firmas?", "event:signing_ceremony_2025*"),
            ("tenemos actores extranjeros, ¿ellos pueden hacer casting en Hengdian?", CASTING)]),
    ("zh", [("签约仪式上发生了什么", "event:signing_ceremony_2025*"), ("我们有几个外国演员，他们能在横店接戏吗", CASTING)]),
    ("ko", [("협약식에서 무슨 일이 있었어요?", "event:signing_ceremony_2025*"), ("외국인 배우 캐스팅은 언제 해요?", CASTING)]),
])
def test_casting_after_a_ceremony(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("text,expected", [
    ("never mind, cancel it", True), ("算了，取消吧", True), ("됐어요, 취소해 주세요", True), ("olvídalo", True),
    ("cancel my reminder", False), ("forget it, when is the open day?", False), ("ok", False),
])
def test_calling_off_is_the_whole_message(text: str, expected: bool) -> None:
    assert lexicon.calls_off(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("remind me tomorrow at 10am to email you", True), ("recuérdame mañana llamarles", True),
    ("明天下午提醒我给你们发邮件", True), ("내일 오후 3시에 메일 보내라고 알려 주세요", True),
    # an hour or a task that is the event's own is an event's reminder
    ("remind me at 9am on the day", False), ("活动前一天8点提醒我", False), ("remind me to register for it", False),
])
def test_an_own_errand(text: str, expected: bool) -> None:
    assert lexicon.own_errand(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("and the other one?", True), ("¿y el otro?", True), ("另一个呢", True), ("나머지 하나는요?", True),
    ("any other events?", False), ("¿tienen otro?", False), ("다른 거 있어요?", False),
])
def test_the_other_one_is_the_whole_message(text: str, expected: bool) -> None:
    assert lexicon.other_one(text) is expected


def test_then_is_no_next_event() -> None:
    """"그다음은요" (and after that?) asks the next step, not the coming events."""
    assert lexicon.UPCOMING.search("그다음은요") is None and lexicon.UPCOMING.search("다음 행사") is not None


@pytest.mark.parametrize("lang,turns", [
    # the event of the programme in focus is ours because of the conversation, whatever its words
    ("zh", [("全球人才计划是什么", "program:global_talent_program*"),
            ("有相关的活动吗", "event:global_talent_info_session_2026*"),
            ("几点", "event:global_talent_info_session_2026#date")]),
    # "el próximo" with the noun left out: the first coming one
    ("es", [("¿quién es Dalynn Studio?", "partner:dalynn_studio*"), ("¿qué eventos hacen con ustedes?", "*"),
            ("¿y cuándo es el próximo?", "event:global_talent_info_session_2026*")]),
])
def test_the_conversation_makes_it_ours(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)
