"""fixW: thanks in slang after a card, membership asked without the word, a Chinese script asked
for in words, an era no set recreates said as a native reader expects, and a reply that says each
thing once (partner play, round 42)."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import Locale, partner_locale, t
from intents import lexicon
from intents.locations import as_object
from intents.reply import without_repeats
from tests.dialogue import new_chat, talk

CARD = {"en": "when is latin film night?", "es": "¿cuándo es la noche de cine latino?",
        "zh": "拉丁电影之夜是什么时候？", "ko": "라틴 영화의 밤 언제예요?"}


@pytest.mark.parametrize("lang, thanks", [
    ("en", "sharp, appreciate it"), ("en", "lekker, appreciate that"), ("en", "legend, thanks for that"),
    ("en", "cheers for that mate"), ("es", "chévere, te lo agradezco"), ("es", "gracias, me sirve"),
    ("es", "gracias por eso, crack"), ("zh", "谢谢你这个信息"), ("zh", "谢啦老铁"),
    ("ko", "그거 감사해요"), ("ko", "이거 고마워요 ㅎㅎ"), ("ko", "ㄳㄳ 굿"),
])
def test_thanks_in_slang_after_a_card_is_courtesy_not_the_card_again(services: Services, lang: str,
                                                                    thanks: str) -> None:
    talk(services, lang, [(CARD[lang], "event:latin_film_night*"), (thanks, "smalltalk:thanks")],
         fits=lambda expect, got: (got or "").startswith(expect.rstrip("*")))


def test_a_pointer_thanked_for_is_no_reference_but_one_asked_about_is() -> None:
    for said in ("sharp, appreciate it", "thanks for that", "谢谢这个", "그거 감사해요", "gracias por eso"):
        assert not lexicon.refers_back(said), said
    for said in ("what about that one?", "is it free?", "그거 언제예요?"):
        assert lexicon.refers_back(said), said


@pytest.mark.parametrize("lang, asked", [
    ("es", "¿Y Reel-K qué onda, también es de la alianza?"), ("es", "y Reel-K, ¿también forma parte de la alianza?"),
    ("en", "and Reel-K, are they part of the alliance too?"), ("en", "is Reel-K in HISDA as well?"),
    ("en", "does Reel-K belong to the alliance?"), ("zh", "Reel-K也是联盟的吗？"), ("zh", "Reel-K是不是联盟的一员"),
    ("ko", "Reel-K도 연맹 소속인가요?"), ("ko", "그럼 Reel-K도 HISDA 멤버예요?"),
])
def test_membership_of_another_company_asked_without_the_word_is_yes_or_no(services: Services, lang: str,
                                                                           asked: str) -> None:
    first = {"es": "¿ShortMax es miembro?", "en": "is ShortMax a member?", "zh": "ShortMax是成员吗？",
             "ko": "ShortMax는 회원사예요?"}[lang]
    reply = talk(services, lang, [(first, "partner:shortmax#member"), (asked, "partner:reel_k#member")])
    said = reply.text.split("\n")[0]
    assert "Reel-K" in said and "HISDA" in said, said


@pytest.mark.parametrize("asked, script, answer", [
    ("請問之後可以用繁體字回覆我嗎", "hant", "script_set_hant"),
    ("can you reply in traditional chinese from now on?", "hant", "script_set_hant"),
    ("¿me puedes responder en chino tradicional?", "hant", "script_set_hant"),
    ("번체로 답해 주실 수 있나요?", "hant", "script_set_hant"),
])
def test_a_script_asked_for_in_words_is_confirmed_and_kept(services: Services, asked: str, script: str,
                                                           answer: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="zh")
    services.brain.reply_to_text(chat, "你们有什么活动", services.store.profile(chat))
    reply = services.brain.reply_to_text(chat, asked, services.store.profile(chat))
    assert reply.answer == "pref:script" and reply.text == t(answer, "zh")
    profile = services.store.profile(chat)
    assert profile is not None and profile.zh_script == script and profile.zh_script_chosen
    # written in Simplified afterwards: still Traditional, as asked
    services.brain.reply_to_text(chat, "横店在哪里", profile)
    assert services.store.profile(chat).locale == Locale("zh", "tw")
    # and back, asked in Traditional characters: Simplified from then on
    back = services.brain.reply_to_text(chat, "請改回簡體", services.store.profile(chat))
    assert back.text == t("script_set_hans", "zh")
    services.brain.reply_to_text(chat, "橫店在哪裡", services.store.profile(chat))
    assert services.store.profile(chat).locale == Locale("zh")


def test_a_chosen_script_wins_over_the_written_one_only_when_chosen() -> None:
    chosen = {"language": "zh", "chat_lang": "zh", "language_code": None, "zh_script": "hant", "zh_script_chosen": 1}
    assert partner_locale(chosen, written="zh", written_traditional=False) == Locale("zh", "tw")
    seen = {**chosen, "zh_script_chosen": None}
    assert partner_locale(seen, written="zh", written_traditional=False) == Locale("zh")


@pytest.mark.parametrize("asked", ["有繁体字幕吗？", "繁體和簡體有什麼區別"])
def test_the_script_of_a_work_or_the_characters_asked_about_is_no_request(services: Services, asked: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="zh")
    assert services.brain.reply_to_text(chat, asked, services.store.profile(chat)).answer != "pref:script"


@pytest.mark.parametrize("lang, asked", [
    ("ko", "조선시대 사극 찍을 세트 있어요?"), ("en", "any sets for a Joseon drama?"),
    ("es", "¿tienen sets para una serie de la era Joseon?"), ("zh", "有适合拍朝鲜王朝戏的场景吗"),
])
def test_an_era_no_set_recreates_reads_natively_and_names_the_title_staging_it(services: Services, lang: str,
                                                                              asked: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    reply = services.brain.reply_to_text(chat, asked, services.store.profile(chat))
    first = reply.text.split("\n")[0]
    kb = services.knowledge.current
    era = next(e for e in kb.taxonomy.eras if e.id == "historical_korea").name.get(lang)
    assert first.startswith(t("locations_no_era", lang, era=as_object(era, lang)).split("\n")[0][:8])
    assert "배경(" not in first and first.count("배경") <= 1
    assert kb.works["work_moonlight_envoy"].title.get(lang) in first, first
    assert kb.locations["ming_qing_palace"].name.get(lang) in first, first
    if lang == "ko":
        assert first.startswith("고려·조선 시대를 재현한 세트는 따로 없습니다."), first


def test_a_reply_never_repeats_a_sentence_or_a_contact_block() -> None:
    line = "Con tecnología de IA y contenidos localizados, ShortMax lanza 400 dramas nuevos cada mes."
    text = f"Sí: <b>ShortMax</b> es miembro.\n{line}\n\n<b>ShortMax</b>: plataforma.\n{line}"
    assert without_repeats(text) == f"Sí: <b>ShortMax</b> es miembro.\n{line}"
    card = "<b>Mary Lynn</b>: Dalynn Studio.\n✉️ partners@dalynn.example.com"
    text = f"{card}\n\nDalynn Studio — productora\n\nEs socio de Hengdian.\n\n<b>Contacto</b>:\nDalynn — Mary Lynn\n✉️ partners@dalynn.example.com"
    assert without_repeats(text).count("partners@dalynn") == 1
    listed = "• A\n  📍 Hengdian\n\n• B\n  📍 Hengdian"  # short lines of a list may repeat
    assert without_repeats(listed) == listed


def test_the_two_part_dalynn_question_shows_its_contact_once(services: Services) -> None:
    reply = talk(services, "es", [("¿Y de romance qué tenéis?", "list:works*"), ("el tercero", "work:*"),
                                  ("¿Quién lleva ese proyecto? ¿Es la gente de Dalynn?", "contact:dalynn_studio*")],
                 fits=lambda expect, got: (got or "").startswith(expect.rstrip("*")))
    assert reply.text.count("partners@dalynn.example.com") == 1, reply.text


def test_a_set_list_header_states_the_era_and_scene_named_in_the_partner_s_words(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="es")
    reply = services.brain.reply_to_text(chat, "estamos armando una serie vertical de época, tipo palacio de la "
                                               "dinastía Ming con intrigas de concubinas. ¿dónde la grabamos?",
                                         services.store.profile(chat))
    head = reply.text.split("\n")[0]
    assert " / " not in head and "thriller" not in head and "palacio" in head and "Ming" in head, head


def test_the_zone_button_after_times_shown_in_that_city_keeps_it(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    services.brain.reply_to_text(chat, "when is the virtual production open day?", services.store.profile(chat))
    reply = services.brain.reply_to_text(chat, "what time is that for us in London?", services.store.profile(chat))
    labels = [b.label for row in reply.buttons for b in row]
    assert "London" in reply.text
    assert t("tz_offer_always", "en", city="London") in labels and t("tz_offer", "en", city="London") not in labels
