"""fixA3: what membership costs, however asked ("is joining free?", "we'd like to join, is there a
fee? who do I contact?", "谁负责入盟？要交会费吗？"), is one honest sentence (not published) and the
secretariat's card once: no membership procedure nor a second card stacked on it, no other team,
and "unirse" is no typo of the partner UniVerse. The way in asked beside the fee keeps both."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.entities import NOT_NAMES
from tests.dialogue import last_reply


@pytest.mark.parametrize("lang, text", [
    ("en", "is joining the alliance free?"),
    ("en", "are there annual dues for alliance members?"),
    ("en", "what are the fees for members?"),
    ("en", "we'd like to join the alliance, is there a fee? who do I contact?"),
    ("en", "who handles membership? is there a fee?"),
    ("es", "¿unirse a la alianza es gratis?"),
    ("es", "queremos unirnos a la alianza, ¿hay que pagar cuota?"),
    ("es", "queremos unirnos a la alianza, ¿hay que pagar cuota? ¿con quién hablo?"),
    ("zh", "加入联盟是免费的吗"),
    ("zh", "我们想加入联盟，要交会费吗？"),
    ("zh", "我们想加入联盟，要交会费吗？找谁办？"),
    ("zh", "谁负责入盟？要交会费吗？"),
    ("ko", "연맹에 가입하고 싶은데 회비 있나요? 누구한테 연락하면 돼요?"),
    ("ko", "회원 가입 담당은 누구예요? 회비 있어요?"),
])
def test_the_fee_is_one_gap_and_the_secretariat_once(services: Services, lang: str, text: str) -> None:
    reply = last_reply(services, lang, [text])
    assert reply.answer == "gap:hisda_secretariat", reply.text
    assert reply.text.count("✉️") == 1 and "secretariat@" in reply.text
    assert "\n\n" not in reply.text.strip(), reply.text  # one answer, nothing stacked under it


@pytest.mark.parametrize("lang, text", [
    ("en", "how do we join HISDA and how much does it cost?"),
    ("es", "¿Cómo nos unimos y cuánto cuesta?"),
    ("zh", "怎么入盟？要交多少钱？"),
])
def test_the_way_in_asked_beside_the_fee_keeps_both(services: Services, lang: str, text: str) -> None:
    reply = last_reply(services, lang, [text])
    assert reply.answer == "faq:join_alliance" and reply.text.count("✉️") == 1, reply.text


def test_unirse_is_no_name() -> None:
    assert {"unirse", "unirnos"} <= NOT_NAMES


@pytest.mark.parametrize("text, kind", [
    ("我们想加入联盟，要交会费吗？找谁办？", None),
    ("we'd like to join the alliance, is there a fee?", None),
    ("queremos unirnos a la alianza, ¿hay que pagar cuota?", None),
    ("연맹에 가입하고 싶은데 회비 있나요?", None),
    ("我们想加入联盟", "join_alliance"),
])
def test_a_fee_asked_beside_the_wish_to_join_opens_no_form(text: str, kind: str | None) -> None:
    from intents.inquiry_words import wants_inquiry
    assert wants_inquiry(text) == kind
