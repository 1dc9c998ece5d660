"""play31 (fixB22): the turns that were too long, repeated a card, or read as glued template
words. Who came from a company's side is who represented it, without its quotations; a company
described leaves out reported speech (the quotations stay on its ℹ️ card); one figure asked of a
company is the clause that states it; who is eligible for a programme asked with its session in
view is one short answer, not the session's card again; a list answered beside another ask has
one line per item; and the headings of a set list and an incentive's fact read as a native
speaker writes them."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n_format import format_list
from intents.facts import _ko_declarative
from tests.dialogue import say

# what the companies' people said, in the four languages (Reel-K's COO, Dalynn's co-founder)
SPEECH = ("sweeping", "arrasando", "席卷", "휩쓸", "future belongs", "futuro pertenece", "未来属于", "미래는")


@pytest.mark.parametrize(("lang", "asked", "names"), [
    ("en", "what about Reel-K, who came over from their side?", ("Dennis Chau", "Jooick Lee")),
    ("es", "¿y de Reel-K quién vino a la firma?", ("Dennis Chau", "Jooick Lee")),
    ("zh", "那Reel-K那头是谁来的？", ("周德鸣", "Jooick Lee")),
    ("ko", "릴케이 쪽에서는 누가 나왔어요?", ("데니스 차우", "이주익")),
])
def test_who_came_from_a_company_is_its_representatives_without_quotes(services: Services, lang, asked, names) -> None:
    reply, = say(services, lang, asked)
    assert reply.answer == "partner:reel_k#about", (reply.answer, reply.text)
    assert all(name in reply.text for name in names), reply.text
    assert not any(word in reply.text for word in SPEECH), reply.text


@pytest.mark.parametrize(("lang", "asked", "fact"), [
    ("en", "so who exactly are Dalynn Studio?", "2025"),
    ("es", "¿y Dalynn Studio qué es exactamente?", "2025"),
    ("zh", "Dalynn Studio是干什么的？", "2025"),
    ("ko", "달린 스튜디오는 뭐 하는 회사예요?", "2025"),
])
def test_a_company_described_leaves_its_quotations_to_the_card(services: Services, lang, asked, fact) -> None:
    reply, = say(services, lang, asked)
    assert reply.answer.startswith("partner:dalynn_studio"), (reply.answer, reply.text)
    assert fact in reply.text, reply.text  # what it did: its May 2025 agreement
    assert not any(word in reply.text for word in SPEECH), reply.text


@pytest.mark.parametrize(("lang", "card", "asked", "said", "left"), [
    ("ko", "ShortMax 소개 좀 해 주세요", "매달 신작은 몇 편 정도 내요?", "400편을 선보입니다.", "240"),
    ("ko", "ShortMax 소개 좀 해 주세요", "서비스하는 나라는 몇 개예요?", "ShortMax는 240개 이상의 국가에 서비스하고 있습니다.", "400"),
    ("zh", "介绍一下ShortMax", "他们一个月上新几部？", "ShortMax每月上新400部短剧。", "240"),
    ("zh", "介绍一下ShortMax", "覆盖了多少个国家和地区？", "ShortMax覆盖240多个国家和地区。", "400"),
])
def test_one_figure_of_a_company_is_the_clause_that_states_it(services: Services, lang, card, asked, said, left) -> None:
    _, reply = say(services, lang, card, asked)
    assert reply.answer == "partner:shortmax#about", (reply.answer, reply.text)
    assert said in reply.text, reply.text
    assert left not in reply.text, reply.text  # the other figure of the same sentence is not asked


def test_korean_connective_endings_read_as_sentence_ends() -> None:
    assert _ko_declarative("신작을 내며") == "신작을 냅니다"
    assert _ko_declarative("국가에 진출해 있으며") == "국가에 진출해 있습니다"
    assert _ko_declarative("작품을 만들고") == "작품을 만듭니다"
    assert _ko_declarative("상을 받고") == "상을 받습니다"


@pytest.mark.parametrize(("lang", "session", "asked", "said"), [
    ("en", "when's the info session for the talent program?", "and who can actually qualify for the program?",
     "Who is eligible for the <b>Global Talent Program</b> isn't published."),
    ("es", "¿cuándo es la sesión informativa del programa de talento?", "¿quién puede entrar al programa, entonces?",
     "Los requisitos para entrar al <b>Programa Global de Talento</b> no están publicados."),
    ("zh", "人才计划的说明会哪天开？", "这个计划对报名的人有什么条件？", "<b>全球人才计划</b>未公布参加资格。"),
    ("ko", "인재 프로그램 설명회는 언제 해요?", "그 프로그램은 누가 참여할 수 있어요?", "<b>글로벌 인재 프로그램</b>의 참가 자격은 공개되어 있지 않습니다."),
])
def test_eligibility_with_the_session_in_view_is_one_short_answer(services: Services, lang, session, asked, said) -> None:
    first, reply = say(services, lang, session, asked)
    assert first.answer.startswith("event:global_talent_info_session_2026"), first.answer
    assert reply.answer == "program:global_talent_program#eligibility", (reply.answer, reply.text)
    assert reply.text.startswith(said), reply.text
    assert "📍" not in reply.text and len(reply.text.splitlines()) == 1, reply.text  # not the session's card again


@pytest.mark.parametrize(("lang", "asked", "head"), [
    ("en", "which sets suit a Qing harem intrigue drama, and is there a virtual production stage?",
     "start with <b>Palace of the Ming and Qing Dynasties</b> and <b>Yuanming New Garden</b>. Here are all our"),
    ("es", "¿qué sets hay para una intriga palaciega de la dinastía Qing? ¿y tienen estudio virtual?",
     "lo mejor es empezar por <b>Palacio de las dinastías Ming y Qing</b> y <b>Nuevo Jardín Yuanming</b>. Estos son todos"),
    ("zh", "拍清朝宫斗戏用哪些景？另外有虚拟影棚吗？", "首选<b>明清宫苑</b>和<b>圆明新园</b>。以下是"),
    ("ko", "청나라 후궁 암투극 찍을 세트 있어요? 그리고 버추얼 스튜디오도 있어요?",
     "<b>명청궁원</b>과 <b>원명신원</b>부터 보시면 됩니다."),
])
def test_sets_beside_another_ask_name_the_fitting_ones_one_line_each(services: Services, lang, asked, head) -> None:
    reply, = say(services, lang, asked)
    assert reply.answer.startswith("list:locations"), (reply.answer, reply.text)
    assert head in reply.text, reply.text
    listed = [line for line in reply.text.splitlines() if line.startswith("• ")]
    assert len(listed) >= 2, reply.text
    assert not any(line.startswith("  ") for line in reply.text.splitlines()), reply.text  # no paragraph per set
    assert "the sets listed for it" not in reply.text and "列明" not in reply.text, reply.text


@pytest.mark.parametrize(("lang", "asked", "said", "glued"), [
    ("ko", "명나라 궁전 세트 있나요?", "명나라 궁궐 촬영이라면 아래 한 곳이 맞습니다.", "명나라와 궁궐"),
    ("zh", "有没有明朝宫殿的景？", "明朝宫殿", "明朝和宫殿"),
])
def test_an_era_stands_before_the_scene_it_qualifies(services: Services, lang, asked, said, glued) -> None:
    reply, = say(services, lang, asked)
    assert reply.answer.startswith("list:locations"), (reply.answer, reply.text)
    assert said in reply.text and glued not in reply.text, reply.text


@pytest.mark.parametrize(("lang", "asked", "said", "glued"), [
    ("ko", "견적 요청은 어디로 보내면 돼요?", "</b> — 신청 방법: ", "</b>의 신청 방법"),
    ("zh", "竖屏短剧的优惠怎么申请？", "</b> — 申请方式：", "</b>的申请方式"),
])
def test_an_incentives_fact_is_labelled_not_glued_to_its_title(services: Services, lang, asked, said, glued) -> None:
    reply, = say(services, lang, asked)
    assert reply.answer.endswith("#how_to_apply"), (reply.answer, reply.text)
    assert said in reply.text and glued not in reply.text, reply.text


@pytest.mark.parametrize(("lang", "items", "said"), [
    ("en", ["<b>Palace of the Ming and Qing Dynasties</b>", "<b>Qin Palace</b>"],
     "<b>Palace of the Ming and Qing Dynasties</b> and <b>Qin Palace</b>"),
    ("es", ["<b>Murallas y puertas</b>", "<b>Jardín</b>"], "<b>Murallas y puertas</b> y <b>Jardín</b>"),
    ("en", ["Riverside and bridges", "Garden"], "Riverside and bridges, Garden"),  # unbolded: still kept apart
    ("ko", ["<b>진왕궁</b>", "<b>명청궁원</b>"], "<b>진왕궁</b>과 <b>명청궁원</b>"),
])
def test_a_name_in_bold_is_one_item_of_a_list(lang, items, said) -> None:
    assert format_list(items, lang) == said


def test_events_beside_another_ask_keep_their_dates(services: Services) -> None:
    reply, = say(services, "en", "what events have you got coming up, and do you have a virtual production stage?")
    assert reply.answer.startswith("list:events"), (reply.answer, reply.text)
    assert "🕒" in reply.text, reply.text  # the date under each event is what the list is for
