"""fixJ15 kind 3 through Telegram (the Bot API stub): the co-operation form's note comes once under
the answer to a question; at a second question in a row the form closes with one line, and later
answers carry no reminder; the partner's next plain words are no company name."""

from __future__ import annotations

import pytest

from tests.test_e2e_handoff import World, plain, pytestmark, settle, wait_partner  # noqa: F401 (marks)

CASES = [
    ("en", "we want to co-produce a short drama with you", "is the A.R.C system open to partners?",
     "which airport is closest to Hengdian?", "when is the film festival?"),
    ("es", "queremos coproducir un microdrama con ustedes", "¿qué sets tienen para la dinastía Song?",
     "¿cuál es el aeropuerto más cercano?", "¿cuándo es el festival de cine?"),
    ("zh", "我們想跟你們合拍一部短劇", "有宋朝的拍攝場景嗎？", "最近的機場是哪個？", "電影節什麼時候？"),
    ("ko", "저희 회사가 숏드라마 공동제작을 하고 싶어요", "송나라 세트 있어요?", "제일 가까운 공항이 어디예요?",
     "영화제는 언제예요?"),
]


@pytest.mark.parametrize("lang,opening,first,second,third", CASES)
def test_the_form_closes_once_the_partner_moved_on(world: World, lang, opening, first, second, third) -> None:
    user = world.stub.add_user(first_name="Partner", language_code=lang, username=f"j15_{lang}")
    user.send_text(opening)
    [form] = user.wait_for_messages(1, timeout=60.0)  # (the module's first answer warms the bot up)
    assert "/cancel" in form["text"]  # (the form's intro; in Traditional Chinese for that partner)
    user.send_text(first)
    [noted] = wait_partner(user, 1)
    assert "/cancel" in noted["text"]
    user.send_text(second)
    [closed] = wait_partner(user, 2)
    assert "/inquiry" in closed["text"] and "/cancel" not in closed["text"]
    user.send_text(third)
    [later] = wait_partner(user, 3)
    settle(world)
    assert len(user.messages()) == 4, [m.get("text", "")[:60] for m in user.messages()]
    assert "/cancel" not in later["text"] and "/inquiry" not in later["text"]
