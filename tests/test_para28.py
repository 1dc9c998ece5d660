"""answers88's first-measured mistakes fixed by para28 (paraphrases of answers87's fixed mistakes
and of play36's fixed turns), each with one more wording written for these tests:

- incentives asked to be told of ("Kindly advise us of the incentives…"), the producers said by a
  participle ("production companies filming at Hengdian"): the incentives' overview;
- who joined the alliance said with 가입되어 있는 / 가입한 데: its members, not the way in;
- "¿en qué situación está?" of a title: its status;
- a formal request passed on to a person ("que me derivara con alguien de su personal", "與本公司聯繫");
- Cantonese 到咗 (橫店)現場: on site, the on-site services;
- "HISDA 우리 같은 작은 팀도 들어갈 수 있어?": the alliance named is what they want into, joining;
- the fewest / most episodes said by the Korean count noun (편수, 회차);
- the ones of a list by a relative clause ("vale, las que vengan en castellano", "the ones that come
  in Korean"), Cantonese 入面 and "有韓語的是哪些": the list narrowed, its genre kept;
- co-producing a title: the cost of "making that one with you" split, the steps asked as what it
  involves or its process: the co-production FAQ;
- "más" of a Spanish superlative asks for no more titles ("regresando a la histórica más larga");
- "las que estén en coreano" after a list: those titles, no reply in Korean (a language request).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, fits, talk

QUESTIONS = [
    ("en", "Kindly advise us of the incentives available to production companies filming at Hengdian.", "faq:incentives"),
    ("en", "Could you please inform us which benefits or reductions a production shooting in Hengdian is entitled to?", "faq:incentives"),
    ("en", "Please advise me of the incentives for crews filming in Hengdian.", "faq:incentives"),
    ("ko", "현재 연맹에 가입되어 있는 기관들을 알려 주시겠습니까?", "list:partners"),
    ("ko", "연맹에 가입돼 있는 회사들 알려 줘", "list:partners"),
    ("zh", "到咗橫店現場可以幫手安排啲咩服務？", "incentive:on_site_services"),
    ("zh", "到咗现场你哋可以帮我哋安排啲咩？", "incentive:on_site_services"),
    ("ko", "HISDA 우리 같은 작은 팀도 들어갈 수 있어? 신청은?", "faq:join_alliance"),
    ("ko", "저희 같은 작은 제작사도 HISDA 들어갈 수 있나요?", "faq:join_alliance"),
]


@pytest.mark.parametrize(("lang", "text", "expect"), QUESTIONS)
def test_answers88_question_read(services: Services, lang: str, text: str, expect: str) -> None:
    reply = ask(services, lang, text)
    assert fits(expect, reply.answer), (text, reply.answer)


DIALOGUES = [
    # who joined, said with 가입한 데
    ("ko", [("HISDA가 뭐 하는 데임?", ["faq:what_is_hisda", "program:hisda"]),
            ("유튜버도 가입 가능? 어디서 신청함?", "faq:join_alliance"),
            ("현재 가입한 데 어디어디야?", "list:partners")]),
    ("ko", [("HISDA 가입하려면 어떻게 해요?", "faq:join_alliance"),
            ("벌써 참여한 데 누구누구예요?", "list:partners")]),
    # a title's situation
    ("es", [("¿tienen series de misterio?", "list:works?genre=mystery"),
            ("¿cuál es la más corta?", "work:work_ancestral_hall#episodes"),
            ("¿y en qué situación está?", "work:work_ancestral_hall#coproduction")]),
    ("es", [("Abuela 2.0", "work:work_grandma_2_0"),
            ("¿en qué situación se encuentra?", "work:work_grandma_2_0#coproduction")]),
    # a formal request passed on to a person
    ("es", [("¿Los equipos extranjeros pueden filmar en Hengdian?", "faq:can_foreign_crews_film"),
            ("Mucho le agradecería que me derivara con alguien de su personal.", ["handoff", "handoff:international_business"])]),
    ("es", [("¿Los equipos extranjeros pueden filmar en Hengdian?", "faq:can_foreign_crews_film"),
            ("Le ruego que nos deriven con alguien del equipo.", ["handoff", "handoff:international_business"])]),
    ("zh", [("我們是台灣的團隊，外國劇組可以在橫店拍攝嗎？", "faq:can_foreign_crews_film"),
            ("煩請安排貴方一位同仁與本公司聯繫。", ["handoff", "handoff:international_business"])]),
    ("zh", [("外国剧组可以在横店拍摄吗？", "faq:can_foreign_crews_film"),
            ("请安排一位同事与我司联系。", ["handoff", "handoff:international_business"])]),
    # the fewest / most episodes by the Korean count noun
    ("ko", [("미스터리 중에 한국어 되는 거 있어요?", "list:works?genre=mystery&language=ko"),
            ("그중에 편수 제일 적은 거요", "work:work_ancestral_hall#episodes")]),
    ("ko", [("미스터리 중에 한국어 되는 거 있어요?", "list:works?genre=mystery&language=ko"),
            ("회차가 가장 많은 건 뭐예요?", "work:work_vanished_on_live#episodes")]),
    # the ones of a list by a relative clause; Cantonese 入面; "the ones having it, which?"
    ("es", [("¿qué tenéis de ciencia ficción?", "list:works?genre=sci_fi"),
            ("vale, las que vengan en castellano", "list:works?genre=sci_fi&language=es")]),
    ("en", [("any romance shows?", "list:works?genre=romance"),
            ("ok the ones that come in Korean", "list:works?genre=romance&language=ko")]),
    ("zh", [("有冇都市劇？", "list:works?genre=urban"),
            ("入面邊幾套有韓文版？我阿妹淨係睇韓劇", "list:works?genre=urban&language=ko")]),
    ("zh", [("有冇喜劇？", "list:works?genre=comedy"),
            ("入面邊幾套有西班牙文？", "list:works?genre=comedy&language=es")]),
    ("zh", [("有都市劇嗎", "list:works?genre=urban"),
            ("有韓語的是哪些", "list:works?genre=urban&language=ko"),
            ("當中第二部講什麼？", "work:work_tour_guide_2077#logline")]),
    ("zh", [("有悬疑剧吗", "list:works?genre=mystery"),
            ("有西语的是哪几部", "list:works?genre=mystery&language=es")]),
    # co-producing a title: the cost split, what it involves, its process
    ("en", [("Half a Teahouse", "work:work_half_a_teahouse"),
            ("say we wanted to split the cost of making that one with you, what's the process", "faq:coproduce_catalog_title")]),
    ("en", [("what mystery series have you got", "list:works?genre=mystery"),
            ("the fourth one, still looking for partners?", "work:work_ancestral_hall#coproduction"),
            ("if we chipped in money to make it together, what would that involve", "faq:coproduce_catalog_title")]),
    ("en", [("Grandma 2.0", "work:work_grandma_2_0"),
            ("we'd like to make this one with you, what's involved?", "faq:coproduce_catalog_title")]),
    # a Spanish superlative is no "more"
    ("es", [("¿qué series históricas tienen?", "list:works?genre=historical"),
            ("¿y la que tiene más capítulos?", "work:work_palace_ratings_war#episodes"),
            ("¿qué eventos hay en abril?", "list:events?month=4"),
            ("regresando a la histórica más larga, ¿sigue buscando socios?", "work:work_palace_ratings_war#coproduction")]),
    ("es", [("¿tienen series de misterio?", "list:works?genre=mystery"),
            ("¿cuál es la más corta?", "work:work_ancestral_hall#episodes"),
            ("¿qué hay en marzo?", "list:events?month=3"),
            ("volviendo a la de misterio más corta, ¿todavía buscan socios?", "work:work_ancestral_hall#coproduction")]),
]


@pytest.mark.parametrize(("lang", "turns"), DIALOGUES)
def test_answers88_turn_read(services: Services, lang: str, turns: list) -> None:
    talk(services, lang, turns, fits=fits)


def test_more_of_a_genre_after_a_title_is_still_a_new_list(services: Services) -> None:
    """"¿y hay más de ciencia ficción?" after a title: "más" asks for more titles (no superlative)."""
    talk(services, "es", [("Abuela 2.0", "work:work_grandma_2_0"),
                          ("¿hay alguna de misterio que esté buscando socios?", "list:works?genre=mystery&coproduction=seeking_partners")],
         fits=fits)


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("es", "las que estén en coreano", "list:works?genre=comedy&language=ko"),
    ("en", "the ones that are in Spanish", "list:works?genre=comedy&language=es"),
])
def test_ones_in_a_language_narrow_the_list_no_reply_language(services: Services, lang: str, text: str, expect: str) -> None:
    """"las que estén en coreano" after the comedies: those in Korean, the reply still in Spanish
    (no language request; int36 answered the whole list in Korean)."""
    first = {"es": "¿tienen comedias?", "en": "any comedies?"}[lang]
    reply = talk(services, lang, [(first, "list:works?genre=comedy"), (text, expect)], fits=fits)
    assert reply.lang == lang

