"""Sets: the list shown is the list the ordinals count, in the knowledge file's order among the
sets of the era or kind of scene asked (a genre beside them, or a narrower scene beside its
broader one, does not reorder it); whether a set is built or open yet is its status; a casting
asked of the set in focus is the event held there; a visit of the sets asked to be arranged is
an honest gap with the team.

Kinds from the read answer sets 44, 45 and 46, with wordings written for these tests (not the
sets'). A real Brain: the shipped knowledge, the real classifier, a temporary store.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, talk

PALACES = ["location:qin_palace", "location:ming_qing_palace", "location:huaxia_culture_park",
           "location:yuanming_new_garden"]
FICTIONAL = ["location:qin_palace", "location:ming_qing_palace", "location:qingming_riverside",
             "location:dream_valley", "location:ming_qing_folk_houses"]


# -- a court drama that names palaces: every palace, in the file's order ------------------------
@pytest.mark.parametrize("lang, first, third", [
    ("en", "we're making a harem intrigue series, which of your sets have palace halls?", "the third one, what period?"),
    ("es", "hacemos una serie de intrigas palaciegas, ¿qué sets tienen palacios?", "¿el tercero de qué época es?"),
    ("zh", "我们拍宫斗剧，哪些景有宫殿？", "第三个是什么年代？"),
    ("ko", "궁중 암투 드라마인데 궁궐 있는 세트 어디예요?", "세 번째는 무슨 시대예요?"),
])
def test_court_drama_with_palaces_lists_every_palace_in_file_order(
        services: Services, lang: str, first: str, third: str) -> None:
    assert ask(services, lang, first).items == PALACES
    talk(services, lang, [(first, "list:locations?scene=palace"), (third, "location:huaxia_culture_park#eras")])


@pytest.mark.parametrize("lang, text", [("zh", "宫斗戏去哪个景拍"), ("en", "where would we film palace intrigue?")])
def test_court_intrigue_alone_still_lists_the_sets_built_for_it(services: Services, lang: str, text: str) -> None:
    items = ask(services, lang, text).items
    assert items[0] == "location:ming_qing_palace" and "location:qin_palace" not in items, items


# -- a genre beside an era does not reorder the era's sets -------------------------------------
@pytest.mark.parametrize("lang, first, fifth", [
    ("en", "a fantasy story in a fictional dynasty, which sets do you suggest?", "the fifth one, where is it?"),
    ("es", "una fantasía en una dinastía ficticia, ¿qué sets recomiendan?", "¿y el quinto dónde queda?"),
    ("zh", "架空王朝的玄幻剧，哪些景能拍？", "第五个在哪？"),
    ("ko", "가상 왕조 배경 판타지 사극, 어느 세트가 좋아요?", "다섯 번째는 어디 있어요?"),
])
def test_fictional_world_sets_count_in_file_order_beside_a_genre(
        services: Services, lang: str, first: str, fifth: str) -> None:
    # (the first page of the eight, in file order; the list remembered is all eight: fixD8's "more")
    assert ask(services, lang, first).items[:5] == FICTIONAL
    talk(services, lang, [(first, "list:locations?era=ancient_fictional"),
                          (fifth, "location:ming_qing_folk_houses#address")])


# -- built or open yet: the set's status ---------------------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "are the Western sets done yet?"), ("en", "the foreign sets at Hengdian, up yet or still going up?"),
    ("en", "international street sets: finished yet?"),
    ("es", "¿ya terminaron los sets internacionales?"), ("es", "los decorados internacionales, ¿ya los abrieron?"),
    ("es", "¿ya acabaron de construir los sets occidentales?"),
    ("zh", "国际场景建好了吗"), ("zh", "海外场景开门了没"), ("zh", "國際街景開了沒"),
    ("ko", "해외 세트 문 열었어요?"), ("ko", "국제 세트장 완공됐어요?"), ("ko", "해외 배경 세트 오픈했나요?"),
])
def test_built_or_open_yet_is_the_sets_status(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "location:international_sets#status")])


@pytest.mark.parametrize("lang, listing, third", [
    ("en", "which sets have indoor spaces?", "is the third one open for business yet?"),
    ("zh", "哪些景有室内可以拍", "第三个开门了吗？"),
    ("ko", "실내 촬영 되는 세트 어디 있어요?", "세 번째는 문 열었나요?"),
])
def test_the_third_set_open_yet_is_its_status(services: Services, lang: str, listing: str, third: str) -> None:
    talk(services, lang, [(listing, "list:locations?scene=interior"), (third, "location:international_sets#status")])


def test_an_exact_name_inside_a_merged_window_is_that_name(services: Services) -> None:
    reply = ask(services, "en", "tell me about the international sets at Hengdian")
    assert (reply.answer or "").startswith("location:international_sets"), reply.answer


# -- a casting asked of the set in focus: the event held there ---------------------------------
@pytest.mark.parametrize("lang, about, when", [
    ("en", "what are the international sets?", "when is the audition there?"),
    ("es", "¿qué son los sets internacionales?", "¿cuándo son las audiciones ahí?"),
    ("zh", "国际场景是什么", "那边选角在哪天？"),
    ("ko", "해외 세트가 뭐예요?", "오디션은 언제 해요?"),
])
def test_a_casting_asked_of_the_set_in_focus_is_its_event(services: Services, lang: str, about: str, when: str) -> None:
    talk(services, lang, [(about, "location:international_sets"),
                          (when, "event:international_sets_casting_day_2027#date")])


# -- a visit of the sets asked to be arranged: the team, no list -------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "could you arrange a site visit for our DP in March?"),
    ("en", "can you set up a recce for us next week? and how are the set fees worked out?"),
    ("es", "¿nos organizan un recorrido por los sets el lunes?"),
    ("zh", "能不能安排我们月底去看景？租场地怎么收费？"),
    ("ko", "세트 답사 일정 좀 잡아 주세요"),
])
def test_a_visit_to_arrange_is_an_honest_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")])


# -- a story told before the question is what the question asks about ---------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "hey there! we're writing a 1930s spy thriller set partly in old Shanghai. which sets suit that?"),
    ("es", "hola! estamos preparando un thriller de espías de los años 30 ambientado en Shanghái. ¿qué sets nos sirven para eso?"),
])
def test_a_story_told_after_a_greeting_is_kept_with_the_question(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "list:locations?era=republican")])
    assert reply.items[0] == "location:guangzhou_hongkong_street", reply.items


@pytest.mark.parametrize("lang, event, opened", [
    ("zh", "选角日是哪天", "开了没？"), ("ko", "캐스팅 데이 언제예요?", "문 열었어요?"), ("en", "when is the casting day?", "is it open yet?"),
])
def test_opened_yet_of_an_event_is_whether_it_has_happened(services: Services, lang: str, event: str, opened: str) -> None:
    talk(services, lang, [(event, "event:international_sets_casting_day_2027#date"),
                          (opened, "event:international_sets_casting_day_2027#status")])
