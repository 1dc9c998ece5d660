"""Kinds of answers31's hand-offs, honest gaps and out-of-scope questions (fix31a):

- "put me in touch / connect us" said in words is a hand-off to the team in view: "link me with
  your international business department", the usted imperative and the polite past subjunctive
  ("póngame en contacto", "le agradecería que me pusiera en contacto"), a body speaking of itself
  ("请协助我单位与其联系", "安排…与我司对接"), "바로 연결" (right away);
- a company's own output counted ("how many titles did SpringReel release?"), how many companies
  signed up, a title's asking price or its budget per episode are not published: an honest gap,
  never the partner's card, the title's card or the costs FAQ; our catalog's size stays its answer;
- politics, a past happening's year, tours abroad and another art's festival are out of scope,
  whatever word (a year, a country, "festival") they share with our events.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import asks_for_person, asks_to_connect
from tests.dialogue import fits, talk

GAP = "gap:*"
HANDOFF = ["handoff", "handoff:*"]
OFF = ["out_of_scope", "fallback", "gap:*"]


# -- a hand-off asked in words ---------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "opening", "asked"), [
    ("en", "who handles the Spanish-language side?", "great, link us up with them directly"),
    ("en", "what's the secretariat's email?", "can you link me with your secretariat office?"),
    ("es", "¿quién lleva lo de la distribución en español?", "pónganos en contacto con ellos, por favor"),
    ("es", "¿cuál es el correo de la secretaría?", "le agradecería que nos pusiera en contacto con la secretaría"),
    ("es", "¿cuál es el correo de la secretaría?", "¿me podría poner en contacto con ellos?"),
    ("zh", "西语发行归谁管", "请协助我们与对方取得联系"),
    ("zh", "秘书处邮箱是多少", "麻烦安排秘书处的同事与我司对接"),
    ("ko", "사무국 이메일 알려 주세요", "사무국 담당자분이랑 바로 연결 부탁드립니다"),
])
def test_put_me_in_touch_in_words_is_a_handoff(services: Services, lang: str, opening: str, asked: str) -> None:
    talk(services, lang, [(opening, "*"), (asked, HANDOFF)], fits)


@pytest.mark.parametrize("text", [
    "can you link me to the trailer?", "link me the catalog please", "帮我们跟他们联系方式发一下",
])
def test_a_link_or_details_asked_is_no_connect(text: str) -> None:
    assert not asks_to_connect(text) and not asks_for_person(text)


# -- unpublished numbers: honest gaps --------------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "how many shows has ShortMax put out this year?"),
    ("en", "how many dramas did Reel-K produce last year?"),
    ("es", "¿cuántas series ha producido ShortMax?"),
    ("es", "¿cuántos microdramas lanzó Reel-K en 2025?"),
    ("zh", "ShortMax今年推出了几部短剧"),
    ("zh", "Reel-K去年拍了多少部剧"),
    ("ko", "Reel-K는 드라마 몇 편 만들었어요?"),
    ("ko", "ShortMax 올해 작품 몇 편 출시했어요?"),
])
def test_a_companys_output_counted_is_a_gap(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, GAP)], fits)


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "how many titles are in your catalog?"),
    ("ko", "카탈로그에 작품 몇 편 있어요?"),
])
def test_our_catalogs_size_stays_its_answer(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, "catalog:about")])


@pytest.mark.parametrize(("lang", "asked"), [
    ("es", "¿cuántas productoras se han registrado para el encuentro?"),
    ("es", "¿cuántas empresas se han apuntado ya?"),
])
def test_how_many_signed_up_is_a_gap(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, GAP)], fits)


@pytest.mark.parametrize(("lang", "asked"), [
    ("zh", "御前钟表匠的海外版权开价多少"),
    ("zh", "2077时光导游的独播权售价大概多少"),
    ("zh", "御前钟表匠每集的制作预算大概多少"),
    ("es", "¿cuál es el presupuesto por capítulo de El relojero del emperador, más o menos?"),
    ("ko", "황제의 시계공 회당 제작비 대략 얼마예요?"),
])
def test_a_titles_price_or_budget_per_episode_is_a_gap(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, GAP)], fits)


# -- general knowledge and tourism: out of scope ---------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("zh", "法国总统任期几年"),
    ("zh", "韩国下一次大选是什么时候"),
    ("ko", "미국 대통령 임기는 몇 년이에요?"),
    ("en", "when is the next presidential election in Brazil?"),
    ("zh", "雅尔塔会议是哪一年召开的"),
    ("ko", "얄타 회담은 몇 년에 열렸어요?"),
    ("es", "¿en qué año se firmó el tratado de Tordesillas?"),
    ("zh", "迪拜沙漠一日游哪家旅行社靠谱"),
    ("ko", "두바이 사막 투어 업체 추천해 주세요"),
    ("es", "¿qué agencia de tours me recomiendan en Cusco?"),
    ("zh", "乌镇戏剧节的门票几号开售"),
    ("ko", "올해 연극제 초청작 티켓 언제 열려요?"),
    ("en", "when do tickets for the Edinburgh theatre festival go on sale?"),
])
def test_general_knowledge_and_tourism_are_out_of_scope(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, OFF)], fits)


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("zh", "签约仪式是哪一年举行的", "event:signing_ceremony_2025*"),
    ("en", "when is the film festival?", "event:hengdian_film_festival*"),
])
def test_our_own_happenings_stay_ours(services: Services, lang: str, asked: str, expect: str) -> None:
    talk(services, lang, [(asked, expect)], fits)


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "we're a crew from Mexico, can we get a tour of the sets before booking?"),
    ("ko", "일본에서 가는데 세트장 투어 가능해요?"),
])
def test_a_tour_of_our_sets_is_no_tourism(services: Services, lang: str, asked: str) -> None:
    reply = talk(services, lang, [(asked, "*")], fits)
    assert reply.answer not in ("out_of_scope", "fallback")
