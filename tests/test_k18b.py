"""Kinds left by answer set 16, each in fresh wordings of our own (the set's lines are not copied):

- the cost level asked without the price of one thing ("cost effective for a mid budget shoot",
  "nos lo podemos permitir", "能不能省点，大概什么水平"): the costs FAQ; one thing's price stays a gap;
- someone on our side asked to speak the language of the partner's director: the languages FAQ,
  and the chat's language unchanged; foreigners wanted for a role: the foreign actors FAQ;
- joining said "meterse en la alianza", papers and to whom: joining;
- a crew named by its country asked whether it may work here; which sets to see first, the
  period open; the international street sets; the alliance explained again; the steps of applying;
- a person asked by a name the knowledge does not hold: no one by that name, and the teams."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

COSTS = ["faq:costs", "incentive:ecosystem_and_costs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "for a medium budget indie from abroad, is Hengdian cost-effective at all? rough idea is enough"),
    ("en", "would shooting there be economical for a mid-size budget, or not really?"),
    ("es", "somos una productora modesta, ¿rodar en Hengdian nos lo podríamos permitir?"),
    ("es", "¿grabar en Hengdian es rentable o el gasto se nos va de las manos?"),
    ("zh", "预算比较紧，去横店拍摄成本大概什么水平"),
    ("zh", "預算很緊張，在橫店拍攝花費大概是什麼水平"),
    ("ko", "예산이 넉넉지 않은데 헝뎬 촬영 비용 수준이 어때요?"),
])
def test_the_cost_level_is_the_costs_faq(services: Services, lang, text) -> None:
    talk(services, lang, [(text, COSTS)])


@pytest.mark.parametrize("lang,text", [
    ("en", "what does a day at the Qin palace cost?"),
    ("es", "¿cuánto cuesta un día en el palacio Qin?"),
    ("zh", "秦王宫拍一天多少钱"),
])
def test_the_price_of_one_thing_stays_a_gap(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "gap:*")], fits=fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "our director only speaks Spanish - does anyone on your team speak Spanish?"),
    ("es", "nuestra directora no habla inglés, ¿hay alguien allá que le hable en español?"),
    ("zh", "我们导演只会讲西班牙语，你们那边有没有人会讲西语？"),
    ("zh", "我們老闆只講西班牙語，你們那邊能對接嗎"),
    ("ko", "감독님이 스페인어만 하시는데 그쪽 직원 스페인어 가능해요?"),
])
def test_our_staff_speaking_the_partners_language_is_the_languages_faq(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, "faq:languages")])
    assert reply.lang == lang  # asked about, not a request to be answered in Spanish


@pytest.mark.parametrize("lang,text", [
    ("en", "we need two foreigners for a sailor role - can we find them there or do we fly them in?"),
    ("es", "para el papel del cónsul buscamos dos extranjeros, ¿los consiguen allá o los llevamos?"),
    ("zh", "剧里有个角色要两个外国人，横店那边找得到吗，还是我们自己带"),
    ("ko", "외국인 역할에 배우 두 명 필요한데 현지에서 구할 수 있어요?"),
])
def test_foreigners_for_a_role_is_the_foreign_actors_faq(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:foreign_actors")])


@pytest.mark.parametrize("lang,text", [
    ("es", "si una distribuidora chilena se mete en la alianza, ¿qué papeles pide y a quién se mandan?"),
    ("es", "la compañía quiere meterse a la alianza, ¿qué documentos mandamos?"),
])
def test_getting_into_the_alliance_is_joining(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:join_alliance")])


@pytest.mark.parametrize("lang,text", [
    ("en", "we hired a French camera crew, are they allowed to shoot at Hengdian?"),
    ("es", "contratamos un equipo francés, ¿pueden rodar allá sin problema?"),
    ("zh", "我們找的德國攝製組能在橫店拍攝嗎"),
    ("ko", "저희가 섭외한 프랑스 촬영팀도 거기서 촬영 가능해요?"),
])
def test_a_crew_named_by_its_country_may_film(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:can_foreign_crews_film")])


@pytest.mark.parametrize("lang,text", [
    ("en", "it's a period script, the writer hasn't settled on a dynasty - which sets should we scout first?"),
    ("es", "es de época pero el guionista no decide la dinastía, ¿qué sets vamos a ver primero?"),
    ("zh", "古裝劇本還沒定朝代，我們應該先去看哪些景？"),
    ("ko", "사극인데 작가가 아직 시대를 못 정했어요. 어느 세트부터 먼저 보면 돼요?"),
])
def test_which_sets_to_see_first_is_which_set(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:which_set")])


@pytest.mark.parametrize("lang,text", [
    ("en", "are the international street sets finished yet?"),
    ("zh", "國際街景建好了嗎"),
    ("ko", "해외 거리 세트 다 지어졌어요?"),
])
def test_the_international_street_sets_are_the_record(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "location:international_sets")])


@pytest.mark.parametrize("lang,turns", [
    ("zh", ["秘书处几点上班", "你剛才講的那個聯盟，我老闆沒聽懂，能再跟他介紹一下嗎"]),
    ("en", ["when does the secretariat open?", "the alliance you mentioned - my boss didn't get it, can you explain it again?"]),
    ("es", ["¿a qué hora abre la secretaría?", "esa alianza que dijiste, mi jefe no entendió, ¿se la explicas otra vez?"]),
    ("ko", ["사무국 몇 시에 열어요?", "아까 말한 연맹이요, 대표님이 이해를 못 하셔서 다시 설명해 주세요"]),
])
def test_the_alliance_explained_again_is_what_hisda_is(services: Services, lang, turns) -> None:
    talk(services, lang, [(turns[0], "contact:hisda_secretariat#hours"),
                          (turns[1], ["faq:what_is_hisda", "program:hisda"])])


@pytest.mark.parametrize("lang,text", [
    ("zh", "想申請拍攝支持，要走哪些流程？"),
    ("es", "¿qué pasos para pedir el apoyo al rodaje?"),
    ("ko", "촬영 지원 신청하려면 어떤 단계를 거쳐요?"),
])
def test_the_steps_of_applying_are_how_to_apply(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "incentive:*#how_to_apply")], fits=fits)


@pytest.mark.parametrize("lang,text,name", [
    ("zh", "请问王海涛是谁", "王海涛"),
    ("zh", "陳志明是誰啊", "陈志明"),
    ("en", "who is John Smith?", "John Smith"),
    ("es", "¿quién es Pedro Gómez?", "Pedro Gómez"),
    ("ko", "김민수가 누구예요?", "김민수"),
])
def test_an_unknown_person_is_said_so_with_the_teams(services: Services, lang, text, name) -> None:
    reply = talk(services, lang, [(text, "list:contacts")])
    assert name in reply.text


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "who is Zhou Fenglai?", "contact:vertical_short_drama_center"),
    ("es", "¿quién es Mary Lynn?", "contact:dalynn_studio"),
])
def test_a_known_person_is_still_found(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)])
