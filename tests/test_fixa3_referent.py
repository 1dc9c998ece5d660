"""fixA3: "who handles that?" right after a FAQ answer or an honest gap names the contact whose
subject that answer was, not the contact of a company talked about before it; asked right after
the company, it is still the company's own contact."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import last_reply


@pytest.mark.parametrize("lang, lines, team", [
    ("en", ["tell me about Dalynn Studio", "how can my company join the alliance?", "who handles that?"], "hisda_secretariat"),
    ("en", ["tell me about ShortMax", "how do we join the alliance?", "who do I talk to about that?"], "hisda_secretariat"),
    ("es", ["háblame de Dalynn Studio", "¿cómo puede mi empresa unirse a la alianza?", "¿quién ve eso?"], "hisda_secretariat"),
    ("es", ["háblame de Dalynn Studio", "¿necesitamos visa?", "¿con quién hablo de eso?"], "international_business"),
    ("zh", ["介绍一下Dalynn Studio", "我们公司怎么加入联盟？", "这个找谁？"], "hisda_secretariat"),
    ("zh", ["介绍一下Dalynn Studio", "租一个景一天多少钱？", "这个该联系谁？"], "international_business"),
    ("zh", ["拉丁电影之夜是什么活动？", "入盟要什么条件？", "这个找谁？"], "hisda_secretariat"),
    ("ko", ["Dalynn Studio 소개해 주세요", "우리 회사가 연맹에 어떻게 가입하나요?", "그건 누구한테 물어봐요?"], "hisda_secretariat"),
    ("ko", ["Dalynn Studio 소개해 주세요", "세트 하루 대여료가 얼마예요?", "이건 누구한테 문의하면 돼요?"], "international_business"),
])
def test_that_is_the_last_answers_subject(services: Services, lang: str, lines: list[str], team: str) -> None:
    reply = last_reply(services, lang, lines)
    assert (reply.answer or "").partition("#")[0] == f"contact:{team}", reply.text


@pytest.mark.parametrize("lang, lines", [
    ("en", ["tell me about Dalynn Studio", "how do I contact them?"]),
    ("zh", ["介绍一下Dalynn Studio", "找谁联系？"]),
])
def test_right_after_the_company_it_is_its_own_contact(services: Services, lang: str, lines: list[str]) -> None:
    reply = last_reply(services, lang, lines)
    assert (reply.answer or "").partition("#")[0] == "contact:dalynn_studio", reply.text
