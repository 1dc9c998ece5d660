"""Telegram play kinds of round 18 (fixD11, play14's kinds 1, 5, 6, 8, 9, 10, 12, 16, 17, 19):

- a physical feature asked of a set with a yes/no after an ordinal, by name or in focus ("does the
  third one have a lake?"): yes from the set's description, else "the card doesn't mention it",
  who can tell, and the sets whose descriptions do name it — never the whole card unanswered;
  a lake set asked with nothing in focus: the sets whose cards name a lake, then the riverside ones;
- an ordinal with "genre" after a title list (ko "두 번째 거 장르"): that title's genres;
- who made a title, and whether that company is a member: not published, the title kept in focus;
- "is Hengdian good to shoot an urban drama?" (zh "横店适合拍…吗"): the sets, not the titles;
- a genre the taxonomy does not hold, asked yes/no of a title: "No" and its genres;
- "send the location" with nothing in focus: Hengdian's address and a 📍 button per set;
- what a programme is: its card (no "Yes." of a FAQ), and the way to use it not published.

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import labels, say

PALACES = {"en": "which sets work for a palace intrigue story?", "es": "¿qué sets van bien para una historia de intriga palaciega?",
           "zh": "拍宫斗剧用哪些景？", "ko": "궁중 암투극 찍을 만한 세트 알려 주세요"}


@pytest.mark.parametrize("lang,ask", [
    ("en", "and the second, has it got a lake?"),
    ("es", "¿y la segunda tiene algún lago?"),
    ("zh", "那第二个有湖吗"),
    ("ko", "두 번째 세트는 호수도 있나요?"),
])
def test_feature_told_by_the_picked_sets_description(services: Services, lang, ask) -> None:
    listed, reply = say(services, lang, PALACES[lang], ask)
    assert listed.answer.startswith("list:locations")
    assert reply.answer == "location:yuanming_new_garden"
    first = reply.text.split("\n")[0]
    assert first.startswith(("Yes", "Sí", "有", "네"))
    assert ("Period" not in reply.text) and ("时代背景" not in reply.text)  # not the whole card


@pytest.mark.parametrize("lang,ask,said,elsewhere", [
    ("en", "the first of those, does it have a lake?", "doesn't mention", "Yuanming New Garden"),
    ("es", "¿la primera tiene lago?", "no menciona", "Nuevo Jardín Yuanming"),
    ("zh", "第一个带湖吗？有没有湖", "没有提到", "圆明新园"),
    ("ko", "첫 번째 세트에 호수 있어요?", "언급이 없습니다", "원명신원"),
])
def test_feature_not_on_the_card_says_so_with_who_and_where(services: Services, lang, ask, said, elsewhere) -> None:
    reply = say(services, lang, PALACES[lang], ask)[-1]
    assert reply.answer == "location:ming_qing_palace"
    assert said in reply.text.split("\n")[0]
    assert "international.business@" in reply.text
    assert elsewhere in reply.text


@pytest.mark.parametrize("lang,lines", [
    ("en", ["tell me about Guangzhou Street", "any tram tracks there?"]),
    ("zh", ["介绍一下广州街香港街", "那边有没有电车？"]),
])
def test_feature_of_the_set_in_focus(services: Services, lang, lines) -> None:
    reply = say(services, lang, *lines)[-1]
    assert reply.answer == "location:guangzhou_hongkong_street"
    assert ("doesn't mention" in reply.text) or ("没有提到" in reply.text)


@pytest.mark.parametrize("lang,ask", [
    ("en", "got any set with a lake? we need a rowing boat scene"),
    ("es", "¿tienen algún set con un lago? es para una escena en bote"),
    ("zh", "有没有带湖的景？有场划船戏"),
    ("ko", "호수가 있는 세트도 있나요? 보트 장면이 있어서요"),
])
def test_lake_set_with_nothing_in_focus(services: Services, lang, ask) -> None:
    reply = say(services, lang, ask)[-1]
    first = reply.text.split("\n")[0]
    assert any(name in first for name in ("Yuanming", "圆明新园", "원명신원"))
    assert "virtual" not in first.lower() and "虚拟" not in first


@pytest.mark.parametrize("lang,lines,title", [
    ("ko", ["스페인어 버전 있는 작품 있어요?", "세 번째 거 장르가 뭐죠"], "work_canton_nocturne"),
    ("ko", ["한국어 버전 있는 작품 목록 보여 주세요", "두 번째 장르 알려 주세요"], None),
])
def test_ordinal_genre_on_a_title_list(services: Services, lang, lines, title) -> None:
    listed, reply = say(services, lang, *lines)
    assert listed.answer.startswith("list:works")
    assert reply.answer.startswith("work:") and reply.answer.endswith("#genres")
    if title:
        assert reply.answer == f"work:{title}#genres"


@pytest.mark.parametrize("lang,lines,said", [
    ("en", ["tell me about Canton Nocturne", "is the production company behind it a member of HISDA?"], "doesn't say who produced"),
    ("es", ["háblame de Nocturno en Cantón", "¿y su productora forma parte de la HISDA?"], "no dice qué productora"),
    ("zh", ["介绍一下《羊城夜曲》", "这部的制作方是联盟会员吗"], "出品方"),
    ("ko", ["광저우 야상곡 소개해 주세요", "이 작품 제작사도 HISDA 회원사예요?"], "제작사"),
])
def test_title_maker_membership_not_published(services: Services, lang, lines, said) -> None:
    replies = say(services, lang, *lines, {"en": "can we co-produce it?", "es": "¿se puede coproducir?",
                                           "zh": "这部能合拍吗", "ko": "이거 공동제작 돼요?"}[lang])
    assert replies[0].answer.startswith("work:work_canton_nocturne")
    assert replies[1].answer.startswith("gap:")
    assert said in replies[1].text.split("\n")[0]
    assert replies[2].answer == "work:work_canton_nocturne#coproduction"  # the title stayed in focus


@pytest.mark.parametrize("lang,ask", [
    ("zh", "横店能拍都市剧吗"),
    ("ko", "헝뎬에서 도시극 촬영할 수 있나요?"),
])
def test_shooting_a_genre_in_hengdian_asks_the_sets(services: Services, lang, ask) -> None:
    reply = say(services, lang, ask)[-1]
    assert reply.answer.startswith("list:locations")


@pytest.mark.parametrize("lang,lines,no", [
    ("en", ["show me your comedies", "is the second one horror?"], "No"),
    ("es", ["muéstrame las comedias", "¿la segunda es de terror?"], "No"),
    ("zh", ["有哪些喜剧", "第二部是恐怖题材吗？"], "不是"),
    ("ko", ["코미디 작품 보여 주세요", "두 번째 작품은 공포물인가요?"], "아니요"),
])
def test_genre_outside_the_taxonomy_is_a_no(services: Services, lang, lines, no) -> None:
    reply = say(services, lang, *lines)[-1]
    assert reply.answer.endswith("#genres")
    assert reply.text.startswith(no)


@pytest.mark.parametrize("lang,ask", [
    ("en", "can you send me the location pin?"),
    ("es", "pásame la ubicación porfa"),
    ("zh", "把位置发我一下"),
    ("ko", "위치 좀 찍어 주세요"),
])
def test_send_the_location_with_nothing_in_focus(services: Services, lang, ask) -> None:
    reply = say(services, lang, ask)[-1]
    assert reply.answer == "faq:how_to_reach_hengdian"
    assert ("Dongyang" in reply.text) or ("东阳" in reply.text) or ("둥양" in reply.text)
    assert sum(label.startswith("📍") for label in labels(reply)) >= 5


@pytest.mark.parametrize("lang,ask,first", [
    ("en", "what exactly is the A.R.C system, and how can we use it on our shoot?", "A.R.C"),
    ("es", "¿qué es eso del sistema A.R.C y cómo lo usamos?", "A.R.C"),
    ("zh", "A.R.C系统是干什么的？我们怎么使用？", "A.R.C"),
    ("ko", "A.R.C 시스템이 뭔가요? 저희는 어떻게 이용해요?", "A.R.C"),
])
def test_what_a_programme_is_then_access(services: Services, lang, ask, first) -> None:
    reply = say(services, lang, ask)[-1]
    assert reply.answer == "program:arc_system"
    assert not reply.text.startswith(("Yes", "Sí", "네", "是的"))
    assert first in reply.text.split("\n")[0]
    assert "secretariat@" in reply.text  # who can tell how to use it
