"""Blind set 2 holds its floor (`tests/answer_bar.py`: what is measured and why)."""

from __future__ import annotations

import pytest

from tests.answer_bar import HELD_OUT_2, HELD_OUT_2_FLOOR, check

pytestmark = pytest.mark.long


def test_second_held_out_set_holds_its_floor(tmp_path_factory: pytest.TempPathFactory) -> None:
    check(tmp_path_factory, HELD_OUT_2, HELD_OUT_2_FLOOR)
