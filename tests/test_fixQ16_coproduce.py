"""fixQ16: someone wanting to put money into one of our catalogue titles and make it together
(a partner's friend, a production company, a festival wanting to partner on a title) asks how a
catalogue title is co-produced: the coproduce_catalog_title FAQ, not the way into the alliance nor
the set-access incentive for distributors. Sentences of our own, four languages."""

from __future__ import annotations

import pytest

from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "a friend of mine runs a production company and wants to put money into one of your series and make it with you, where do they start?"),
    ("en", "our festival would like to partner on a title from your slate, how does that work?"),
    ("es", "un socio mío quiere meter dinero en una de sus series para producirla juntos, ¿cómo es el proceso?"),
    ("es", "nuestro festival quiere asociarse en uno de los títulos del catálogo, ¿qué pasos hay que seguir?"),
    ("es", "un pana tiene una productora y le gustó una novela de ustedes, quiere poner lana pa hacerla juntos, ¿por dónde empieza?"),
    ("zh", "我朋友的公司看中了你们的一部剧，想出钱一起做，要从哪里开始？"),
    ("zh", "我們影展想跟你們合作片單裡的一部作品，流程是怎樣？"),
    ("ko", "지인 제작사가 그쪽 작품 하나에 돈을 대서 같이 만들고 싶어 하는데 어디서부터 시작하면 돼요?"),
    ("ko", "저희 영화제가 카탈로그 작품 하나를 같이 제작하고 싶은데 절차가 어떻게 되나요?"),
])
def test_money_into_a_catalogue_title_to_make_it_together_is_the_coproduction_faq(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "faq:coproduce_catalog_title")])


@pytest.mark.parametrize(("lang", "say", "expect"), [
    ("en", "how do we join the alliance?", "faq:join_alliance"),
    ("es", "queremos poner plata en Hengdian, ¿qué incentivos hay?", "list:incentives"),
    ("en", "how do distributors get access to the sets?", "incentive:set_access_partnership"),
])
def test_money_or_partnering_without_a_title_is_not_the_coproduction_faq(services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)])
