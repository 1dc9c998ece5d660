"""fixB8: HISDA asked about by a partner who saw its name in mails (no e-mail address asked), who
founded and runs it, joining said as being counted among the members, the membership team's
phone, the companies in the alliance, the studio company's own contact, the person to deal with
after an answer, the way to Hengdian after "never heard of it", and "something about X" heard of
or asked to be sent as news, not a title's story (answers47 kinds, own wordings)."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import catalog, lexicon
from tests.dialogue import talk

WHAT_IS = ["faq:what_is_hisda", "program:hisda"]


@pytest.mark.parametrize("lang, said", [
    ("en", "our buyer brings up HISDA in all of their emails, what sort of outfit is it?"),
    ("en", "a producer forwarded us an email mentioning HISDA, can you explain who they are?"),
    ("es", "en los correos de nuestro distribuidor siempre aparece la HISDA, ¿qué organización es?"),
    ("es", "nos reenviaron un mail donde sale HISDA, ¿me cuentas qué es?"),
    ("zh", "发行商的邮件中经常写到HISDA，这个组织是做什么的？"),
    ("zh", "同事转来的邮件里有个HISDA，它是干嘛的"),
    ("ko", "거래처 이메일에서 HISDA라는 말이 자꾸 보이는데 어떤 곳이에요?"),
    ("ko", "메일마다 HISDA 얘기가 나와서요 여기 뭐 하는 데예요?"),
])
def test_mail_as_the_place_the_name_was_read_asks_what_it_is(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, WHAT_IS)])


@pytest.mark.parametrize("lang, said", [
    ("en", "what is the e-mail of the HISDA secretariat?"),
    ("es", "¿me das el correo de la secretaría de la HISDA?"),
    ("zh", "HISDA秘书处的电邮是什么"),
    ("ko", "HISDA 사무국 메일 주소가 뭐예요?"),
])
def test_an_address_asked_still_is_the_address(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "contact:hisda_secretariat#email")])


@pytest.mark.parametrize("lang, said", [
    ("en", "so the alliance, whose brainchild was that and who calls the shots now?"),
    ("es", "oye, la alianza esa, ¿de quién fue la idea?"),
    ("zh", "这个联盟当初是谁的点子？"),
    ("ko", "그 연맹은 누구 아이디어로 시작된 거예요?"),
])
def test_whose_idea_the_alliance_was_is_what_it_is(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, WHAT_IS)])


@pytest.mark.parametrize("lang, said", [
    ("en", "what does a little distributor need to be listed among the alliance's members?"),
    ("es", "¿qué hace falta pa que mi distribuidora figure entre los socios de la alianza?"),
    ("ko", "저희 배급사가 회원사로 합류하려면 뭘 해야 합니까"),
])
def test_counted_among_the_members_is_joining(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:join_alliance")])


@pytest.mark.parametrize("lang, said", [
    ("en", "give me the membership people's number"),
    ("es", "¿cuál es el teléfono de los de la membresía?"),
    ("zh", "负责会员事务的电话多少"),
    ("ko", "회원 관리 쪽 전화번호 좀 주세요"),
])
def test_the_membership_teams_phone(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "contact:hisda_secretariat#phone")])


def test_a_number_of_members_is_no_phone() -> None:
    assert not lexicon.PHONE_ASKED.search("what's the number of members in hisda")
    assert lexicon.PHONE_ASKED.search("what's their number")


@pytest.mark.parametrize("lang, said", [
    ("en", "what companies are in the alliance at the moment?"),
    ("en", "which studios are part of HISDA?"),
    ("es", "¿qué productoras están en la alianza?"),
    ("zh", "联盟目前有哪些成员？"),
])
def test_the_companies_in_the_alliance_are_the_partners(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "list:partners")])


@pytest.mark.parametrize("lang, said", [
    ("en", "I need a contact at Hengdian World Studios"),
    ("es", "¿me pasas el contacto de Hengdian World Studios?"),
    ("zh", "横店影视城联系人是谁"),
    ("ko", "헝뎬 월드 스튜디오 담당자 연락처요"),
])
def test_the_studio_company_named_is_its_own_team(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "contact:international_business")])


@pytest.mark.parametrize("lang, said", [
    ("en", "and your point of contact for that?"),
    ("es", "¿y quién sería el encargado?"),
    ("zh", "那对接人是谁？"),
])
def test_the_person_to_deal_with_after_an_answer(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [("how does a company become a member of HISDA?", "faq:join_alliance"),
                          (said, "contact:hisda_secretariat")])


@pytest.mark.parametrize("lang, said", [
    ("en", "never heard of hengdian till now, what province is it in and which airport do we land at?"),
    ("es", "nunca había escuchado de Hengdian, ¿en qué provincia queda y a qué aeropuerto llegamos?"),
    ("zh", "以前没听说过横店，它在哪个省，飞哪个机场？"),
    ("ko", "헝뎬은 들어본 적이 없는데 어느 성에 있고 공항은 어디로 가요?"),
])
def test_never_heard_of_the_place_then_the_way_there(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:how_to_reach_hengdian")])


def test_something_heard_of_is_no_story() -> None:
    assert catalog.story_subject("I saw something about AI tools for previz there") is None
    assert catalog.story_subject("please subscribe me to anything about Korean news") is None
    assert catalog.story_subject("leí algo sobre la inteligencia artificial allá") is None
    assert catalog.story_subject("do you have anything about chefs?") == "chefs"


@pytest.mark.parametrize("lang, said, expect", [
    ("en", "I saw something about AI tools being used for previz there, what is it?", ["faq:ai_tools", "program:arc_system"]),
    ("en", "please put me down for anything about Korean news", ["subscribe:korea_news"]),
    ("es", "inscríbeme en todo lo de noticias de Corea", ["subscribe:korea_news"]),
    ("ko", "한국 쪽 소식 있으면 다 구독할래요", ["subscribe:korea_news"]),
])
def test_heard_of_or_sent_as_news(services: Services, lang: str, said: str, expect: list[str]) -> None:
    talk(services, lang, [(said, expect)])
