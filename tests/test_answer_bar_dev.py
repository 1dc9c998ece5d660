"""The dev set holds its floor (`tests/answer_bar.py`: what is measured and why)."""

from __future__ import annotations

import pytest

from tests.answer_bar import DEV, DEV_FLOOR, check

pytestmark = pytest.mark.long


def test_dev_answers_do_not_slip(tmp_path_factory: pytest.TempPathFactory) -> None:
    check(tmp_path_factory, DEV, DEV_FLOOR)


def test_a_slipped_answer_fails_the_bar(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The bar can fail: a set whose one question expects another answer than the bot gives
    (written for this test) falls under a floor of 100%, and the failure names the question."""
    folder = tmp_path_factory.mktemp("slipped")
    (folder / "questions.en.yml").write_text(
        'lang: en\nquestions:\n  - q: "which comedies are in your catalog?"\n    expect: faq:visa\n',
        "utf-8")
    with pytest.raises(AssertionError) as failed:
        check(tmp_path_factory, folder, {"top1": 1.0})
    assert "en top1 0.0% < 100%" in str(failed.value)
    assert "which comedies are in your catalog?" in str(failed.value)
