"""Dialect wording, needs told as situations, follow-ups and out-of-scope lookalikes (fixC10):

- Scots and Nigerian Pidgin chat ("whit's", "ma", "gie's a nudge", "una", "oga", "e dey") read as
  the English they stand for; "the next thing on" is the next event;
- a team lacking a language ("none of my crew speaks Chinese, is that a problem?") asks how work
  goes without it, never a switch of the reply language;
- a genre to pitch lists that genre's titles, not the pitch day; "algo para reírse" is comedy,
  "la ciudad de hoy" urban; "por delante" is coming up;
- a story and a deal asked in one message answer the story first, and a title with a dot in its
  name ("2.0") is not cut when two answers are joined;
- a team named ("the secretariat") wins over the team of the last answer;
- where the town is, asked beside the airport; entry permission; a crew from abroad told as a
  situation; the partner's own screenwriter; which month to book;
- "my series" is no mystery, "set up" is no set; titles of a kind after a company.

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from intents.router import _sentences_unsaid
from tests.dialogue import talk as talk_any
from tests.dialogue import talk_patterns as talk


def test_scots_next_event_calendar_and_nudge(services: Services) -> None:
    talk(services, "en", [
        ("whit's the next thing on, then?", "event:global_talent_info_session_2026"),
        ("is it online?", "event:global_talent_info_session_2026#venue"),
        ("gie's a nudge the day before, ta", "event:global_talent_info_session_2026*"),
    ])


@pytest.mark.parametrize("lang,say", [
    ("en", "oga say make we find something funny to pitch, which comedies una get?"),
    ("en", "we want a comedy to pitch to our buyers, which ones do you have?"),
    ("es", "queremos algo para reírse, ¿qué tienen?"),
    ("zh", "老板想要点好笑的片子，有哪些？"),
])
def test_funny_titles_are_the_comedies(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "list:works?genre=comedy")])


@pytest.mark.parametrize("lang,say", [
    ("en", "anything set in a present-day city?"),
    ("es", "¿tienen alguna serie en una ciudad actual?"),
    ("zh", "有没有现代城市背景的剧？"),
])
def test_city_of_today_is_urban(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "list:works?genre=urban")])


def test_thanks_is_no_comedy(services: Services) -> None:
    talk(services, "es", [("¡gracias! ¿y tienen algo de fantasía?", "list:works?genre=fantasy")])
    u = services.brain.understand("¡gracias! ¿y tienen algo de fantasía?")
    assert ("genre", "comedy") not in u.filters


def test_events_ahead_in_spanish(services: Services) -> None:
    talk(services, "es", [("¿qué actividades hay por delante?", "list:events*")])


@pytest.mark.parametrize("lang,say", [
    ("en", "none of my crew speaks Chinese, is that going to be a problem?"),
    ("en", "nobody on our team speak Mandarin o, na wahala?"),
])
def test_a_language_lacking_is_no_switch(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "faq:languages")])
    assert reply.lang == lang


@pytest.mark.parametrize("lang,say", [
    ("en", "what's Grandma 2.0 about, and could we license it?"),
    ("es", "¿de qué va Abuela 2.0 y la podemos licenciar?"),
    ("ko", "할머니 2.0은 어떤 내용이고 판권 계약도 돼요?"),
])
def test_story_before_deal(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "work:work_grandma_2_0#logline")])
    assert reply.text.count("2.0") >= 2  # both answers name the title whole


def test_story_then_deal_order_in_facts() -> None:
    assert lexicon.facts_asked("what is it about, and is it open for co-production?")[0] == "logline"
    assert lexicon.facts_asked("is it open for co-production, and what is it about?")[0] == "coproduction"


def test_sentences_unsaid_keeps_dotted_names() -> None:
    said = "<b>Grandma 2.0</b>: a story."
    text = "<b>Grandma 2.0</b>: available. Terms are agreed with:\n\n<b>Centre Co., Ltd</b>\n✉️ a.b@example.com"
    assert _sentences_unsaid(text, said, "en") == text


@pytest.mark.parametrize("lang,turns", [
    ("en", ["how much is it to join the alliance?", "and the secretariat's phone number?"]),
    ("es", ["¿cuánto cuesta entrar en la alianza?", "¿me pasas el teléfono de la secretaría?"]),
])
def test_team_named_wins_over_team_in_view(services: Services, lang, turns) -> None:
    talk(services, lang, [(turns[0], "gap:*"), (turns[1], "contact:hisda_secretariat#phone")])


@pytest.mark.parametrize("lang,say,expect", [
    ("en", "my exec producer wants to know where in China the studio town is and what airport we land at",
     "faq:how_to_reach_hengdian"),
    ("en", "our DP only holds a Ghanaian passport, what about entry permission?", "faq:visa"),
    ("es", "¿abren la puerta a un rodaje que viene de Chile o es solo para chinos?", "faq:can_foreign_crews_film"),
    ("en", "none of us is Chinese, would they let us film there?", "faq:can_foreign_crews_film"),
    ("en", "our screenwriter set the love story in Tang times, which set would work?", "faq:which_set"),
    ("es", "nuestra guionista ambientó la historia en la dinastía Tang, ¿qué decorado nos sirve?", "faq:which_set"),
    ("en", "our producer wants to catch the big film festival in Hengdian, which month should we book?",
     ["faq:film_festival", "event:hengdian_film_festival*"]),
])
def test_needs_told_as_situations(services: Services, lang, say, expect) -> None:
    talk(services, lang, [(say, expect)])


@pytest.mark.parametrize("lang,say", [
    ("en", "can I upload my series to YouTube myself?"),
    ("en", "how does a tourist set up Alipay on a foreign card?"),
])
def test_lookalikes_find_no_record(services: Services, lang, say) -> None:
    reply = talk_any(services, lang, [(say, "")], fits=lambda _expect, _got: True)
    assert not (reply.answer or "").startswith(("list:works", "location:"))


def test_titles_of_a_kind_after_a_company(services: Services) -> None:
    talk(services, "en", [
        ("tell me about Reel-K", "partner:reel_k*"),
        ("do any of your titles come in Korean?", "list:works?language=ko"),
    ])
