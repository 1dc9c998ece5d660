"""Kinds of answers26's questions about sets (fix30b), each in the four languages:

- "which set for <scene / era / genre>?" is the filtered list whatever the count: one set found is
  a list of one opened by the one-set line, not that set's card;
- "what else can we shoot there besides streets?" of a listed set asks its scene types, and the
  elliptical "and the fourth?" asks the same fact of the next item;
- a period we have sets for ("Reinos Combatientes") is that period's list; a period or setting we
  have none for (a Joseon palace) is the guide to choosing a set, also with a set in focus;
- "old-timey", "old-fashioned", "period" streets (and "calles viejas", "古风街", "옛날 길거리")
  are the sets with ancient streets.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.entities import EntityIndex, Term
from tests.dialogue import talk

STREET_LIST = "list:locations?scene=street"


@pytest.mark.parametrize(("lang", "say", "expect", "only"), [
    ("en", "got anywhere for a huge siege scene? which set", "list:locations?scene=battlefield", "location:qin_palace"),
    ("en", "which location do you have for a Han dynasty piece?", "list:locations?era=han", "location:qin_palace"),
    ("en", "where could we film scenes at night?", "list:locations?scene=night_scene", "location:dream_valley"),
    ("es", "¿dónde grabamos una escena de batalla con asedio? ¿qué set?", "list:locations?scene=battlefield",
     "location:qin_palace"),
    ("es", "¿qué decorado tienen de la dinastía Song?", "list:locations?era=song", "location:qingming_riverside"),
    ("es", "¿qué locación sirve para una serie de espías?", "list:locations?genre=spy", "location:guangzhou_hongkong_street"),
    ("zh", "要拍攻城打仗的大场面，去哪个景？", "list:locations?scene=battlefield", "location:qin_palace"),
    ("zh", "宋朝的戏在哪个景拍", "list:locations?era=song", "location:qingming_riverside"),
    ("ko", "공성전 같은 전투 장면 찍을 만한 세트 있어요?", "list:locations?scene=battlefield", "location:qin_palace"),
    ("ko", "한나라 배경 촬영 가능한 세트 어디예요?", "list:locations?era=han", "location:qin_palace"),
])
def test_one_set_for_a_filter_is_a_list_of_one(services: Services, lang: str, say: str, expect: str,
                                               only: str) -> None:
    reply = talk(services, lang, [(say, expect)])
    assert reply is not None and reply.answer == expect and reply.items == [only]
    lead = t("locations_only_match", lang, what="\0").split("\0")[0]
    assert reply.text.splitlines()[0].startswith(lead), reply.text


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("any sets with old streets?", STREET_LIST),
            ("number three, what else could we film there apart from streets?", "location:dream_valley#scene_types"),
            ("and number four?", "location:ming_qing_folk_houses#scene_types")]),
    ("es", [("¿qué sets tienen calles antiguas?", STREET_LIST),
            ("el tercero, ¿qué otras escenas se pueden grabar ahí?", "location:dream_valley#scene_types"),
            ("¿y el cuarto?", "location:ming_qing_folk_houses#scene_types")]),
    ("zh", [("哪些景有古街？", STREET_LIST),
            ("第三个景除了街还能拍什么", "location:dream_valley#scene_types"),
            ("那第四个呢", "location:ming_qing_folk_houses#scene_types")]),
    ("ko", [("옛 거리 있는 세트 어디어디예요?", STREET_LIST),
            ("세 번째는 거리 말고 뭐 찍을 수 있어요?", "location:dream_valley#scene_types"),
            ("네 번째 세트는요?", "location:ming_qing_folk_houses#scene_types")]),
])
def test_other_scenes_of_a_listed_set_and_the_next_one(services: Services, lang: str,
                                                       turns: list[tuple[str, str]]) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "Which backlots work for the Warring States period?"),
    ("es", "¿Qué sets nos sirven para el periodo de los Reinos Combatientes?"),
    ("zh", "战国时期的戏能用哪些景？"),
    ("ko", "전국시대 배경으로 쓸 수 있는 세트는 어디예요?"),
])
def test_a_period_we_have_sets_for_is_its_list(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "list:locations?era=warring_states")])


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("which sets have palaces?", "list:locations?scene=palace"),
            ("the first one's address?", "location:qin_palace#address"),
            ("our plot is in a Joseon-era Korean palace, which of your sets could pass for that?", "faq:which_set")]),
    ("es", [("¿qué sets tienen palacios?", "list:locations?scene=palace"),
            ("¿y la dirección del primero?", "location:qin_palace#address"),
            ("la historia pasa en un palacio de Joseon, ¿cuál de sus sets sirve pa eso?", "faq:which_set")]),
    ("zh", [("哪些景有宫殿？", "list:locations?scene=palace"),
            ("第一个地址在哪", "location:qin_palace#address"),
            ("我们的戏讲朝鲜李氏王朝的宫廷，哪个景能改成韩式宫殿？", "faq:which_set")]),
    ("ko", [("궁궐 있는 세트 어디어디예요?", "list:locations?scene=palace"),
            ("첫 번째 주소는요?", "location:qin_palace#address"),
            ("저희는 조선시대 궁궐 이야기인데 어느 세트가 맞을까요?", "faq:which_set")]),
])
def test_a_period_we_have_no_set_for_is_the_guide(services: Services, lang: str,
                                                  turns: list[tuple[str, str]]) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "which sets got old-timey streets"), ("en", "any old-fashioned streets we could shoot on?"),
    ("en", "which sets have period streets?"),
    ("es", "¿tienen sets con calles viejas?"), ("es", "¿cuál set nos conviene para calles de época?"),
    ("zh", "有没有古风街道可以拍"), ("zh", "仿古街的景有哪些"),
    ("ko", "옛날 길거리 찍을 수 있는 세트?"), ("ko", "고풍스러운 거리 있는 세트 있어요?"),
])
def test_old_streets_are_the_ancient_street_sets(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, STREET_LIST)])


def test_a_merged_word_window_leaves_out_grammar_only() -> None:
    index = EntityIndex.build([Term("era", "three_kingdoms", "es", "periodo de los Tres Reinos"),
                               Term("era", "warring_states", "es", "Reinos Combatientes"),
                               Term("location", "qin_palace", "es", "Palacio de Qin")], months=False)
    found = {(e.kind, e.id) for e in index.find("el periodo de los Reinos Combatientes y el Palacio Qin")}
    assert found == {("era", "warring_states"), ("location", "qin_palace")}
