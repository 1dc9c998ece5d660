"""fixG3 (kind 2) on Telegram: during a hand-off, a message said to the team ("one more thing for
the team: …", "dígale al equipo que…", "请转告他们…", "팀에 전해 주세요…") is relayed and confirmed as
passed on every time, even right after the first acknowledgement; it is not answered as a new
question (a month in it is no query for that month's events)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.i18n import Lang, t
from tests.botapi_stub import BotApiStub
from tests.conftest import BotProcess
from tests.test_e2e_handoff import World, plain, settle, staff_posts, wait_partner, wait_staff
from tests.test_fixl_handoff_acks import NOTE, put_through

pytestmark = [pytest.mark.e2e, pytest.mark.long]

FOR_TEAM = {
    "en": "Actually one more thing for the team: we plan to shoot in March with 25 crew.",
    "es": "Dígale al equipo que vamos a rodar en marzo con 25 personas.",
    "zh": "请转告他们：我们计划三月开拍，剧组25人。",
    "ko": "팀에 전해 주세요, 3월에 25명이 촬영할 계획입니다.",
}


@pytest.fixture(scope="module")
def world(module_stub: BotApiStub, module_bot_process: Callable[..., BotProcess]) -> World:
    staff = module_stub.add_group("HISDA staff", chat_type="supergroup")
    mia = staff.add_member(module_stub.add_user(first_name="Mia", username="mia_g3"))
    leo = staff.add_member(module_stub.add_user(first_name="Leo"), "administrator")
    env = {"BOT_STAFF_CHAT_ID": str(staff.id), "BOT_ADMIN_IDS": str(leo.id)}
    bot = module_bot_process(**env)
    return World(module_stub, bot, staff, mia, leo, module_bot_process, env)


@pytest.mark.parametrize("lang", ("en", "es", "zh", "ko"))
def test_a_message_for_the_team_is_confirmed_as_passed_on(world: World, lang: Lang) -> None:
    user, _post = put_through(world, lang)
    seen, staff_seen = len(user.messages()), len(staff_posts(world.staff))
    user.send_text(NOTE[lang])  # the first message: acknowledged
    wait_staff(world, staff_seen)
    wait_partner(user, seen)
    settle(world)
    seen, staff_seen = len(user.messages()), len(staff_posts(world.staff))
    user.send_text(FOR_TEAM[lang])
    [copy] = wait_staff(world, staff_seen)
    assert FOR_TEAM[lang] in copy["text"]
    [ack] = wait_partner(user, seen)
    assert ack["text"].startswith(plain(t("handoff_ack", lang))), ack["text"]
    settle(world)
    assert len(user.messages()) == seen + 1, "the line that it was passed on, and no answer"
