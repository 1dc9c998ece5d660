"""The bot's own words (not knowledge): menus, labels, small talk, fallbacks, in four languages.

Facts live in `knowledge/`; this file holds only interface text. `t(key, lang, **fields)` falls
back to English for a missing translation, and a test checks every key has all four.
"""

from __future__ import annotations

from core.i18n import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    # --- small talk --------------------------------------------------------------------------
    "welcome": {
        "en": "Hello{name}! I'm the partner assistant of the <b>Hengdian International Short Drama "
              "Alliance (HISDA)</b> and Hengdian World Studios. Ask me about filming locations, "
              "incentives for vertical short dramas, the 2025 cooperation catalog or upcoming "
              "events, in English, Spanish, Chinese or Korean.",
        "es": "¡Hola{name}! Soy el asistente para socios de la <b>Alianza Internacional de Microdramas "
              "de Hengdian (HISDA)</b> y de Hengdian World Studios. Puedes preguntarme por "
              "locaciones de rodaje, incentivos para microdramas verticales, el catálogo de "
              "cooperación 2025 o los próximos eventos, en español, inglés, chino o coreano.",
        "zh": "您好{name}！我是<b>横店国际短剧联盟（HISDA）</b>和横店影视城的智能助手。拍摄基地、"
              "竖屏短剧扶持政策、2025年国际文旅短剧合作片单、近期活动等问题都可以问我，"
              "中文、英语、西班牙语、韩语均可。",
        "ko": "안녕하세요{name}! <b>헝뎬 국제 숏드라마 연맹(HISDA)</b>과 헝뎬 월드 스튜디오의 "
              "파트너 안내 봇입니다. 촬영지, 세로형 숏드라마 인센티브, 2025 숏드라마 협력 카탈로그, "
              "예정된 행사에 대해 한국어·영어·스페인어·중국어 중 편하신 언어로 질문해 주세요.",
    },
    "greet": {
        "en": "Hello! How can I help with your production today?",
        "es": "¡Hola! ¿En qué puedo ayudarte con tu producción?",
        "zh": "您好！请问有什么可以帮您？",
        "ko": "안녕하세요! 무엇을 도와드릴까요?",
    },
    "goodbye": {
        "en": "Goodbye, and have a great shoot! Write any time.",
        "es": "¡Hasta pronto y buen rodaje! Escríbeme cuando quieras.",
        "zh": "再见，祝拍摄顺利！有需要随时联系我。",
        "ko": "좋은 촬영 되시길 바랍니다! 궁금한 점이 생기면 언제든 다시 찾아 주세요.",
    },
    "thanks": {
        "en": "You're welcome! Is there anything else I can help with?",
        "es": "¡Con gusto! ¿Te ayudo con algo más?",
        "zh": "不客气！还有其他需要了解的吗？",
        "ko": "별말씀을요. 더 궁금하신 점이 있으면 편하게 말씀해 주세요.",
    },
    "help": {
        "en": "I can help with:\n• <b>Locations</b> — Hengdian's standing sets and virtual production\n"
              "• <b>Incentives</b> — support for vertical short dramas\n"
              "• <b>Catalog</b> — the 2025 international short drama cooperation catalog\n"
              "• <b>Events</b> — Hengdian Film Festival, Latin Film Night and more\n"
              "• <b>Programs and partners</b> — Global Talent Program, A.R.C, Alliance members\n"
              "Just type your question, or tap a topic below. Commands: /locations /incentives "
              "/catalog /events /subscribe /language /timezone /contact",
        "es": "Puedo ayudarte con:\n• <b>Locaciones</b>: los sets permanentes de Hengdian y la producción virtual\n"
              "• <b>Incentivos</b>: apoyos para microdramas verticales\n"
              "• <b>Catálogo</b>: el catálogo 2025 de cooperación internacional en microdramas\n"
              "• <b>Eventos</b>: Festival de Cine de Hengdian, Noche de Cine Latino y más\n"
              "• <b>Programas y socios</b>: Programa Global de Talento, A.R.C, miembros de la Alianza\n"
              "Escribe tu pregunta o toca un tema abajo. Comandos: /locations /incentives /catalog "
              "/events /subscribe /language /timezone /contact",
        "zh": "我可以为您介绍：\n• <b>拍摄基地</b>——横店实景基地与虚拟制片\n"
              "• <b>扶持政策</b>——竖屏短剧专项扶持\n"
              "• <b>合作片单</b>——2025年国际文旅短剧合作片单\n"
              "• <b>活动</b>——横店影视节、拉丁电影之夜等\n"
              "• <b>项目与伙伴</b>——全球人才计划、A.R.C 系统、联盟成员\n"
              "直接输入问题，或点击下方话题即可。常用命令：/locations /incentives /catalog /events "
              "/subscribe /language /timezone /contact",
        "ko": "이런 내용을 안내해 드립니다.\n• <b>촬영지</b> — 헝뎬의 상설 세트와 버추얼 프로덕션 시설\n"
              "• <b>인센티브</b> — 세로형 숏드라마 제작 지원\n"
              "• <b>카탈로그</b> — 2025 국제 숏드라마 협력 카탈로그\n"
              "• <b>행사</b> — 헝뎬 영화제, 라틴 영화의 밤 등\n"
              "• <b>프로그램·파트너</b> — 글로벌 인재 프로그램, A.R.C, 연맹 회원사\n"
              "질문을 바로 입력하시거나 아래 주제를 눌러 주세요. 명령어: /locations /incentives "
              "/catalog /events /subscribe /language /timezone /contact",
    },
    "fallback": {
        "en": "Sorry, I didn't catch that. I can answer questions about locations, incentives, the "
              "cooperation catalog and events: pick a topic below, or talk to our team.",
        "es": "Perdona, no estoy seguro de haberte entendido. Puedo responder sobre locaciones, "
              "incentivos, el catálogo de cooperación y eventos: elige un tema abajo o habla con "
              "nuestro equipo.",
        "zh": "抱歉，没能理解您的意思。我可以解答拍摄基地、扶持政策、合作片单和活动等方面的问题，"
              "请点击下方话题，或联系工作人员。",
        "ko": "죄송합니다. 말씀하신 내용을 정확히 이해하지 못했습니다. 촬영지, 인센티브, 협력 "
              "카탈로그, 행사에 관해 답변드릴 수 있으니 아래에서 주제를 선택하시거나 담당자 연결을 "
              "눌러 주세요.",
    },
    "out_of_scope": {
        "en": "That's outside what I can help with: I'm here for filming in Hengdian and the "
              "Alliance. Pick a topic below, or talk to our team.",
        "es": "Eso queda fuera de lo que puedo responder: me ocupo del rodaje en Hengdian y de la "
              "Alianza. Elige un tema abajo o habla con nuestro equipo.",
        "zh": "这个问题超出了我的服务范围。我主要解答横店拍摄和横店国际短剧联盟相关的问题，"
              "请点击下方话题，或联系工作人员。",
        "ko": "죄송하지만 그 내용은 안내해 드리기 어렵습니다. 저는 헝뎬 촬영과 헝뎬 국제 숏드라마 "
              "연맹 관련 문의를 담당하고 있습니다. 아래에서 주제를 선택하시거나 담당자 연결을 눌러 주세요.",
    },
    # --- one fact about one record (the answer comes first, details behind buttons) -------------
    "ev_on": {
        "en": "<b>{name}</b> is on {when}.",
        "es": "<b>{name}</b> es el {when}.",
        "zh": "<b>{name}</b>将于{when}举办。",
        "ko": "<b>{name}</b> 일정은 {when}입니다.",
    },
    "ev_took_place": {
        "en": "<b>{name}</b> took place on {when}.",
        "es": "<b>{name}</b> se realizó el {when}.",
        "zh": "<b>{name}</b>已于{when}举办。",
        "ko": "<b>{name}</b> 행사는 {when}에 열렸습니다.",
    },
    "ev_proposed": {
        "en": "<b>{name}</b> was proposed for {when}{with}; the date is not confirmed.",
        "es": "<b>{name}</b> se propuso para el {when}{with}; la fecha no está confirmada.",
        "zh": "<b>{name}</b>曾提议于{when}举办{with}，日期尚未确定。",
        "ko": "<b>{name}</b> 행사는 {when} 개최가 제안되었으며{with} 일정은 확정되지 않았습니다.",
    },
    "ev_cancelled": {
        "en": "<b>{name}</b> ({when}) was cancelled.",
        "es": "<b>{name}</b> ({when}) se canceló.",
        "zh": "<b>{name}</b>（{when}）已取消。",
        "ko": "<b>{name}</b>({when}) 행사는 취소되었습니다.",
    },
    "ev_with": {"en": " (with {who})", "es": " (con {who})", "zh": "（合作方：{who}）", "ko": "({who} 공동 주최)"},
    "ev_next": {
        "en": "The next edition, <b>{name}</b>, is on {when}.",
        "es": "La próxima edición, <b>{name}</b>, será el {when}.",
        "zh": "下一届<b>{name}</b>将于{when}举办。",
        "ko": "다음 행사인 <b>{name}</b> 일정은 {when}입니다.",
    },
    "ev_provisional": {
        "en": "The date is provisional until our team confirms it.",
        "es": "La fecha es provisional hasta que nuestro equipo la confirme.",
        "zh": "该日期为暂定，以工作人员最终确认为准。",
        "ko": "일정은 담당자가 확정하기 전까지 잠정적입니다.",
    },
    "ev_venue": {
        "en": "<b>{name}</b> takes place at {venue}.",
        "es": "<b>{name}</b> se realiza en {venue}.",
        "zh": "<b>{name}</b>的举办地点是{venue}。",
        "ko": "<b>{name}</b> 장소는 {venue}입니다.",
    },
    "ev_venue_past": {
        "en": "<b>{name}</b> took place at {venue}.",
        "es": "<b>{name}</b> se realizó en {venue}.",
        "zh": "<b>{name}</b>在{venue}举办。",
        "ko": "<b>{name}</b> 행사는 {venue}에서 열렸습니다.",
    },
    "ev_no_venue": {
        "en": "The venue of <b>{name}</b> has not been announced yet.",
        "es": "Todavía no se ha anunciado la sede de <b>{name}</b>.",
        "zh": "<b>{name}</b>的举办地点尚未公布。",
        "ko": "<b>{name}</b> 장소는 아직 발표되지 않았습니다.",
    },
    "ev_status_past": {
        "en": "Yes, <b>{name}</b> took place on {when}.",
        "es": "Sí, <b>{name}</b> se realizó el {when}.",
        "zh": "是的，<b>{name}</b>已于{when}举办。",
        "ko": "네, <b>{name}</b> 행사는 {when}에 열렸습니다.",
    },
    "ev_status_proposed": {
        "en": "<b>{name}</b> was only proposed, for {when}{with}; it has not been confirmed.",
        "es": "<b>{name}</b> solo se propuso, para el {when}{with}; no está confirmada.",
        "zh": "<b>{name}</b>只是提议（拟于{when}举办）{with}，尚未确定。",
        "ko": "<b>{name}</b> 행사는 제안 단계였을 뿐({when} 예정){with} 확정되지 않았습니다.",
    },
    "ev_status_scheduled": {
        "en": "<b>{name}</b> has not happened yet: it is scheduled for {when}.",
        "es": "<b>{name}</b> todavía no se ha realizado: está programado para el {when}.",
        "zh": "<b>{name}</b>尚未举办，计划于{when}举行。",
        "ko": "<b>{name}</b> 행사는 아직 열리지 않았으며 {when}에 열릴 예정입니다.",
    },
    "ev_status_cancelled": {
        "en": "No: <b>{name}</b> was cancelled.",
        "es": "No: <b>{name}</b> se canceló.",
        "zh": "没有，<b>{name}</b>已取消。",
        "ko": "아니요, <b>{name}</b> 행사는 취소되었습니다.",
    },
    "ev_organisers": {
        "en": "<b>{name}</b> is organised by {who}.",
        "es": "<b>{name}</b> lo organiza {who}.",
        "zh": "<b>{name}</b>由{who}主办。",
        "ko": "<b>{name}</b> 주최: {who}.",
    },
    "work_episodes": {
        "en": "<b>{title}</b> has {n} episodes{each}.",
        "es": "<b>{title}</b> tiene {n} episodios{each}.",
        "zh": "<b>{title}</b>共{n}集{each}。",
        "ko": "<b>{title}</b>: 총 {n}부작{each}.",
    },
    "work_each": {"en": " of about {m} minutes", "es": " de unos {m} minutos", "zh": "，每集约{m}分钟", "ko": "(회당 약 {m}분)"},
    "work_genres": {
        "en": "<b>{title}</b> is a {genres} short drama.",
        "es": "<b>{title}</b> es un microdrama de {genres}.",
        "zh": "<b>{title}</b>是一部{genres}题材的短剧。",
        "ko": "<b>{title}</b>의 장르는 {genres}입니다.",
    },
    "work_logline": {"en": "<b>{title}</b>: {logline}", "es": "<b>{title}</b>: {logline}",
                     "zh": "<b>{title}</b>：{logline}", "ko": "<b>{title}</b>: {logline}"},
    "work_languages": {
        "en": "<b>{title}</b> is available in {langs}.",
        "es": "<b>{title}</b> está disponible en {langs}.",
        "zh": "<b>{title}</b>提供{langs}版本。",
        "ko": "<b>{title}</b> 제공 언어: {langs}.",
    },
    "work_coproduction": {"en": "<b>{title}</b>: {status}.", "es": "<b>{title}</b>: {status}.",
                          "zh": "<b>{title}</b>：{status}。", "ko": "<b>{title}</b>: {status}."},
    "partner_country": {
        "en": "<b>{name}</b> ({kind}) is based in {country}.",
        "es": "<b>{name}</b> ({kind}) tiene su sede en {country}.",
        "zh": "<b>{name}</b>（{kind}）总部位于{country}。",
        "ko": "<b>{name}</b>({kind})의 소재 국가는 {country}입니다.",
    },
    "contact_role": {"en": "<b>{person}</b>: {role}.", "es": "<b>{person}</b>: {role}.",
                     "zh": "<b>{person}</b>：{role}。", "ko": "<b>{person}</b>: {role}."},
    "contact_email": {
        "en": "You can write to {role} at {email}.",
        "es": "Correo de {role}: {email}.",
        "zh": "{role}的邮箱是 {email}。",
        "ko": "{role} 이메일 주소는 {email}입니다.",
    },
    "contact_hours": {
        "en": "{role} answers {hours}.",
        "es": "Horario de atención de {role}: {hours}.",
        "zh": "{role}的工作时间：{hours}。",
        "ko": "{role} 운영 시간: {hours}.",
    },
    "loc_era": {
        "en": "<b>{name}</b> is for stories set in: {era}.",
        "es": "<b>{name}</b> sirve para historias ambientadas en: {era}.",
        "zh": "<b>{name}</b>适合的时代背景：{era}。",
        "ko": "<b>{name}</b>에 어울리는 시대: {era}.",
    },
    "loc_address": {
        "en": "<b>{name}</b> is at {address}.",
        "es": "<b>{name}</b> está en {address}.",
        "zh": "<b>{name}</b>的地址：{address}。",
        "ko": "<b>{name}</b> 주소: {address}.",
    },
    "inc_fact": {"en": "<b>{title}</b>: {label}: {text}", "es": "<b>{title}</b>. {label}: {text}",
                 "zh": "<b>{title}</b>·{label}：{text}", "ko": "<b>{title}</b> {label}: {text}"},
    "details": {"en": "ℹ️ Details", "es": "ℹ️ Ver ficha", "zh": "ℹ️ 查看详情", "ko": "ℹ️ 자세히 보기"},
    "more": {"en": "➕ More", "es": "➕ Ver más", "zh": "➕ 查看更多", "ko": "➕ 더 보기"},
    # --- the catalog as a whole, filtered lists ---------------------------------------------------
    "catalog_browse": {"en": "📚 Browse all titles", "es": "📚 Ver todos los títulos", "zh": "📚 浏览全部作品", "ko": "📚 전체 작품 보기"},
    "works_in_language": {
        "en": "{count} works available in {language}:",
        "es": "{count} obras disponibles en {language}:",
        "zh": "提供{language}版本的作品共{count}部：",
        "ko": "{language}로 제공되는 작품 {count}편입니다.",
    },
    "works_count": {"en": "{count} works:", "es": "{count} obras:", "zh": "共{count}部作品：", "ko": "작품 {count}편입니다."},
    "partners_from": {
        "en": "Alliance partners based in {country}:",
        "es": "Socios de la Alianza con sede en {country}:",
        "zh": "总部位于{country}的联盟伙伴：",
        "ko": "{country}에 기반을 둔 연맹 파트너사입니다.",
    },
    "partners_none_from": {
        "en": "None of the Alliance partners I know of is based in {country}. These are all of them:",
        "es": "Ninguno de los socios de la Alianza que conozco tiene su sede en {country}. Estos son todos:",
        "zh": "目前资料中没有总部位于{country}的联盟伙伴，以下是全部合作伙伴：",
        "ko": "제가 아는 연맹 파트너사 중 {country}에 기반을 둔 곳은 없습니다. 전체 파트너사는 다음과 같습니다.",
    },
    "events_in_month": {
        "en": "Events in {month}:", "es": "Eventos en {month}:", "zh": "{month}的活动：", "ko": "{month} 행사",
    },
    # --- honest gaps: what the knowledge files do not hold ----------------------------------------
    "gap_price": {
        "en": "Prices and rates aren't published here; {who} can send you a quote for your dates and crew.",
        "es": "Los precios y tarifas no están publicados aquí; {who} puede enviarte una cotización según tus fechas y tu equipo.",
        "zh": "价格和收费标准没有对外公布，{who}可以根据您的档期和剧组规模提供报价。",
        "ko": "가격과 요금은 공개되어 있지 않습니다. {who}에서 일정과 인원에 맞춰 견적을 안내해 드립니다.",
    },
    "gap_rights": {
        "en": "Rights terms, minimum guarantees and revenue shares aren't published; {who} discusses them case by case.",
        "es": "Las condiciones de derechos, mínimos garantizados y reparto de ingresos no están publicados; {who} los revisa caso por caso.",
        "zh": "版权条款、保底金额和分成比例没有公开，需由{who}逐案沟通。",
        "ko": "판권 조건, 최소 보장금, 수익 배분은 공개되어 있지 않으며 {who}에서 건별로 협의합니다.",
    },
    "gap_weather": {
        "en": "I don't have weather information; {who} can advise you on the best season for your shoot.",
        "es": "No tengo información del clima; {who} puede aconsejarte sobre la mejor temporada para tu rodaje.",
        "zh": "我这里没有天气信息，{who}可以为您建议合适的拍摄季节。",
        "ko": "날씨 정보는 제공하지 않습니다. 촬영하기 좋은 시기는 {who}에서 안내해 드립니다.",
    },
    "gap_hotel": {
        "en": "Hotels and their prices aren't in my information; {who} can help arrange accommodation for your crew.",
        "es": "Los hoteles y sus precios no están en mi información; {who} puede ayudarte a organizar el alojamiento de tu equipo.",
        "zh": "我这里没有酒店及价格信息，{who}可以协助安排剧组住宿。",
        "ko": "호텔과 숙박 요금 정보는 없습니다. {who}에서 촬영팀 숙소 준비를 도와드립니다.",
    },
    "gap_compare": {
        "en": "I can't compare Hengdian with other studios; {who} can walk you through what Hengdian offers for your project.",
        "es": "No puedo comparar Hengdian con otros estudios; {who} puede explicarte lo que Hengdian ofrece para tu proyecto.",
        "zh": "我无法把横店和其他影视基地做比较，{who}可以结合您的项目介绍横店能提供什么。",
        "ko": "헝뎬을 다른 스튜디오와 비교해 드릴 수는 없습니다. 프로젝트에 맞는 헝뎬의 조건은 {who}에서 안내해 드립니다.",
    },
    "gap_signup": {
        "en": "I can't register or book for you myself; {who} will take it from here. Tap the button to pass on your details.",
        "es": "No puedo inscribirte ni hacer reservas yo mismo; {who} se encarga. Toca el botón para enviarles tus datos.",
        "zh": "我无法直接为您报名或预订，将由{who}为您办理，请点击下方按钮留下信息。",
        "ko": "제가 직접 신청이나 예약을 처리할 수는 없습니다. {who}에서 도와드리니 아래 버튼을 눌러 정보를 남겨 주세요.",
    },
    "gap_permits": {
        "en": "Permits, insurance and customs depend on your project and aren't published here; {who} can tell you what you need.",
        "es": "Los permisos, seguros y trámites de aduana dependen de tu proyecto y no están publicados aquí; {who} puede decirte qué necesitas.",
        "zh": "拍摄许可、保险和海关手续因项目而异，这里没有公布，{who}可以告诉您需要准备什么。",
        "ko": "촬영 허가, 보험, 통관은 프로젝트마다 달라 공개되어 있지 않습니다. 필요한 사항은 {who}에서 안내해 드립니다.",
    },
    "gap_fact": {
        "en": "That detail isn't published for <b>{name}</b>; {who} can tell you.",
        "es": "Ese dato de <b>{name}</b> no está publicado; {who} puede dártelo.",
        "zh": "<b>{name}</b>的这项信息没有公开，{who}可以为您解答。",
        "ko": "<b>{name}</b>의 해당 정보는 공개되어 있지 않습니다. {who}에 문의해 주세요.",
    },
    "gap_generic": {
        "en": "That isn't covered in my information; {who} can answer it.",
        "es": "Eso no está en mi información; {who} puede responderte.",
        "zh": "这个问题我这里没有相关信息，{who}可以为您解答。",
        "ko": "해당 내용은 제가 가진 정보에 없습니다. {who}에서 답변드릴 수 있습니다.",
    },
    "no_list_to_pick": {
        "en": "I'm not sure which one you mean. Could you tell me its name?",
        "es": "No estoy seguro de a cuál te refieres. ¿Me dices el nombre?",
        "zh": "不太确定您指的是哪一个，能告诉我名称吗？",
        "ko": "어느 항목을 말씀하시는지 잘 모르겠습니다. 이름을 알려 주시겠어요?",
    },
    "also_asked": {
        "en": "You also asked:", "es": "También preguntaste:", "zh": "您还问到：", "ko": "함께 문의하신 내용:",
    },
    "unsupported_media": {
        "en": "I can only read text messages. Please type your question.",
        "es": "Por ahora solo leo mensajes de texto. Escríbeme tu pregunta, por favor.",
        "zh": "我目前只能读取文字消息，请直接输入您的问题。",
        "ko": "현재는 텍스트 메시지만 읽을 수 있습니다. 질문을 글로 입력해 주세요.",
    },
    "stale_button": {
        "en": "This button has expired. Here is the menu again.",
        "es": "Este botón ya no funciona. Aquí tienes el menú de nuevo.",
        "zh": "该按钮已失效，请重新选择。",
        "ko": "만료된 버튼입니다. 메뉴를 다시 보여 드릴게요.",
    },
    "not_found": {
        "en": "That item is no longer available.",
        "es": "Ese contenido ya no está disponible.",
        "zh": "该内容已下线。",
        "ko": "해당 항목은 더 이상 제공되지 않습니다.",
    },
    "error": {
        "en": "Sorry, something went wrong on our side. Our team has been notified; please try again in a few minutes.",
        "es": "Lo siento, hubo un error por nuestra parte. El equipo ya está avisado; vuelve a intentarlo en unos minutos.",
        "zh": "抱歉，系统出了点问题，已通知工作人员，请稍后再试。",
        "ko": "죄송합니다. 시스템에 문제가 생겼습니다. 담당자에게 알렸으니 잠시 후 다시 시도해 주세요.",
    },
    "too_long": {
        "en": "That message is very long, so I only read the first part.",
        "es": "Tu mensaje es muy largo; respondo solo a la primera parte.",
        "zh": "您的消息过长，我只读取了前面一部分。",
        "ko": "메시지가 너무 길어 앞부분만 읽었습니다.",
    },
    # --- topic menu ----------------------------------------------------------------------------
    "menu_locations": {"en": "🎬 Locations", "es": "🎬 Locaciones", "zh": "🎬 拍摄基地", "ko": "🎬 촬영지"},
    "menu_incentives": {"en": "💰 Incentives", "es": "💰 Incentivos", "zh": "💰 扶持政策", "ko": "💰 인센티브"},
    "menu_catalog": {"en": "📚 Catalog", "es": "📚 Catálogo", "zh": "📚 合作片单", "ko": "📚 카탈로그"},
    "menu_events": {"en": "📅 Events", "es": "📅 Eventos", "zh": "📅 活动日程", "ko": "📅 행사"},
    "menu_programs": {"en": "🌏 Programs", "es": "🌏 Programas", "zh": "🌏 联盟项目", "ko": "🌏 프로그램"},
    "menu_partners": {"en": "🤝 Partners", "es": "🤝 Socios", "zh": "🤝 合作伙伴", "ko": "🤝 파트너"},
    "menu_subscribe": {"en": "🔔 News alerts", "es": "🔔 Avisos", "zh": "🔔 订阅通知", "ko": "🔔 소식 받기"},
    "ask_person": {"en": "🙋 Talk to our team", "es": "🙋 Hablar con el equipo", "zh": "🙋 联系工作人员", "ko": "🙋 담당자 연결"},
    "back_menu": {"en": "☰ Menu", "es": "☰ Menú", "zh": "☰ 菜单", "ko": "☰ 메뉴"},
    # --- locations -----------------------------------------------------------------------------
    "locations_intro": {
        "en": "Standing sets at Hengdian World Studios (Dongyang, Zhejiang) for your shoot:",
        "es": "Sets permanentes de Hengdian World Studios (Dongyang, Zhejiang) para tu rodaje:",
        "zh": "横店影视城（浙江东阳）可供拍摄的实景基地：",
        "ko": "헝뎬 월드 스튜디오(저장성 둥양시)에서 촬영할 수 있는 상설 세트입니다.",
    },
    "locations_matching": {
        "en": "Best matches for {what}:",
        "es": "Las mejores opciones para {what}:",
        "zh": "最适合“{what}”的拍摄场景：",
        "ko": "‘{what}’에 잘 맞는 촬영지입니다.",
    },
    "location_era": {"en": "Period", "es": "Época", "zh": "时代背景", "ko": "시대"},
    "location_suits": {"en": "Good for", "es": "Ideal para", "zh": "适合拍摄", "ko": "어울리는 장르·장면"},
    "under_construction": {"en": "under construction", "es": "en construcción", "zh": "建设中", "ko": "건설 중"},
    "show_on_map": {"en": "📍 Show on map", "es": "📍 Ver en el mapa", "zh": "📍 查看地图", "ko": "📍 지도 보기"},
    "more_about": {"en": "ℹ️ {name}", "es": "ℹ️ {name}", "zh": "ℹ️ {name}", "ko": "ℹ️ {name}"},
    # --- incentives ----------------------------------------------------------------------------
    "incentives_intro": {
        "en": "Incentives for productions in Hengdian:",
        "es": "Incentivos para producciones en Hengdian:",
        "zh": "横店拍摄扶持政策：",
        "ko": "헝뎬 촬영 인센티브 안내",
    },
    "eligibility": {"en": "Who qualifies", "es": "Quién puede acceder", "zh": "适用对象", "ko": "지원 대상"},
    "how_to_apply": {"en": "How to apply", "es": "Cómo solicitarlo", "zh": "申请方式", "ko": "신청 방법"},
    "contact_label": {"en": "Contact", "es": "Contacto", "zh": "联系方式", "ko": "문의처"},
    # --- catalog -------------------------------------------------------------------------------
    "catalog_page": {
        "en": "{about}\n\n<b>{filter}</b> — page {page} of {pages} ({count} works). Tap a title for details.",
        "es": "{about}\n\n<b>{filter}</b>: página {page} de {pages} ({count} obras). Toca un título para ver su ficha.",
        "zh": "{about}\n\n<b>{filter}</b>——第 {page}/{pages} 页（共 {count} 部），点击片名查看详情。",
        "ko": "{about}\n\n<b>{filter}</b> — {page}/{pages}페이지(총 {count}편). 작품명을 누르면 상세 정보를 보실 수 있습니다.",
    },
    "catalog_genre_page": {
        "en": "<b>{filter}</b>: {count} works in the {name}, page {page} of {pages}. Tap a title for details.",
        "es": "<b>{filter}</b>: {count} obras en el {name}, página {page} de {pages}. Toca un título para ver su ficha.",
        "zh": "<b>{filter}</b>：{name}中共有 {count} 部，第 {page}/{pages} 页，点击片名查看详情。",
        "ko": "<b>{filter}</b>: {name}에 {count}편이 있습니다({page}/{pages}페이지). 작품명을 누르면 상세 정보를 보실 수 있습니다.",
    },
    "all_genres": {"en": "All genres", "es": "Todos los géneros", "zh": "全部类型", "ko": "전체 장르"},
    "prev": {"en": "◀ Previous", "es": "◀ Anterior", "zh": "◀ 上一页", "ko": "◀ 이전"},
    "next": {"en": "Next ▶", "es": "Siguiente ▶", "zh": "下一页 ▶", "ko": "다음 ▶"},
    "back_to_list": {"en": "↩ Back to the list", "es": "↩ Volver a la lista", "zh": "↩ 返回列表", "ko": "↩ 목록으로"},
    "interested": {"en": "⭐ I'm interested", "es": "⭐ Me interesa", "zh": "⭐ 有合作意向", "ko": "⭐ 관심 등록"},
    "interest_recorded": {
        "en": "Thank you! We've noted your interest in <b>{title}</b>; our team will contact you.",
        "es": "¡Gracias! Tomamos nota de tu interés en <b>{title}</b>; nuestro equipo se pondrá en contacto contigo.",
        "zh": "感谢关注！已记录您对《{title}》的合作意向，工作人员会尽快与您联系。",
        "ko": "감사합니다! <b>{title}</b>에 대한 관심을 접수했습니다. 담당자가 곧 연락드리겠습니다.",
    },
    "interest_already": {
        "en": "Your interest in <b>{title}</b> is already on record; our team will be in touch.",
        "es": "Tu interés en <b>{title}</b> ya está registrado; el equipo se pondrá en contacto contigo.",
        "zh": "您对《{title}》的合作意向已登记，工作人员会与您联系。",
        "ko": "<b>{title}</b>에 대한 관심은 이미 접수되어 있습니다. 곧 연락드리겠습니다.",
    },
    "episodes": {"en": "{n} episodes", "es": "{n} episodios", "zh": "共 {n} 集", "ko": "총 {n}부작"},
    "episode_minutes": {"en": "~{m} min each", "es": "~{m} min por episodio", "zh": "每集约 {m} 分钟", "ko": "회당 약 {m}분"},
    "languages": {"en": "Languages", "es": "Idiomas", "zh": "语言", "ko": "언어"},
    "coproduction_seeking_partners": {"en": "seeking co-production partners", "es": "busca coproductores", "zh": "寻求合拍方", "ko": "공동제작 파트너 모집 중"},
    "coproduction_in_development": {"en": "in development", "es": "en desarrollo", "zh": "开发中", "ko": "기획 개발 중"},
    "coproduction_in_production": {"en": "in production", "es": "en producción", "zh": "制作中", "ko": "제작 중"},
    "coproduction_available_for_licensing": {"en": "available for licensing", "es": "derechos disponibles", "zh": "可授权发行", "ko": "판권 계약 가능"},
    "coproduction_completed": {"en": "completed", "es": "finalizada", "zh": "已完成", "ko": "제작 완료"},
    "catalog_empty": {
        "en": "No works in that genre yet, so here is the full catalog.",
        "es": "Aún no hay obras de ese género; aquí tienes el catálogo completo.",
        "zh": "该类型暂无作品，为您展示完整片单。",
        "ko": "해당 장르의 작품이 아직 없어 전체 카탈로그를 보여 드립니다.",
    },
    # --- events --------------------------------------------------------------------------------
    "events_upcoming": {"en": "Upcoming events:", "es": "Próximos eventos:", "zh": "近期活动：", "ko": "예정된 행사"},
    "events_past": {"en": "Past events:", "es": "Eventos pasados:", "zh": "往期活动：", "ko": "지난 행사"},
    "events_none": {
        "en": "There are no upcoming events scheduled right now.",
        "es": "Por ahora no hay eventos programados.",
        "zh": "目前暂无已排期的活动。",
        "ko": "현재 예정된 행사가 없습니다.",
    },
    "show_past": {"en": "🕘 Past events", "es": "🕘 Eventos pasados", "zh": "🕘 往期活动", "ko": "🕘 지난 행사"},
    "show_upcoming": {"en": "📅 Upcoming events", "es": "📅 Próximos eventos", "zh": "📅 近期活动", "ko": "📅 예정된 행사"},
    "add_to_calendar": {"en": "🗓 Add to calendar", "es": "🗓 Añadir al calendario", "zh": "🗓 添加到日历", "ko": "🗓 캘린더에 추가"},
    "remind_me": {"en": "⏰ Remind me", "es": "⏰ Recuérdamelo", "zh": "⏰ 提醒我", "ko": "⏰ 알림 받기"},
    "your_time": {"en": "your time", "es": "hora local", "zh": "当地时间", "ko": "현지 시간"},
    "beijing_time": {"en": "Beijing time", "es": "hora de Pekín", "zh": "北京时间", "ko": "베이징 시간"},
    "status_proposed": {"en": "proposed", "es": "propuesto", "zh": "拟举办", "ko": "제안 단계"},
    "status_cancelled": {"en": "cancelled", "es": "cancelado", "zh": "已取消", "ko": "취소"},
    "status_past": {"en": "past", "es": "finalizado", "zh": "已举办", "ko": "종료"},
    "ics_caption": {
        "en": "Open the file to add “{name}” to your calendar.",
        "es": "Abre el archivo para añadir «{name}» a tu calendario.",
        "zh": "打开文件即可将“{name}”添加到日历。",
        "ko": "파일을 열면 ‘{name}’ 일정을 캘린더에 추가할 수 있습니다.",
    },
    # --- programs, partners, contact -----------------------------------------------------------
    "programs_intro": {"en": "Alliance programs and initiatives:", "es": "Programas e iniciativas de la Alianza:", "zh": "联盟项目与计划：", "ko": "연맹 프로그램 및 이니셔티브"},
    "partners_intro": {"en": "Partners and members of the Alliance:", "es": "Socios y miembros de la Alianza:", "zh": "联盟成员与合作伙伴：", "ko": "연맹 회원사 및 파트너"},
    "contact_intro": {"en": "Who to contact:", "es": "A quién contactar:", "zh": "联系方式：", "ko": "문의처"},
    "handoff": {
        "en": "I've passed your request to our team, and a person will reply here soon. You can also reach them directly:",
        "es": "Tu consulta ya está en manos de nuestro equipo y una persona te responderá aquí en breve. Si lo prefieres, también puedes escribirles directamente:",
        "zh": "已将您的需求转给工作人员，稍后会有专人在这里回复您。您也可以直接联系：",
        "ko": "문의 내용을 담당자에게 전달했습니다. 곧 이 대화창으로 답변을 드리겠습니다. 아래 연락처로 직접 문의하셔도 됩니다.",
    },
    # --- language and time zone ----------------------------------------------------------------
    "language_choose": {
        "en": "Choose your language:", "es": "Elige tu idioma:", "zh": "请选择语言：", "ko": "언어를 선택해 주세요.",
    },
    "language_set": {
        "en": "Done: I'll answer in English from now on.", "es": "Listo: a partir de ahora te responderé en español.",
        "zh": "好的，接下来我会用中文为您解答。", "ko": "알겠습니다. 앞으로 한국어로 답변드리겠습니다.",
    },
    "timezone_ask": {
        "en": "Your time zone is {tz}. To change it, send your city or zone, e.g. <code>/timezone Madrid</code>, <code>/timezone America/Bogota</code> or <code>/timezone UTC-5</code>, or pick one:",
        "es": "Tu zona horaria es {tz}. Para cambiarla, envía tu ciudad o zona, p. ej. <code>/timezone Madrid</code>, <code>/timezone America/Bogota</code> o <code>/timezone UTC-5</code>, o elige una:",
        "zh": "您当前的时区是 {tz}。如需更改，请发送城市或时区，例如 <code>/timezone 上海</code>、<code>/timezone America/Bogota</code> 或 <code>/timezone UTC+8</code>，也可以直接选择：",
        "ko": "현재 시간대는 {tz}입니다. 변경하시려면 도시나 시간대를 보내 주세요(예: <code>/timezone 서울</code>, <code>/timezone America/Bogota</code>, <code>/timezone UTC+9</code>). 아래에서 선택하셔도 됩니다.",
    },
    "timezone_set": {
        "en": "Time zone set to <b>{tz}</b> (it's {time} there now). Event times will be shown in this zone and in Beijing time.",
        "es": "Zona horaria configurada: <b>{tz}</b> (allí son las {time}). Verás los horarios de los eventos en esta zona y en hora de Pekín.",
        "zh": "时区已设为 <b>{tz}</b>（当地现在 {time}）。活动时间将同时显示当地时间和北京时间。",
        "ko": "시간대를 <b>{tz}</b>(현재 {time})로 설정했습니다. 행사 시간은 이 시간대와 베이징 시간으로 함께 표시됩니다.",
    },
    "timezone_unknown": {
        "en": "I couldn't recognise the time zone “{text}”. Try a city (Madrid, Bogotá, Seoul) or a zone like UTC-5.",
        "es": "No reconozco la zona horaria «{text}». Prueba con una ciudad (Madrid, Bogotá, Seúl) o una zona como UTC-5.",
        "zh": "无法识别时区“{text}”。请输入城市（如上海、马德里、首尔）或 UTC+8 这样的时区。",
        "ko": "‘{text}’ 시간대를 인식하지 못했습니다. 도시(서울, 마드리드, 보고타)나 UTC+9 형식으로 입력해 주세요.",
    },
    "menu_title": {
        "en": "What would you like to know?", "es": "¿Qué te gustaría saber?",
        "zh": "您想了解什么？", "ko": "무엇이 궁금하신가요?",
    },
}


def t(key: str, lang: Lang, **fields: object) -> str:
    """Interface text in `lang` (English if untranslated), with `{fields}` filled in."""
    variants = TEXTS[key]
    text = variants.get(lang) or variants["en"]
    return text.format(**fields) if fields else text


def join_list(items: list[str], lang: Lang) -> str:
    """A list as each language writes it: "a, b" but Chinese "a、b"."""
    return ("、" if lang == "zh" else ", ").join(items)


def paren(text: str, lang: Lang) -> str:
    """A parenthetical note, with full-width brackets in Chinese."""
    return f"（{text}）" if lang == "zh" else f" ({text})"
