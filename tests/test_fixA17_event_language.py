"""fixA17 (play24 kind 9): the language one may present in, asked of the event in focus, in any
language ("¿y se puede presentar en inglés o solo en español?" in an English conversation about the
pitch day): the language asked answered from the record (not published, then the interpretation it
names), never the event's card again. Of two languages named, the one the record does not name is
the one asked."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask

PITCH = {"en": "is there a pitch day for latin american producers?",
         "es": "¿hay un pitch day para productores latinoamericanos?",
         "zh": "有拉美制片人的项目推介会吗？",
         "ko": "중남미 제작자 피칭 데이 있어요?"}

ASKED = [
    ("en", "en", "can we pitch in English or does it have to be Spanish?", "English"),
    ("en", "en", "could I present in english, or only spanish?", "English"),
    ("en", "es", "¿y se puede presentar en ingles o nomás en español?", "inglés"),
    ("es", "es", "¿podemos exponer en inglés o solo en castellano?", "inglés"),
    ("es", "es", "oye, ¿se puede pitchear en inglés?", "inglés"),
    ("zh", "zh", "可以用英语推介吗？还是只能用西语？", "英语"),
    ("zh", "zh", "我哋可唔可以用英文路演？", "英"),
    ("ko", "ko", "영어로 발표해도 되나요, 아니면 스페인어만 돼요?", "영어"),
    ("ko", "ko", "영어로 피칭해도 됨?", "영어"),
]


@pytest.mark.parametrize(("lang", "reply_lang", "text", "language"), ASKED)
def test_language_to_present_in_is_answered_not_the_card(services: Services, lang: str, reply_lang: str,
                                                          text: str, language: str) -> None:
    reply = ask(services, lang, PITCH[lang], text)
    assert reply.answer == "event:latam_pitch_day_2027"
    assert reply.lang == reply_lang
    assert language in reply.text                      # the language asked, said not published
    assert "🕒" not in reply.text                      # no card again
    assert len(reply.text) < 200
