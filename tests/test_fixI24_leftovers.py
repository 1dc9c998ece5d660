"""Last round's leftovers (fixI24, issue 7): play32's still-wrong turns and answers79's last rows.

- The clock put on a zone in words ("put my clock on Central time that's New Orleans time") sets
  the partner's time zone (`lexicon.SET_CLOCK`), not an events list or out-of-scope.
- The partner's own script or project offered to be made ("tengo un guion de terror, ¿me lo
  producen ustedes?", "we have a script, would you co-produce it?") is a co-production request
  for the team: the "Work with us" form (`inquiry_words.project_pitched`), not the catalogue's
  co-production FAQ nor the catalogue's horror titles.
- A body asking to be admitted ("are non-profit bodies such as ours eligible for admission?")
  is the way into the alliance (`lexicon.MEMBER_ADMISSION`), not a sight's ticket.
- A feast named ("la Fiesta Nacional del Chamamé") is another's festival (`scope`), not our
  past events.
- Where the alliance keeps showing up ("小红书上老刷到…") is no account asked; a wallet that
  would hurt ("伤荷包", "doler el bolsillo") is how costly we are.
- "Ping me whenever there's news", "avísame cuando haya novedades": news alerts, no event's
  reminder (`lexicon.NEWS_WISHED`); "wit languages" asks a title's languages.
- "Who is Dennis Chau?" leads with the person; "is the Latin film night part of it?" gets "Yes."
  and the sentence that says so before the card.
- Famous films shot on a set are its one sentence; an okay right under the topic menu asks which
  topic; "alguna comedia con un equipo español" is the one title that tells of it.
- Money asked of the studio's side ("中方给不给钱支持", "la parte china pone lana o no?", "중국 측에서
  돈 좀 대 줘요?") is the incentives' overview (`lexicon.PAYING_SIDE`), not out of scope.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.inquiry_words import wants_inquiry
from tests.dialogue import ask


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "put my clock on Central time that's New Orleans time"),
    ("en", "can you set our clocks to Lima time"),
    ("es", "ponme el reloj en hora de Lima"),
    ("zh", "把我的时间设成芝加哥时间"),
    ("ko", "시계를 시카고 시간으로 맞춰 주세요"),
])
def test_the_clock_put_on_a_zone_sets_the_time_zone(services: Services, lang: str, asked: str) -> None:
    assert ask(services, lang, asked).answer == "pref:timezone"


@pytest.mark.parametrize("said", [
    "tengo un guion de terror, ¿me lo producen ustedes?",
    "tenemos un proyecto de comedia, ¿les interesa coproducirlo?",
    "we have a script, would you co-produce it?",
    "we wrote a screenplay about a chef, would you produce it?",
    "我们有个剧本，你们愿意合拍吗？",
    "我们手上有个项目，你们投拍吗？",
    "저희 공포 대본이 있는데 공동 제작해 주실 수 있나요?",
    "기획안이 있는데 헝뎬에서 제작해 주실 수 있나요?",
])
def test_an_own_script_offered_opens_the_co_production_form(said: str) -> None:
    assert wants_inquiry(said) == "coproduce"


@pytest.mark.parametrize("said", [
    "how does a co-production with you work",
    "we have a script, which set fits it?",
    "our script is set in Ming times, which set?",
    "¿ustedes hacen coproducciones?",
])
def test_a_question_about_co_production_or_sets_opens_no_form(said: str) -> None:
    assert wants_inquiry(said) is None


@pytest.mark.parametrize(("lang", "asked"), [
    ("zh", "中方给不给钱支持"),
    ("zh", "横店方面会给点钱吗"),
    ("es", "la parte china pone lana o no?"),
    ("es", "¿el lado chino pone plata?"),
    ("ko", "중국 측에서 돈 좀 대 줘요?"),
    ("ko", "헝뎬 쪽에서 돈을 보태 주나요?"),
    ("en", "does the Chinese side put up any money?"),
])
def test_money_asked_of_the_studio_side_is_the_incentives(services: Services, lang: str, asked: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer in ("faq:incentives", "list:incentives"), (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "Are non-profit bodies such as ours eligible for admission, and if so, on what terms?"),
    ("en", "Can a charitable foundation like ours be admitted, and on what conditions?"),
    ("es", "¿Qué requisitos debe cumplir una asociación sin fines de lucro para ser admitida en HISDA?"),
    ("es", "¿Una fundación cultural puede ser admitida en la alianza?"),
    ("zh", "我们是非营利机构，能被接纳为联盟成员吗？"),
    ("ko", "비영리 단체도 연맹 회원으로 받아 주나요?"),
])
def test_a_body_asking_to_be_admitted_gets_the_way_in(services: Services, lang: str, asked: str) -> None:
    """Admission asked by a body that is no company is membership (`lexicon.MEMBER_ADMISSION`),
    not a sight's admission ticket (out of scope) nor the alliance's card."""
    assert ask(services, lang, asked).answer == "faq:join_alliance"


@pytest.mark.parametrize(("lang", "asked"), [
    ("es", "quién ganó la Fiesta Nacional del Chamamé el año pasado"),
    ("es", "¿cuándo es la Fiesta de la Vendimia en Mendoza?"),
    ("en", "who won the Tamworth Country Music Festival last year?"),
    ("zh", "去年草莓音乐节的头奖是谁拿的"),
    ("ko", "작년 보령머드축제에서 누가 상 받았어요?"),
])
def test_another_feast_by_its_name_is_not_ours(services: Services, lang: str, asked: str) -> None:
    """A festival or feast of music or folklore named ("la Fiesta Nacional del Chamamé") is
    another's (`scope.FESTIVAL_OF_ANOTHER`), not our past events."""
    reply = ask(services, lang, asked)
    assert reply.answer in ("out_of_scope", "fallback") or (reply.answer or "").startswith("gap:"), reply.answer


def test_our_own_past_events_are_still_listed(services: Services) -> None:
    assert ask(services, "es", "¿qué eventos hubo el año pasado?").answer == "list:events?when=past"


@pytest.mark.parametrize(("lang", "asked"), [
    ("zh", "老表，小红书上老刷到横店那个短剧联盟，到底搞什么名堂的"),
    ("zh", "抖音里总看到你们联盟的广告，这个联盟是干嘛的？"),
    ("es", "vi en tiktok lo de la alianza de Hengdian, ¿qué es eso?"),
    ("en", "saw HISDA on my instagram feed again, what even is it?"),
    ("ko", "인스타에 HISDA 자꾸 뜨는데 그게 뭐예요?"),
])
def test_where_the_alliance_was_seen_is_no_account_asked(services: Services, lang: str, asked: str) -> None:
    """Where the partner keeps seeing us, however often ("小红书上老刷到": `lexicon.SEEN_ON`), is how
    they came to ask what the alliance is, not a question for our social media accounts."""
    assert ask(services, lang, asked).answer in ("faq:what_is_hisda", "program:hisda")


def test_our_own_account_asked_is_still_the_gap(services: Services) -> None:
    assert ask(services, "zh", "你们有小红书账号吗？").answer == "gap:international_business"


@pytest.mark.parametrize(("lang", "asked"), [
    ("zh", "我們只是小小的藺草工作室齁，錢真的不多，去那邊拍會不會很傷荷包"),
    ("zh", "小团队去横店拍戏费钱吗"),
    ("es", "somos un estudio chiquito, ¿grabar allá nos va a doler el bolsillo?"),
    ("en", "we're a tiny studio, will shooting out there burn a hole in our pocket?"),
    ("ko", "저희 작은 스튜디오인데 거기서 찍으면 지갑 털리는 거 아니에요?"),
])
def test_the_wallet_feared_for_is_how_costly_we_are(services: Services, lang: str, asked: str) -> None:
    """The cost feared as a figure of speech ("伤荷包", "doler el bolsillo": `lexicon.AFFORDABLE`)."""
    assert ask(services, lang, asked).answer in ("faq:costs", "incentive:ecosystem_and_costs")


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "the garden beneath the code, wit languages"),
    ("en", "die another take, wat languages"),
])
def test_what_spelt_wit_asks_a_titles_languages(services: Services, lang: str, asked: str) -> None:
    assert (ask(services, lang, asked).answer or "").endswith("#languages")


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "yo can u ping me whenever there's news"),
    ("en", "ping me when there are updates"),
    ("es", "avísame cuando haya novedades"),
    ("es", "avísenme de las noticias, porfa"),
    ("zh", "有新消息就通知我"),
    ("ko", "새 소식 있으면 알려 주세요"),
])
def test_news_wished_for_is_the_subscription_not_a_reminder(services: Services, lang: str, asked: str) -> None:
    """"Ping me" or "avísame" with news as what to hear of (`lexicon.NEWS_WISHED`) turns on news
    alerts (the topics to choose), not an event's reminder ("which event?")."""
    assert (ask(services, lang, asked).answer or "").startswith("subscribe")


def test_a_reminder_pinged_for_an_event_stays_a_reminder(services: Services) -> None:
    assert ask(services, "en", "ping me the day before the festival").answer == "event:hengdian_film_festival"


def test_everything_cancelled_under_a_subscription_stops_the_news(services: Services) -> None:
    assert ask(services, "es", "apúntame a las noticias de Corea", "mejor cancélame todo").answer == "unsubscribe"


@pytest.mark.parametrize(("lang", "asked", "lead"), [
    ("en", "who is Dennis Chau?", "<b>Dennis Chau</b>\n"),
    ("en", "who is Jooick Lee?", "<b>Jooick Lee</b>\n"),
    ("es", "¿quién es Dennis Chau?", "<b>Dennis Chau</b>\n"),
    ("zh", "周德鸣是谁？", "<b>周德鸣</b>\n"),
    ("ko", "데니스 차우가 누구죠?", "<b>데니스 차우</b>\n"),
])
def test_who_a_person_is_leads_with_the_person(services: Services, lang: str, asked: str, lead: str) -> None:
    """A sentence about the company that names the person ("Reel-K was represented … by its COO
    Dennis Chau") is led by the person asked, as the record spells them in that language."""
    reply = ask(services, lang, asked)
    assert reply.answer == "partner:reel_k#about" and reply.text.startswith(lead), reply.text


def test_a_sentence_that_opens_with_the_person_is_not_led_twice(services: Services) -> None:
    assert ask(services, "en", "who is Carlos Tinto?").text.startswith("Carlos Tinto, ")


@pytest.mark.parametrize(("lang", "lines", "yes"), [
    ("en", ("tell me about the Hengdian Film Festival", "is the Latin film night part of it?"), "Yes. "),
    ("zh", ("拉丁电影之夜也是影视节的一部分吗",), "是的。"),
    ("es", ("¿la Noche de Cine Latino forma parte del Festival de Cine de Hengdian?",), "Sí. "),
    ("ko", ("라틴 영화의 밤도 헝뎬 영화제 일부예요?",), "네. "),
])
def test_an_event_held_within_another_asked_gets_yes_first(services: Services, lang: str, lines: tuple[str, ...],
                                                             yes: str) -> None:
    """Whether one event is part of another (its venue names it) asked as yes or no: "Yes." and
    the sentence naming the whole first, the part's card after (`Router.part_of_whole_asked`)."""
    reply = ask(services, lang, *lines)
    assert reply.answer == "event:latin_film_night_2027" and reply.text.startswith(yes), reply.text


def test_a_whole_not_in_the_parts_venue_gets_no_yes(services: Services) -> None:
    reply = ask(services, "en", "is the Virtual Production Stage Open Day part of the Hengdian Film Festival?")
    assert not reply.text.startswith("Yes."), reply.text


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ("tell me about Qin Palace", "any famous films shot there?")),
    ("ko", ("진왕궁 알려 주세요", "거기서 찍은 유명한 영화 있어요?")),
    ("zh", ("秦王宫介绍一下", "那裡拍過哪些作品？")),
    ("es", ("háblame del Palacio de Qin", "¿qué películas se filmaron ahí?")),
])
def test_the_films_made_on_a_set_are_its_one_sentence(services: Services, lang: str, lines: tuple[str, ...]) -> None:
    """Famous films or works made there, asked of the set in focus (`lexicon` "built"): the
    sentence of what it was built for, not the whole card nor an honest gap."""
    assert ask(services, lang, *lines).answer == "location:qin_palace#built"


@pytest.mark.parametrize(("lang", "lines"), [
    ("zh", ("有新消息就通知我", "好的")),
    ("es", ("avísame de las noticias", "vale")),
    ("en", ("keep me posted on your news", "ok")),
    ("ko", ("새 소식 있으면 알려 주세요", "좋아요")),
])
def test_an_okay_under_the_topic_menu_asks_which_topic(services: Services, lang: str, lines: tuple[str, ...]) -> None:
    """"好的", "vale", "ok" right under the topic menu agree to the menu just offered (`OKAY_TO_MENU`):
    which topic, not small talk."""
    assert ask(services, lang, *lines).answer == "subscribe"


def test_an_okay_elsewhere_is_only_taken_in(services: Services) -> None:
    assert ask(services, "en", "how much is a day on the Qin Palace set?", "ok").answer == "smalltalk:ok"


@pytest.mark.parametrize(("lang", "asked"), [
    ("es", "¿y tenéis alguna comedia con un equipo español?"),
    ("es", "¿hay alguna comedia con un equipo de Madrid?"),
    ("en", "any comedy with a Spanish crew?"),
    ("zh", "有讲西班牙剧组的喜剧吗"),
    ("ko", "스페인 촬영팀 나오는 코미디 있어요?"),
])
def test_a_genre_title_told_by_its_crew_is_that_title(services: Services, lang: str, asked: str) -> None:
    """A comedy with a Spanish crew (`catalog.DESCRIBED`: a genre's title "con un …"): the title
    whose logline tells of it ("los españoles" for "español"), not every comedy."""
    assert ask(services, lang, asked).answer == "work:work_siesta_not_included"
