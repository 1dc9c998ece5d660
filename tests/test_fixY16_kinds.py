"""play24's kinds taken by fixY16, each in four languages, sentences of our own:

1. two of our records weighed ("which is longer / has more episodes / comes first / is bigger, X or
   Y?", "of those two, which…"): the answer first, then both facts; a set's size is not published
   (never the refusal to compare Hengdian with other studios);
2. "the cheapest" title to license or set to book: no price is published + the team that quotes;
5. a company or a country typed alone after a title's licence terms: the request form offered;
8. two or three travel asks in one message (visa, accommodation, airport pick-up, cost): each one;
13. a finished comedy (status filter); who pays a foreign actor's flights (not published); a bare
    yes with nothing offered ("anything else?", not "I didn't understand")."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, talk_patterns as talk

# --- 1. comparing two records --------------------------------------------------------------------

LONGER = [
    ("en", "which one runs longer in total, Canton Nocturne or Murder Along the River?"),
    ("en", "Murder Along the River vs Canton Nocturne - which is longer?"),
    ("es", "¿cuál dura más, Nocturno en Cantón o Crimen a orillas del río?"),
    ("es", "entre Crimen a orillas del río y Nocturno en Cantón, ¿cuál es más larga?"),
    ("zh", "羊城夜曲跟清明上河图谜案，哪部比较长？"),
    ("zh", "《清明上河圖謎案》和《羊城夜曲》哪一部更長？"),
    ("ko", "광저우 야상곡이랑 청명상하도 살인사건 중에 어느 게 더 길어요?"),
    ("ko", "청명상하도 살인사건하고 광저우 야상곡 뭐가 더 길어?"),
]


@pytest.mark.parametrize("lang,say", LONGER)
def test_which_title_is_longer_is_answered_first_with_both(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "work:work_canton_nocturne#episodes")])
    assert "180" in reply.text and "160" in reply.text  # 90 × 2 and 80 × 2 minutes
    assert reply.items == ["work:work_canton_nocturne", "work:work_murder_along_the_river"]


@pytest.mark.parametrize("lang,first,then", [
    ("en", "which is longer, Murder Along the River or Canton Nocturne?", "and which of those two has a Korean version?"),
    ("en", "Canton Nocturne or Murder Along the River, which one is longer", "do both of them come in Korean?"),
    ("es", "¿cuál es más larga, Crimen a orillas del río o Nocturno en Cantón?", "¿y cuál de las dos tiene versión en coreano?"),
    ("es", "¿qué serie dura más, Nocturno en Cantón o Crimen a orillas del río?", "¿alguna de las dos está en coreano?"),
    ("zh", "清明上河图谜案和羊城夜曲哪部更长？", "这两部哪部有韩语版？"),
    ("zh", "羊城夜曲和清明上河图谜案哪个长？", "兩部有沒有韓語版？"),
    ("ko", "청명상하도 살인사건이랑 광저우 야상곡 중에 뭐가 더 길어요?", "둘 중에 한국어 버전 있는 거 있어요?"),
    ("ko", "광저우 야상곡하고 청명상하도 살인사건 중 어느 게 더 길어?", "두 작품 중에 한국어판 있는 거 있어?"),
])
def test_a_version_asked_of_the_two_is_said_of_each(services: Services, lang, first, then) -> None:
    reply = talk(services, lang, [(first, "work:*#episodes"), (then, "work:*#languages")])
    assert "Canton" in reply.text or "Cantón" in reply.text or "羊城夜曲" in reply.text or "광저우" in reply.text
    assert "Murder" in reply.text or "Crimen" in reply.text or "清明上河图谜案" in reply.text or "청명상하도" in reply.text


@pytest.mark.parametrize("lang,say", [
    ("en", "which has more episodes, Half a Teahouse or Murder Along the River?"),
    ("es", "¿cuál tiene más capítulos, Media casa de té o Crimen a orillas del río?"),
    ("zh", "半间茶馆和清明上河图谜案哪个集数多？"),
    ("ko", "반쪽 찻집이랑 청명상하도 살인사건 중에 어느 게 회차가 더 많아요?"),
])
def test_more_episodes_counts_episodes(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "work:work_murder_along_the_river#episodes")])
    assert "80" in reply.text and "72" in reply.text


@pytest.mark.parametrize("lang,say", [
    ("en", "which comes first, the casting day or the open day?"),
    ("en", "open day or casting day, which one is earlier?"),
    ("es", "¿qué va primero, la jornada de casting o la jornada de puertas abiertas?"),
    ("es", "entre el día de casting y la jornada de puertas abiertas, ¿cuál es antes?"),
    ("zh", "选角日和开放日哪个先？"),
    ("zh", "開放日同選角日邊個早啲？哪個先"),
    ("ko", "캐스팅 데이랑 오픈 데이 중에 뭐가 먼저예요?"),
    ("ko", "오픈 데이하고 캐스팅 데이 어느 게 더 빨라?"),
])
def test_which_event_comes_first(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "event:virtual_stage_open_day_2027#date")])
    assert reply.items == ["event:virtual_stage_open_day_2027", "event:international_sets_casting_day_2027"]


@pytest.mark.parametrize("lang,first,second,which", [
    ("en", "when is the matchmaking with Reel-K?", "and the film festival?", "which of the two is first?"),
    ("es", "¿cuándo es el encuentro con Reel-K?", "¿y el festival de cine?", "¿cuál de los dos es primero?"),
    ("zh", "和Reel-K的对接会是什么时候？", "那影视节呢？", "这两个哪个先？"),
    ("ko", "릴케이랑 하는 매칭 행사 언제예요?", "영화제는요?", "둘 중에 뭐가 먼저예요?"),
])
def test_the_two_events_talked_about_are_weighed(services: Services, lang, first, second, which) -> None:
    talk(services, lang, [(first, "event:korea_matchmaking_2027*"), (second, "event:hengdian_film_festival*"),
                          (which, "event:korea_matchmaking_2027#date")])


@pytest.mark.parametrize("lang,say", [
    ("en", "which set is bigger, Qin Palace or Huaxia Culture Park?"),
    ("en", "is the Ming-Qing palace larger than the Qin Palace? which one is bigger"),
    ("es", "¿cuál es más grande, el Palacio Qin o el Parque Cultural Huaxia?"),
    ("es", "¿qué set es más grande, el Palacio Ming-Qing o el Nuevo Jardín Yuanming?"),
    ("zh", "秦王宫和华夏文化园哪个更大？"),
    ("zh", "明清宫苑跟圆明新园哪個大？"),
    ("ko", "진왕궁이랑 화하문화원 중에 어디가 더 커요?"),
    ("ko", "명청궁원하고 원명신원 어디가 더 넓어?"),
])
def test_a_sets_size_is_not_published_not_the_rival_refusal(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "gap:international_business")])
    assert "ReelShort" not in reply.text
    assert not any(w in reply.text for w in ("other studios", "otros estudios", "其他影视基地", "다른 스튜디오"))


def test_a_rival_studio_is_still_refused(services: Services) -> None:
    reply = ask(services, "zh", "横店比象山影视城大吗？哪个更大")
    assert reply.answer == "gap:international_business" and "其他" in reply.text


# --- 2. the cheapest ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang,before,say", [
    ("en", "which is longer, Murder Along the River or Canton Nocturne?", "ok which of them is cheapest to license?"),
    ("en", "show me your mystery titles", "which title would be the cheapest to license?"),
    ("es", "¿cuál es más larga, Crimen a orillas del río o Nocturno en Cantón?", "¿y cuál sale más barata de licenciar?"),
    ("es", "muéstrame las comedias", "¿cuál es la más económica pa licenciar?"),
    ("zh", "有哪些悬疑剧？", "哪部授权最便宜？"),
    ("zh", "片單有什麼喜劇？", "邊部版權最平？哪部最便宜"),
    ("ko", "미스터리 작품 뭐 있어요?", "판권 제일 싼 작품이 뭐예요?"),
    ("ko", "코미디 뭐 있어?", "어느 게 라이선스 가장 저렴해?"),
])
def test_the_cheapest_title_is_not_published(services: Services, lang, before, say) -> None:
    reply = talk(services, lang, [(before, ["work:*", "list:works*"]), (say, "gap:international_business")])
    assert "Carlos Tinto" not in reply.text


@pytest.mark.parametrize("lang,say", [
    ("en", "which of your sets is the cheapest to book?"),
    ("en", "what's the cheapest location to rent for a palace scene?"),
    ("es", "¿cuál plató sale más barato de reservar?"),
    ("es", "¿qué locación es la más económica pa alquilar?"),
    ("zh", "哪个场景租起来最便宜？"),
    ("zh", "最便宜的拍摄场景是哪個？"),
    ("ko", "제일 싸게 빌릴 수 있는 세트장은 어디예요?"),
    ("ko", "가장 저렴한 촬영지 어디야?"),
])
def test_the_cheapest_set_is_not_published(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "gap:international_business")])
    assert "Carlos Tinto" not in reply.text and "#address" not in (reply.answer or "")


# --- 5. a company or a country after a title's licence terms --------------------------------------

@pytest.mark.parametrize("lang,terms,alone", [
    ("en", "is Grandma 2.0 available to license?", "Bluewater Pictures"),
    ("en", "can we license Grandma 2.0?", "Canada"),
    ("es", "¿Abuela 2.0 se puede licenciar?", "Producciones Quetzal"),
    ("es", "¿está disponible Abuela 2.0 pa licenciar?", "Perú"),
    ("zh", "《奶奶2.0》可以授权吗？", "星辰传媒"),
    ("zh", "奶奶2.0能买版权吗？", "马来西亚"),
    ("ko", "할머니 2.0 판권 가능해요?", "한빛미디어"),
    ("ko", "할머니 2.0 라이선스 돼?", "필리핀"),
])
def test_a_company_alone_after_the_terms_is_offered_the_form(services: Services, lang, terms, alone) -> None:
    reply = talk(services, lang, [(terms, "work:work_grandma_2_0#coproduction"), (alone, "inquiry")])
    assert any((b.data or "").startswith("v1|inq|start|license") for row in reply.buttons for b in row)


def test_the_offered_form_opens_with_the_title(services: Services) -> None:
    from tests.dialogue import console

    session = console(services, "es")
    session.say("¿Abuela 2.0 se puede licenciar?")
    offer = session.say("Producciones Quetzal")
    button = next(b for row in offer.buttons for b in row if (b.data or "").startswith("v1|inq|start"))
    opened = session.press(button.data)
    assert "Abuela 2.0" in opened.text


@pytest.mark.parametrize("lang,card,wish", [
    ("es", "Abuela 2.0", "queremos licenciarla para Chile"),
    ("es", "háblame de Abuela 2.0", "nos gustaría licenciarla pa Colombia"),
])
def test_a_licence_wish_with_a_pronoun_opens_the_form_with_the_title(services: Services, lang, card, wish) -> None:
    from tests.dialogue import console

    session = console(services, lang)
    session.say(card)
    opened = session.say(wish)
    assert "Abuela 2.0" in opened.text and "empresa" in opened.text


# --- 8. travel asks in one message --------------------------------------------------------------

@pytest.mark.parametrize("lang,say,words", [
    ("en", "do we need a visa, and could you sort out hotels for the crew?", ("Visa", "Accommodation")),
    ("en", "we need visas, somewhere to stay and an airport pick-up, can you help?", ("Visa", "Accommodation", "Yiwu")),
    ("es", "¿hace falta visa y nos pueden conseguir hospedaje para el equipo?", ("visa", "Alojamiento")),
    ("es", "¿necesitamos visado, nos ayudáis con el alojamiento y nos recogen en el aeropuerto?", ("visa", "Alojamiento", "Yiwu")),
    ("zh", "要办签证吗？还有住宿跟接机你们能安排吗？", ("签证", "住宿", "义乌")),
    ("zh", "我们要不要签证然后接机管不管还有大概多少钱", ("签证", "义乌", "费用")),
    ("ko", "비자 필요해요? 그리고 숙소랑 공항 픽업도 돼요?", ("비자", "숙소", "이우")),
    ("ko", "숙소 구해 주실 수 있어요? 그리고 공항 픽업도 해 줘요?", ("숙소", "이우")),
])
def test_each_travel_ask_is_answered(services: Services, lang, say, words) -> None:
    reply = ask(services, lang, say)
    for word in words:
        assert word in reply.text, word
    assert "international.business@" in reply.text


# --- 13. single cases ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang,say", [
    ("en", "any comedy that's already finished?"),
    ("en", "got a comedy that is already done?"),
    ("es", "¿tienen alguna comedia que ya esté terminada?"),
    ("es", "¿hay alguna comedia ya terminada?"),
    ("zh", "有已经拍完的喜剧吗？"),
    ("zh", "有冇已經完成嘅喜劇？已完成的"),
    ("ko", "이미 다 찍은 코미디 있어요?"),
    ("ko", "제작 완료된 코미디 있어?"),
])
def test_a_finished_comedy_is_filtered_by_status(services: Services, lang, say) -> None:
    # (the one finished comedy may be answered as itself: 横漂死了99次 is the completed one)
    talk(services, lang, [(say, ["list:works?genre=comedy&coproduction=completed*", "work:work_die_another_take*"])])


@pytest.mark.parametrize("lang,say", [
    ("en", "do foreign actors have to pay for their own flights?"),
    ("en", "who covers the airfare of the actors we fly in?"),
    ("es", "¿los pasajes de avión de los actores extranjeros quién los paga?"),
    ("es", "y el vuelo del actor, ¿lo pagan ustedes o nosotros?"),
    ("zh", "外籍演员的机票要自己出吗？"),
    ("zh", "外籍演員嘅機票你哋報銷嗎？"),
    ("ko", "외국인 배우 항공권은 누가 부담해요?"),
    ("ko", "배우 비행기표는 우리가 내야 돼?"),
])
def test_who_pays_flights_is_not_published(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "gap:international_business")])
    assert not reply.text.startswith(("Yes", "Sí", "네", "是"))


@pytest.mark.parametrize("lang,say", [
    ("en", "yes"), ("en", "yeah"), ("es", "sí"), ("es", "si claro"),
    ("zh", "是"), ("zh", "对的"), ("ko", "네"), ("ko", "응"),
])
def test_a_bare_yes_with_nothing_offered_is_no_misunderstanding(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "smalltalk:ok")])


def test_a_yes_after_a_gap_still_reaches_the_team(services: Services) -> None:
    reply = ask(services, "en", "which set is bigger, Qin Palace or Huaxia Culture Park?", "yes")
    assert reply.answer != "smalltalk:ok"


@pytest.mark.parametrize("lang,say", [
    ("en", "which is better for distribution in Brazil, Grandma 2.0 or Half a Teahouse?"),
    ("en", "Half a Teahouse or Grandma 2.0 - which one would sell better in Africa?"),
    ("es", "¿cuál es mejor para el mercado mexicano, Abuela 2.0 o Media casa de té?"),
    ("es", "entre Media casa de té y Abuela 2.0, ¿cuál es más adecuada para Argentina?"),
    ("zh", "《奶奶2.0》和《半间茶馆》哪部更适合海外发行？"),
    ("zh", "半間茶館同奶奶2.0邊部比較適合東南亞？哪部更適合"),
    ("ko", "할머니 2.0이랑 반쪽 찻집 중에 어느 게 남미 시장에 더 맞아요?"),
    ("ko", "반쪽 찻집하고 할머니 2.0 중 어느 쪽이 더 잘 팔릴까?"),
])
def test_which_title_is_better_is_no_judgement_but_both_facts(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "gap:international_business")])
    assert reply.items == ["work:work_grandma_2_0", "work:work_half_a_teahouse"] \
        or reply.items == ["work:work_half_a_teahouse", "work:work_grandma_2_0"]


@pytest.mark.parametrize("lang,say", [
    ("en", "is filming at Hengdian cheaper than at home? roughly"),
    ("es", "¿sale más barato rodar en Hengdian que en España?"),
    ("zh", "在横店拍比在象山便宜吗？"),
    ("ko", "문경 세트장이랑 비교하면 헝뎬 세트장이 더 싸요?"),
])
def test_costs_weighed_against_elsewhere_are_not_the_cheapest_set(services: Services, lang, say) -> None:
    reply = ask(services, lang, say)
    assert "cheapest" not in reply.text and "más barato" not in reply.text and "最便宜" not in reply.text \
        and "가장 저렴" not in reply.text
