"""play22 kinds 7–10, as partners write them in four languages (sentences of our own):

7. A thing of its own made the subject ("공항은 어디가 제일 가까워요?", "회사 소개서는 어디로 보내면
   되노?", "where do we send our company deck?") after a team, a programme, a company or an event:
   the way to Hengdian / the way in (the Secretariat), not the seat or venue of the record in focus.
8. A catalog title pointed at by its story ("the one with the Spanish crew in Hengdian", "la de los
   españoles en Hengdian", "마드리드 촬영팀이 헝뎬 가는 그 작품") with its episodes asked: that title,
   and the follow-ups (licensing for Mexico, the MG) keep it and its contact.
9. A calendar file or reminder for "it" one turn about a company or a person after an event, or for
   an event named loosely ("the 2027 film night", "2027 영화의 밤"): that event, not "which event?".
10. Cantonese follow-ups: 要俾錢 (a fee, not a wage), 完咗未 (is it over), 講過嘢 (who spoke),
   話我知 (tell me = a reminder).
"""

from __future__ import annotations

from tests.dialogue import talk_patterns

AIRPORT = "faq:how_to_reach_hengdian"
JOIN = "faq:join_alliance"
SIESTA = "work:work_siesta_not_included"


# -- 7. the subject of its own, not the record in focus --------------------------------------------

def test_korean_airport_topic_after_a_team_card(services):
    talk_patterns(services, "ko", [("국제사업부 담당자 누구예요?", "contact:international_business*"),
                                   ("공항은 어디로 가야 제일 가깝노?", AIRPORT)])
    talk_patterns(services, "ko", [("ShortMax는 어떤 회사예요?", "partner:shortmax*"),
                                   ("공항은 어디가 젤 가까워요?", AIRPORT)])


def test_korean_airport_topic_after_a_programme(services):
    talk_patterns(services, "ko", [("글로벌 인재 프로그램이 뭐예요?", "program:global_talent_program*"),
                                   ("그럼 공항은 어디로 가는 게 가장 가까워요?", AIRPORT)])


def test_korean_deck_topic_after_an_event_or_company(services):
    talk_patterns(services, "ko", [("한중 매칭 행사 언제 열려요?", "event:korea_matchmaking_2027*"),
                                   ("회사 소개서는 어디로 보내면 됩니꺼?", JOIN)])
    talk_patterns(services, "ko", [("Reel-K는 어떤 회사야?", "partner:reel_k*"),
                                   ("우리 회사 소개서는 어디로 보내?", JOIN)])


def test_own_deck_in_english_spanish_chinese(services):
    talk_patterns(services, "en", [("tell me about Reel-K", "partner:reel_k*"),
                                   ("ok and where do we send our company profile?", JOIN)])
    talk_patterns(services, "en", [("where should I email our studio deck?", JOIN)])
    talk_patterns(services, "es", [("¿quién es ShortMax?", "partner:shortmax*"),
                                   ("¿y a dónde mando el dossier de la productora?", JOIN)])
    talk_patterns(services, "es", [("¿a quién le envío el perfil de nuestra empresa?", JOIN)])
    talk_patterns(services, "zh", [("Reel-K是做什么的", "partner:reel_k*"),
                                   ("我们的公司介绍发到哪里？", JOIN)])
    talk_patterns(services, "zh", [("公司简介要寄给谁", JOIN)])


def test_nearest_airport_after_an_event_abroad_is_the_way_to_hengdian(services):
    # (asked after the Seoul matchmaking, not of it: the way to us; asked of it, its venue)
    talk_patterns(services, "ko", [("한중 매칭 행사에 저희도 낄 수 있나요?", "event:korea_matchmaking_2027*"),
                                   ("제일 가까운 공항이 어디고?", AIRPORT)])
    talk_patterns(services, "en", [("when's the Korea matchmaking?", "event:korea_matchmaking_2027*"),
                                   ("which airport should we fly into for it?", "event:korea_matchmaking_2027#venue")])


def test_deck_with_a_title_in_focus_goes_to_its_team(services):
    # (a deck sent to co-produce the title talked about: that title's team, not the way in)
    talk_patterns(services, "ko", [("사랑은 대역 불가 몇 부작이에요?", "work:work_no_stand_in_for_love*"),
                                   ("회사 소개서는 어디로 보내요?", "contact:dalynn_studio*")])
    talk_patterns(services, "en", [("how many episodes does Grandma 2.0 have?", "work:work_grandma_2_0*"),
                                   ("where do we send our company deck?", "contact:vertical_short_drama_center*")])


def test_nearest_airport_other_languages_after_a_company(services):
    talk_patterns(services, "en", [("who is Dalynn Studio?", "partner:dalynn_studio*"),
                                   ("and which airport is closest?", AIRPORT)])
    talk_patterns(services, "es", [("¿quién es Dalynn Studio?", "partner:dalynn_studio*"),
                                   ("¿y cuál es el aeropuerto más cercano?", AIRPORT)])
    talk_patterns(services, "zh", [("ShortMax是什么公司", "partner:shortmax*"),
                                   ("最近的机场是哪个？", AIRPORT)])


# -- 8. a title pointed at by its story ------------------------------------------------------------

def test_title_described_english(services):
    talk_patterns(services, "en", [("the one about the Spanish film crew in Hengdian, how many episodes?", f"{SIESTA}#episodes"),
                                   ("could we license it for Mexico?", f"{SIESTA}#coproduction"),
                                   ("what minimum guarantee would they want?", "gap:dalynn_studio")])
    talk_patterns(services, "en", [("that show with the Madrid crew, how many eps?", f"{SIESTA}#episodes")])


def test_title_described_spanish(services):
    talk_patterns(services, "es", [("¿tienen comedias?", "list:works*"),
                                   ("y la de los españoles que ruedan en Hengdian, ¿cuántos capítulos tiene?", f"{SIESTA}#episodes"),
                                   ("¿se puede licenciar para México?", f"{SIESTA}#coproduction")])
    talk_patterns(services, "es", [("la serie del equipo de Madrid en Hengdian, ¿de cuántos episodios es?", f"{SIESTA}#episodes")])


def test_title_described_korean_and_chinese(services):
    talk_patterns(services, "ko", [("마드리드 촬영팀이 헝뎬에 오는 그 작품 몇 부작이에요?", f"{SIESTA}#episodes"),
                                   ("멕시코 판권도 돼요?", f"{SIESTA}#coproduction")])
    talk_patterns(services, "ko", [("스페인 촬영팀 나오는 작품 몇 부작이야?", f"{SIESTA}#episodes")])
    talk_patterns(services, "zh", [("讲马德里剧组来横店拍戏那部有几集", f"{SIESTA}#episodes"),
                                   ("能授权到墨西哥吗", f"{SIESTA}#coproduction")])


def test_several_titles_of_a_country_asked_for_stay_a_list(services):
    # (titles of a kind asked for, no one title pointed at: the list, as before)
    talk_patterns(services, "en", [("any titles with Spanish characters?", "list:works*")])


# -- 9. the event meant by a reminder or a calendar asked in words ---------------------------------

def test_calendar_after_a_company_turn(services):
    talk_patterns(services, "en", [("when's the Korea matchmaking?", "event:korea_matchmaking_2027*"),
                                   ("who are Reel-K?", "partner:reel_k*"),
                                   ("pop it in my calendar", "event:korea_matchmaking_2027")])
    talk_patterns(services, "zh", [("韩国对接会是哪天", "event:korea_matchmaking_2027*"),
                                   ("Reel-K是哪国的公司", "partner:reel_k*"),
                                   ("帮我放进日历里", "event:korea_matchmaking_2027")])
    talk_patterns(services, "ko", [("한중 매칭 행사 날짜가 언제예요?", "event:korea_matchmaking_2027*"),
                                   ("Reel-K는 어떤 회사예요?", "partner:reel_k*"),
                                   ("일정 캘린더에 추가해 주세요", "event:korea_matchmaking_2027")])
    talk_patterns(services, "es", [("¿cuándo es la jornada de pitch para productores latinos?", "event:latam_pitch_day_2027*"),
                                   ("¿y Dalynn quiénes son?", "partner:dalynn_studio*"),
                                   ("avisame cuando se acerque", "event:latam_pitch_day_2027")])


def test_reminder_after_a_person_turn(services):
    talk_patterns(services, "en", [("what's on at the 2027 Latin Film Night?", "event:latin_film_night_2027*"),
                                   ("how do I reach Mary Lynn?", "contact:dalynn_studio*"),
                                   ("remind me about it", "event:latin_film_night_2027")])


def test_film_night_named_loosely(services):
    talk_patterns(services, "en", [("set a reminder for the 2027 film night", "event:latin_film_night_2027")])
    talk_patterns(services, "en", [("can you remind me of the movie night in 2027?", "event:latin_film_night_2027")])
    talk_patterns(services, "ko", [("2027년 영화의 밤 알림 걸어 줘", "event:latin_film_night_2027")])
    talk_patterns(services, "es", [("recordame la noche de cine del 2027", "event:latin_film_night_2027")])
    talk_patterns(services, "zh", [("2027年电影之夜提醒我一下", "event:latin_film_night_2027")])


# -- 10. Cantonese follow-ups ----------------------------------------------------------------------

def test_cantonese_fee_then_reminder_of_the_event(services):
    talk_patterns(services, "zh-hk", [("韓國嗰個配對會幾時搞呀？", "event:korea_matchmaking_2027*"),
                                      ("參加要俾錢㗎？", "gap:*"),
                                      ("好，到時提下我", "event:korea_matchmaking_2027")])
    talk_patterns(services, "zh-hk", [("韓國配對會喺邊日？", "event:korea_matchmaking_2027*"),
                                      ("使唔使俾錢㗎？", "gap:*")])
    # the same fee in Mandarin, English, Spanish and Korean
    talk_patterns(services, "zh", [("韩国对接会几号", "event:korea_matchmaking_2027*"), ("参加要交钱吗", "gap:*")])
    talk_patterns(services, "en", [("when's the Korea matchmaking?", "event:korea_matchmaking_2027*"),
                                   ("do we have to pay to sign up?", "gap:*")])
    talk_patterns(services, "es", [("¿cuándo es el encuentro con Corea?", "event:korea_matchmaking_2027*"),
                                   ("¿hay que pagar para inscribirse?", "gap:*")])
    talk_patterns(services, "ko", [("한중 매칭 행사 언제예요?", "event:korea_matchmaking_2027*"),
                                   ("신청하려면 돈 내야 돼요?", "gap:*")])


def test_cantonese_who_spoke_is_over_and_tell_me(services):
    talk_patterns(services, "zh-hk", [("簽約儀式嗰日邊個有講嘢？", "event:signing_ceremony_2025#speakers")])
    talk_patterns(services, "zh-hk", [("嗰個人才計劃說明會搞完咗未呀？", "event:global_talent_info_session_2026#status")])
    talk_patterns(services, "zh-hk", [("人才計劃說明會幾時？", "event:global_talent_info_session_2026*"),
                                      ("差唔多到嘅時候話我知啦", "event:global_talent_info_session_2026")])
    # the same in Mandarin, English, Spanish and Korean
    talk_patterns(services, "zh", [("签约仪式上都有谁讲话了", "event:signing_ceremony_2025#speakers")])
    talk_patterns(services, "en", [("who gave speeches at the signing ceremony?", "event:signing_ceremony_2025#speakers")])
    talk_patterns(services, "es", [("¿la sesión informativa del programa de talento ya pasó?", "event:global_talent_info_session_2026#status")])
    talk_patterns(services, "ko", [("인재 프로그램 설명회 이미 끝났나요?", "event:global_talent_info_session_2026#status")])
