"""The alliance itself, asked in whole conversations (play34's leftovers, fixU26), in the four
languages:

- who holds the alliance's top job, asked as "who is the head / the person in charge"
  (`lexicon.LEADS_ASKED`), is the same honest gap as "who runs HISDA?" (Hengdian World Studios a
  key initiator, its head unpublished, the Secretariat's card), also with an event in focus;
- what kind of partner a company is to the alliance, or its role (`lexicon.MEMBER_NOT_ASKED`),
  is its card (Purple Wave: the strategic technology partner), not "is it a member? no";
- Latin American companies asked of the alliance, or right after a list of partners, are the
  partners based there (none; Dalynn serves that market), not a contact card;
- membership applications asked with an event in focus are the Secretariat's, not that event's
  way in (`lexicon.MEMBER_ADMISSION`).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk, talk_patterns

SECRETARIAT = "secretariat@hisda.example.com"


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["who's the head of the alliance, by the way?"]),
    ("es", ["oye, ¿quién es el responsable de la alianza?"]),
    ("zh", ["请问谁是联盟的负责人？"]),
    ("zh", ["那誰是聯盟的負責人"]),
    ("ko", ["연맹 총책임자는 누구예요?"]),
    # an event in focus: "the alliance" is still the alliance, not the event's organisers
    ("en", ["when is the latam pitch day?", "got it. and who is the boss of the alliance?"]),
    ("es", ["¿cuándo es la jornada de pitch para productores latinoamericanos?", "vale, ¿y quién es el jefe de la alianza?"]),
    ("zh", ["拉美制片人线上合拍推介会是什么时候", "好，那谁是联盟的负责人呢"]),
    ("ko", ["라틴 피칭 데이 언제예요?", "네, 그럼 연맹 책임자는 누구예요?"]),
])
def test_head_of_the_alliance_is_the_unpublished_head(services: Services, lang: str, turns: list[str]) -> None:
    reply = talk_patterns(services, lang, [*((t, "*") for t in turns[:-1]), (turns[-1], "gap:hisda_secretariat")])
    assert SECRETARIAT in reply.text
    # the initiator said first, the organisers of the event never
    assert "Dalynn" not in reply.text


@pytest.mark.parametrize(("lang", "text", "role"), [
    ("zh", "紫浪科技算是联盟的哪种合作伙伴？", "战略技术合作伙伴"),
    ("zh", "Purple Wave在联盟里是什么角色", "战略技术合作伙伴"),
    ("en", "what kind of partner is Purple Wave to the alliance, a member?", "strategic technology partner"),
    ("es", "¿qué papel tiene Purple Wave en la alianza? ¿es miembro?", "socio tecnológico estratégico"),
    ("ko", "퍼플웨이브는 연맹 회원사 중에 무슨 역할이에요?", "전략 기술 파트너"),
])
def test_kind_of_partner_is_its_card(services: Services, lang: str, text: str, role: str) -> None:
    reply = talk(services, lang, [(text, ["partner:purple_wave", "partner:purple_wave#about"])])
    assert role in reply.text


@pytest.mark.parametrize(("lang", "turns"), [
    ("es", ["¿quiénes forman parte de la alianza?", "¿y de Latinoamérica ya se sumó alguien?"]),
    ("en", ["who are the members of the alliance?", "anyone from latin america in there yet?"]),
    ("zh", ["联盟里都有哪些公司？", "有没有拉美那边的加入？"]),
    ("zh", ["联盟里有南美的成员吗？"]),
    ("ko", ["연맹 회원사 좀 알려 주세요", "남미 쪽에서 들어온 데도 있어요?"]),
])
def test_latin_american_members_are_the_partners_based_there(services: Services, lang: str, turns: list[str]) -> None:
    reply = talk_patterns(services, lang, [*((t, "*") for t in turns[:-1]), (turns[-1], "list:partners?region=419")])
    assert "Dalynn" in reply.text  # the one that serves that market, named as the closest


@pytest.mark.parametrize(("lang", "turns"), [
    ("zh", ["拉美制片人线上合拍推介会在哪里办", "入会申请由谁负责？"]),
    ("zh", ["拉美製片人線上合拍推介會", "入會申請是誰負責的？"]),
    ("en", ["tell me about the latam pitch day", "ok. who deals with membership applications?"]),
    ("es", ["cuéntame de la jornada de pitch latinoamericana", "¿y quién lleva las solicitudes para ser miembro?"]),
    ("ko", ["라틴 피칭 데이 알려 주세요", "연맹 가입 신청은 누가 받아요?"]),
])
def test_membership_applications_are_the_secretariats(services: Services, lang: str, turns: list[str]) -> None:
    reply = talk_patterns(services, lang, [(turns[0], "event:*"), (turns[1], ["contact:hisda_secretariat*", "faq:join_alliance",
                                                                              "gap:hisda_secretariat"])])
    assert SECRETARIAT in reply.text or reply.answer == "faq:join_alliance"  # (the FAQ sends them to the Secretariat)
    # not the pitch day's own way in (registration, entries)
    assert "Pitch" not in reply.text and "推介会" not in reply.text and "推介會" not in reply.text and "피칭" not in reply.text


def test_event_sign_up_stays_the_events(services: Services) -> None:
    # taking part in the event itself is still its own way in, with its team
    reply = talk_patterns(services, "en", [("tell me about the latam pitch day", "event:*"),
                                           ("how do I apply for it?", "gap:*")])
    assert "Pitch Day" in reply.text
