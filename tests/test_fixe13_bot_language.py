"""fixE13 (play18 kind 9): a partner asking whether they may write to the assistant in some
language ("can I text you in Italian?") is answered with the assistant's own languages only, the
first sentence of the languages FAQ, without the crews' bilingual talent paragraph; a question
about the crews on set keeps its own sentence."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask

TALENT = {"en": "Global Talent Program", "es": "Programa Global de Talento", "zh": "全球人才计划",
          "ko": "글로벌 인재 프로그램"}
ASSISTANT = {"en": "This assistant", "es": "Este asistente", "zh": "本助手", "ko": "이 어시스턴트"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "is it fine if I message you in Italian?"),
    ("en", "could I write to you in Portuguese instead?"),
    ("es", "¿te puedo escribir en portugués?"),
    ("es", "¿se puede escribirle en italiano a este chat?"),
    ("zh", "能用日语给你发消息吗？"),
    ("zh", "我用法语跟你们沟通可以吗"),
    ("ko", "일본어로 질문해도 돼요?"),
    ("ko", "이탈리아어로 메시지 보내도 되나요?"),
])
def test_writing_to_the_bot_in_a_language_is_its_languages_only(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "faq:languages", (text, reply.answer, reply.text)
    assert ASSISTANT[lang] in reply.text, reply.text
    assert TALENT[lang] not in reply.text, reply.text


def test_the_crew_on_set_keeps_the_talent_sentence(services: Services) -> None:
    reply = ask(services, "en", "will the crew on set manage in English?")
    assert TALENT["en"] in reply.text, reply.text
