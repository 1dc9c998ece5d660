"""Regional and colloquial words of each language are read as the standard words the
understanding knows (`core/variants/*.tsv`, applied by `core.text.standard_words`), and the
standard words they look like are left alone.

Every sentence here is written for this file (no evaluation set line): 兰州 阿达 / 阿么, 山西 甚,
青岛 嘛, Cantonese, Shanghainese and Taiwan words; 경북 -니껴 / -시더, 하오체, chat -용, 제주어,
전라도; Mexican, Spanish, Colombian, Rioplatense and Caracas Spanish; Northern English, Scots,
Irish, Indian, Singapore and Kenyan English.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.context import Services
from core.store import Profile
from core.text import to_simplified
from intents.nlu.answers import matches
from tests.test_standard_words import converse, standard


@pytest.mark.parametrize("text,expected", [
    ("秦王宫在阿达？阿么过去？", "秦王宫在哪里？怎么过去？"),  # 兰州
    ("开放日是阿一天？阿会儿报名？", "开放日是哪一天？什么时候报名？"),
    ("要准备甚材料？甚样的公司能入盟？", "要准备什么材料？什么样的公司能入盟？"),  # 山西
    ("这个对接会是个嘛活动，都干些嘛？", "这个对接会是个什么活动，都干些什么？"),  # 青岛 / 天津
    ("有冇得返还？會唔會平啲？", "有没有返还？会不会便宜点？"),  # Cantonese (Traditional in)
    ("片单有边几种类型？想同你哋同事倾下", "片单有哪几种类型？想同你们同事谈谈"),
    ("侬有空伐？勿晓得哪能报名", "你有空？不知道怎么报名"),  # 上海
    ("臨演跟卡司怎麼算？", "群演跟演员阵容怎么算？"),  # Taiwan
    ("是酱的话，坐德士过去几钱？", "是这样的话，坐出租车过去多少钱？"),  # Malaysia
])
def test_chinese_regional_words(text: str, expected: str) -> None:
    assert standard(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("세트장 예약은 우예 하니껴? 서류 좀 보내 주시더", "세트장 예약은 어떻게 하나요? 서류 좀 보내 주세요"),  # 경북
    ("개막식 장소가 어데니껴? 알겠니더", "개막식 장소가 어디예요? 알겠습니다"),
    ("통역 되는 사람 있소? 신청은 어찌하오?", "통역 되는 사람 있나요? 신청은 어떻게 해요?"),  # 하오체
    ("담당자 메일 알려 주시오, 무엇부터 하면 되겠소?", "담당자 메일 알려 주세요, 무엇부터 하면 될까요?"),
    ("넵 그럼 몇 시인가용? 자막도 있을까용?", "네 그럼 몇 시인가요? 자막도 있을까요?"),  # chat -용
    ("세트장 어떵 가민 되우꽈? 주소 줍서", "세트장 어떻게 가면 되나요? 주소 주세요"),  # 제주
    ("거시기 그 행사 워디서 한당께", " 그 행사 어디서 한다니까"),  # 전라 / 충청
])
def test_korean_regional_endings(text: str, expected: str) -> None:
    assert standard(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("la neta cuanta lana ocupamos pa rodar?", "la verdad cuanta dinero necesitamos para rodar?"),  # México
    ("que platos teneis y cuanto cobrais por dia?", "que platos tienen y cuanto cobran por dia?"),  # España
    ("necesitamos 20 figurantes, me mola el set", "necesitamos 20 extras, me gusta el set"),
    ("regaleme el correo, sumerce", "deme el correo, usted"),  # Bogotá
    ("ta, cuanta guita sale el bondi?", "ok, cuanta dinero sale el autobús?"),  # Río de la Plata
    ("epale, hay fleje de corotos", "hola, hay mucho cosas"),  # Caracas, Canarias
])
def test_spanish_regional_words(text: str, expected: str) -> None:
    assert standard(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("have yous got owt for a wee crew? nowt fancy", "have you got anything for a  crew? nothing fancy"),
    ("what will it set us back? send the bumph", "what will it cost us? send the paperwork"),
    ("Kindly do the needful and revert back", "Kindly please do it and reply"),  # Indian English
    ("can or not lah, how much pesa?", "possible , how much money?"),  # Singlish, Kenyan
    ("my lads dinnae have visas", "my team don't have visas"),  # Scots
])
def test_english_regional_words(text: str, expected: str) -> None:
    assert standard(text) == expected


@pytest.mark.parametrize("text", [
    "这个嘛，我们再商量一下", "好的嘛，就这样", "为什么要这样做",  # 嘛 as a sentence particle
    "甚至还有外国演员", "影响甚大", "欺人太甚",  # 甚 inside standard words
    "明朝的宫殿在哪里", "加快步伐", "伊拉克的公司", "水平很高",  # 明朝 (Ming), 伐, 伊拉, 平
    "我们这边几个人", "降落机场后怎么走",  # 边几 and 落机 inside words
    "가용 인력이 몇 명인가요", "내용이 궁금해요", "하십시오", "주소 알려 주세요", "보잉 비행기",  # 가용, 용, 시오, 잉
    "we shot until the wee hours", "the extras revert to the call sheet",
    "el set ocupa dos hectareas", "nos ocupamos de todo", "la noche de cine latino",
    "바이오 기업", "다잉 메시지가 나오는 미스터리", "마이 페이지",
])
def test_standard_words_that_look_regional_are_kept(text: str) -> None:
    assert standard(text) == to_simplified(text)[0]


# Fresh wordings that got the record but not the fact asked, a list or the off-topic reply
# before these tables (checked against the commit before them).
@pytest.mark.parametrize("lang,turns,expected", [
    ("zh", ["横店影视节阿会儿开？"], "event:hengdian_film_festival#date"),
    ("zh", ["秦王宫在阿达？"], "location:qin_palace#address"),
    ("zh", ["中韩对接会在阿搭？"], "event:korea_matchmaking_2027#venue"),
    ("zh", ["拉美制片人推介会是阿一天？"], "event:latam_pitch_day_2027#date"),
    ("zh", ["俺们想拍竖屏短剧，阿么申请优惠？"], "incentive:short_drama_cost_reduction#how_to_apply"),
    ("zh", ["甚样的项目能拿短剧补贴？"], "incentive:short_drama_cost_reduction#eligibility"),
    ("ko", ["숏드라마 혜택은 우예 신청하니껴?"], "incentive:short_drama_cost_reduction#how_to_apply"),
    ("ko", ["다음 행사는 어데니껴?"], "event:global_talent_info_session_2026#venue"),
    ("es", ["la neta cuanta lana se ocupa pa rodar alla?"], "faq:costs"),
    ("es", ["cuantos figurantes extranjeros contratan alla?"], "faq:foreign_actors"),
    ("en", ["lini is the korea matchmaking?"], "event:korea_matchmaking_2027#date"),
    ("en", ["wapi is the korea matchmaking held?"], "event:korea_matchmaking_2027#venue"),
])
def test_regional_questions_get_their_answer(services: Services, partner: Callable[[str], Profile],
                                             lang: str, turns: list[str], expected: str) -> None:
    reply = converse(services, partner(lang), turns)
    assert matches(expected, reply.answer), reply.answer
