"""Follow-ups that lost the previous turn (play32, fixH23), in the four languages with sentences of
our own:

- what to send, asked in the conditional, after the set-access deal: that incentive's way to apply;
- "who said that?" under the costs answer quoting Carlos Tinto: who he is;
- "that set's address" right after where a title is set: the set its summary names;
- whether it applies to a company of theirs, after the short-drama incentives: the eligibility.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask

SEND = {
    "en": ("We're a distributor in Peru. Could we use your sets like Dalynn does?", "what would we have to send you?"),
    "es": ("Distribuimos series chinas en Chile. ¿Podríamos usar sus sets como Dalynn?", "¿qué tendríamos que mandar?"),
    "zh": ("我们是秘鲁的发行公司，可以像Dalynn那样用横店的场景吗？", "要发什么资料过去？"),
    "ko": ("저희는 페루 배급사인데 Dalynn처럼 세트를 쓸 수 있을까요?", "무슨 자료를 보내야 해요?"),
}


@pytest.mark.parametrize("lang", sorted(SEND))
def test_what_to_send_after_set_access_is_its_way_to_apply(services: Services, lang: str) -> None:
    reply = ask(services, lang, *SEND[lang])
    assert reply.answer == "incentive:set_access_partnership#how_to_apply", (reply.answer, reply.text)


WHO_SAID = {
    "en": ("is Hengdian affordable for a foreign production?", "who said that?"),
    "es": ("¿Sale barato rodar en Hengdian para una producción extranjera?", "¿y quién lo dijo?"),
    "zh": ("国际项目在横店拍摄，成本怎么样？", "这是谁说的？"),
    "ko": ("해외 프로덕션이 헝뎬에서 촬영하면 비용 면에서 어떤가요?", "누가 한 말이에요?"),
}


@pytest.mark.parametrize("lang", sorted(WHO_SAID))
def test_who_said_that_under_a_quote_is_the_person_quoted(services: Services, lang: str) -> None:
    first, question = WHO_SAID[lang]
    quoted = ask(services, lang, first)
    assert "Carlos Tinto" in quoted.text, quoted.text  # (the answer before quotes him)
    reply = ask(services, lang, first, question)
    assert reply.answer == "incentive:ecosystem_and_costs#about", (reply.answer, reply.text)
    assert "Carlos Tinto" in reply.text


def test_who_is_a_partners_person_leads_with_the_person(services: Services) -> None:
    reply = ask(services, "en", "and Dennis Chau, who's he?")
    assert "Dennis Chau" in reply.text.splitlines()[0], reply.text


SET_ADDRESS = {
    "en": ("tell me the plot of Moonlight Envoy", "where does it film?", "what's the address of that set?"),
    "es": ("¿de qué trata Embajadora bajo la luna?", "¿dónde se graba?", "¿me das la dirección de ese set?"),
    "zh": ("月下使臣讲的是什么故事？", "在哪里拍？", "那个景的地址是什么？"),
    "ko": ("달빛 사신은 무슨 내용이에요?", "어디서 촬영해요?", "그 촬영지 주소가 어떻게 돼요?"),
}


@pytest.mark.parametrize("lang", sorted(SET_ADDRESS))
def test_that_sets_address_after_a_titles_set_is_the_sets(services: Services, lang: str) -> None:
    reply = ask(services, lang, *SET_ADDRESS[lang])
    assert reply.answer == "location:ming_qing_palace#address", (reply.answer, reply.text)


APPLIES = {
    "en": ("what incentives do you have for vertical short dramas?", "does that apply to a Peruvian company?"),
    "es": ("¿qué apoyos tienen para microdramas verticales?", "¿eso aplica para una productora colombiana?"),
    "zh": ("竖屏短剧有什么扶持政策？", "这个适用于外国公司吗？"),
    "ko": ("숏드라마 찍으면 어떤 지원 혜택이 있나요?", "외국 회사에도 적용되나요?"),
}


@pytest.mark.parametrize("lang", sorted(APPLIES))
def test_whether_it_applies_to_their_company_is_the_eligibility(services: Services, lang: str) -> None:
    reply = ask(services, lang, *APPLIES[lang])
    assert reply.answer == "incentive:short_drama_cost_reduction#eligibility", (reply.answer, reply.text)
