"""Programmes asked for foreign producers (fixP19): no programme is for them, and all four languages
say what is open to a producer's company from the knowledge (the Alliance it can join, the
incentives whose terms name foreign or international productions), not the talent programme as
"the closest" nor every programme."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import ask

ASKED = [("en", "are there programs for foreign producers?"), ("es", "¿tienen programas para productores extranjeros?"),
         ("zh", "有没有针对外国制片人的项目"), ("ko", "외국 제작자를 위한 프로그램 있나요?")]


@pytest.mark.parametrize("lang,text", ASKED)
def test_what_is_open_to_foreign_producers_the_same_in_every_language(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "list:programs?for=producer", reply.answer
    kb = services.knowledge.current
    opened = [f"incentive:{i.id}" for i in kb.incentives.values()
              if any(w in i.eligibility.get("en").lower() for w in ("foreign", "international"))]
    assert opened and reply.items == ["program:hisda", *opened], reply.items
    assert "program:global_talent_program" not in reply.items
    who = t("audience_foreign", lang, who=t("audience_producer", lang))
    assert reply.text.startswith(t("programs_none_for_open", lang, who=who)), reply.text


@pytest.mark.parametrize("lang,text", [("en", "any programs for foreign writers?"), ("es", "¿algún programa para guionistas extranjeros?")])
def test_other_trades_keep_their_closest_programme(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "list:programs?for=writer", reply.answer
    assert "program:hisda" not in reply.items
