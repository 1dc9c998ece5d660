"""Kinds of mistake of answers21 (a read set), each tried with wordings written for these tests:

- another body's procedure for the partner as a person (a driving licence, a tax return, a
  university's admissions, an app's reach) is not ours, whatever paper word it shares with the
  joining FAQ or a contact's hours;
- a business or rights gap, help or a greeting, or a record found by a stray word gives way to
  the FAQ that its own word, the answer ranker and the meaning agree on;
- "入盟" names the alliance: joining it, wherever the company is registered;
- what is on the slate, no deal asked, is the titles, not the licensing FAQ.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what paperwork do I need to swap my UK driving licence for a Spanish one?"),
    ("es", "¿cómo renuevo la licencia de conducir en Chile?"),
    ("zh", "驾照到期了怎么换证？"),
    ("zh", "考研报名什么时候截止？"),
    ("ko", "대학원 입시 서류는 언제까지 내야 해요?"),
    ("ko", "연말정산 서류 어디서 떼요?"),
])
def test_another_bodys_procedure_is_not_ours(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["out_of_scope", "fallback"])], fits)


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "if we co-produce one of your titles, who pays and who keeps the rights?", "faq:coproduce_catalog_title"),
    ("es", "si coproducimos uno de sus títulos, ¿quién financia y quién se queda con los derechos?",
     "faq:coproduce_catalog_title"),
    ("en", "so this alliance, what is it actually and what does it do?", ["faq:what_is_hisda", "program:hisda"]),
    ("ko", "연맹은 어떤 곳이고 무슨 일을 하나요? 설명 부탁드립니다", ["faq:what_is_hisda", "program:hisda"]),
    ("es", "¿tienen estudios con pantallas LED para grabar con fondos digitales?",
     ["faq:virtual_production", "location:virtual_production"]),
    ("zh", "我们公司在曼谷注册的，能入盟吗？", "faq:join_alliance"),
    ("zh", "片单里都有哪些剧？", ["list:works", "catalog:about"]),
    ("en", "what titles are on your slate?", ["list:works", "catalog:about"]),
])
def test_the_faq_agreed_on_or_the_titles(services: Services, lang: str, text: str, expect: str | list[str]) -> None:
    talk(services, lang, [(text, expect)], fits)


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "what can you help me with?", "smalltalk:help"),
    ("zh", "片单里的剧怎么引进？", "faq:coproduce_catalog_title"),
])
def test_help_and_the_way_to_a_deal_stay(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)], fits)
