"""Dialogue-turn kinds of the read set answers61 (fixM15), each in en/es/zh/ko with sentences of our
own (none of the evaluation sets').

- The zone the partner lives on, stated beside an hour asked ("what time does it start? I'm on Tokyo
  time", "几点开始 我这边是北京时间"): the hour in that zone, not the zone set and the question dropped.
- "Where do we start?" ("¿por dónde empezamos?", "从哪里下手", "어디서부터 시작해야 돼요?") asks how
  to go about it, no venue of the event in focus.
- A broadcaster wanting our shows aired in Spanish: the Spanish-language route (its FAQ), not the
  event in focus nor Dalynn's card.
- After an answer that names the one team to write to, "¿cuál es su horario?" is that team's
  hours, though an event's card was shown before it.
- Korean "한국어 되는 작품" (a title that "does" a language): the titles in that language.
- Jeju endings read as standard Korean (무신, -우꽈, 마씸, -젠, 쪼끄만, 그디, -수과, 엇수다).
- The reader knows that language only ("my coworker only speaks Spanish", "mi compa solo entiende
  inglés"): why it is asked in it, the answer re-sent in it, not the languages FAQ.
- A ticket or the entry "that day" after an event: its price is the honest gap, no other place's sight.
- "¿cómo le hacemos para entrar nosotros? somos un estudio chico" after the alliance: joining.
- Production companies are the producers an event's name says it is for ("productoras", "제작사").
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.brain import read_as_standard
from tests.dialogue import talk, talk_patterns

PITCH = "event:latam_pitch_day_2027"


def _pitch_day_then(services: Services, lang: str, first: str, line: str, expect) -> None:
    chat_lines = [(first, PITCH), (line, expect)]
    talk(services, lang, chat_lines)


@pytest.mark.parametrize("lang,first,line", [
    ("en", "any event for Latin American producers?", "what time does it kick off? I'm on Tokyo time"),
    ("en", "any event for Latin American producers?", "I'm on Lima time, when does it start?"),
    ("es", "¿hay algún evento para productores latinoamericanos?", "¿a qué hora arranca? estoy en hora de Bogotá"),
    ("es", "¿hay algún evento para productores latinoamericanos?", "¿cuándo empieza?, estamos en horario de Lima"),
    ("zh", "有没有给拉美制片人的活动", "几点开始呀 我们这边用东京时间"),
    ("zh", "有没有给拉美制片人的活动", "啥时候开始 我这边是首尔时间"),
    ("ko", "중남미 제작자를 위한 행사 있어요?", "몇 시에 해요? 저는 도쿄 시간 기준이에요"),
    ("ko", "중남미 제작자를 위한 행사 있어요?", "언제 시작해요? 저희는 리마 시간 기준이에요"),
])
def test_zone_stated_beside_an_hour_asked_answers_the_hour(services: Services, lang, first, line) -> None:
    _pitch_day_then(services, lang, first, line, f"{PITCH}#date")


@pytest.mark.parametrize("lang,text", [
    ("en", "I'm on Tokyo time"),
    ("zh", "我这边用东京时间"),
])
def test_zone_stated_alone_still_sets_it(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "pref:timezone")])


@pytest.mark.parametrize("lang,first,line", [
    ("en", "any event for Latin American producers?",
     "my client loves one of the titles in your catalog and wants to co-finance it with us, where do we even start?"),
    ("en", "any event for Latin American producers?",
     "we'd like to co-produce one of your catalog titles together, where should we begin?"),
    ("es", "¿hay algún evento para productores latinoamericanos?",
     "a mi socio le gustó un título de su catálogo y quiere poner plata con nosotros, ¿por dónde empezamos?"),
    ("es", "¿hay algún evento para productores latinoamericanos?",
     "queremos coproducir una serie de su catálogo, ¿por dónde arrancamos?"),
    ("zh", "有没有给拉美制片人的活动", "我朋友看上你们片单里一部剧 想出钱跟我们合拍 该从哪儿入手"),
    ("zh", "有没有给拉美制片人的活动", "想跟你们合拍片单上的一部作品，从何下手？"),
    ("ko", "중남미 제작자를 위한 행사 있어요?", "친구가 카탈로그 작품 하나를 같이 공동제작하고 싶대요. 어디서부터 시작해야 돼요?"),
    ("ko", "중남미 제작자를 위한 행사 있어요?", "카탈로그 작품을 공동제작하려면 어디부터 해야 하나요?"),
])
def test_where_to_begin_asks_the_way_not_the_venue(services: Services, lang, first, line) -> None:
    reply = talk(services, lang, [(first, PITCH), (line, "faq:coproduce_catalog_title")])
    assert reply.answer == "faq:coproduce_catalog_title"


@pytest.mark.parametrize("lang,line", [
    ("en", "also, her TV station would like to air your dramas dubbed into Spanish for local viewers, is that doable?"),
    ("en", "one broadcaster there wants to run your shows in Spanish for its audiences, possible?"),
    ("es", "además, una televisora de allá quiere emitir sus series dobladas al español para su público, ¿se puede?"),
    ("es", "un canal quiere transmitir sus microdramas en castellano para sus televidentes, ¿es posible?"),
    ("zh", "另外 他们那边的电视台想把你们的剧配成西语播给观众看 可以吗"),
    ("zh", "那边有个频道想播你们的短剧，翻成西班牙语给当地人看，行不行"),
    ("ko", "그리고 그쪽 방송국이 귀사 드라마를 스페인어로 더빙해서 시청자들한테 방영하고 싶대요. 가능해요?"),
    ("ko", "현지 채널에서 작품들을 스페인어 버전으로 방송하고 싶어 해요. 될까요?"),
])
def test_our_shows_aired_in_spanish_is_the_route_there(services: Services, lang, line) -> None:
    first = {"en": "any event for Latin American producers?", "es": "¿hay algún evento para productores latinoamericanos?",
             "zh": "有没有给拉美制片人的活动", "ko": "중남미 제작자를 위한 행사 있어요?"}[lang]
    talk(services, lang, [(first, PITCH), (line, "faq:spanish_distribution")])


@pytest.mark.parametrize("lang,lines", [
    ("es", ["¿hay algún evento para productores latinoamericanos?", "¿sus series pueden llegar al público hispanohablante?",
            "¿y cuál es su horario de atención?"]),
    ("es", ["¿hay algún evento para productores latinoamericanos?", "¿sus series pueden llegar al público hispanohablante?",
            "¿qué horario tiene su oficina?"]),
    ("en", ["any event for Latin American producers?", "can your shows reach Spanish-speaking audiences?",
            "what are their office hours?"]),
    ("zh", ["有没有给拉美制片人的活动", "你们的作品能发行到西语市场吗", "他们几点上班"]),
    ("ko", ["중남미 제작자를 위한 행사 있어요?", "작품을 스페인어권 관객에게 선보일 수 있나요?", "그쪽 업무 시간은 어떻게 돼요?"]),
])
def test_hours_after_an_answer_naming_a_team_are_that_teams(services: Services, lang, lines) -> None:
    talk(services, lang, [(lines[0], PITCH), (lines[1], "faq:spanish_distribution"), (lines[2], "contact:dalynn_studio#hours")])


def test_your_hours_asked_in_so_many_words_stay_ours(services: Services) -> None:
    talk(services, "es", [("¿hay algún evento para productores latinoamericanos?", PITCH),
                          ("¿sus series pueden llegar al público hispanohablante?", "faq:spanish_distribution"),
                          ("¿a qué hora abren ustedes?", "contact:international_business#hours")])


@pytest.mark.parametrize("lang,text,language", [
    ("ko", "한국어 되는 드라마 뭐 있어요?", "ko"),
    ("ko", "스페인어 되는 작품 있나?", "es"),
    ("ko", "영어 가능한 작품 있어요?", "en"),
    ("ko", "중국어 되는 숏드라마 뭐뭐 있음?", "zh"),
    ("en", "which of your dramas come in Korean?", "ko"),
    ("es", "¿qué series tienen en coreano?", "ko"),
    ("zh", "有哪些剧有韩语版", "ko"),
])
def test_a_title_that_does_a_language_is_in_it(services: Services, lang, text, language) -> None:
    talk(services, lang, [(text, f"list:works?language={language}")])


def test_a_person_who_does_a_language_is_no_title(services: Services) -> None:
    reply = talk(services, "ko", [("영어 되는 분 계세요?", "faq:languages")])
    assert not (reply.answer or "").startswith("list:works")


@pytest.mark.parametrize("written,standard", [
    ("두 번째 건 무신 이야기우꽈?", "두 번째 건 무슨 이야기예요?"),
    ("네 번째는 마씸?", "네 번째는요?"),
    ("우리 같은 쪼끄만 회사도 들어가젠 허민 어떵 허우꽈?", "우리 같은 작은 회사도 들어가려고 하면 어떻게 하나요?"),
    ("그디 누구 이수과?", "거기 누구 있나요?"),
    ("세트 맹글 돈이 엇수다.", "세트 만들 돈이 없어요."),
    ("경허믄 사극은 뭐 있수과?", "그러면 사극은 뭐 있나요?"),
])
def test_jeju_endings_read_as_standard(written: str, standard: str) -> None:
    assert read_as_standard(written)[0] == standard


@pytest.mark.parametrize("kept", ["인디 영화 좋아해요", "무신론자예요", "인디 밴드 음악 쓰고 싶어요"])
def test_words_like_jeju_endings_are_kept(kept: str) -> None:
    assert read_as_standard(kept)[0] == kept


def test_jeju_ordinals_ask_the_story(services: Services) -> None:
    talk_patterns(services, "ko", [("경허믄 SF 작품은 뭐뭐 있수과?", "list:works?genre=sci_fi"),
                                   ("두 번째 건 무신 이야기우꽈?", "work:*#logline"),
                                   ("네 번째는 마씸?", "work:*#logline")])


@pytest.mark.parametrize("lang,lines,answer_lang", [
    ("en", ["sci-fi titles?", "the third one, what's it about?",
            "could you put that in Spanish too? the guy I work with only speaks Spanish"], "es"),
    ("es", ["¿qué series de ciencia ficción tienen?", "¿de qué trata la tercera?",
            "¿me lo pasas en inglés? mi compa nomás entiende inglés"], "en"),
    ("zh", ["有哪些科幻剧", "第三部讲什么", "麻烦用英文再发一次，我搭档只看得懂英文"], "en"),
    ("ko", ["SF 작품 뭐 있어요?", "세 번째는 무슨 이야기예요?", "그거 영어로도 알려 주세요, 같이 일하는 분이 영어밖에 몰라요."], "en"),
    ("ko", ["SF 작품 뭐 있어요?", "세 번째는 무슨 이야기예요?", "그거 영어로도 말해 줍서, 같이 일허는 사람이 영어만 알아마씸."], "en"),
])
def test_reader_who_knows_only_that_language_gets_it_again(services: Services, lang, lines, answer_lang) -> None:
    reply = talk(services, lang, [(lines[0], "list:works?genre=sci_fi"), (lines[1], "work:work_tour_guide_2077#logline"),
                                  (lines[2], "work:work_tour_guide_2077#logline")])
    assert reply.lang == answer_lang


@pytest.mark.parametrize("lang,text", [
    ("en", "do you only speak English?"),
    ("es", "¿ustedes solo hablan español?"),
    ("zh", "你们只会中文吗"),
    ("ko", "영어만 돼요?"),
])
def test_only_that_language_asked_of_us_is_the_languages_faq(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:languages")])


@pytest.mark.parametrize("lang,lines", [
    ("en", ["can we shoot a spaceship cockpit on an LED wall?", "when can we go and see that stage?",
            "do they charge for tickets to get in that day?"]),
    ("es", ["¿se puede rodar una nave espacial con pantallas LED?", "¿cuándo se puede ir a conocer ese estudio?",
            "¿y cobran entrada ese día?"]),
    ("zh", ["飞船驾驶舱的戏能用LED屏拍吗", "那个棚什么时候能去参观", "那天进场收不收门票 要多少"]),
    ("zh", ["飞船驾驶舱的戏能用LED屏拍吗", "那个棚什么时候能去参观", "当天进去买门票吗"]),
    ("ko", ["우주선 조종석 장면을 LED 화면으로 찍을 수 있어요?", "그 촬영장 언제 구경 갈 수 있어요?",
            "그날 들어가려면 입장권 사야 돼요?"]),
])
def test_a_ticket_that_day_is_the_events_unpublished_price(services: Services, lang, lines) -> None:
    talk(services, lang, [(lines[0], ["faq:virtual_production", "location:virtual_production"]),
                          (lines[1], "event:virtual_stage_open_day_2027#date"),
                          (lines[2], "gap:unpublished")])


@pytest.mark.parametrize("lang,lines", [
    ("es", ["¿qué es HISDA?", "¿qué empresas están en ella?", "¿y cómo le hacemos para entrar nosotros? somos una agencia chica"]),
    ("es", ["¿qué es HISDA?", "¿qué empresas están en ella?", "y qué hacemos pa entrar, somos un estudio pequeñito"]),
    ("en", ["what is HISDA?", "which companies are in it?", "how do we get in? we're only a tiny studio"]),
    ("zh", ["HISDA是什么", "里面有哪些公司", "像我们这样的小工作室要怎么进去呢"]),
    ("ko", ["HISDA가 뭐예요?", "어떤 회사들이 들어가 있어요?", "저희 같은 쪼끄만 작업실도 들어가젠 허민 어떵 허우꽈?"]),
])
def test_we_get_in_said_with_who_we_are_is_joining(services: Services, lang, lines) -> None:
    talk(services, lang, [(lines[0], ["faq:what_is_hisda", "program:hisda"]), (lines[1], "list:partners"),
                          (lines[2], "faq:join_alliance")])


@pytest.mark.parametrize("lang,text", [
    ("en", "We partner with Latin American production companies. Got any event aimed at them?"),
    ("en", "any event for production houses from Latin America?"),
    ("es", "Colaboramos con casas productoras latinoamericanas. ¿Hay algún evento para ellas?"),
    ("es", "¿tienen algún evento para productoras de Latinoamérica?"),
    ("zh", "我们跟几家拉美制作公司合作，你们有专门给他们的活动吗"),
    ("zh", "有没有面向拉美影视公司的活动"),
    ("ko", "중남미 제작사들이랑 같이 일해요. 그쪽을 위한 행사 있나요?"),
    ("ko", "중남미 제작사 대상 행사 있어요?"),
])
def test_production_companies_are_the_producers_an_event_is_for(services: Services, lang, text) -> None:
    talk(services, lang, [(text, PITCH)])


def test_the_market_alone_still_lists_its_events(services: Services) -> None:
    talk(services, "en", [("any events for Latin America?", "list:events?market=latam_spanish_news")])
