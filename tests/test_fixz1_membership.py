"""fixZ1: whether a company is a member, asked by its name with the Alliance named too, or as
"and X?" right after another company's answer: the yes or no, not the company's card."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize("lang, line", [
    ("en", "Is Dalynn Studio a member of HISDA?"), ("en", "is Purple Wave part of the alliance?"),
    ("es", "¿Y Dalynn Studio es socio de la HISDA o no?"), ("es", "¿Purple Wave es miembro de la alianza?"),
    ("zh", "Dalynn Studio是HISDA的会员吗？"), ("ko", "Dalynn Studio도 HISDA 회원사예요?"),
])
def test_membership_of_a_named_company_is_yes_or_no(services: Services, lang: str, line: str) -> None:
    talk(services, lang, [(line, "partner:*#member")],
         fits=lambda expect, got: (got or "").startswith("partner:") and (got or "").endswith("#member"))


MEMBER = {"en": "Is Reel-K a member of HISDA?", "es": "¿Reel-K es miembro de la alianza?",
          "zh": "Reel-K是联盟会员吗？", "ko": "Reel-K도 회원사예요?"}


@pytest.mark.parametrize("lang, again, pid", [
    ("en", "and Dalynn Studio?", "dalynn_studio"), ("en", "what about Purple Wave?", "purple_wave"),
    ("es", "¿Y Dalynn Studio?", "dalynn_studio"), ("es", "¿y Purple Wave?", "purple_wave"),
    ("zh", "Dalynn Studio呢？", "dalynn_studio"), ("zh", "那Purple Wave呢", "purple_wave"),
    ("ko", "Dalynn Studio는요?", "dalynn_studio"), ("ko", "그럼 Purple Wave는?", "purple_wave"),
])
def test_and_x_after_a_membership_answer_asks_the_same_of_x(services: Services, lang: str, again: str,
                                                            pid: str) -> None:
    talk(services, lang, [(MEMBER[lang], "partner:reel_k#member"), (again, f"partner:{pid}#member")],
         fits=lambda expect, got: got == expect)


def test_and_x_with_a_fact_asked_is_that_fact_not_membership(services: Services) -> None:
    talk(services, "en", [(MEMBER["en"], "partner:reel_k#member"),
                          ("and Dalynn Studio, where are they based?", "partner:dalynn_studio#country")],
         fits=lambda expect, got: got == expect)
