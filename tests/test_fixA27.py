"""fixA27: follow-ups main still answered wrong, read where the conversation's memory is.

- A clock asked in a city right after the long list of coming events ("what time is that in Lima
  for us?", "¿a qué hora sería en Bogotá?", "서울 시간으로는요?", "北京时间几点"): the soonest
  event's date there, not the whole list again; the times of all of them, a city alone, a clock
  changed ("换成伦敦时间") or a short list keep the list.
- A language said alone after a title's languages ("영어는요?", "and English?", "英文呢？"):
  whether the title comes in it, yes or no first, never the assistant's languages FAQ.
- How to sign up asked of the event or programme in focus ("어떤 식으로 신청해요?", "¿cómo me
  inscribo?"): the way to take part (its contact, or the programme's intake session), not "I
  can't register you myself".
- What the event just dated consists of ("¿Y en qué consiste?", "¿de qué va el festival…?"): its
  description (#about), not the festival FAQ.
- A bare "要" under an event's card: which of its offers (calendar or reminder).
- Corrections of play35 ("no, I meant the other one", "不是那部，是另外一部", "唔係呢套，另一套"):
  another of the list, or which of the others, never out of scope nor the same title again.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, fits, talk

SOONEST = "event:global_talent_info_session_2026#date"
EVENTS = {"en": "what events are coming up?", "es": "¿qué eventos hay?", "zh": "有什么活动", "ko": "예정된 행사 알려주세요"}


@pytest.mark.parametrize(("lang", "said", "city"), [
    ("en", "I'm in Chicago, what time does it start for me?", "Chicago"),
    ("en", "what time is that in Lima for us?", "Lima"),
    ("en", "ok so what time would that be in Berlin?", "Berlin"),
    ("es", "¿a qué hora sería en Bogotá?", "Bogotá"),
    ("es", "¿y eso a qué hora me queda en Santiago de Chile?", "Santiago"),
    ("ko", "서울 시간으로는요?", "서울"),
    ("ko", "도쿄 시간으로 몇 시에 시작해요?", "도쿄"),
    ("zh", "北京时间几点", "北京时间"),
    ("zh", "那悉尼时间几点开始？", "悉尼"),
])
def test_a_clock_asked_after_the_events_list_is_the_soonest_ones(services: Services, lang: str, said: str,
                                                                  city: str) -> None:
    reply = talk(services, lang, [(EVENTS[lang], "list:events?when=upcoming"), (said, SOONEST)])
    assert city in reply.text
    assert reply.text.count("🕒") == 0                 # one event's sentence, no list again


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "what times are those in Lima?"),
    ("es", "¿y en Bogotá?"),
    ("zh", "换成伦敦时间是几点"),
    ("ko", "뉴욕은?"),
])
def test_all_of_them_a_city_alone_or_the_clock_changed_keep_the_list(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(EVENTS[lang], "list:events?when=upcoming"), (said, "list:events?when=upcoming")])


def test_a_short_list_keeps_each_time(services: Services) -> None:
    reply = talk(services, "es", [("¿qué eventos hay en octubre?", "list:events?when=upcoming&month=10"),
                                  ("¿a qué hora sería en Bogotá?", "list:events?when=upcoming")])
    assert reply.text.count("🕒") == 2


LANGUAGES = {"en": "what languages is Grandma 2.0 in?", "es": "¿en qué idiomas está Grandma 2.0?",
             "zh": "Grandma 2.0有哪些语言？", "ko": "Grandma 2.0 어떤 언어로 돼 있어요?"}


@pytest.mark.parametrize(("lang", "said", "yes"), [
    ("ko", "영어는요?", "네"), ("ko", "그럼 한국어는요?", "아니요"),
    ("en", "and English?", "Yes"), ("en", "what about Korean?", "No"),
    ("es", "¿y el inglés?", "Sí"), ("es", "¿y en coreano?", "No"),
    ("zh", "英文呢？", "有"), ("zh", "那韩语呢", "没有"),
])
def test_a_language_alone_after_a_titles_languages_asks_whether_it_has_it(services: Services, lang: str, said: str,
                                                                          yes: str) -> None:
    reply = talk(services, lang, [(LANGUAGES[lang], "work:work_grandma_2_0#languages"),
                                  (said, "work:work_grandma_2_0#languages")])
    assert reply.text.startswith(yes)


@pytest.mark.parametrize(("lang", "opener", "said", "expect", "words"), [
    ("ko", "헝뎬 영화제 언제예요?", "어떤 식으로 신청해요?", "gap:international_business", "참가 방법"),
    ("ko", "중남미 피칭 데이 언제예요?", "어떤 방법으로 등록하나요?", "gap:dalynn_studio", "참가 방법"),
    ("ko", "글로벌 인재 프로그램이 뭐예요?", "어떤 식으로 신청해요?", "event:global_talent_info_session_2026", "설명회"),
    ("ko", "글로벌 인재 프로그램이 뭐예요?", "신청은 어떻게 해요?", "event:global_talent_info_session_2026", "설명회"),
    ("es", "¿cuándo es el Festival de Cine de Hengdian?", "¿cómo me inscribo?", "gap:international_business", "participar"),
    ("en", "when is the latam pitch day?", "how do we sign up for it?", "gap:dalynn_studio", "How to take part"),
    ("zh", "拉美制片人推介会是什么时候？", "具体怎么报名呢", "gap:dalynn_studio", "参与方式"),
])
def test_how_to_sign_up_is_the_way_to_take_part(services: Services, lang: str, opener: str, said: str, expect: str,
                                               words: str) -> None:
    reply = talk(services, lang, [(opener, "*"), (said, expect)], fits=fits)
    assert words in reply.text


@pytest.mark.parametrize(("lang", "opener", "said"), [
    ("es", "¿Qué fechas tiene el Festival de Cine de Hengdian?", "¿Y en qué consiste?"),
    ("es", "¿Cuándo se celebra el festival de cine de Hengdian?", "¿De qué va el festival, qué actividades hay?"),
    ("ko", "헝뎬 영화제 언제예요?", "그건 뭐 하는 거예요?"),
    ("en", "when is the Hengdian Film Festival?", "and what is it exactly?"),
    ("zh", "横店影视节是什么时候？", "那是干什么的？"),
])
def test_what_the_event_just_dated_consists_of_is_its_description(services: Services, lang: str, opener: str,
                                                                  said: str) -> None:
    talk(services, lang, [(opener, "event:hengdian_film_festival#date"), (said, "event:hengdian_film_festival#about")])


def test_a_bare_want_under_an_event_card_offers_its_buttons(services: Services) -> None:
    reply = talk(services, "zh", [("活动", "list:events?when=upcoming"),
                                  ("第一个", "event:global_talent_info_session_2026"),
                                  ("要", "event:global_talent_info_session_2026")])
    assert "提醒" in reply.text and len(reply.buttons[0]) == 2


@pytest.mark.parametrize(("lang", "lines", "other"), [
    ("zh", ["有冇科幻劇？", "邊啲有韓文版？", "集數少過90集嘅", "最短嗰套係邊套？", "唔係呢套，另一套"],
     "work:work_garden_beneath_the_code*"),
    ("zh", ["您好，我們是台北的發行公司，想找懸疑類的短劇", "哪幾部有韓語版本？", "第二部有幾集？", "不是那部，是另外一部"], "clarify"),
    ("en", ["any mystery titles?", "which of those come in Korean?", "the second one, how many episodes?",
            "no, I meant the other one"], "clarify"),
])
def test_the_other_one_is_another_of_the_list(services: Services, lang: str, lines: list[str], other: str) -> None:
    reply = ask(services, lang, *lines)
    assert fits(other, reply.answer)
    if reply.answer == "clarify":
        labels = [b.label for row in reply.buttons for b in row]
        assert len(labels) == 2                         # the two others, not the one just answered
        assert not any("直播" in label or "Vanished" in label for label in labels)


@pytest.mark.parametrize(("lang", "lines", "expect"), [
    ("en", ["what can you help with?", "the second point of that, can you expand?"], "list:incentives"),
    ("es", ["¿en qué me puedes ayudar?", "el cuarto punto, ¿me lo amplías?"], "list:events?when=upcoming"),
    ("zh", ["你能帮我做什么？", "第三点能展开说说吗？"], "list:works"),
    ("ko", ["뭘 도와줄 수 있어요?", "첫 번째 항목 자세히 알려 주세요"], "list:locations"),
])
def test_a_point_of_the_help_text_picked_is_that_topic(services: Services, lang: str, lines: list[str],
                                                      expect: str) -> None:
    assert ask(services, lang, *lines).answer == expect
