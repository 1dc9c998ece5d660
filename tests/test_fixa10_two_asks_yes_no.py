"""Two asks in one message, and yes or no about a record's feature (fixA10):

- what a company is, then how to work with it, in one message ("…是什么公司？怎么合作？", "what
  kind of outfit is X? how would we team up with them?") or right after its card: both answered,
  what it is first, then its own contact (not the catalogue's co-production FAQ, not dropped);
  "how do we work with *you*" stays the alliance's way in;
- a set still under construction asked whether it can be used or seen ("could our crew get into
  the international sets that week?") says "Not yet" first, from its status, then its card;
- a kind of place asked of the set in focus in the third person ("¿cuenta con un salón del
  trono?", "那边有没有宫殿", "옥좌 있는 곳 있나요?") is that set's yes or no, not every set's list;
- a Chinese A-not-A question with the "not" at the end ("…能用不") is a yes-or-no question;
- an "age cutoff" of a programme is an honest gap, not "not my subject".

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask
from tests.dialogue import talk_patterns as talk

DALYNN = "Dalynn Studio"
MARY = "partners@dalynn.example.com"


@pytest.mark.parametrize("lang,say", [
    ("en", "what kind of outfit is Dalynn Studio? how would we team up with them?"),
    ("es", "¿Dalynn Studio qué tipo de empresa es? ¿y cómo podríamos colaborar?"),
    ("zh", "Dalynn Studio是做什么的公司？咋对接？"),
    ("ko", "Dalynn Studio는 어떤 회사인가요? 협업하려면 어떻게 해요?"),
])
def test_company_then_how_to_work_with_it(services: Services, lang, say) -> None:
    reply = ask(services, lang, say)
    assert reply.answer.startswith("partner:dalynn_studio")
    first, _, rest = reply.text.partition("\n\n")
    assert DALYNN in first  # what it is, first
    assert MARY in rest  # then whom to write to there


@pytest.mark.parametrize("lang,first,then", [
    ("en", "who are Dalynn Studio?", "ok and how could we partner with them?"),
    ("es", "¿quiénes son Dalynn Studio?", "¿cómo trabajamos con ellos?"),
    ("zh", "Dalynn Studio是谁？", "怎么跟他们合作？"),
    ("ko", "Dalynn Studio가 누구예요?", "어떻게 협력할 수 있죠?"),
])
def test_how_to_work_with_the_company_in_focus(services: Services, lang, first, then) -> None:
    reply = talk(services, lang, [(first, "partner:dalynn_studio*"), (then, "contact:dalynn_studio*")])
    assert MARY in reply.text


def test_working_with_us_is_not_the_company_in_focus(services: Services) -> None:
    reply = talk(services, "zh", [("Dalynn Studio是谁？", "partner:dalynn_studio*"),
                                  ("那我们怎么跟你们合作？", "faq:*")])
    assert MARY not in reply.text


@pytest.mark.parametrize("lang,event,asked", [
    ("en", "tell me about the virtual stage open day", "could our crew get into the international sets that week?"),
    ("es", "háblame de la jornada de puertas abiertas del estudio virtual", "¿podemos entrar a los sets internacionales ese día?"),
    ("zh", "讲讲虚拟制片影棚开放日", "那天国际化场景能进去看看吗"),
    ("ko", "버추얼 프로덕션 오픈 데이 소개해 주세요", "그날 해외 세트 들어가 볼 수 있나요?"),
])
def test_a_set_not_built_yet_says_not_yet_first(services: Services, lang, event, asked) -> None:
    reply = talk(services, lang, [(event, "event:virtual_stage_open_day_2027*"), (asked, "location:international_sets*")])
    first = reply.text.split("\n")[0]
    assert first.startswith(("Not yet", "Todavía no", "暂时还不行", "아직은 어렵습니다")), first


@pytest.mark.parametrize("lang,card,asked,expect,yes", [
    ("es", "cuéntame del Palacio de las dinastías Ming y Qing", "¿cuenta con un salón del trono?",
     "location:ming_qing_palace#scene_types", "Sí"),
    ("zh", "说说秦王宫", "那边有没有宫殿", "location:qin_palace#scene_types", "有："),  # 有没有 → 有 (fixI10)
    ("ko", "명청궁원 소개해 주세요", "옥좌 있는 전각 있나요?", "location:ming_qing_palace#scene_types", "네"),
    ("en", "tell me about Qin Palace", "has it got a throne room?", "location:qin_palace#scene_types", "Yes"),
])
def test_a_kind_of_place_asked_of_the_set_in_focus(services: Services, lang, card, asked, expect, yes) -> None:
    reply = talk(services, lang, [(card, "location:*"), (asked, expect)])
    assert reply.text.startswith(yes)


def test_a_kind_of_place_asked_of_you_stays_the_list(services: Services) -> None:
    talk(services, "en", [("tell me about Qin Palace", "location:qin_palace*"),
                          ("do you have any sets with a throne room?", "list:locations*")])


@pytest.mark.parametrize("text", ["那边能用虚拟棚不", "可以带无人机不", "有停车位没有"])
def test_chinese_a_not_a_is_a_yes_no_question(text) -> None:
    assert lexicon.yes_no(text)


@pytest.mark.parametrize("text", ["我们不", "我没有", "那边不错"])
def test_a_chinese_statement_is_no_question(text) -> None:
    assert not lexicon.asks_question(text)


@pytest.mark.parametrize("lang,program,asked", [
    ("en", "what's the Global Talent Program?", "is there an age cut-off for it? my colleague is 45"),
    ("es", "¿qué es el Programa Global de Talento?", "¿tiene tope de edad? mi colega tiene 45"),
    ("zh", "全球人才计划是什么？", "有没有年龄上限？我同事45了"),
    ("ko", "글로벌 인재 프로그램이 뭐예요?", "연령 상한 있나요? 동료가 45살이에요"),
])
def test_an_age_cutoff_is_an_honest_gap(services: Services, lang, program, asked) -> None:
    talk(services, lang, [(program, "program:global_talent_program*"), (asked, "gap:*")])


@pytest.mark.parametrize("lang,say,lead", [
    ("en", "so what's the Global Talent Program, and how would I sign up?", "How to join the"),
    ("es", "¿de qué va el Programa Global de Talento? ¿y cómo me inscribo?", "Cómo sumarte al"),
    ("zh", "全球人才计划是干嘛的？我要怎么申请？", "如何加入"),
    ("ko", "글로벌 인재 프로그램은 뭔가요? 신청은 어떻게 하죠?", "참여 방법은"),
])
def test_what_a_programme_is_and_how_to_join_it(services: Services, lang, say, lead) -> None:
    reply = ask(services, lang, say)
    assert reply.text.startswith("<b>")  # what it is, first
    assert lead in reply.text  # then the way in, said to be that
