"""fixL24: dialogue turns of answers81 in other words. Special incentives asked for the short
dramas a partner makes are that incentive's card; being put through "by phone" is a person, not
the number; a share of making the title in focus is the co-production FAQ; "el más pronto",
"最近的一场是哪个" are the soonest event; what can be got ready on arrival is the on-site services;
news in Spanish and from Latin America sent to someone of the team is that subscription."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk

SHORT_DRAMA = "incentive:short_drama_cost_reduction"


@pytest.mark.parametrize("lang,say", [
    ("en", "We make vertical short dramas. Do you have special incentives for those?"),
    ("es", "Hacemos microdramas verticales. ¿Tienen algún incentivo especial para eso?"),
    ("zh", "我们公司做竖屏短剧，你们有专项扶持吗？"),
    ("ko", "저희는 세로형 숏드라마를 만드는데 특별 혜택 같은 게 있나요?"),
])
def test_special_incentives_for_short_dramas_are_that_incentive(services: Services, lang, say) -> None:
    talk(services, lang, [(say, SHORT_DRAMA)])


def test_support_for_short_dramas_without_special_stays_the_faq(services: Services) -> None:
    # (whether any support is given at all: the FAQ's "yes, and whom to ask")
    talk(services, "en", [("any subsidies for shooting vertical short dramas there?", "faq:incentives")])


@pytest.mark.parametrize("lang,say", [
    ("en", "We'd rather carry on by phone with the Secretariat. Please put us in touch."),
    ("es", "Preferimos seguir por teléfono con la Secretaría. Le agradecería que nos ponga en contacto."),
    ("zh", "希望能与秘书处直接联系，麻烦了。"),
])
def test_put_through_by_phone_is_a_person_not_the_number(services: Services, lang, say) -> None:
    talk(services, lang, [(say, ["handoff", "handoff:*"])])


@pytest.mark.parametrize("lang,ask,share", [
    ("en", "tell me about Ten Days in October", "could our company go halves on making that one, what would we need to do"),
    ("es", "háblame de Diez días de octubre", "queremos entrar de socios en esa, ¿qué hay que hacer?"),
    ("zh", "介绍一下横店十月", "那部我们想入股一起拍，要走什么流程"),
])
def test_a_share_of_making_the_title_in_focus_is_the_coproduction_faq(services: Services, lang, ask, share) -> None:
    talk(services, lang, [(ask, "work:work_ten_days_in_october*"), (share, "faq:coproduce_catalog_title")])


def test_joining_the_alliance_as_socios_is_no_coproduction(services: Services) -> None:
    reply = talk(services, "es", [("¿Cómo podemos entrar como socios de la alianza?", "*")])
    assert reply.answer != "faq:coproduce_catalog_title"


@pytest.mark.parametrize("lang,events,soonest", [
    ("es", "¿qué eventos tienen próximamente?", "¿cuál es el más pronto y a qué hora es?"),
    ("zh", "最近有什么活动", "最近的一场是哪个？几点开始"),
])
def test_the_soonest_said_in_other_words_is_the_first_event(services: Services, lang, events, soonest) -> None:
    talk(services, lang, [(events, "list:events*"), (soonest, "event:global_talent_info_session_2026*")])


@pytest.mark.parametrize("lang,say", [
    ("es", "¿Qué nos pueden conseguir allí al llegar? Cámaras, luces, esas cosas"),
    ("ko", "도착하면 현장에서 뭘 준비해 줄 수 있어요? 장비 같은 거요"),
])
def test_what_is_got_ready_on_arrival_is_the_on_site_services(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "incentive:on_site_services")])


@pytest.mark.parametrize("lang,say", [
    ("en", "My colleague reads Spanish. Could you send him news in Spanish and from Latin America?"),
    ("zh", "我们同事在学西语，能传拉美和西语的消息给我们吗？"),
])
def test_news_for_someone_of_the_team_is_the_subscription(services: Services, lang, say) -> None:
    talk(services, lang, [(say, ["subscribe", "subscribe:latam_spanish_news"])])
