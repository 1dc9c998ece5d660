"""Blind set 3 holds its floor (`tests/answer_bar.py`: what is measured and why)."""

from __future__ import annotations

import pytest

from tests.answer_bar import HELD_OUT_3, HELD_OUT_3_FLOOR, check

pytestmark = pytest.mark.long


def test_third_held_out_set_holds_its_floor(tmp_path_factory: pytest.TempPathFactory) -> None:
    check(tmp_path_factory, HELD_OUT_3, HELD_OUT_3_FLOOR)
