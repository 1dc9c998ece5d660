"""Kinds of mistakes found by answer sets 10-12 (2026-12-02, third session), in fresh wordings:

- the sets-for-distribution deal described rather than named ("use your backlots if we put your
  shows out"), and whether we can have it: that incentive's eligibility;
- a look cast ("Western faces", "caras europeas", "欧美面孔", "서양 배우 얼굴") is the foreign-actors
  FAQ ("caras" is no price there, and the cast of a look is no title's credits);
- times asked in a named city's clock ("in Tokyo time", "按东京时间", "기준으로 알려 주세요") set the
  partner's zone;
- the transport to the set / 片场 / 현장 after landing is the way to Hengdian;
- a western street in colloquial words (洋楼, calles europeas, 유럽식 거리) lists the western-street sets;
- what membership costs a year (年费, annual charges, what members pay) is a price gap with the
  secretariat;
- another site weighed apart ("보다 … 나을까요", "X하고 Y 중에 어디가", "better … than a backlot near
  Prague") is the comparison gap, while our costs weighed against home stay the costs FAQ;
- money given or saved for a shoot in plain words (the government chips in) is the incentives FAQ."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import new_chat, talk

SET_ACCESS = "incentive:set_access_partnership#eligibility"


@pytest.mark.parametrize("lang,ask", [
    ("en", "could we shoot on your backlots if we put your shows out in Hungary? who gets that"),
    ("es", "si distribuimos sus series en Perú, ¿podemos usar sus sets? ¿quién puede?"),
    ("zh", "我们帮横店在越南发行的话，能用你们的景吗"),
    ("ko", "저희가 헝뎬 콘텐츠를 베트남에 배급하면 세트 이용할 수 있나요?"),
])
def test_sets_used_for_carrying_our_content_is_that_deals_eligibility(services: Services, lang, ask) -> None:
    reply = talk(services, lang, [(ask, SET_ACCESS)])
    assert "Dalynn" in reply.text


@pytest.mark.parametrize("lang,ask", [
    ("en", "our co-star is a Danish woman, do Chinese crews usually work with Western faces?"),
    ("es", "mi protagonista es sueca, ¿es común ver caras europeas en producciones chinas?"),
    ("ko", "주연이 스웨덴 배우인데 중국 작품에 서양 배우 얼굴이 흔한가요?"),
])
def test_a_look_cast_is_the_foreign_actors_faq(services: Services, lang, ask) -> None:
    talk(services, lang, [(ask, "faq:foreign_actors")])


@pytest.mark.parametrize("lang,ask,zone", [
    ("en", "show me the times in Tokyo time please", "Asia/Tokyo"),
    ("zh", "时间都按东京时间显示吧", "Asia/Tokyo"),
    ("ko", "일정은 오사카 시간 기준으로 알려 주세요", "Asia/Tokyo"),
])
def test_times_asked_in_a_citys_clock_set_the_zone(services: Services, lang, ask, zone) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    reply = services.brain.reply_to_text(chat, ask, services.store.profile(chat))
    assert reply.answer == "pref:timezone"
    assert services.store.profile(chat).timezone == zone


@pytest.mark.parametrize("said", ["two cases of gear, then what transport to the set?",
                                  "落地以后到片场的交通怎么安排", "푸둥 도착 뒤 현장까지 교통편 알려 주세요"])
def test_the_transport_to_the_set_is_the_way_to_hengdian(said: str) -> None:
    from core.text import fold
    from intents.lexicon import TOWARDS_US, TRAVEL
    assert TRAVEL.search(fold(said)) and TOWARDS_US.search(fold(said))


@pytest.mark.parametrize("lang,ask", [
        ("zh", "想找有洋楼的街景拍，哪些景合适"),
    ("ko", "유럽식 거리 찍을 세트 어디예요?"),
])
def test_a_western_street_in_everyday_words_lists_its_sets(services: Services, lang, ask) -> None:
    talk(services, lang, [(ask, "list:locations?scene=western_street")])


@pytest.mark.parametrize("lang,turns", [
    ("en", [("what are the annual charges for membership", "gap:hisda_secretariat")]),
    ("en", [("how do we join HISDA?", "faq:join_alliance"), ("and what do members pay a year?", "gap:hisda_secretariat")]),
    ("zh", [("会员一年交多少？", "gap:hisda_secretariat")]),
    ("zh", [("我想加入联盟", "faq:join_alliance"), ("那年费呢", "gap:hisda_secretariat")]),
])
def test_what_membership_costs_is_a_gap_with_the_secretariat(services: Services, lang, turns) -> None:
    reply = talk(services, lang, turns)
    assert reply.answer == turns[-1][1]


@pytest.mark.parametrize("lang,ask,expect", [
    ("en", "is Hengdian better for a war epic than a backlot near Prague?", "gap:international_business"),
    ("ko", "헝뎬이 런던 근교 스튜디오보다 무협물 찍기에 더 나을까요?", "gap:international_business"),
    ("ko", "헝뎬하고 부안 영상테마파크 중에 어디가 사극 찍기 좋아요?", "gap:international_business"),
    ("ko", "한국보다 헝뎬이 제작비가 더 저렴해요?", "faq:costs"),  # weighed against home: the costs FAQ
])
def test_another_site_weighed_apart_is_the_comparison_gap(services: Services, lang, ask, expect) -> None:
    reply = talk(services, lang, [(ask, expect)])
    assert reply.answer == expect


def test_money_given_for_a_shoot_is_the_incentives_faq(services: Services) -> None:
    talk(services, "en", [("we make phone-screen minis; if we shoot there, does the city hand out any cash?", "faq:incentives")])


@pytest.mark.parametrize("said", ["到横店拍的话政府给不给点钱", "¿el gobierno pone algo de plata si vamos a rodar allá?",
                                  "거기서 촬영하면 정부에서 돈 좀 나와요?"])
def test_money_given_for_a_shoot_is_asked_in_every_language(said: str) -> None:
    from intents.lexicon import asks_money_help
    assert asks_money_help(said)


def test_caras_europeas_are_faces_not_prices() -> None:
    from core.text import fold
    from intents.lexicon import AFFORDABLE
    assert not AFFORDABLE.search(fold("ver caras europeas en el reparto"))
    assert AFFORDABLE.search(fold("¿las locaciones son caras?"))
