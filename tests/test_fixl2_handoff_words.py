"""fixL2: leaving a handoff in words, chasing a reply, actions typed during a handoff.

Unit tests of the word tables (new wordings, four languages) and end to end on the Bot API stub
(as tests/test_fixl_handoff_acks.py): "never mind the person" closes the handoff like the button
(staff told, partner told in one line); "any news?" gets one line that the team has it and how to
reach them, during the handoff and right after leaving it; "remind me about it" during a handoff
nobody has taken up is carried out and the thread says what the bot did.
"""

from __future__ import annotations

import pytest

from core.i18n import Lang, t
from intents.handoff_words import chases_reply, leaves_handoff
from tests.test_e2e_handoff import World, plain, settle, staff_posts, wait_partner, wait_staff
from tests.test_fixl_handoff_acks import LANGS, put_through

LEAVE = {
    "en": ["never mind the person, I figured it out", "I don't need an agent anymore",
           "cancel the transfer please, I'll continue with the bot"],
    "es": ["ya no hace falta, gracias, sigo con el bot", "ya no necesito un asesor",
           "no es necesario que me contacten, ya lo resolví"],
    "zh": ["不用转人工了，我自己问就行", "不需要人工客服了", "取消转人工吧"],
    "ko": ["상담원 연결 취소할게요", "담당자 연결 안 해도 돼요", "해결됐어요, 챗봇이랑 계속 할게요"],
}
CHASE = {
    "en": ["any news?", "is anyone there?", "I'm still waiting for an answer", "when will someone reply?"],
    "es": ["¿me van a responder?", "¿alguna novedad?", "sigo esperando", "¿hay alguien?"],
    "zh": ["还没人回我吗", "有人在吗？", "什么时候能回复我？", "有消息了吗"],
    "ko": ["빨리 답해주세요 급해요", "아직 답변 없나요?", "계속 기다리고 있어요", "언제 연락 주시나요?"],
}
NEITHER = {
    "en": ["thanks", "thank you so much!", "We are Sunset Pictures from Lagos.", "remind me about it",
           "Do I need a visa to film in Hengdian?"],
    "es": ["gracias", "muchas gracias", "Somos Filmadora Sur, de Bogotá.", "¿Necesito visa para filmar en Hengdian?"],
    "zh": ["谢谢", "好的，谢谢", "我们是南方影业，在北京。", "来横店拍摄需要办签证吗？"],
    "ko": ["감사합니다", "고맙습니다!", "저희는 서울필름입니다.", "횡뎬에서 촬영하려면 비자가 필요한가요?"],
}


@pytest.mark.parametrize("lang", LANGS)
def test_leaving_in_words(lang: Lang) -> None:
    for said in LEAVE[lang]:
        assert leaves_handoff(said), said
        assert not chases_reply(said), said


@pytest.mark.parametrize("lang", LANGS)
def test_chasing_a_reply(lang: Lang) -> None:
    for said in CHASE[lang]:
        assert chases_reply(said), said
        assert not leaves_handoff(said), said


@pytest.mark.parametrize("lang", LANGS)
def test_thanks_and_questions_are_neither(lang: Lang) -> None:
    for said in NEITHER[lang]:
        assert not leaves_handoff(said), said
        assert not chases_reply(said), said


def test_the_chase_line_offers_the_contact() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from core.kb.loader import load_knowledge
    from intents.handoff import chase_line, relay_ack
    from tests.conftest import ROOT

    kb = load_knowledge(ROOT / "knowledge").require()
    beijing = ZoneInfo("Asia/Shanghai")
    tuesday = datetime(2026, 12, 1, 10, 0, tzinfo=beijing)
    email = kb.contacts["international_business"].email
    for lang in LANGS:
        line = chase_line(kb, "", None, tuesday, beijing, lang)
        assert line.startswith(relay_ack(kb, "", None, tuesday, beijing, lang)) and email in line
        left = chase_line(kb, "", None, tuesday, beijing, lang, left=True)
        assert left.startswith(t("handoff_chase_left", lang)) and email in left


def test_an_action_is_carried_out_during_a_handoff() -> None:
    from intents.handoff import answers_alone
    from intents.reply import Reply

    done = Reply(text="⏰ Done!", lang="en", answer="event:x", outcome="action")
    assert answers_alone("remind me about it", done)
    assert not answers_alone("remind me about it", done.model_copy(update={"handoff": "events"}))


ACTION = {
    "en": "subscribe me to Korea news",
    "es": "suscríbeme a las noticias de Corea",
    "zh": "帮我订阅韩国资讯",
    "ko": "한국 소식 구독해 주세요",
}


@pytest.mark.parametrize("lang", LANGS)
def test_e2e_chase_leave_in_words_and_chase_after(world: World, lang: Lang) -> None:
    user, _post = put_through(world, lang)
    seen, staff_seen = len(user.messages()), len(staff_posts(world.staff))
    user.send_text(CHASE[lang][0])
    [copy] = wait_staff(world, staff_seen)
    assert CHASE[lang][0] in copy["text"]
    [line] = wait_partner(user, seen)
    assert line["text"].startswith(plain(t("handoff_ack", lang)))
    assert "@" in line["text"]  # the team's address
    settle(world)
    seen, staff_seen = len(user.messages()), len(staff_posts(world.staff))
    user.send_text(LEAVE[lang][0])
    copy, left = wait_staff(world, staff_seen, 2)
    assert LEAVE[lang][0] in copy["text"] and left["text"].startswith("↩️")
    [back] = wait_partner(user, seen)
    assert back["text"].startswith(plain(t("handoff_back_done", lang)))
    settle(world)
    seen, staff_seen = len(user.messages()), len(staff_posts(world.staff))
    user.send_text(CHASE[lang][1])
    [again] = wait_partner(user, seen)
    assert again["text"].startswith(plain(t("handoff_chase_left", lang)))
    settle(world)
    assert len(staff_posts(world.staff)) == staff_seen, "closed: nothing goes to staff"


@pytest.mark.parametrize("lang", LANGS)
def test_e2e_an_action_during_an_unattended_handoff(world: World, lang: Lang) -> None:
    user, _post = put_through(world, lang)
    seen, staff_seen = len(user.messages()), len(staff_posts(world.staff))
    user.send_text(ACTION[lang])
    copy, note = wait_staff(world, staff_seen, 2)
    assert ACTION[lang] in copy["text"]
    assert "subscribe:" in note["text"] and note["text"].startswith("🤖")
    [done] = wait_partner(user, seen)
    assert "✅" in done["text"]


@pytest.mark.parametrize("said", [
    "never mind, I'll ask the bot. do foreign actors need a visa?",
    "déjalo, le pregunto al bot: ¿necesito visa?",
    "算了我問機器人，电影节是什么时候？",
    "됐어요, 봇한테 물어볼게요. 비자 필요해요?",
])
def test_asking_the_bot_instead_leaves_the_handoff(said: str) -> None:
    from intents.handoff_words import leaves_handoff

    assert leaves_handoff(said)


@pytest.mark.parametrize("said", ["can I ask the bot something?", "thanks", "ask the team please"])
def test_asking_about_the_bot_is_no_leaving(said: str) -> None:
    from intents.handoff_words import leaves_handoff

    assert not leaves_handoff(said)
