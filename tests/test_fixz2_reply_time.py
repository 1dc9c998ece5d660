"""fixZ2 (kind E): after a handoff, "when will they answer?" is that team's reply time, never
"nobody has your question yet" nor an unrelated answer; on the console (which previews the
handoff) and on Telegram (the open handoff's chase, tests/test_fixl_handoff_acks.py's stub)."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import Lang, t
from intents.callbacks import encode
from intents.handoff_words import chases_reply
from tests.dialogue import console

CHASES = {
    "en": ["When will they answer?", "Will they reply today?", "When should I expect to hear from them?",
           "How long until someone gets back to me?"],
    "es": ["¿Y a qué hora me van a contestar? Acá en Lima son como las 4 de la tarde", "¿Me contestan hoy?",
           "¿En cuánto tiempo me responden?", "¿Responden hoy?"],
    "zh": ["大概什么时候能回我？", "他们今天会回吗？", "什么时候有人回复？", "今天能回复吗"],
    "ko": ["주말이라 언제 답이 올까요?", "오늘 답장 올까요?", "언제쯤 연락 올까요?", "오늘 안에 답 받을 수 있을까요?"],
}
NOT_CHASES = ["今天回横店", "明天回北京拍摄", "답이 뭐예요?", "연락처 알려주세요", "When is the festival?",
              "¿Responden a correos en inglés?", "what time is the event", "今天有活动吗"]


@pytest.mark.parametrize("lang", list(CHASES))
def test_when_or_whether_today_the_reply_comes_is_a_chase(lang: str) -> None:
    for text in CHASES[lang]:
        assert chases_reply(text), text


@pytest.mark.parametrize("text", NOT_CHASES)
def test_other_questions_are_no_chase(text: str) -> None:
    assert not chases_reply(text)


GAP_THEN_PERSON = {  # an honest gap (a price) names a team, then a person is asked for
    "en": ("How much would it cost us to come in as co-producers on Half a Teahouse?", "Put me through to someone please"),
    "es": ("¿Cuánto costaría entrar como coproductores en Media casa de té?", "Pásame con alguien del equipo, porfa"),
    "zh": ("入盟要交会费吗？一年多少？", "我想跟秘书处负责人见一面，麻烦帮我联系一下"),
    "ko": ("연맹 회비는 1년에 얼마예요?", "담당자분 연결 부탁드립니다."),
}


@pytest.mark.parametrize("lang", list(CHASES))
def test_the_console_after_a_handoff_says_when_the_team_replies(services: Services, lang: Lang) -> None:
    session = console(services, lang)
    gap, person = GAP_THEN_PERSON[lang]
    session.say(gap)
    reply = session.say(person)
    assert reply.handoff is not None, reply.text
    session.handed_off(reply.handoff)
    for text in CHASES[lang][:2]:
        reply = session.say(text)
        assert reply.text.startswith(t("handoff_ack", lang)[:6]), (text, reply.text)
        assert t("gap_chase_button", lang)[:8] not in reply.text
    if lang == "es":  # the city named: the reply time on its clock too
        assert "Lima" in session.say(CHASES["es"][0]).text
    session.press(encode("hbk"))  # back to the assistant: the request was closed, said
    reply = session.say(CHASES[lang][0])
    assert reply.text.startswith(t("handoff_chase_left", lang)[:6]), reply.text
