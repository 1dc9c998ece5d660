"""answers63's dialogue kinds (fixS16), each in four languages, sentences of our own:

- a hotel, resort or restaurant as the partner's client, its screens where the titles would play,
  a genre asked: that genre's titles (not the hotel gap, an LED screen or the on-site services);
  and the list then serves "the second one" etc."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("lang,say,genre", [
    ("en", "a hotel chain wants something light for the screens in their rooms, what comedies do you have?", "comedy"),
    ("en", "the resort we work with needs romance dramas for its lobby tvs, which ones are there", "romance"),
    ("es", "una cadena de hoteles quiere algo divertido pa las teles de las habitaciones, ¿qué comedias tienen?", "comedy"),
    ("es", "oye, un hotel de Cancún nos pide series románticas pa sus pantallas, cuáles hay?", "romance"),
    ("zh", "有家酒店想在大堂屏幕上放点搞笑的，你们有什么喜剧？", "comedy"),
    ("zh", "我們合作的飯店想要輕鬆一點的喜劇放在客房電視，有哪些？", "comedy"),
    ("ko", "호텔에서 로비 화면에 틀 웃긴 거 찾는데 코미디 뭐 있어요?", "comedy"),
    ("ko", "리조트 호텔 쪽에서 객실 TV용 로맨스 드라마 원한대요, 뭐 있나요?", "romance"),
])
def test_titles_for_a_client_venues_screens_are_the_genre_list(services: Services, lang, say, genre) -> None:
    talk(services, lang, [(say, f"list:works?genre={genre}*")])


@pytest.mark.parametrize("lang,first,second", [
    ("en", "a restaurant client wants funny shows for the screens above the bar, what comedies?", "the second one, how long are the episodes?"),
    ("es", "un restaurante cliente quiere comedias pa las pantallas, ¿cuáles tienen?", "la segunda, ¿cuánto dura cada episodio?"),
    ("zh", "有个餐厅客户想在电视上放喜剧，有哪些？", "第二部每集多长？"),
    ("ko", "식당 손님용 티비에 틀 코미디 뭐 있어요?", "두 번째 거 한 편에 몇 분이에요?"),
])
def test_the_venue_list_serves_the_ordinal_after_it(services: Services, lang, first, second) -> None:
    talk(services, lang, [(first, "list:works?genre=comedy*"), (second, "work:*#episode_minutes")])


@pytest.mark.parametrize("lang,say", [
    ("en", "we're looking at hotels near the studio, which ones do you recommend?"),
    ("es", "¿qué hoteles nos recomiendan cerca de los estudios?"),
    ("zh", "片场附近有什么酒店推荐？"),
    ("ko", "스튜디오 근처 호텔 추천해 주세요"),
])
def test_a_stay_asked_is_still_the_hotel_gap(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "gap:*")])


@pytest.mark.parametrize("lang,ask,where", [
    ("en", "that meetup you're doing with Reel-K in Seoul, what's it about?", "where is it?"),
    ("en", "tell me about the business meeting alongside reel-k", "and where's that held"),
    ("es", "¿qué es la rueda de negocios que hacen con Reel-K?", "¿y dónde es?"),
    ("es", "oye, lo del encuentro coreano con reelk de qué se trata", "¿y dónde lo hacen?"),
    ("zh", "你們和Reel-K合辦的那個韓國洽談會是什麼？", "在哪裡辦？"),
    ("zh", "跟Reel-K一起弄的那个对接会讲讲", "地点在哪"),
    ("ko", "릴케이랑 공동으로 여는 비즈니스 미팅 뭐임?", "어디서 함?"),
    ("ko", "Reel-K와 함께 하는 매칭 행사 좀 알려 주세요", "장소는요?"),
])
def test_an_event_said_with_its_co_host_company_is_the_event(services: Services, lang, ask, where) -> None:
    """The event held with the company named, then its venue: not the company's card and country."""
    talk(services, lang, [(ask, "event:korea_matchmaking_2027"), (where, "event:korea_matchmaking_2027#venue")])


@pytest.mark.parametrize("lang,say", [
    ("en", "who is reel-k?"), ("es", "¿reel-k qué es?"), ("zh", "Reel-K是什么公司"), ("ko", "릴케이는 어떤 회사예요?"),
])
def test_the_company_alone_is_still_the_company(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "partner:reel_k*")])


SET_CARD = {"en": "tell me about the Qin Palace set", "es": "háblame del set del Palacio Qin",
            "zh": "介紹一下秦王宮", "ko": "진왕궁 세트 알려 주세요"}


@pytest.mark.parametrize("lang,say", [
    ("en", "our team will be largely French and German. Is that ok for shooting there?"),
    ("en", "the whole crew is Welsh, would that be a problem for filming in there"),
    ("es", "el equipo sería chileno y argentino, ¿hay algún inconveniente para grabar ahí?"),
    ("es", "nuestro crew es mexicano, ¿hay problema pa filmar allá?"),
    ("zh", "我哋成個組都係澳洲人，喺嗰度拍有冇問題？"),
    ("zh", "我们团队都是巴西人，在那边拍有没有问题？"),
    ("ko", "저희 팀은 미국 사람들인데 거기서 찍어도 괜찮아요?"),
    ("ko", "우리 스태프는 다 베트남 사람이라서 그 세트에서 촬영 가능해요?"),
])
def test_a_crew_of_a_nationality_asking_if_it_may_film_at_the_set_in_focus(services: Services, lang, say) -> None:
    """The crew's nationality said, then whether filming at the set talked about is all right:
    whether foreign crews may film (the FAQ), not the set's card or a list of sets again."""
    talk(services, lang, [(SET_CARD[lang], "location:qin_palace*"), (say, "faq:can_foreign_crews_film")])


PITCH = {"en": "when is the pitch day for Latin American producers?", "es": "¿cuándo es el pitch day para productores latinoamericanos?",
         "zh": "拉美製片人推介日是什麼時候？", "ko": "중남미 제작자 피칭 데이 언제예요?"}


@pytest.mark.parametrize("lang,say", [
    ("en", "is it on the internet or do we need to travel over?"),
    ("en", "will that be on the web, or do we have to fly out there"),
    ("es", "¿eso es por internet o toca ir en persona?"),
    ("es", "y se hace vía internet o hay que viajar?"),
    ("zh", "係咪網上辦？定係要親身過去？"),
    ("zh", "是在网上举行还是要到现场？"),
    ("ko", "인터넷으로 해요, 아니면 직접 가야 돼요?"),
    ("ko", "그거 인터넷상으로 참여하는 거예요?"),
])
def test_on_the_internet_or_in_person_of_an_event_is_its_venue(services: Services, lang, say) -> None:
    """Held on the internet or in person, asked of the event talked about: where it is held (online
    or its place), not the wifi there, a company named "Internet" or the event's card again."""
    talk(services, lang, [(PITCH[lang], "event:latam_pitch_day_2027*"), (say, "event:latam_pitch_day_2027#venue")])


NEXT = {"en": "what's the next event?", "es": "¿cuál es el próximo evento?", "zh": "下一个活动是什么？", "ko": "다음 행사 뭐예요?"}


@pytest.mark.parametrize("lang,say", [
    ("en", "I'd be grateful if you could let me know shortly before it begins"),
    ("en", "drop me a line just before things kick off"),
    ("es", "Le agradecería que nos avisaran un rato antes de que comience."),
    ("es", "porfa que me avisen antes de que arranque"),
    ("zh", "開始之前通知我一下好嗎"),
    ("zh", "快开始前提醒我一下"),
    ("ko", "시작 전에 좀 알려 주소"),
    ("ko", "시작하기 전에 꼭 알려 줘"),
])
def test_told_a_little_before_it_starts_is_a_reminder_of_the_event(services: Services, lang, say) -> None:
    """Asked to be told (politely, or as a dialect says it) a little before the event talked about
    starts: its reminder set, not the events news switched on or the list of events."""
    reply = talk(services, lang, [(NEXT[lang], "event:global_talent_info_session_2026*"),
                                  (say, "event:global_talent_info_session_2026")])
    assert "⏰" in reply.text


COMEDIES = {"en": "what comedies do you have?", "es": "¿qué comedias tienen?", "zh": "有什么喜剧？", "ko": "코미디 뭐 있어요?"}


@pytest.mark.parametrize("lang,pick,say", [
    ("en", "the second one", "does that work in korean?"),
    ("en", "the second one", "is that one available in english?"),
    ("es", "la segunda", "¿y esa sale en coreano?"),
    ("es", "la segunda", "¿esa está en inglés?"),
    ("zh", "第二部", "那部有韩语的不"),
    ("zh", "第二部", "這部有英文版嗎"),
    ("ko", "두 번째 거", "그거 한국어 됨?"),
    ("ko", "두 번째 거", "이거 영어 됨?"),
])
def test_a_language_asked_of_the_title_in_focus_is_its_languages(services: Services, lang, pick, say) -> None:
    """A language named as what the title in focus comes in, in a clipped ending ("한국어 됨?"):
    the title's languages, not its card again."""
    talk(services, lang, [(COMEDIES[lang], "list:works?genre=comedy*"), (pick, "work:*"), (say, "work:*#languages")])


@pytest.mark.parametrize("lang,say", [
    ("en", "the first one, is it all made already?"),
    ("en", "the first one, fully produced yet?"),
    ("es", "la primera, ¿ya está hecha del todo?"),
    ("es", "y la primera ya está terminada?"),
    ("zh", "第一部都拍完了没"),
    ("zh", "第一部已經完成了嗎"),
    ("ko", "첫 번째 거는 다 만든겨?"),
    ("ko", "첫 번째 거 제작 다 끝난 거예요?"),
])
def test_made_to_the_end_asked_of_a_listed_title_is_its_status(services: Services, lang, say) -> None:
    """Whether a title picked from the list is made to the end ("다 만든겨?"): its production
    status, not the list of finished titles or another fact asked before."""
    talk(services, lang, [(COMEDIES[lang], "list:works?genre=comedy*"), (say, "work:work_siesta_not_included#coproduction")])


HISDA = {"en": "wat even is hisda", "es": "que onda, que es la HISDA?", "zh": "HISDA是个啥", "ko": "HISDA가 뭐임?"}


@pytest.mark.parametrize("lang,say", [
    ("en", "which companys are in it"),
    ("en", "wat companys r in it"),
    ("es", "y ke empresas stan ahi?"),
    ("es", "y que empresas estan ahi?"),
    ("zh", "里面都有啥公司"),
    ("zh", "裡面有哪些公司"),
    ("ko", "거기 어떤 회사들 있음?"),
    ("ko", "어떤 회사들이 들어가 있어유?"),
])
def test_its_members_asked_in_chat_spelling_after_the_alliance(services: Services, lang, say) -> None:
    """Which companies are in it, asked in chat spelling ("companys") right after what the
    Alliance is: its members listed, not its card again."""
    talk(services, lang, [(HISDA[lang], "*"), (say, "list:partners")])
