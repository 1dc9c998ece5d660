"""The fact selector (intents/fact_selector.py): a fact asked of a named record in words no
pattern reads gets that fact, not the record's whole card; the name alone keeps the card; the
shipped model is the one learned from the shipped exemplars."""

import logging

import numpy as np
import pytest

from intents import fact_selector as fs
from intents.exemplars import VECTORS_FILE
from tests.dialogue import ask


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "Canton Nocturne, anybody co-financing it yet or is it open?", "work:work_canton_nocturne#coproduction"),
    ("en", "Ten Days in October - can an outside company still come in as a production partner?",
     "work:work_ten_days_in_october#coproduction"),
    ("es", "Diez días de octubre: ¿una productora de afuera todavía puede sumarse como socia?",
     "work:work_ten_days_in_october#coproduction"),
    ("zh", "羊城夜曲 一集长不长嘛", "work:work_canton_nocturne#episode_minutes"),
    ("zh", "半间茶馆现在还能投钱进去吗", "work:work_half_a_teahouse#coproduction"),
    ("ko", "광저우 야상곡 아직 투자 들어갈 수 있나요?", "work:work_canton_nocturne#coproduction"),
    ("ko", "광저우 야상곡 한 회 보는 데 얼마나 걸려요?", "work:work_canton_nocturne#episode_minutes"),
    ("ko", "반쪽 찻집에 우리 회사가 제작 파트너로 들어갈 수 있어요?", "work:work_half_a_teahouse#coproduction"),
])
def test_a_fact_asked_in_unread_words_gets_the_fact(services, lang: str, text: str, expect: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == expect, (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "Qin Palace", "location:qin_palace"),
    ("es", "Nocturno en Cantón", "work:work_canton_nocturne"),
    ("zh", "羊城夜曲", "work:work_canton_nocturne"),
    ("ko", "광저우 야상곡", "work:work_canton_nocturne"),
])
def test_the_name_alone_keeps_the_card(services, lang: str, text: str, expect: str) -> None:
    assert ask(services, lang, text).answer == expect


def test_the_shipped_model_is_learned_from_the_shipped_exemplars() -> None:
    with np.load(VECTORS_FILE, allow_pickle=False) as data:
        keys = [str(k) for k in data["keys"]]
    with np.load(fs.MODEL_FILE, allow_pickle=False) as data:
        assert str(data["keys"]) == fs.fingerprint(keys), "regenerate with `python -m bot nlu exemplars`"
    selector = fs.FactSelector.load()
    assert set(selector.models) == set(fs.KINDS)
    assert {"episodes", "episode_minutes", "coproduction", fs.CARD} <= set(selector.models["work"].classes)


def _model(classes: tuple[str, ...], winner: int, margin: float) -> fs.KindModel:
    coef = np.zeros((len(classes), 384), np.float32)
    intercept = np.zeros(len(classes), np.float32)
    intercept[winner] = margin
    return fs.KindModel(classes, coef, intercept)


def test_a_fact_below_the_bar_or_the_card_is_no_fact() -> None:
    vector = np.zeros(384, np.float32)
    sure = fs.FactSelector({"work": _model(("card", "episodes", "logline"), 1, 6.0)})
    assert sure.fact("work", vector)[0] == "episodes"
    unsure = fs.FactSelector({"work": _model(("card", "episodes", "logline"), 1, 1.0)})
    assert unsure.fact("work", vector) is None  # e / (e + 2) ≈ 0.58 < 0.8
    card = fs.FactSelector({"work": _model(("card", "episodes", "logline"), 0, 6.0)})
    assert card.fact("work", vector) is None
    assert sure.fact("event", vector) is None  # no model of that kind


def test_a_missing_model_file_leaves_every_card(tmp_path, caplog) -> None:
    with caplog.at_level(logging.WARNING):
        selector = fs.FactSelector.load(tmp_path / "missing.npz")
    assert selector.models == {} and "fact selector" in caplog.text
    assert selector.fact("work", np.zeros(384, np.float32)) is None


def test_training_learns_each_kind_from_its_keys() -> None:
    rng = np.random.default_rng(7)
    keys, rows = [], []
    for at, fact in enumerate(("", "#episodes", "#languages")):
        centre = np.zeros(384, np.float32)
        centre[at] = 1.0
        for _ in range(fs.MIN_EXAMPLES):
            keys.append(f"work:*{fact}")
            rows.append(np.clip(np.rint((centre + rng.normal(0, 0.05, 384)) * 127), -127, 127))
    keys.append("faq:visa")  # no record kind: not learned
    rows.append(np.zeros(384))
    models = fs.train(keys, np.array(rows, np.int8))
    assert set(models) == {"work"} and set(models["work"].classes) == {"card", "episodes", "languages"}
    probe = np.zeros(384, np.float32)
    probe[1] = 1.0
    assert fs.FactSelector(models).fact("work", probe)[0] == "episodes"
