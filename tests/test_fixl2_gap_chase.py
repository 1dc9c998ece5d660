"""fixL2: "any news?" right after an honest gap that named a team is no refusal and no news
list: one line that nobody has the question yet, the team's address, and the button for a
person. And "不用转人工了" ("no need for a person any more") opens no handoff. In four languages."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import globs as _fits
from tests.dialogue import talk

GAP_THEN_CHASE = {
    "en": ("how much does a drone permit cost over the palace set?", "any news?"),
    "es": ("¿cuánto cuesta el permiso de dron sobre el palacio?", "¿me van a responder?"),
    "zh": ("在宫殿上空飞无人机的许可多少钱？", "还没人回我吗"),
    "ko": ("궁궐 세트 위 드론 허가 비용이 얼마예요?", "빨리 답해주세요 급해요"),
}


@pytest.mark.parametrize("lang", list(GAP_THEN_CHASE))
def test_chasing_after_a_gap(services: Services, lang: str) -> None:
    gap, chase = GAP_THEN_CHASE[lang]
    reply = talk(services, lang, [(gap, "gap:*"), (chase, "contact:*")], fits=_fits)
    assert reply.text.startswith(t("gap_chase", lang, contact="")[:20])
    assert "@" in reply.text
    assert any(b.data.startswith("v1|ask") for row in reply.buttons for b in row)


@pytest.mark.parametrize("lang, said", [("zh", "不用转人工了，我自己问就行"), ("ko", "상담원 연결 취소할게요"),
                                        ("en", "never mind the person, I figured it out"),
                                        ("es", "ya no hace falta, gracias, sigo con el bot")])
def test_calling_off_the_person_opens_no_handoff(services: Services, lang: str, said: str) -> None:
    reply = talk(services, lang, [(said, "*")], fits=_fits)
    assert reply.handoff is None
