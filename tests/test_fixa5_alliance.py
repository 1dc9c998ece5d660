"""Kinds of fixA5: the alliance itself — joining it, what it is, its programmes described.

- a company asking what it takes to be let in (a company said, a way in said, the papers, steps or
  deciders asked) is the joining FAQ as a whole message, whatever the classifier read
  (`router.admission_asked`, `_join_materials`, `Router.joining`); a shoot, a country entered or
  an event named is no joining;
- the e-mail, phone or hours of the team a FAQ sends partners to are that team's detail, also a
  turn or two after the FAQ (the fee asked between): not the FAQ again;
- what kind of body the alliance is, or whose ("whose show is it?", "啥来头", "뒤에 누가 있는
  단체"), asked of it named, said, described or met by its initials, is what HISDA is
  (`lexicon.NATURE_ASKED`, `Router.alliance_explained`); its CEO stays the head's gap;
- a programme described (the studio's aim as a global hub or its volume in round words; a
  programme found far ahead by the words of its name or text) is that programme
  (`lexicon.asks_studio_strategy`, `Router.program_described`); the programmes asked as such
  stay the list.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from core.text import fold
from intents import lexicon
from intents.router import admission_asked
from tests.dialogue import noon_services, talk

JOIN = "faq:join_alliance"
WHAT = ["faq:what_is_hisda", "program:hisda"]


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fixa5")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "hey, we're a two-person studio in Accra and would love to be in with y'all - what documents do you want from us?"),
    ("en", "my small firm in Leeds hopes to come aboard; what's the process and who signs off on it?"),
    ("en", "our label wants in. what are the requirements?"),
    ("es", "tengo una pequeña productora en Quito y quisiera quedar registrada con ustedes, ¿qué documentos piden?"),
    ("es", "una empresa chica de Rosario quiere entrar al grupo, ¿cuáles son los pasos?"),
    ("zh", "我们这家深圳的工作室也想加进来，流程是啥？"),
    ("zh", "小公司一个，想挂靠你们，需要什么条件？"),
    ("ko", "저희 같은 작은 스튜디오도 거기 들어가려면 서류 뭐 필요해요?"),
    ("ko", "우리 제작사도 끼워 줄 수 있어요? 조건이 뭐예요?"),
])
def test_a_company_asking_to_be_let_in_joins(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, JOIN)])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "our company wants to shoot inside the Qin palace, what documents?"),
    ("en", "what paperwork does our crew need to get into China?"),
    ("zh", "我们公司想进横店拍戏，需要什么手续？"),
    ("es", "¿Quién puede usar los sets de Hengdian como socio de distribución?"),
])
def test_no_joining_where_a_shoot_a_country_or_a_deal_is_asked(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, None)], fits=lambda expect, answer: True)
    assert reply.answer != JOIN


def test_admission_words() -> None:
    assert admission_asked(fold("small outfit here, what do you need from us to get our name on the member list?"))
    assert not admission_asked(fold("our company wants to film inside the palace, what documents?"))
    assert not admission_asked(fold("what documents does our company need?"))  # no way in said


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["how do we join the alliance?", "what's the yearly fee?", "and their email for the application?"]),
    ("es", ["¿cómo nos unimos a la alianza?", "¿cuánto es la cuota anual?", "¿y el correo para mandar la solicitud?"]),
    ("zh", ["我们想加入联盟", "会费多少", "申请材料发到哪个邮箱"]),
    ("ko", ["저희도 연맹 가입하려면?", "회비 있어요?", "신청서는 어디 이메일로 내요?"]),
])
def test_email_after_joining_is_the_secretariat_email(services: Services, lang: str, turns: list[str]) -> None:
    talk(services, lang, [(turns[0], JOIN), (turns[1], "gap:*"), (turns[2], "contact:hisda_secretariat#email")])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what kind of organisation is HISDA, a company or an association?"),
    ("en", "so whose baby is this alliance, honestly?"),
    ("en", "a friend mentioned some group in Hengdian doing short series with foreign partners - what kind of group is that?"),
    ("es", "¿la HISDA es una empresa o una asociación? ¿quién está detrás?"),
    ("es", "vi unas siglas en el catálogo, ¿de quién es esa alianza?"),
    ("zh", "这个联盟什么来头？"),
    ("zh", "HISDA背后是谁？"),
    ("ko", "HISDA는 어떤 성격의 단체예요? 회사예요 협회예요?"),
    ("ko", "그 약자로 된 연맹, 뒤에 누가 있는 거예요?"),
])
def test_what_kind_of_body_is_what_hisda_is(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, WHAT)])


def test_the_head_stays_the_heads_gap(services: Services) -> None:
    talk(services, "en", [("who is HISDA's CEO?", "gap:*")])
    assert not lexicon.NATURE_ASKED.search(fold("who is HISDA's CEO?"))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "is Hengdian trying to become the world capital of short dramas?", "program:short_drama_hub_2025"),
    ("en", "is it true Hengdian turns out thousands of short dramas a year?", "program:short_drama_hub_2025"),
    ("es", "¿Hengdian quiere ser el centro mundial de los microdramas?", "program:short_drama_hub_2025"),
    ("zh", "听说横店一年能拍几千部短剧，真的吗？", "program:short_drama_hub_2025"),
    ("ko", "헝뎬에서 한 해 수천 편씩 숏드라마를 찍는다던데 무슨 계획이에요?", "program:short_drama_hub_2025"),
    ("es", "¿qué es eso de diez países, cien ciudades y mil talentos?", "program:three_ones_vision"),
    ("es", "¿hay algún programa para jóvenes extranjeros bilingües?", "program:global_talent_program"),
    ("zh", "有没有针对海外年轻双语人才的项目？", "program:global_talent_program"),
    ("ko", "해외 젊은 이중언어 인재를 위한 프로그램 있어요?", "program:global_talent_program"),
])
def test_a_programme_described(services: Services, lang: str, text: str, expected: str) -> None:
    talk(services, lang, [(text, expected)])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what programs do you have?"),
    ("es", "¿qué programas tienen?"),
    ("ko", "어떤 프로그램들이 있어요?"),
])
def test_the_programmes_asked_stay_the_list(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "list:programs")])
