"""What testers playing partners found on round 24 (issue 7, fix24b), as kinds in four languages:

- a prize named ("여우주연상은 누가 받았어요", "最佳女主角是谁", "¿quién ganó mejor actriz?", "who got
  best actress?"), with the festival in focus or not, is the honest gap: winners are not
  published (not who organises the festival, not the catalog); another body's awards (the Oscars,
  "오스카") and a bare "who won" of a match stay off-topic;
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

# -- a festival's prize named: the unpublished gap ---------------------------------------------------
FESTIVAL = {"en": "tell me about the hengdian film festival", "es": "cuéntame del festival de cine de Hengdian",
            "zh": "横店电影节是什么", "ko": "헝뎬 영화제 알려줘"}


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "여우주연상은 누가 받았어요"),
    ("ko", "감독상 누가 탔어요?"),
    ("ko", "작품상은 어떤 작품이 받았어요?"),
    ("zh", "最佳女主角是谁"),
    ("zh", "去年影后是谁"),
    ("es", "¿quién ganó mejor actriz?"),
    ("es", "¿quién se llevó el premio a mejor película?"),
    ("en", "who got best actress?"),
    ("en", "which film took the top prize last year?"),
])
def test_a_prize_named_after_the_festival_is_the_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(FESTIVAL[lang], "event:hengdian_film_festival*"), (text, "gap:*")], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "여우주연상은 누가 받았어요"), ("zh", "最佳女主角是谁"), ("es", "¿quién ganó mejor actriz?"), ("en", "who got best actress?"),
])
def test_a_prize_named_alone_is_the_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "올해 오스카 남우주연상 누가 받았어요?"), ("zh", "今年奥斯卡影帝是谁？"),
    ("es", "quien gano el Oscar a mejor actor este año?"), ("ko", "챔스 결승 누가 이겼어요?"),
])
def test_another_bodys_prize_or_a_match_stays_off_topic(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "out_of_scope")])


# -- co-production in the trade's words: the co-production FAQ ---------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "공제 가능해요?"),
    ("ko", "공제로 같이 하고 싶은데 어떻게 해요?"),
    ("ko", "합작 가능한가요?"),
    ("es", "¿hacen copro con productoras mexicanas?"),
    ("es", "queremos una coproducción con ustedes"),
    ("zh", "可以合拍吗"),
    ("en", "how does a coproduction work with you?"),
])
def test_co_production_slang_reaches_its_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:coproduce_catalog_title")])


@pytest.mark.parametrize("text", ["세액 공제 있어요?", "세금 공제 받을 수 있나요?"])
def test_a_tax_deduction_is_no_co_production(services: Services, text: str) -> None:
    talk(services, "ko", [(text, "faq:incentives")])


# -- a hand-off asked right after a subscription: the conversation's subject's team (a news topic is
# no subject of the conversation; fix27d, play27 K8) -------------------------------------------------
@pytest.mark.parametrize(("lang", "before", "subscribe", "person", "email"), [
    ("en", "what incentives are there?", "subscribe me to Korea news", "ok, now let me talk to a person",
     "shortdrama.center@example.com"),
    ("es", "¿hay incentivos para microdramas?", "suscríbeme a las novedades de Corea", "ok, ahora quiero hablar con una persona",
     "shortdrama.center@example.com"),
    ("zh", "横店有什么补贴", "订阅韩国相关的消息", "好的，帮我转人工", "shortdrama.center@example.com"),
    ("ko", "인센티브 알려줘", "한국 소식 구독해 줘", "네 이제 상담원 연결해 주세요", "shortdrama.center@example.com"),
    ("en", "which titles are in the catalog?", "subscribe me to incentive news", "can I speak to someone?",
     "international.business@example.com"),
    ("es", "¿qué sets tienen?", "suscríbeme a las noticias de Latinoamérica", "quiero hablar con una persona",
     "international.business@example.com"),
])
def test_a_person_after_subscribing_is_the_subjects_team(services: Services, lang: str, before: str, subscribe: str,
                                                         person: str, email: str) -> None:
    reply = talk(services, lang, [(before, ["faq:incentives", "list:*"]), (subscribe, "subscribe*"), (person, "handoff")], fits)
    assert email in reply.text


# -- near our domain, not ours: the trade's general know-how, another place's sights ------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "웹소설 연재 주기는 보통 어떻게 돼요?"),
    ("ko", "수원 화성 야간개장 언제예요?"),
    ("ko", "웹툰 작가 원고료는 보통 얼마예요?"),
    ("ko", "에버랜드 입장료 얼마예요?"),
    ("zh", "网文一般多久更新一次？"),
    ("zh", "编剧一般稿费怎么算"),
    ("es", "¿cada cuánto se publican los capítulos de una novela web?"),
    ("es", "¿cuándo abre de noche la Alhambra?"),
    ("es", "¿cuánto cobra normalmente un guionista de telenovelas?"),
    ("en", "how often do web novels usually publish new chapters?"),
    ("en", "how much does a screenwriter usually get paid per episode?"),
])
def test_trade_know_how_and_other_sights_are_off_topic(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "out_of_scope")])


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("ko", "진왕궁 야간 개방해요?", "location:qin_palace*"),
    ("ko", "헝뎬 입장료 얼마예요?", "gap:*"),
    ("zh", "横店影视城门票多少钱", "gap:*"),
    ("zh", "梦幻谷夜场几点开始", "location:dream_valley*"),
    ("en", "how much are tickets for the Hengdian film festival?", "gap:*"),
    ("zh", "群演一天多少钱", "gap:*"),
])
def test_our_own_sights_and_tickets_stay_ours(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)], fits)


# -- a plural pointer after a list: asked of all its items, not of one --------------------------------
@pytest.mark.parametrize(("lang", "first", "then", "expect", "said"), [
    ("en", "what sets do you have?", "do those sets all have night shooting?", "list:locations?scene=night_scene", "Dream Valley"),
    ("es", "¿qué sets tienen?", "¿esos sets sirven para escenas nocturnas?", "list:locations?scene=night_scene", "Valle de los Sueños"),
    ("zh", "有哪些拍摄景地", "这些景都能拍夜戏吗", "list:locations?scene=night_scene", "梦幻谷"),
    ("ko", "청나라 세트 뭐 있어요?", "그 세트들 다 궁중 장면 찍을 수 있어요?", "list:locations?era=qing&scene=palace", "원명신원"),
])
def test_a_kind_of_scene_asked_of_those_sets_says_which_fit(services: Services, lang: str, first: str, then: str,
                                                             expect: str, said: str) -> None:
    reply = talk(services, lang, [(first, "list:locations*"), (then, expect)], fits)
    assert said in reply.text and reply.text.count("\n") == 0  # one line: which of them


@pytest.mark.parametrize(("lang", "first", "then", "said"), [
    ("en", "what sets do you have?", "which eras do those sets cover?", "Qin Palace"),
    ("es", "¿qué series de misterio tienen?", "¿cuántos capítulos tienen esas series?", "72 episodios"),
    ("zh", "有哪些悬疑剧", "这些剧都是多少集", "共72集"),
    ("ko", "미스터리 드라마 뭐 있어요?", "그 작품들 다 몇 부작이에요?", "72부작"),
    ("es", "¿qué eventos hay?", "¿esos eventos son presenciales?", "en línea"),
])
def test_a_fact_asked_of_those_is_told_of_each(services: Services, lang: str, first: str, then: str, said: str) -> None:
    reply = talk(services, lang, [(first, "list:*"), (then, "list:*")], fits)
    assert said in reply.text and len(reply.buttons) >= 1
