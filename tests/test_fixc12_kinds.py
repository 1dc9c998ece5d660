"""play15 leftovers (fixC12): what partners still got wrong through Telegram, each kind in
en/es/zh/ko with sentences of our own (none of the evaluation sets').

- A wish or plan to SHOOT a drama of a genre ("we're gonna film a kungfu mini series out there",
  "la idea es rodar una serie de misterio", "下半年准备去那边拍一部悬疑剧", "미스터리 드라마를 헝뎬에서
  촬영할 예정입니다") is the sets for that genre; a "do you have / any" ask of the genre said with it
  ("有没有科幻的 我们也想拍") is still the catalogue's titles."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize("lang,text,genre", [
    ("en", "we're gonna film a kungfu mini series out there next summer", "wuxia"),
    ("en", "my crew is planning to shoot a romance micro drama in hengdian", "romance"),
    ("en", "thinking of shooting a sci-fi short series in China in spring", "sci_fi"),
    ("en", "we'd love to shoot a mystery vertical drama at your studios", "mystery"),
    ("es", "vamos a filmar una serie corta de ciencia ficción en Hengdian", "sci_fi"),
    ("es", "estamos pensando grabar un drama romántico allá en China", "romance"),
    ("es", "la idea es rodar una serie de misterio en sus estudios el año que viene", "mystery"),
    ("es", "queremos grabar una serie de kung-fu, somos de Lima", "wuxia"),
    ("zh", "我们打算明年去横店拍个科幻短剧", "sci_fi"),
    ("zh", "下半年准备去那边拍一部悬疑剧", "mystery"),
    ("zh", "我們想去橫店拍武俠劇", "wuxia"),
    ("zh", "公司计划在横店拍爱情短剧", "romance"),
    ("ko", "내년에 헝뎬에서 무협 드라마 촬영하려고 합니다", "wuxia"),
    ("ko", "저희가 로맨스 숏드라마를 찍을 계획이에요", "romance"),
    ("ko", "미스터리 드라마를 헝뎬에서 촬영할 예정입니다", "mystery"),
    ("ko", "무협숏드라마찍으려고함", "wuxia"),
])
def test_a_genre_to_shoot_is_the_sets_for_it(services: Services, lang, text, genre) -> None:
    talk(services, lang, [(text, f"list:locations?genre={genre}")])


@pytest.mark.parametrize("lang,text,genre", [
    ("en", "do you guys have any romance shows? we plan to shoot one too", "romance"),
    ("en", "got any kung fu stuff? we're going to film fights", "wuxia"),
    ("es", "¿hay algo de ciencia ficción? queremos grabar algo así", "sci_fi"),
    ("es", "¿tienen series de misterio? pensamos rodar una", "mystery"),
    ("zh", "有没有科幻的 我们也想拍", "sci_fi"),
    ("zh", "你们有爱情剧吗？我们打算拍一部", "romance"),
    ("ko", "SF 작품 있나요? 저희도 찍고 싶어서요", "sci_fi"),
    ("ko", "로맨스 드라마 있어요? 저희도 촬영하려고 해서요", "romance"),
])
def test_a_have_any_ask_beside_a_shoot_stays_the_titles(services: Services, lang, text, genre) -> None:
    talk(services, lang, [(text, f"list:works?genre={genre}")])


# Who handles the catalogue's licensing or distribution rights, with no title and no "how" asked:
# the team's card first (International Business), not the catalogue FAQ, the rights-terms gap or
# the Spanish-language distributor's profile; a Spanish-speaking market said is Dalynn's.
@pytest.mark.parametrize("lang,text", [
    ("en", "who's responsible for licensing your shows?"),
    ("en", "who looks after distribution rights on your end?"),
    ("en", "which department handles title licensing?"),
    ("en", "who's the right person for licensing deals?"),
    ("es", "¿quién lleva el tema de licencias?"),
    ("es", "¿quién es el responsable de los derechos de sus series?"),
    ("es", "quien maneja los derechos de distribucion"),
    ("es", "quién es la persona indicada para licenciar sus series?"),
    ("zh", "版权授权归谁管？"),
    ("zh", "发行权这块谁负责"),
    ("zh", "授權的事由誰負責"),
    ("ko", "배급권 담당은 누구예요?"),
    ("ko", "어느 부서가 판권을 담당하나요?"),
    ("ko", "라이센스 관련 책임자가 누구죠"),
])
def test_who_handles_licensing_is_the_team_first(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "contact:international_business#role")])


@pytest.mark.parametrize("lang,text,team", [
    ("en", "who handles spanish-language distribution?", "dalynn_studio"),
    ("es", "¿quién se encarga de la distribución en Latinoamérica?", "dalynn_studio"),
    ("en", "who takes care of membership?", "hisda_secretariat"),
])
def test_who_handles_a_subject_is_its_team(services: Services, lang, text, team) -> None:
    talk(services, lang, [(text, f"contact:{team}#role")])
