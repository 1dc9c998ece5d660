"""Blind set 1 holds its floor (`tests/answer_bar.py`: what is measured and why)."""

from __future__ import annotations

import pytest

from tests.answer_bar import HELD_OUT, HELD_OUT_FLOOR, check

pytestmark = pytest.mark.long


def test_held_out_answers_hold_their_floor(tmp_path_factory: pytest.TempPathFactory) -> None:
    check(tmp_path_factory, HELD_OUT, HELD_OUT_FLOOR)
