"""Leftovers of round 29 (fixU20), each in the four languages where it is language-specific.

- "what is HISDA?" by the alliance's name: the few sentences of the FAQ on what it is, its long
  card behind a button (`router._alliance_what`), as the exemplars' vote already gave in zh/ko;
- "and what are their hours?" right after /contact: each listed team's office hours
  (`router.facts_of_listed_contacts`), not the help nor the first team's alone;
- ko "몇 편이에요?" right after a title's card: that title's episodes (`Router.list_count`);
- zh "横店时间几点，我在首尔": Hengdian's clock now and the hours to Seoul, Seoul offered as the
  partner's zone (a button), never the partner's zone set to Hengdian's (`router.clock_difference`);
- zh "我们在拉各斯做剧集，想跟横店联合制作": the co-production FAQ, Lagos only offered as a zone
  (`router.coproduction_wished`), never set;
- zh "怎么授权你们已经完结的短剧？": how finished titles are licensed is the co-production FAQ, not
  the finished titles listed (a wish to buy some, with no "how", stays their list);
- es "¿dónde queda Hengdian, a qué hora abre la oficina?": two clauses each opening with its question
  word are two asks, both answered (`lexicon.split_parts`); "how is it asked, what goes in it?" one;
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask, labels, new_chat, say


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what is HISDA?"),
    ("es", "¿Qué es exactamente la HISDA?"),
    ("zh", "HISDA是什么？"),
    ("ko", "HISDA가 뭐예요?"),
])
def test_what_the_alliance_is_in_a_few_sentences(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "faq:what_is_hisda", (reply.answer, reply.text)
    assert reply.text == services.knowledge.current.faq["what_is_hisda"].answer.get(lang)
    name = services.knowledge.current.programs["hisda"].name.get(lang)
    assert labels(reply)[0] == f"ℹ️ {name}"  # the card behind its button
    assert reply.buttons[0][0].data and "hisda" in reply.buttons[0][0].data


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "and what are their hours?", "hours"),
    ("es", "¿y cuáles son sus horarios?", "hours"),
    ("zh", "他们的办公时间是几点？", "hours"),
    ("ko", "근무 시간은 어떻게 돼요?", "hours"),
    ("en", "their emails?", "email"),
])
def test_a_line_of_each_team_listed(services: Services, lang: str, text: str, fact: str) -> None:
    listed, reply = say(services, lang, "/contact", text)
    assert listed.answer == "list:contacts"
    assert reply.answer == f"list:contacts#{fact}", (reply.answer, reply.text)
    kb = services.knowledge.current
    for item in listed.items:
        team = kb.contacts[item.partition(":")[2]]
        said = team.hours.get(lang) if fact == "hours" and team.hours else team.email if fact == "email" else None
        if said:
            assert said in reply.text, (said, reply.text)
    assert reply.text.count("\n") == len(listed.items) - 1  # one line a team


def test_a_team_named_after_the_list_is_that_team(services: Services) -> None:
    _, reply = say(services, "en", "/contact", "what's the secretariat's email?")
    assert reply.answer == "contact:hisda_secretariat#email", reply.answer


def test_how_many_pyeon_after_a_title_is_its_episodes(services: Services) -> None:
    """"몇 편이에요?" right after a title's card counts that title's episodes (편 counts both), not
    the catalogue's titles; the whole catalogue asked in so many words stays the catalogue."""
    card, count = say(services, "ko", "광저우 야상곡 알려 주세요", "몇 편이에요?")
    assert card.answer == "work:work_canton_nocturne"
    assert count.answer == "work:work_canton_nocturne#episodes", (count.answer, count.text)
    assert "90" in count.text
    _, whole = say(services, "ko", "광저우 야상곡 알려 주세요", "전체 몇 편이에요?")
    assert whole.answer == "catalog:about"


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "横店时间几点，我在首尔"),
    ("en", "what time is it in Hengdian? I am in Seoul"),
    ("es", "¿qué hora es en Hengdian? estoy en Seúl"),
    ("ko", "헝뎬은 지금 몇 시예요? 저는 서울에 있어요"),
])
def test_the_studio_clock_asked_by_one_in_seoul(services: Services, lang: str, text: str) -> None:
    chat_reply = ask(services, lang, text)
    assert chat_reply.answer == "clock:difference", (chat_reply.answer, chat_reply.text)
    assert "20:00" in chat_reply.text  # Hengdian's clock at the pinned noon UTC
    offer = chat_reply.buttons[0][0]
    assert offer.data and offer.data.endswith("asia:seoul"), labels(chat_reply)  # Seoul offered, not set


def test_the_studio_clock_alone_in_chinese(services: Services) -> None:
    reply = ask(services, "zh", "横店时间几点")
    assert reply.answer == "clock:now", (reply.answer, reply.text)  # (was out of scope)


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "我们在拉各斯做剧集，想跟横店联合制作"),
    ("zh", "我们在拉各斯做剧集，想跟横店合拍"),
    ("en", "we make series in Lagos and want to co-produce with Hengdian"),
    ("es", "hacemos series en Lagos y queremos coproducir con Hengdian"),
])
def test_a_coproduction_wished_from_lagos(services: Services, lang: str, text: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    reply = services.brain.reply_to_text(chat, text, services.store.profile(chat))
    assert reply.answer == "faq:coproduce_catalog_title", (reply.answer, reply.text)
    profile = services.store.profile(chat)
    assert profile is None or not profile.timezone  # (no zone set unasked)


def test_a_coproducer_introduced_is_still_greeted_with_the_zone_offered(services: Services) -> None:
    reply = ask(services, "es", "hola, soy coproductora en Montevideo")
    assert reply.answer == "smalltalk:greet"
    assert any(b.data and b.data.endswith("america:montevideo") for row in reply.buttons for b in row)


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "怎么授权你们已经完结的短剧？"),
    ("en", "how do we license your finished short dramas?"),
    ("es", "¿cómo podemos licenciar sus microdramas ya terminados?"),
    ("ko", "이미 완결된 숏드라마는 어떻게 라이선스 받아요?"),
])
def test_how_finished_titles_are_licensed(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "faq:coproduce_catalog_title", (reply.answer, reply.text)


def test_finished_titles_to_buy_stay_their_list(services: Services) -> None:
    reply = ask(services, "zh", "想买几部已经完结的短剧版权")
    assert (reply.answer or "").startswith("list:works?coproduction=completed"), reply.answer


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿dónde queda Hengdian, a qué hora abre la oficina?"),
    ("en", "where is Hengdian, what time does the office open?"),
])
def test_where_and_when_the_office_opens_both_answered(services: Services, lang: str, text: str) -> None:
    assert len(lexicon.split_parts(text)) == 2
    reply = ask(services, lang, text)
    kb = services.knowledge.current
    assert kb.faq["how_to_reach_hengdian"].answer.get(lang)[:40] in reply.text, reply.text  # where it is
    assert kb.contacts["international_business"].hours.get(lang) in reply.text, reply.text  # when it opens


@pytest.mark.parametrize("text", ["how is it asked, what goes in it?", "when is it, where is it held?",
                                  "what is it, a company?", "¿qué es, una empresa?"])
def test_one_question_in_two_clauses_stays_one(text: str) -> None:
    assert lexicon.split_parts(text) == [text]
