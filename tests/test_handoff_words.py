"""`asks_for_person`: the many ways partners ask for a human, and the look-alikes that are not.

Each phrase is also tried inside a longer message (before and after an ordinary question), since
partners often ask for a person in passing; a negative must stay negative in any company.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intents.handoff_words import asks_for_person

POSITIVE = {
    "en": [
        "Can I talk to a person?", "I'd like an agent", "I’d like an agent please",
        "can someone call me", "Could somebody call me back tomorrow?", "I want to speak to a human",
        "connect me with a representative", "Please put me through to someone from your team",
        "Is there a real person I can talk to?", "I need to speak with someone from your team",
        "human please", "Agent, please", "transfer me to an agent", "get me a human",
        "Can a member of your team contact me?", "have someone contact me about the palace set",
        "Someone from your team please email us", "I'd prefer a real person",
        "let me talk to your staff", "could you call me?", "I want to chat with a live agent",
        "I need human support", "I'd rather speak with an actual person, not a bot",
        "Can I get a representative?", "speak to your sales team", "Can someone get back to me?",
        "get in touch with your account manager", "pass me to a colleague", "live person",
    ],
    "es": [
        "¿me podría llamar alguien de ventas mañana?", "que me marque alguien del equipo, porfa",
        "¿me pasan con un asesor?", "quiero hablar con alguien del equipo", "Quisiera hablar con una persona",
        "¿Puedo hablar con un humano?", "necesito un asesor", "que me llame alguien", "¿Alguien me puede llamar?",
        "pásame con un agente", "Comunícame con un representante", "Prefiero hablar con una persona real",
        "¿Hay alguien con quien pueda hablar?", "me gustaría que alguien del equipo me escriba",
        "Quiero atención personalizada", "¿Me comunican con un ejecutivo?", "llámenme por favor",
        "¿Podrían pasarme con un asesor? Me pasan con un asesor", "Quiero contactar con un asesor",
        "necesito hablar con el encargado", "¿Me pueden llamar mañana?", "que nos contacte un asesor",
        "platicar con alguien de su equipo", "¿Un asesor, por favor?", "atención humana",
        "¿me podrían llamar?", "quiero hablar con una persona de verdad", "contáctenme, por favor",
    ],
    "zh": [
        "麻烦让负责人回个电话给我们", "派个人跟我们聊聊吧", "帮我找一下片方的负责人",
        "人工客服", "能帮我转人工吗", "找个真人", "转人工", "我要人工", "有没有真人", "请人工服务",
        "我想和工作人员聊聊", "请安排专人联系我", "能不能让客服给我打电话", "我想跟负责人谈谈",
        "麻烦让工作人员联系我", "有人可以回答吗", "请给我回个电话", "人工", "人工！", "能转接人工吗？",
        "联系一下你们的商务", "不是机器人，我要找真人", "让你们的人联系我", "我想找你们的负责人聊",
        "客服在吗？请客服联系我", "和你们的人沟通一下", "专人对接",
    ],
    "ko": [
        "담당자님과 상의드리고 싶어요", "책임자와 직접 논의하고 싶습니다",
        "상담원 부탁드려요", "담당자분과 통화하고 싶어요", "상담원 연결해 주세요", "사람이랑 얘기하고 싶어요",
        "직원분 연결 부탁드립니다", "담당자 연결해주세요", "담당자님 전화 부탁드려요",
        "실제 사람과 대화하고 싶어요", "사람과 상담하고 싶습니다", "전화 상담 가능할까요?",
        "매니저님과 이야기할 수 있을까요?", "누가 전화 좀 해주세요", "연락 주실 수 있나요?",
        "담당자와 직접 얘기하고 싶어요", "상담사 연결", "봇 말고 사람이랑 얘기할래요",
        "관계자분과 통화 가능할까요", "회신 부탁드립니다", "사람 바꿔 주세요", "담당자한테 연결 부탁해요",
        "사무국 직원하고 직접 말하고 싶습니다", "이 건 맡으신 분과 말씀 나누고 싶습니다",
        "그 작품 담당하시는 분이랑 이야기하게 해 주세요",
    ],
}

NEGATIVE = {
    "en": [
        "how many people work there", "Who is the person in charge of the catalog?",
        "Do you have a sales agent in Mexico?", "We are a team of 12 people", "a story about a real person",
        "I talked to your colleague at the festival last year", "human resources for our crew",
        "Is the set big enough for 200 people?", "Where can our staff stay?",
        "what are the office hours?", "Tell me about the palace set", "Can I bring my own agent?",
        "Our talent agent will travel with us", "Is AI used in your virtual production?",
        "Thanks, that's all", "Which works are sci-fi?",
    ],
    "es": [
        "¿cuántas personas trabajan ahí?", "personas", "El set tiene capacidad para 200 personas",
        "¿Tienen un agente de ventas en México?", "Somos un equipo de 10 personas",
        "Hablamos con alguien en el festival", "¿Hay asesores fiscales en Hengdian?",
        "¿Dónde se aloja el equipo de rodaje?", "¿Qué incentivos hay para microdramas?",
        "¿Cuál es el horario de atención?", "Recursos humanos para la producción",
        "¿Con quién coproducen?", "Me interesa el catálogo",
    ],
    "zh": [
        "主办方是谁", "这部剧的人物关系", "在横店找人拍戏需要什么", "联系方式是什么",
        "横店有多少人", "有多少工作人员", "真人秀拍摄可以吗", "这部剧有真人版吗", "人工智能在虚拟制片中的应用",
        "剧组有50人", "人工湖的场景能拍吗", "我们需要找人做翻译吗", "负责人是谁？", "明清宫苑在哪里",
        "扶持政策有哪些", "人工成本高吗", "你们的团队有多大",
        "我们摄影师不会中文，在片场跟人沟通不了怎么办",  # can't make themselves understood
    ],
    "ko": [
        "사람 많아요?", "몇 사람이 일해요?", "촬영 인원은 몇 사람까지 가능한가요?", "사람들이 좋아하는 드라마",
        "담당자가 누구예요?", "인공지능 기술을 쓰나요?", "궁궐 세트는 어디에 있나요?",
        "인센티브가 있나요?", "상담 시간이 어떻게 되나요?", "이 작품 공동제작 가능한가요?",
        "직원 숙소가 있나요?", "이 작품 담당하는 분이 누구예요?", "사람들이 말하는 게 맞아요?",
    ],
}

FILLER = {
    "en": ["Hi!", "How much is the Ming palace set for 10 days?", "We are a producer from Mexico.",
           "Thanks."],
    "es": ["¡Hola!", "¿Cuánto cuesta el set del palacio Ming por 10 días?", "Somos una productora de México.",
           "Gracias."],
    "zh": ["您好！", "明清宫苑拍十天多少钱？", "我们是墨西哥的制片公司。", "谢谢。"],
    "ko": ["안녕하세요!", "명청궁원 세트 10일 대여 비용이 얼마인가요?", "저희는 멕시코 제작사입니다.", "감사합니다."],
}

CASES = [(lang, text) for lang, texts in POSITIVE.items() for text in texts]
NON_CASES = [(lang, text) for lang, texts in NEGATIVE.items() for text in texts]


@pytest.mark.parametrize("lang,text", CASES)
def test_asks_for_person(lang: str, text: str) -> None:
    assert asks_for_person(text), text


@pytest.mark.parametrize("lang,text", NON_CASES)
def test_does_not_ask_for_person(lang: str, text: str) -> None:
    assert not asks_for_person(text), text


@settings(max_examples=150, deadline=None)
@given(case=st.sampled_from(CASES), before=st.integers(0, 3), after=st.integers(0, 3),
       sep=st.sampled_from([" ", "\n", " ... "]))
def test_positive_inside_a_longer_message(case: tuple[str, str], before: int, after: int,
                                          sep: str) -> None:
    lang, text = case
    filler = FILLER[lang]
    message = sep.join([*filler[:before], text, *filler[len(filler) - after:]])
    assert asks_for_person(message), message


@settings(max_examples=150, deadline=None)
@given(case=st.sampled_from(NON_CASES), before=st.integers(0, 3), after=st.integers(0, 3))
def test_negative_stays_negative_in_any_company(case: tuple[str, str], before: int, after: int) -> None:
    lang, text = case
    filler = FILLER[lang]
    message = " ".join([*filler[:before], text, *filler[len(filler) - after:]])
    assert not asks_for_person(message), message


def test_fillers_alone_are_not_requests() -> None:
    for lang, lines in FILLER.items():
        assert not asks_for_person(" ".join(lines)), lang
    assert not asks_for_person("")
