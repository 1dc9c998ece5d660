"""fixE17 (play25 kinds 6, 7, 10, 11, 12, 13, 15), in English, Spanish, Chinese and Korean.

6. "Add it to my calendar" after a turn about something else (a title, the programmes) is the event
   talked about before it; "the event I asked about first" is the oldest event talked about.
7. Someone else's city ("my colleague Tom is in Berlin", "LA 사는 친구한테는") converts the times of
   that answer only; the partner's own zone is never changed to it.
10. Leaving the form in words ("forget it, let's change the subject", "算了不填了，我先去忙了") closes
    it, nothing sent; "the form, forget it" with no form open is a short OK. A yes in words under an
    event's date asks calendar or reminder (both buttons); under a title's card, what ⭐ does.
11. The request form asked for in words opens it.
12. Right after a request for a person nobody answers in this chat, "what happens now?" / "should I
    just wait?" is the same story: write to that team, at its address, in its hours.
13. Join + fee + "what do members get" in one message: each part answered, the benefits part with
    what the Alliance says it does with its members (no header over nothing).
15. A run-on that says where the partner is, then asks about the visa inside a statement and the
    cost: both answered.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.callbacks import decode
from intents.inquiry_words import wants_inquiry
from tests.dialogue import console, new_chat, say


def _buttons(reply) -> list[str]:
    return [b.data or "" for row in reply.buttons for b in row]


# -- 6 ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "lines", "event"), [
    ("en", ["when is the Korea matchmaking?", "how many episodes does Grandma 2.0 have?", "ok add it to my calendar"],
     "korea_matchmaking_2027"),
    ("en", ["when's the talent info session?", "is it open to screenwriters?", "put it in my calendar please"],
     "global_talent_info_session_2026"),
    ("es", ["¿cuándo es la jornada de casting?", "¿cuántos capítulos tiene Abuela 2.0?", "agrégalo a mi calendario"],
     "international_sets_casting_day_2027"),
    ("es", ["¿cuándo es la sesión informativa del programa de talento?", "¿la pueden ver guionistas?", "añádela a mi agenda porfa"],
     "global_talent_info_session_2026"),
    ("zh", ["首尔的对接会是什么时候？", "奶奶2.0有几集？", "帮我加到日历"], "korea_matchmaking_2027"),
    ("zh", ["選角日是哪天？", "奶奶2.0講什麼的？", "幫我加進行事曆"], "international_sets_casting_day_2027"),
    ("ko", ["서울 매칭 행사 언제예요?", "할머니 2.0 몇 화예요?", "캘린더에 넣어 주세요"], "korea_matchmaking_2027"),
    ("ko", ["캐스팅 데이 언제야?", "할머니 2.0 무슨 내용이야?", "캘린더에 추가해 줘"], "international_sets_casting_day_2027"),
])
def test_add_it_to_my_calendar_after_another_subject_is_the_event_before(services: Services, lang, lines, event) -> None:
    reply = say(services, lang, *lines)[-1]
    assert reply.document is not None, (reply.answer, reply.text[:200])
    assert (reply.answer or "").startswith(f"event:{event}"), reply.answer


@pytest.mark.parametrize(("lang", "last"), [
    ("en", "add the event I asked about first to my calendar"),
    ("en", "the first one I asked about, put that in my calendar"),
    ("es", "agrega a mi calendario el evento que pregunté primero"),
    ("es", "el que te pregunté al principio, agéndamelo"),
    ("zh", "把我最开始问的那个活动加到日历"),
    ("zh", "一開始問的那個活動幫我加到行事曆"),
    ("ko", "처음에 물어본 행사 캘린더에 추가해 줘"),
    ("ko", "맨 처음 말한 행사 캘린더에 넣어 주세요"),
])
def test_the_event_asked_first_is_the_oldest_talked_about(services: Services, lang, last) -> None:
    first = {"en": "when is the casting day?", "es": "¿cuándo es la jornada de casting?",
             "zh": "选角日是什么时候？", "ko": "캐스팅 데이 언제예요?"}[lang]
    then = {"en": "and the film festival?", "es": "¿y el festival de cine?", "zh": "那影视节呢？", "ko": "영화제는요?"}[lang]
    reply = say(services, lang, first, then, last)[-1]
    assert reply.document is not None, (reply.answer, reply.text[:200])
    assert (reply.answer or "").startswith("event:international_sets_casting_day_2027"), reply.answer


# -- 7 ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "line"), [
    ("ko", "그거 LA 사는 친구한테는 몇 시야?"),
    ("ko", "LA에 사는 동료는 몇 시에 들어가면 돼?"),
])
def test_a_friends_city_in_banmal_is_converted(services: Services, lang, line) -> None:
    first, reply = say(services, lang, "다음 행사 언제야", line)
    assert (first.answer or "").startswith("event:global_talent_info_session_2026")
    assert "로스앤젤레스" in reply.text and "4:00" in reply.text, reply.text


@pytest.mark.parametrize(("lang", "lines", "city"), [
    ("en", ["when's the virtual stage open day?", "my colleague Tom is in Berlin, what time does it start for him?",
            "and the film festival?"], "Berlin"),
    ("en", ["when is the open day?", "our producer Ana lives in Lima, what time is that for her?", "and the casting day?"], "Lima"),
    ("es", ["¿cuándo es la jornada de puertas abiertas?", "mi compañera Laura vive en Berlín, ¿a qué hora empieza para ella?",
            "¿y el festival?"], "Berlín"),
    ("es", ["¿cuándo es el día de puertas abiertas?", "mi socio está en Lima, ¿a qué hora sería para él?",
            "¿y la jornada de casting?"], "Lima"),
    ("zh", ["开放日是什么时候？", "我同事在柏林，她那边几点开始？", "那影视节呢？"], "柏林"),
    ("zh", ["開放日是哪天？", "我朋友在利馬，他那邊幾點？", "那選角日呢？"], "利马"),
    ("ko", ["오픈 데이 언제예요?", "베를린 사는 동료한테는 몇 시예요?", "영화제는요?"], "베를린"),
    ("ko", ["오픈 데이 언제야?", "리마에 있는 친구는 몇 시야?", "캐스팅 데이는?"], "리마"),
])
def test_someone_elses_city_is_never_the_partners_zone(services: Services, lang, lines, city) -> None:
    _, theirs, later = say(services, lang, *lines)
    assert city in theirs.text, theirs.text
    assert city not in later.text, later.text


# -- 10 --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "start", "company", "quit"), [
    ("en", "we want to license Grandma 2.0", "Northwind Films", "hmm forget it, let's change the subject"),
    ("en", "we'd like to license Grandma 2.0", "Northwind Films", "sorry gotta run, I'll come back later"),
    ("es", "queremos licenciar Abuela 2.0", "Producciones Norte", "uf, olvídalo, hablemos de otra cosa"),
    ("es", "quiero licenciar Abuela 2.0", "Producciones Norte", "bueno, me tengo que ir, luego sigo"),
    ("zh", "我们想授权《奶奶2.0》", "北风影业", "算了不填了，我先去忙了"),
    ("zh", "我們想授權《奶奶2.0》", "北風影業", "表格的事就算了，换个话题吧"),
    ("ko", "할머니 2.0 라이선스 하고 싶어요", "북풍필름", "아 됐고 다른 얘기 하자"),
    ("ko", "할머니 2.0 판권 사고 싶어요", "북풍필름", "양식은 됐어요, 밥 먹으러 갈게요"),
])
def test_leaving_the_form_in_words_closes_it(services: Services, lang, start, company, quit) -> None:
    chat = console(services, lang)
    chat.say(start)
    chat.say(company)
    assert chat.form is not None
    reply = chat.say(quit)
    assert chat.form is None, reply.text
    assert t("inq_cancelled", lang) in reply.text or "📝" in reply.text, reply.text


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "oh and the form, forget it"),
    ("es", "ah, y lo del formulario olvídalo"),
    ("zh", "表格的事就算了"),
    ("ko", "양식은 됐어요"),
])
def test_dropping_a_form_already_closed_is_a_short_ok(services: Services, lang, line) -> None:
    reply = say(services, lang, line)[-1]
    assert reply.answer == "smalltalk:call_off", (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "ask", "yes"), [
    ("en", "when is the film festival?", "yes pls"),
    ("en", "when's the casting day?", "sure, go ahead"),
    ("es", "¿cuándo es el festival de cine?", "dale, sí"),
    ("es", "¿cuándo es la jornada de casting?", "sí por favor"),
    ("zh", "影视节什么时候？", "好呀"),
    ("zh", "選角日是哪天？", "要的"),
    ("ko", "영화제 언제예요?", "네 부탁해요"),
    ("ko", "캐스팅 데이 언제야?", "응 그렇게 해 줘"),
])
def test_a_yes_under_an_events_date_asks_calendar_or_reminder(services: Services, lang, ask, yes) -> None:
    date, reply = say(services, lang, ask, yes)
    event = (date.answer or "").partition("#")[0].partition(":")[2]
    assert event, date.answer
    actions = {(cb.action, cb.arg(0)) for data in _buttons(reply) if (cb := decode(data)) is not None}
    assert {("ics", event), ("rem", event)} <= actions, (reply.text, actions)
    assert reply.handoff is None and reply.document is None


@pytest.mark.parametrize(("lang", "ask", "yes"), [
    ("en", "what's Grandma 2.0 about?", "yes, that one"),
    ("es", "¿de qué trata Abuela 2.0?", "sí, esa"),
    ("zh", "奶奶2.0是讲什么的？", "好呀，就这个吧"),
    ("zh", "奶奶2.0係講咩㗎？", "好呀，就呢個啦"),
    ("ko", "할머니 2.0 무슨 내용이에요?", "네 이걸로 할게요"),
])
def test_a_yes_under_a_titles_card_is_what_its_star_does(services: Services, lang, ask, yes) -> None:
    card, reply = say(services, lang, ask, yes)
    assert (card.answer or "").startswith("work:work_grandma_2_0"), card.answer
    assert reply.answer == "work:work_grandma_2_0#interest", (reply.answer, reply.text)


# -- 11 --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "line"), [
    ("en", "could you send us the inquiry form?"),
    ("en", "where's the request form?"),
    ("es", "¿me pasas el formulario de solicitud?"),
    ("es", "mándame el formulario porfa"),
    ("zh", "发我一份申请表"),
    ("zh", "給我一個合作申請表格"),
    ("ko", "신청서 좀 보내 주세요"),
    ("ko", "문의 양식 주이소"),
])
def test_the_form_asked_for_in_words_opens(services: Services, lang, line) -> None:
    assert wants_inquiry(line) is not None
    chat = console(services, lang)
    chat.say(line)
    assert chat.form is not None


@pytest.mark.parametrize("line", ["what's in the request form?", "how long does the form take?",
                                  "do you have a visa application form?"])
def test_a_question_about_the_form_opens_nothing(line) -> None:
    assert wants_inquiry(line) is None


# -- 12 --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "ask", "then"), [
    ("en", "can I talk to a real person?", "what happens now?"),
    ("en", "I need a human please", "ok so do we just wait for them?"),
    ("es", "quiero hablar con alguien del equipo", "¿y ahora qué sigue?"),
    ("es", "pásenme con una persona porfa", "¿tengo que esperar a que me escriban?"),
    ("zh", "我想找个真人", "接下来怎么办？"),
    ("zh", "幫我轉人工", "那我等他們回覆就可以了嗎？"),
    ("ko", "담당자랑 얘기하고 싶어요", "이제 어떻게 되는 거예요?"),
    ("ko", "사람이랑 얘기할래", "그럼 기다리면 돼?"),
])
def test_what_happens_now_after_an_unanswered_handoff(services: Services, lang, ask, then) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    handed = services.brain.reply_to_text(chat, ask, services.store.profile(chat))
    assert handed.handoff is not None, handed.answer
    services.brain.note_unstaffed(chat, handed.handoff)  # what Telegram does with no staff chat
    reply = services.brain.reply_to_text(chat, then, services.store.profile(chat))
    assert (reply.answer or "").startswith("contact:") and reply.answer.endswith("#hours"), (reply.answer, reply.text)
    assert "@" in reply.text


# -- 13 --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "line"), [
    ("en", "how can we join the alliance and is there a membership fee and also what do members get"),
    ("en", "How do we become members? Any fee? And what do members of the alliance get?"),
    ("es", "¿cómo entramos a la alianza, hay cuota y qué reciben los miembros?"),
    ("es", "¿Cómo nos hacemos socios? ¿Hay que pagar cuota? ¿Qué ventajas tienen los miembros?"),
    ("zh", "联盟怎么加入？要交会费吗？会员有什么好处？"),
    ("zh", "請問怎樣加入聯盟？有會費嗎？會員有什麼權益？"),
    ("ko", "연맹 가입은 어떻게 하고 회비 있어요? 회원 혜택은 뭐예요?"),
    ("ko", "연맹에 어떻게 가입해요? 가입비 있어요? 회원이 되면 뭐가 좋아요?"),
])
def test_join_fee_and_benefits_each_answered(services: Services, lang, line) -> None:
    reply = say(services, lang, line)[-1]
    text = reply.text
    lead = t("member_benefits_unlisted", lang, name="\0").split("\0")[-1]
    assert lead in text, text
    after = text.split(lead, 1)[1].lstrip("\n").split("\n")[0]
    assert after.strip() and not after.startswith(("✉️", "☎️")), text  # (what it does, not the card)
    assert services.knowledge.current.faq["join_alliance"].answer.get(lang)[:20] in text, text
    assert "secretariat@hisda.example.com" in text


# -- 15 --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "line"), [
    ("en", "hiii 😊 so we're from Manila and we wanna shoot a short series over in hengdian but we don't know if we need a visa and how much it all costs roughly 🙏"),
    ("es", "holis 😊 somos de Quito y queremos grabar un microdrama en Hengdian pero no sabemos si necesitamos visa y cuánto sale todo más o menos 🙏"),
    ("es", "buenas!! somos una productora de Cali, queremos rodar allá pero no tenemos claro si hace falta visa y cuánto cuesta todo 🙏🙏"),
    ("zh", "你好呀😊 我们是吉隆坡的团队，想去横店拍短剧，但不知道要不要签证，大概总共要花多少钱🙏"),
    ("zh", "你們好～我們在台中，想去橫店拍戲，不知道需不需要簽證，總共大概要多少錢？"),
    ("ko", "안녕하세요😊 저희는 마닐라 제작사인데 헝뎬에서 숏드라마 찍고 싶어요 근데 비자가 필요한지 모르겠고 대충 비용이 얼마나 드는지도 궁금해요🙏"),
])
def test_visa_and_cost_in_one_run_on_both_answered(services: Services, lang, line) -> None:
    reply = say(services, lang, line)[-1]
    assert reply.answer == "faq:visa", (reply.answer, reply.text)
    assert "international.business@example.com" in reply.text and len(reply.text.split("\n\n")) >= 2, reply.text


@pytest.mark.parametrize(("lang", "start", "company", "line", "faq"), [
    ("en", "we'd like to license Grandma 2.0", "Northwind Films", "never mind, do we need a visa?", "faq:visa"),
    ("es", "queremos licenciar Abuela 2.0", "Producciones Norte", "olvídalo, ¿necesitamos visa?", "faq:visa"),
    ("zh", "我们想授权《奶奶2.0》", "北风影业", "算了，签证要怎么办？", "faq:visa"),
    ("ko", "할머니 2.0 판권 사고 싶어요", "북풍필름", "아 마 됐고, 비자는 우째 되노?", "faq:visa"),
])
def test_the_form_dropped_then_a_question_closes_it_and_answers(services: Services, lang, start, company, line, faq) -> None:
    chat = console(services, lang)
    chat.say(start)
    chat.say(company)
    reply = chat.say(line)
    assert chat.form is None and reply.answer == faq, (reply.answer, reply.text)


@pytest.mark.parametrize("thanks", ["고맙심더", "욕봤심더"])
def test_a_dialect_thanks_inside_the_form_is_no_country(services: Services, thanks) -> None:
    chat = console(services, "ko")
    chat.say("할머니 2.0 판권 사고 싶어요")
    chat.say("북풍필름")
    reply = chat.say(thanks)
    assert chat.form is not None and "⚠️" not in reply.text, (reply.answer, reply.text)  # (no "country not recognised")
