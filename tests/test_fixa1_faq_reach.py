"""fixA1: FAQ questions in partners' own words reach their FAQ, in the four languages.

- joining asked with the papers or steps it takes, after a stated wish ("想加入联盟，要准备什么材料？",
  "연맹에 가입하고 싶은데 어떤 서류가 필요한가요?"): the membership FAQ, not the inquiry form (a plain
  wish to join, no question, still opens the form);
- HISDA seen in our e-mail signatures and asked what it is: what HISDA is, not the secretariat's
  address (an address asked for stays the address);
- the catalog asked as a whole in other words ("your library", "información general", "片库整体有啥"):
  the catalog's overview, not out of scope, a FAQ of its deals or the programmes list.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.inquiry_words import wants_inquiry
from tests.dialogue import ask


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "我们是一家小制作公司，想加入联盟，需要准备什么材料？"),
    ("zh", "我们工作室也想入盟，手续有哪些？"),
    ("ko", "저희 회사도 연맹에 가입하고 싶은데 어떤 서류가 필요한가요?"),
    ("ko", "작은 배급사인데 연맹 가입하고 싶어요. 절차가 어떻게 되나요?"),
    ("es", "queremos unirnos a la alianza, ¿qué documentos piden?"),
    ("en", "we would like to join the alliance. what documents do you need?"),
    ("en", "we're a small production house in Ghana, what paperwork do you need for us to become members?"),
])
def test_joining_papers_asked_is_the_membership_faq(services: Services, lang: str, text: str) -> None:
    assert wants_inquiry(text) is None
    assert ask(services, lang, text).answer == "faq:join_alliance"


@pytest.mark.parametrize("text", ["we want to join the alliance", "我们想加入联盟", "연맹 가입하고 싶어요",
                                  "queremos unirnos a la alianza"])
def test_a_plain_wish_to_join_still_opens_the_form(text: str) -> None:
    assert wants_inquiry(text) == "join_alliance"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I keep seeing HISDA in your e-mail signatures, what is it?"),
    ("es", "vi HISDA en la firma de sus correos, ¿qué es eso?"),
    ("zh", "你们邮件签名里的HISDA是个什么机构？"),
    ("ko", "메일 서명에 있는 HISDA가 뭔가요?"),
])
def test_hisda_in_mail_signatures_is_what_hisda_is(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer in ("faq:what_is_hisda", "program:hisda")  # (the sets accept both)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what's the HISDA secretariat's e-mail?"),
    ("es", "¿a qué correo le escribo a la HISDA?"),
])
def test_the_secretariat_address_asked_stays_the_address(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "contact:hisda_secretariat#email"


def test_members_counted_stays_the_honest_gap(services: Services) -> None:
    assert ask(services, "en", "how many members does HISDA have exactly?").answer == "gap:hisda_secretariat"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what's in your library overall?"),
    ("en", "general information on the 2025 catalogue, please"),
    ("es", "información general del catálogo 2025, porfa"),
    ("zh", "你们片库整体有啥？"),
    ("zh", "2025 片单大概什么情况？"),
    ("ko", "작품 라이브러리 전반적으로 소개해 주세요"),
])
def test_the_catalog_as_a_whole_is_its_overview(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer in ("catalog:about", "list:works")


def test_another_library_stays_out_of_scope(services: Services) -> None:
    assert ask(services, "en", "what's in the public library in Hengdian?").answer == "out_of_scope"
