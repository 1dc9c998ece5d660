"""fixQ16: right after a member company's card (ShortMax), "我们潮州这家做发行的，想跟联盟挂钩，得提交
什么材料？" is the partner's own house asking what to send to tie up with the alliance: the way in
(join_alliance), not the company in focus ("这家" is theirs, not ShortMax). Sentences of our own,
four languages."""

from __future__ import annotations

import pytest

from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("zh", "ShortMax是干嘛的？", "我们汕头这家做制作的，也想跟联盟挂上钩，要交哪些资料？"),
    ("zh", "ShortMax是做什么的？", "那咱们这家做宣发的，想跟联盟挂钩，需要准备什么材料？"),
    ("en", "what does ShortMax do?", "and our distribution outfit in Medellín wants to tie up with the alliance, what papers do we send?"),
    ("en", "tell me about ShortMax", "ok, we're a small distributor in Cebu and want to be part of the alliance too, what documents are needed?"),
    ("es", "¿qué hace ShortMax?", "y nosotros, una distribuidora de Rosario, queremos sumarnos a la alianza, ¿qué papeles hay que mandar?"),
    ("es", "¿ShortMax a qué se dedica?", "vale, nuestra empresita de Vigo quiere vincularse a la alianza, ¿qué documentación piden?"),
    ("ko", "ShortMax는 뭐 하는 회사예요?", "그럼 저희 부산 배급사도 연맹에 들어가려면 어떤 서류 내야 돼요?"),
    ("ko", "ShortMax 소개해 주세요", "저희 대구 제작사도 연맹 가입하고 싶은데 서류 뭐 준비해야 되노?"),
])
def test_the_partners_own_house_asking_the_papers_to_join_is_the_way_in(services, lang: str, first: str, then: str) -> None:
    talk(services, lang, [(first, "partner:shortmax"), (then, "faq:join_alliance")])


def test_that_company_asked_again_is_still_the_company(services) -> None:
    talk(services, "zh", [("ShortMax是做什么的？", "partner:shortmax"), ("这家公司在哪里？", "partner:shortmax")])
