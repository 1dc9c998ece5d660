"""fixK: the Alliance's members and history, and short answers, in four languages. "Is Reel-K a
member?" is a yes or no first, as the files say (partners.yaml `member`, from the release's list of
member successes), and an honest "not listed" when they do not say; "who made the drama with 300
million views?" is the company whose description states that figure (said as 3亿, 3억 or 300
millones); "when was it founded?" right after the Alliance's card is the sentence dating it, not
the card again; a long FAQ answer or a programme asked one figure answers that first and keeps the
rest (a past visit, quotes) behind a details button."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.facts import figures
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("lang,say,partner,opens", [
    ("en", "is SpringReel a member of the alliance?", "springreel", "Yes"),
    ("es", "¿SpringReel es miembro de la alianza?", "springreel", "Sí"),
    ("zh", "ShortMax是会员吗？", "shortmax", "是的"),
    ("ko", "스프링릴도 회원사예요?", "springreel", "네, 회원사입니다"),
    ("en", "Is Reel-K a member?", "reel_k", "Not as far as"),
    ("es", "¿Dalynn es miembro de la HISDA?", "dalynn_studio", "No, según"),
    ("zh", "Reel-K是联盟成员吗？", "reel_k", "据我们掌握的资料，不是"),
    ("ko", "Dalynn도 회원사예요?", "dalynn_studio", "저희 자료로는 회원사가 아닙니다"),
])
def test_membership_is_a_yes_or_no_first(services: Services, lang, say, partner, opens) -> None:
    reply = talk(services, lang, [(say, f"partner:{partner}#member")])
    assert reply.text.startswith(opens)
    assert len(reply.text) < 400  # one line after the yes or no, not the whole card


@pytest.mark.parametrize("lang,say", [
    ("en", "how does a production company become a member of the alliance?"),
    ("en", "is there a membership fee?"),
])
def test_joining_is_no_membership_question(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "*")])
    assert not (reply.answer or "").endswith("#member")


@pytest.mark.parametrize("lang,say", [
    ("en", "who made the drama with 300 million views?"),
    ("es", "¿quién hizo el microdrama de 300 millones de vistas?"),
    ("zh", "全球播放破3亿的那部剧是谁做的"),
    ("ko", "조회수 3억 넘은 드라마 누가 만들었어요?"),
])
def test_the_maker_of_a_figure_is_the_company_stating_it(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "partner:springreel#about")])
    assert "SpringReel" in reply.text


def test_figures_compare_across_languages() -> None:
    assert figures("300 million views") == figures("3亿次") == figures("3억 회") == figures("300 millones") == {300_000_000}
    assert figures("US$10 million") == figures("1000万美元") == figures("1,000만 달러") == {10_000_000}
    assert figures("in 2025, 12 titles") == set()


@pytest.mark.parametrize("lang,about,when,dated,other", [
    ("en", "what is HISDA", "when was it founded?", "October 2024", "November 2024"),
    ("es", "qué es la HISDA", "¿cuándo se fundó?", "octubre de 2024", "noviembre de 2024"),
    ("zh", "横店国际短剧联盟是什么", "什么时候成立的？", "2024年10月", "2024年11月"),
    ("ko", "HISDA가 뭐예요?", "언제 만들어졌어요?", "2024년 10월", "2024년 11월"),
])
def test_founding_after_the_alliance_is_its_date_only(services: Services, lang, about, when, dated, other) -> None:
    reply = talk(services, lang, [(about, "*"), (when, "program:hisda#founded")])
    assert dated in reply.text and other in reply.text  # both releases' dates, as the files give them
    assert len(reply.text) < 300


def test_founding_of_something_else_is_not_the_alliance(services: Services) -> None:
    reply = talk(services, "en", [("what is HISDA", "*"), ("when was the ming dynasty founded?", "*")])
    assert reply.answer != "program:hisda#founded"


@pytest.mark.parametrize("lang,say", [
    ("en", "can foreign actors get work there?"),
    ("es", "¿los actores extranjeros consiguen trabajo allá?"),
    ("zh", "外国演员在横店能接到戏吗？"),
    ("ko", "외국 배우도 섭외할 수 있나요?"),
])
def test_a_long_faq_keeps_its_story_behind_details(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "faq:foreign_actors")])
    assert "Sarie" not in reply.text and "“" not in reply.text and "«" not in reply.text
    details = next(b.data for row in reply.buttons for b in row if b.data and "|faq|foreign_actors" in b.data)
    chat = 990_001
    services.store.touch(chat, language_code=lang)
    whole = services.brain.reply_to_button(chat, details, services.store.profile(chat))
    assert "Sarie" in whole.text  # nothing cut from the knowledge: the story is one press away


@pytest.mark.parametrize("lang,say,figure", [
    ("en", "how many short dramas does Hengdian expect this year", "3,000"),
    ("es", "¿cuántos microdramas espera producir Hengdian este año?", "3000"),
    ("zh", "今年横店计划拍多少部短剧", "3000"),
    ("ko", "올해 헝뎬에서 숏드라마 몇 편 만들 예정이에요?", "3,000"),
])
def test_a_figure_asked_of_a_programme_is_its_sentence(services: Services, lang, say, figure) -> None:
    reply = talk(services, lang, [(say, "program:short_drama_hub_2025")])
    assert figure in reply.text
    assert len(reply.text) < 400
    assert not reply.text.split("\n", 1)[1].startswith(("”", "」"))
