"""The rights of finished titles asked to buy ("想买几部已经完结的短剧版权", "we want to buy the rights
to a few finished short dramas", "queremos comprar los derechos de algunos microdramas ya
terminados", "이미 완결된 숏드라마 판권을 몇 편 사고 싶어요") are answered with the catalogue's titles
that are finished or whose rights are on offer, the inquiry form a button under them at most (the
transport's `titles_first`), never the form opened first (fixP19)."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.callbacks import encode
from intents.inquiry import titles_first, with_form_button
from intents.inquiry_words import wants_inquiry
from tests.dialogue import ask, new_chat

RIGHTS = [("zh", "想买几部已经完结的短剧版权"), ("en", "we want to buy the rights to a few finished short dramas"),
          ("es", "queremos comprar los derechos de algunos microdramas ya terminados"),
          ("ko", "이미 완결된 숏드라마 판권을 몇 편 사고 싶어요")]


@pytest.mark.parametrize("lang,text", RIGHTS)
def test_finished_titles_on_offer_listed_the_form_a_button(services: Services, lang: str, text: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    kind = wants_inquiry(text)
    assert kind == "license"
    assert titles_first(services.brain.turn(chat, services.store.profile(chat), text), kind)
    reply = ask(services, lang, text)
    assert reply.answer == "list:works?coproduction=completed+available_for_licensing", reply.answer
    works = services.knowledge.current.works
    offered = {f"work:{w.id}" for w in works.values() if w.coproduction in ("completed", "available_for_licensing")}
    assert set(reply.items) == offered, reply.items
    shown = with_form_button(reply, kind)
    opens = encode("inq", "start", kind)
    assert sum(1 for row in shown.buttons for b in row if b.data == opens) == 1


def test_a_title_in_focus_asked_whether_on_offer_keeps_its_own_answer(services: Services) -> None:
    reply = ask(services, "en", "tell me about Grandma 2.0", "can we buy the rights to it, is it finished?")
    assert reply.answer.startswith("work:work_grandma_2_0"), reply.answer


def test_whether_sets_are_finished_is_no_titles_on_offer(services: Services) -> None:
    reply = ask(services, "es", "oye y los sets de calles extranjeras ya estan terminados o siguen en obra?")
    assert reply.answer.startswith("location:international_sets"), reply.answer
