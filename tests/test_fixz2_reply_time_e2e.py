"""fixZ2 (kind E) on Telegram: during an open handoff, "when/whether today will they answer?" in
wordings the chase did not read ("他们今天会回吗？", "주말이라 언제 답이 올까요?") gets the team's
reply line (Bot API stub, as tests/test_fixl_handoff_acks.py), not a fact of the conversation."""

from __future__ import annotations

import pytest

from core.i18n import Lang, t
from tests.test_e2e_handoff import World, plain, wait_partner
from tests.test_fixl_handoff_acks import put_through

pytestmark = [pytest.mark.e2e, pytest.mark.long]

ASKED = {"zh": "他们今天会回吗？", "ko": "주말이라 언제 답이 올까요?", "es": "¿Me contestan hoy?",
         "en": "Will they reply today?"}


@pytest.mark.parametrize("lang", ["zh", "ko", "es", "en"])
def test_whether_they_answer_today_is_the_reply_line(world: World, lang: Lang) -> None:
    user, _ = put_through(world, lang)
    seen = len(user.messages())
    user.send_text(ASKED[lang])
    got = wait_partner(user, seen)
    assert got[0]["text"].startswith(plain(t("handoff_ack", lang))[:6]), got[0]["text"]
