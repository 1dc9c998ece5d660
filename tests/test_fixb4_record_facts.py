"""fixB4: the exact fact of a record, and ordinals, in fresh wordings of each kind:
- the catalog's size and composition asked ("what's in it? how many?") is its overview page
  (the count, the genres, the numbered titles); "how much titles" is a count, no price;
- a genre's titles asked to be shown ("enséñame las comedias") are that list, then an ordinal's
  fact ("how long are episodes", "讲啥的", "讲的么斯") is the item's;
- whether a date is firm is the event's status; "what all scenes" the scene types; whom an
  incentive is for, asked with "exactly", its eligibility; a team named with the programme that
  owns it is that team's phone or hours; "几点到几点有人回复" asks hours; a company's role for
  the partners is its contact's role;
- active users and a monthly stipend are unpublished (the programme's own team);
- a programme asked what it is is its card over a FAQ that names it; an event named by its
  name less a word is that event."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import fits, noon_services, talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fixb4")


OVERVIEW = ["catalog:about", "list:works"]  # the overview card, or its first page that says the count and genres


@pytest.mark.parametrize("lang,turns", [
    ("en", [("how many shows are on your slate, and which genres?", OVERVIEW),
            ("the fifth one, what's it about?", "work:*#logline")]),
    ("es", [("¿qué hay en el catálogo? ¿cuántas series son?", OVERVIEW)]),
    ("zh", [("片单里都有啥？一共几部", OVERVIEW)]),
    ("ko", [("카탈로그 개요 좀: 몇 편이고 장르는요", OVERVIEW)]),
    ("en", [("how much shows in the catalog and what kinds, quick overview", OVERVIEW)]),
])
def test_the_catalogs_size_and_composition_is_its_overview_page(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits)


@pytest.mark.parametrize("lang,turns", [
    ("es", [("enséñame las comedias", "list:works?genre=comedy"),
            ("la tercera, ¿cuántos capítulos tiene?", "work:*#episodes"),
            ("¿y la primera?", "work:*#episodes")]),
    ("es", [("pásame los thrillers, queremos algo pa nuestro mercado", "list:works?genre=thriller")]),
    ("en", [("any comedies?", "list:works?genre=comedy"), ("fourth one, how long are episodes", "work:*#episode_minutes")]),
    ("zh", [("有喜剧吗", "list:works?genre=comedy"), ("第二部讲啥的", "work:*#logline")]),
    ("zh", [("有悬疑的吗", "list:works?genre=mystery"), ("第四部讲的么斯", "work:*#logline")]),
])
def test_an_ordinal_after_a_genre_list_answers_its_fact(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits)


@pytest.mark.parametrize("lang,say,expect", [
    ("en", "is the Latin film night date confirmed or provisional?", "event:latin_film_night#status"),
    ("es", "¿la fecha de la noche de cine latino ya es definitiva o todavía es tentativa?", "event:latin_film_night#status"),
    ("ko", "라틴 영화의 밤 날짜는 아직 잠정이에요?", "event:latin_film_night#status"),
    ("zh", "虚拟拍摄棚开放日是哪天，定了吗？", "event:virtual_stage_open_day_2027#date"),
    ("en", "Qin palace has what all scenes we can shoot?", "location:qin_palace#scene_types"),
    ("es", "¿quién califica exactamente para el descuento de microdramas verticales?",
     "incentive:short_drama_cost_reduction#eligibility"),
    ("ko", "숏드라마 할인은 정확히 누가 받을 수 있어요?", "incentive:short_drama_cost_reduction#eligibility"),
    ("en", "how much exactly is the vertical drama discount?", "gap:*"),
    ("es", "los servicios in situ, ¿quién los puede pedir?", "incentive:on_site_services#eligibility"),
    ("zh", "HISDA秘书处几点上班？", "contact:hisda_secretariat#hours"),
    ("es", "¿cuál es el teléfono del secretariado de HISDA?", "contact:hisda_secretariat#phone"),
    ("es", "¿a qué horas atiende la secretaría de HISDA?", "contact:hisda_secretariat#hours"),
    ("zh", "秘书处几点有人接电话？", "contact:hisda_secretariat#hours"),
    ("en", "what is Dalynn Studio in charge of for us?", "contact:dalynn_studio#role"),
    ("es", "¿de qué se encarga Dalynn Studio para nosotros?", "contact:dalynn_studio#role"),
    ("zh", "Dalynn Studio给我们管什么？", "contact:dalynn_studio#role"),
    ("ko", "Dalynn Studio는 저희한테 뭘 담당해요?", "contact:dalynn_studio#role"),
    ("en", "what does Dalynn Studio do?", "partner:dalynn_studio#about"),
])
def test_the_asked_field_of_a_record(services: Services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)], fits)


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("현장 제작 서비스 있어요?", "incentive:on_site_services"),
            ("신청 방법", "incentive:on_site_services#how_to_apply")]),
    ("zh", [("有现场制作服务吗", "incentive:on_site_services"),
            ("该项服务如何申请？", "incentive:on_site_services#how_to_apply")]),
    ("en", [("do you offer on-site production services?", "incentive:on_site_services"),
            ("who can apply for shoot support?", "incentive:shoot_request_procedure#eligibility")]),
    ("zh", [("有现场制作服务吗", "incentive:on_site_services"),
            ("撒样的团队能申请拍摄支持？", "incentive:shoot_request_procedure#eligibility")]),
])
def test_another_incentive_named_is_asked_but_applying_is_the_one_in_focus(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits)


@pytest.mark.parametrize("lang,say", [
    ("en", "what's Reel-K's MAU?"),
    ("es", "¿cuántos usuarios activos al mes tiene Reel-K?"),
    ("zh", "Reel-K月活多少"),
    ("ko", "Reel-K 구독자 요즘 몇 명이에요?"),
])
def test_a_platforms_active_users_are_unpublished(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "gap:*")], fits)


@pytest.mark.parametrize("lang,say", [
    ("zh", "全球人才计划按月给补贴吗"),
    ("ko", "글로벌 인재 프로그램은 매달 지원금 나와요?"),
])
def test_a_programmes_monthly_stipend_is_its_teams_gap(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "gap:hisda_secretariat")], fits)


@pytest.mark.parametrize("lang,say,expect", [
    ("es", "el sistema A.R.C pa q sirve", "program:arc_system"),
    ("zh", "A.R.C系统能干啥", "program:arc_system"),
    ("en", "does the alliance use AI in production?", "faq:ai_tools"),
    ("en", "when is the virtual production open day?", "event:virtual_stage_open_day_2027#date"),
    ("zh", "虚拟制片开放日具体干嘛？", "event:virtual_stage_open_day_2027"),
    ("es", "¿dónde es el encuentro de negocios Corea-China?", "event:korea_matchmaking_2027#venue"),
])
def test_a_programme_or_event_named_in_other_words(services: Services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)], fits)
