"""Kinds of fixB12 (round 19), from the blind set answers53 read afterwards, each in the four
languages in this file's own words (none is a set's sentence):

- titles for the whole family asked as a situation ("the grandparents and kids all sit down
  together — got anything?", "一家人过年一起看的，有啥推荐", "애들이랑부모님이랑같이볼거뭐있냐") are the
  family list, not off topic, and the ordinals after it pick from that list;
- the kind of body HISDA is ("是个什么机构", "어떤 기구입니까", "trade group or what?") is what HISDA is;
- the partner's own festival body or creator team asking to join ("敝影展协会…", "저희는 영화제
  협회인데", "we're a small film festival association") joins the alliance, not our festival;
- Hengdian asked as a realistic choice for the partner's money, or the money moving here saves,
  is how costly we are (the costs FAQ); an amount weighed against a count of episodes stays a gap;
- who has joined the alliance so far is its members' list.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import last_reply
from tests.dialogue import talk_patterns as talk

FAMILY = [
    ("en", "Sunday evenings the grandparents and kids all sit down together — got anything for that?"),
    ("en", "we need something the whole family can watch over the holidays, what've you got"),
    ("en", "our channel's Saturday slot is family viewing, which of your shows would fit?"),
    ("en", "anything kid-friendly in there?"),
    ("es", "Los domingos vemos tele con los abuelos y los chicos, ¿qué tienen pa' ver en familia?"),
    ("es", "Buscamos algo apto para todo público para la franja de la tarde, ¿qué nos recomiendan?"),
    ("es", "¿hay algo que se pueda ver en familia?"),
    ("es", "en navidad se junta toda la familia frente a la tele, qué series les sirven?"),
    ("zh", "过年全家人一起看的那种，你们这儿有啥推荐"),
    ("zh", "有没有老少皆宜的片子？"),
    ("zh", "我们台周末档要放合家欢的内容，你们手里有哪些"),
    ("zh", "逢年過節一家大小坐一起看嘅，有冇啊"),
    ("ko", "명절에 온 가족이 같이 볼 만한 거 뭐 있어요?"),
    ("ko", "애들이랑부모님이랑같이볼거뭐있냐"),
    ("ko", "주말 저녁 가족 시청 시간대에 틀 만한 작품 있습니까?"),
    ("ko", "온식구 다 같이 볼거 뭐있음"),
]


@pytest.mark.parametrize("lang,say", FAMILY)
def test_family_titles_asked_as_a_situation(services: Services, lang: str, say: str) -> None:
    assert last_reply(services, lang, [say]).answer == "list:works?genre=family"


@pytest.mark.parametrize("lang,first,second,third", [
    ("ko", "애들이랑부모님이랑같이볼거뭐있냐", "두번째거무슨내용임", "그거몇화임"),
    ("zh", "过年全家人一起看的那种，你们这儿有啥推荐", "第二部讲的是什么", "那部一共几集"),
])
def test_ordinals_after_the_family_situation(services: Services, lang, first, second, third) -> None:
    talk(services, lang, [(first, "list:works?genre=family"), (second, "work:*#logline"), (third, "work:*#episodes")])


NATURE = [
    ("en", "A buyer asked me what HISDA actually is and I had no answer — what sort of outfit are you?"),
    ("en", "my boss wants to know what kind of body HISDA is before we sign anything"),
    ("en", "HISDA — is that a trade group, a company, or what?"),
    ("es", "¿HISDA es una empresa o una asociación?"),
    ("es", "quiero entender qué tipo de entidad es HISDA antes de firmar"),
    ("zh", "同事问我HISDA是个什么机构，我也说不清，能介绍一下吗"),
    ("zh", "HISDA到底是个啥单位啊"),
    ("zh", "老板让我搞清楚HISDA属于哪类组织"),
    ("zh", "HISDA是幹嘛的？什麼樣的團體？"),
    ("ko", "HISDA가 무슨 단체인지 팀장님이 물어보시는데요"),
    ("ko", "HISDA는 어떤 기구입니까?"),
    ("ko", "HISDA가 정확히 뭐 하는 조직이에요?"),
    ("ko", "HISDA어떤곳임"),
]


@pytest.mark.parametrize("lang,say", NATURE)
def test_the_kind_of_body_hisda_is(services: Services, lang: str, say: str) -> None:
    assert last_reply(services, lang, [say]).answer == "faq:what_is_hisda"


OWN_BODY_JOINS = [
    ("en", "We're a small film festival association — can a body like ours become a member?"),
    ("en", "how would a two-person creator team like us get into the alliance?"),
    ("en", "our festival society would like to sign up as a member, what's the procedure?"),
    ("es", "Somos una asociación de festivales de cine, ¿podemos hacernos miembros de la alianza?"),
    ("es", "nuestra muestra de cine quiere afiliarse, ¿cuál es el trámite?"),
    ("zh", "我们是一个电影节的主办协会，想申请入会，要走什么流程？"),
    ("zh", "我们影展这种机构能不能成为联盟成员"),
    ("zh", "像我这样的个人创作者团队，能加入你们吗"),
    ("zh", "本影展协会拟申请加入贵联盟，请告知办理方式。"),
    ("ko", "저희는 영화제 협회인데 회원으로 가입할 수 있습니까?"),
    ("ko", "1인 크리에이터도 연맹에 들어갈 수 있나요?"),
    ("ko", "우리 같은 영화제 사무국도 회원사 될 수 있어요?"),
    ("ko", "소규모 제작팀인데 연맹 가입은 어떻게 해요?"),
]


@pytest.mark.parametrize("lang,say", OWN_BODY_JOINS)
def test_own_festival_or_team_asking_to_join(services: Services, lang: str, say: str) -> None:
    assert last_reply(services, lang, [say]).answer == "faq:join_alliance"


@pytest.mark.parametrize("lang,first,then", [
    ("es", "¿Qué es la alianza HISDA?", "¿y cómo entra un equipo chiquito de creadores como el nuestro?"),
    ("en", "what is the alliance?", "and a one-man creator team like me, how do I get in?"),
    ("ko", "이 연맹 뭐 하는 데예요?", "저 같은 1인 유튜버도 들어갈 수 있어요?"),
])
def test_own_team_joining_after_the_alliance(services: Services, lang, first, then) -> None:
    assert last_reply(services, lang, [first, then]).answer == "faq:join_alliance"


REALISTIC = [
    ("en", "our whole budget is about 40k USD — is Hengdian realistic for us?"),
    ("en", "would moving our shoot from Vancouver to Hengdian save us a lot of money?"),
    ("es", "tenemos unos 30 mil dólares en total, ¿es realista Hengdian para nosotros?"),
    ("es", "con un presupuesto de 500 mil pesos, ¿es viable filmar allá?"),
    ("es", "si pasamos el rodaje de Bogotá a Hengdian, ¿nos ahorramos bastante plata?"),
    ("zh", "我们预算就二十来万人民币，去横店拍现实吗？"),
    ("zh", "手头只有五十萬港幣，橫店拍得起嗎"),
    ("zh", "我们总共才三十万，够不够在横店拍一部短剧"),
    ("ko", "총예산1억인데헝뎬현실적임?"),
    ("ko", "제작비 800만원이면 헝뎬은 현실성 없나요"),
    ("ko", "부산에서 찍던 걸 헝뎬으로 옮기면 비용이 많이 줄어드나요?"),
]


@pytest.mark.parametrize("lang,say", REALISTIC)
def test_hengdian_realistic_for_our_money_is_the_costs_faq(services: Services, lang: str, say: str) -> None:
    assert last_reply(services, lang, [say]).answer == "faq:costs"


@pytest.mark.parametrize("lang,say", [
    ("en", "we have 90k USD, is that realistic for 50 episodes there?"),
    ("ko", "예산 2억으로 60부작 현실적으로 가능할까요?"),
])
def test_an_amount_against_a_count_of_episodes_stays_a_gap(services: Services, lang: str, say: str) -> None:
    assert (last_reply(services, lang, [say]).answer or "").startswith("gap:")


JOINED = [
    ("en", "which companies have signed up to the alliance so far?"),
    ("en", "who's joined HISDA already?"),
    ("es", "¿qué empresas se han sumado ya a la alianza?"),
    ("es", "¿quiénes ya forman parte de la HISDA?"),
    ("zh", "请问目前有哪些公司已经入盟了？"),
    ("zh", "这个联盟现在都有谁加入了"),
    ("zh", "已經加入聯盟的企業有哪幾家？"),
    ("zh", "迄今为止有哪些单位加入了这个联盟？"),
    ("ko", "지금까지 연맹에 가입한 회사가 어디어디예요?"),
    ("ko", "어떤 업체들이 이 연맹에 합류했나요?"),
    ("ko", "연맹에 들어간 기업들 알려 주세요"),
]


@pytest.mark.parametrize("lang,say", JOINED)
def test_who_has_joined_is_the_members_list(services: Services, lang: str, say: str) -> None:
    assert (last_reply(services, lang, [say]).answer or "").startswith("list:partners")


@pytest.mark.parametrize("lang,say", [
    ("zh", "哪些公司可以加入联盟？"),
    ("ko", "어떤 회사가 연맹에 가입할 수 있어요?"),
    ("en", "which companies can join the alliance?"),
])
def test_who_may_join_is_still_the_way_in(services: Services, lang: str, say: str) -> None:
    assert last_reply(services, lang, [say]).answer == "faq:join_alliance"


# -- the one event held first, said by its nearest date ------------------------------------------

@pytest.mark.parametrize("lang,first,then", [
    ("en", "which event comes up first on your calendar?", "what time is that for me in Seoul?"),
    ("es", "¿qué es lo primero que viene en su agenda de eventos?", "¿a qué hora es en Bogotá?"),
    ("zh", "日程上离现在最近的是哪个活动", "北京时间几点？"),
    ("ko", "제일 임박한 행사는 어떤 것입니까?", "한국 시간으로 몇 시예요?"),
    ("ko", "다음에 바로 있는 행사 뭐임", "한국 시간으로 몇 시임"),
])
def test_the_event_held_first(services: Services, lang, first, then) -> None:
    talk(services, lang, [(first, "event:*"), (then, "event:*#date")])


# -- a scene no set could be built for ----------------------------------------------------------

UNBUILDABLE = [
    ("en", "There's a sequence on a frozen alien moon in our script — no way we can build that, how would you suggest we shoot it?"),
    ("en", "our climax happens inside a volcano, obviously we can't build a set for that, any ideas?"),
    ("es", "Tenemos una escena en un planeta helado, imposible construir eso en set, ¿cómo nos recomiendan filmarla?"),
    ("es", "la peli tiene una persecución en el espacio, ni modo de armar esa escenografía, ¿qué hacemos?"),
    ("zh", "剧本里有一段在外星冰原上的戏，根本搭不出来，你们建议怎么拍？"),
    ("zh", "有场戏发生在海底宫殿，实景搭不了，有啥办法？"),
    ("zh", "我們有場太空站的戲，布景做不出來，怎麼辦"),
    ("ko", "대본에 얼음 행성 장면이 있는데 세트로는 못 지을 것 같아요. 어떻게 찍으면 될까요?"),
    ("ko", "우주선내부씬있는데세트로만들순없잖아어떻게찍음"),
    ("ko", "화산 속에서 싸우는 장면은 세트 못 짓잖아요, 방법 있어요?"),
]


@pytest.mark.parametrize("lang,say", UNBUILDABLE)
def test_a_scene_no_set_could_hold_is_virtual_production(services: Services, lang: str, say: str) -> None:
    assert last_reply(services, lang, [say]).answer == "faq:virtual_production"


def test_cannot_make_it_is_no_unbuildable_set(services: Services) -> None:
    said = last_reply(services, "en", ["we cannot make it to the festival on that date, can we join online?"]).answer
    assert said != "faq:virtual_production"


# -- training asked whether there is one --------------------------------------------------------

@pytest.mark.parametrize("lang,say", [
    ("en", "is there some apprenticeship thing for young filmmakers?"),
    ("es", "¿tienen algún programa de capacitación para gente joven?"),
    ("zh", "有沒有實習的機會"),
    ("ko", "후배가5월에졸업하는데현장에서배우고싶어함그런교육프로그램같은거있음?"),
    ("ko", "그런연수같은거있음?"),
])
def test_training_asked_is_the_talent_program(services: Services, lang: str, say: str) -> None:
    assert last_reply(services, lang, [say]).answer == "program:global_talent_program"


def test_a_train_is_no_training(services: Services) -> None:
    said = last_reply(services, "en", ["Do you have a Wild West saloon set with real horses and a train?"]).answer
    assert said != "program:global_talent_program"


# -- the studio's short-drama aim as a vision ---------------------------------------------------

@pytest.mark.parametrize("lang,say", [
    ("en", "so what's the grand vision for vertical dramas over there?"),
    ("es", "¿cuál es el plan grande de Hengdian con los microdramas? dicen que quiere ser un centro mundial"),
    ("es", "¿hacia dónde apunta Hengdian con las series cortas a largo plazo?"),
    ("zh", "横店在短剧这块的大方向是什么？听说要做全球基地"),
    ("zh", "横店短剧的蓝图是怎样的"),
    ("ko", "숏폼 드라마 관련해서 헝뎬의 장기 계획이 뭔가요"),
    ("ko", "헝뎬이숏드라마로뭘하려는거임 세계거점된다던데"),
])
def test_the_short_drama_vision_is_the_hub_programme(services: Services, lang: str, say: str) -> None:
    assert last_reply(services, lang, [say]).answer == "program:short_drama_hub_2025"


# -- a Korean name does not start inside a word across a space -----------------------------------

def test_a_walled_garden_names_no_tang_capital(services: Services) -> None:
    said = last_reply(services, "ko", ["각본에 담장 안 정원 장면이 있는데 정원 있는 세트 어디어디예요?"]).answer
    assert said == "list:locations?scene=garden"


# -- a call asked for in any register -----------------------------------------------------------

@pytest.mark.parametrize("then", ["좋네요. 그 팀 분이 저한테 전화 한 통 주세요", "그 팀에서 전화 한번 주라",
                                  "그라믄 담당하는 사람이 내한테 연락 한 통 주이소"])
def test_a_call_asked_in_korean_registers(services: Services, then: str) -> None:
    talk(services, "ko", [("진왕궁에서 하루 종일 찍으면 얼마예요?", "gap:*"), (then, "handoff*")])


# -- a set's construction, a title's co-production closing ---------------------------------------

@pytest.mark.parametrize("say", ["해외 배경 세트 완성됐어요?", "해외 배경 세트 다 지어졌어요?"])
def test_a_set_finished_is_its_status(services: Services, say: str) -> None:
    assert last_reply(services, "ko", [say]).answer == "location:international_sets#built"


@pytest.mark.parametrize("lang,say", [
    ("en", "is The Ancestral Hall still accepting co-production partners or has that closed?"),
    ("zh", "祠堂迷踪现在还接受合拍方吗，还是已经截止了？"),
    ("zh", "祠堂迷踪还在找联合出品方吗"),
    ("ko", "사당의 비밀은 공동제작 마감됐어요?"),
])
def test_a_titles_coproduction_closing_is_its_status(services: Services, lang: str, say: str) -> None:
    assert last_reply(services, lang, [say]).answer == "work:work_ancestral_hall#coproduction"


# -- narrowings that keep read answers ----------------------------------------------------------

@pytest.mark.parametrize("lang,say,kept", [
    ("zh", "剧本是民国戏，年代也还没定，你们先推荐个景吧", "faq:which_set"),
    ("zh", "那个给竖屏剧省钱的政策，具体怎么操作", "faq:incentives"),
])
def test_recommendations_and_policies_keep_their_answers(services: Services, lang, say, kept) -> None:
    assert last_reply(services, lang, [say]).answer != "faq:costs"
    assert not (last_reply(services, lang, [say]).answer or "").startswith("list:works")
