"""Fixes of answers79 and play32 widened from the sentence they learnt to the way partners ask
(para24), each tried with sentences written for these tests (not the answers80 paraphrases):

- a detail no record holds asked in other words: the least stake by another noun ("the smallest
  capital commitment", "¿a partir de cuánto?"), a release by a chat verb or a Korean noun ("when will
  it debut?", "방영일"), the per-company quota as a limit or by company ("a limit on participants per
  company", "¿cuántos pueden venir por productora?", "每家公司的参会名额") — the honest gap, not the card;
  "let me know when new titles drop" stays the news of new titles;
- whom to deal with said with an adverb or by the person's clause; 이멜 as e-mail; a centre's
  "언제 열어요" as its hours;
- a list narrowed by a stage said in other words (acabados, 拍完了, 征求投资方, 제작이 한창 진행 중인),
  among them said as 이 가운데 / 还有哪部; a team's titles asked yes/no;
- follow-ups: eligibility with "podría beneficiarse de eso", who said it with a relative clause,
  stopping the news with "dame de baja", "sigo inscrito", alerts asked to be sent, the latest
  announcement by its verb, a title's stage by 준비 중 / 開發緊 and its languages by 有冇英文, the set
  of a title pointed at as 그곳;
- a crew's trade with a nationality adjective, a relative asked to act in one of the titles, the
  partners from abroad asking for services on set, joining as "convertirnos en miembros", a title
  co-financed as co-producers.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "What's the smallest capital commitment to co-produce Grandma 2.0?"),
    ("es", "¿A partir de cuánto podemos entrar como coproductores en Guía turística 2077?"),
    ("en", "When will Tour Guide 2077 debut?"),
    ("ko", "검과 꽃 방영일 나왔어요?"),
    ("en", "Is there a limit on participants per company at the Korea–China matchmaking?"),
    ("es", "¿Cuántos pueden venir por productora al encuentro de negocios Corea–China?"),
    ("zh", "中韩短剧合作对接会每家公司的参会名额是多少？"),
])
def test_an_unpublished_detail_in_other_words_is_its_gap(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("gap:"), reply.answer


def test_new_titles_that_drop_are_still_news_to_send(services: Services) -> None:
    reply = ask(services, "en", "let me know when new titles drop")
    assert (reply.answer or "").startswith("subscribe"), reply.answer


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Who precisely should we work with at Dalynn Studio?", "contact:dalynn_studio#"),
    ("en", "what's the name of the contact we'd be dealing with at Dalynn Studio?", "contact:dalynn_studio#"),
    ("ko", "국제사업부 이멜 주소 좀 알려 주세요", "contact:international_business#email"),
    ("ko", "국제사업부 사무실 언제 열어요?", "contact:international_business#hours"),
])
def test_a_contact_asked_in_other_words(services: Services, lang: str, text: str, key: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith(key), reply.answer


@pytest.mark.parametrize(("lang", "lines", "key"), [
    ("en", ("Tell me about Dalynn Studio.", "Do they have shows in your catalogue?"), "list:works?contact=dalynn_studio"),
    ("es", ("¿Qué títulos de misterio hay?", "¿Cuáles están ya acabados?"), "list:works?genre=mystery&coproduction=completed"),
    ("zh", ("有哪些悬疑剧", "哪几部拍完了"), "list:works?genre=mystery&coproduction=completed"),
    ("zh", ("悬疑剧有哪些", "还有哪部在征求投资方"), "list:works?genre=mystery&coproduction=seeking_partners"),
    ("ko", ("로맨스 작품 뭐 있어요?", "이 가운데 제작이 한창 진행 중인 건?"), "list:works?genre=romance&coproduction=in_production"),
])
def test_a_list_narrowed_by_a_stage_in_other_words(services: Services, lang: str, lines: tuple[str, ...], key: str) -> None:
    reply = ask(services, lang, *lines)
    assert (reply.answer or "").startswith(key), reply.answer


@pytest.mark.parametrize(("lang", "lines", "key"), [
    ("es", ("¿Qué incentivos tienen para microdramas verticales?", "¿una productora chilena podría beneficiarse de eso?"),
     "incentive:short_drama_cost_reduction#eligibility"),
    ("es", ("¿Rodar en Hengdian sale barato?", "¿quién fue el que lo dijo?"), "incentive:ecosystem_and_costs"),
    ("es", ("suscríbeme a las novedades de incentivos", "dame de baja de todo"), "unsubscribe"),
    ("es", ("suscríbeme a las novedades de incentivos", "dame de baja de todo", "¿sigo inscrito en algo?"), "my_alerts"),
    ("en", ("can I get notifications whenever HISDA posts news?",), "subscribe"),
    ("es", ("¿qué fue lo último que publicaron?",), "list:events?when=upcoming"),
    ("en", ("what was the last thing you announced?",), "list:events?when=upcoming"),
    ("ko", ("한국어 되는 로맨스 뭐 있어요?", "두 번째 작품 아직 준비 중이에요?"), "work:work_face_in_clay#coproduction"),
    ("zh", ("有冇韓文嘅愛情劇？", "第一套仲係開發緊？"), "work:work_moonlight_envoy#coproduction"),
    ("zh", ("有冇韓文嘅愛情劇？", "第二套有冇英文？"), "work:work_face_in_clay#languages"),
    ("ko", ("달빛 사신 어디서 찍어요?", "그곳 주소는요?"), "location:ming_qing_palace#address"),
])
def test_a_follow_up_in_other_words(services: Services, lang: str, lines: tuple[str, ...], key: str) -> None:
    reply = ask(services, lang, *lines)
    assert (reply.answer or "").startswith(key), reply.answer


@pytest.mark.parametrize(("lang", "lines", "key"), [
    ("en", ("our sound mixer is Brazilian, any problem with him working on location?",), "faq:can_foreign_crews_film"),
    ("es", ("mi primo no habla chino, ¿podría aparecer en una de sus producciones?",), "faq:foreign_actors"),
    ("es", ("somos del extranjero, ¿qué servicios nos ofrecen en el set?",), "incentive:on_site_services"),
    ("es", ("¿qué hace falta para convertirnos en miembros de la alianza?",), "faq:join_alliance"),
    ("es", ("¿Qué comedias hay?", "¿De qué va la segunda?", "queremos cofinanciar esa serie como coproductores, ¿cómo se hace?"),
     "faq:coproduce_catalog_title"),
])
def test_a_crew_an_actor_joining_and_a_stake_in_other_words(services: Services, lang: str, lines: tuple[str, ...],
                                                            key: str) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == key, reply.answer
