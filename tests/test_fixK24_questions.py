"""Kinds of answers81's single questions (fixK24), in the four languages where they apply:

- the incentives asked for a production described ("what could a foreign crew like ours get?",
  "境外剧组有哪些扶持"): the overview, which says what applies to that project (the list behind its
  button); a list asked in so many words, or no production described, keeps the list;
- a story told in a China of long ago, no period named, and the one set for it asked: the which-set
  guide (the set follows the period), not the night scenes of its lanterns nor its village;
- a colleague signed up for news in words ("sign him up for…", "把她加到…消息里"): the subscription;
- whom the partner would be talking to at a company, and that person's name: its contact;
- the basis a catalog title is co-produced on, or coming in as partners on one: the co-production FAQ;
- zero gravity or a glacier out of reach, asked as whether we could shoot it: virtual production;
- a genre asked of what we have in its own clause, the audience's taste after it: those titles;
- a language said of a release ("la distribución en español") or of one of the crew who speaks only
  it, with an interpreter asked: no reply language;
- which festival to enter, asked: the festival, not the sign-up gap;
- anyone, or only big companies, asked of an incentive: who qualifies.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk, talk_patterns

OVERVIEW = "faq:incentives"


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "We're a tiny student outfit from Lagos. What incentives might a foreign team like ours be offered?"),
    ("es", "Somos un colectivo chiquito de Quito. ¿Qué incentivos le dan a un equipo extranjero como el nuestro?"),
    ("zh", "我们是从海外过来的小团队，不知道横店对海外剧组有哪些扶持政策？"),
    ("ko", "저희 같은 해외 소규모 제작사는 어떤 인센티브를 받을 수 있나요?"),
])
def test_incentives_for_a_production_described_are_the_overview(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, OVERVIEW)])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "what incentives do you offer?"),
    ("en", "list all the incentives for foreign crews"),
    ("zh", "横店有哪些补贴政策？"),
])
def test_incentives_listed_or_asked_plainly_stay_the_list(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "list:incentives")])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Our writer has a ghost story set in an old Chinese town full of lanterns. Which set would suit it?"),
    ("es", "Tenemos una historia de fantasmas en un pueblo chino antiguo, con faroles y callejones. ¿Qué set nos conviene?"),
    ("zh", "我们写了个古代小镇里闹鬼的故事，到处挂着灯笼，用哪个景合适？"),
    ("ko", "옛날 중국 마을에서 귀신 나오는 이야기인데 어떤 세트가 좋을까요?"),
])
def test_a_story_in_old_china_asking_the_set_is_the_which_set_guide(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:which_set")])


@pytest.mark.parametrize(("lang", "said", "scene"), [
    ("en", "any night-scene sets?", "night_scene"),
    ("en", "which sets have night scenes for our ancient chinese ghost story?", "night_scene"),
    ("en", "my script has a big busy market scene, where can i shoot it", "market"),
])
def test_sets_of_a_scene_asked_stay_that_list(services: Services, lang: str, said: str, scene: str) -> None:
    talk(services, lang, [(said, f"list:locations?scene={scene}")])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "our editor tomas only reads spanish, sign him up for the spanish and latin america news please"),
    ("es", "nuestra sonidista quiere enterarse de todo, apúntala a las noticias de Latinoamérica y en español"),
    ("zh", "组里新来的小妹学西语的，把她加到拉美和西语的消息里"),
    ("ko", "우리 팀 막내가 스페인어 전공이라 중남미·스페인어 소식 받게 해 주세요"),
])
def test_a_colleague_signed_up_for_news_is_the_subscription(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "subscribe:latam_spanish_news")])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "so who would we be dealing with at dalynn studio, what's the person called?"),
    ("es", "¿y con quién trataríamos en Dalynn Studio? ¿cómo se llama la persona?"),
    ("zh", "我们跟Dalynn Studio那边对接的人是谁呀"),
    ("ko", "Dalynn Studio에서 저희가 연락할 담당자는 누구예요?"),
])
def test_whom_we_would_talk_to_at_a_company_is_its_contact(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "contact:dalynn_studio#person")])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "On what basis could a small channel co-produce one of the dramas in your catalogue?"),
    ("es", "¿En qué términos se podría coproducir una obra de su catálogo?"),
    ("es", "Queremos meternos como socios en alguna de sus series del catálogo, ¿cómo es el proceso?"),
    ("zh", "想跟你们合拍片单里的一部剧，怎么弄"),
    ("ko", "카탈로그에 있는 작품 하나 공동제작으로 들어가고 싶은데 어떻게 해요?"),
])
def test_coproducing_a_catalog_title_is_its_faq(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:coproduce_catalog_title")])


def test_the_terms_of_a_licence_stay_the_gap(services: Services) -> None:
    talk_patterns(services, "en", [("what are the licensing terms for one of your catalog titles?", "gap:*")])


VIRTUAL = ["faq:virtual_production", "location:virtual_production"]


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "we need a chase across a glacier but can't fly to antarctica, can you do that?"),
    ("es", "queremos una escena en el espacio, flotando sin gravedad, ¿se puede?"),
    ("es", "¿podríamos rodar una carrera sobre un glaciar sin viajar al polo sur?"),
    ("zh", "想拍演员在无重力的飞船里飘来飘去，你们能整出来吗"),
    ("zh", "想拍演员在冰川上滑雪的镜头，又不想真去北极，能搞不"),
    ("ko", "무중력 상태로 우주선 안에서 둥둥 떠다니는 장면 찍을 수 있어요?"),
])
def test_zero_gravity_or_a_glacier_faked_is_virtual_production(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, VIRTUAL)])


@pytest.mark.parametrize(("lang", "said", "genre"), [
    ("es", "tienen comedias de esas pa reírse un rato mi jefa las ama", "comedy"),
    ("zh", "你们有悬疑剧不，我妈天天追", "mystery"),
    ("en", "got any thrillers? the kind that keep you up at night", "thriller"),
    ("ko", "액션 드라마 있음? 우리 손님들 치고받는 거 좋아함", "action"),
])
def test_a_genre_asked_of_what_we_have_is_its_titles(services: Services, lang: str, said: str, genre: str) -> None:
    talk(services, lang, [(said, f"list:works?genre={genre}")])


@pytest.mark.parametrize(("lang", "said", "expect"), [
    ("es", "grabamos un corto de son jarocho y queremos llevarlo a gente de habla hispana, ¿ayudan con la distribución en español?",
     "faq:spanish_distribution"),
    ("en", "do you help with distribution in spanish for our documentary?", "faq:spanish_distribution"),
    ("es", "nuestro sonidista solo habla español, ¿alguien le puede traducir en el rodaje?",
     ["faq:languages", "incentive:on_site_services"]),
    ("en", "our gaffer only speaks spanish, can someone translate for him on set?",
     ["faq:languages", "incentive:on_site_services"]),
])
def test_a_language_of_a_release_or_of_one_crew_member_is_no_reply_language(
        services: Services, lang: str, said: str, expect: str | list[str]) -> None:
    talk(services, lang, [(said, expect)])


@pytest.mark.parametrize(("lang", "said"), [
    ("es", "respóndeme en español por favor"),
    ("en", "can you answer in spanish?"),
])
def test_a_reply_language_asked_still_switches(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "pref:language")])


FESTIVAL = ["faq:film_festival", "event:hengdian_film_festival"]


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "we made a documentary, is there a film festival we could submit it to?"),
    ("es", "hicimos un corto, ¿hay algún festival al que podamos inscribirlo allá?"),
    ("zh", "我们拍了部纪录片，想在国内影展放，有没有合适报名的？"),
    ("ko", "다큐 하나 만들었는데 출품할 만한 영화제 있어요?"),
])
def test_which_festival_to_enter_is_the_festival(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, FESTIVAL)])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "can anyone apply for the on-site production services or is it only for big companies?"),
    ("es", "¿los servicios de producción en sitio los puede pedir cualquiera o solo las empresas grandes?"),
    ("zh", "现场制作服务谁都能申请吗？还是只给大公司？"),
    ("ko", "현장 제작 서비스 작은 팀도 신청 가능해요? 아니면 대형 제작사만 돼요?"),
])
def test_anyone_or_only_big_companies_asks_who_qualifies(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "incentive:on_site_services#eligibility")])
