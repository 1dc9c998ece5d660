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
    "found_in_knowledge": {
        "en": "Here is what I found:",
        "es": "Esto es lo que encontré:",
        "zh": "为您找到以下内容：",
        "ko": "다음 내용을 찾았습니다.",
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
    "not_your_button": {
        "en": "These buttons belong to someone else's question. Send /start to get your own menu.",
        "es": "Estos botones son de la consulta de otra persona. Envía /start para tener tu propio menú.",
        "zh": "这些按钮属于其他人的提问。请发送 /start 获取您自己的菜单。",
        "ko": "다른 분의 질문에 대한 버튼입니다. /start를 보내시면 본인 메뉴를 받으실 수 있어요.",
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
