"""Round 29's merge fixes: what the branches did not see alone, and the CI failure of round 28."""

from __future__ import annotations

import pytest

from core.text import standard_words
from intents.nlu.language import detect


@pytest.mark.parametrize(("written", "read"), [
    # A Spanish name inside English-looking text keeps its "de" (CI of round 28 failed on it)...
    ("Dream Valley\nfestival de Hengdian", "Dream Valley\nfestival de Hengdian"),
    ("we loved La Casa de Papel", "we loved La Casa de Papel"),
    # ...while Caribbean chat spelling before a capital is still read (answers71, Belize City DJ).
    ("say dat inna Korean fi mi co-host", "say that in Korean for me co-host"),
    ("how much fi di Qin Palace", "how much for the Qin Palace"),
    ("wat bout de second one", "what about the second one"),
])
def test_romance_name_links_stay_and_chat_spelling_is_read(written: str, read: str) -> None:
    assert standard_words(written, detect(written)) == read


# ---------------------------------------------------------------- what the branches broke together

from bot.context import Services  # noqa: E402
from tests.dialogue import fits, talk  # noqa: E402


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how could we license one of your finished titles?"),
    ("es", "¿cómo podemos licenciar una de sus series terminadas?"),
    ("ko", "완결된 작품 판권은 어떻게 구매하나요?"),
])
def test_how_a_title_is_licensed_is_the_way_not_the_titles(services: Services, lang: str, text: str) -> None:
    """fixP19 lists the titles whose rights are on offer when rights are asked for; how a deal is
    done stays the co-production FAQ (test_fix26a)."""
    talk(services, lang, [(text, "faq:coproduce_catalog_title")], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "please subscribe me to news about new production incentives"),
    ("es", "suscríbeme a las novedades de incentivos para un nuevo rodaje"),
])
def test_a_new_production_is_no_return_shoot(services: Services, lang: str, text: str) -> None:
    """fixP19's return shoot read "new production" as a second shoot (test_fixb_focus_team_handoff_topics)."""
    talk(services, lang, [(text, "subscribe:incentives")], fits)


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["what incentives do you offer?", "who do I email about it?"]),
    ("es", ["¿qué incentivos ofrecen?", "¿y a quién le escribo sobre eso?"]),
])
def test_whom_to_write_after_incentives_but_which_one_after_titles(services: Services, lang: str, turns: list[str]) -> None:
    """fixR19 answers the incentives' team when pointed back after their list; after titles, each with
    a contact of its own, "who's the contact for that one?" still asks which one (fixK18)."""
    talk(services, lang, [(turns[0], "list:incentives"), (turns[1], "contact:vertical_short_drama_center")], fits)
    titles = {"en": ["any mystery titles looking for partners?", "who's the contact for that one?"],
              "es": ["¿tienen series de misterio que busquen socios?", "¿con quién hablo sobre esa?"]}[lang]
    talk(services, lang, [(titles[0], "list:works"), (titles[1], "clarify")], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "If we want one of the catalog dramas, can we license it as it is or only co-produce?"),
    ("en", "is it possible to license one of your finished catalogue shows and co-finance the sequel"),
    ("es", "¿podemos licenciar una serie terminada tal cual o solo coproducirla?"),
])
def test_license_or_coproduce_is_the_faq(services: Services, lang: str, text: str) -> None:
    """answers13/29: the way to deal (license as is, or co-produce) is the FAQ, not fixP19's titles."""
    talk(services, lang, [(text, "faq:coproduce_catalog_title")], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Dalynn got a deal to use your sets for helping distribution. Could a Nordic distributor get similar?"),
    ("es", "Dalynn tiene un acuerdo para usar sus sets. ¿Una distribuidora chilena podría conseguir algo parecido?"),
    ("ko", "달린 스튜디오가 세트 쓰는 협약을 맺었던데, 저희 같은 배급사도 비슷한 거 가능해요?"),
])
def test_a_similar_deal_for_a_company_is_who_qualifies(services: Services, lang: str, text: str) -> None:
    """answers25: fixQ19's deal card for Dalynn's own deal; a similar one for another company is who
    qualifies."""
    talk(services, lang, [(text, "incentive:set_access_partnership#eligibility")], fits)


def test_jamaican_wah_a_is_what_is(services: Services) -> None:
    """answers73: with "di" read as "the" before a name, "wah a di A.R.C system?" had become "what a
    the …" and the AI-tools FAQ; "wah a" is "what is"."""
    assert standard_words("wah a di A.R.C system?", "en") == "what is the A.R.C system?"
    talk(services, "en", [("wah a di A.R.C system? mi see it mention somewhere", "program:arc_system")], fits)
