"""Kinds left by answer set 15, each in fresh wordings of our own; the set's own lines are never
copied here:

- semi-classical Chinese (古风 / 文言) of costume-drama writers: 敢问, 贵方, 可有, 何人, 何事, 属何,
  几何, 彼处, 此剧, 共计, 所述, 时辰, 引荐…之人 read as modern Mandarin, while 任何人, 几何学 and
  可有可无 keep their own meaning;
- a story set in a dynasty (or in one not yet 敲定 / 确定) asks which set fits it;
- 落 + an arrival city is "land at", and an Indonesian "Pak" opens the message;
- Korean: an interpreter on set (통역 with no particle), a broadcaster abroad buying a title's rights, "싸게 먹혀요"."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import standard_words
from tests.dialogue import fits, talk


@pytest.mark.parametrize("written,modern", [
    ("敢问贵方可有喜剧之作", "请问你们有没有喜剧作品"),
    ("第三部属何类型", "第三部是什么类型"),
    ("此剧该与何人商谈", "这部剧该与谁商谈"),
    ("第一部所述何事", "第一部讲的是什么"),
    ("我司欲入联盟，岁费几何", "我司欲入联盟，年费多少"),
    ("烦请引荐负责入盟之人", "请帮我联系负责入盟的人"),
])
def test_classical_function_words_read_as_modern(written: str, modern: str) -> None:
    assert standard_words(written) == modern


@pytest.mark.parametrize("text", ["任何人都可以申请吗", "这个景的几何结构很特别", "字幕可有可无", "任何事都可以问吗"])
def test_modern_words_sharing_those_characters_stay(text: str) -> None:
    assert standard_words(text) == text


def test_a_classical_catalog_conversation(services: Services) -> None:
    talk(services, "zh", [
        ("敢问贵方可有喜剧之作", "list:works?genre=comedy"),
        ("其中第二部共计多少集", "work:*#episodes"),
        ("第三部属何类型", "work:*#genres"),
        ("此剧该与何人商谈", ["work:*", "contact:*"]),
        ("彼处几时办公", "contact:*#hours"),
        ("第一部所述何事", "work:*#logline"),
    ], fits=fits)


@pytest.mark.parametrize("text,expect", [
    ("我司欲入联盟，岁费几何", "gap:hisda_secretariat"),
    ("敢问秘书处办公时辰", "contact:hisda_secretariat#hours"),
    ("烦请引荐负责入盟之人", ["handoff", "handoff:*"]),
])
def test_classical_membership_questions(services: Services, text: str, expect) -> None:
    talk(services, "zh", [(text, expect)], fits=fits)


@pytest.mark.parametrize("lang,text,expect", [
    ("zh", "剧本讲的是大宋年间的故事，横店何处布景最为相宜", "faq:which_set"),
    ("zh", "Pak，我们从泗水飞过来，落萧山还是落义乌好，之后怎么去横店", "faq:how_to_reach_hengdian"),
    ("ko", "한국에서 찍는 거보다 헝뎬이 더 싸게 먹혀요?", "faq:costs"),
    ("ko", "현장에 통역 붙여 주시나요, 아니면 저희가 통역사를 데려가요?", "faq:languages"),
    ("ko", "촬영장에 통역 있나요? 없으면 저희가 데려갈게요", "faq:languages"),
    ("zh", "我们的古装戏朝代还没确定，推荐看哪几个景", "faq:which_set"),
    ("ko", "태국 방송사인데 중국 숏드라마 방영권을 살 수 있나요?", "faq:coproduce_catalog_title"),
])
def test_answers15_kinds(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)], fits=fits)
