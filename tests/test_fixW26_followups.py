"""Follow-ups of round 35's answers85 dialogues (fixW26), said in our own words:

- "anything sooner than that?" right after an event: the events coming before it (one is its card,
  several the list, none said so), in four languages; a week said in Chinese ("下个礼拜") is no
  ceremony's "礼";
- a town the place index does not know, said where the partner is ("acá en Rivera") with the
  clock asked, is no "ribera" (a riverside set): the time in the partner's zone, or their city asked;
- "when is the casting there?" after the international sets: the casting day held there, not the
  foreign-actors FAQ (whose "there" is the studios);
- the services asked for once the crew is on site ("到了現場…哪些服務", "once we're on site…"): the
  on-site services, in four languages;
- a ticket to get in asked in Chinese ("进去要不要买票") after an event: its price is not published,
  its team named (an honest gap), not "out of scope".
"""

from __future__ import annotations

import pytest

from intents.lexicon import EARLIER_EVENT, PREPARED_BEFORE, asks_on_site_help
from tests.dialogue import new_chat, talk, talk_patterns

SESSION = "event:global_talent_info_session_2026"
PITCH = "event:latam_pitch_day_2027"


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("en", "when is the latin american pitch day?", "got anything sooner than that, maybe next week?"),
    ("en", "when is the latin american pitch day?", "any events before then?"),
    ("es", "¿cuándo es el pitch latinoamericano?", "¿y no tienen algo antes, tipo la semana que viene?"),
    ("es", "¿cuándo es el pitch latinoamericano?", "¿hay algún evento más pronto?"),
    ("zh", "拉美推介会是哪天？", "下个礼拜有没有更早一点的活动"),
    ("zh", "拉美推介会是哪天？", "在那之前还有什么活动吗"),
    ("ko", "중남미 피칭 데이 언제예요?", "그보다 더 빨리 열리는 행사는 없어요?"),
    ("ko", "중남미 피칭 데이 언제예요?", "그 전에 열리는 행사 있어요?"),
])
def test_sooner_than_the_event_in_focus_is_the_one_before_it(services, lang: str, first: str, then: str) -> None:
    talk(services, lang, [(first, f"{PITCH}#date"), (then, SESSION)])


def test_several_events_before_it_are_listed(services) -> None:
    reply = talk(services, "en", [("when is the Korea matchmaking?", "event:korea_matchmaking_2027#date"),
                                  ("is there anything earlier than that?", "list:events?when=upcoming")])
    assert reply.items == [SESSION, PITCH], reply.items


@pytest.mark.parametrize(("lang", "then", "said"), [
    ("en", "anything sooner than that?", "No event is listed before"),
    ("es", "¿no hay nada antes?", "No hay ningún evento previsto antes de"),
])
def test_nothing_before_the_first_one_coming_is_said(services, lang: str, then: str, said: str) -> None:
    first = {"en": "when is the global talent info session?", "es": "¿cuándo es la sesión informativa de talento global?"}[lang]
    reply = talk(services, lang, [(first, f"{SESSION}#date"), (then, "list:events?when=upcoming")])
    assert reply.text.startswith(said), reply.text


@pytest.mark.parametrize("said", ["is there anything we need to do before that?", "¿hay que mandar algo antes?",
                                  "那之前要准备什么", "그 전에 뭘 준비해야 돼요?"])
def test_what_to_do_before_it_is_no_earlier_event(said: str) -> None:
    from core.text import fold, to_simplified

    folded = fold(to_simplified(said)[0])
    assert not EARLIER_EVENT.search(folded) or PREPARED_BEFORE.search(folded)


def test_a_week_said_in_chinese_names_no_ceremony(services) -> None:
    talk_patterns(services, "zh", [("拉美推介会是哪天？", f"{PITCH}#date"),
                                   ("下个礼拜有没有更早一点的活动", SESSION)])


def _in_zone(services, lang: str, zone: str | None, lines: list[tuple[str, str]]):
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    if zone:
        services.store.set_timezone(chat, zone)
    reply = None
    for say, expect in lines:
        reply = services.brain.reply_to_text(chat, say, services.store.profile(chat))
        assert reply.answer == expect, (say, reply.answer)
    return reply


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("es", "¿cuándo es el pitch latinoamericano?", "¿y a qué hora arranca para nosotros acá en Rivera?"),
    ("es", "¿cuándo es el pitch latinoamericano?", "¿a qué hora nos toca desde Rivera?"),
    ("en", "when is the latin american pitch day?", "what time does it kick off for us here in Rivera?"),
])
def test_an_unknown_town_where_the_partner_is_is_no_riverside(services, lang: str, first: str, then: str) -> None:
    reply = _in_zone(services, lang, "America/Montevideo", [(first, f"{PITCH}#date"), (then, f"{PITCH}#date")])
    assert "Montevideo" in reply.text, reply.text


def test_an_unknown_town_without_a_zone_asks_the_partners_city(services) -> None:
    reply = _in_zone(services, "es", None, [("¿cuándo es el pitch latinoamericano?", f"{PITCH}#date"),
                                            ("¿y a qué hora arranca para nosotros acá en Rivera?", f"{PITCH}#date")])
    assert "ciudad" in reply.text, reply.text


def test_the_riverbank_spelled_right_is_still_a_riverside_set(services) -> None:
    talk(services, "es", [("¿tienen sets en la ribera?", "list:locations?scene=riverside")])


CASTING = "event:international_sets_casting_day_2027#date"


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("es", "¿ya abrieron los sets internacionales?", "¿y cuándo hacen el casting allá?"),
    ("es", "¿ya abrieron los sets internacionales?", "¿el casting de ahí qué día es?"),
    ("en", "are the international sets open yet?", "and when's the casting over there?"),
    ("zh", "国际实景基地开了没有", "那里选角是什么时候"),
    ("ko", "국제 세트장 열었어요?", "거기 캐스팅은 언제예요?"),
])
def test_when_the_casting_there_is_the_casting_day_held_there(services, lang: str, first: str, then: str) -> None:
    talk_patterns(services, lang, [(first, "location:international_sets*"), (then, CASTING)])


def test_foreign_actors_there_are_still_the_studios(services) -> None:
    talk_patterns(services, "es", [("¿ya abrieron los sets internacionales?", "location:international_sets*"),
                                   ("¿allí dan papeles a actores extranjeros?", "faq:foreign_actors")])


SERVICES = "incentive:on_site_services"
FOREIGN_CREW = {
    "en": ("Which of your sets have a river in them?", "our camera crew is all Japanese, can they shoot there?"),
    "es": ("¿qué sets tienen río?", "nuestro equipo de cámara es japonés, ¿pueden rodar ahí?"),
    "zh": ("有哪些场景有河边的？", "我们的摄影团队都是日本人，可以在那边拍吗？"),
    "ko": ("강 있는 세트 어디예요?", "우리 촬영팀이 다 일본 사람인데 거기서 찍을 수 있어요?"),
}


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "once we're on site, what services can you help arrange?"),
    ("en", "what services can you set up for us on location?"),
    ("es", "una vez en el lugar, ¿qué servicios nos pueden organizar?"),
    ("es", "¿y allá en el set qué servicios nos ayudan a coordinar?"),
    ("zh", "到了現場可以幫忙安排哪些服務？"),
    ("zh", "到那边以后你们能提供什么服务"),
    ("ko", "현장에 도착하면 어떤 서비스를 도와주실 수 있어요?"),
])
def test_services_once_on_site_are_the_on_site_services(services, lang: str, asked: str) -> None:
    sets, crew = FOREIGN_CREW[lang]
    talk_patterns(services, lang, [(sets, "list:locations?scene=riverside"), (crew, "faq:can_foreign_crews_film"),
                                   (asked, SERVICES)])


@pytest.mark.parametrize("said", ["到了現場可以幫忙安排哪些服務？", "once we're on site, what services can you help arrange?",
                                  "una vez en el lugar, ¿qué servicios nos pueden organizar?"])
def test_the_on_site_reader_reads_them(said: str) -> None:
    assert asks_on_site_help(said)


@pytest.mark.parametrize("asked", ["进去要不要买票", "入场得买票吗", "參觀要買票嗎"])
def test_a_ticket_to_get_in_is_an_honest_gap(services, asked: str) -> None:
    reply = talk_patterns(services, "zh", [("虚拟棚开放日在哪里办", "event:virtual_stage_open_day_2027#*"), (asked, "gap:*")])
    assert "没有对外公布" in reply.text, reply.text


@pytest.mark.parametrize(("lang", "faq", "mail", "hours"), [
    ("en", "how can we co-produce a title from your catalogue?", "which email do I write to for that?", "and what hours do they keep?"),
    ("es", "¿cómo podemos coproducir un título del catálogo?", "¿y a qué correo le escribo por eso?", "¿en qué horario atienden?"),
    ("zh", "我们想合拍片单里的一部剧，怎么操作？", "那我发邮件给哪个邮箱？", "他们几点上班？"),
    ("ko", "카탈로그 작품을 공동 제작하려면 어떻게 해요?", "그럼 어느 메일로 보내요?", "거기 업무 시간은요?"),
])
def test_the_contact_after_the_coproduction_faq_is_the_team_it_names(services, lang: str, faq: str, mail: str,
                                                                      hours: str) -> None:
    talk(services, lang, [(faq, "faq:coproduce_catalog_title"), (mail, "contact:international_business#email"),
                          (hours, "contact:international_business#hours")])
