"""Facts partners ask that the knowledge holds, and zh/ko kinds of mistake of answers20 (a read
set), each tried with wordings written for these tests:

- a title's episode length (`episode_minutes`), asked by length, duration or minutes words, of a
  title named or in focus, is that length first (its count after it); a count asked ("how many
  episodes and how long?") stays `#episodes`, whose answer says both;
- a set's kinds of scene (`scene_types`) asked, of a set named or in focus, are named first;
- an exact saving of an incentive asked ("能省多少，给个准数", "몇 퍼 깎아줘요") is an honest gap
  on its discount, not the incentives FAQ;
- "帮我直接联系X本人", "contact X herself for me": a handoff to that contact's desk;
- a switch of language announced before a colon ("sorry switching to English: and the last
  one?") answers the follow-up in that language.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


# -- an episode's length ----------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what's the runtime per episode of Vanished on Live?"),
    ("en", "Vanished on Live - how many minutes is an episode?"),
    ("es", "¿cuántos minutos dura cada episodio de Desaparecida en vivo?"),
    ("zh", "《直播失踪案》单集时长大概多少"),
    ("ko", "라이브 중 실종 회당 몇 분이에요?"),
])
def test_an_episode_length_asked_is_that_length_first(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "work:work_vanished_on_live#episode_minutes")])
    assert "1.5" in reply.text or "1,5" in reply.text


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("tell me about Grandma 2.0", "work:work_grandma_2_0"),
            ("and how long is each one?", "work:work_grandma_2_0#episode_minutes")]),
    ("es", [("háblame de Abuela 2.0", "work:work_grandma_2_0"),
            ("¿y cuánto dura cada capítulo?", "work:work_grandma_2_0#episode_minutes")]),
    ("zh", [("介绍一下《奶奶2.0》", "work:work_grandma_2_0"), ("那每集多久", "work:work_grandma_2_0#episode_minutes")]),
    ("ko", [("할머니 2.0 소개해 줘", "work:work_grandma_2_0"), ("러닝타임은요?", "work:work_grandma_2_0#episode_minutes")]),
])
def test_an_episode_length_of_the_title_in_focus(services: Services, lang: str, turns: list[tuple[str, str]]) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how many episodes does Grandma 2.0 have and how long is each?"),
    ("es", "¿cuántos capítulos tiene Abuela 2.0 y cuánto dura cada uno?"),
    ("zh", "《奶奶2.0》一共几集，每集多长"),
    ("ko", "할머니 2.0 몇 부작이고 한 회에 몇 분이에요?"),
])
def test_a_count_asked_with_the_length_stays_episodes(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "work:work_grandma_2_0#episodes")])
    assert "60" in reply.text and ("1.5" in reply.text or "1,5" in reply.text)


# -- a set's kinds of scene ---------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "scene"), [
    ("en", "which types of scenes suit the Qin Palace?", "Palace"),
    ("es", "¿qué clase de escenas se pueden rodar en el Palacio de Qin?", "alacio"),
    ("zh", "秦王宫适合拍哪类场景", "宫殿"),
    ("ko", "진왕궁은 무슨 장면 촬영할 수 있어요?", "궁궐"),
])
def test_a_sets_scene_types_are_named_first(services: Services, lang: str, text: str, scene: str) -> None:
    reply = talk(services, lang, [(text, "location:qin_palace#scene_types")])
    assert scene in reply.text.split("\n")[0]


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("tell me about Yuanming New Garden", "location:yuanming_new_garden*"),
            ("what sort of scenes could we do there?", "location:yuanming_new_garden#scene_types")]),
    ("zh", [("介绍一下圆明新园", "location:yuanming_new_garden*"), ("那边能拍啥场景", "location:yuanming_new_garden#scene_types")]),
    ("ko", [("원명신원 알려 주세요", "location:yuanming_new_garden*"),
            ("거기는 어떤 씬 찍기 좋아요?", "location:yuanming_new_garden#scene_types")]),
])
def test_the_scene_types_of_the_set_in_focus(services: Services, lang: str, turns: list[tuple[str, str]]) -> None:
    talk(services, lang, turns, fits)


# -- an exact saving of an incentive ----------------------------------------------------------------
@pytest.mark.parametrize(("lang", "turns"), [
    ("zh", [("介绍一下竖屏短剧专项扶持政策", "incentive:short_drama_cost_reduction"), ("到底能便宜多少？报个准数", "gap:*")]),
    ("ko", [("세로형 숏드라마 지원 정책 알려줘", "incentive:short_drama_cost_reduction"),
            ("정확히 몇 퍼센트 할인돼요?", "gap:*")]),
    ("es", [("cuéntame del incentivo de microdramas verticales", "incentive:short_drama_cost_reduction"),
            ("¿y cuánto nos ahorramos, la cifra exacta?", "gap:*")]),
])
def test_an_exact_saving_asked_is_an_honest_gap(services: Services, lang: str, turns: list[tuple[str, str]]) -> None:
    talk(services, lang, turns, fits)


# -- put through to the person named ----------------------------------------------------------------
@pytest.mark.parametrize(("lang", "turns"), [
    ("zh", [("Mary Lynn是谁", ["contact:dalynn_studio*", "partner:dalynn_studio*"]),
            ("麻烦替我直接联系她本人，谢谢", ["handoff", "handoff:dalynn_studio"])]),
    ("zh", [("帮我马上联络秘书处", ["handoff", "handoff:hisda_secretariat"])]),
    ("en", [("who is Mary Lynn?", ["contact:dalynn_studio*", "partner:dalynn_studio*"]),
            ("please reach out to Mary Lynn herself for me", ["handoff", "handoff:dalynn_studio"])]),
])
def test_contact_the_person_herself_hands_off(services: Services, lang: str, turns: list[tuple[str, object]]) -> None:
    talk(services, lang, turns, fits)  # type: ignore[arg-type]


# -- a language switch announced before a colon ------------------------------------------------------
@pytest.mark.parametrize(("lang", "say", "switch"), [
    ("zh", "sorry, switching to English: what period is the last one?", "en"),
    ("ko", "죄송한데 중국어로 할게요: 마지막 거는 무슨 시대예요?", "zh"),
])
def test_a_switch_announced_before_a_colon_answers_the_follow_up(services: Services, lang: str, say: str,
                                                                 switch: str) -> None:
    first = {"zh": "清朝的景有哪些", "ko": "청나라 세트 뭐 있어요?"}[lang]
    reply = talk(services, lang, [(first, "list:locations?era=qing"), (say, "location:yuanming_new_garden#era")])
    assert reply.lang == switch


# -- the procedure walked, its name said before ---------------------------------------------------
@pytest.mark.parametrize("text", ["我们想申请拍摄支持，这个流程怎么走", "拍摄支持要咋走流程"])
def test_the_procedure_walked_is_how_to_apply(services: Services, text: str) -> None:
    talk(services, "zh", [(text, "incentive:shoot_request_procedure#how_to_apply")])


# -- the title in focus set aside for a question in general ----------------------------------------
@pytest.mark.parametrize(("lang", "turns"), [
    ("zh", [("悬疑剧有哪些", "list:works?genre=mystery"), ("第二部讲什么", "work:*#logline"),
            ("这部先不谈，一般来说你们片单里的剧怎么买版权、怎么合作", "faq:coproduce_catalog_title")]),
    ("ko", [("미스터리 작품 보여줘", "list:works?genre=mystery"), ("두 번째 거 줄거리요", "work:*#logline"),
            ("그건 그렇고 카탈로그 작품 판권은 보통 어떤 절차로 사요?", "faq:coproduce_catalog_title")]),
])
def test_the_title_in_focus_set_aside_asks_in_general(services: Services, lang: str, turns: list[tuple[str, str]]) -> None:
    talk(services, lang, turns, fits)
