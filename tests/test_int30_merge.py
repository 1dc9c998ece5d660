"""Merge fixes of round 30 (answers75's last single questions, written in new words here too)."""
from __future__ import annotations

import pytest

from tests.dialogue import ask


@pytest.mark.parametrize("lang, text", [
    ("en", "got any shows fo da whole ohana?"),
    ("en", "anything for the whole ohana to watch together?"),
])
def test_hawaiian_ohana_is_family_titles(services, lang, text):
    reply = ask(services, lang, text)
    assert reply.answer == "list:works?genre=family"


@pytest.mark.parametrize("lang, text", [
    ("ko", "지역 축제 불꽃놀이 업체를 추천해 주시겠습니까?"),
    ("ko", "우리 마을 축제에 쓸 음향 업체 아세요?"),
    ("en", "can you recommend a fireworks crew for our village festival?"),
    ("es", "¿nos recomiendan a alguien de fuegos artificiales para la fiesta del pueblo?"),
    ("zh", "能推荐一家做烟花的公司吗，给我们镇上的庙会用"),
])
def test_a_towns_own_festival_is_not_ours(services, lang, text):
    reply = ask(services, lang, text)
    assert reply.answer in ("out_of_scope", "fallback") or reply.answer.startswith("gap:"), reply.answer


@pytest.mark.parametrize("lang, text", [
    ("ko", "헝뎬 영화제는 언제예요?"),
    ("en", "when is the Hengdian film festival?"),
])
def test_our_festival_still_ours(services, lang, text):
    reply = ask(services, lang, text)
    assert "film_festival" in reply.answer, reply.answer
