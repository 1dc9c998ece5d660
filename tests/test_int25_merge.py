"""Answers the branches merged in int25 broke against each other or against read sets, back:

- co-producing one of our titles is read as the co-production FAQ only while an event, programme
  or partner is talked about (fixV16's rule, as its docstring says); a first message keeps its own
  reading: the revenue split asked is unpublished, "a couple of comedies to co-produce" lists them;
- "no Chinese co-producer / partner company" is who the crew works with, not a language the crew
  lacks (fixW16's "no Chinese among the partner's own people" took it for the languages FAQ):
  whether a foreign crew can shoot is the foreign-crews FAQ.
"""

import pytest

from tests.dialogue import new_chat


def first(services, lang: str, text: str):
    """The reply to `text` as a new chat's first message."""
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    return services.brain.reply_to_text(chat, text, services.store.profile(chat))

COPRODUCE = "faq:coproduce_catalog_title"
CREWS, LANGUAGES = "faq:can_foreign_crews_film", "faq:languages"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "if we split one of your catalogue titles 50/50, what cut of the revenue do we get?"),
    ("es", "si coproducimos uno de sus títulos a medias, ¿qué porcentaje de los ingresos nos toca?"),
    ("en", "if we co-produce one of your titles 50/50, what percentage of revenue is ours?"),
])
def test_a_first_message_about_the_split_is_no_coproduction_faq(services, lang: str, text: str) -> None:
    reply = first(services, lang, text)
    assert reply.answer != COPRODUCE, (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "We're all Danes, no Chinese co-producer. Can a crew like ours even film there?"),
    ("en", "we're a Kenyan team with no Chinese partner company, can we still shoot at Hengdian?"),
    ("en", "no chinese producer on board, just us Chileans: are we allowed to film at your sets?"),
])
def test_no_chinese_coproducer_is_a_foreign_crew_question(services, lang: str, text: str) -> None:
    assert first(services, lang, text).answer == CREWS


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "our volunteers speak English and no Chinese at all, will that be a problem there?"),
    ("en", "not a word of Mandarin among us, would that hold us back on set?"),
])
def test_no_chinese_spoken_stays_the_languages_faq(services, lang: str, text: str) -> None:
    assert first(services, lang, text).answer == LANGUAGES
