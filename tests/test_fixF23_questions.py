"""Kinds of answers79's single questions (fixF23):

- the least a stake in a title must be ("the minimum investment to co-produce it?", "¿la inversión
  mínima?", "最低投资额", "최소 투자금"): a sum staff quote, the honest gap, not the title's card;
- how many people each company may send to an event ("how many delegates per company?"): a quota
  no record states, the honest gap, not the event's card;
- when a title comes out, said as "coming out", "언제 나와요?" or Gyeongsang "언제 나옵니꺼?": its
  release date is not published (the gap), as "release date" already was;
- whom the partner would deal with at a company ("who's the person at Dalynn Studio I'd be talking
  to?"): that company's contact, not the company's card; its mailbox by an older word ("信箱",
  "전자우편 주소") is the contact's e-mail; a centre's opening asked "몇 시에 문 엶?" its hours;
- a street address asked ("the street address of Yuanming New Garden"): where the set is, no
  street scene looked for there.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import talk

GAP = "gap:unpublished"  # (any honest gap fits it, whichever team it names)


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "what's the minimum investment to come in as co-producer on Half a Teahouse?"),
    ("en", "Is there a minimum stake for co-producing Eclipse over Qin?"),
    ("es", "Para coproducir Media casa de té, ¿de cuánto es la inversión mínima?"),
    ("zh", "想联合出品《半间茶馆》，最低投资额大概多少？"),
    ("zh", "合拍《大秦日食》的投资门槛是多少"),
    ("ko", "진나라의 일식 공동제작에 들어가려면 최소 투자금이 어떻게 됩니까?"),
])
def test_minimum_investment_in_a_title_is_unpublished(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, GAP)])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "For the Korea–China matchmaking, how many representatives can each company bring?"),
    ("es", "¿Cuántos representantes puede llevar cada productora al encuentro de negocios Corea–China?"),
    ("zh", "中韩短剧合作对接会，每家公司最多能带几个人去？"),
    ("ko", "한중 숏드라마 매칭 상담회에 회사당 몇 명까지 보낼 수 있나요?"),
])
def test_delegates_per_company_are_unpublished(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, GAP)])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "when is Half a Teahouse coming out?"),
    ("en", "any idea when Eclipse over Qin comes out"),
    ("ko", "반쪽 찻집은 언제쯤 나와요?"),
    ("ko", "진나라의 일식은 언제 나옵니꺼?"),
])
def test_when_a_title_comes_out_is_unpublished(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, GAP)])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "who's the person at Dalynn Studio we'd be dealing with?"),
    ("en", "Who would be the contact I'm talking to over at Dalynn Studio?"),
    ("es", "¿Quién es la persona con la que hablaríamos en Dalynn Studio?"),
    ("zh", "Dalynn Studio那边对接的人是谁"),
    ("ko", "Dalynn Studio에서 저희가 연락할 사람은 누구예요?"),
])
def test_person_to_deal_with_at_a_partner_is_its_contact(services: Services, lang: str, said: str) -> None:
    reply = talk(services, lang, [(said, "contact:dalynn_studio#person")])
    assert "Mary Lynn" in reply.text


def test_who_is_the_company_stays_its_card(services: Services) -> None:
    talk(services, "en", [("who is Dalynn Studio?", "partner:dalynn_studio")])


@pytest.mark.parametrize(("lang", "said", "key"), [
    ("en", "Dalynn Studio e-mail address please", "contact:dalynn_studio#email"),
    ("zh", "请问 Dalynn Studio 的信箱？", "contact:dalynn_studio#email"),
    ("zh", "短剧运营中心的电子信箱是多少", "contact:vertical_short_drama_center#email"),
    ("ko", "Dalynn Studio 전자우편 주소 좀 가르쳐 주시오.", "contact:dalynn_studio#email"),
    ("ko", "숏드라마 운영센터 전자 우편이 뭐요?", "contact:vertical_short_drama_center#email"),
])
def test_mailbox_by_an_older_word_is_the_contacts_email(services: Services, lang: str, said: str, key: str) -> None:
    reply = talk(services, lang, [(said, key)])
    assert "@" in reply.text


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "what time does the short drama center open?"),
    ("es", "¿a qué hora abre el centro de microdramas?"),
    ("zh", "短剧运营中心几点开门几点关门"),
    ("ko", "숏드라마 운영센터는 아침 몇 시에 엶?"),
])
def test_a_centres_opening_is_its_hours(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "contact:vertical_short_drama_center#hours")])


@pytest.mark.parametrize(("lang", "said", "key"), [
    ("en", "Could you kindly give me the street address of Yuanming New Garden?", "location:yuanming_new_garden#address"),
    ("en", "Would you send the street address for the Palace of the Ming and Qing Dynasties, please?", "location:ming_qing_palace#address"),
    ("es", "¿Me podría indicar la calle y número de Yuanming New Garden, por favor?", "location:yuanming_new_garden#address"),
    ("zh", "烦请告知圆明新园的街道地址。", "location:yuanming_new_garden#address"),
    ("ko", "원명신원 거리 주소 좀 알려 주시겠어요?", "location:yuanming_new_garden#address"),
])
def test_street_address_is_where_the_set_is(services: Services, lang: str, said: str, key: str) -> None:
    talk(services, lang, [(said, key)])


def test_streets_asked_of_the_sets_stay_the_street_scenes(services: Services) -> None:
    talk(services, "en", [("which sets have streets?", "list:locations?scene=street")])


# - the papers to enter China asked with a passport said and no word "visa" ("will China let us in
#   without papers, or do we apply for something first?", "¿nos dejan entrar en China así nomás o hay
#   que pedir algún papel?"): the visa, not joining the alliance nor whether a foreign crew may film
#   (a passport said only as why a crew asks to film stays the filming FAQ);
@pytest.mark.parametrize(("lang", "said"), [
    ("en", "our lot are on Irish passports, will China just let us in wi'oot papers or do we apply for something first?"),
    ("en", "the crew's all got Kiwi passports, will they let us into China as is?"),
    ("es", "tenemos pasaporte mexicano, ¿nos dejan entrar a China tal cual o hay que sacar algún papel antes?"),
    ("zh", "我们都是英国护照，能直接进中国吗，还是得先办点什么？"),
    ("ko", "저희 다 영국 여권인데 중국에 그냥 입국돼요? 미리 뭐 받아야 돼요?"),
])
def test_entering_china_on_a_passport_is_the_visa(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:visa")])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "we're all foreigners, no Chinese passports, would they let us film at that one?"),
    ("es", "sin pasaporte chino, ¿nos dejan filmar?"),
])
def test_passport_as_reason_to_film_stays_the_filming_faq(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:can_foreign_crews_film")])


# - a performer of the partner's own with no Chinese, asked about being cast ("he don't speak a lick
#   of Chinese, can he get cast in something?", "¿puede salir de actriz?"): foreign actors, not the
#   languages FAQ;
@pytest.mark.parametrize(("lang", "said"), [
    ("en", "my niece juggles fire at street fairs but she has zero Mandarin, could she get a part in one of your shoots?"),
    ("en", "our lead dancer doesn't speak a word of Chinese, can he be cast in something over there?"),
    ("es", "mi primo es mago y de chino no sabe nada, ¿podría trabajar de actor en alguna de sus series?"),
    ("zh", "我表妹是跳桑巴的，一句中文都不会，她能在你们那边的剧里演个角色吗"),
    ("ko", "제 사촌은 탱고 댄서인데 중국어를 전혀 못 해요. 그래도 거기 드라마에 배우로 출연할 수 있을까요?"),
])
def test_own_performer_without_chinese_asks_foreign_actors(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, ["faq:foreign_actors", "event:international_sets_casting_day_2027"])])


# - someone on set to help a crew with no Chinese understand ("is there anyone on set to help us
#   understand?"): how they get by (the languages, or the on-site services that arrange an
#   interpreter), nobody handed over; a person asked for stays a hand-off.
LANGUAGES = ["faq:languages", "incentive:on_site_services"]


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Not one of us speaks Chinese. Is there somebody on set to help us understand?"),
    ("en", "none of us has any Mandarin — will there be anyone on location who can help us communicate?"),
    ("es", "Nadie de nosotros habla chino. ¿Habrá alguien allá que nos ayude a entender?"),
    ("zh", "我们几个都不会说中文，到时候有人帮我们沟通吗？"),
    ("ko", "저희 팀은 중국어를 전혀 못 해요. 현장에서 소통 도와줄 사람 있나요?"),
])
def test_someone_on_set_to_help_understand_is_the_languages(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, LANGUAGES)])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "is there a person I can talk to?"),
    ("zh", "有没有人可以跟我聊聊合作的事"),
])
def test_a_person_asked_stays_a_handoff(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "handoff")])


# - the crew's technicians said to be of another nationality, asking whether they may work on the
#   sets ("Our camera operators are Canadian nationals. May they work on location?", 하오체 "일할
#   수 있소?"): whether foreign crews can film, not the talent programme's training nor the languages;
@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Our gaffers are both Irish citizens. Might they work on the sets in Hengdian?"),
    ("en", "My sound team are Brazilian nationals; can they work on location there?"),
    ("es", "Nuestros camarógrafos son extranjeros, de Chile y Perú. ¿Pueden trabajar en los sets de Hengdian?"),
    ("zh", "我们的摄影师都是加拿大国籍，可以在横店片场工作吗？"),
    ("ko", "저희 조명팀은 모두 호주 국적이오. 헝뎬 세트장에서 작업할 수 있소?"),
    ("ko", "저희 촬영 감독은 브라질 국적인데 헝뎬 현장에서 일해도 되나요?"),
])
def test_foreign_technicians_working_there_is_the_filming_faq(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:can_foreign_crews_film")])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "any training program where young technicians can work on real sets?"),
    ("ko", "젊은 스태프들이 촬영 현장에서 일하면서 배울 수 있는 프로그램 있어요?"),
])
def test_training_on_set_stays_the_talent_programme(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "program:global_talent_program")])


@pytest.mark.parametrize("said", ["片单里要是有我们看上的剧，我们可以一起投钱合作吗", "我们想和你们一起投资拍一部剧"])
def test_putting_money_in_together_is_no_minimum_investment(said: str) -> None:
    assert lexicon.gap_topic(said) != "price"  # ("一起投钱": together, no 起投 threshold)


def test_minimum_investment_is_a_price() -> None:
    assert lexicon.gap_topic("合拍《大秦日食》起投金额是多少") == "price"


# - incentives asked for productions from abroad, in a formal letter's words ("De mi consideración:
#   quisiera saber qué apoyos o incentivos…", "烦劳告知：境外来的剧组…扶持或优惠政策", "…인센티브가 있는지
#   알려 주시오"): the incentives — their overview or the list itself (merge of round 32: "what
#   incentives do you offer crews from abroad?" keeps the list, fixr32b) —, not the on-site services;
#   support alone for foreign crews stays the on-site services.
@pytest.mark.parametrize(("lang", "said"), [
    ("en", "I would be grateful to learn what support or incentives you offer productions arriving from abroad."),
    ("es", "Estimados señores: les agradecería informarme qué apoyos o incentivos tienen para rodajes que vienen de fuera. Atentamente."),
    ("zh", "敬启者：请问贵方对海外剧组有哪些扶持或优惠政策？"),
    ("ko", "안녕하십니까. 해외에서 오는 제작팀에게 어떤 지원이나 인센티브가 있는지 알려 주시오."),
])
def test_incentives_for_productions_from_abroad_are_the_overview(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, ["faq:incentives", "list:incentives"])])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "what sort of support do you give foreign crews?"),
    ("es", "¿qué apoyo dan a los equipos extranjeros que vienen a rodar?"),
])
def test_support_for_foreign_crews_stays_on_site_services(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "incentive:on_site_services")])
