"""fixQ16: a set fee for students (or a student price, "¿nos cobran menos?") is a price no file
publishes: an honest gap, not the which-set guide; "the other one is a Three Kingdoms war script,
which set?" describes the partner's other project (not "the other of two" asked), so it gets the
sets for that period, not "which one do you mean?". Sentences of our own, four languages."""

from __future__ import annotations

import pytest

from intents import lexicon
from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "do students pay a lower fee for the sets? how much?"),
    ("en", "what's the set fee for a student crew?"),
    ("es", "somos estudiantes de cine, ¿nos cobran menos por el set?"),
    ("es", "¿hay tarifa de estudiante para usar los sets? ¿cuánto sale?"),
    ("zh", "学生用景有优惠价吗？多少钱？"),
    ("zh", "學生租景有學生價嗎？"),
    ("ko", "대학생 팀도 세트 이용료 할인돼요? 얼마예요?"),
    ("ko", "학생 제작팀은 세트 대여료가 얼만교?"),
])
def test_a_student_set_fee_is_an_honest_gap(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "gap:*")], fits=lambda expect, got: (got or "").startswith("gap:"))


@pytest.mark.parametrize("said", ["세트 이용료가 있습니까?", "学生价多少", "¿nos cobran menos por el set?"])
def test_fee_words_read_as_a_price(said: str) -> None:
    assert lexicon.gap_topic(said) == "price"


SETS = ["faq:which_set", "list:locations"]


@pytest.mark.parametrize(("lang", "say"), [
    ("zh", "另一个是宋朝市井题材的本子，该用哪个景区？"),
    ("zh", "另外一部是民國諜戰戲，拍哪個景比較好？"),
    ("en", "the other one is a Three Kingdoms battle script, which set should we look at?"),
    ("en", "and the other one's a Song dynasty market story, which backlot fits?"),
    ("es", "el otro es un guion de guerra de los Tres Reinos, ¿qué set nos sirve?"),
    ("es", "y la otra es una historia de la dinastía Ming en palacio, ¿cuál set conviene?"),
    ("ko", "다른 하나는 삼국지 전쟁 대본인데 어느 세트를 봐야 돼요?"),
    ("ko", "나머지 하나는 송나라 시장 이야기인데 어떤 세트가 맞아요?"),
])
def test_the_partners_other_project_described_asks_the_sets(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, SETS)])


def test_the_other_one_alone_still_asks_which(services) -> None:
    talk(services, "en", [("what events are coming up?", "list:events"), ("the other one?", "clarify")])
