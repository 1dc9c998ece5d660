"""fixA17 (play24 "the garden one from before, any good for night scenes?"): a set pointed back at
by a word of its name, after it was weighed against another one ("which is bigger, X or Y?") and
another list took its place, is that set (the records a comparison weighs are talked about), in
every language: also where its Chinese or Korean name holds no such word ("刚才那个园林", "아까 그
정원 세트": the garden's English name does). The word that pointed is no scene asked: only the
night scenes are answered of it."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask

COMPARED = {"en": "which is bigger, the Ming-Qing palace or the Yuanming New Garden?",
            "es": "¿cuál es más grande, el Palacio Ming-Qing o el Nuevo Jardín Yuanming?",
            "zh": "明清宫苑和圆明新园哪个大？",
            "ko": "명청궁원이랑 원명신원 중에 어디가 더 커요?"}
QIN = {"en": "what are your Qin sets?", "es": "¿qué sets tienen de Qin?", "zh": "秦朝的景有哪些？", "ko": "진나라 세트 뭐 있어요?"}

POINTED = [
    ("en", "the garden one from before, any good for night scenes?"),
    ("en", "that garden place, can we shoot night scenes there?"),
    ("es", "el del jardín de antes, ¿sirve para escenas nocturnas?"),
    ("es", "oye, lo del jardín ese, ¿se puede grabar de noche?"),
    ("zh", "刚才那个园林，拍夜戏行不行？"),
    ("zh", "之前說的那個園林，能拍夜戲嗎？"),
    ("ko", "아까 그 정원 세트, 야간 촬영 괜찮아요?"),
    ("ko", "아까 말한 정원 거기 밤 장면 찍을 수 있나?"),
]


@pytest.mark.parametrize(("lang", "text"), POINTED)
def test_the_garden_pointed_back_after_a_comparison(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, COMPARED[lang], QIN[lang], text)
    assert reply.answer == "location:yuanming_new_garden#scene_types"
    name = {"en": "Yuanming New Garden", "es": "Nuevo Jardín Yuanming", "zh": "圆明新园", "ko": "원명신원"}[lang]
    assert name in reply.text
    # the night scenes answered, not the garden (the word that pointed at it)
    garden = {"en": "good for garden", "es": "sirve para jardín", "zh": "适合拍园林", "ko": "정원 촬영이 가능"}[lang]
    assert garden not in reply.text
