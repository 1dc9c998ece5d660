"""Two asks answered first ask first, a title's story, the era's sets, a colleague's title (fixF11):

- a title's story asked, then who handles it, in one message: the story first (its key), then
  its co-production line with the team's card, not the card alone;
- "what is <title> and can we license it?": the story first, then the deal;
- "tell me about <title>" / "contadme de la tercera": the story leads the card (`#logline`);
- "can we make this one together?" of a title is its co-production status;
- Cantonese "点加入？" after "what is it?" is a question of its own (both answered);
- a court drama of a named era lists every set of that era in the file's order, the sets
  listed for court intrigue named first in the heading (the same list in every language);
- whether a crew from abroad may film in the streets of the set in focus is the filming FAQ;
- "the one my colleague asked about" after a message in another language is that title;
- "who's the person to talk to there?" after the Spanish-audiences answer is its team;
- "can we see the international sets that day?" is keyed by the set's status.

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, last_reply, replies

PALACE, STREETS, FOLK, YUANMING = ("location:ming_qing_palace", "location:guangzhou_hongkong_street",
                                   "location:ming_qing_folk_houses", "location:yuanming_new_garden")


@pytest.mark.parametrize("lang,say", [
    ("en", "What's Canton Nocturne about, and who looks after it?"),
    ("es", "¿De qué trata Nocturno en Cantón? ¿Y quién la lleva?"),
    ("zh", "羊城夜曲讲的是什么？谁负责这部？"),
    ("ko", "광저우 야상곡은 어떤 내용이에요? 담당은 누구예요?"),
])
def test_story_then_who_handles_it(services: Services, lang: str, say: str) -> None:
    reply = ask(services, lang, say)
    assert reply.answer == "work:work_canton_nocturne#logline"
    assert "international.business@example.com" in reply.text  # the second ask answered too


@pytest.mark.parametrize("lang,say", [
    ("en", "what is The Ancestral Hall and could we license it?"),
    ("es", "¿qué es El salón de los ancestros y se puede licenciar?"),
])
def test_what_is_a_title_and_the_deal(services: Services, lang: str, say: str) -> None:
    reply = ask(services, lang, say)
    assert reply.answer == "work:work_ancestral_hall#logline"
    assert "secretariat@hisda.example.com" in reply.text


@pytest.mark.parametrize("lang,lines", [
    ("en", ["any mystery dramas?", "tell me about the third one"]),
    ("es", ["¿tienen series de misterio?", "contanos de la tercera"]),
    ("zh", ["有悬疑剧吗？", "介绍一下第三部"]),
    ("ko", ["미스터리 작품 있어요?", "세 번째 작품 소개해 주세요"]),
])
def test_tell_me_about_a_title_leads_with_its_story(services: Services, lang: str, lines: list[str]) -> None:
    reply = last_reply(services, lang, lines)
    assert reply.answer == "work:work_canton_nocturne#logline"
    first = reply.text.split("\n")[0]
    assert len(first) > 40  # the story line, not the bare title


@pytest.mark.parametrize("lang,lines", [
    ("en", ["any mystery dramas?", "the third one", "can we make this one together?"]),
    ("es", ["¿tienen series de misterio?", "la tercera", "¿la podemos producir juntos?"]),
    ("zh", ["有悬疑剧吗？", "第三部", "这部能一起制作吗？"]),
    ("ko", ["미스터리 작품 있어요?", "세 번째 거요", "이 작품 함께 만들 수 있을까요?"]),
])
def test_making_it_together_is_its_coproduction(services: Services, lang: str, lines: list[str]) -> None:
    assert last_reply(services, lang, lines).answer == "work:work_canton_nocturne#coproduction"


def test_cantonese_how_to_join_is_a_question_of_its_own(services: Services) -> None:
    reply = ask(services, "zh", "HISDA系乜嘢组织嚟？点加入？")
    assert reply.answer in ("faq:what_is_hisda", "program:hisda")  # what it is, first
    assert "秘书处" in reply.text  # how to join, answered too


@pytest.mark.parametrize("lang,say", [
    ("en", "Our script is a Qing court drama full of concubines. Which sets?"),
    ("es", "Preparamos un drama cortesano de la dinastía Qing, ¿qué sets nos recomiendan?"),
    ("zh", "我们要拍清朝的宫斗剧，有哪些景？"),
    ("ko", "청나라 궁중 암투극을 준비 중인데 세트 어디 있어요?"),
])
def test_an_eras_court_drama_lists_every_set_of_the_era(services: Services, lang: str, say: str) -> None:
    reply = ask(services, lang, say)
    assert reply.answer.startswith("list:locations") and "era=qing" in reply.answer
    assert list(reply.items) == [PALACE, STREETS, FOLK, YUANMING]  # the file's order
    heading = reply.text.split("\n")[0]
    assert heading.index("<b>") >= 0  # the court-intrigue sets named first, in bold


@pytest.mark.parametrize("lang,lines", [
    ("en", ["Qing dynasty sets?", "the second one", "would anyone object if a foreign crew filmed in those streets?"]),
    ("zh", ["清代的景有哪些？", "第二个", "老外去那边取景要不要专门审批？"]),
    ("ko", ["청나라 세트 있어요?", "두 번째요", "외국 제작팀도 거기서 찍어도 된대요?"]),
])
def test_foreign_crew_in_the_streets_in_focus(services: Services, lang: str, lines: list[str]) -> None:
    assert last_reply(services, lang, lines).answer == "faq:can_foreign_crews_film"


@pytest.mark.parametrize("lang,lines", [
    ("en", ["any comedies?", "what's the fourth one about?", "¿Y esa serie de qué va? Soy la productora de Pablo.",
            "and the first?", "how many episodes?", "ok, the one my business partner asked about: who handles it?"]),
    ("es", ["¿qué comedias hay?", "¿de qué va la cuarta?", "What's that one about? I'm her co-producer in Dublin.",
            "¿y la primera?", "¿cuántos capítulos tiene?", "Lo que consultó mi colega, ¿quién lo lleva?"]),
    ("zh", ["有喜剧吗？", "第四部讲什么？", "What's that one about? I'm his partner in Toronto.",
            "第一部呢？", "有几集？", "我同事刚刚问的那部是谁负责的？"]),
    ("ko", ["코미디 있어요?", "네 번째는 무슨 내용이에요?", "What's that one about? I'm her partner in Sydney.",
            "첫 번째는요?", "몇 부작이에요?", "제 파트너가 물어본 작품 말인데요, 담당이 누구예요?"]),
])
def test_the_title_my_colleague_asked_about(services: Services, lang: str, lines: list[str]) -> None:
    said = replies(services, lang, lines)
    assert said[2].answer == "work:work_fencer_in_jianghu#logline"
    assert said[3].answer == "work:work_siesta_not_included#logline"  # (Dalynn Studio's title)
    # the colleague's title's team (International Business), not the one in focus before it
    assert said[-1].answer.startswith("contact:international_business")


def test_the_person_to_talk_to_after_the_spanish_audiences_answer(services: Services) -> None:
    reply = last_reply(services, "en", ["any pitch event for Latin American producers?",
                                        "can your partners get our shows to Spanish-speaking audiences?",
                                        "who's the right person to talk to about that?"])
    assert reply.answer.startswith("contact:dalynn_studio")


@pytest.mark.parametrize("lang,lines", [
    ("en", ["when's the foreign actor casting day?", "can we get a look at the international sets that day?"]),
    ("es", ["¿cuándo es el casting de actores extranjeros?", "¿ese día podemos recorrer los sets internacionales?"]),
])
def test_seeing_an_unbuilt_set_is_its_status(services: Services, lang: str, lines: list[str]) -> None:
    assert last_reply(services, lang, lines).answer == "location:international_sets#built"
