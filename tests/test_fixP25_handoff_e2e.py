"""After a staff member wrote in a hand-off, the partner's ask for more of an item the bot itself
just listed ("el segundo, contame más", play34) and a stage's specifications asked in Chinese
("那虛擬拍攝棚的規格是什麼？") are answered by the bot, with the line that Mia has the chat too,
not only "passed on to Mia" (fixP25). Through the loopback Bot API stub, as the partner sees it."""

from __future__ import annotations

import pytest

from core.i18n import Lang, t
from tests.test_e2e_handoff import World, plain, settle, staff_posts, wait_partner, wait_staff
from tests.test_fixl_handoff_acks import put_through

pytestmark = [pytest.mark.e2e, pytest.mark.long]

LISTED = {
    "en": "ok and can you list all your standing sets?",
    "es": "¿y qué decorados de época tienen?",
    "zh": "你们有哪些古装场景？",
    "ko": "시대극 세트 뭐 있어요?",
}
MORE = {
    "en": "the third one, tell me more",
    "es": "el tercero, cuéntame más",
    "zh": "第三个详细说说",
    "ko": "세 번째 거 좀 더 알려줘요",
}


def _answered_after(world: World, user, said: str, name: str = "Mia") -> tuple[dict, dict]:
    """Say `said`; the bot's answer to it and its note in the hand-off's thread."""
    seen, staff_seen = len(user.messages()), len(staff_posts(world.staff))
    user.send_text(said)
    copy, note = wait_staff(world, staff_seen, 2)  # the message relayed, and what the bot answered
    assert said in copy["text"] and note["text"].startswith("🤖")
    [answer] = wait_partner(user, seen)
    return answer, note


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_more_of_a_listed_set_is_answered_after_staff_wrote(world: World, lang: Lang) -> None:
    user, post = put_through(world, lang)
    seen = len(user.messages())
    world.staff.send_text(world.mia, f"Hi, Mia here ({lang})", reply_to=post)
    wait_partner(user, seen)
    settle(world)
    _answered_after(world, user, LISTED[lang])
    settle(world)
    answer, note = _answered_after(world, user, MORE[lang])
    assert "location:" in note["text"]
    assert answer["text"].rstrip().endswith(plain(t("handoff_bot_answered_named", lang, name="Mia")))


def test_a_stages_specifications_are_answered_after_staff_wrote(world: World) -> None:
    user, post = put_through(world, "zh")
    seen = len(user.messages())
    world.staff.send_text(world.mia, "您好，我是 Mia", reply_to=post)
    wait_partner(user, seen)
    settle(world)
    answer, note = _answered_after(world, user, "好的谢谢！那LED棚的规格怎么样？")
    assert "location:virtual_production" in note["text"]
