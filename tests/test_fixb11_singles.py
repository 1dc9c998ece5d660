"""Single questions of set 51's kinds (fixB11), each in wordings of our own, in four languages:

- a price asked of a programme or a service (tuition, a training fee, insurance roughly) is the
  honest "not published" gap, never the programme's card or the costs FAQ;
- experience on a set asked for a young newcomer is the Global Talent Program (one record);
- joining told as a situation ("a company like ours", "se integre en la alianza") is the join FAQ,
  and the companies *in* the alliance, said as a state, are the partner list;
- the gist of a title is its logline; the 2025 exchange called a short drama exchange is that event;
- Korean yes/no of a set's scene said short or in dialect ("있음?", "있냐?") is the set's scene types;
- the zone one lives on, stated, sets the time-zone preference;
- off-topic that looks ours (a company registered at home, one's own video on a platform, a gimbal to
  buy, dramas to binge, platforms weighed by size) stays off-topic."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    from tests.dialogue import noon_services
    yield from noon_services(tmp_path_factory, "fixb11")


@pytest.mark.parametrize("lang,text", [
    ("en", "roughly what's location insurance gonna cost for our crew?"),
    ("en", "What's the tuition on the talent programme, roughly?"),
    ("es", "¿Cuánto es la matrícula del Programa Global de Talento?"),
    ("zh", "全球人才计划的培训费是多少？"),
    ("zh", "参加人才计划得交多少学费"),
    ("ko", "글로벌 인재 프로그램 교육비는 얼마인가요?"),
])
def test_a_price_of_a_programme_or_service_is_the_unpublished_gap(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, "gap:*")])
    assert reply.outcome == "gap"


@pytest.mark.parametrize("lang,text", [
    ("en", "My nephew graduated from drama school, anything where he could get on-set experience with you?"),
    ("es", "Mi hijo salió de la escuela de cine y quiere formarse en un set allá, ¿tienen algo para jóvenes?"),
    ("zh", "我外甥刚从电影学院毕业，想去剧组实习，有没有适合的项目？"),
    ("ko", "조카가 연극영화과 나왔는데 거기서 현장 경험 쌓을 만한 프로그램 있나요?"),
])
def test_experience_for_a_newcomer_is_the_global_talent_program(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "program:global_talent_program")])


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "So how would a small studio like ours sign on?", "faq:join_alliance"),
    ("es", "¿Qué se necesita para integrarnos a la HISDA como productora?", "faq:join_alliance"),
    ("ko", "연맹에 속해 있는 회사들이 어디예요?", "list:partners"),
    ("ko", "HISDA 소속 회사들 누구누구예요?", "list:partners"),
])
def test_joining_as_a_situation_and_the_members_as_a_state(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "Give me the gist of Ghost in the Volume.", "work:work_ghost_in_the_volume#logline"),
    ("es", "¿Me das la idea general de Mocap Jianghu?", "work:work_mocap_jianghu#logline"),
    ("zh", "《动捕江湖》大概讲个啥？", "work:work_mocap_jianghu#logline"),
    ("en", "the short drama exchange last May, where did it happen?", "event:cross_cultural_exchange_2025#venue"),
    ("es", "¿Dónde se hizo el intercambio de microdramas de 2025?", "event:cross_cultural_exchange_2025#venue"),
    ("zh", "2025年那个短剧交流会是在哪儿办的？", "event:cross_cultural_exchange_2025#venue"),
    ("ko", "2025년 숏드라마 교류회는 어디서 했어요?", "event:cross_cultural_exchange_2025#venue"),
])
def test_the_gist_is_the_logline_and_the_exchange_its_venue(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize("text,expect", [
    ("진왕궁에 전쟁터 있음?", "location:qin_palace#scene_types"),
    ("명청민가박람성에 절도 있냐?", "location:ming_qing_folk_houses#scene_types"),
])
def test_korean_scene_yes_no_said_short(services: Services, text, expect) -> None:
    reply = talk(services, "ko", [(text, expect)])
    assert reply.text.startswith("네")


@pytest.mark.parametrize("lang,text", [
    ("en", "We're on Mountain time, use that for all times please."),
    ("zh", "我这边用多伦多时间，以后都按这个时间告诉我。"),
    ("ko", "저는 토론토 시간 기준이에요. 그걸로 알려 주세요."),
])
def test_the_zone_one_lives_on_sets_the_preference(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "pref:timezone")])


@pytest.mark.parametrize("lang,text", [
    ("en", "how do I get my own vlog onto instagram with subtitles"),
    ("en", "Is Netflix or YouTube bigger in Canada right now?"),
    ("es", "¿Cómo registro una productora en Medellín?"),
    ("es", "Recomiéndeme unos doramas buenos, porfa."),
    ("zh", "用手机拍竖屏，哪个云台比较好？"),
    ("zh", "在老家注册一个影视公司要办什么手续？"),
    ("ko", "대구에서 영화사 사업자 등록은 어떻게 해요?"),
])
def test_off_topic_that_looks_ours_stays_off_topic(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, "out_of_scope")], fits=lambda e, got: got in ("out_of_scope", "fallback")
                 or (got or "").startswith("gap:"))
    assert reply.answer in ("out_of_scope", "fallback") or reply.outcome == "gap"
