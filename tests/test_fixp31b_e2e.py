"""play31b K12 through Telegram (the Bot API stub): thanks or a request typed while the inquiry
form waits for the company is answered once, the form's question under the answer in the same
message, not as a second message."""

from __future__ import annotations

from core.i18n import t
from tests.test_e2e_handoff import World, plain, pytestmark, settle, wait_partner  # noqa: F401 (marks)


def test_thanks_while_the_form_waits_is_one_message(world: World) -> None:
    user = world.stub.add_user(first_name="Lin", language_code="zh", username="lin_form31")
    user.send_text("我们想报名参加选角日，3个人")
    [form] = wait_partner(user, 0)
    assert plain(t("inq_ask_company", "zh")) in form["text"]
    user.send_text("谢谢啦")
    [both] = wait_partner(user, 1)
    settle(world)
    assert len(user.messages()) == 2, [m.get("text", "")[:60] for m in user.messages()]
    assert plain(t("inq_ask_company", "zh")) in both["text"]
    user.send_text("订阅韩国新闻")
    [subscribed] = wait_partner(user, 2)
    settle(world)
    assert len(user.messages()) == 3, [m.get("text", "")[:60] for m in user.messages()]
    assert plain(t("inq_ask_company", "zh")) in subscribed["text"]
