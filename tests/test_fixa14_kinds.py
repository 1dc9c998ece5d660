"""fixA14: kinds main lost on the read sets of round 20, each in the partner's words written for
these tests (never the sets'):

- kind 1: a landscape no set has ("a desert set?") is the No-and-the-virtual-stage answer only when
  it is asked of OUR sets (a set, stage or shoot word, or "do you have…" asked of us); a line that
  merely names a landscape (a tour of a desert abroad, beaches near a resort, a cast coming from the
  jungle) is not answered with our virtual stage;
- kind 2: the LED volume by name ("LED 볼륨으로 버추얼", "un volumen LED") is the virtual production
  stage, also right after a set's card.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, fits, talk

STAGE = "location:virtual_production"


@pytest.mark.parametrize(("lang", "asked", "no"), [
    ("en", "any snowfields on your backlot for a mountain-rescue short?", "No"),
    ("en", "got a jungle set we could use for a survival drama?", "No"),
    ("en", "does Hengdian have anything like a desert for a western?", "No"),
    ("en", "is there a prairie location for our frontier story?", "No"),
    ("es", "¿tienen algún set con playa para una novela de piratas?", "No"),
    ("es", "¿hay desierto para rodar una de vaqueros?", "No"),
    ("es", "¿cuentan con una pradera para grabar escenas a caballo?", "No"),
    ("es", "en sus estudios hay algo tipo selva para filmar?", "No"),
    ("zh", "你们有没有雪景可以拍？", "没有"),
    ("zh", "横店有草原吗？想拍赛马的戏", "没有"),
    ("zh", "有没有沙漠的场景", "没有"),
    ("zh", "贵方有热带雨林的布景吗", "没有"),
    ("ko", "해변 세트 있나요?", "아니요"),
    ("ko", "설원에서 찍을 수 있는 곳 있어요?", "아니요"),
    ("ko", "정글 같은 촬영지 있어요?", "아니요"),
    ("ko", "헝뎬에 사막 있어요?", "아니요"),
])
def test_a_landscape_asked_of_our_sets_is_no_and_the_virtual_stage(services: Services, lang: str, asked: str, no: str) -> None:
    reply = talk(services, lang, [(asked, STAGE)], fits)
    assert reply.text.startswith(no), reply.text


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "any good beach resorts near Sanya for a team holiday?"),
    ("en", "is there a desert safari you'd recommend in Dubai?"),
    ("en", "is there snow in Harbin in January?"),
    ("en", "which jungle lodges in Borneo are worth the trip?"),
    ("es", "¿hay playas lindas en Tulum?"),
    ("es", "¿hay tours buenos por el desierto de Atacama?"),
    ("es", "¿hay nieve en Bariloche en julio?"),
    ("es", "¿qué tal las excursiones a la selva de Chiapas, hay alguna barata?"),
    ("zh", "哈尔滨冬天有雪景吗？想去旅游"),
    ("zh", "三亚有没有好玩的海滩"),
    ("zh", "内蒙古草原旅游有推荐的团吗"),
    ("zh", "撒哈拉沙漠有没有靠谱的向导"),
    ("ko", "제주도 해변 중에 예쁜 데 있어요?"),
    ("ko", "몽골 초원 여행 패키지 있나요?"),
    ("ko", "사하라 사막 가이드 투어 있어요?"),
    ("ko", "보르네오 정글 트레킹 괜찮은 업체 있어요?"),
])
def test_a_line_that_merely_names_a_landscape_is_not_our_stage(services: Services, lang: str, said: str) -> None:
    reply = ask(services, lang, said)
    assert reply.answer != STAGE, (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "turns"), [
    ("ko", ["전통 거리 세트 뭐 있어요?", "첫 번째 거요", "아니면 LED 볼륨에서 찍는 건 어때요? 그런 곳 있어요?"]),
    ("es", ["¿qué sets de calles antiguas tienen?", "el primero", "¿y si mejor usamos un volumen LED? ¿tienen uno?"]),
    ("en", ["which old street sets do you have?", "the first one", "or could we just do it on an LED volume instead?"]),
    ("zh", ["有哪些老街的景？", "第一个", "要不直接用LED影棚拍？有这种棚吗"]),
])
def test_the_led_volume_after_a_set_is_the_virtual_stage(services: Services, lang: str, turns: list[str]) -> None:
    first, second, third = turns
    talk(services, lang, [(first, "list:locations*"), (second, "location:*"),
                          (third, ["faq:virtual_production", STAGE])], fits)  # type: ignore[list-item]


# kind 3: whom to talk to for the rights to a title of ours is the FAQ of licensing a catalogue
# title (which names the team); "who handles licensing?" with no title stays the team's card
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "say we want the rights to one of your dramas for Kenya, who do we speak to?"),
    ("en", "who do I contact to license a title from your catalogue?"),
    ("es", "¿a quién le escribo si queremos los derechos de una de sus series para Perú?"),
    ("es", "nos interesa una obra del catálogo para Uruguay, ¿con quién hablamos por los derechos?"),
    ("zh", "片单里有部剧我们想买版权，该找谁？"),
    ("zh", "我哋想要你哋一部劇嘅台灣版權，搵邊個傾好？"),
    ("ko", "카탈로그에 있는 드라마 판권 사려면 누구한테 연락해야 돼요?"),
    ("ko", "작품 하나 베트남 판권 얘기하려면 누구랑 얘기하면 돼요?"),
])
def test_whom_for_a_titles_rights_is_the_catalogue_faq(services: Services, lang: str, asked: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer == "faq:coproduce_catalog_title", (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "who handles licensing?"),
    ("es", "¿quién se encarga de las licencias?"),
    ("zh", "授权的事找谁？"),
    ("ko", "판권 문의는 누구한테 해요?"),
])
def test_who_handles_licensing_alone_is_the_team(services: Services, lang: str, asked: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer == "contact:international_business#role", (reply.answer, reply.text)


# kind 4: the partner's own festival is decided once (`lexicon.OWN_EVENT`, `own_festival_said`):
# fixA13's "our … festival/night" and fixB13's "a festival like ours" alike, never "our crew at
# your festival" (theirs at ours) nor "我们电影节期间" (during the festival)
@pytest.mark.parametrize(("text", "own"), [
    ("our tiny student festival wants to screen a title", True),
    ("could an indie fest like ours afford the fee?", True),
    ("¿un certamen modesto como el nuestro podría proyectar algo?", True),
    ("nuestra pequeña muestra de cine busca títulos", True),
    ("敝影展想放映一部短剧", True),
    ("像我们這樣的小影展能合作吗", True),
    ("저희 같은 지역 영화제도 상영할 수 있나요?", True),
    ("our crew wants to visit your festival", False),
    ("our team at the film festival in Hengdian", False),
    ("我们电影节期间去横店", False),
    ("우리가 헝뎬 영화제에 가도 돼요?", False),
    ("nuestro equipo quiere ir al festival de Hengdian", False),
])
def test_the_partners_own_festival_is_one_predicate(text: str, own: bool) -> None:
    from intents import lexicon
    assert lexicon.own_festival_said(text) is own, text


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "our crew wants to visit your festival — when is it?"),
    ("es", "nuestro equipo quiere ir al festival de Hengdian, ¿cuándo es?"),
    ("zh", "我们团队想去横店电影节，什么时候开？"),
    ("ko", "우리가 헝뎬 영화제에 가고 싶은데 언제 해요?"),
])
def test_our_team_at_your_festival_asks_the_festival(services: Services, lang: str, asked: str) -> None:
    reply = ask(services, lang, asked)
    assert (reply.answer or "").startswith("event:hengdian_film_festival"), (reply.answer, reply.text)


# kind 5 (answers53): a year in Chinese digits is the year ("二〇二七年的…", "二零二七年…")
@pytest.mark.parametrize(("lang", "asked"), [
    ("zh", "二〇二七年的虚拟影棚开放日是几号？"),
    ("zh", "二零二七年那个开放日定在哪天"),
    ("zh", "請問二〇二七年的虛擬攝影棚開放日是哪一天？"),
])
def test_a_year_in_chinese_digits_is_that_years_edition(services: Services, lang: str, asked: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer == "event:virtual_stage_open_day_2027#date", (reply.answer, reply.text)


def test_han_years_reads_only_four_digit_years() -> None:
    from core.text import han_years
    assert han_years("二〇二七年的拉丁电影之夜") == "2027年的拉丁电影之夜"
    assert han_years("一九九六年建成") == "1996年建成"
    assert han_years("拍了十二年") == "拍了十二年"
    assert han_years("三千二百二十年") == "三千二百二十年"


# kind 6 (answers53): the partner's own festival said formally ("敝方影展", "我方电影节", "本校影展")
# and its audience of students from abroad (留学生, 유학생) is no question of studying abroad
@pytest.mark.parametrize(("lang", "asked"), [
    ("zh", "我方影展的观众多是拉美留学生，你们的片子能打进西语市场吗？"),
    ("zh", "敝方电影节观众以西语留学生为主，贵方短剧有西语发行吗？"),
    ("ko", "저희 영화제 관객이 대부분 남미 유학생인데 스페인어권에도 작품이 나가나요?"),
])
def test_the_own_festival_of_students_asks_the_spanish_market(services: Services, lang: str, asked: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer in ("faq:spanish_distribution", "partner:dalynn_studio"), (reply.answer, reply.text)


# kind 7 (answers53): a festival named after another town or body, written with its capitals, is
# not ours ("the Charleston film festival", "Raindance Film Festival", "el Festival de Cine de Sitges")
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "who took the jury prize at the Savannah film festival last year?"),
    ("en", "when does the Raindance Film Festival open its submissions?"),
    ("es", "¿quién ganó en el Festival de Cine de Sitges el año pasado?"),
    ("es", "¿cuándo es el festival de Huelva?"),
])
def test_another_towns_festival_by_its_name_is_not_ours(services: Services, lang: str, asked: str) -> None:
    reply = ask(services, lang, asked)
    assert not (reply.answer or "").startswith(("event:", "faq:film_festival")), (reply.answer, reply.text)


# kind 8 (answers53): an event's two words written as one ("openday"), and a US state's clock asked
# "on X time" ("show me times on South Carolina time")
@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "what date is the openday?", "event:virtual_stage_open_day_2027#date"),
    ("en", "please show me times on Ohio time from now on", "pref:timezone"),
    ("en", "we're on Tennessee time, use that for all times", "pref:timezone"),
    ("en", "show me the dates on North Carolina time please", "pref:timezone"),
])
def test_one_word_open_day_and_a_us_states_clock(services: Services, lang: str, asked: str, expect: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer == expect, (reply.answer, reply.text)


# kind 9 (answers53): with a set talked about, a crew said by the town it comes from ("a lot from
# Cardiff", "siendo gente de Cusco") asking whether the set is open to it is the foreign-crews FAQ
@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["which of your sets have gardens?", "and the third?", "is it open to an outfit from Leeds, or just Chinese productions?"]),
    ("en", ["which of your sets have gardens?", "and the third?", "is it available to a team from Lagos as well?"]),
    ("es", ["¿cuáles de sus sets tienen jardines?", "¿y el tercero?", "siendo un equipo de Cusco, ¿nos dejan grabar ahí?"]),
    ("es", ["¿cuáles de sus sets tienen jardines?", "¿y el tercero?", "¿ese set está abierto a productoras extranjeras o solo a chinas?"]),
])
def test_a_crew_by_its_town_asking_a_set_is_the_foreign_crews_faq(services: Services, lang: str, turns: list[str]) -> None:
    first, second, third = turns
    talk(services, lang, [(first, "list:locations*"), (second, "location:*"), (third, "faq:can_foreign_crews_film")], fits)


# kind 10 (answers53): one of our titles made "with you" and "the road to a deal" is the catalogue
# co-production FAQ, not the list of titles
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "say we loved a show on your slate and wanted to make it with you guys, what's the road to a deal?"),
    ("en", "one of your series caught our eye and we'd like to shoot it with your team. what's the road to a contract?"),
    ("es", "una serie de su catálogo nos encantó y queremos rodarla con ustedes, ¿cuál es el camino a un acuerdo?"),
    ("zh", "要是看中你们片单里一部剧，想跟你们一起拍，怎么谈下来？"),
    ("ko", "카탈로그 작품 하나를 같이 만들고 싶으면 어떻게 진행돼요?"),
])
def test_a_title_made_with_you_is_the_coproduction_faq(services: Services, lang: str, asked: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer == "faq:coproduce_catalog_title", (reply.answer, reply.text)


# kind 11 (answers53): another language named in the partner's own plan told before the question
# ("Before we dub into French, …?") is no version asked; the question after it decides
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "before we subtitle them in German, can your shows reach Spanish-speaking viewers?"),
    ("en", "Once we dub into Italian, has anyone taken your series to Latin America?"),
    ("es", "antes de doblarlas al francés, ¿alguien ya llevó sus series a mercados hispanohablantes?"),
    ("ko", "프랑스어로 더빙하기 전에, 혹시 스페인어권 시장에 작품이 나간 적 있어요?"),
])
def test_a_language_in_the_partners_own_plan_is_no_version_asked(services: Services, lang: str, asked: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer in ("faq:spanish_distribution", "partner:dalynn_studio"), (reply.answer, reply.text)


def test_a_version_in_another_language_asked_alone_is_still_none() -> None:
    from intents import lexicon
    assert lexicon.other_language_named("do you have French versions?") == "fr"
    assert lexicon.other_language_named("Before we dub into French, has anybody taken your dramas abroad?") is None
