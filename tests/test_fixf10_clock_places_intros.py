"""Time differences, whose city, self-introductions and a general list after a topic (fixF10):

- a time difference asked with a place ("how far behind Hengdian is Lisbon?", "¿cuántas horas de
  diferencia hay con Quito?", "我在曼谷，跟北京差几个小时", "도쿄랑 헝뎬 시차가 있나요?") is the hours
  between first, then both clocks; the zone is never set to Hengdian's;
- a story's setting or a partner's office ("la historia transcurre en Viena", "we have partners in
  Berlin") is no zone of the partner's; of two places, "the second one" they are based in is theirs;
- a US city by its own name beside "in" ("I'm in Austin") is a place; a renamed zone's city is
  named in Chinese (仰光, not "Yangon");
- the writer's country after their city, their studio's nationality or who they are does not
  replace what they ask or want;
- "what events do you have next year?" after a stage's answer is the calendar.

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from bot.context import Services
from core.i18n_format import zone_city
from intents.inquiry_words import wants_inquiry
from intents.timezones import mentioned_zone, zone_said
from tests.dialogue import new_chat
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("lang,say,words", [
    ("en", "how many hours behind Hengdian is Lisbon?", ["8 hours ahead of Lisbon"]),
    ("en", "time difference between Nairobi and Beijing?", ["5 hours ahead of Nairobi"]),
    ("es", "¿cuántas horas de diferencia hay con Quito?", ["13 horas más que en Quito"]),
    ("zh", "我在曼谷，跟北京差几个小时", ["比曼谷快1小时"]),
    ("ko", "도쿄랑 헝뎬 시차가 있나요?", ["도쿄보다 1시간 느립니다"]),
    ("zh", "我在香港，跟横店有时差吗", ["没有时差"]),
])
def test_time_difference_with_a_place(services: Services, lang, say, words) -> None:
    reply = talk(services, lang, [(say, "clock:difference")])
    first = reply.text.splitlines()[0]
    assert all(w in first for w in words), reply.text
    assert len(reply.text.splitlines()) >= 2  # the clocks follow


def test_time_difference_never_sets_hengdian_as_the_partners_zone(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="zh")
    services.brain.reply_to_text(chat, "我人在曼谷，跟横店有没有时差？", services.store.profile(chat))
    assert (services.store.profile(chat).timezone or "") != "Asia/Shanghai"


@pytest.mark.parametrize("say,zone", [
    ("somos de Quito y la historia transcurre en Viena, qué sets tienen?", "America/Guayaquil"),
    ("nuestra serie está ambientada en Praga", None),
    ("a heist comedy set in Vienna, which street would fit?", None),
    ("故事发生在罗马，有合适的街景吗", None),
    ("로마가 배경인 작품인데 세트 있나요", None),
    ("tenemos socios en Berlín, ¿qué eventos hay?", None),
    ("we have partners in Berlin and Rome", None),
    ("our offices are in Seoul and Tokyo and I'm based in the first one", "Asia/Seoul"),
    ("tenemos oficina en Lima y Bogotá, yo estoy en la segunda", "America/Bogota"),
    ("I'm in Austin this week", "America/Chicago"),
    ("Austin here, from Lagos", "Africa/Lagos"),
])
def test_only_the_partners_own_place_is_their_zone(say, zone) -> None:
    assert zone_said(say) == zone


def test_a_story_setting_is_no_clock() -> None:
    assert mentioned_zone("una historia que pasa en Viena") is None


def test_a_renamed_zones_city_in_chinese() -> None:
    assert zone_city(ZoneInfo("Asia/Rangoon"), "zh") == "仰光"
    assert zone_city(ZoneInfo("Asia/Yangon"), "zh") == "仰光"


@pytest.mark.parametrize("say", [
    "we're a Ghanaian production house and want to distribute your titles in Francophone Africa",
    "我们是曼谷一家发行公司，想代理贵司的短剧到泰国",
])
def test_who_they_are_keeps_the_wish(say) -> None:
    assert wants_inquiry(say) == "distribute"


@pytest.mark.parametrize("lang,turns", [
    ("es", [("hola, soy Andrés de una productora de Cali, Colombia. ¿Qué es HISDA?", ["faq:what_is_hisda", "program:hisda*"])]),
    ("es", [("buenas, somos de una productora en Quito y queremos rodar microdramas verticales en Hengdian",
             "faq:incentives")]),
    ("en", [("do you have a virtual production stage?", "*"),
            ("ok, what events do you have planned for next year?", "list:events*")]),
])
def test_the_question_after_who_they_are(services: Services, lang, turns) -> None:
    talk(services, lang, turns)
