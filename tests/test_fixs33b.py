"""Kinds of answer set 32's mistakes (fixs33b), in the four languages where they apply:

- events asked for as the alliance brings them out ("avísame de los eventos que vayáis sacando",
  "let me know about events as you announce them") are the events' news: a subscription, not a
  reminder of the event talked about before;
- the one in charge asked to get in touch with us, formally ("烦请安排西语方面的负责人与鄙司联系",
  "que el responsable … se ponga en contacto con nosotros", "arrange for your … lead to get in
  touch with us", "담당자분이 저희 쪽에 연락 주시도록") is a hand-off, not that contact's card;
- a record's fact asked by its word: "在什么地方" is where it is, "languages for <title>" its
  languages, and "the short version" ("versión corta", "简短版", "짧은 버전") a summary, not a
  dubbed version;
- a genre with no word of sets, filming or a place ("¿Y de wuxia, de espadachines volando, qué
  hay?") is the catalog's; what is in the catalog ("카탈로그에 무슨 작품들 있는지?") its titles, not
  the co-production FAQ when no deal is said; the partner companies asked for ("who are the
  partner companies", "合作企业都有哪些") the partners list, not the role of the team in focus.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import asks_for_person
from intents.nlu.answers import matches
from tests.dialogue import talk

NEXT_EVENT = {
    "en": ["what's your next event?", "what's that talent program about?"],
    "es": ["¿Cuál es el próximo evento que tenéis?", "¿y de qué va ese programa de talento?"],
    "zh": ["你们下一场活动是什么？", "这个人才计划是做什么的？"],
    "ko": ["다음 행사가 뭐예요?", "그 인재 프로그램은 뭐 하는 거예요?"],
}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "avísame de los eventos que vayáis sacando"),
    ("es", "avísenme de los eventos conforme los vayan publicando"),
    ("en", "let me know about events as you announce them"),
    ("en", "keep me posted on events as they're announced"),
    ("zh", "有新活动通知我"),
    ("ko", "새 행사 생기면 알려 주세요"),
])
@pytest.mark.parametrize("upto", [1, 2])
def test_events_as_they_come_out_are_a_subscription(services: Services, lang: str, text: str, upto: int) -> None:
    before = [(said, None) for said in NEXT_EVENT[lang][:upto]]
    talk(services, lang, [*before, (text, ["subscribe", "subscribe:events"])], fits=any_before)


def any_before(expect: str | list[str] | None, got: str | None) -> bool:
    """Any answer for a turn that only sets the scene (expected None), else `matches`."""
    return expect is None or matches(expect, got)


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "烦请安排西语方面的负责人与鄙司联系"),
    ("zh", "请贵方负责人尽快与敝司联系"),
    ("en", "please arrange for your Spanish-language lead to get in touch with us"),
    ("es", "le ruego que el responsable de habla hispana se ponga en contacto con nosotros"),
    ("es", "quisiera que su encargado de Latinoamérica nos llame"),
    ("ko", "스페인어 담당자분이 저희 쪽에 연락 주시도록 부탁드립니다"),
])
def test_the_one_in_charge_arranged_to_contact_us_is_a_handoff(services: Services, lang: str, text: str) -> None:
    assert asks_for_person(text)
    talk(services, lang, [(text, ["handoff", "handoff:dalynn_studio"])])


@pytest.mark.parametrize("text", [
    "¿el responsable de la secretaría se pone en contacto con los productores?",
    "el encargado se comunica con la secretaría",
    "贵方负责人是谁？",
    "담당자분이 누구세요?",
])
def test_who_is_in_charge_asked_is_no_handoff(text: str) -> None:
    assert not asks_for_person(text)


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("zh", "外籍演员选角日在什么地方？", "event:international_sets_casting_day_2027#venue"),
    ("zh", "秦王宫在什么地方？", "location:qin_palace#address"),
    ("en", "languages for The Kitchen God Quits?", "work:work_kitchen_god_quits#languages"),
    ("en", "whats Eclipse over Qin about, short version pls", "work:work_eclipse_over_qin#logline"),
    ("es", "¿de qué va Eclipse en la corte de Qin? versión corta, porfa", "work:work_eclipse_over_qin#logline"),
    ("zh", "大秦日食讲什么的？说个简短版", "work:work_eclipse_over_qin#logline"),
    ("ko", "진나라의 일식 무슨 내용이에요? 짧은 버전으로요", "work:work_eclipse_over_qin#logline"),
    # a version in a language is still the languages
    ("en", "is there a Spanish version of Eclipse over Qin?", "work:work_eclipse_over_qin#languages"),
    ("zh", "大秦日食有西语版本吗？", "work:work_eclipse_over_qin#languages"),
    ("ko", "진나라의 일식 스페인어 버전 있어요?", "work:work_eclipse_over_qin#languages"),
])
def test_a_records_fact_asked_by_its_word(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿Y de wuxia, de espadachines volando, qué hay?"),
    ("en", "and wuxia, flying swordsmen, what have you got?"),
    ("zh", "武侠的，飞檐走壁那种，有啥？"),
    ("ko", "무협, 하늘 나는 검객 그런 건 뭐 있어요?"),
])
def test_a_genre_with_no_word_of_sets_is_the_catalogs(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "list:works?genre=wuxia")])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿dónde se puede rodar wuxia?"),
    ("en", "any good spot for a wuxia?"),
])
def test_a_genre_with_a_place_to_film_is_the_sets(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "list:locations?genre=wuxia")])


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "카탈로그에 무슨 작품들 있는지?"),
    ("en", "what titles are in your catalogue?"),
])
def test_whats_in_the_catalog_is_no_coproduction_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["catalog:about", "list:works"])])


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "我们莆田老板比较想投现成的项目，跟你们已有的剧一起开发的话，合同步骤是怎么样的哦？"),
    ("ko", "카탈로그 작품 공동제작 어떻게 해요?"),
    ("ko", "we're interested in US distribution of one of the 카탈로그 titles, 어디서부터 시작하면 돼요?"),
])
def test_a_deal_on_a_catalog_title_keeps_its_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:coproduce_catalog_title")])


SECRETARIAT_HOURS = {"en": "what hours is the secretariat open", "es": "¿en qué horario atiende la secretaría?",
                     "zh": "秘书处几点上班？", "ko": "사무국 몇 시까지 해요?"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "who are the partner companies"),
    ("es", "¿quiénes son las empresas socias?"),
    ("zh", "合作企业都有哪些？"),
    ("ko", "회원사 어디어디예요?"),
])
@pytest.mark.parametrize("after_a_contact", [False, True])
def test_the_partner_companies_asked_are_the_partners_list(services: Services, lang: str, text: str,
                                                           after_a_contact: bool) -> None:
    before = [(SECRETARIAT_HOURS[lang], None)] if after_a_contact else []
    talk(services, lang, [*before, (text, "list:partners")], fits=any_before)
