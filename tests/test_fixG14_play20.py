"""fixG14: play20's Telegram kinds, in four languages, in new wording: each fact of a run-on
message once, nothing from an earlier turn pasted in; both asks of a two-ask message answered;
the airport asked of an event (Hengdian's, or none for one held online); a country said as a
clock is a zone, not that country's event; a past event's speakers and recap from the records;
whom to see about co-producing the title just shown, with no pronoun; an airfare asked."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import ask, say


def _head(key: str, lang: str, **kw: str) -> str:
    """The fixed words a catalogue string opens with (before its first placeholder)."""
    return t(key, lang, **{k: "@@" for k in kw}).split("@@")[0].split("<b>")[0].strip()


# -- kind 11: each fact once ------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "hey, any incentives for vertical dramas in Hengdian? how much would we save"),
    ("en", "do you have support for short drama crews? what's the discount"),
    ("es", "oigan, ¿hay incentivos para microdramas? ¿cuánto descuento nos hacen?"),
    ("es", "hay apoyo para rodar microdramas allá? de cuánto es el descuento"),
    ("zh", "横店对短剧有扶持政策吗？能优惠多少"),
    ("zh", "拍竖屏短剧有补贴吗？具体减多少钱"),
    ("ko", "숏드라마 찍으면 인센티브 있어요? 할인은 얼마나 돼요"),
    ("ko", "세로형 드라마 지원 있나요? 얼마나 깎아 줘요"),
])
def test_incentives_and_how_much_say_each_thing_once(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer and reply.answer.startswith(("faq:", "incentive:", "gap:")), (reply.answer, reply.text)
    assert reply.text.count("✉️") <= 1, reply.text  # one team's card, not two
    assert "Carlos Tinto" not in reply.text, reply.text
    first = t("gap_discount", lang, who="@@").split("@@")[0][:12]
    assert reply.text.count(first) <= 1, reply.text


@pytest.mark.parametrize(("lang", "lines", "stale"), [
    ("en", ["any set for a Song dynasty market street?", "the May 2025 exchange, did it go ahead? who came?"], "Qingming"),
    ("en", ["a song-era riverside town, which set?", "did the cross-cultural exchange in May 2025 take place? who attended?"], "Qingming"),
    ("es", ["¿qué set tienen para un mercado de la dinastía Song?", "¿el encuentro intercultural de mayo de 2025 se hizo? ¿quiénes fueron?"], "Qingming"),
    ("zh", ["有宋代集市街景的场景吗", "2025年5月的跨文化交流会办了吗？都有谁去了？"], "清明上河"),
    ("ko", ["송나라 시장 거리 세트 있어요?", "2025년 5월 교류회 열렸어요? 누가 왔어요?"], "청명상하"),
])
def test_a_past_event_asked_after_a_set_pastes_no_set(services: Services, lang: str, lines: list[str], stale: str) -> None:
    reply = say(services, lang, *lines)[-1]
    assert (reply.answer or "").startswith("event:cross_cultural_exchange_2025"), (reply.answer, reply.text)
    assert stale not in reply.text, reply.text
    assert reply.text.count("22") <= 2, reply.text  # the date once (day and hours), not its line twice


@pytest.mark.parametrize(("lang", "text", "airport"), [
    ("en", "which airport is nearest to Hengdian and how long does the train from Shanghai take?", "Yiwu"),
    ("es", "¿cuál es el aeropuerto más cercano y cuánto demora el tren desde Shanghái?", "Yiwu"),
    ("zh", "离横店最近的机场是哪个？从上海坐高铁要多长时间", "义乌"),
    ("ko", "제일 가까운 공항이 어디예요? 그리고 상하이에서 기차로 얼마나 걸려요?", "이우"),
])
def test_the_airport_first_and_the_travel_time_once(services: Services, lang: str, text: str, airport: str) -> None:
    reply = ask(services, lang, text)
    first = reply.text.split("\n")[0]
    assert airport in first, reply.text
    gap_line = _head("gap_travel_time_way", lang)[:8]
    assert reply.text.count(gap_line) <= 1, reply.text


# -- kind 7: two asks, both answered ----------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "airport", "stay"), [
    ("en", "nearest airport + can they find hotels for our crew of 20", "Yiwu", "ccommodation"),
    ("en", "whats the closest airport + can u sort out interpreters and rooms", "Yiwu", "nterpreter"),
    ("en", "what's the closest airport, and can you arrange rooms and interpreters for us?", "Yiwu", "nterpreter"),
    ("es", "¿cuál es el aeropuerto más cercano? ¿y nos consiguen alojamiento e intérpretes?", "Yiwu", "lojamiento"),
    ("zh", "最近的机场是哪个？另外能帮剧组安排住宿和翻译吗", "义乌", "住宿"),
    ("ko", "숙소랑 통역 준비해 줄 수 있나요? 그리고 가장 가까운 공항은요", "이우", "숙소"),
    ("ko", "통역이랑 숙소도 구해 줄 수 있어요? 제일 가까운 공항은 어디예요?", "이우", "숙소"),
])
def test_the_airport_and_the_stay_are_both_answered(services: Services, lang: str, text: str, airport: str, stay: str) -> None:
    reply = ask(services, lang, text)
    assert airport in reply.text, reply.text
    assert stay in reply.text, reply.text


# -- kind 6: the airport of an event ----------------------------------------------------------
@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["which airport should we fly into for the open day at the virtual production stage?"]),
    ("en", ["when's the casting day?", "and the closest airport to it?"]),
    ("es", ["¿cuándo es la jornada de puertas abiertas?", "¿qué aeropuerto me queda más cerca para ir a esa jornada?"]),
    ("es", ["¿a qué aeropuerto llego para el día de casting?"]),
    ("zh", ["去选角日最近的机场是哪个？"]),
    ("zh", ["開放日是什麼時候？", "去那個活動飛哪個機場？"]),
    ("ko", ["캐스팅 데이 가려면 어느 공항으로 가요?"]),
    ("ko", ["오픈 데이 언제예요?", "그 행사 가려면 제일 가까운 공항이 어디예요?"]),
])
def test_the_airport_of_an_event_in_hengdian(services: Services, lang: str, lines: list[str]) -> None:
    reply = say(services, lang, *lines)[-1]
    assert reply.answer == "faq:how_to_reach_hengdian", (reply.answer, reply.text)
    assert reply.text.startswith(_head("ev_in_hengdian_trip", lang, name="")[:1] or reply.text[:1])
    assert {"en": "Yiwu", "es": "Yiwu", "zh": "义乌", "ko": "이우"}[lang] in reply.text, reply.text


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["when is the talent info session?", "which airport do we fly into for it?"]),
    ("es", ["¿cuándo es la sesión informativa del programa de talento?", "¿y a qué aeropuerto tengo que volar para ese evento?"]),
    ("zh", ["人才计划说明会是什么时候？", "去这个活动要飞哪个机场？"]),
    ("ko", ["인재 프로그램 설명회 언제예요?", "이 행사 가려면 어느 공항으로 가요?"]),
])
def test_the_airport_of_an_online_event_is_none(services: Services, lang: str, lines: list[str]) -> None:
    reply = say(services, lang, *lines)[-1]
    assert reply.answer == "event:global_talent_info_session_2026#venue", (reply.answer, reply.text)
    assert reply.text.split("</b>")[-1][:6] in t("ev_online_no_trip", lang, name="x"), reply.text


# -- kind 4: a country said as a clock --------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "when's the info session? in korea time please"),
    ("en", "what time is the intake session, korean time"),
    ("es", "¿a qué hora es la sesión informativa? en hora de Corea"),
    ("es", "cuándo es la sesión informativa, en horario de Corea porfa"),
    ("zh", "说明会是什么时候？按韩国时间"),
    ("zh", "說明會幾點開始？韓國時間"),
    ("ko", "설명회는 언제예요? 한국 시간으로 알려 주세요"),
    ("ko", "설명회 몇 시에 해요? 한국 시간 기준으로요"),
])
def test_a_country_said_as_a_clock_is_a_zone(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("event:global_talent_info_session_2026"), (reply.answer, reply.text)
    assert "Reel-K" not in reply.text, reply.text


# -- kind 10: a past event's speakers and recap -----------------------------------------------
@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["who gave talks at the signing ceremony?"]),
    ("en", ["tell me about the 2025 signing ceremony", "who were the speakers?"]),
    ("es", ["¿quiénes hablaron en la ceremonia de firma?"]),
    ("es", ["¿quiénes fueron los ponentes de la ceremonia de firmas de 2025?"]),
    ("zh", ["签约仪式上都有谁发言？"]),
    ("zh", ["簽約儀式上哪幾位致辭了？"]),
    ("ko", ["협약식에서 누가 발표했어요?"]),
    ("ko", ["서명식 발표자 누구였어요?"]),
])
def test_the_speakers_of_the_signing_ceremony(services: Services, lang: str, lines: list[str]) -> None:
    reply = say(services, lang, *lines)[-1]
    assert reply.answer == "event:signing_ceremony_2025#speakers", (reply.answer, reply.text)
    assert "Dennis Chau" in reply.text and ("Jooick Lee" in reply.text), reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we were at the May 2025 exchange. any photos or a recap?"),
    ("es", "fuimos al encuentro de mayo 2025, ¿hay fotos o un resumen?"),
    ("zh", "2025年5月的交流会有照片或者总结吗？"),
    ("ko", "5월 교류회 사진이나 요약 있어요?"),
])
def test_a_recap_is_published_photos_are_not(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "event:cross_cultural_exchange_2025#about", (reply.answer, reply.text)
    assert "Dalynn" in reply.text, reply.text  # the account: who hosted
    assert _head("ev_photos_unpublished", lang, who="")[:6] in reply.text, reply.text


# -- kind 12: whom to see about the title just shown ------------------------------------------
@pytest.mark.parametrize(("lang", "lines"), [
    ("ko", ["코미디 작품 있어요?", "두 번째 거 보여 주세요", "공동제작 하고 싶은데 누구한테 연락하면 돼요"]),
    ("ko", ["코미디 있나요", "2번이요", "공동 제작 문의는 누구한테 해요?"]),
    ("en", ["any comedies?", "the second one", "we want to co-produce, who do we contact?"]),
    ("zh", ["有喜剧吗", "第二部", "想合拍，找谁？"]),
])
def test_whom_to_coproduce_the_title_just_shown_with(services: Services, lang: str, lines: list[str]) -> None:
    reply = say(services, lang, *lines)[-1]
    # (its status and its team, or its team's card: the Secretariat, not International Business)
    assert reply.answer in ("work:work_palace_ratings_war#coproduction", "contact:hisda_secretariat#role"), (reply.answer, reply.text)


# -- kind 13: an airfare ----------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how much is a flight from Chicago roughly?"),
    ("en", "what do plane tickets cost to get there?"),
    ("es", "¿cuánto sale el pasaje de avión desde Quito?"),
    ("es", "cuánto cuestan los vuelos desde Bogotá más o menos"),
    ("zh", "从釜山飞过去机票大概多少钱？"),
    ("zh", "機票要多少錢？"),
    ("ko", "항공권 가격은 대충 얼마예요?"),
    ("ko", "비행기 값 얼마나 들어요?"),
])
def test_an_airfare_is_not_here_the_way_is(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "faq:how_to_reach_hengdian", (reply.answer, reply.text)
    assert reply.text.startswith(t("gap_airfare", lang)[:10]), reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how much is a flight from Lima to Cusco?"),
    ("zh", "雅加达到泗水的机票多少钱"),
])
def test_a_fare_between_places_abroad_is_no_way_to_us(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer != "faq:how_to_reach_hengdian"


# -- kind 8: two partners weighed -------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "which is better for us, ShortMax or Reel-K?"),
    ("en", "ShortMax vs Reel-K, who would you recommend for a Korean release?"),
    ("es", "¿ShortMax o Reel-K, cuál nos conviene más?"),
    ("es", "comparado con Reel-K, ¿ShortMax es mejor plataforma?"),
    ("zh", "ShortMax跟Reel-K比较，哪个更好？"),
    ("zh", "Reel-K和ShortMax哪個平台更適合我們"),
    ("ko", "숏맥스랑 릴케이 중에 어디가 더 나아요?"),
    ("ko", "ShortMax와 Reel-K 비교하면 어느 쪽이 좋아요?"),
])
def test_two_partners_weighed_get_no_pick(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "gap:international_business", (reply.answer, reply.text)
    assert reply.text.startswith(t("compare_partners", lang)[:8]), reply.text
    assert "ShortMax" in reply.text and "Reel-K" in reply.text, reply.text
    assert "✉️" in reply.text  # a person to talk it through with
