"""Which messages start an inquiry form, in four languages — and which questions do not."""

from __future__ import annotations

import pytest

from intents.inquiry_words import prefill, wants_inquiry

REQUESTS = [
    ("Could you send us a quote for shooting 3 weeks at the Qin Palace?", "film"),
    ("Cotízanos 10 días de rodaje en el palacio", "film"),
    ("请给我们报个价，在明清宫苑拍10天", "film"),
    ("궁궐 세트 10일 촬영 견적 부탁드립니다", "film"),
    ("sign us up for the casting day, 3 people", "event_signup"),
    ("We'd like to register for the Latin Film Night, 2 people", "event_signup"),
    ("Inscríbenos en el pitch day, somos 4 personas", "event_signup"),
    ("我们想报名参加选角日活动，3个人", "event_signup"),
    ("행사 참가 신청하고 싶어요", "event_signup"),
    ("we want to join the alliance", "join_alliance"),
    ("Queremos unirnos a la alianza HISDA", "join_alliance"),
    ("我们想加入联盟", "join_alliance"),
    ("저희 회사도 연맹에 가입하고 싶습니다", "join_alliance"),
    ("queremos licenciar un título del catálogo", "license"),
    ("can we license it? we'd like to stream it in Brazil", "license"),
    ("Please, we want to license this one", "license"),
    ("We're interested in licensing two titles for Latin America", "license"),
    ("我们想引进片单里的两部剧的版权", "license"),
    ("카탈로그 작품 판권을 구매하고 싶어요", "license"),
    ("We would like to co-produce a romance series with you", "coproduce"),
    ("Nos interesa coproducir una serie de misterio", "coproduce"),
    ("我们希望合拍一部悬疑短剧", "coproduce"),
    ("공동 제작하고 싶어요", "coproduce"),
    ("We want to distribute your dramas in Brazil", "distribute"),
    ("Queremos distribuir sus microdramas en México", "distribute"),
    ("我们想在韩国发行你们的短剧", "distribute"),
]

QUESTIONS = [
    # a person's way into the talent programme is its intake session (the router), no company form
    "We would like to apply to the global talent program",
    "我们想申请全球人才计划",
    # a price asked as a question, however concrete (a number of days): the honest price gap
    # answers it, with the form a tap away; only a quote asked for starts the form (fixP)
    "how much would 10 days on the palace set cost?",
    "¿Cuánto costaría rodar 10 días en el palacio?",
    "在明清宫苑拍摄10天大概多少钱？",
    "궁궐 세트에서 10일 촬영하면 비용이 얼마인가요?",
    "What does the palace set look like?",
    "Which set for a Forbidden City scene?",
    "What events are coming up?",
    "When is the Latin Film Night?",
    "how do I join the alliance?",
    "¿Cómo puedo unirme a la alianza?",
    "如何加入联盟？",
    "Are there co-production titles in the catalog?",
    "¿Hay coproducciones en el catálogo?",
    "Which titles are available for licensing?",
    # asking whether (about the work in focus) is a question: its status answers it
    "and can we license it?",
    "could we co-produce that one?",
    "¿se puede licenciar para México?",
    "这部可以授权吗？",
    "이 작품 라이선스 가능한가요?",
    "How much is the incentive for vertical dramas?",
    "补贴多少钱？",
    "인센티브는 얼마인가요?",
    "Hello! We are a production company from Mexico and we'd like to shoot a Ming palace drama",
    "I'd like to talk to a person",
    "人工客服",
    "thanks!",
    "/start",
    "",
]


@pytest.mark.parametrize("text,kind", REQUESTS)
def test_requests_start_the_right_form(text: str, kind: str) -> None:
    assert wants_inquiry(text) == kind


@pytest.mark.parametrize("text", QUESTIONS)
def test_questions_are_not_inquiries(text: str) -> None:
    assert wants_inquiry(text) is None


def test_prefill_reads_people_and_days() -> None:
    assert prefill("sign us up for the casting day, 3 people") == {"people": 3}
    assert prefill("how much would 10 days on the palace set cost?") == {"days": 10}
    assert prefill("행사 참가 신청, 5명") == {"people": 5}
    assert prefill("报名，3人") == {"people": 3}
    assert prefill("我们想报名参加选角日活动，3个人") == {"people": 3}
