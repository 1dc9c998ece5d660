"""Kinds left by answer set 18, each in fresh wordings of our own (the set's lines are not copied):

- joining the alliance in casual words ("signed up to hisda", "pa volvernos socios, qué se ocupa",
  "才能入HISDA"), and "cómo entramos?" right after the alliance's card;
- how to license or co-produce the title in focus (the way, the FAQ), not its status;
- shows sold to the Latin American market (the Spanish-language route), not incentives or partners;
- generative tools or machine learning in the pipeline (the AI tools);
- news asked for in a language ("las novedades en español") or pushed to "额/俺": a subscription."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

JOIN = "faq:join_alliance"
WHAT_IS_HISDA = ["faq:what_is_hisda", "program:hisda"]


@pytest.mark.parametrize("lang,text", [
    ("en", "how can our studio sign up for HISDA membership?"),
    ("en", "yo what's needed to get our tiny shop signed up with the alliance"),
    ("es", "¿a quién le escribo para ser parte de la HISDA?"),
    ("es", "con quién hablamos pa hacernos miembros de la alianza, qué se necesita?"),
    ("zh", "我们这种小工作室怎样才能进HISDA？"),
    ("zh", "我們這種小公司怎樣才能入聯盟？"),
    ("zh", "想入联盟，要啥材料？"),
])
def test_joining_in_casual_words_is_the_membership_faq(services: Services, lang, text) -> None:
    talk(services, lang, [(text, JOIN)])


@pytest.mark.parametrize("lang,first,then", [
    ("es", "¿qué es eso de la HISDA y quién la maneja?", "¿y cómo entramos?"),
    ("en", "what's this HISDA thing anyway?", "how do we get in?"),
    ("zh", "HISDA是个啥组织？", "我们咋加入？"),
])
def test_how_we_get_in_after_the_alliance_card_is_joining(services: Services, lang, first, then) -> None:
    talk(services, lang, [(first, WHAT_IS_HISDA), (then, JOIN)])


COMEDIES = [("what comedies do you have?", "list:works?genre=comedy"),
            ("tell me about the third one", "work:work_die_another_take")]
DEAL_FAQ = "faq:coproduce_catalog_title"


@pytest.mark.parametrize("lang,text", [
    ("en", "ok so what's the process if we want to license it or co-produce?"),
    ("en", "how would we go about buying the rights to that one?"),
    ("es", "¿y cómo hacemos pa coproducirla o comprar los derechos?"),
    ("zh", "这部想引进版权，流程是啥？"),
    ("zh", "這部想合拍，要怎麼做？"),
    ("ko", "이 작품 리메이크나 판권 구매는 어떻게 진행해요?"),
])
def test_how_to_license_the_title_in_focus_is_the_deal_faq(services: Services, lang, text) -> None:
    talk(services, lang, [*COMEDIES, (text, DEAL_FAQ)])


def test_whether_the_title_is_open_to_licensing_stays_its_status(services: Services) -> None:
    talk(services, "en", [*COMEDIES, ("is it available for licensing?", "work:work_die_another_take#coproduction")])


def test_the_terms_of_a_licence_are_not_the_way_to_a_deal(services: Services) -> None:
    talk(services, "ko", [("코미디 작품 뭐 있어요?", "list:works?genre=comedy"),
                          ("세 번째 거 보여 주세요", "work:work_die_another_take"),
                          ("판권 로열티 조건은 어떻게 돼요?", ["gap:*", "work:work_die_another_take#coproduction"])], fits=fits)


SPANISH_ROUTE = ["faq:spanish_distribution", "partner:dalynn_studio"]


@pytest.mark.parametrize("lang,text", [
    ("en", "any chance shows made there land in the latin american market?"),
    ("en", "could shows shot there be sold to Latin American platforms?"),
    ("es", "¿esas novelas cortas tendrían salida en el mercado latinoamericano?"),
    ("zh", "在那边拍的短剧能卖到拉美平台吗？"),
    ("zh", "那邊拍的劇有機會賣到拉丁美洲嗎？"),
    ("ko", "거기서 만든 세로 드라마가 중남미 시장에 진출할 수 있을까요?"),
    ("ko", "우리 숏폼이 남미 플랫폼에 팔릴 가능성 있어요?"),
])
def test_shows_sold_to_the_latin_american_market_is_the_spanish_route(services: Services, lang, text) -> None:
    talk(services, lang, [(text, SPANISH_ROUTE)])


AI_TOOLS = ["faq:ai_tools", "program:arc_system"]


@pytest.mark.parametrize("lang,text", [
    ("en", "any gen AI in your workflow over there?"),
    ("es", "¿la HISDA usa IA generativa en algún punto del flujo de trabajo?"),
    ("zh", "你们联盟在制作流程里用不用生成式AI？"),
    ("zh", "你們有用AIGC做後期嗎？"),
    ("ko", "HISDA는 제작 파이프라인에 생성형 AI 쓰나요?"),
])
def test_generative_tools_in_the_pipeline_are_the_ai_tools(services: Services, lang, text) -> None:
    talk(services, lang, [(text, AI_TOOLS)])


SUBSCRIBE = ["subscribe", "subscribe:*"]


@pytest.mark.parametrize("lang,text", [
    ("es", "envíennos las noticias en español de Latinoamérica, porfa"),
    ("en", "can you send me the news in spanish for latam?"),
    ("zh", "拉美那边西语的消息有了就推给我"),
    ("ko", "중남미 스페인어 소식 받고 싶어요"),
])
def test_news_in_a_language_is_a_subscription_not_a_switch(services: Services, lang, text) -> None:
    talk(services, lang, [(text, SUBSCRIBE)], fits=fits)


def test_a_bare_language_request_still_switches(services: Services) -> None:
    talk(services, "en", [("en español por favor", "pref:language")])


@pytest.mark.parametrize("text", ["扶持政策有更新就推给额", "有新的扶持政策发给俺", "扶持政策有变化提醒俺一声"])
def test_news_pushed_to_me_in_dialect_after_the_incentives_is_a_subscription(services: Services, text) -> None:
    talk(services, "zh", [("说说扶持政策", ["faq:incentives", "list:incentives", "incentive:*"]), (text, SUBSCRIBE)], fits=fits)
