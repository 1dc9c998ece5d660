"""Kinds the play22 partners got wrong through Telegram (fixN15), each in en/es/zh/ko with
sentences of our own.

3. What an event is, was or will hold, asked with its name and more words ("what was the 2025
   signing ceremony about, briefly?", "¿de qué se trató…?", "有什么安排", "무슨 행사였어요?"): its
   description, not its date alone.
4. Companies weighed against each other or the one in focus ("bigger than"), a company's view
   asked ("what does ShortMax think of…"), a company's ties to the Alliance ("什么关系"): no
   comparison and no opinion of theirs, what is published of each, and whom to ask.
5. The help visiting crews get ("what support do foreign crews get?"): the on-site services.
6. Who runs the Global Talent Program: not published, the HISDA Secretariat; "¿cómo hago para
   postularme?" after it: its info session; "¿acepta guionistas colombianos?": whether it is open.
11. Who will be at an event to come ("which companies will be there?"): whom it brings together,
   the list unpublished; "can an Australian company take part, or only LatAm?": whom it is for.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, say

# -- 3. what an event is about ---------------------------------------------------------------

SIGNING = "event:signing_ceremony_2025"
FILM_NIGHT = "event:latin_film_night_2027"
THEME = {"en": "Transboundary Symbiosis", "es": "Simbiosis transfronteriza", "zh": "跨界共生", "ko": "경계를 넘는 공생"}
SCREENS = {"en": "big screen", "es": "pantalla grande", "zh": "大银幕", "ko": "상영회"}


@pytest.mark.parametrize("lang,text", [
    ("en", "what was the 2025 signing ceremony about, just a couple of lines?"),
    ("en", "so what was that 2025 signing ceremony even about, in short"),
    ("es", "¿de qué se trató la ceremonia de firmas de 2025?"),
    ("es", "y la ceremonia de firma del 2025, ¿de qué se trataba?"),
    ("zh", "2025年签约仪式是个什么样的活动？"),
    ("zh", "2025年嗰個簽約儀式係咩嚟㗎？"),
    ("ko", "2025년 협약식은 무슨 행사였어요?"),
    ("ko", "2025 협약식 그거 무슨 자리였노?"),
])
def test_what_a_past_event_was_is_its_description(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith(SIGNING) and reply.answer != f"{SIGNING}#date", (text, reply.answer)
    assert THEME[lang] in reply.text, (text, reply.text)


@pytest.mark.parametrize("lang,text", [
    ("en", "what's planned for the Latin Film Night 2027?"),
    ("en", "what's on the programme at the 2027 Latin film night?"),
    ("es", "¿qué tienen previsto para la Noche de Cine Latino 2027?"),
    ("es", "¿qué se va a hacer en la noche de cine latino 2027?"),
    ("zh", "2027拉丁电影之夜都有些什么安排"),
    ("zh", "2027年拉丁電影之夜有什麼安排？"),
    ("ko", "2027 라틴 영화의 밤에서는 뭐 해요?"),
    ("ko", "2027년 라틴 영화의 밤은 어떤 행사예요?"),
])
def test_what_a_coming_event_holds_is_its_description(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith(FILM_NIGHT) and reply.answer != f"{FILM_NIGHT}#date", (text, reply.answer)
    assert SCREENS[lang] in reply.text, (text, reply.text)


@pytest.mark.parametrize("lang,text", [
    ("en", "when is the Latin Film Night 2027?"),
    ("zh", "拉丁电影之夜安排在什么时候？"),
])
def test_when_an_event_is_stays_its_date(services: Services, lang, text) -> None:
    answer = ask(services, lang, text).answer or ""
    assert answer.startswith("event:latin_film_night") and answer.endswith("#date"), (text, answer)


# -- 4. comparing or judging other companies -----------------------------------------------------

CANT_COMPARE = {"en": "I can't compare", "es": "No puedo comparar", "zh": "我无法比较", "ko": "비교하거나 추천해 드릴 수는 없습니다"}


@pytest.mark.parametrize("lang,lines", [
    ("en", ["is ShortMax larger than Reel-K?"]),
    ("en", ["tell me about Dalynn Studio", "are they bigger than ShortMax?"]),
    ("es", ["¿Reel-K es más grande que ShortMax?"]),
    ("es", ["contame de Reel-K", "¿y es más conocida que ShortMax?"]),
    ("zh", ["Reel-K和ShortMax谁规模更大？"]),
    ("zh", ["ShortMax跟Dalynn Studio比，哪家比较大"]),
    ("ko", ["릴케이가 숏맥스보다 더 커요?"]),
    ("ko", ["ShortMax랑 Dalynn 중에 누가 더 유명해요?"]),
])
def test_companies_weighed_by_size_get_no_comparison(services: Services, lang, lines) -> None:
    reply = ask(services, lang, *lines)
    assert CANT_COMPARE[lang] in reply.text.split("\n")[0], (lines, reply.text)
    assert reply.answer == "gap:international_business", (lines, reply.answer)
    assert reply.text.count("•") == 2


CANT_SPEAK = {"en": "I can't speak for", "es": "No puedo hablar en nombre de", "zh": "我无法代表", "ko": "대신 말씀드릴 수 없습니다"}


@pytest.mark.parametrize("lang,text", [
    ("en", "what does Reel-K think about Nigerian stories?"),
    ("en", "would ShortMax be interested in our Brazilian format?"),
    ("es", "¿qué opina ShortMax de los microdramas argentinos?"),
    ("es", "¿a Reel-K le interesaría una serie peruana?"),
    ("zh", "Reel-K怎么看东南亚题材？"),
    ("zh", "ShortMax对拉美短剧有没有兴趣"),
    ("ko", "숏맥스는 중남미 드라마를 어떻게 생각해요?"),
    ("ko", "릴케이가 우리 포맷에 관심 있을까요?"),
])
def test_a_companys_view_is_not_ours_to_give(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert CANT_SPEAK[lang] in reply.text.split("\n")[0], (text, reply.text)
    assert "international.business@" in reply.text
    assert "#country" not in (reply.answer or "")


MEMBER = {"en": "A member of the Hengdian", "es": "Es miembro de la Alianza", "zh": "横店国际短剧联盟成员单位", "ko": "연맹(HISDA) 회원사입니다"}
MATCHMAKING = {"en": "Korea–China Short Drama Matchmaking", "es": "Encuentro de negocios Corea–China", "zh": "中韩短剧合作对接会",
               "ko": "한중 숏드라마 비즈니스 매칭"}


@pytest.mark.parametrize("lang,text", [
    ("en", "what's the alliance's relationship with ShortMax and Reel-K?"),
    ("en", "how are ShortMax and Reel-K connected to HISDA?"),
    ("es", "¿qué relación tienen ShortMax y Reel-K con la alianza?"),
    ("es", "ShortMax y Reel-K, ¿qué tienen que ver con la HISDA?"),
    ("zh", "联盟和ShortMax、Reel-K是什么关系？"),
    ("zh", "ShortMax同Reel-K跟聯盟係咩關係"),
    ("ko", "숏맥스랑 릴케이는 연맹이랑 무슨 관계예요?"),
    ("ko", "ShortMax, Reel-K하고 연맹은 어떤 관계인가요?"),
])
def test_companies_ties_to_the_alliance_are_said_for_each(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    lines = reply.text.split("\n")
    shortmax = next(line for line in lines if "ShortMax" in line and line.startswith("•"))
    reel_k = next(line for line in lines if "Reel-K" in line and line.startswith("•"))
    assert MEMBER[lang] in shortmax, (text, shortmax)
    assert MATCHMAKING[lang] in reel_k, (text, reel_k)


# -- 5. the help visiting crews get ------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "what kind of help do overseas crews get when they shoot with you?"),
    ("en", "what services are there for international production teams?"),
    ("es", "¿qué ayuda reciben las producciones extranjeras que ruedan allá?"),
    ("es", "¿Qué servicios ofrecéis a los equipos de rodaje internacionales?"),
    ("zh", "外国剧组来横店拍戏，你们提供什么支持？"),
    ("zh", "境外團隊來拍攝有什麼配套服務"),
    ("ko", "외국 제작팀한테는 어떤 서비스를 제공해요?"),
    ("ko", "해외 촬영팀은 어떤 지원 받을 수 있나요?"),
])
def test_support_for_visiting_crews_is_the_on_site_services(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "incentive:on_site_services", (text, reply.answer)
    assert {"en": "vertical short dramas", "es": "microdramas verticales", "zh": "竖屏短剧", "ko": "세로형 숏드라마"}[lang] in reply.text


@pytest.mark.parametrize("lang,text", [
    ("en", "can foreign crews film in Hengdian?"),
    ("es", "¿hay subvenciones para equipos extranjeros?"),
])
def test_whether_foreign_crews_may_film_or_get_money_stays(services: Services, lang, text) -> None:
    assert ask(services, lang, text).answer != "incentive:on_site_services"


# -- 6. the Global Talent Program: who runs it, how to apply, who may -------------------------

UNPUBLISHED_HEAD = {"en": "Who heads", "es": "No está publicado quién dirige", "zh": "的负责人未公布", "ko": "책임자는 공개되어 있지 않습니다"}


@pytest.mark.parametrize("lang,lines", [
    ("en", ["who runs the global talent program?"]),
    ("en", ["tell me about the talent program", "who is in charge of it?"]),
    ("es", ["¿quién dirige el Programa Global de Talento?"]),
    ("es", ["háblame del programa de talento", "¿y quién lo lidera?"]),
    ("zh", ["全球人才计划的负责人是谁"]),
    ("zh", ["介绍一下全球人才计划", "是谁负责的？"]),
    ("ko", ["글로벌 인재 프로그램 책임자가 누구예요?"]),
    ("ko", ["인재 프로그램 알려 주세요", "그 프로그램은 누가 운영해요?"]),
])
def test_who_runs_the_talent_program_is_unpublished(services: Services, lang, lines) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == "gap:hisda_secretariat", (lines, reply.answer)
    assert UNPUBLISHED_HEAD[lang] in reply.text.split("\n")[0], (lines, reply.text)


def test_who_runs_a_programme_its_card_names_stays_its_card(services: Services) -> None:
    assert ask(services, "en", "tell me about the ARC system", "who runs it?").answer == "program:arc_system"


@pytest.mark.parametrize("lang,lines", [
    ("es", ["¿qué es el Programa Global de Talento?", "¿Cómo hago para postularme?"]),
    ("es", ["contame del programa de talento", "¿qué tengo que hacer para aplicar?"]),
    ("en", ["what's the global talent program?", "where do I apply?"]),
    ("en", ["tell me about the talent program", "what do I need to do to apply?"]),
    ("zh", ["全球人才计划是什么", "在哪里报名？"]),
    ("zh", ["介紹一下全球人才計劃", "點樣報名？"]),
    ("ko", ["글로벌 인재 프로그램이 뭐예요?", "신청은 어디서 해요?"]),
    ("ko", ["인재 프로그램 알려 주세요", "어디서 지원해요?"]),
])
def test_how_to_apply_after_the_programme_is_its_info_session(services: Services, lang, lines) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == "event:global_talent_info_session_2026", (lines, reply.answer)


@pytest.mark.parametrize("lang,text", [
    ("es", "¿el Programa Global de Talento acepta guionistas venezolanos?"),
    ("es", "¿el programa de talento admite directores extranjeros?"),
    ("en", "does the global talent program accept writers from Kenya?"),
    ("en", "is the talent program open to foreign editors?"),
    ("zh", "全球人才计划收外国编剧吗？"),
    ("zh", "人才計劃接受海外導演嗎"),
    ("ko", "글로벌 인재 프로그램은 외국 작가도 받아요?"),
    ("ko", "인재 프로그램에 해외 감독도 참여 가능해요?"),
])
def test_whether_the_programme_takes_someone_is_its_openness(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "program:global_talent_program", (text, reply.answer)
    assert reply.focus == "event:global_talent_info_session_2026", (text, reply.focus)


# -- 11. who will be at an event to come, who may take part --------------------------------------

UNLISTED = {"en": "isn't published", "es": "no está publicada", "zh": "未公布", "ko": "공개되어 있지 않습니다"}


@pytest.mark.parametrize("lang,lines", [
    ("en", ["which companies are coming to the Korea matchmaking?"]),
    ("en", ["when's the Korea matchmaking?", "who's going to be there?"]),
    ("es", ["¿qué empresas van a ir al encuentro de negocios Corea-China?"]),
    ("es", ["¿cuándo es el encuentro Corea-China?", "¿y quiénes van a estar?"]),
    ("zh", ["中韩对接会会有哪些公司参加？"]),
    ("zh", ["中韩对接会是哪天", "都有谁参加？"]),
    ("ko", ["한중 비즈니스 매칭에는 어떤 회사들이 참가해요?"]),
    ("ko", ["한중 비즈니스 매칭 언제예요?", "거기는 누가 와요?"]),
])
def test_who_will_be_at_an_event_is_whom_it_brings_together(services: Services, lang, lines) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == "event:korea_matchmaking_2027#attendees", (lines, reply.answer)
    assert UNLISTED[lang] in reply.text and "Dennis" not in reply.text, (lines, reply.text)


@pytest.mark.parametrize("lang,lines", [
    ("en", ["when is the latam pitch day?", "can a Canadian studio even join, or is it only for Latin Americans?"]),
    ("en", ["when is the latam pitch day?", "could an Irish producer take part?"]),
    ("es", ["¿cuándo es la jornada de pitch para productores latinoamericanos?", "¿puede participar una productora canadiense o es solo para latinos?"]),
    ("zh", ["拉美制片人推介会是什么时候", "澳洲公司也能参加吗？"]),
    ("ko", ["중남미 제작자 피칭 데이 언제예요?", "호주 회사도 참가할 수 있어요?"]),
])
def test_a_kind_of_company_asking_to_take_part_is_whom_the_event_is_for(services: Services, lang, lines) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == "event:latam_pitch_day_2027#audience", (lines, reply.answer)
