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
from tests.dialogue import last_reply, talk_patterns as talk

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
