"""A follow-up that widens the question is not about the item just shown (play35a, K1):

- "how many sets do you have overall?", "总共有几个场景？", "전체 몇 개예요?" after a filtered list:
  every record of that kind counted, not the few just shown ("how many is that altogether?"
  stays the list's size: tests/test_lead13_kinds.py);
- "how many titles do they have?" with a partner or team in focus: the works that team handles;
- "which of them are Korean?" after the members-count gap: the partners listed, of that country
  (and "the first one" picks from them), never the alliance's card;
- "what are the incentives exactly?" after the overview: the incentives themselves;
- "¿tienen de comedia también?", "코미디도 있어요?" with a title in focus: the catalog of that genre,
  not the title's genre ("is it a comedy?" stays the title's);
- "who can give me that info?" after a price gap: the contact, not the record in focus."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk

EUROPEAN = {"en": "Do you have any sets that look like a European town, like Paris or Prague streets?",
            "es": "¿tienen sets que parezcan una ciudad europea, como calles de París o Praga?",
            "zh": "有没有像欧洲小镇的场景，比如巴黎或布拉格的街道？",
            "ko": "파리나 프라하 거리 같은 유럽 도시처럼 보이는 세트장 있어요?"}


@pytest.mark.parametrize("lang,say,counted", [
    ("en", "how many sets do you have overall?", "10 sets"),
    ("es", "¿cuántos sets tienen en total?", "10 sets"),
    ("zh", "总共有几个场景？", "10处"),
    ("ko", "전체 몇 개예요?", "10곳"),
])
def test_overall_after_a_filtered_list_counts_every_record(services: Services, lang, say, counted) -> None:
    reply = talk(services, lang, [(EUROPEAN[lang], "list:locations?*"), (say, "list:locations")])
    assert counted in reply.text


@pytest.mark.parametrize("lang,say", [
    ("en", "how many titles do they have?"),
    ("en", "how many titles does it have?"),
    ("zh", "他们有多少部作品？"),
])
def test_titles_counted_of_the_team_in_focus(services: Services, lang, say) -> None:
    reply = talk(services, lang, [("what's the Vertical Short Drama Operations Center and who runs it?", "partner:*"),
                                  (say, "list:works?contact=vertical_short_drama_center")])
    assert "6" in reply.text


@pytest.mark.parametrize("lang,first,which,pick", [
    ("en", "how many member companies does the alliance have?", "Which of them are Korean?", "the first one please"),
    ("es", "¿cuántos miembros tiene la alianza?", "¿cuáles de ellos son coreanos?", "el primero"),
    ("zh", "联盟有多少家成员？", "其中哪些是韩国的？", "第一个"),
])
def test_which_of_them_after_the_members_count_are_the_partners(services: Services, lang, first, which, pick) -> None:
    talk(services, lang, [(first, "gap:*"), (which, "list:partners?country=KR"), (pick, "partner:*")])


@pytest.mark.parametrize("lang,say", [
    ("en", "what are the incentives exactly?"),
    ("es", "¿cuáles son los incentivos exactamente?"),
    ("zh", "具体有哪些优惠政策？"),
    ("ko", "인센티브가 구체적으로 뭐예요?"),
])
def test_the_detail_asked_after_the_overview_is_the_list(services: Services, lang, say) -> None:
    talk(services, lang, [("do you offer incentives?", "faq:incentives"), (say, "list:incentives")])


@pytest.mark.parametrize("lang,say", [
    ("es", "¿tienen de comedia también?"),
    ("zh", "有喜剧吗？"),
    ("ko", "코미디도 있어요?"),
    ("en", "do you have comedies too?"),
])
def test_a_genre_asked_of_us_with_a_title_in_focus_is_the_catalog(services: Services, lang, say) -> None:
    talk(services, lang, [("The Emperor's Clockmaker", "work:work_emperors_clockmaker"),
                          (say, "list:works?genre=comedy")])


def test_is_it_a_comedy_stays_the_title(services: Services) -> None:
    talk(services, "en", [("The Emperor's Clockmaker", "work:work_emperors_clockmaker"),
                          ("is it a comedy?", "work:work_emperors_clockmaker#genres")])


@pytest.mark.parametrize("lang,price,who", [
    ("es", "y el precio pa República Dominicana?", "quien me puede dar esa info"),
    ("en", "and the price for the Dominican Republic?", "who can give me that info?"),
    ("zh", "多米尼加的价格是多少？", "谁能告诉我这个信息？"),
    ("ko", "도미니카 공화국 가격은 얼마예요?", "그 정보는 누가 알려줄 수 있어요?"),
])
def test_who_can_give_me_that_info_is_the_gaps_contact(services: Services, lang, price, who) -> None:
    talk(services, lang, [("Eclipse over Qin", "work:work_eclipse_over_qin"), (price, "gap:*"),
                          (who, "contact:international_business#role")])
