"""Kinds the play21 partners got wrong through Telegram (fixH14), each in en/es/zh/ko with
sentences of our own.

A. How to book / reserve a shoot ("how do we book a shoot at Hengdian?", "¿cómo reservo un
   rodaje?", "预约拍摄怎么弄", "촬영 예약은 어떻게 해요"): the shoot request procedure, not "I can't
   book for you" with International Business; a set to rent keeps its own answer.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.inquiry_words import wants_inquiry
from tests.dialogue import ask, console

SHOOT = "incentive:shoot_request_procedure#how_to_apply"


@pytest.mark.parametrize("lang,text", [
    ("en", "how do we book a shoot at Hengdian?"),
    ("en", "what's the process for reserving a shoot there?"),
    ("en", "how can I book shooting dates with you guys"),
    ("es", "¿cómo reservo un rodaje en Hengdian?"),
    ("es", "cuál es el trámite para reservar fechas de rodaje allá?"),
    ("zh", "我们想预约拍摄，流程怎么走？"),
    ("zh", "在橫店預約拍攝要怎麼做"),
    ("ko", "헝뎬 촬영 예약은 어떻게 해요?"),
    ("ko", "촬영 예약하려면 어떻게 해야 되나요"),
])
def test_booking_a_shoot_is_the_shoot_request_procedure(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == SHOOT, (text, reply.answer)
    assert {"en": "four weeks", "es": "cuatro semanas", "zh": "四周", "ko": "4주"}[lang] in reply.text


@pytest.mark.parametrize("lang,text", [
    ("en", "which set should we book for a palace drama shoot?"),
    ("zh", "拍民国谍战戏，该预订哪个片场？"),
])
def test_a_set_to_book_is_no_shoot_procedure(services: Services, lang, text) -> None:
    assert ask(services, lang, text).answer != SHOOT


# H. Signing up for the Global Talent Program, named as Koreans transliterate it ("탤런트"): its
# intake info session, as the other languages get.
@pytest.mark.parametrize("lang,text", [
    ("ko", "글로벌 탤런트 프로그램 신청하고 싶어요"),
    ("ko", "탤런트 프로그램 지원하려면 어떻게 해요?"),
    ("ko", "글로벌 탤런트 프로그램에 참가하고 싶은데요"),
    ("en", "we'd like to join the global talent program"),
    ("es", "quiero inscribirme al programa global de talento"),
    ("zh", "我想申請全球人才計劃"),
])
def test_talent_program_sign_up_is_its_info_session(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "program:global_talent_program", (text, reply.answer)
    assert reply.focus == "event:global_talent_info_session_2026"


# F. Who heads the alliance, asked with a title ("연맹 대표는 누구예요", "the alliance's president"):
# Hengdian World Studios a key initiator, its head unpublished, the Secretariat, no one person's card.
INITIATOR = {"en": "Hengdian World Studios is one of the Alliance's key initiators",
             "es": "Hengdian World Studios es uno de los principales impulsores",
             "zh": "横店影视城是联盟的主要发起方之一", "ko": "헝뎬 월드 스튜디오가 연맹 설립을 주도한"}


@pytest.mark.parametrize("lang,text", [
    ("ko", "연맹 대표는 누구예요"), ("ko", "연맹 회장이 누구예요?"), ("ko", "그 연맹 대표가 누군지 알려주세요"),
    ("en", "who is the president of the alliance?"), ("en", "who's the alliance's chairman?"),
    ("es", "¿quién es el presidente de la alianza?"), ("es", "y el presidente de la alianza quién es?"),
    ("zh", "联盟的会长是谁？"), ("zh", "這個聯盟的理事長是誰"),
])
def test_head_of_the_alliance_is_unpublished(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "gap:hisda_secretariat", (text, reply.answer)
    assert reply.text.startswith(INITIATOR[lang]), (text, reply.text)
    assert "secretariat@" in reply.text


def test_a_partners_head_is_still_its_card(services: Services) -> None:
    assert ask(services, "ko", "Reel-K 대표는 누구예요?").answer.startswith("partner:reel_k")


# J. "Is it already over?" of the event in focus, however it is worded: its status with its date.
NOT_YET = {"en": "has not happened yet", "es": "todavía no se ha realizado", "zh": "尚未举办", "ko": "아직 열리지 않았"}


@pytest.mark.parametrize("lang,about,asked", [
    ("ko", "인재 프로그램 설명회 알려 주세요", "그거 이미 끝난 거예요?"),
    ("ko", "인재 프로그램 설명회 알려 주세요", "벌써 끝난 건가요?"),
    ("ko", "라틴 영화의 밤 2027 알려 주세요", "그 행사 이미 지난 거예요?"),
    ("en", "tell me about the talent info session", "is that already over?"),
    ("en", "what's the latam pitch day?", "has it already ended?"),
    ("es", "háblame de la sesión informativa del programa de talento", "¿ya terminó?"),
    ("es", "cuéntame de la noche de cine latino 2027", "¿eso ya pasó?"),
    ("zh", "介绍一下人才计划说明会", "已经结束了吗？"),
    ("zh", "拉美制片人推介会是什么", "那個已經結束了嗎"),
])
def test_already_over_is_its_status(services: Services, lang, about, asked) -> None:
    reply = ask(services, lang, about, asked)
    assert reply.answer.endswith("#status"), (asked, reply.answer)
    assert NOT_YET[lang] in reply.text, (asked, reply.text)


@pytest.mark.parametrize("lang,asked", [("ko", "이미 끝난 건가요?"), ("en", "is that already over?")])
def test_already_over_of_a_past_event(services: Services, lang, asked) -> None:
    about = {"ko": "서명식 알려줘", "en": "tell me about the signing ceremony"}[lang]
    reply = ask(services, lang, about, asked)
    assert reply.answer == "event:signing_ceremony_2025#status" and "2025" in reply.text


# C. A reminder asked for the event in focus ("remind me when it's close", "anotame para que me
# recuerden ese"): the reminder set, not the date again, not the sign-up form.
@pytest.mark.parametrize("lang,asked,later", [
    ("en", "when is the talent info session?", "remind me when it's close"),
    ("en", "when's the pitch day for latin american producers?", "ping me when it's near"),
    ("en", "when is the talent info session?", "tell me when its closer"),
    ("es", "cuándo es la noche de cine latino 2027?", "anotame para que me recuerden ese"),
    ("es", "cuándo es la jornada de pitch?", "apúntanos pa que nos avisen"),
    ("zh", "人才计划说明会是什么时候？", "快到的时候提醒我一下"),
    ("zh", "拉美制片人推介会是哪天？", "幫我記一下，到時候提醒我"),
    ("ko", "라틴 영화의 밤 2027 언제예요?", "가까워지면 알려 주이소"),
    ("ko", "인재 프로그램 설명회 언제예요?", "그거 알림 좀 걸어 주세요"),
])
def test_a_reminder_asked_is_set(services: Services, lang, asked, later) -> None:
    assert wants_inquiry(later) is None  # no sign-up form opened in Telegram
    reply = ask(services, lang, asked, later)
    assert reply.outcome == "action" and "⏰" in reply.text, (later, reply.answer, reply.text)


# D. "Never mind, just looking" closes an open form and, with no form open, gets a short OK; the
# Gyeongsang "우째 해야 되노" of joining is the membership answer, and its fee the alliance's.
OPENS_FORM = {"en": "we want to co-produce with you", "es": "queremos hacer una coproducción con ustedes",
              "zh": "我们想跟你们合拍", "ko": "저희 회사도 연맹에 가입하고 싶습니다"}
JUST_LOOKING = [
    ("en", "ok nevermind, forget the form, I was just looking"), ("en", "nah forget the form, just browsing"),
    ("es", "mejor no, gracias, solo curioseaba"), ("es", "no, nomás curioseando"),
    ("zh", "算了，我就随便看看"), ("zh", "不用了，只是看看"),
    ("ko", "아 됐어요 그냥 구경하는 중이에요"), ("ko", "아뇨 그냥 구경만 할게요"),
]


@pytest.mark.parametrize("lang,text", JUST_LOOKING)
def test_just_looking_leaves_the_form(services: Services, lang, text) -> None:
    session = console(services, lang)
    session.say(OPENS_FORM[lang])
    assert session.form is not None
    reply = session.say(text)
    assert session.form is None, (text, session.form)
    assert reply.text == t("inq_cancelled", lang)


@pytest.mark.parametrize("lang,text", JUST_LOOKING)
def test_just_looking_with_no_form_is_a_short_ok(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "smalltalk:call_off", (text, reply.answer)
    assert reply.text == t("nothing_to_cancel", lang)


@pytest.mark.parametrize("text", ["연맹 가입하려면 우째 해야 되노", "연맹 가입할라카믄 우찌 하믄 되노?"])
def test_joining_in_dialect_is_the_membership_answer(services: Services, text) -> None:
    assert wants_inquiry(text) is None
    assert ask(services, "ko", text).answer == "faq:join_alliance"


@pytest.mark.parametrize("lang,event,fee", [
    ("ko", "헝뎬 영화제 언제예요?", "그라믄 회비는 얼마고?"),
    ("ko", "라틴 영화의 밤 2027 언제예요?", "가입비는 얼마예요?"),
    ("es", "cuándo es la noche de cine latino 2027?", "y la cuota de socio cuánto sale?"),
    ("zh", "横店电影节是什么时候？", "会费要多少？"),
    ("en", "when is the hengdian film festival?", "and the membership dues?"),
])
def test_membership_fee_is_the_alliances(services: Services, lang, event, fee) -> None:
    reply = ask(services, lang, event, fee)
    assert reply.answer == "gap:hisda_secretariat", (fee, reply.answer)
    assert {"en": "HISDA", "es": "HISDA", "zh": "HISDA", "ko": "HISDA"}[lang] in reply.text.split("\n")[0], reply.text
