"""play30 ko-busan-hub (fixW20): "ㅇㅋ 그럼 그 작가촌 연락처 있어요?" right after the China Internet
Writers Village says first that it has no contact of its own in our information, then the team
that can put the partner in touch; not a team's card as if it were the Village's, nor every team."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import say


@pytest.mark.parametrize(("lang", "card", "asked", "unpublished"), [
    ("en", "what is the China Internet Writers Village?", "ok, do you have a contact for them?", "aren't published"),
    ("es", "¿qué es la Aldea de Escritores de Internet de China?", "vale, ¿tienen algún contacto de ellos?", "no están publicados"),
    ("zh", "中国网络作家村是做什么的？", "好的，有他们的联系方式吗？", "没有公开"),
    ("ko", "중국 인터넷 작가촌은 뭐 하는 곳이에요", "ㅇㅋ 그럼 그 작가촌 연락처 있어요?", "공개되어 있지 않습니다"),
])
def test_a_partner_without_a_contact_of_its_own(services: Services, lang, card, asked, unpublished) -> None:
    shown, reply = say(services, lang, card, asked)
    assert shown.answer.startswith("partner:china_internet_writers_village"), shown.answer
    assert reply.answer.startswith("gap:"), (reply.answer, reply.text)
    first = reply.text.splitlines()[0]
    assert unpublished in first, reply.text
    assert reply.text.count("✉️") == 1, reply.text  # one team to write to, not the whole directory


def test_the_village_asked_after_other_questions(services: Services) -> None:
    *_, reply = say(services, "ko", "헝뎬에서 올해 숏드라마 몇 편이나 찍었어요?", "ShortMax는 몇 개국에 서비스해요?",
                    "중국 인터넷 작가촌은 뭐 하는 곳이에요", "ㅇㅋ 그럼 그 작가촌 연락처 있어요?")
    assert reply.answer.startswith("gap:") and "작가촌" in reply.text.splitlines()[0], (reply.answer, reply.text)
