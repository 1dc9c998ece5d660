"""Answer the question asked (issue 7), kinds found by blind set answers26, in the four languages:

- joining asked of the partner's own company right after the alliance was explained ("y mi
  productora, ¿cómo se une?", "저희 같은 업체도 들어갈려면"): the membership FAQ, the alliance unnamed;
- a crew from abroad named by any nationality or as the company's own crew brought along, asked
  whether it may shoot here ("a Georgian production company with own team", "bringing our own
  crew. Permitted in Hengdian?"): whether foreign crews may film; an entry permit at the consulate
  is the visa, however the partner's home towns are named;
- the alliance described rather than named ("some Hengdian short drama outfit, what's the deal
  with that bunch"): what HISDA is;
- AI's use by the studios asked ("generative tools - used by alliance studios?"): the AI tools FAQ;
- a right of one kind for a territory or money put in together ("拿老挝的播映权，或者投钱一起做"):
  the deal FAQ of co-producing or licensing a catalog title;
- a sales season's shopping ("双十一买什么划算", "Black Friday") is out of scope;
- actions asked in words: news of new titles signed up for ("신작 소식 구독 신청") is the
  subscription; a reminder asked with usted ("Recuérdeme el día antes") is the event's reminder.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

ALLIANCE = ["faq:what_is_hisda", "program:hisda"]
JOIN = "faq:join_alliance"


# -- joining, the alliance in focus -------------------------------------------------------------
@pytest.mark.parametrize(("lang", "about", "join"), [
    ("en", "What is HISDA exactly?", "ok and how does a small studio like ours get in?"),
    ("es", "¿Qué es la HISDA?", "¿y cómo se une una productora chica como la mía?"),
    ("zh", "HISDA是干什么的？", "那我们这种小公司怎么进去？"),
    ("ko", "HISDA는 뭐 하는 곳이에요?", "저희 같은 작은 업체도 들어갈려면 뭐부터 해야 돼요?"),
])
def test_joining_asked_after_the_alliance_is_its_membership(services: Services, lang: str, about: str,
                                                            join: str) -> None:
    talk(services, lang, [(about, ALLIANCE), (join, JOIN)], fits)


def test_joining_asked_after_the_alliance_card_is_its_membership(services: Services) -> None:
    talk(services, "es", [("a ver, ¿qué tienen en el catálogo?", ["catalog:about", "list:works"]),
                          ("y la HISDA esa, ¿pa qué sirve?", ALLIANCE),
                          ("¿y mi distribuidora cómo se une?", JOIN)], fits)


# -- foreign crews and visas --------------------------------------------------------------------
FOREIGN_CREWS = "faq:can_foreign_crews_film"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Is it allowed that a Danish production company films there with its own people?"),
    ("en", "Estonian studio here, bringing our own crew of eight. Permitted at the studios? Aitäh."),
    ("en", "Polish outfit, bringing our own crew of nine. Permitted in Hengdian?"),
    ("es", "Somos una productora y llevamos nuestro propio equipo, ¿nos dejan rodar en Hengdian?"),
    ("zh", "我们是外地来的公司，自带团队，能不能在横店拍？"),
    ("ko", "저희 스태프 그대로 데리고 가서 헝뎬에서 촬영해도 되나요?"),
])
def test_a_crew_from_abroad_asking_to_shoot_is_the_foreign_crews_faq(services: Services, lang: str,
                                                                     text: str) -> None:
    talk(services, lang, [(text, FOREIGN_CREWS)], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Mis actores son de Salamanca y de Cáceres, ¿deben pedir algún permiso de entrada en el consulado antes de ir a rodar?"),
    ("es", "el equipo es de Rosario, ¿qué trámite de entrada necesitan pa grabar en Hengdian?"),
])
def test_an_entry_permit_is_the_visa_whatever_towns_are_named(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:visa")], fits)


# -- the alliance described ---------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "a guy in Austin kept talking about some short drama group out of Hengdian with a long name, what's the deal with them?"),
    ("es", "un amigo de Lima me habló de una asociación de microdramas de Hengdian, ¿qué onda con esa gente?"),
    ("zh", "听朋友说横店有个搞短剧的什么协会，名字挺长的，那是干什么的？"),
    ("ko", "부산 행사에서 누가 헝뎬 숏드라마 협회 같은 데 얘기하던데, 거기 뭐하는 데예요?"),
])
def test_the_alliance_described_not_named_is_what_it_is(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:what_is_hisda")], fits)


# -- AI tools -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Generative AI, neural nets: do the member studios use any? Which ones?"),
    ("es", "¿las productoras de la alianza usan IA generativa? ¿cuáles?"),
    ("zh", "联盟里的公司在用AIGC或者大模型吗？哪些？"),
    ("ko", "회원사들 생성형 AI 쓰나요? 어떤 거요?"),
])
def test_ai_used_by_the_studios_is_the_ai_tools_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["faq:ai_tools", "program:arc_system"])], fits)


# -- a deal for a territory ---------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "those new dramas from last year, we'd want broadcast rights for Laos or to invest and make one together, how do we negotiate that?"),
    ("es", "de las series nuevas del año pasado, queremos los derechos de emisión para Bolivia o invertir y hacerla juntos, ¿cómo se negocia?"),
    ("zh", "去年那几部新剧，我们想拿越南的发行权，或者一起投资出品，怎么谈？"),
    ("zh", "你们那批新剧，我们想拿柬埔寨的放映权，具体怎么谈？"),
    ("ko", "작년에 나온 신작들, 베트남 방송권을 사거나 투자해서 같이 제작하고 싶은데 어떻게 진행하나요?"),
])
def test_rights_for_a_territory_or_investing_together_is_the_deal_faq(services: Services, lang: str,
                                                                      text: str) -> None:
    talk(services, lang, [(text, "faq:coproduce_catalog_title")], fits)


# -- shopping -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what's worth buying this black friday?"),
    ("es", "¿qué conviene comprar en el Buen Fin este año?"),
    ("zh", "双11囤点什么最划算"),
    ("ko", "이번 블랙프라이데이에 뭐 사면 이득이에요?"),
])
def test_a_sales_season_is_out_of_scope(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["out_of_scope", "fallback"])], fits)


# -- actions in words ---------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "please sign me up for news of new titles"),
    ("es", "avíseme cuando lleguen títulos nuevos, por favor"),
    ("zh", "有新剧上架麻烦通知我一声"),
    ("ko", "새 작품 나오면 알림 부탁드려요~ 신작 소식 구독 신청할게요."),
    ("ko", "새 드라마 나오면 알림 주세요. 신작 소식 구독 신청 부탁합니다"),
])
def test_news_of_new_titles_is_the_catalog_subscription(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, ["subscribe", "subscribe:catalog_releases"])], fits)
    assert reply.outcome == "action"


EVENT = "event:global_talent_info_session_2026"


@pytest.mark.parametrize(("lang", "first", "remind"), [
    ("en", "What's the next event?", "Remind me a day ahead, please."),
    ("es", "¿Cuál es el próximo evento?", "Recuérdenos el día antes, por favor."),
    ("es", "¿Cuál es el próximo evento?", "¿Me puede recordar un día antes?"),
    ("zh", "下一个活动是什么？", "前一天跟我说一声"),
    ("ko", "다음 행사가 뭐예요?", "전날 알림 부탁드려요"),
])
def test_a_reminder_asked_in_words_is_the_event_in_focus(services: Services, lang: str, first: str,
                                                         remind: str) -> None:
    reply = talk(services, lang, [(first, EVENT), (remind, EVENT)], fits)
    assert reply.outcome == "action"
