"""The dev set holds its floor (`tests/answer_bar.py`: what is measured and why)."""

from __future__ import annotations

import pytest

from tests.answer_bar import DEV, DEV_FLOOR, check

pytestmark = pytest.mark.long


def test_dev_answers_do_not_slip(tmp_path_factory: pytest.TempPathFactory) -> None:
    check(tmp_path_factory, DEV, DEV_FLOOR)
