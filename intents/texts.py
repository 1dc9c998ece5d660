"""The bot's own words (not knowledge): menus, labels, small talk, fallbacks, in four languages.

Facts live in `knowledge/`; this file holds only interface text. `t(key, lang, **fields)` falls
back to English for a missing translation, and a test checks every key has all four.
"""

from __future__ import annotations

from core.i18n import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    # --- small talk --------------------------------------------------------------------------
    "welcome": {
        "en": "Hello{name}! I'm the assistant of the <b>Hengdian International Short Drama Alliance</b> "
              "and Hengdian World Studios. Ask me about filming locations, incentives for vertical "
              "short dramas, the 2025 co-production catalog or upcoming events — in English, "
              "Spanish, Chinese or Korean.",
        "es": "¡Hola{name}! Soy el asistente de la <b>Alianza Internacional de Microdramas de Hengdian</b> "
              "y de Hengdian World Studios. Pregúntame por locaciones de rodaje, incentivos para "
              "series verticales, el catálogo de coproducción 2025 o los próximos eventos, en "
              "español, inglés, chino o coreano.",
        "zh": "您好{name}！我是<b>横店国际短剧联盟</b>和横店影视城的智能助手。拍摄基地、竖屏短剧扶持政策、"
              "2025 国际合作片单、近期活动，都可以问我——中文、英文、西班牙文、韩文均可。",
        "ko": "안녕하세요{name}! <b>헝뎬 국제 숏드라마 연맹(HISDA)</b>과 헝뎬월드스튜디오 안내 봇입니다. "
              "촬영지, 세로형 숏드라마 인센티브, 2025 공동제작 카탈로그, 예정된 행사에 대해 "
              "한국어·영어·스페인어·중국어로 물어보세요.",
    },
    "greet": {
        "en": "Hello! How can I help your production today?",
        "es": "¡Hola! ¿En qué puedo ayudar a tu producción hoy?",
        "zh": "您好！今天有什么可以帮您的？",
        "ko": "안녕하세요! 어떤 도움이 필요하신가요?",
    },
    "goodbye": {
        "en": "Goodbye, and good shooting! Write any time.",
        "es": "¡Hasta pronto y buen rodaje! Escríbeme cuando quieras.",
        "zh": "再见，祝拍摄顺利！有需要随时找我。",
        "ko": "감사합니다. 촬영 잘 마치시길 바랍니다! 언제든 다시 문의해 주세요.",
    },
    "thanks": {
        "en": "You're welcome! Anything else I can help with?",
        "es": "¡Con gusto! ¿Te ayudo con algo más?",
        "zh": "不客气！还有什么需要了解的吗？",
        "ko": "천만에요! 더 궁금하신 점이 있으신가요?",
    },
    "help": {
        "en": "I can help with:\n• <b>Locations</b> — Hengdian's standing sets and virtual production\n"
              "• <b>Incentives</b> — support for vertical short dramas\n"
              "• <b>Catalog</b> — the 2025 international co-production catalog\n"
              "• <b>Events</b> — Hengdian Film Festival, Latin Film Night and more\n"
              "• <b>Programs and partners</b> — Global Talent Program, A.R.C, alliance members\n"
              "Just write your question, or tap a topic below. Commands: /locations /incentives "
              "/catalog /events /subscribe /language /timezone /contact",
        "es": "Puedo ayudarte con:\n• <b>Locaciones</b>: los sets permanentes de Hengdian y la producción virtual\n"
              "• <b>Incentivos</b>: apoyos para series verticales\n"
              "• <b>Catálogo</b>: el catálogo internacional de coproducción 2025\n"
              "• <b>Eventos</b>: Festival de Cine de Hengdian, Noche de Cine Latino y más\n"
              "• <b>Programas y socios</b>: Global Talent Program, A.R.C, miembros de la alianza\n"
              "Escribe tu pregunta o toca un tema. Comandos: /locations /incentives /catalog "
              "/events /subscribe /language /timezone /contact",
        "zh": "我可以帮您了解：\n• <b>拍摄基地</b>——横店实景基地与虚拟拍摄\n"
              "• <b>扶持政策</b>——竖屏短剧专项优惠\n"
              "• <b>合作片单</b>——2025 国际合作片单\n"
              "• <b>活动</b>——横店电影节、拉美电影之夜等\n"
              "• <b>项目与伙伴</b>——全球人才计划、A.R.C 系统、联盟成员\n"
              "直接输入问题，或点击下方话题。命令：/locations /incentives /catalog /events "
              "/subscribe /language /timezone /contact",
        "ko": "이런 것을 도와드릴 수 있어요:\n• <b>촬영지</b> — 헝뎬의 상설 세트장과 버추얼 프로덕션\n"
              "• <b>인센티브</b> — 세로형 숏드라마 지원\n"
              "• <b>카탈로그</b> — 2025 국제 공동제작 카탈로그\n"
              "• <b>행사</b> — 헝뎬 영화제, 라틴 필름 나이트 등\n"
              "• <b>프로그램·파트너</b> — 글로벌 인재 프로그램, A.R.C, 연맹 회원사\n"
              "질문을 입력하시거나 아래 주제를 눌러 주세요. 명령어: /locations /incentives "
              "/catalog /events /subscribe /language /timezone /contact",
    },
    "fallback": {
        "en": "Sorry, I didn't understand that. I can answer questions about locations, incentives, "
              "the co-production catalog and events — pick a topic, or ask a person.",
        "es": "Perdona, no te he entendido. Puedo responder sobre locaciones, incentivos, el "
              "catálogo de coproducción y eventos: elige un tema o habla con una persona.",
        "zh": "抱歉，我没有理解您的意思。我可以解答拍摄基地、扶持政策、合作片单和活动等问题——请选择话题，或联系工作人员。",
        "ko": "죄송합니다, 무슨 말씀인지 잘 이해하지 못했어요. 촬영지, 인센티브, 공동제작 카탈로그, "
              "행사에 대해 답변드릴 수 있습니다. 주제를 고르시거나 담당자와 연결해 드릴게요.",
    },
    "out_of_scope": {
        "en": "That's outside what I know — I'm here for filming in Hengdian and the short drama "
              "alliance. Pick a topic, or ask a person.",
        "es": "Eso se me escapa: estoy para temas de rodaje en Hengdian y de la alianza de "
              "microdramas. Elige un tema o habla con una persona.",
        "zh": "这个问题超出了我的范围——我主要负责横店拍摄和短剧联盟相关咨询。请选择话题，或联系工作人员。",
        "ko": "그 부분은 제가 답변드리기 어려워요. 저는 헝뎬 촬영과 숏드라마 연맹 관련 안내를 맡고 "
              "있습니다. 주제를 고르시거나 담당자와 연결해 드릴게요.",
    },
    "found_in_knowledge": {
        "en": "Here is what I found:",
        "es": "Esto es lo que encontré:",
        "zh": "为您找到以下内容：",
        "ko": "찾은 내용은 다음과 같습니다:",
    },
    "unsupported_media": {
        "en": "I can only read text messages. Please type your question.",
        "es": "Solo puedo leer mensajes de texto. Escribe tu pregunta, por favor.",
        "zh": "我目前只能读取文字消息，请直接输入您的问题。",
        "ko": "텍스트 메시지만 읽을 수 있어요. 질문을 글로 입력해 주세요.",
    },
    "stale_button": {
        "en": "This button has expired. Here is the menu again.",
        "es": "Este botón ya no está vigente. Aquí tienes el menú de nuevo.",
        "zh": "该按钮已失效，请重新选择。",
        "ko": "만료된 버튼입니다. 메뉴를 다시 보여드릴게요.",
    },
    "not_found": {
        "en": "That item is no longer available.",
        "es": "Ese elemento ya no está disponible.",
        "zh": "该内容已下线。",
        "ko": "해당 항목은 더 이상 제공되지 않습니다.",
    },
    "error": {
        "en": "Sorry, something went wrong on our side. Our staff have been notified — please try again.",
        "es": "Lo sentimos, algo falló de nuestro lado. Ya avisamos al equipo; inténtalo de nuevo.",
        "zh": "抱歉，系统出了点问题，已通知工作人员，请稍后再试。",
        "ko": "죄송합니다. 시스템에 문제가 생겼습니다. 담당자에게 알렸으니 잠시 후 다시 시도해 주세요.",
    },
    "too_long": {
        "en": "That message is very long; I read the first part of it.",
        "es": "Tu mensaje es muy largo; leí la primera parte.",
        "zh": "消息过长，我只读取了前面部分。",
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
    "ask_person": {"en": "🙋 Ask a person", "es": "🙋 Hablar con una persona", "zh": "🙋 联系工作人员", "ko": "🙋 담당자 연결"},
    "back_menu": {"en": "☰ Menu", "es": "☰ Menú", "zh": "☰ 菜单", "ko": "☰ 메뉴"},
    # --- locations -----------------------------------------------------------------------------
    "locations_intro": {
        "en": "Hengdian World Studios (Dongyang, Zhejiang) — standing sets for your shoot:",
        "es": "Hengdian World Studios (Dongyang, Zhejiang): sets permanentes para tu rodaje:",
        "zh": "横店影视城（浙江东阳）可供拍摄的实景基地：",
        "ko": "헝뎬월드스튜디오(저장성 둥양)의 촬영 가능한 상설 세트장입니다:",
    },
    "locations_matching": {
        "en": "Best matches for {what}:",
        "es": "Las mejores opciones para {what}:",
        "zh": "最适合「{what}」的拍摄地：",
        "ko": "'{what}'에 가장 잘 맞는 촬영지:",
    },
    "location_era": {"en": "Period", "es": "Época", "zh": "年代", "ko": "시대"},
    "location_suits": {"en": "Suits", "es": "Ideal para", "zh": "适合", "ko": "추천 장르·장면"},
    "under_construction": {"en": "under construction", "es": "en construcción", "zh": "建设中", "ko": "건설 중"},
    "show_on_map": {"en": "📍 Show on map", "es": "📍 Ver en el mapa", "zh": "📍 查看地图", "ko": "📍 지도 보기"},
    "more_about": {"en": "ℹ️ {name}", "es": "ℹ️ {name}", "zh": "ℹ️ {name}", "ko": "ℹ️ {name}"},
    # --- incentives ----------------------------------------------------------------------------
    "incentives_intro": {
        "en": "Incentives for productions in Hengdian:",
        "es": "Incentivos para producciones en Hengdian:",
        "zh": "横店拍摄扶持政策：",
        "ko": "헝뎬 촬영 인센티브 안내:",
    },
    "eligibility": {"en": "Who qualifies", "es": "Quién puede acceder", "zh": "适用对象", "ko": "지원 대상"},
    "how_to_apply": {"en": "How to apply", "es": "Cómo solicitarlo", "zh": "申请方式", "ko": "신청 방법"},
    "contact_label": {"en": "Contact", "es": "Contacto", "zh": "联系人", "ko": "담당"},
    # --- catalog -------------------------------------------------------------------------------
    "catalog_page": {
        "en": "{about}\n\n<b>{filter}</b> — page {page} of {pages} ({count} works). Tap a title for details.",
        "es": "{about}\n\n<b>{filter}</b>: página {page} de {pages} ({count} obras). Toca un título para ver más.",
        "zh": "{about}\n\n<b>{filter}</b>——第 {page}/{pages} 页（共 {count} 部），点击片名查看详情。",
        "ko": "{about}\n\n<b>{filter}</b> — {pages}쪽 중 {page}쪽 (총 {count}편). 제목을 누르면 상세 정보를 볼 수 있어요.",
    },
    "all_genres": {"en": "All genres", "es": "Todos los géneros", "zh": "全部类型", "ko": "전체 장르"},
    "prev": {"en": "◀ Previous", "es": "◀ Anterior", "zh": "◀ 上一页", "ko": "◀ 이전"},
    "next": {"en": "Next ▶", "es": "Siguiente ▶", "zh": "下一页 ▶", "ko": "다음 ▶"},
    "back_to_list": {"en": "↩ Back to the list", "es": "↩ Volver a la lista", "zh": "↩ 返回列表", "ko": "↩ 목록으로"},
    "interested": {"en": "⭐ I'm interested", "es": "⭐ Me interesa", "zh": "⭐ 我有意向", "ko": "⭐ 관심 있어요"},
    "interest_recorded": {
        "en": "Thank you! We've noted your interest in <b>{title}</b>; our team will contact you.",
        "es": "¡Gracias! Registramos tu interés en <b>{title}</b>; nuestro equipo se pondrá en contacto contigo.",
        "zh": "感谢！已记录您对《{title}》的合作意向，工作人员会尽快与您联系。",
        "ko": "감사합니다! <b>{title}</b>에 대한 관심을 접수했습니다. 담당자가 곧 연락드리겠습니다.",
    },
    "interest_already": {
        "en": "Your interest in <b>{title}</b> is already on record; our team will be in touch.",
        "es": "Tu interés en <b>{title}</b> ya está registrado; el equipo te contactará.",
        "zh": "您对《{title}》的意向已登记，工作人员会与您联系。",
        "ko": "<b>{title}</b>에 대한 관심은 이미 접수되어 있습니다. 곧 연락드리겠습니다.",
    },
    "episodes": {"en": "{n} episodes", "es": "{n} episodios", "zh": "共 {n} 集", "ko": "총 {n}부작"},
    "episode_minutes": {"en": "~{m} min each", "es": "~{m} min c/u", "zh": "每集约 {m} 分钟", "ko": "회당 약 {m}분"},
    "languages": {"en": "Languages", "es": "Idiomas", "zh": "语言", "ko": "언어"},
    "coproduction_seeking_partners": {"en": "seeking co-production partners", "es": "busca socios de coproducción", "zh": "寻求合拍伙伴", "ko": "공동제작 파트너 모집 중"},
    "coproduction_in_development": {"en": "in development", "es": "en desarrollo", "zh": "开发中", "ko": "개발 중"},
    "coproduction_in_production": {"en": "in production", "es": "en producción", "zh": "制作中", "ko": "제작 중"},
    "coproduction_available_for_licensing": {"en": "available for licensing", "es": "disponible para licencia", "zh": "可授权发行", "ko": "판권 계약 가능"},
    "coproduction_completed": {"en": "completed", "es": "terminada", "zh": "已完成", "ko": "제작 완료"},
    "catalog_empty": {
        "en": "No works in that genre yet — here is the full catalog.",
        "es": "Aún no hay obras de ese género; aquí tienes el catálogo completo.",
        "zh": "该类型暂无作品，为您展示完整片单。",
        "ko": "해당 장르의 작품이 아직 없어 전체 카탈로그를 보여드립니다.",
    },
    # --- events --------------------------------------------------------------------------------
    "events_upcoming": {"en": "Upcoming events:", "es": "Próximos eventos:", "zh": "近期活动：", "ko": "예정된 행사:"},
    "events_past": {"en": "Past events:", "es": "Eventos pasados:", "zh": "往期活动：", "ko": "지난 행사:"},
    "events_none": {
        "en": "No upcoming events are scheduled right now.",
        "es": "Por ahora no hay eventos programados.",
        "zh": "目前暂无已排期的活动。",
        "ko": "현재 예정된 행사가 없습니다.",
    },
    "show_past": {"en": "🕘 Past events", "es": "🕘 Eventos pasados", "zh": "🕘 往期活动", "ko": "🕘 지난 행사"},
    "show_upcoming": {"en": "📅 Upcoming events", "es": "📅 Próximos eventos", "zh": "📅 近期活动", "ko": "📅 예정 행사"},
    "add_to_calendar": {"en": "🗓 Add to calendar", "es": "🗓 Añadir al calendario", "zh": "🗓 加入日历", "ko": "🗓 캘린더에 추가"},
    "remind_me": {"en": "⏰ Remind me", "es": "⏰ Recuérdamelo", "zh": "⏰ 提醒我", "ko": "⏰ 알림 받기"},
    "your_time": {"en": "your time", "es": "tu hora", "zh": "您的时间", "ko": "현지 시간"},
    "beijing_time": {"en": "Beijing time", "es": "hora de Pekín", "zh": "北京时间", "ko": "베이징 시간"},
    "status_proposed": {"en": "proposed", "es": "propuesto", "zh": "筹备中", "ko": "추진 중"},
    "status_cancelled": {"en": "cancelled", "es": "cancelado", "zh": "已取消", "ko": "취소됨"},
    "status_past": {"en": "past", "es": "realizado", "zh": "已举办", "ko": "종료"},
    "ics_caption": {
        "en": "Open the file to add “{name}” to your calendar.",
        "es": "Abre el archivo para añadir «{name}» a tu calendario.",
        "zh": "打开文件即可将“{name}”加入日历。",
        "ko": "파일을 열어 '{name}' 일정을 캘린더에 추가하세요.",
    },
    # --- programs, partners, contact -----------------------------------------------------------
    "programs_intro": {"en": "Alliance programs and initiatives:", "es": "Programas e iniciativas de la alianza:", "zh": "联盟项目与计划：", "ko": "연맹 프로그램 및 이니셔티브:"},
    "partners_intro": {"en": "Partners and members of the alliance:", "es": "Socios y miembros de la alianza:", "zh": "联盟成员与合作伙伴：", "ko": "연맹 회원사 및 파트너:"},
    "contact_intro": {"en": "Who to contact:", "es": "A quién contactar:", "zh": "联系方式：", "ko": "문의처:"},
    "handoff": {
        "en": "I've passed your request to our team; a person will reply here soon. Meanwhile, you can reach them directly:",
        "es": "Pasé tu consulta a nuestro equipo; una persona te responderá aquí pronto. Mientras tanto, puedes escribirles directamente:",
        "zh": "已将您的需求转给工作人员，稍后会有专人在这里回复您。您也可以直接联系：",
        "ko": "요청을 담당자에게 전달했습니다. 곧 이곳으로 답변드리겠습니다. 직접 연락하실 수도 있습니다:",
    },
    # --- language and time zone ----------------------------------------------------------------
    "language_choose": {
        "en": "Choose your language:", "es": "Elige tu idioma:", "zh": "请选择语言：", "ko": "언어를 선택해 주세요:",
    },
    "language_set": {
        "en": "Done — I'll answer in English.", "es": "Listo, te responderé en español.",
        "zh": "好的，之后我会用中文回复您。", "ko": "알겠습니다. 앞으로 한국어로 답변드릴게요.",
    },
    "timezone_ask": {
        "en": "Your time zone is {tz}. To change it, send your city or zone, e.g. <code>/timezone Madrid</code>, <code>/timezone America/Bogota</code> or <code>/timezone UTC-5</code>, or pick one:",
        "es": "Tu zona horaria es {tz}. Para cambiarla, envía tu ciudad o zona, p. ej. <code>/timezone Madrid</code>, <code>/timezone America/Bogota</code> o <code>/timezone UTC-5</code>, o elige una:",
        "zh": "您当前的时区是 {tz}。如需更改，请发送城市或时区，例如 <code>/timezone 上海</code>、<code>/timezone America/Bogota</code> 或 <code>/timezone UTC+8</code>，或直接选择：",
        "ko": "현재 시간대는 {tz}입니다. 변경하시려면 도시나 시간대를 보내 주세요. 예: <code>/timezone 서울</code>, <code>/timezone America/Bogota</code>, <code>/timezone UTC+9</code> 또는 아래에서 선택하세요:",
    },
    "timezone_set": {
        "en": "Time zone set to <b>{tz}</b> (now {time} there). Event times will show in this zone and in Beijing time.",
        "es": "Zona horaria: <b>{tz}</b> (ahora son las {time}). Verás los horarios de los eventos en esta zona y en hora de Pekín.",
        "zh": "时区已设为 <b>{tz}</b>（当地现在 {time}）。活动时间将同时显示当地时间和北京时间。",
        "ko": "시간대를 <b>{tz}</b>(현재 {time})로 설정했습니다. 행사 시간은 이 시간대와 베이징 시간으로 함께 표시됩니다.",
    },
    "timezone_unknown": {
        "en": "I couldn't recognise the time zone “{text}”. Try a city (Madrid, Bogotá, Seoul) or a zone like UTC-5.",
        "es": "No reconocí la zona horaria «{text}». Prueba con una ciudad (Madrid, Bogotá, Seúl) o una zona como UTC-5.",
        "zh": "无法识别时区“{text}”。请输入城市（如 上海、马德里、首尔）或 UTC+8 这样的时区。",
        "ko": "'{text}' 시간대를 인식하지 못했습니다. 도시(서울, 마드리드, 보고타)나 UTC+9 형식으로 입력해 주세요.",
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
