"""Chinese and Korean kinds of the last blind set (fixC14), each in en/es/zh/ko with sentences of
our own (none of the evaluation sets').

- Korean dialect endings read as standard Korean (전라 허-/헌티/어찌께/쪼까/-겄소, 강원 -드래요, -말 for
  a language): "일허는", "누구헌티", "스페인말로" are 일하는, 누구한테, 스페인어로.
- An elder of the partner's own family said as who will watch ("우리 할머니도 보게", "my nan", "mi
  abuela", "我嫲嫲") is the family audience, never the title Grandma 2.0; the list's ordinals follow.
- Romance told by couples, dating and love stories (拍拖, 谈情说爱, 사랑 얘기, noviazgo).
- A foreigner, or someone with no Chinese, asked to act or audition: the foreign-actors FAQ.
- AI that takes the load off a small team: the AI tools (a team's size is no sign-up headcount).
- Someone sought to make a listed title with ("같이 할 사람 찾고 있어요?"): its co-production.
- News "received" from now on (받아 보겠습니다), "tell me before it starts" (a reminder), the
  Spanish-language desk (스페인어 일), where they saw us (an insta ad) before "what is it?", a
  body of the partner's kind qualifying as a member, a team like ours asking for a service.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.brain import read_as_standard
from tests.dialogue import talk, talk_patterns


@pytest.mark.parametrize("written,standard", [
    ("우리 애들은 일본말을 하나도 못 허는디", "우리 애들은 일본어를 하나도 못 하는데"),
    ("거기 담당은 누구헌티 물어봐야 되겄소?", "거기 담당은 누구한테 물어봐야 되겠어요?"),
    ("촬영 허가는 어찌께 받는당가", "촬영 허가는 어떻게 받는나요"),
    ("시작허기 전에 연락 좀 주쇼잉", "시작하기 전에 연락 좀 주세요"),
    ("손님들이 죄다 코미디만 찾드래요", "손님들이 죄다 코미디만 찾아요"),
])
def test_korean_dialect_reads_as_standard(written: str, standard: str) -> None:
    assert read_as_standard(written)[0] == standard


def test_a_permit_keeps_its_word() -> None:
    # 허가 (a permit) and 허락 are words of their own, not the dialect's 허- for 하-
    assert read_as_standard("촬영 허가 받으려면 허락이 필요해요?")[0] == "촬영 허가 받으려면 허락이 필요해요?"


@pytest.mark.parametrize("lang,text", [
    ("ko", "할무니도 같이 볼만한거 있당가?"),
    ("ko", "우리 할머니도 좋아할 만한 드라마 있어요?"),
    ("ko", "온가족이 보는거 있음? 울 엄마도 보게"),
    ("zh", "我嫲嫲都會睇嘅劇有冇？"),
    ("zh", "我哋週末時段係俾成家人睇嘅，有咩劇啱？"),
    ("zh", "有没有全家老小都能看的剧？我奶奶也要看"),
    ("en", "got any shows my grandma would like?"),
    ("en", "anything the whole family can watch? my nan watches too"),
    ("es", "¿tienen algo que le guste a mi abuela?"),
    ("es", "¿algo para ver en familia? que mi abuela también lo vea"),
])
def test_an_elder_of_the_family_is_the_audience_not_a_title(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "list:works?genre=family")])


@pytest.mark.parametrize("lang,lines", [
    ("ko", ["온 식구가 다 같이 볼 드라마 있어요? 우리 할머니도 보시게", "두 번째 거 한 화 몇 분이에요?", "네 번째는?"]),
    ("zh", ["有冇一家人一齊睇嘅劇？我嫲嫲都要睇", "第二部每集几分钟？", "第四部呢？"]),
    ("en", ["anything the whole family could watch? so my gran can watch too", "how long are the episodes of the second one?",
            "and the fourth?"]),
    ("es", ["¿algo para ver todos juntos en familia? para que mi abuelita también lo vea", "¿cuánto dura cada capítulo de la segunda?",
            "¿y la cuarta?"]),
])
def test_the_family_list_with_who_watches_takes_its_ordinals(services: Services, lang, lines) -> None:
    talk(services, lang, [(lines[0], "list:works?genre=family"),
                          (lines[1], "work:work_half_a_teahouse#episode_minutes"),
                          (lines[2], "work:work_son_in_law_from_seoul#episode_minutes")])


@pytest.mark.parametrize("lang,text", [
    ("ko", "남녀가 사랑에 빠지는 드라마 있어요?"),
    ("ko", "연애하는 얘기 좋아하는 시청자들이 많아요, 뭐 있어요?"),
    ("zh", "有冇拍拖題材嘅短劇？"),
    ("zh", "有没有谈情说爱的剧"),
    ("en", "any dating dramas?"),
    ("en", "our viewers are into love stories, what do you have?"),
    ("es", "¿hay alguna serie de parejas que se enamoran?"),
    ("es", "a mi audiencia le encantan las historias de amor, ¿qué tienen?"),
])
def test_romance_told_by_couples_and_dating(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "list:works?genre=romance")])


@pytest.mark.parametrize("lang,text", [
    ("zh", "我们有个巴西歌手一句中文都不会讲，能在横店接戏演个角色吗"),
    ("zh", "外國人喺橫店可以當演員嗎？"),
    ("zh", "我的德国朋友想去横店试镜，外国人可以吗"),
    ("ko", "중국어 한마디도 못 하는 우리 모델이 거기서 드라마에 출연할 수 있을까요?"),
    ("ko", "외국 사람도 헝뎬에서 배우로 일할 수 있나요?"),
    ("ko", "우리 배우들 중국말 하나도 못 허는디 배역 받을 수 있당가?"),
    ("en", "my cousin doesn't speak Chinese, could he audition for a role there?"),
    ("es", "mi actriz no habla nada de chino, ¿le pueden dar un papel?"),
])
def test_someone_with_no_chinese_asked_to_act_is_foreign_actors(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:foreign_actors")])


@pytest.mark.parametrize("lang,text", [
    ("zh", "我們只有兩個人做後期，有冇AI可以幫手減輕工作量？"),
    ("zh", "小团队人手不够，AI能不能替我们干点活？"),
    ("ko", "저희 제작팀이 네 명이라 일손이 부족한데 AI로 업무 좀 줄여 줄 수 있나요?"),
    ("ko", "인공지능이 우리 일 대신 해 줄 수 있음?"),
    ("en", "we're a tiny crew, is there AI that can lighten the workload?"),
    ("en", "it's only two of us in the office, any AI that could shoulder the grunt work?"),
    ("es", "somos tres gatos, ¿hay alguna IA que nos quite chamba?"),
    ("es", "equipo chico, ¿tienen inteligencia artificial que ayude con la carga?"),
])
def test_ai_taking_the_load_off_a_small_team_is_the_ai_tools(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:ai_tools")])


@pytest.mark.parametrize("lang,lines", [
    ("ko", ["SF 작품 뭐 있어요?", "두 번째 거 같이 할 사람 아직 찾고 있어요?"]),
    ("ko", ["SF 작품 뭐 있어요?", "네 번째 거 지금도 함께 작업할 수 있나요?"]),
    ("zh", ["有哪些科幻剧？", "第二部还在找人一起做吗？"]),
    ("en", ["any sci-fi titles?", "can we still team up on the second one?"]),
])
def test_someone_sought_to_make_it_with_is_its_coproduction(services: Services, lang, lines) -> None:
    reply = talk(services, lang, [(lines[0], "list:works?genre=sci_fi")] + [(lines[1], None)], fits=lambda e, g: True)
    assert (reply.answer or "").endswith("#coproduction"), reply.answer


@pytest.mark.parametrize("lang,text,topic", [
    ("ko", "중남미 소식 받을게요", "latam_spanish_news"),
    ("ko", "앞으로 한국 쪽 뉴스 받아 보려고 합니다", "korea_news"),
    ("ko", "카탈로그 업데이트를 받고자 합니다", "catalog_releases"),
])
def test_news_to_be_received_is_a_subscription(services: Services, lang, text, topic) -> None:
    talk(services, lang, [(text, f"subscribe:{topic}")])


@pytest.mark.parametrize("lang,lines", [
    ("ko", ["다음 행사 뭐 있어요?", "개막하기 전에 꼭 좀 알려 줘요"]),
    ("zh", ["下一个活动是什么？", "开始前通知我一声"]),
    ("en", ["what's the next event?", "before it kicks off, give me a shout"]),
])
def test_told_before_it_starts_is_a_reminder(services: Services, lang, lines) -> None:
    reply = talk_patterns(services, lang, [(lines[0], "event:*"), (lines[1], "event:*")])
    assert reply.outcome == "action" or "⏰" in reply.text, reply.text


@pytest.mark.parametrize("lang,text", [
    ("ko", "스페인어 일은 어느 쪽에 여쭤보면 돼요?"),
    ("ko", "영어권 일은 누구한티 물어봐요?"),
])
def test_a_language_as_a_line_of_work_is_its_desk(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, None)], fits=lambda e, g: True)
    assert "dalynn" in (reply.answer or "") or "international_business" in (reply.answer or "") \
        or (reply.answer or "").startswith("faq:spanish_distribution"), reply.answer


@pytest.mark.parametrize("lang,text", [
    ("ko", "유튜브 광고에서 HISDA 봤는데 뭐 하는 곳이에요?"),
    ("zh", "刚在小红书上刷到HISDA，那是干嘛的？"),
    ("en", "saw HISDA in an insta ad, what even is that?"),
    ("es", "lo vi en un anuncio de Instagram, ¿qué es HISDA?"),
])
def test_where_they_saw_us_is_no_account_asked(services: Services, lang, text) -> None:
    talk_patterns(services, lang, [(text, ["program:hisda", "faq:what_is_hisda"])])


@pytest.mark.parametrize("lang,text", [
    ("ko", "HISDA 인스타 계정 있어요?"),
    ("en", "does HISDA have an instagram account?"),
])
def test_an_account_asked_stays_the_gap(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "gap:international_business")])


@pytest.mark.parametrize("lang,lines", [
    ("ko", ["UniVerse(Huayu) International Culture는 무슨 일을 합니까?", "대학 연구실도 회원 자격이 됩니까?"]),
    ("ko", ["UniVerse(Huayu) International Culture는 무슨 일을 합니까?", "우리 같은 작은 스튜디오도 회원이 될 수 있나요?"]),
])
def test_a_body_of_our_kind_qualifying_is_the_way_in(services: Services, lang, lines) -> None:
    talk(services, lang, [(lines[0], "partner:universe_huayu"), (lines[1], "faq:join_alliance")])


@pytest.mark.parametrize("lang,text", [
    ("ko", "학생 팀도 현장 제작 서비스 이용할 수 있나요?"),
    ("zh", "我们这种外地团队也能享受现场制作服务吗？"),
    ("en", "can outside crews like ours use the on-site production services too?"),
    ("es", "¿equipos de fuera como el nuestro pueden usar los servicios de producción en sitio?"),
])
def test_a_team_like_ours_asking_for_a_service_is_its_eligibility(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "incentive:on_site_services#eligibility")])


@pytest.mark.parametrize("lang,text", [
    ("ko", "할머니 2.0 영어로 이미 나와 있어요?"),
    ("zh", "《半间茶馆》已经有西语版了吗？"),
])
def test_a_version_asked_with_already_is_its_languages(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, None)], fits=lambda e, g: True)
    assert (reply.answer or "").endswith("#languages"), reply.answer
