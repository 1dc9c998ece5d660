"""Contacts and hand-offs in follow-ups (fixD7):

- a title's price or rights asked right after its team's card ("who handles the fifth one?"), with
  a market word ("Latin American", "拉美", "중남미"): the title's own team, whose e-mail "their
  email" then gives, not the team the market word names;
- "put me through to their people" in southern Chinese or closed by a mark ("伊兜个人",
  "他們那邊的人～"), "que alguien de allá se ponga en contacto conmigo": a hand-off;
- "el cuarto, ¿cómo está lo de la coproducción?": that title's co-production status, no FAQ;
- "doing one of your shows jointly with us, how does such a deal get set up?": the co-production
  FAQ; "who do we send our list of titles to?": where to write;
- a team's phone asked by its full name, typed short ("tel no."): its number;
- "要进来做成员": joining; "那边窗口是谁" after the FAQ naming Dalynn: Dalynn;
- a language asked for a reader who reads it better: the last answer again, no comparison gap."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import asks_for_person
from tests.dialogue import talk_patterns as talk

URBAN = {"en": "show me your urban dramas", "es": "muéstrame los dramas urbanos", "zh": "给我看都市剧",
         "ko": "도시 배경 현대극 목록을 보여 주세요"}
SECOND = {"en": "the second one, what's it about?", "es": "¿de qué trata el segundo?", "zh": "第二部讲什么？",
          "ko": "두 번째는 어떤 내용이에요?"}
FIFTH = {"en": "who looks after the fifth one?", "es": "¿y el quinto quién lo lleva?", "zh": "第五部谁负责？",
         "ko": "다섯 번째 작품은 누가 담당해요?"}
LATAM_PRICE = {"en": "what would Latin American rights cost us?", "es": "¿cuánto nos costarían los derechos para Latinoamérica?",
               "zh": "拉美地区的版权大概多少钱？", "ko": "중남미 판권은 얼마 정도예요?"}
MAIL = {"en": "their e-mail please", "es": "¿me das su correo?", "zh": "他们邮箱多少？", "ko": "거기 이메일 주소 알려 주세요"}


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_a_titles_rights_after_its_team_are_its_teams(services: Services, lang) -> None:
    talk(services, lang, [(URBAN[lang], "list:works*"), (SECOND[lang], "work:work_ten_days_in_october*"),
                          (FIFTH[lang], ["contact:vertical_short_drama_center*", "work:work_die_another_take*"]),
                          (LATAM_PRICE[lang], "gap:*"), (MAIL[lang], "contact:vertical_short_drama_center#email")])


@pytest.mark.parametrize("text", ["好ㄛ 幫我轉給他們那邊的人～", "雅，帮我接伊兜个人", "帮我接佢哋嘅人啦",
                                  "麻烦转到那边的人~", "que alguien de allá se ponga en contacto conmigo",
                                  "que la gente del centro se comunique con nosotros"])
def test_put_through_to_their_people(text) -> None:
    assert asks_for_person(text)


@pytest.mark.parametrize("text", ["转给他们的人看看", "我们个人觉得", "转给我个人", "no sé si alguien se pondría en contacto"])
def test_no_hand_off_in_other_words(text) -> None:
    assert not asks_for_person(text)


@pytest.mark.parametrize("lang,say", [
    ("es", "el cuarto, ¿cómo está lo de la coproducción?"),
    ("en", "the fourth, how's the co-production?"),
])
def test_a_listed_titles_coproduction_standing(services: Services, lang, say) -> None:
    first = {"es": "déjame ver los títulos de drama familiar", "en": "show me the family dramas"}[lang]
    third = {"es": "el tercero, ¿cuántos episodios?", "en": "the third, how many episodes?"}[lang]
    talk(services, lang, [(first, "list:works*"), (third, "work:*#episodes"),
                          (say, "work:work_son_in_law_from_seoul#coproduction")])


@pytest.mark.parametrize("lang,say", [
    ("en", "our partner in Quito fancies making one of your shows together with us, how does that usually get set up?"),
    ("es", "queremos producir uno de sus títulos en conjunto con un socio de Quito, ¿cómo funciona eso?"),
])
def test_a_title_made_together_is_the_coproduction_faq(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "faq:coproduce_catalog_title")])


def test_who_to_send_the_titles_to(services: Services) -> None:
    talk(services, "en", [("how do we co-produce a title from the catalog?", "faq:coproduce_catalog_title"),
                          ("who should we send the titles we picked to?", "contact:international_business*")])


@pytest.mark.parametrize("lang,say", [
    ("en", "tel no. of the Vertical Short Drama Operations Center?"),
    ("en", "what's the Vertical Short Drama Operations Center's numbr"),
    ("es", "tfno de la secretaría de HISDA"),
])
def test_a_teams_phone_by_its_name(services: Services, lang, say) -> None:
    talk(services, lang, [(say, ["contact:vertical_short_drama_center#phone", "contact:hisda_secretariat#phone"])])


def test_taken_in_as_a_member_is_joining(services: Services) -> None:
    talk(services, "zh", [("我们公司想当会员，要准备什么材料？", "faq:join_alliance")])


def test_the_contact_there_after_the_spanish_faq(services: Services) -> None:
    talk(services, "zh", [("跟我说一下那个给拉美制片人的线上推介会", "event:latam_pitch_day_2027*"),
                          ("在横店拍的东西有办法卖到说西语的市场吗", ["faq:spanish_distribution", "partner:dalynn_studio*"]),
                          ("那边窗口是谁", ["contact:dalynn_studio*", "partner:dalynn_studio*"])])


def test_a_language_for_a_reader_who_reads_it_better(services: Services) -> None:
    talk(services, "en", [("which sets have a village?", "list:locations*"),
                          ("the first one, what kinds of scenes does it have?", "location:*#scene_types"),
                          ("our director reads Spanish better than English, can you send that in Spanish for him?",
                           "location:*#scene_types")])
