"""fixZ16 (play24 kind 7): after a request for a person, "who will contact me?" and "what do I send
them?" are answered: with no staff chat (the request noted, the team's address given), nobody
contacts them from here, write to that team; what to send is what the knowledge says that team
asks for (company profile, markets, titles, what you want to do), with the team's address."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import new_chat


def _unstaffed(services: Services, lang: str, ask: str, then: str):
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    handed = services.brain.reply_to_text(chat, ask, services.store.profile(chat))
    assert handed.handoff is not None, handed.answer
    services.brain.note_unstaffed(chat, handed.handoff)  # what Telegram does with no staff chat
    return services.brain.reply_to_text(chat, then, services.store.profile(chat))


@pytest.mark.parametrize(("lang", "ask", "then"), [
    ("en", "I need a human please", "so who exactly will contact me?"),
    ("en", "can I talk to a real person?", "ok and who's going to get back to us?"),
    ("es", "quiero hablar con alguien", "¿y quién me va a contactar?"),
    ("es", "pásenme con una persona porfa", "¿quién se va a poner en contacto conmigo?"),
    ("zh", "我想找个真人", "那谁会联系我？"),
    ("zh", "可以轉人工嗎", "誰會聯絡我們？"),
    ("ko", "담당자랑 얘기하고 싶어요", "누가 저한테 연락 줘요?"),
    ("ko", "사람이랑 얘기할래", "그럼 누가 연락해 줘?"),
])
def test_who_will_contact_me_is_nobody_here_write_to_them(services: Services, lang: str, ask: str, then: str) -> None:
    reply = _unstaffed(services, lang, ask, then)
    assert reply.handoff is None and (reply.answer or "").startswith("contact:"), (reply.answer, reply.text)
    assert "@" in reply.text  # the team's address, to write to


@pytest.mark.parametrize(("lang", "ask", "then", "faq"), [
    ("en", "I need a human please", "what info should I send them?", "faq:coproduce_catalog_title"),
    ("en", "can I talk to someone from the alliance secretariat?", "what do they need from us?", "faq:join_alliance"),
    ("es", "quiero hablar con alguien", "¿qué datos les mando?", "faq:coproduce_catalog_title"),
    ("es", "quiero hablar con alguien de la secretaría de la alianza", "¿qué información les tengo que mandar?", "faq:join_alliance"),
    ("zh", "我想找个真人", "我需要给他们发什么资料？", "faq:coproduce_catalog_title"),
    ("zh", "幫我轉人工", "要準備哪些材料給他們？", "faq:coproduce_catalog_title"),
    ("ko", "담당자랑 얘기하고 싶어요", "뭘 보내면 돼요?", "faq:coproduce_catalog_title"),
    ("ko", "사람이랑 얘기할래", "어떤 자료 보내야 돼?", "faq:coproduce_catalog_title"),
])
def test_what_to_send_is_what_the_team_asks_for(services: Services, lang: str, ask: str, then: str, faq: str) -> None:
    reply = _unstaffed(services, lang, ask, then)
    assert reply.answer == faq, (reply.answer, reply.text)
    assert "@" in reply.text


@pytest.mark.parametrize(("lang", "ask", "then"), [
    ("en", "I need a human please", "what info should I send them?"),
    ("zh", "我想找个真人", "我需要给他们发什么资料？"),
])
def test_what_to_send_right_after_the_handoff_too(services: Services, lang: str, ask: str, then: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    services.brain.reply_to_text(chat, ask, services.store.profile(chat))
    reply = services.brain.reply_to_text(chat, then, services.store.profile(chat))
    assert reply.answer == "faq:coproduce_catalog_title", reply.answer
