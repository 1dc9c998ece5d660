"""fixK15: the read sets' remaining kinds (answers55, 57, 53, 50, 51), in four languages, with
sentences of this file's own:

1. more of a title pointed at ("第三部详细说说", "세 번째 거 자세히 말해줘") is its story, and the next
   one asked after it ("那第五部呢？") its story too;
2. support for those who shoot vertical stuff (students, "全部拍竖屏的", "세로 영상만 찍는데"), read as
   the sets' list or a procedure, is the short-drama incentives FAQ;
3. whether any support is given to a foreign company or a crew settling in ("¿nos dan alguna ayuda?",
   "有冇咩優惠", "무슨 혜택 같은 거 있드래요", "뭐 돌려주는 기 있능교") is the incentives overview;
4. a foreigner by his look landing parts ("mi novio es rubio y extranjero, ¿podrá conseguir algún
   papel?", "老外能接到角色吗") is the foreign-actors FAQ;
5. no Chinese at all said, and whether that is trouble ("一点中文都不会", "no sabemos ni papa de
   mandarín") is the languages FAQ;
6. a crew with foreigners in it, or a team of one country sent over, allowed to shoot ("能在中国拍吗",
   "带一帮巴西人过去，让不让拍") is the filming FAQ.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk

MORE_OF_A_POINTED_TITLE = [
    ("en", "got any romance?", "give me more about the third one", "and the fifth?"),
    ("es", "¿tienen romance?", "cuéntame más de la tercera", "¿y la quinta?"),
    ("zh", "你们有什么爱情剧？", "第三部详细说说", "那第五部呢？"),
    ("zh", "有冇愛情劇？", "第三部再講一下", "第五部呢？"),
    ("ko", "로맨스 있어요?", "세 번째 거 자세히 말해줘", "다섯 번째는요?"),
    ("ko", "로맨스 작품 뭐 있어?", "세 번째 꺼 좀 더 얘기해 줘", "다섯 번째는?"),
]


@pytest.mark.parametrize(("lang", "listed", "more", "next_one"), MORE_OF_A_POINTED_TITLE)
def test_more_of_a_pointed_title_is_its_story(services: Services, lang: str, listed: str, more: str,
                                              next_one: str) -> None:
    talk(services, lang, [(listed, "list:works?genre=romance"), (more, "work:work_half_a_teahouse#logline"),
                          (next_one, "work:work_ten_days_in_october#logline")])


SHORT_DRAMA_SUPPORT = ["faq:incentives", "incentive:short_drama_cost_reduction"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we're just poor students filming vertical content, any support for us?"),
    ("en", "we shoot all vertical, is there any perk for that?"),
    ("es", "somos estudiantes y grabamos videos verticales, ¿hay algún apoyo?"),
    ("es", "filmamos todo en vertical, ¿nos dan algún beneficio?"),
    ("zh", "我们全部拍竖屏的小剧，有没有啥好处"),
    ("zh", "我们几个学生只拍竖屏，能拿到点补贴不"),
    ("ko", "저희는 학생이라 세로 영상만 찍는데 지원 받을 수 있어요?"),
    ("ko", "전부 세로로 찍는 학생 팀인데 혜택 있나요?"),
])
def test_support_for_shooting_vertical_is_the_short_drama_incentives(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, SHORT_DRAMA_SUPPORT)])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "if a foreign company works with Hengdian, is there any perk or help?"),
    ("en", "does an overseas outfit partnering with Hengdian get any support at all?"),
    ("es", "si una productora de Chile trabaja con Hengdian, ¿nos dan alguna ventaja económica?"),
    ("es", "trabajando desde Paraguay con ustedes, ¿nos dan alguna ayuda?"),
    ("zh", "外國公司同橫店合作有冇咩扶持？"),
    ("zh", "海外公司跟横店合作，有没有什么优惠"),
    ("ko", "외국 회사가 헝뎬이랑 일하면 무슨 혜택 같은 거 있어요?"),
    ("ko", "헝뎬에 자리 잡는 촬영팀한테 뭐 돌려주는 거 있나? 세금이든 뭐든"),
])
def test_whether_any_support_is_given_is_the_incentives_overview(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:incentives")])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "my blond foreign buddy, could he land roles in chinese dramas?"),
    ("en", "my roommate is a white american guy, can he get parts in your shows?"),
    ("es", "mi novio es rubio y extranjero, ¿podrá conseguir algún papel en sus series?"),
    ("es", "tengo un amigo gringo bien güero, ¿le darían papeles en dramas de allá?"),
    ("zh", "我朋友是个老外，在横店能接到角色吗"),
    ("zh", "我表哥是金发的外国人，他能接到戏吗"),
    ("ko", "금발 외국인 친구가 중국 드라마에서 배역 따낼 수 있어요?"),
    ("ko", "제 친구가 서양인인데 중국 드라마 배역 받을 수 있을까요?"),
])
def test_a_foreigner_landing_parts_is_the_foreign_actors_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["faq:foreign_actors", "event:international_sets_casting_day_2027"])])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "none of us speak a word of chinese, will that be a headache on set?"),
    ("en", "I don't speak chinese at all, is that gonna be an issue over there?"),
    ("es", "no sabemos ni papa de mandarín, ¿va a ser un problema allá?"),
    ("es", "no hablo nada de chino, ¿me van a entender en el rodaje?"),
    ("zh", "我们导演中文一句都不会，去了片场会不会很麻烦"),
    ("zh", "我朋友一点汉语都不会，他过去有问题吗"),
    ("ko", "중국어 하나도 못하는데 현장에서 문제 될까요?"),
    ("ko", "저희 감독님이 중국어를 전혀 몰라요, 괜찮을까요?"),
])
def test_no_chinese_at_all_is_the_languages_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:languages")])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "our student crew has a couple of foreigners, can we still film in china?"),
    ("es", "somos un grupo de estudiantes y hay extranjeros, ¿podemos grabar allá?"),
    ("zh", "我们组里有几个外国人，能去横店的景区拍吗"),
    ("zh", "我们会带一帮巴西人过去，让不让在你们的景区拍？"),
    ("zh", "我哋會帶一班墨西哥人過嚟，准唔准拍？"),
    ("ko", "저희 학생 촬영팀에 외국인이 있는데 거기서 촬영할 수 있어요?"),
])
def test_a_crew_with_foreigners_allowed_to_shoot_is_the_filming_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:can_foreign_crews_film")])


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("zh", "有没有园林？", "我们灯光师是法国人，他跟着去那个园林拍会有问题吗？"),
    ("en", "any gardens?", "our gaffer is French, would it be a problem for him to film at that garden?"),
    ("es", "¿tienen jardines?", "nuestro camarógrafo es uruguayo, ¿puede grabar en ese jardín sin problema?"),
    ("ko", "정원 세트 있어요?", "저희 촬영감독이 일본 사람인데 그 정원 가서 찍어도 문제없어요?"),
])
def test_a_foreigner_filming_at_the_set_in_focus_is_the_filming_faq(services: Services, lang: str, first: str,
                                                                     then: str) -> None:
    talk(services, lang, [(first, "list:locations?scene=garden"), (then, "faq:can_foreign_crews_film")])


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "제단편배경이얼음행성이라실제로만들방법이없음ㅠㅠ"),
    ("ko", "제 단편 배경이 얼음 행성이라 현실에서 만들 수가 없어요, 어떻게 찍어요?"),
    ("en", "my short is set on a lava planet, no way we can build that, how would we shoot it?"),
    ("es", "mi corto pasa en un planeta de hielo, no hay manera de construir eso, ¿cómo lo grabamos?"),
    ("zh", "我的短片背景是火山星球，实景搭不出来，怎么拍？"),
])
def test_a_world_no_set_could_hold_is_virtual_production(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["faq:virtual_production", "location:virtual_production"])])
