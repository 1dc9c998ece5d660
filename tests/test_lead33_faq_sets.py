"""A FAQ answer that names several sets (the which-set guide: "the Qin Palace for pre-Qin stories;
the Palace of the Ming and Qing Dynasties for court dramas…") carries them as buttons in the order
it reads them, and the conversation counts down that order next ("the second one", "두 번째 세트
주소는요?"), in the four languages."""
from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import replies, talk


@pytest.mark.parametrize(("lang", "guide", "second", "key"), [
    ("en", "which set would suit a period drama?", "tell me more about the second one", "location:ming_qing_palace"),
    ("es", "¿qué set me conviene para una serie de época?", "¿y la dirección del segundo?", "location:ming_qing_palace#address"),
    ("zh", "古装戏该选哪个景区？", "第三个是什么样的", "location:qingming_riverside"),
    ("ko", "사극 찍을 세트 추천해 주세요", "두 번째 세트 주소는요?", "location:ming_qing_palace#address"),
])
def test_the_sets_a_faq_names_are_counted_down_next(services: Services, lang: str, guide: str, second: str, key: str) -> None:
    talk(services, lang, [(guide, "faq:which_set"), (second, key)])


def test_the_guide_offers_each_set_it_names_as_a_button(services: Services) -> None:
    (reply,) = replies(services, "en", ["which set fits my period?"])
    labels = [b.label for row in reply.buttons for b in row]
    named = [label for label in labels if label.startswith("ℹ️")]
    assert len(named) >= 2 and "Qin Palace" in named[0]
    assert reply.items and reply.items[0] == "location:qin_palace"
