"""Kinds of answers26's record attributes (fix30a):

- an attribute the knowledge does not hold, asked of a record named or in focus (a prize or an
  award, the electrical power at a set, a deposit, the size of a stage or a wall, how many people
  came to a past event) is an honest gap naming the team that knows, never the record's card
  (nor its date, nor out of scope when an English word sits in a Chinese line);
- a field the record has, asked in the partner's words (a title still looking for partners or
  spoken for, an event's hall, how to go about a procedure and what to send, a set's address in
  Korean) is that fact, not the bare card.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import facts_asked, gap_topic
from tests.dialogue import talk

GAP = "gap:*"
WORK = "work:work_tour_guide_2077"
PITCH = "event:latam_pitch_day_2027"
FEST = "event:hengdian_film_festival"
VALLEY = "location:dream_valley"
EXCHANGE = "event:cross_cultural_exchange_2025"


# -- awards and prizes: no file lists any ---------------------------------------------------------
@pytest.mark.parametrize(("lang", "opening", "asked"), [
    ("en", "tell me about Tour Guide 2077", "did it pick up any awards on the festival circuit?"),
    ("en", "tell me about Tour Guide 2077", "is it award-winning?"),
    ("es", "cuéntame de Guía turística 2077", "¿ha recibido algún galardón o reconocimiento?"),
    ("es", "cuéntame de Guía turística 2077", "¿la premiaron en algún festival?"),
    ("zh", "介绍一下《2077时光导游》", "这部获过奖没有？"),
    ("zh", "介绍一下《2077时光导游》", "有没有得过什么奖项"),
    ("ko", "2077 시간여행 가이드 소개해 주세요", "수상 경력 있나요?"),
    ("ko", "2077 시간여행 가이드 소개해 주세요", "상 받은 적 있어요?"),
])
def test_an_award_of_the_title_in_focus_is_a_gap(services: Services, lang: str, opening: str, asked: str) -> None:
    talk(services, lang, [(opening, WORK), (asked, GAP)])


@pytest.mark.parametrize(("lang", "opening", "asked"), [
    ("en", "tell me about the LatAm pitch day", "does the winning pitch get a cash prize?"),
    ("en", "tell me about the LatAm pitch day", "what does the winner take home?"),
    ("es", "platícame de la jornada de pitch", "¿el ganador se lleva algún premio en efectivo?"),
    ("es", "platícame de la jornada de pitch", "y al que gane le dan premio en billete o qué?"),
    ("zh", "说说拉美推介会", "最佳项目有奖金拿吗"),
    ("zh", "说说拉美推介会", "赢了给奖品不"),
    ("ko", "피칭 데이 알려주세요", "1등 하면 상금 나와요?"),
    ("ko", "피칭 데이 알려주세요", "우승 상품 같은 거 있어요?"),
])
def test_a_prize_at_the_event_in_focus_is_a_gap(services: Services, lang: str, opening: str, asked: str) -> None:
    talk(services, lang, [(opening, PITCH), (asked, GAP)])


# -- a set's power, a deposit, a stage's or wall's size -------------------------------------------
@pytest.mark.parametrize(("lang", "opening", "asked"), [
    ("en", "tell me about Dream Valley", "what's the power supply there, how many amps can we pull?"),
    ("en", "tell me about Dream Valley", "do they have generators on site for our lights?"),
    ("es", "háblame de Dream Valley", "¿cuánta potencia eléctrica tienen ahí pa los equipos?"),
    ("es", "háblame de Dream Valley", "¿y la acometida de luz aguanta nuestras lámparas?"),
    ("zh", "介绍一下梦幻谷", "那里电力够吗，最大功率多少"),
    ("zh", "介绍一下梦幻谷", "现场有发电机吗"),
    ("ko", "몽환곡 알려주세요", "거기 전력 공급 얼마나 돼요?"),
    ("ko", "몽환곡 알려주세요", "발전기 있어요? 조명 돌려야 돼서요"),
])
def test_the_power_at_the_set_in_focus_is_a_gap(services: Services, lang: str, opening: str, asked: str) -> None:
    talk(services, lang, [(opening, VALLEY), (asked, GAP)])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "do we have to leave a security deposit to hire props at Dream Valley?"),
    ("es", "¿hay que dejar depósito pa rentar utilería en Dream Valley?"),
    ("es", "¿cuánto piden de garantía por el vestuario en Dream Valley?"),
    ("zh", "在梦幻谷借道具要交保证金吗"),
    ("ko", "몽환곡 소품 대여하면 보증금 있어요?"),
    ("ko", "몽환곡에서 의상 빌릴 때 디파짓 걸어야 하나요?"),
])
def test_a_deposit_at_a_set_is_a_gap(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, GAP)])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "what are the dimensions of the LED wall at the virtual production stage?"),
    ("es", "¿qué medidas tiene la pantalla LED de producción virtual?"),
    ("zh", "虚拟制片那个LED屏尺寸是多少"),
    ("zh", "LED墙有多少平方米"),
    ("ko", "버추얼 스튜디오 LED 벽 규격이 어떻게 돼요?"),
    ("ko", "LED 월 가로 세로 몇 미터예요?"),
])
def test_the_size_of_a_stage_or_wall_is_a_gap(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, GAP)])


# -- how many came to a past event: no record counts them -----------------------------------------
@pytest.mark.parametrize(("lang", "said"), [
    ("en", "how many producers were at the cross-cultural exchange in 2025?"),
    ("es", "¿cuántos cineastas se dieron cita en el encuentro intercultural?"),
    ("es", "¿cuántas productoras acudieron al intercambio intercultural?"),
    ("zh", "合作交流会那次来了多少家制片公司"),
    ("zh", "跨文化交流会到场的导演有多少位"),
    ("ko", "크로스컬처 교류회에 제작자 몇 분 오셨어요?"),
])
def test_how_many_came_to_a_past_event_is_a_gap(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, GAP)])


# -- the words of the family, in the tables -------------------------------------------------------
@pytest.mark.parametrize(("lang", "said"), [
    ("en", "any prize money for the best project?"), ("en", "how many kilowatts can the set supply?"),
    ("es", "¿hay premio pal mejor proyecto?"), ("es", "¿cuántos kW de corriente tienen?"),
    ("zh", "pitch第一名有奖励金吗"), ("zh", "用电负荷能到多少"),
    ("ko", "우승 상금이 얼마예요"), ("ko", "전기 용량이 어떻게 돼요"),
])
def test_prize_and_power_words_read_as_unpublished(lang: str, said: str) -> None:
    assert "unpublished" in facts_asked(said) or gap_topic(said) is not None


@pytest.mark.parametrize("said", ["押金要多少", "¿de cuánto es el depósito?", "what's the deposit?", "보증금 얼마예요",
                                  "LED屏尺寸", "¿qué dimensiones tiene?", "LED 월 사이즈", "how wide is the stage?"])
def test_deposit_and_dimension_words_are_gaps(said: str) -> None:
    assert gap_topic(said) in ("price", "size")


# -- facts the record has stay facts --------------------------------------------------------------
@pytest.mark.parametrize(("lang", "opening", "asked", "fact"), [
    ("en", "tell me about the film festival", "which building or hall is it in?", "venue"),
    ("es", "cuéntame del festival de cine", "¿en qué recinto o salón exactamente se hace?", "venue"),
    ("zh", "介绍一下横店影视节", "具体在哪个场馆办", "venue"),
    ("ko", "헝뎬 영화제 알려주세요", "정확히 어느 홀에서 해요?", "venue"),
    ("en", "tell me about the film festival", "when is it?", "date"),
])
def test_an_event_hall_is_its_venue(services: Services, lang: str, opening: str, asked: str, fact: str) -> None:
    talk(services, lang, [(opening, FEST), (asked, f"{FEST}#{fact}")])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "Tour Guide 2077: still lookin for a co-producer, or has somebody claimed it?"),
    ("en", "is Tour Guide 2077 still up for a partnership or already committed?"),
    ("es", "¿Guía turística 2077 todavía anda buscando socio o ya está apalabrada?"),
    ("zh", "《2077时光导游》还在找合作方吗，还是已经名花有主了"),
    ("ko", "2077 시간여행 가이드 아직 파트너 찾나요, 아니면 벌써 임자 있어요?"),
])
def test_a_title_still_looking_for_partners_is_its_coproduction(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, f"{WORK}#coproduction")])


@pytest.mark.parametrize(("lang", "asked"), [
    ("es", "pa pedir el apoyo de rodaje, ¿cómo le hacemos? ¿qué les mandamos?"),
    ("es", "¿qué le envío pa solicitar el apoyo al rodaje?"),
    ("en", "for the shoot support request, what do I do and what do I send over?"),
    ("zh", "申请拍摄支持要怎么弄，发啥过去"),
    ("ko", "촬영 지원 요청하려면 어떻게 하면 돼요? 뭐 보내요?"),
])
def test_how_to_go_about_a_procedure_is_how_to_apply(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, "incentive:shoot_request_procedure#how_to_apply")])


@pytest.mark.parametrize("asked", ["해외 배경 세트장은 위치가 어디예요?", "해외 배경 세트 주소 알려 주세요"])
def test_the_international_sets_address_in_korean(services: Services, asked: str) -> None:
    talk(services, "ko", [(asked, "location:international_sets#address")])


# -- the rest of the family: a score, what a title cost, seats, a ceiling's height -----------------
@pytest.mark.parametrize(("said", "topic"), [
    ("what's its IMDb rating?", "figures"), ("¿qué nota tiene en FilmAffinity?", "figures"),
    ("豆瓣评分多少", "figures"), ("평점이 어떻게 돼요?", "figures"),
    ("这部剧投资了多少", "price"), ("¿cuánto costó hacerla?", "price"),
    ("影厅能坐多少人", "capacity"), ("¿cuántas butacas tiene la sala?", "capacity"), ("좌석 몇 석이에요?", "capacity"),
    ("摄影棚层高多少", "size"), ("¿qué altura tiene el foro?", "size"), ("스튜디오 층고가 어떻게 돼요?", "size"),
])
def test_scores_costs_seats_and_heights_are_gaps(said: str, topic: str) -> None:
    assert gap_topic(said) == topic


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "附近有什么好看的电影院吗"), ("ko", "서울에 오래된 극장 아직 남아 있어요?"),
    ("zh", "竖屏短剧运营中心几点到几点有人"),
])
def test_no_cinema_of_someone_else_nor_office_hours_read_as_ours(services: Services, lang: str, said: str) -> None:
    reply = talk(services, lang, [(said, ["out_of_scope", "fallback", "gap:*", "contact:vertical_short_drama_center#hours"])])
    assert not reply.answer.startswith(("list:", "event:", "location:"))
