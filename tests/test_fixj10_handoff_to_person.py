"""fixJ10: during a handoff, a question put to the staff member by name ("gracias Mia, ¿qué
papeles les hacen falta?", "谢谢Mia，你们几点下班？") is theirs to answer: the bot's own answer would
be about whatever record the words fit (another company's hours, the visa FAQ), not the team that
has the conversation. It goes to that person, and the partner hears so, naming them."""

from __future__ import annotations

import asyncio

import pytest
from telegram.ext import ApplicationHandlerStop

from bot.handlers import handoff
from core.handoffs import handoffs_of
from core.i18n import t
from core.store import Store
from intents.handoff import answers_alone, to_the_person
from intents.reply import Reply
from tests.test_handoff_relay import PARTNER, STAFF, context_for, partner_update, store  # noqa: F401


def _say(context, text: str, message_id: int) -> list[str]:
    context.bot.sent.clear()
    with pytest.raises(ApplicationHandlerStop):
        asyncio.run(handoff.on_partner_message(partner_update(text, message_id), context))
    return [text for text, _ in context.bot.to(PARTNER)]


@pytest.mark.parametrize("said,named", [
    ("thanks Mia! what time does your office close?", True),
    ("muchas gracias Mia, ¿qué papeles les hacen falta?", True),
    ("谢谢Mia，你们几点下班？", True),
    ("Mia님 감사합니다. 서류는 뭐가 필요해요?", True),
    ("we fly in from Miami, do we need a visa?", False),
    ("do we need a visa?", False),
])
def test_a_question_to_the_staff_member_by_name(said, named) -> None:
    assert to_the_person(said, "Mia") is named
    faq = Reply(text="Visa requirements depend on…", lang="en", answer="faq:visa", outcome="answered")
    assert answers_alone(said, faq, "Mia") is (not named)
    assert answers_alone(said, faq)  # (no one named yet: the bot answers what it knows)


def test_nobody_named_yet_is_no_person() -> None:
    assert not to_the_person("thanks, what time do you open?", None)


@pytest.mark.parametrize("said,lang", [
    ("muchas gracias Mia, ¿qué papeles les hacen falta?", "es"),
    ("谢谢Mia，你们办公室几点开门？", "zh"),
])
def test_the_question_goes_to_that_person(store: Store, said, lang) -> None:  # noqa: F811
    context = context_for(store)
    # (the assistant would answer the words with a record of its own: the visa FAQ, say)
    context.services.brain.reply_to_text = lambda chat, text, profile: Reply(
        text="Visa: depende de tu nacionalidad.", lang="es", answer="faq:visa", outcome="answered")
    h = handoffs_of(store).open(PARTNER, PARTNER, "contact", "hola", STAFF)
    handoffs_of(store).set_post(h.id, 77, None)
    _say(context, "hola, sigo aquí", 2)
    key = handoff._key(h)
    context.bot_data.setdefault(handoff.STAFF_NAME, {})[key] = "Mia"
    handoff._spoke(context, h)
    got = _say(context, said, 3)
    assert len(got) == 1
    assert got[0].startswith(t("handoff_ack_named", lang, name="Mia").split("Mia")[0])
    assert "Dalynn" not in got[0] and "visa" not in got[0].lower()


def test_a_question_naming_nobody_is_still_answered_alongside(store: Store) -> None:  # noqa: F811
    context = context_for(store)
    context.services.brain.reply_to_text = lambda chat, text, profile: Reply(
        text="Visa: depende de tu nacionalidad.", lang="es", answer="faq:visa", outcome="answered")
    h = handoffs_of(store).open(PARTNER, PARTNER, "contact", "hola", STAFF)
    handoffs_of(store).set_post(h.id, 77, None)
    _say(context, "hola, sigo aquí", 2)
    context.bot_data.setdefault(handoff.STAFF_NAME, {})[handoff._key(h)] = "Mia"
    handoff._spoke(context, h)
    got = _say(context, "¿necesito visa para ir?", 3)
    assert got and got[0].startswith("Visa: depende")


@pytest.mark.parametrize("said,person,meant", [
    ("thanks Mia, what time does your office open?", "Mia Chen", True),
    ("gracias mia! necesitan algún documento?", "Mia", True),
    ("Mia님, 서류 필요한가요?", "Mia", True),
    ("Will you send me the programme?", "Will Turner", False),  # a name that is also a word
    ("will it rain there in May?", "Will", False),
    ("thanks will, when can we talk?", "Will", True),
])
def test_a_staff_name_that_is_also_a_word_counts_only_as_a_name(said: str, person: str, meant: bool) -> None:
    from intents.handoff import to_the_person
    assert to_the_person(said, person) is meant
