"""fixQ16: the film festival asked about as a thing — heard of, whether Hengdian holds one at all,
what kind of event it is — is the festival FAQ (there is one, every October in Hengdian, what it
is), not an edition's card; an edition's date or venue, or the festival simply named ("tell me
about the film festival"), stays the event's. Sentences of our own, four languages."""

from __future__ import annotations

import pytest

from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "a colleague told me Hengdian runs its own film festival, what sort of event is it?"),
    ("en", "does Hengdian host a film festival of its own? what's it like?"),
    ("en", "apparently you guys throw a big film fest every year, what kind of thing is it?"),
    ("es", "me contaron que Hengdian tiene su propio festival de cine, ¿en qué consiste?"),
    ("es", "oigan, ¿Hengdian organiza algún festival de cine propio? ¿de qué se trata?"),
    ("es", "dicen que allá hacen una semana de cine cada año, ¿qué tipo de evento es?"),
    ("zh", "听说横店自己也办电影节，是个什么样的活动？"),
    ("zh", "橫店有沒有自己的影視節？是什麼活動來的？"),
    ("zh", "聽講橫店每年都有影視節，係咩活動嚟㗎？"),
    ("ko", "헝뎬에서 영화제를 직접 연다던데 어떤 행사예요?"),
    ("ko", "헝뎬도 자체 영화제가 있나요? 무슨 행사인지 알려 주세요"),
    ("ko", "헝뎬에 영화 축제 같은 거 하나? 어떤 행사인지 궁금하네예"),
])
def test_a_festival_asked_as_a_thing_is_its_faq(services, lang: str, say: str) -> None:
    reply = talk(services, lang, [(say, "faq:film_festival")])
    # what it is, not only when: the screenings, forums and deals it gathers
    assert any(w in reply.text for w in ("screenings", "proyecciones", "展映", "상영회")), reply.text


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("ko", "헝뎬에도 영화제 같은 게 있어요?", "어떤 행사인지 궁금해요"),
    ("en", "does Hengdian have its own film festival?", "what kind of event is it?"),
])
def test_what_kind_of_event_right_after_stays_the_faq(services, lang: str, first: str, then: str) -> None:
    talk(services, lang, [(first, "faq:film_festival"), (then, "faq:film_festival")])


def test_the_next_question_asks_the_festival_in_focus(services) -> None:
    talk(services, "en", [("heard Hengdian hosts a film festival, what is it like?", "faq:film_festival"),
                          ("where exactly is it held?", "event:hengdian_film_festival#venue")])


@pytest.mark.parametrize(("lang", "say", "expect"), [
    ("en", "tell me about the film festival", "event:hengdian_film_festival#about"),
    ("en", "is there a film festival in 2028?", "event:hengdian_film_festival#date"),
    ("zh", "2027年影视节在哪里办？", "event:hengdian_film_festival#venue"),
    ("en", "who organises the film festival, is it Hengdian?", "event:hengdian_film_festival#organisers"),
])
def test_an_edition_or_the_festival_named_stays_the_event(services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)])


def test_what_kind_of_events_with_none_in_focus_is_the_list(services) -> None:
    talk(services, "en", [("what kind of events do you have?", "list:events")])
