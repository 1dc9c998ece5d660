"""The language a partner writes in, read without the record names quoted (fixU20).

"cuéntame de Ghost in the Volume" has more English words than Spanish ones, all of them the
title's: the Spanish around the name is the partner's language (`understand._written_around_names`);
"tell me about El relojero del emperador" is English for the same reason; a name said alone says
nothing and the chat's language stays.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, say


@pytest.mark.parametrize(("telegram", "text", "lang", "answer"), [
    ("en", "cuéntame de Ghost in the Volume", "es", "work:work_ghost_in_the_volume#logline"),
    ("en", "¿cuántos episodios tiene Ghost in the Volume?", "es", "work:work_ghost_in_the_volume#episodes"),
    ("en", "háblame de Hengdian World Studios", "es", "partner:hengdian_world_studios"),
    ("es", "tell me about El relojero del emperador", "en", "work:work_emperors_clockmaker#logline"),
])
def test_the_language_around_a_quoted_name(services: Services, telegram: str, text: str, lang: str, answer: str) -> None:
    reply = ask(services, telegram, text)
    assert reply.lang == lang, (reply.lang, reply.text)
    assert reply.answer == answer, reply.answer


def test_a_title_alone_keeps_the_chat_language(services: Services) -> None:
    first, title = say(services, "en", "hola, ¿qué series tienen?", "Ghost in the Volume")
    assert first.lang == "es"
    assert title.lang == "es", title.text  # (was English: the title's four words read as the partner's)
    assert title.answer.startswith("work:work_ghost_in_the_volume"), title.answer
    # an English sentence naming the title is still English
    assert ask(services, "es", "what is Ghost in the Volume about?").lang == "en"
