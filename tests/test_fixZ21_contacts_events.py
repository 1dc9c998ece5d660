"""Round 30's known leftovers (fixZ21), each tried in the four languages with sentences of our own:

- "do you have their number?" after a membership talk: the team the last answer named (the
  fee of joining → the Secretariat), not the partner company whose card was shown turns before;
- whom to contact (a verb of contacting: 연락, 联系, contact) about Spanish-speaking work:
  Dalynn Studio's card; whom to *ask* ("누구한테 문의하면", "该找谁") stays the Spanish-language FAQ;
- the 2025 cross-cultural exchange named loosely or by its long name with another head noun
  ("…Cooperation meeting"): its words "drama" or "film" name no title, the event is asked.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.nlu.answers import matches
from tests.dialogue import ask, talk

# ---- "their number" after the membership talk: the secretariat's

MEMBERSHIP = {
    "en": ["SpringReel, what do they do?", "How do we join?", "Is there a yearly fee for members?",
           "Not sure who to call for the paperwork… do you have their number?"],
    "es": ["SpringReel, ¿a qué se dedica?", "¿Cómo nos unimos a la alianza?", "¿Hay que pagar una cuota anual?",
           "No sé a quién llamar por los papeles… ¿tienen su número?"],
    "zh": ["SpringReel是做什么的？", "我们怎么加入联盟？", "会员要交年费吗？", "办手续不知道打给谁……有他们的电话吗？"],
    "ko": ["SpringReel은 뭐 하는 회사예요?", "연맹에 어떻게 가입해요?", "회원 연회비가 있나요?", "서류 때문에 누구한테 전화해야 할지 모르겠네요… 거기 번호 있어요?"],
}


@pytest.mark.parametrize("lang", sorted(MEMBERSHIP))
def test_their_number_after_the_fee_is_the_secretariats(services: Services, lang: str) -> None:
    *before, last = MEMBERSHIP[lang]
    reply = ask(services, lang, *before, last)
    assert reply.answer == "contact:hisda_secretariat#phone", reply.answer
    assert "+86 000 0000 0003" in reply.text


def test_a_partner_without_contact_asked_right_after_is_still_introduced(services: Services) -> None:
    # (no team named since: "연락처 있어요?" is the company's, which has none: who can introduce it)
    reply = ask(services, "ko", "SpringReel은 뭐 하는 회사예요?", "그럼 그 회사 연락처 있어요?")
    assert (reply.answer or "").startswith("gap:"), reply.answer
    assert "SpringReel" in reply.text


# ---- whom to contact for Spanish-speaking work: Dalynn's card

DALYNN = ["contact:dalynn_studio", "partner:dalynn_studio"]
CONTACT_FOR_SPANISH = [
    ("ko", "스페인어권 일은 누구한테 연락하면 돼요?"),
    ("ko", "스페인어권 시청자 대상 작업은 누구한테 연락드리면 될까요?"),
    ("zh", "西语市场的事该联系谁？"),
    ("zh", "想让说西班牙语的观众看到我们的剧，应该联系谁？"),
    ("en", "who do I contact for Spanish-speaking work?"),
    ("es", "¿a quién contacto para lo de habla hispana?"),
]


@pytest.mark.parametrize(("lang", "text"), CONTACT_FOR_SPANISH)
def test_whom_to_contact_for_spanish_speaking_work_is_dalynn(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("contact:dalynn_studio"), reply.answer
    assert "partners@dalynn.example.com" in reply.text


def test_whom_to_contact_after_an_event_in_a_conversation(services: Services) -> None:
    talk(services, "ko", [
        ("그쪽 작품이 스페인어 쓰는 시청자한테도 닿을 수 있어요?", ["faq:spanish_distribution", "partner:dalynn_studio"]),
        ("중남미 제작자들이랑 프로젝트 얘기할 수 있는 행사 있어요?", "event:latam_pitch_day_2027"),
        ("스페인어권 일은 누구한테 연락하면 돼요?", DALYNN),
    ])


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "우리 영상을 스페인어권 시청자한테 보여주고 싶은데 누구한테 문의하면 돼요?"),
    ("zh", "我們想讓說西班牙語的觀眾看到我們的紀錄片，請問該找誰？"),
])
def test_whom_to_ask_stays_the_way_it_is_done(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "faq:spanish_distribution"


# ---- the 2025 cross-cultural exchange, named loosely

EXCHANGE_VENUE = "event:cross_cultural_exchange_2025#venue"
EXCHANGE_NAMED = [
    ("en", "Where was the International Short Drama and Cross-Cultural Film Cooperation meeting of 2025 held?"),
    ("en", "where was the cross-cultural cooperation meeting held?"),
    ("es", "¿dónde fue el encuentro intercultural de 2025?"),
    ("es", "¿Dónde se celebró el Encuentro Internacional de Microdramas y Cooperación Cinematográfica de 2025?"),
    ("zh", "2025年跨文化合作那个会在哪儿开的？"),
    ("zh", "2025年国际短剧与跨文化电影合作会议在哪里举行的？"),
    ("ko", "2025년 크로스컬처 협력 행사 어디서 했어요?"),
    ("ko", "2025년 국제 숏드라마 크로스컬처 영화 협력 회의는 어디서 열렸어요?"),
]


@pytest.mark.parametrize(("lang", "text"), EXCHANGE_NAMED)
def test_the_exchange_named_loosely_is_that_event(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert matches(EXCHANGE_VENUE, reply.answer), reply.answer


@pytest.mark.parametrize(("lang", "text"), [("en", "and the festival in October?"), ("zh", "十月那个电影节呢？")])
def test_a_kind_word_outside_the_name_still_names_its_kind(services: Services, lang: str, text: str) -> None:
    # ("Ten Days in October" is a title: the festival word asks the event)
    assert (ask(services, lang, text).answer or "").startswith("event:hengdian_film_festival")


def test_one_word_of_the_name_keeps_its_kind(services: Services) -> None:
    # ("숏드라마" is one word of the exchange's Korean name: a platform asked among the partners)
    assert ask(services, "ko", "파트너 중에 한국 숏드라마 플랫폼이 어디예요").answer == "partner:reel_k"
