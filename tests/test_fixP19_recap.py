"""The recap says again what this conversation actually sent (fixP19): the first line of each
answer as the partner read it, not the answer its key would make now ("can your actors speak
English?" was told about the bilingual talent, not "this assistant answers in English…"); asked
in the words partners use ("what did you tell me so far?", "¿me resumes lo que me dijiste?",
"刚才你都说了什么", "지금까지 뭐라고 했죠?")."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.memory import Memory
from intents.reply import Reply
from intents.router import _said_after
from tests.dialogue import say

ACTORS = [
    ("en", "can your actors speak english?", "what did you tell me so far?"),
    ("es", "¿sus actores hablan inglés?", "¿me resumes lo que me dijiste?"),
    ("zh", "你们的演员会说英语吗", "刚才你都说了什么"),
    ("ko", "배우들이 영어를 할 수 있나요?", "지금까지 뭐라고 했죠?"),
]
ASSISTANT = {"en": "This assistant", "es": "Este asistente", "zh": "本助手", "ko": "이 어시스턴트"}


@pytest.mark.parametrize("lang,question,recap", ACTORS)
def test_the_recap_says_what_was_sent(services: Services, lang: str, question: str, recap: str) -> None:
    answer, summed = say(services, lang, question, recap)
    assert summed.answer == "recap", (recap, summed.answer)
    assert summed.lang == lang
    first = answer.text.splitlines()[0][:40]
    assert first.split("<b>")[-1].replace("</b>", "")[:20] in summed.text, (answer.text, summed.text)
    assert ASSISTANT[lang] not in summed.text, summed.text


@pytest.mark.parametrize("lang,question", [(lang, q) for lang, q, _ in ACTORS if lang != "ko"])
def test_a_cast_asked_in_a_language_is_the_productions_languages(services: Services, lang: str, question: str) -> None:
    # (the Korean asks whether foreign actors can be cast, its own FAQ)
    reply = say(services, lang, question)[-1]
    assert reply.answer == "faq:languages", reply.answer
    assert ASSISTANT[lang] not in reply.text, reply.text


TWICE = [
    ("en", ["tell me about Grandma 2.0", "what are the incentives?", "tell me about Grandma 2.0", "what did you tell me so far?"]),
    ("es", ["háblame de Abuela 2.0", "¿qué incentivos hay?", "háblame de Abuela 2.0", "¿me resumes lo que me dijiste?"]),
    ("zh", ["介绍一下奶奶2.0", "有什么扶持政策？", "介绍一下奶奶2.0", "刚才你都说了什么"]),
    ("ko", ["할머니 2.0 소개해 주세요", "인센티브 뭐 있어요?", "할머니 2.0 소개해 주세요", "지금까지 뭐라고 했죠?"]),
]


@pytest.mark.parametrize("lang,lines", TWICE)
def test_a_card_given_twice_is_in_the_recap_once_at_its_last_place(services: Services, lang: str, lines: list[str]) -> None:
    replies = say(services, lang, *lines)
    summed = replies[-1]
    assert summed.answer == "recap", summed.answer
    bullets = [ln for ln in summed.text.splitlines() if ln.startswith("• ")]
    assert len(bullets) == 2, summed.text
    card = replies[0].text.splitlines()[0].replace("<b>", "").replace("</b>", "")[:12]
    assert card in bullets[1], (card, summed.text)


def test_the_line_kept_is_the_one_sent_in_its_language() -> None:
    sent = Reply(text="<b>Grandma 2.0</b>: a robot &amp; an opera troupe.\n\nScience fiction", lang="en",
                 answer="work:work_grandma_2_0", outcome="answered")
    said = _said_after(Memory(), "work:work_grandma_2_0", "work", sent)
    assert said == ("work:work_grandma_2_0\ten\tGrandma 2.0: a robot & an opera troupe.",)
    again = _said_after(Memory(said=(*said, "faq:incentives\ten\tIncentives.")), "work:work_grandma_2_0", "work", sent)
    assert [s.partition("\t")[0] for s in again] == ["faq:incentives", "work:work_grandma_2_0"]


def test_a_line_said_in_another_language_is_made_again_in_the_partners(services: Services) -> None:
    replies = say(services, "en", "how many episodes does Half a Teahouse have?", "¿me haces un resumen de todo?")
    assert replies[-1].answer == "recap" and replies[-1].lang == "es"
    assert "72" in replies[-1].text and "episodes" not in replies[-1].text, replies[-1].text


def test_a_list_is_recapped_as_its_heading_and_first_names() -> None:
    listed = Reply(text="<b>Comedy</b>: 6 works in the catalog, page 1 of 2.\n\n1. <b>Siesta Not Included</b> (Comedy)\n"
                        "2. <b>Palace Ratings War</b> (Comedy)\n3. <b>Die Another Take</b> (Comedy)\n4. <b>Fencer</b> (Comedy)",
                   lang="en", answer="list:works?genre=comedy", outcome="answered")
    [entry] = _said_after(Memory(), "list:works?genre=comedy", "list", listed)
    assert entry.split("\t")[2] == "Comedy: Siesta Not Included, Palace Ratings War, Die Another Take…"
