"""A message with two or three asks answers every ask (issue 7, "Multi-part messages"; found
playing partner conversations through Telegram, play28 K5):

- two values of one filter asked together ("partners from Korea and Spain", "¿socios de Corea y
  de España?", "有韩国的合作伙伴吗，那西班牙的呢", "한국이랑 스페인 파트너"): each answered, a
  country with none said with what comes closest;
- two filters of one list in two parts ("any titles in Korean? the mystery ones"): one list, both
  applied and stated;
- one fact of two records named together ("when are the film festival and Latin Film Night?"):
  the fact of each;
- two questions joined by a connective ("cuándo es el festival y si hay que pagar", "영화제 언제
  하는지랑 참가비 있는지", "影视节什么时候以及要不要报名费"): each part answered, a fact never
  swallowed by a gap;
- names and single questions are not split ("Blade and Blossom", "romance and comedy titles",
  "Ming and Qing").

The answer key stays the first part's, the one a one-question message would have."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask as _say
from tests.dialogue import fits, new_chat


# -- two countries: the partners of each, "none based in Spain" said -----------------------------
@pytest.mark.parametrize("lang,line,spain", [
    ("en", "which partners are from Korea and Spain?", "Spain"),
    ("en", "any partners in Korea or Japan?", "Japan"),
    ("es", "¿y hay socios de Corea y de España en la alianza?", "España"),
    ("es", "¿tienen socios en Corea o en Japón?", "Japón"),
    ("zh", "有韩国的合作伙伴吗，那西班牙的呢", "西班牙"),
    ("zh", "韩国和西班牙有合作伙伴吗", "西班牙"),
    ("ko", "한국이랑 스페인 파트너 있어요?", "스페인"),
    ("ko", "한국하고 일본에 있는 파트너사 알려주세요", "일본"),
])
def test_two_countries_each_answered(services: Services, lang: str, line: str, spain: str) -> None:
    reply = _say(services, lang, line)
    assert fits("list:partners?country=KR", reply.answer), reply.answer
    assert "Reel-K" in reply.text and spain in reply.text, reply.text
    assert "partner:reel_k" in reply.items


def test_a_country_of_the_writer_is_not_asked(services: Services) -> None:
    reply = _say(services, "en", "we are a Spanish studio, any partners in Korea?")
    assert reply.answer == "list:partners?country=KR" and "Spain" not in reply.text, reply.text


# -- two filters of one list in two parts: one list with both ------------------------------------
@pytest.mark.parametrize("lang,line,expect", [
    ("en", "any titles in Korean? the mystery ones", "list:works?genre=mystery&language=ko"),
    ("es", "¿tienen obras en coreano? las de misterio", "list:works?genre=mystery&language=ko"),
    ("es", "¿hay comedias? ¿y románticas?", "list:works?genre=comedy&genre=romance"),
    ("zh", "有韩语的剧吗？悬疑的", "list:works?genre=mystery&language=ko"),
    ("ko", "한국어로 된 작품 있어요? 미스터리로요", "list:works?genre=mystery&language=ko"),
])
def test_two_filters_of_one_list(services: Services, lang: str, line: str, expect: str) -> None:
    reply = _say(services, lang, line)
    assert fits(expect, reply.answer), reply.answer


# -- one fact of two records named together ------------------------------------------------------
@pytest.mark.parametrize("lang,line,names", [
    ("en", "when are the film festival and latin film night?", ["Hengdian Film Festival", "Latin Film Night"]),
    ("es", "¿cuándo son el festival de cine y la noche de cine latino?", ["Festival de Cine de Hengdian", "Noche de Cine Latino"]),
    ("es", "¿dónde quedan el Palacio Qin y el Valle de los Sueños?", ["Palacio de Qin", "Valle de los Sueños"]),
    ("zh", "横店影视节和拉丁电影之夜是什么时候？", ["横店影视节", "拉丁电影之夜"]),
    ("ko", "영화제랑 라틴 영화의 밤 언제예요?", ["헝뎬 영화제", "라틴 영화의 밤"]),
])
def test_one_fact_of_two_records(services: Services, lang: str, line: str, names: list[str]) -> None:
    reply = _say(services, lang, line)
    first = "location:qin_palace#address" if "Qin" in line else "event:hengdian_film_festival#date"
    assert fits(first, reply.answer), reply.answer
    assert all(name in reply.text for name in names), reply.text


# -- two questions joined by a connective: each answered -----------------------------------------
FESTIVAL, NIGHT = "event:hengdian_film_festival#date", "event:latin_film_night#date"


@pytest.mark.parametrize("lang,line,said,first", [
    ("en", "when is latin film night and is there a fee?", "published", NIGHT),
    ("es", "cuando es la noche de cine latino y hay que pagar?", "publicado", NIGHT),
    ("zh", "拉丁电影之夜什么时候，要收费吗", "公布", NIGHT),
    ("ko", "라틴 영화의 밤은 언제 하고 참가비 있어요?", "공개", NIGHT),
    ("en", "can you tell me when the festival is and whether there is a fee", "published", FESTIVAL),
    ("es", "queremos saber cuando es el festival de cine de hengdian y si hay que pagar para participar", "publicado", FESTIVAL),
    ("zh", "横店影视节什么时候以及要不要报名费", "公布", FESTIVAL),
    ("zh", "想知道影视节什么时候办，和参加要不要钱", "公布", FESTIVAL),
    ("ko", "제주도에 있는 제작사인데요, 영화제 언제 하는지랑 참가비 있는지 궁금해요", "공개", FESTIVAL),
    ("ko", "영화제 언제 하는지하고 참가비 얼마인지 알려주세요", "공개", FESTIVAL),
])
def test_fact_and_gap_both_answered(services: Services, lang: str, line: str, said: str, first: str) -> None:
    """A date is never swallowed by the fee asked beside it, however the two are joined."""
    reply = _say(services, lang, line)
    assert fits(first, reply.answer), reply.answer
    assert "2027" in reply.text and said in reply.text, reply.text


@pytest.mark.parametrize("text,parts", [
    ("cuando es el festival y si hay algo para productores latinoamericanos",
     ["cuando es el festival", "si hay algo para productores latinoamericanos"]),
    ("when the festival is and whether there is a fee", ["when the festival is", "whether there is a fee"]),
    ("영화제 언제 하는지랑 참가비 있는지 궁금해요", ["영화제 언제 하는지", "참가비 있는지 궁금해요"]),
    ("촬영 가능한지하고 비용이 얼마인지 알려주세요", ["촬영 가능한지", "비용이 얼마인지 알려주세요"]),
    ("有韩国的合作伙伴吗，那西班牙的呢", ["有韩国的合作伙伴吗", "那西班牙的呢"]),
    ("想知道怎么去横店和需要签证吗", ["想知道怎么去横店", "需要签证吗"]),
    ("横店在哪里，那拉丁电影之夜呢", ["横店在哪里", "那拉丁电影之夜呢"]),
])
def test_connectives_split(text: str, parts: list[str]) -> None:
    assert lexicon.split_parts(text) == parts


@pytest.mark.parametrize("text", [
    "tell me about Blade and Blossom", "any romance and comedy titles?", "which sets are from the Ming and Qing dynasties?",
    "¿tienen comedias y romances?", "韩国和西班牙有合作伙伴吗", "明朝和清朝的景有哪些", "有没有悬疑和爱情的剧吗",
    "이미지랑 영상 있어요?", "한국이랑 스페인 파트너 있어요?", "好的，那第三个呢",
])
def test_one_question_stays_one(text: str) -> None:
    assert lexicon.split_parts(text) == [text]


@pytest.mark.parametrize("lang,line,expect", [
    ("en", "tell me about Blade and Blossom", "work:work_blade_and_blossom"),
    ("en", "any romance and comedy titles?", "list:works?genre=romance&genre=comedy"),
    ("es", "¿qué sets hay de las dinastías Ming y Qing?", "list:locations?era=ming&era=qing"),
])
def test_names_and_two_values_stay_one_answer(services: Services, lang: str, line: str, expect: str) -> None:
    assert fits(expect, _say(services, lang, line).answer)


def test_a_part_with_no_subject_of_its_own_reads_under_the_one_before(services: Services) -> None:
    """"…cuándo es el festival y si hay algo para productores latinoamericanos, también si hay que
    pagar": the date, the pitch day for Latin American producers (not every programme), the fee."""
    reply = _say(services, "es", "queremos saber cuando es el festival de cine de hengdian y si hay algo para productores "
                                 "latinoamericanos, tambien si hay que pagar para participar")
    assert reply.answer == "event:hengdian_film_festival#date", reply.answer
    assert "Jornada de pitch" in reply.text and "publicado" in reply.text, reply.text
    assert "Programas e iniciativas" not in reply.text


@pytest.mark.parametrize("lang,line,button", [
    ("en", "1. where is Hengdian? 2. when is the film festival? 3. do we need a visa? 4. when is Latin Film Night?",
     "v1|ev|latin_film_night"),
    ("es", "1. ¿dónde está Hengdian? 2. ¿cuándo es el festival de cine? 3. ¿necesitamos visa? 4. ¿y la noche de cine latino?",
     "v1|ev|latin_film_night"),
])
def test_a_fourth_question_is_offered_as_a_button(services: Services, lang: str, line: str, button: str) -> None:
    reply = _say(services, lang, line)
    assert any(b.data == button for row in reply.buttons for b in row), reply.buttons


@pytest.mark.parametrize("lang,line,expect", [
    ("en", "any titles in Korean? the mystery ones", "list:works?genre=mystery&language=ko"),
    ("en", "any titles in Korean?", "list:works?language=ko"),
    ("es", "¿hay obras en coreano?", "list:works?language=ko"),
    ("zh", "有韩语的作品吗？", "list:works?language=ko"),
    ("ko", "한국어로 된 작품 있어요?", "list:works?language=ko"),
    ("en", "is it in Korean?", "work:work_ancestral_hall#languages"),
    ("es", "¿está en coreano?", "work:work_ancestral_hall#languages"),
])
def test_titles_asked_with_a_title_in_focus(services: Services, lang: str, line: str, expect: str) -> None:
    """Which titles there are in a language, asked right after one title's card, is the list of
    them (both filters of a two-part message applied); "is it…?" still asks that one."""
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    services.brain.reply_to_text(chat, "tell me about The Ancestral Hall", services.store.profile(chat))
    reply = services.brain.reply_to_text(chat, line, services.store.profile(chat))
    assert fits(expect, reply.answer), reply.answer
