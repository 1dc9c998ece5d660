"""`python -m bot nlu test` and `nlu train` through click's CliRunner on a small data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main

INTENTS = {
    "greet": ["hi", "hello", "hello there", "good morning", "hey", "hi team", "good evening",
              "hey there"],
    "ask_incentives": ["what incentives do you offer", "are there subsidies", "any discounts",
                       "rebates for productions", "support for short dramas",
                       "how do we apply for subsidies", "cost reductions", "incentive policy"],
    "ask_locations": ["where can we film", "which sets do you have", "filming locations",
                      "a palace set", "studio backlots", "can we shoot at the palace",
                      "location scouting", "street sets"],
}
HELD_OUT = {"greet": ["hello hello", "hi there"],
            "ask_incentives": ["do you have subsidies?", "incentives please"],
            "ask_locations": ["which filming sets?", "where to film a palace scene"]}


def rasa_yaml(intents: dict[str, list[str]]) -> str:
    blocks = [f"- intent: {name}\n  examples: |\n" + "".join(f"    - {t}\n" for t in texts)
              for name, texts in intents.items()]
    return 'version: "3.1"\nnlu:\n' + "".join(blocks)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    (folder / "test").mkdir(parents=True)
    (folder / "nlu.en.yml").write_text(rasa_yaml(INTENTS), "utf-8")
    (folder / "test" / "nlu.en.yml").write_text(rasa_yaml(HELD_OUT), "utf-8")
    return folder


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path / "var"))
    return CliRunner()


def test_nlu_test_prints_tables_and_writes_json(runner: CliRunner, data_dir: Path,
                                                tmp_path: Path) -> None:
    result = runner.invoke(main, ["nlu", "test", "--data", str(data_dir), "--folds", "2",
                                  "--min-accuracy", "0.5"])
    assert result.exit_code == 0, result.output
    assert "held-out acc" in result.output and "macro F1" in result.output
    assert "== en: held-out per intent ==" in result.output
    assert "2-fold cross-validation" in result.output
    report = json.loads((tmp_path / "var" / "nlu_report.json").read_text("utf-8"))
    en = report["languages"]["en"]
    assert en["held_out"]["examples"] == 6
    assert set(en["held_out"]["per_intent"]) == set(INTENTS)
    assert en["held_out"]["confusion"]["labels"] == sorted(INTENTS)
    assert len(en["held_out"]["confusion"]["matrix"]) == 3
    assert report["cross_validation"]["folds"] == 2
    assert report["passed"] is True


def test_nlu_test_fails_below_min_accuracy(runner: CliRunner, data_dir: Path,
                                           tmp_path: Path) -> None:
    hard = {"greet": ["what incentives do you offer"], "ask_incentives": ["hello"],
            "ask_locations": ["hi there"]}
    (data_dir / "test" / "nlu.en.yml").write_text(rasa_yaml(hard), "utf-8")
    out = tmp_path / "report.json"
    result = runner.invoke(main, ["nlu", "test", "--data", str(data_dir), "--folds", "0",
                                  "--min-accuracy", "0.95", "--out", str(out)])
    assert result.exit_code == 1
    assert "FAILED: held-out accuracy below 95% in en" in result.output
    report = json.loads(out.read_text("utf-8"))
    assert report["passed"] is False
    assert "cross_validation" not in report
    assert {e["text"] for e in report["languages"]["en"]["held_out"]["errors"]} == {
        "what incentives do you offer", "hello", "hi there"}


def test_nlu_test_reports_bad_data(runner: CliRunner, data_dir: Path) -> None:
    (data_dir / "nlu.en.yml").write_text("nlu:\n- intent: greet\n  examples: |\n    hi\n", "utf-8")
    result = runner.invoke(main, ["nlu", "test", "--data", str(data_dir)])
    assert result.exit_code == 1
    assert "nlu.en.yml:4: example lines start with '- '" in result.output


def test_nlu_train_builds_then_reuses_cache(runner: CliRunner, data_dir: Path,
                                            tmp_path: Path) -> None:
    first = runner.invoke(main, ["nlu", "train", "--data", str(data_dir)])
    assert first.exit_code == 0, first.output
    assert "24 examples, 3 intents: trained and cached" in first.output
    assert any((tmp_path / "var" / "nlu").rglob("manifest.json"))
    second = runner.invoke(main, ["nlu", "train", "--data", str(data_dir)])
    assert "loaded from cache" in second.output
