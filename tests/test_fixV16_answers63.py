"""answers63's last wrong kinds, as partners write them in four languages (sentences of our own):

1. Titles asked as watched in a language ("which shows can you watch in Korean?"): that language's
   titles (a filter), never a switch of the reply language; "the second one" then counts down them.
2. Coming in as co-producer on one of our titles, none named, while an event is talked about: the
   co-production FAQ, not whom the event is for.
3. Back to a list shown turns ago, whom to contact about its third title: that title's team (not a
   gap of the event in view); "say it in <language>" then re-sends that answer in the language.
4. Who handles the dub for a Spanish-speaking audience: the Spanish-distribution route (Dalynn
   Studio), not the languages the assistant speaks nor the event's organisers.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns

ANY = "*"

# -- 1. titles watched in a language -------------------------------------------------------------


@pytest.mark.parametrize("lang,first,asked,code", [
    ("en", "who is Reel-K?", "which shows can u watch in korean", "ko"),
    ("en", "when is the korea matchmaking?", "what series can we see in spanish?", "es"),
    ("en", "hi", "which dramas can I watch in english please", "en"),
    ("es", "¿quién es Reel-K?", "¿qué series puedo ver en coreano, porfa?", "ko"),
    ("es", "hola", "cuales shows se pueden mirar en ingles", "en"),
    ("zh", "Reel-K是谁？", "哪些剧可以用韩语看？", "ko"),
    ("zh", "你好", "哪些作品能用西班牙语看", "es"),
    ("ko", "Reel-K가 뭐예요?", "영어로 볼 수 있는 작품 있어요?", "en"),
    ("ko", "안녕하세요", "어떤 드라마를 스페인어로 볼 수 있어?", "es"),
])
def test_titles_watched_in_a_language_are_its_titles(services: Services, lang, first, asked, code) -> None:
    reply = talk_patterns(services, lang, [(first, ANY), (asked, f"list:works?language={code}")])
    assert reply.lang == lang  # answered in the partner's language: no switch to the one named


def test_the_second_of_the_korean_titles_after_watch_in_korean(services: Services) -> None:
    talk_patterns(services, "en", [("who is Reel-K?", ANY), ("which shows can u watch in korean", "list:works?language=ko"),
                                   ("the 2nd one how long r the episodes", "work:work_vanished_on_live#episode_minutes")])


@pytest.mark.parametrize("lang,text,code", [
    ("en", "can you say that in english?", "en"),
    ("es", "dímelo en inglés, que mi compañero de Londres no pilla el español", "en"),
    ("es", "decímelo en coreano, mi socio de Seúl no cacha el español", "ko"),
])
def test_a_reply_asked_in_a_language_is_still_a_switch(services: Services, lang, text, code) -> None:
    reply = talk_patterns(services, lang, [("when is the korea matchmaking?", ANY), (text, "event:korea_matchmaking_2027*")])
    assert reply.lang == code


# -- 2. co-producing one of our titles while an event is talked about ------------------------------

COPRODUCE = "faq:coproduce_catalog_title"


@pytest.mark.parametrize("lang,first,asked", [
    ("en", "when's the pitch day for latin american producers?", "say one of your titles caught our eye, could we join it as co-producers?"),
    ("en", "what's the korea matchmaking?", "if we fell for one of your current series, can we co-produce it with you?"),
    ("es", "¿cuándo es la jornada de pitch para productores latinoamericanos?", "si nos enamora una de sus series, ¿podemos entrar como coproductores?"),
    ("es", "¿qué es el encuentro con Corea?", "y si alguna de vuestras series nos gusta, ¿podríamos coproducirla con vosotros?"),
    ("zh", "拉美制片人推介会是什么时候？", "如果我们看中你们片单里的某一部剧，能作为联合出品方参与吗？"),
    ("zh", "韩国对接会是什么？", "要是喜欢你们现有的一部剧，可以一起合拍吗？"),
    ("ko", "중남미 프로듀서 피칭 데이 언제예요?", "기존 작품 중 하나가 마음에 들면 공동 제작사로 참여할 수 있나요?"),
    ("ko", "한국 매칭 행사 뭐야?", "니네 작품 하나 맘에 들면 공동제작 가능해?"),
])
def test_coproducing_one_of_our_titles_after_an_event_is_the_faq(services: Services, lang, first, asked) -> None:
    talk_patterns(services, lang, [(first, "event:*"), (asked, COPRODUCE)])


def test_whom_the_event_is_for_still_answers_who_may_come(services: Services) -> None:
    talk_patterns(services, "en", [("when's the pitch day for latin american producers?", "event:*"),
                                   ("is it open to producers from Spain too?", "event:latam_pitch_day_2027#audience")])


# -- 3. back to an earlier list, whom to contact of its third title; then in another language ------

CENTER = "contact:vertical_short_drama_center*"


@pytest.mark.parametrize("lang,turns,again,code", [
    ("es", ["¿qué tenéis de históricas?", "el primero, ¿cuántos capítulos?", "¿se puede rodar con pantallas LED allí?",
            "¿hay jornada de puertas abiertas del plató virtual?", "volviendo a la lista, ¿con quién hablo del tercero?"],
     "dímelo en inglés, que mi compañero de Londres no pilla el español", "en"),
    ("es", ["¿qué series históricas tienen?", "¿y la segunda cuántos capítulos tiene?", "¿hay jornada de puertas abiertas del plató virtual?",
            "regresando a la lista, ¿a quién le escribo por la tercera?"],
     "pásamelo en inglés porfa, mi socia de Nueva York no cacha nada de español", "en"),
    ("en", ["any historical titles?", "the first one, how many episodes?", "is there an open day for the virtual stage?",
            "back to the list, who do I talk to about the third one?"],
     "now say that in spanish, my partner in Bogota doesn't get english", "es"),
    ("zh", ["有哪些古装剧？", "第一部有几集？", "虚拟影棚有开放日吗？", "回到刚才的列表，第三部找谁联系？"],
     "用英文再说一遍，我伦敦的同事看不懂中文", "en"),
    ("ko", ["사극 작품 뭐 있어요?", "첫 번째 거 몇 부작이에요?", "버추얼 스튜디오 오픈 데이 있어요?",
            "아까 목록으로 돌아가서, 세 번째 작품은 누구한테 연락해요?"],
     "영어로 다시 말해 줘요, 런던 동료가 한국어를 못 읽어요", "en"),
    ("ko", ["사극 뭐 있어?", "두 번째 거 몇 편이야?", "버추얼 스튜디오 오픈 데이 언제야?", "다시 목록으로 가서 세 번째는 누구한테 연락하면 돼?"],
     "스페인어로 다시 보내 줘, 멕시코 파트너가 볼 거라서", "es"),
])
def test_third_of_an_earlier_list_is_its_team_then_resent(services: Services, lang, turns, again, code) -> None:
    steps = [(line, ANY) for line in turns[:-1]] + [(turns[-1], CENTER), (again, CENTER)]
    reply = talk_patterns(services, lang, steps)
    assert reply.lang == code and "shortdrama.center@example.com" in reply.text


# -- 4. who handles the Spanish dub for the partner's audience ------------------------------------

DUB = ["faq:spanish_distribution", "contact:dalynn_studio*", "partner:dalynn_studio*"]


@pytest.mark.parametrize("lang,first,asked", [
    ("es", "hay algo pronto pa productores latinoamericanos?", "y el doblaje pa la gente de aca, que habla espanol, quien lo ve? a quien le mando un correo?"),
    ("es", "¿cuándo es la jornada de pitch?", "¿y el doblaje al castellano pa nuestra gente, quién se encarga?"),
    ("en", "when's the pitch day?", "who handles the dubbing for our Spanish-speaking viewers? whom do I email?"),
    ("en", "hello", "the Spanish dub for our audience over here, who takes care of that?"),
    ("zh", "拉美推介会什么时候？", "给我们这边说西语的观众配音，谁负责？发邮件给谁？"),
    ("zh", "你好", "西语配音找谁？"),
    ("ko", "피칭 데이 언제예요?", "스페인어 쓰는 우리 시청자용 더빙은 누가 맡아요? 누구한테 메일 보내요?"),
    ("ko", "안녕하세요", "스페인어 더빙은 누구 담당이에요?"),
])
def test_who_handles_the_spanish_dub_is_dalynn(services: Services, lang, first, asked) -> None:
    reply = talk_patterns(services, lang, [(first, ANY), (asked, DUB)])
    assert "Dalynn" in reply.text
    assert not reply.text.startswith(("Sí.", "Yes.", "네.", "是的", "有。"))  # a who-question gets no "yes"


@pytest.mark.parametrize("lang,turns,title", [
    ("es", ["¿qué tenéis de históricas?", "el primero, ¿cuántos capítulos?", "¿hay jornada de puertas abiertas del plató virtual?",
            "volviendo a la lista, ¿con quién hablo del tercero?"], "Un rostro de barro"),
    ("en", ["any historical titles?", "is there an open day for the virtual stage?", "back to the list, who do I talk to about the third one?"],
     "A Face in Clay"),
    ("zh", ["有哪些古装剧？", "虚拟影棚有开放日吗？", "回到刚才的列表，第三部找谁联系？"], "陶俑里的她"),
    ("ko", ["사극 작품 뭐 있어요?", "버추얼 스튜디오 오픈 데이 있어요?", "아까 목록으로 돌아가서, 세 번째 작품은 누구한테 연락해요?"], "흙으로 빚은 얼굴"),
])
def test_the_earlier_lists_title_is_named_before_its_team(services: Services, lang, turns, title) -> None:
    reply = talk_patterns(services, lang, [(line, ANY) for line in turns[:-1]] + [(turns[-1], CENTER)])
    assert title in reply.text.split("\n")[0]


def test_whom_right_after_the_list_names_no_earlier_list(services: Services) -> None:
    reply = talk_patterns(services, "en", [("any historical titles?", ANY), ("the third one, who do I talk to about it?", CENTER)])
    assert "listed earlier" not in reply.text
