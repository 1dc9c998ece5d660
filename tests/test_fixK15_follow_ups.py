"""fixK15: follow-ups of the read sets' dialogues (answers53, 55, 57), in four languages, with
sentences of this file's own:

1. "back to that matchmaking thing, what date is it" after the event, its partner, a list and a
   title: the last event talked about (`Memory.talked`), not the title in view;
2. titles of a language asked of the company in focus ("거기 작품 중에 한국어판 있는 게 뭐예요?"):
   the catalog's, so narrowed (a company holds no titles), not the company's card;
3. "going back to the second one, who do I talk to?": whom to contact of that title (its team),
   not the fact asked of the list before it;
4. who handles the Spanish-language side, right after the co-production FAQ: Dalynn's team, not the
   team that FAQ names.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

BACK_TO_THE_EVENT = [
    ("en", ["anything coming up with korea?", "and reel-k, who are they", "which titles are out in korean",
            "how many episodes has the first one got", "back to that matchmaking thing, when is it?"], "#date"),
    ("es", ["¿Hay algo con Corea el próximo año?", "¿Y Reel-K quiénes son?", "¿Cuáles de sus títulos ya salieron en coreano?",
            "La segunda, ¿cuántos capítulos?", "Regresando al encuentro ese, ¿qué fecha es?"], "#date"),
    ("es", ["Cuénteme del encuentro con Reel-K en Seúl.", "¿Y Reel-K, qué es?", "¿Qué títulos tienen versión en coreano?",
            "¿Cuánto duran los episodios de la segunda?", "Volviendo al encuentro, ¿dónde va a ser?"], "#venue"),
    ("zh", ["中韩对接会是什么？", "Reel-K是干嘛的？", "有哪些作品有韩语版？", "第二部多少集？", "回到那个对接会，在哪里办？"], "#venue"),
    ("ko", ["Reel-K 매칭 행사 얘기 좀 해 줘요", "Reel-K는 뭐 하는 데예요?", "한국어판 있는 작품 뭐예요?", "두 번째 거 한 회 몇 분이에요?",
            "매칭 행사로 돌아가서, 그거 어디서 해요?"], "#venue"),
]


@pytest.mark.parametrize(("lang", "lines", "fact"), BACK_TO_THE_EVENT)
def test_back_to_the_event_after_a_title(services: Services, lang: str, lines: list[str], fact: str) -> None:
    turns = [(line, "*") for line in lines[:-1]] + [(lines[-1], "event:korea_matchmaking_2027" + fact)]
    talk(services, lang, turns, fits)


@pytest.mark.parametrize(("lang", "about", "titles"), [
    ("ko", "Reel-K는 뭐 하는 데예요?", "거기 작품 중에 한국어판 있는 게 뭐뭐예요?"),
    ("ko", "Reel-K가 어떤 회사예요?", "거기 작품 중에 한국어 버전 나온 거 있어요?"),
    ("en", "who are Reel-K?", "which of the titles are out in korean?"),
    ("es", "¿Qué es Reel-K?", "¿Cuáles de sus títulos ya salieron en coreano?"),
    ("zh", "Reel-K是干嘛的？", "哪些作品有韩语版？"),
])
def test_titles_of_a_language_after_a_company_are_the_catalog(services: Services, lang: str, about: str,
                                                              titles: str) -> None:
    talk(services, lang, [(about, "partner:reel_k*"), (titles, "list:works?language=ko")], fits)


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["any mystery titles?", "how long are the episodes of the second?", "and the fifth?",
            "going back to the second one, who do I talk to about it?", "what are their office hours?"]),
    ("es", ["¿Qué series policiacas tienen?", "La segunda, ¿cuánto dura cada capítulo?", "¿Y la quinta?",
            "Volviendo a la segunda, ¿con quién hablo para esa?", "¿En qué horario atienden?"]),
    ("zh", ["有悬疑剧吗？", "第二部每集多长？", "第五部呢？", "回到第二部，这部该找谁？", "他们几点上班？"]),
    ("ko", ["미스터리 작품 있어요?", "두 번째 거 한 회 몇 분이에요?", "다섯 번째는요?",
            "다시 두 번째 거로 돌아가서, 그건 누구한테 물어봐요?", "거기 몇 시부터 몇 시까지 일해요?"]),
])
def test_whom_to_contact_of_a_title_gone_back_to(services: Services, lang: str, lines: list[str]) -> None:
    turns = [(line, "*") for line in lines[:-2]]
    turns += [(lines[-2], ["work:work_emperors_clockmaker*", "contact:dalynn_studio*"]), (lines[-1], "contact:dalynn_studio#hours")]
    talk(services, lang, turns, fits)


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["any events for latin american producers?", "how would we co-produce one of your dramas?",
            "who do I ask about the spanish-language side?"]),
    ("es", ["¿hay eventos para productores latinoamericanos?", "¿cómo coproducimos uno de sus dramas?",
            "¿y quién ve lo de los mercados hispanos?"]),
    ("zh", ["有面向拉美制片人的活动吗？", "想合拍你们的一部剧，怎么弄？", "西班牙语那块的事找谁问？"]),
    ("ko", ["남미 제작자 대상 행사 있어요?", "그쪽 드라마 하나 같이 만들려면 어떻게 해요?", "스페인말 쪽 일은 누구한테 물어보면 돼요?"]),
])
def test_the_spanish_side_after_a_faq_is_dalynns_team(services: Services, lang: str, lines: list[str]) -> None:
    turns = [(line, "*") for line in lines[:-1]]
    turns.append((lines[-1], ["contact:dalynn_studio*", "partner:dalynn_studio*", "faq:spanish_distribution"]))
    talk(services, lang, turns, fits)


# -- how the dramas reach Spanish speakers; an answer's English version for a colleague ------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "can stuff made there somehow get in front of spanish speaking viewers?"),
    ("en", "could shows from there ever reach spanish-speaking audiences?"),
    ("es", "¿cómo llegan sus series al público hispanohablante?"),
    ("zh", "我们观众很多说西语，你们的剧怎么才能让西语观众看到？"),
    ("zh", "我們的觀眾大多講西班牙語，你們的劇要怎樣觸及他們？"),
    ("ko", "헝뎬 드라마가 어떻게 스페인어권 시청자한테 갈 수 있어요?"),
])
def test_how_the_dramas_reach_spanish_speakers_is_the_route_there(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["faq:spanish_distribution", "partner:dalynn_studio"])])


@pytest.mark.parametrize(("lang", "lines", "other"), [
    ("zh", ["西语发行找谁？", "能给我一个英文版吗？发给我意大利同事看"], "en"),
    ("en", ["who handles spanish-language distribution?", "can I get a korean version? it's for my colleague in Busan"], "ko"),
    ("es", ["¿quién ve la distribución en español?", "¿me pasas una versión en inglés? es pa mi colega holandés"], "en"),
    ("ko", ["스페인어 배급은 누가 담당해요?", "영어 버전 좀 줄 수 있어요? 네덜란드 동료한테 보여 주게요"], "en"),
])
def test_a_version_for_a_colleague_after_a_team_resends_the_answer(services: Services, lang: str, lines: list[str],
                                                                   other: str) -> None:
    first = talk(services, lang, [(lines[0], "*")], fits)
    reply = talk(services, lang, [(lines[0], "*"), (lines[1], (first.answer or "").partition("#")[0] + "*")], fits)
    assert reply.lang == other, reply.lang


def test_a_titles_version_for_a_colleague_stays_its_languages(services: Services) -> None:
    talk(services, "zh", [("有家庭剧吗？", "list:works?genre=family"),
                          ("第四部有英文版吗？给我同事看", "work:work_son_in_law_from_seoul#languages")])


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "电影节期间是不是有个拉丁电影之夜？介绍一下"),
    ("zh", "2027年影展期間會有拉丁電影之夜嗎？講講"),
    ("es", "¿durante el festival de Hengdian hay una noche de cine latino? cuéntame de ella"),
    ("ko", "헝뎬 영화제 기간에 라틴 영화의 밤도 있죠? 소개해 주세요"),
    ("en", "during the hengdian film festival there's a latin film night, right? tell me about it"),
])
def test_an_event_held_during_another_is_the_one_asked(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "event:latin_film_night_2027*")], fits)


def test_a_listed_titles_version_for_a_partner_after_a_team_stays_its_languages(services: Services) -> None:
    talk(services, "zh", [("有悬疑剧吗？", "list:works?genre=mystery"), ("第二部谁负责？", "contact:*"),
                          ("第二部有韩语版吗？我合伙人是釜山人", "work:work_emperors_clockmaker#languages")], fits)
