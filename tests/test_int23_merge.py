"""Read answers the round's branches lost at the merge (int23), found by running every read set
against main: each kind in four languages, sentences of our own."""

from __future__ import annotations

import pytest

from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "say"), [
    # one of the partner's crew who knows only one language, asked about with a question of its
    # own: how to work with the local crew (the languages FAQ), not "answer me in it"
    ("zh", "我们摄影指导只会英语和葡语，到时候跟道具组咋配合，能行不"),
    ("zh", "制片只会说英语，现场跟灯光组沟通有问题吗？"),
    ("en", "our director only speaks English and Serbian, how will he work with your lighting crew?"),
    ("es", "nuestro director solo habla inglés, ¿cómo se entiende con el equipo de luces allá?"),
    ("ko", "저희 감독님이 영어만 알아요, 현장 조명팀하고 소통은 어떻게 해요?"),
])
def test_a_crew_member_with_one_language_is_the_languages_question(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "faq:languages")])


def test_a_reader_said_alone_after_a_switch_still_resends(services) -> None:
    talk(services, "en", [("what's the Ancestral Hall about?", "work:work_ancestral_hall#logline"),
                          ("say that in Spanish", "work:work_ancestral_hall#logline"),
                          ("my coworker only knows Spanish", "work:work_ancestral_hall#logline")])


@pytest.mark.parametrize(("lang", "say"), [
    # which events are coming, asked with "安排": the list, not the next event's programme
    ("zh", "接下来有什么活动安排？"),
    ("zh", "最近有啥活动安排吗"),
])
def test_events_arranged_next_are_the_list(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "list:events?when=upcoming")])


def test_what_an_event_has_planned_is_still_its_programme(services) -> None:
    talk(services, "zh", [("拉丁电影之夜有什么安排", "event:latin_film_night_2027#about")])


@pytest.mark.parametrize(("lang", "say"), [
    # a named team's e-mail asked, the deck only the reason: that team's e-mail, not the way in
    ("en", "need the international business department's email, sending our company deck tonight"),
    ("es", "pásame el correo de negocios internacionales, quiero mandar el dossier de la empresa"),
    ("zh", "国际业务部的邮箱是多少？想把我们公司介绍发过去"),
    ("ko", "국제사업부 이메일 주소 알려주세요, 회사 소개서 보내려고요"),
])
def test_a_named_teams_email_beside_a_deck_is_that_email(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "contact:international_business#email")])


def test_a_deck_with_no_team_named_still_goes_the_way_in(services) -> None:
    talk(services, "en", [("where do I email our company deck?", "faq:join_alliance")])
