"""answers87's first-measured mistakes, its standalone questions (fixE27), each kind tried in the
four languages with one more wording of each written for these tests:

- a dialect's "what" or "when" (Wuhan 么时候, Minnan 蝦米 after 演/讲) read as the standard word;
- a title asked done or still being made: its production status (the co-production record);
- the incentives offered to the producers who shoot here, or a scheme of breaks named ("우대나 감면
  제도"): the incentives' overview, not the bare list nor the costs FAQ;
- Korean 들다 / 끼다 of the alliance ("HISDA에 들 수 있는가?"): the way in;
- the bodies that belong to the alliance asked: its members, the partners list;
- what a programme is about: its own card, not a company a word of its name finds.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, fits

CASES = [
    # dialect words
    ("zh", "《祠堂迷蹤》在演蝦米？", "work:work_ancestral_hall#logline"),
    ("zh", "那部祠堂迷踪讲虾米的", "work:work_ancestral_hall#logline"),
    ("zh", "拉美制片人线上合拍推介会是么时候", "event:latam_pitch_day_2027#date"),
    ("zh", "影视节么时候开始", "event:hengdian_film_festival#date"),
    ("zh", "羊城夜曲么时候上线", "gap:*"),
    # done or still being made
    ("en", "mocap jianghu, is that one done or still bein made", "work:work_mocap_jianghu#coproduction"),
    ("en", "is mocap jianghu finished or still shooting?", "work:work_mocap_jianghu#coproduction"),
    ("es", "Guerreros digitales, ¿ya está terminada o todavía la están grabando?", "work:work_mocap_jianghu#coproduction"),
    ("zh", "动捕江湖拍完了还是还在拍？", "work:work_mocap_jianghu#coproduction"),
    ("ko", "모션캡처 강호 다 만들었어요 아니면 아직 찍고 있어요?", "work:work_mocap_jianghu#coproduction"),
    # incentives offered to the producers who shoot here; a scheme of breaks
    ("en", "We request you to let us know what incentives are offered to producers who shoot at Hengdian.", "faq:incentives"),
    ("es", "Le solicitamos amablemente nos informe qué incentivos ofrecen a los productores que graban en Hengdian.", "faq:incentives"),
    ("es", "¿Qué incentivos tienen para las producciones que vienen a rodar a Hengdian?", "faq:incentives"),
    ("zh", "烦请告知贵方为在横店拍摄的剧组提供哪些扶持政策。", "faq:incentives"),
    ("zh", "在横店拍戏有没有什么减免政策？", "faq:incentives"),
    ("ko", "헝뎬 현지 촬영 시 제작진에게 주어지는 우대나 감면 제도가 있는지 알고 싶습니다.", "faq:incentives"),
    ("ko", "헝뎬에서 촬영하는 제작사에게 제공되는 감면 제도가 있습니까?", "faq:incentives"),
    # joining, Korean 들다 / 끼다
    ("ko", "우리 같은 시골 축제 위원회도 HISDA에 들 수 있는가? 어떻게 하면 되나?", "faq:join_alliance"),
    ("ko", "저희 같은 작은 방송사도 연맹에 끼고 싶은데 어떻게 해요?", "faq:join_alliance"),
    # the bodies that belong to the alliance
    ("ko", "현재 연맹에 소속된 기관은 어디 어디입니까?", "list:partners"),
    ("ko", "HISDA에 소속된 회사들은 어디어디예요?", "list:partners"),
    ("en", "Which organisations currently belong to the alliance?", "list:partners"),
    ("es", "¿Qué entidades pertenecen hoy a la alianza?", "list:partners"),
    ("zh", "目前隶属联盟的机构有哪些？", "list:partners"),
    # what a programme is about
    ("es", "de q va eso de la plataforma de cadena de suministro digital", "program:digital_supply_chain_platform"),
    ("es", "¿de qué trata la plataforma de cadena de suministro digital?", "program:digital_supply_chain_platform"),
    ("en", "what's the digital supply chain platform about?", "program:digital_supply_chain_platform"),
    ("zh", "数字供应链平台是讲什么的？", "program:digital_supply_chain_platform"),
    ("ko", "디지털 공급망 플랫폼은 무슨 내용이에요?", "program:digital_supply_chain_platform"),
]


@pytest.mark.parametrize(("lang", "text", "expect"), CASES)
def test_answers87_question_read(services: Services, lang: str, text: str, expect: str) -> None:
    reply = ask(services, lang, text)
    assert fits(expect, reply.answer), (text, reply.answer)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what incentives do you offer?"), ("es", "qué incentivos hay"), ("zh", "你们都有哪些扶持政策？列一下"),
])
def test_incentives_asked_bare_keep_their_list(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "list:incentives"
