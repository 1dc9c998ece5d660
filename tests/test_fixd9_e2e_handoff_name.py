"""fixD9: who on the team answered outlives a restart. Mia wrote to the partner, the bot restarted,
the partner writes again before Mia does: "passed on to Mia", not "passed on to our team" (the name
is read back from the relay log in the store)."""

from __future__ import annotations

import pytest

from core.i18n import t
from tests.test_e2e_handoff import (  # noqa: F401 (the module's fixture, shared)
    World,
    ask_for_person,
    plain,
    settle,
    staff_posts,
    wait_partner,
    wait_staff,
    world,
)

pytestmark = [pytest.mark.e2e, pytest.mark.long]


def test_the_staff_members_name_survives_a_restart(world: World) -> None:  # noqa: F811
    user, _notice, post = ask_for_person(world, "es")
    seen = len(user.messages())
    world.staff.send_text(world.mia, "Hola, soy Mia; te escribo en un rato", reply_to=post)
    wait_partner(user, seen)
    settle(world)
    world.restart()
    seen, staff_seen = len(user.messages()), len(staff_posts(world.staff))
    user.send_text("Perfecto, quedo atenta a tu mensaje")
    wait_staff(world, staff_seen)
    [line] = wait_partner(user, seen)
    assert line["text"].startswith(plain(t("handoff_ack_named", "es", name="Mia"))), line["text"]
