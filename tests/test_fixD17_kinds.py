# ruff: noqa: N999
"""play25's kinds taken by fixD17 (round 26), each in four languages with sentences of our own:

1. a window of months, a budget or a filter the partner states is applied, not ignored (the events of
   every month of "between March and May" / "entre agosto y octubre" / "8月到10月" / "8월부터 10월" /
   "上半年"; with a budget beside it, those events then that no price is published; "under 100
   episodes"; "which comedies can we co-produce?" → those seeking partners);
2. "where can I stream it?" → where it airs is not published, its status, the title's own team;
3. "what else do you have like that one?" → the titles sharing its genre;
4. negotiating a title (exclusivity, a discount on its licence) → its rights terms, with the title's
   own team; never the shoots' cost-reduction incentive, never the production-costs quote;
5. whom an event is for / what happens at it, asked with something else → that event's audience;
   interpretation in a language the record doesn't name → not published;
8. "which comes first, X or Y?" → each one's coming edition, never a past edition's date;
9. "is it bigger than X?" → sizes unpublished, the set in view against X; "X 거 말고" denies X;
14. "will $X cover a week on the LED stage?" → can't judge it, quotes from the team, never "Yes.";
16. "总共多少分钟？" → the whole running time, episodes × minutes, said as approximate.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, fits, talk

# -- 1. a window of months ----------------------------------------------------------------------------
SPRING = ("HISDA", "Reel-K", "Virtual")  # pitch day (Mar), Seoul matchmaking (Apr), open day (May) 2027


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we'll probably be over there from March through May 2027, which events line up with that?"),
    ("en", "any events between March and May next year?"),
    ("es", "vamos a estar en China entre marzo y mayo de 2027, ¿qué eventos nos tocan?"),
    ("es", "¿qué eventos hay de marzo a mayo del año que viene?"),
    ("zh", "我们明年3月到5月会在中国，这期间有什么活动？"),
    ("zh", "明年三月至五月有哪些活動？"),
    ("ko", "내년 3월부터 5월 사이에 무슨 행사 있어요?"),
    ("ko", "2027년 3~5월에 하는 행사 알려줘"),
])
def test_a_window_of_months_lists_every_month_of_it(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("list:events")
    assert reply.items == ["event:latam_pitch_day_2027", "event:korea_matchmaking_2027", "event:virtual_stage_open_day_2027"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we have around $40k and could travel between March and May next year. Which events fit?"),
    ("en", "money's tight, 30k USD tops; we can come from March to May 2027, what events are there?"),
    ("es", "tenemos unos 40 mil dólares y podríamos ir entre marzo y mayo de 2027, ¿qué eventos hay?"),
    ("es", "con presupuesto chico, ¿qué eventos hay de marzo a mayo del año que viene?"),
    ("zh", "预算大概三十万人民币，明年3月到5月能去，有什么活动？"),
    ("zh", "我們預算不多，明年三月至五月有哪些活動？"),
    ("ko", "예산이 3천만 원 정도인데 내년 3월부터 5월 사이에 갈 만한 행사 있어요?"),
    ("ko", "예산 빠듯한데 2027년 3~5월 행사 뭐 있어?"),
])
def test_a_budget_beside_a_window_lists_the_window_then_no_price(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("list:events"), reply.answer
    assert "event:korea_matchmaking_2027" in reply.items and "event:international_sets_casting_day_2027" not in reply.items
    assert "international.business@example.com" not in reply.text  # the list's own buttons, no card
    assert any(w in reply.text for w in ("aren't published", "no están publicados", "没有对外公布", "공개되어 있지 않습니다"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "any events in the first half of next year?"),
    ("es", "¿qué eventos hay en el primer semestre de 2027?"),
    ("zh", "明年上半年想找合拍项目，有哪些活动可以参加？"),
    ("ko", "내년 상반기에 갈 만한 행사 있어?"),
])
def test_a_half_of_the_year(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("list:events"), reply.answer
    assert reply.items == ["event:latam_pitch_day_2027", "event:korea_matchmaking_2027", "event:virtual_stage_open_day_2027"]


@pytest.mark.parametrize(("lang", "text", "note"), [
    ("en", "got any mystery shows under 100 episodes?", "fewer than 100"),
    ("en", "any mystery titles with less than 100 eps?", "fewer than 100"),
    ("es", "¿tienen series de misterio de menos de 100 capítulos?", "menos de 100"),
    ("es", "busco series de misterio, pero de menos de 100 episodios", "menos de 100"),
    ("zh", "有没有不到100集的悬疑剧？", "少于100集"),
    ("zh", "少於100集的懸疑劇有嗎？", "少于100集"),
    ("ko", "100부작 미만 미스터리 있어요?", "100회 미만"),
    ("ko", "100화 미만인 미스터리 작품 보여줘", "100회 미만"),
])
def test_an_episode_cap_filters_the_titles(services: Services, lang: str, text: str, note: str) -> None:
    reply = talk(services, lang, [(text, "list:works")])
    assert "work:work_vanished_on_live" not in reply.items  # 100 episodes
    assert "work:work_canton_nocturne" in reply.items
    assert note in reply.text or reply.answer == "list:works"  # (a list found by its words says no filter)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "which comedies could we co-produce?"),
    ("en", "any comedies we can co-produce with you?"),
    ("es", "¿qué comedias podemos coproducir?"),
    ("es", "¿cuáles comedias podríamos coproducir con ustedes?"),
    ("zh", "有冇啲喜劇可以一齊合拍？"),
    ("zh", "有没有什么喜剧可以合拍？"),
    ("ko", "공동제작할 수 있는 코미디 있나요?"),
    ("ko", "공동 제작 가능한 코미디 뭐 있어?"),
])
def test_comedies_to_co_produce_are_those_seeking_partners(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "list:works?genre=comedy&coproduction=seeking_partners")])
    assert sorted(reply.items) == ["work:work_kitchen_god_quits", "work:work_palace_ratings_war"]


# -- 2. where to watch a title ------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "first", "text", "team"), [
    ("en", "tell me about Canton Nocturne", "which streaming app is it on?", "international.business@example.com"),
    ("en", "tell me about Canton Nocturne", "where could I watch it today?", "international.business@example.com"),
    ("es", "háblame de El relojero del emperador", "¿dónde se puede ver?", "Dalynn"),
    ("es", "háblame de El relojero del emperador", "¿en qué plataforma la pasan?", "Dalynn"),
    ("zh", "介绍一下奶奶2.0", "在哪个平台能看到？", "shortdrama.center@example.com"),
    ("zh", "介紹一下奶奶2.0", "喺邊度睇得到？", "shortdrama.center@example.com"),
    ("ko", "할머니 2.0 알려줘", "그거 어디서 볼 수 있어?", "shortdrama.center@example.com"),
    ("ko", "할머니 2.0 어떤 작품이에요?", "어느 플랫폼에서 방영돼요?", "shortdrama.center@example.com"),
])
def test_where_to_watch_a_title_is_unpublished_with_its_team(services: Services, lang: str, first: str,
                                                             text: str, team: str) -> None:
    reply = ask(services, lang, first, text)
    assert (reply.answer or "").startswith("gap:"), reply.answer
    assert team in reply.text
    assert any(w in reply.text for w in ("isn't published", "No está publicado", "没有公开", "공개되어 있지 않습니다"))


# -- 3. titles like the one in view -------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "first", "text"), [
    ("en", "tell me about Canton Nocturne", "what else have you got like that one?"),
    ("en", "tell me about Canton Nocturne", "anything else along those lines?"),
    ("es", "háblame de Nocturno en Cantón", "¿tienen algo más como esa?"),
    ("es", "háblame de Nocturno en Cantón", "¿y otras por el estilo?"),
    ("zh", "羊城夜曲讲什么？", "这样的还有吗？"),
    ("zh", "羊城夜曲係咩嚟㗎？", "仲有冇類似嘅？"),
    ("ko", "광저우 야상곡 알려줘", "이런 류 또 있어?"),
    ("ko", "광저우 야상곡 어떤 작품이에요?", "그런 작품 또 있나요?"),
])
def test_like_that_one_lists_its_genre(services: Services, lang: str, first: str, text: str) -> None:
    reply = talk(services, lang, [(first, "work:work_canton_nocturne*"), (text, "list:works?genre=mystery")], fits)
    assert "work:work_canton_nocturne" not in reply.items and "work:work_emperors_clockmaker" in reply.items


# -- 4. negotiating a title ---------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "first", "text", "team"), [
    ("en", "tell me about Half a Teahouse", "we'd need it exclusive for Brazil, and can you knock 15% off?", "Dalynn"),
    ("en", "tell me about Canton Nocturne", "exclusive for Scandinavia for 3 years, any discount for two titles?", "International Business"),
    ("es", "háblame de Media casa de té", "la queremos en exclusiva para Brasil, ¿nos hacen descuento?", "Dalynn"),
    ("es", "háblame de Una esgrimista entre espadachines", "¿nos la dejáis en exclusiva para Portugal con un descuento?", "Negocios Internacionales"),
    ("zh", "半间茶馆是什么？", "我们要巴西独家，能打个折吗？", "Dalynn"),
    ("zh", "介紹一下擊劍冠軍闖江湖", "台灣獨家的話可以打折嗎？", "国际业务部"),
    ("ko", "반쪽 찻집 알려주세요", "브라질 독점으로 하면 할인 돼요?", "Dalynn"),
    ("ko", "광저우 야상곡 알려줘", "북유럽 독점으로 두 편 하면 할인 돼?", "국제사업부"),
])
def test_negotiating_a_title_is_its_rights_with_its_team(services: Services, lang: str, first: str,
                                                         text: str, team: str) -> None:
    reply = ask(services, lang, first, text)
    assert (reply.answer or "").startswith("gap:"), reply.answer
    assert team in reply.text
    assert "Carlos Tinto" not in reply.text and "shortdrama.center" not in reply.text


# -- 5. whom an event is for, what happens at it ------------------------------------------------------
@pytest.mark.parametrize(("lang", "lines", "event"), [
    ("en", ["is the pitch day only for Latin Americans, or can Canadian producers join too?"], "latam_pitch_day_2027"),
    ("en", ["we're not a Latin American company, can we still take part in the pitch day?"], "latam_pitch_day_2027"),
    ("es", ["somos de Barcelona, no de Latinoamérica, ¿podemos participar en el día de pitch?"], "latam_pitch_day_2027"),
    ("es", ["¿el pitch day es solo para latinos?"], "latam_pitch_day_2027"),
    ("es", ["¿y al casting de agosto pueden ir actrices chilenas que viven fuera de China?"], "international_sets_casting_day_2027"),
    ("zh", ["明年三月的推介会我们能去吗？我们不是拉美公司"], "latam_pitch_day_2027"),
    ("ko", ["저희는 중남미 회사가 아닌데 피칭 데이 참가할 수 있나요?"], "latam_pitch_day_2027"),
    ("es", ["¿cuándo es la sesión informativa del programa de talento?", "¿es abierta a guionistas?"], "global_talent_info_session_2026"),
    ("en", ["when's the Latin Film Night?", "can we screen our own film there?"], "latin_film_night_2027"),
])
def test_whom_an_event_is_for(services: Services, lang: str, lines: list[str], event: str) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == f"event:{event}#audience" or (
        len(lines) == 1 and "#audience" not in (reply.answer or "") and "secretariat@hisda.example.com" in reply.text), reply.answer
    assert "secretariat@hisda.example.com" in reply.text


@pytest.mark.parametrize(("lang", "text", "missing"), [
    ("en", "is there English interpretation or only Spanish?", "English"),
    ("en", "will they interpret into English too?", "English"),
    ("es", "¿hay traducción al inglés o solo español?", "inglés"),
    ("es", "¿habrá interpretación al inglés?", "inglés"),
    ("zh", "有英文翻译吗？还是只有西语？", "英语"),
    ("zh", "有冇英文傳譯？", "英语"),
    ("ko", "영어 통역도 있어요?", "영어"),
    ("ko", "영어 통역은 없어?", "영어"),
])
def test_interpretation_in_a_language_the_record_does_not_name(services: Services, lang: str, text: str,
                                                               missing: str) -> None:
    first = {"en": "when is the pitch day?", "es": "¿cuándo es el día de pitch?", "zh": "拉美推介会什么时候？",
             "ko": "중남미 피칭 데이 언제예요?"}[lang]
    reply = ask(services, lang, first, text)
    assert (reply.answer or "").startswith("event:latam_pitch_day_2027"), reply.answer
    assert missing in reply.text.split("\n")[0]
    assert not reply.text.startswith(("Yes", "Sí", "有的", "네"))


def test_recording_asked_in_spanish_words(services: Services) -> None:
    reply = ask(services, "es", "¿cuándo es la sesión informativa del programa de talento?", "¿la van a grabar?")
    assert (reply.answer or "").startswith(("event:global_talent_info_session_2026", "gap:")), reply.answer
    assert "grab" in reply.text.lower() or "no está publicado" in reply.text.lower()


# -- 8. which comes first -----------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "which is first, the Latin Film Night or the opening of the film festival?"),
    ("en", "what happens earlier: Latin Film Night or the festival?"),
    ("es", "¿qué va primero, la Noche de Cine Latino o la inauguración del festival?"),
    ("es", "¿cuál es antes, la Noche de Cine Latino o el Festival de Cine de Hengdian?"),
    ("zh", "拉丁电影之夜和影视节开幕，哪个先？"),
    ("zh", "拉丁電影之夜同橫店影視節，邊個先？"),
    ("ko", "라틴 영화의 밤이랑 영화제 개막 중에 뭐가 먼저예요?"),
    ("ko", "헝뎬 영화제랑 라틴 영화의 밤 중 어느 게 먼저야?"),
])
def test_which_comes_first_weighs_the_coming_editions(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "event:hengdian_film_festival#date", reply.answer
    assert reply.items == ["event:hengdian_film_festival", "event:latin_film_night_2027"]
    assert "2025" not in reply.text.split("\n")[0]


# -- 9. a set weighed against another -----------------------------------------------------------------
@pytest.mark.parametrize(("lang", "first", "text"), [
    ("en", "tell me about the Palace of the Ming and Qing Dynasties", "is it bigger than the Qin Palace?"),
    ("en", "tell me about the Palace of the Ming and Qing Dynasties", "is that one larger than Qin Palace?"),
    ("es", "háblame del Palacio de las dinastías Ming y Qing", "¿es más grande que el Palacio de Qin?"),
    ("es", "háblame del Palacio de las dinastías Ming y Qing", "¿es mayor que el Palacio de Qin?"),
    ("zh", "介绍一下明清宫苑", "它比秦王宫大吗？"),
    ("zh", "介紹一下明清宮苑", "佢比秦王宮大唔大？"),
    ("ko", "명청궁원 알려줘", "진왕궁보다 더 커요?"),
    ("ko", "명청궁원은 어떤 곳이에요?", "진왕궁보다 넓어?"),
])
def test_bigger_than_another_set_is_unpublished(services: Services, lang: str, first: str, text: str) -> None:
    reply = ask(services, lang, first, text)
    assert (reply.answer or "").startswith("gap:"), reply.answer
    assert sorted(reply.items) == ["location:ming_qing_palace", "location:qin_palace"]


@pytest.mark.parametrize("text", ["진나라 거 말고 명나라 궁궐은 없나?", "청나라 건 말고 명나라 궁궐 있어?"])
def test_a_period_taken_back_in_korean(services: Services, text: str) -> None:
    reply = ask(services, "ko", "사극 찍을 세트 추천해 주세요", text)
    assert "location:qin_palace" not in reply.items and "location:ming_qing_palace" in reply.items


# -- 14. a budget weighed against the LED stage -------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "would $50k even cover a week on the LED stage?"),
    ("en", "does 30k USD cover five days in the virtual studio?"),
    ("es", "¿40 mil dólares cubren una semana en el set LED?"),
    ("es", "¿con 30 mil dólares nos alcanza para una semana en el estudio virtual?"),
    ("zh", "30万人民币够不够在LED虚拟棚拍一周？"),
    ("zh", "二十萬台幣可唔可以租一個禮拜LED棚？"),
    ("ko", "3천만 원이면 LED 스튜디오 일주일 쓸 수 있어요?"),
    ("ko", "5만 달러로 버추얼 스튜디오 닷새 빌릴 수 있을까?"),
])
def test_a_budget_against_the_led_stage_is_never_yes(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("gap:"), reply.answer
    assert not reply.text.startswith(("Yes", "Sí", "可以", "네"))
    assert "international.business@example.com" in reply.text


# -- 16. the whole running time -----------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "lines", "total"), [
    ("en", ["how long is A Face in Clay altogether, all episodes?"], "150"),
    ("en", ["tell me about A Face in Clay", "how many minutes in total?"], "150"),
    ("es", ["¿cuánto dura en total Una esgrimista entre espadachines?"], "144"),
    ("es", ["la de la esgrimista", "¿cuántos minutos son en total?"], "144"),
    ("zh", ["《陶俑裡的她》有幾集？", "總共多少分鐘？"], "150"),
    ("zh", ["陶俑里的她一共多少分钟？"], "150"),
    ("ko", ["사당의 비밀 전체 몇 분이에요?"], "90"),
    ("ko", ["사당의 비밀 알려줘", "다 합치면 러닝타임 얼마나 돼?"], "90"),
])
def test_total_running_time(services: Services, lang: str, lines: list[str], total: str) -> None:
    reply = ask(services, lang, *lines)
    assert "#episode" in (reply.answer or ""), reply.answer
    assert total in reply.text


def test_each_episode_length_is_not_a_total(services: Services) -> None:
    reply = ask(services, "en", "how long is each episode of A Face in Clay?")
    assert "150" not in reply.text and "2.5" in reply.text


@pytest.mark.parametrize(("lang", "lines"), [
    ("es", ["¿qué comedias tenéis?", "queremos exclusiva para España durante 3 años, ¿nos hacéis descuento si cogemos dos títulos?"]),
    ("en", ["what comedies do you have?", "we'd want exclusive rights for Ireland, any discount if we take two?"]),
])
def test_licence_terms_after_a_list_are_the_catalog_teams(services: Services, lang: str, lines: list[str]) -> None:
    reply = ask(services, lang, *lines)
    assert (reply.answer or "").startswith("gap:"), reply.answer
    assert "international.business@example.com" in reply.text and "shortdrama.center" not in reply.text


@pytest.mark.parametrize("text", [
    "hi, we're a short drama studio in Shenzhen looking for a co-pro next year, which of your events fit us?",
    "queremos coproducir algo el año que viene, ¿qué eventos hay en el primer semestre?",
    "我们是深圳的短剧公司，想在明年上半年找个合拍项目，有什么活动适合我们？",
    "저희는 내년 상반기에 공동제작 파트너를 찾고 있는데 어떤 행사가 있어요?",
])
def test_events_asked_beside_a_project_open_no_form(text: str) -> None:
    from intents.inquiry_words import wants_inquiry
    assert wants_inquiry(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("we want to co-produce a short drama with you", "coproduce"),
    ("我们想合拍一部短剧", "coproduce"),
])
def test_a_wish_alone_still_opens_the_form(text: str, kind: str) -> None:
    from intents.inquiry_words import wants_inquiry
    assert wants_inquiry(text) == kind


@pytest.mark.parametrize("text", [
    "我们想独家拿下《代码之下的园林》的东南亚版权，能打个折吗？",
    "we'd like exclusive rights to Half a Teahouse for Brazil, any discount?",
    "queremos licenciar Media casa de té en exclusiva, ¿nos hacen descuento?",
    "반쪽 찻집 브라질 독점 판권 사고 싶은데 할인 돼요?",
])
def test_a_discount_asked_with_a_licence_wish_is_answered_not_a_form(text: str) -> None:
    from intents.inquiry_words import wants_inquiry
    assert wants_inquiry(text) is None
