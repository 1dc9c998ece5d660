"""play30's questions about one person (fixW20):

- "who represented them at the signing ceremony?" right after Reel-K: its COO and CEO (the
  sentence of its description saying so), not who organised the ceremony;
- "what did he say about Hengdian?" right after "who is Carlos Tinto?", "what did she say about
  short dramas?" right after Caroline Guo's card: the pronoun is the person in memory, and the
  answer is that person's own words (`intents.people`), not "outside what I do" nor the HISDA card;
- "who is Carlos Tinto?", "Dennis Chau는 누구예요?": the sentence saying who they are, not the
  whole incentive card or both quotations;
- "and who is their co-founder?" after Dalynn Studio: Mary Lynn, co-founder, said plainly.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import people
from tests.dialogue import say


@pytest.mark.parametrize(("lang", "card", "asked", "names"), [
    ("en", "tell me about Reel-K", "who represented them at the signing ceremony?", ("Dennis Chau", "Jooick Lee")),
    ("es", "cuéntame de Reel-K", "¿quién la representó en la ceremonia de firma?", ("Dennis Chau", "Jooick Lee")),
    ("zh", "Reel-K是做什么的？", "签约仪式上是谁代表他们出席的？", ("周德鸣", "Jooick Lee")),
    ("ko", "릴케이는 어떤 회사예요?", "그쪽 대표로 협약식에 누가 나왔어요?", ("데니스 차우", "이주익")),
])
def test_who_represented_the_company_in_view(services: Services, lang, card, asked, names) -> None:
    _, reply = say(services, lang, card, asked)
    assert reply.answer == "partner:reel_k#about", (reply.answer, reply.text)
    assert all(name in reply.text for name in names), reply.text
    assert len(reply.text.splitlines()) == 2, reply.text  # what Reel-K is, and who represented it: no quotation


@pytest.mark.parametrize(("lang", "who", "said", "quote"), [
    ("en", "who is Carlos Tinto?", "what did he say about Hengdian?", "mature ecosystem and favorable costs"),
    ("es", "¿quién es Carlos Tinto?", "¿y qué dijo de Hengdian?", "ecosistema maduro"),
    ("zh", "Carlos Tinto是谁？", "他对横店是怎么评价的？", "产业生态成熟"),
    ("ko", "카를로스 틴토가 누구예요?", "그분이 헝뎬에 대해 뭐라고 했어요?", "성숙한 생태계"),
])
def test_what_the_person_in_memory_said(services: Services, lang, who, said, quote) -> None:
    introduced, quoted = say(services, lang, who, said)
    # who he is: the sentence naming him, not the incentive's card (who qualifies, how to apply, contact)
    assert introduced.answer == "incentive:ecosystem_and_costs#about", (introduced.answer, introduced.text)
    assert "\n" not in introduced.text and "@" not in introduced.text, introduced.text
    assert quoted.answer == "incentive:ecosystem_and_costs#about", (quoted.answer, quoted.text)
    assert quote in quoted.text and "\n" not in quoted.text, quoted.text


@pytest.mark.parametrize(("lang", "who", "said", "quote"), [
    ("en", "Who is Caroline Guo?", "what did she say about short dramas?", "global hub for short drama production"),
    ("es", "¿Quién es Caroline Guo?", "¿y qué dijo ella sobre los microdramas?", "centro global de producción de microdramas"),
    ("zh", "郭姝是谁？", "她对短剧说了什么？", "全球短剧制作中心"),
    ("ko", "캐롤라인 궈가 누구예요?", "그분이 숏드라마에 대해 뭐라고 했어요?", "글로벌 숏드라마 제작 허브"),
])
def test_what_our_contact_in_memory_said(services: Services, lang, who, said, quote) -> None:
    card, quoted = say(services, lang, who, said)
    assert card.answer == "contact:international_business#role", card.answer
    assert quoted.answer == "program:short_drama_hub_2025#about", (quoted.answer, quoted.text)
    assert quote in quoted.text, quoted.text


def test_what_a_named_person_said_is_their_sentence_only(services: Services) -> None:
    reply, = say(services, "es", "¿qué dijo Carlos Tinto de Hengdian?")
    assert reply.answer == "incentive:ecosystem_and_costs#about", (reply.answer, reply.text)
    assert "ecosistema maduro" in reply.text and "Cómo solicitarlo" not in reply.text, reply.text


@pytest.mark.parametrize(("lang", "who", "local"), [
    ("en", "who is Dennis Chau?", "Dennis Chau"),
    ("es", "¿quién es Dennis Chau?", "Dennis Chau"),
    ("zh", "周德鸣是谁？", "周德鸣"),
    ("ko", "Dennis Chau는 누구예요?", "데니스 차우"),
])
def test_who_a_partners_person_is_without_the_quotations(services: Services, lang, who, local) -> None:
    reply, = say(services, lang, who)
    assert reply.answer == "partner:reel_k#about", (reply.answer, reply.text)
    # (the person in bold, the sentence naming them, what the company is: fixI24 put the person first)
    assert local in reply.text.splitlines()[0] and len(reply.text.splitlines()) == 3, reply.text
    assert not any(mark in reply.text for mark in "“«"), reply.text  # none of the two quotations


@pytest.mark.parametrize(("lang", "card", "asked", "role"), [
    ("en", "What is Dalynn Studio?", "and who is their co-founder?", "co-founder"),
    ("es", "¿Qué es Dalynn Studio?", "¿y quién es su cofundadora?", "cofundadora"),
    ("zh", "Dalynn Studio是什么公司？", "他们的联合创始人是谁？", "联合创始人"),
    ("ko", "달린 스튜디오는 어떤 회사예요?", "공동 창업자는 누구예요?", "공동 창업자"),
])
def test_the_co_founder_of_the_company_in_view(services: Services, lang, card, asked, role) -> None:
    _, reply = say(services, lang, card, asked)
    assert reply.answer == "contact:dalynn_studio#role", (reply.answer, reply.text)
    first = reply.text.splitlines()[0]
    assert "Mary Lynn" in first and role in first, reply.text


def test_people_are_named_by_a_role_not_brands_in_a_list(services: Services) -> None:
    kb = services.brain.knowledge.current
    names = {p.name for p in people.people(kb)}
    assert {"Carlos Tinto", "Dennis Chau", "Jooick Lee", "Caroline Guo", "Mary Lynn"} <= names, names
    assert "Free Fire" not in names  # a game Carlos Tinto made commercials for
    # Reel-K's text names two people: "he" after its card is neither
    assert people.of_record(kb, "partner", "reel_k") is None
    assert people.of_record(kb, "incentive", "ecosystem_and_costs").name == "Carlos Tinto"


def test_what_you_think_is_no_quotation_of_the_person_in_memory(services: Services) -> None:
    _, reply = say(services, "en", "who is Carlos Tinto?", "what do you think about Hengdian for a period drama?")
    assert reply.answer != "incentive:ecosystem_and_costs#about", (reply.answer, reply.text)
