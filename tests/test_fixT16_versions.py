"""fixT16 (found re-running play23 en6): a language switch said together with a question about a
version in ANOTHER language ("bueno, sigo en español: ¿tiene versión en portugués?") switches the
reply's language and answers the version asked (none in Portuguese), never "Sí" because the
switch named Spanish."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import new_chat


@pytest.mark.parametrize("lang,card,asked,no", [
    ("en", "tell me about A Face in Clay", "bueno, sigo en español: ¿tiene versión en portugués?", "No"),
    ("en", "tell me about Grandma 2.0", "vale, en español por favor: ¿hay versión en francés?", "No"),
    ("es", "háblame de Abuela 2.0", "ok, in English now: is there a French version?", "No"),
    ("es", "háblame de Un rostro de barro", "switching to English: does it have a Portuguese version?", "No"),
])
def test_the_version_asked_is_not_the_language_switched_to(services: Services, lang, card, asked, no) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    services.brain.reply_to_text(chat, card, services.store.profile(chat))
    reply = services.brain.reply_to_text(chat, asked, services.store.profile(chat))
    body = reply.text.split("</i>")[-1].strip()
    assert body.startswith(no), reply.text
