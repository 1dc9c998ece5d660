"""Misread questions of play32 (fixH23), in the four languages with sentences of our own:

- services on the set for a crew from elsewhere: the on-site services, not the list of sets;
- the latest announcement asked while none has gone out (the delivery ledger holds none): said so,
  with the next event, not every coming event as if it were news.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import ask

SERVICES_ON_SET = [
    ("en", "what services do you offer on set for a visiting crew?"),
    ("es", "¿qué servicios dan en el set a los equipos que vienen de fuera?"),
    ("zh", "外地剧组到了片场有什么服务？"),
    ("ko", "해외 촬영팀한테 세트장에서 어떤 서비스를 해 주나요?"),
]


@pytest.mark.parametrize(("lang", "text"), SERVICES_ON_SET)
def test_services_on_the_set_for_a_visiting_crew_are_the_on_site_services(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("incentive:on_site_services"), (reply.answer, reply.text)


LATEST = [
    ("en", "what was your most recent announcement?"),
    ("es", "¿y el anuncio más reciente cuál fue?"),
    ("zh", "最新的公告是什么？"),
    ("ko", "가장 최근 공지는 뭐였나요?"),
]


@pytest.mark.parametrize(("lang", "text"), LATEST)
def test_the_latest_announcement_when_none_went_out_says_so(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.text.startswith(t("news_none_sent", lang)), reply.text
    assert reply.text.count("🕒") == 1, reply.text  # the next event only
    assert any(b.data and "subs" in b.data for row in reply.buttons for b in row)


def test_whats_new_still_lists_the_coming_events(services: Services) -> None:
    reply = ask(services, "en", "anything new?")
    assert reply.text.startswith(t("news_latest", "en")), reply.text


# ---- a title filmed "there" asked in Chinese after the street set: the title set there

STREET = {
    "zh": ("有适合拍民国戏的街景吗？", "片单里有哪部剧在那里拍？"),
    "zh-hant": ("有適合拍民國戲的街景嗎？", "片單裡有沒有劇在那邊拍？"),
    "zh-hk": ("有冇民國街景可以拍？", "片單入面有冇劇喺嗰度拍㗎？"),
}


@pytest.mark.parametrize("lang", sorted(STREET))
def test_a_title_filmed_there_in_chinese_is_the_one_set_there(services: Services, lang: str) -> None:
    reply = ask(services, "zh", *STREET[lang])
    assert reply.answer == "work:work_canton_nocturne", (reply.answer, reply.text)


def test_whether_ours_may_shoot_there_is_no_title_asked(services: Services) -> None:
    reply = ask(services, "zh", "有适合拍民国戏的街景吗？", "我们的剧可以在那边拍吗？")
    assert reply.answer != "work:work_canton_nocturne", (reply.answer, reply.text)


# ---- wanting to know about a set: what it is, not only its address

ABOUT = [
    ("zh", "你好，想看看 virtual production 设施的情况"),
    ("en", "hello, we'd like to know about your virtual production facilities"),
    ("es", "hola, quisiera saber sobre las instalaciones de producción virtual"),
    ("ko", "버추얼 프로덕션 시설에 대해 궁금해요"),
]


@pytest.mark.parametrize(("lang", "text"), ABOUT)
def test_wanting_to_know_about_a_set_is_what_it_is(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("location:virtual_production"), (reply.answer, reply.text)
    assert not (reply.answer or "").endswith("#address"), (reply.answer, reply.text)
