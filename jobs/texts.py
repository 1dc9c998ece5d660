"""Interface words of subscriptions, reminders, broadcasts and the staff composer, in four languages.

Facts (announcement text, topic and event names) come from the knowledge files; this module
only holds the bot's own phrasing. `t(key, lang, **fields)` falls back to English, and a test
checks every key has all four languages and the same placeholders in each.
Texts are Telegram HTML: values passed in as fields must already be escaped.
"""

from __future__ import annotations

from datetime import datetime

from core.i18n import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    # --- subscriptions ---------------------------------------------------------------------
    "subs_title": {
        "en": "<b>Announcements</b>\nChoose what you want to hear about. Tap a topic to turn it "
              "on or off.",
        "es": "<b>Avisos</b>\nElige de qué quieres enterarte. Toca un tema para activarlo o "
              "desactivarlo.",
        "zh": "<b>订阅通知</b>\n选择您想接收的消息类别，点击即可开启或关闭。",
        "ko": "<b>소식 받기</b>\n받고 싶은 소식을 골라 주세요. 주제를 누르면 켜지고, 다시 누르면 꺼집니다.",
    },
    "subs_current": {
        "en": "You receive: {topics}.",
        "es": "Recibes: {topics}.",
        "zh": "已订阅：{topics}。",
        "ko": "받고 있는 소식: {topics}",
    },
    "subs_current_none": {
        "en": "You are not subscribed to anything yet.",
        "es": "Todavía no tienes ninguna suscripción.",
        "zh": "您目前还没有订阅任何内容。",
        "ko": "아직 구독 중인 소식이 없습니다.",
    },
    "subs_on": {
        "en": "Subscribed: {topic}",
        "es": "Suscrito: {topic}",
        "zh": "已订阅：{topic}",
        "ko": "구독했습니다: {topic}",
    },
    "subs_off": {
        "en": "Unsubscribed: {topic}",
        "es": "Cancelado: {topic}",
        "zh": "已取消订阅：{topic}",
        "ko": "구독을 해지했습니다: {topic}",
    },
    "subs_unknown_topic": {
        "en": "That topic no longer exists. Here is the current list.",
        "es": "Ese tema ya no existe. Esta es la lista actual.",
        "zh": "该类别已不存在，以下是最新列表。",
        "ko": "해당 주제는 더 이상 없습니다. 현재 목록입니다.",
    },
    "subs_all_button": {
        "en": "✅ All topics",
        "es": "✅ Todos los temas",
        "zh": "✅ 全部订阅",
        "ko": "✅ 전체 구독",
    },
    "subs_none_button": {
        "en": "🔕 None",
        "es": "🔕 Ninguno",
        "zh": "🔕 全部取消",
        "ko": "🔕 전체 해지",
    },
    "subs_all_toast": {
        "en": "Subscribed to all topics",
        "es": "Suscrito a todos los temas",
        "zh": "已订阅全部类别",
        "ko": "모든 주제를 구독했습니다",
    },
    "subs_none_toast": {
        "en": "All topics turned off",
        "es": "Todos los temas desactivados",
        "zh": "已取消全部订阅",
        "ko": "모든 구독을 해지했습니다",
    },
    "unsub_done": {
        "en": "Done — you won't receive announcements any more. You can subscribe again any "
              "time with /subscribe.",
        "es": "Listo: ya no recibirás avisos. Puedes volver a suscribirte cuando quieras con "
              "/subscribe.",
        "zh": "已为您退订，之后不会再收到通知。如需重新订阅，随时发送 /subscribe。",
        "ko": "구독이 모두 해지되었습니다. 언제든 /subscribe 로 다시 구독하실 수 있습니다.",
    },
    "unsub_nothing": {
        "en": "You had no subscriptions, so there is nothing to stop. /subscribe shows the topics.",
        "es": "No tenías suscripciones, así que no hay nada que cancelar. Con /subscribe ves "
              "los temas.",
        "zh": "您目前没有订阅任何内容。发送 /subscribe 可查看可订阅的类别。",
        "ko": "구독 중인 소식이 없습니다. /subscribe 로 주제를 확인해 보세요.",
    },
    "unsub_topic_done": {
        "en": "You won't receive “{topic}” any more.",
        "es": "Ya no recibirás «{topic}».",
        "zh": "您将不再收到“{topic}”类通知。",
        "ko": "이제 ‘{topic}’ 소식은 보내드리지 않습니다.",
    },
    "manage_button": {
        "en": "⚙️ Manage topics",
        "es": "⚙️ Elegir temas",
        "zh": "⚙️ 管理订阅",
        "ko": "⚙️ 구독 관리",
    },
    "stop_button": {
        "en": "🔕 Stop these messages",
        "es": "🔕 No recibir más",
        "zh": "🔕 退订",
        "ko": "🔕 수신 중단",
    },
    # --- reminders -------------------------------------------------------------------------
    "rem_set": {
        "en": "⏰ Done! I'll remind you about <b>{event}</b> {offsets}.\n{when}",
        "es": "⏰ ¡Listo! Te recordaré <b>{event}</b> {offsets}.\n{when}",
        "zh": "⏰ 好的！我会在{offsets}提醒您参加<b>{event}</b>。\n{when}",
        "ko": "⏰ 알림을 설정했습니다! <b>{event}</b> 시작 {offsets}에 알려 드릴게요.\n{when}",
    },
    "rem_soon": {
        "en": "<b>{event}</b> starts very soon — too soon for a reminder. See you there!\n{when}",
        "es": "<b>{event}</b> empieza muy pronto; no da tiempo a un recordatorio. ¡Nos vemos allí!"
              "\n{when}",
        "zh": "<b>{event}</b>马上就要开始了，来不及设置提醒，现场见！\n{when}",
        "ko": "<b>{event}</b>이(가) 곧 시작해 알림을 보내기엔 너무 가깝습니다. 현장에서 뵙겠습니다!\n{when}",
    },
    "rem_past": {
        "en": "<b>{event}</b> has already started, so there is nothing to remind you of.",
        "es": "<b>{event}</b> ya ha comenzado, así que no hace falta recordatorio.",
        "zh": "<b>{event}</b>已经开始，无需再提醒。",
        "ko": "<b>{event}</b>은(는) 이미 시작되어 알림을 설정할 수 없습니다.",
    },
    "rem_unknown": {
        "en": "I can't find that event any more. /events shows what is coming up.",
        "es": "Ya no encuentro ese evento. Con /events ves los próximos.",
        "zh": "找不到该活动了。发送 /events 查看近期活动。",
        "ko": "해당 행사를 찾을 수 없습니다. /events 로 예정된 행사를 확인해 주세요.",
    },
    "rem_cancelled": {
        "en": "Reminder for <b>{event}</b> cancelled.",
        "es": "Recordatorio de <b>{event}</b> cancelado.",
        "zh": "已取消<b>{event}</b>的提醒。",
        "ko": "<b>{event}</b> 알림을 취소했습니다.",
    },
    "rem_cancelled_toast": {
        "en": "Reminder cancelled",
        "es": "Recordatorio cancelado",
        "zh": "提醒已取消",
        "ko": "알림이 취소되었습니다",
    },
    "rem_cancel_button": {
        "en": "Cancel reminder",
        "es": "Cancelar recordatorio",
        "zh": "取消提醒",
        "ko": "알림 취소",
    },
    "rem_toast": {
        "en": "Reminder set",
        "es": "Recordatorio activado",
        "zh": "提醒已设置",
        "ko": "알림 설정 완료",
    },
    "reminder": {
        "en": "⏰ <b>Reminder:</b> {event} starts {relative}.\n{when}{venue}",
        "es": "⏰ <b>Recordatorio:</b> {event} empieza {relative}.\n{when}{venue}",
        "zh": "⏰ <b>活动提醒：</b>{event}将于{relative}开始。\n{when}{venue}",
        "ko": "⏰ <b>알림:</b> {event}이(가) {relative} 시작합니다.\n{when}{venue}",
    },
    "when_local": {
        "en": "🗓 {local} ({tz})\n",
        "es": "🗓 {local} ({tz})\n",
        "zh": "🗓 {local}（{tz}）\n",
        "ko": "🗓 {local} ({tz})\n",
    },
    "when_beijing": {
        "en": "🇨🇳 Beijing time: {beijing}",
        "es": "🇨🇳 Hora de Pekín: {beijing}",
        "zh": "🇨🇳 北京时间：{beijing}",
        "ko": "🇨🇳 베이징 시간: {beijing}",
    },
    # The studio's time when BOT_TIMEZONE is not Beijing time; {zone} is its IANA name.
    "when_home": {
        "en": "🕒 Studio time ({zone}): {home}",
        "es": "🕒 Hora del estudio ({zone}): {home}",
        "zh": "🕒 片场当地时间（{zone}）：{home}",
        "ko": "🕒 스튜디오 현지 시간({zone}): {home}",
    },
    "btn_calendar": {
        "en": "📅 Add to calendar",
        "es": "📅 Añadir al calendario",
        "zh": "📅 添加到日历",
        "ko": "📅 캘린더에 추가",
    },
    "btn_remind": {
        "en": "⏰ Remind me",
        "es": "⏰ Recordármelo",
        "zh": "⏰ 提醒我",
        "ko": "⏰ 알림 받기",
    },
    "in_minutes": {
        "en": "in {n} minutes",
        "es": "en {n} minutos",
        "zh": "{n} 分钟后",
        "ko": "{n}분 후",
    },
    "in_hours": {
        "en": "in {n} hours",
        "es": "en {n} horas",
        "zh": "{n} 小时后",
        "ko": "{n}시간 후",
    },
    "in_one_hour": {
        "en": "in 1 hour",
        "es": "en 1 hora",
        "zh": "1 小时后",
        "ko": "1시간 후",
    },
    "in_days": {
        "en": "in {n} days",
        "es": "en {n} días",
        "zh": "{n} 天后",
        "ko": "{n}일 후",
    },
    "tomorrow": {
        "en": "tomorrow",
        "es": "mañana",
        "zh": "明天",
        "ko": "내일",
    },
    "before_minutes": {
        "en": "{n} minutes before",
        "es": "{n} minutos antes",
        "zh": "开始前 {n} 分钟",
        "ko": "{n}분 전",
    },
    "before_hours": {
        "en": "{n} hours before",
        "es": "{n} horas antes",
        "zh": "开始前 {n} 小时",
        "ko": "{n}시간 전",
    },
    "before_one_hour": {
        "en": "an hour before",
        "es": "una hora antes",
        "zh": "开始前 1 小时",
        "ko": "1시간 전",
    },
    "before_one_day": {
        "en": "the day before",
        "es": "el día anterior",
        "zh": "前一天",
        "ko": "하루 전",
    },
    "before_days": {
        "en": "{n} days before",
        "es": "{n} días antes",
        "zh": "开始前 {n} 天",
        "ko": "{n}일 전",
    },
    "and": {
        "en": " and ",
        "es": " y ",
        "zh": "和",
        "ko": " 및 ",
    },
    "venue": {
        "en": "\n📍 {venue}",
        "es": "\n📍 {venue}",
        "zh": "\n📍 {venue}",
        "ko": "\n📍 {venue}",
    },
    # --- broadcast progress and staff reports ----------------------------------------------
    "progress": {
        "en": "📣 Sending <b>{id}</b>…\n✅ Delivered: {sent}\n⚠️ Failed: {failed}\n"
              "⏳ Remaining: {remaining}",
        "es": "📣 Enviando <b>{id}</b>…\n✅ Entregados: {sent}\n⚠️ Fallidos: {failed}\n"
              "⏳ Pendientes: {remaining}",
        "zh": "📣 正在发送 <b>{id}</b>…\n✅ 已送达：{sent}\n⚠️ 失败：{failed}\n⏳ 剩余：{remaining}",
        "ko": "📣 <b>{id}</b> 발송 중…\n✅ 전달: {sent}\n⚠️ 실패: {failed}\n⏳ 남음: {remaining}",
    },
    "progress_done": {
        "en": "📣 <b>{id}</b> sent.\n✅ Delivered: {sent}\n⚠️ Failed: {failed}\n"
              "🚫 Blocked the bot: {blocked}\n⏱ {duration}",
        "es": "📣 <b>{id}</b> enviado.\n✅ Entregados: {sent}\n⚠️ Fallidos: {failed}\n"
              "🚫 Bloquearon el bot: {blocked}\n⏱ {duration}",
        "zh": "📣 <b>{id}</b> 发送完成。\n✅ 已送达：{sent}\n⚠️ 失败：{failed}\n"
              "🚫 已屏蔽机器人：{blocked}\n⏱ {duration}",
        "ko": "📣 <b>{id}</b> 발송 완료.\n✅ 전달: {sent}\n⚠️ 실패: {failed}\n"
              "🚫 봇 차단: {blocked}\n⏱ {duration}",
    },
    "summary": {
        "en": "📣 Broadcast <b>{id}</b> finished.\n🗓 {due}\n✅ Delivered: {sent}\n"
              "⚠️ Failed: {failed}\n🚫 Blocked the bot (now inactive): {blocked}\n"
              "↩️ Left the audience before their turn: {skipped}\n⏱ {duration}{errors}{resent}",
        "es": "📣 Difusión <b>{id}</b> terminada.\n🗓 {due}\n✅ Entregados: {sent}\n"
              "⚠️ Fallidos: {failed}\n🚫 Bloquearon el bot (ahora inactivos): {blocked}\n"
              "↩️ Salieron de la audiencia antes de su turno: {skipped}\n⏱ {duration}{errors}"
              "{resent}",
        "zh": "📣 群发 <b>{id}</b> 已完成。\n🗓 {due}\n✅ 已送达：{sent}\n⚠️ 失败：{failed}\n"
              "🚫 已屏蔽机器人（已停用）：{blocked}\n↩️ 发送前已退订：{skipped}\n⏱ {duration}{errors}"
              "{resent}",
        "ko": "📣 단체 발송 <b>{id}</b> 완료.\n🗓 {due}\n✅ 전달: {sent}\n⚠️ 실패: {failed}\n"
              "🚫 봇 차단(비활성 처리): {blocked}\n↩️ 발송 전 구독 해지: {skipped}\n⏱ {duration}{errors}"
              "{resent}",
    },
    "summary_errors": {
        "en": "\nMost common errors:\n{lines}",
        "es": "\nErrores más frecuentes:\n{lines}",
        "zh": "\n常见错误：\n{lines}",
        "ko": "\n주요 오류:\n{lines}",
    },
    "summary_resent": {
        "en": "\n♻️ {n} message(s) were in flight when the bot restarted and were sent again; "
              "those partners may have it twice.",
        "es": "\n♻️ {n} mensaje(s) estaban en curso cuando el bot se reinició y se reenviaron; "
              "esos socios podrían tenerlo dos veces.",
        "zh": "\n♻️ 机器人重启时有 {n} 条消息正在发送，已重新发送，这些伙伴可能会收到两次。",
        "ko": "\n♻️ 봇이 재시작될 때 전송 중이던 메시지 {n}건을 다시 보냈습니다. 해당 파트너는 두 번 받았을 수 있습니다.",
    },
    "missed": {
        "en": "⚠️ <b>{id}</b> was due {due}, but the bot was down for longer than the grace "
              "period ({grace} h), so it was <b>not sent</b>{partial}. Give it a new time in the "
              "knowledge file (or compose it again with /announce) to send it.",
        "es": "⚠️ <b>{id}</b> debía enviarse el {due}, pero el bot estuvo caído más que el margen "
              "de tolerancia ({grace} h), así que <b>no se envió</b>{partial}. Dale una nueva hora "
              "en el archivo de conocimiento (o vuelve a redactarlo con /announce) para enviarlo.",
        "zh": "⚠️ <b>{id}</b> 原定于 {due} 发送，但机器人停机时间超过了宽限期（{grace} 小时），"
              "因此<b>未发送</b>{partial}。如需发送，请在知识文件中设置新的时间（或用 /announce 重新编写）。",
        "ko": "⚠️ <b>{id}</b>은(는) {due}에 발송될 예정이었지만 봇이 유예 시간({grace}시간)보다 오래 "
              "중단되어 <b>발송되지 않았습니다</b>{partial}. 발송하려면 지식 파일에서 새 시간을 지정하거나 "
              "/announce 로 다시 작성해 주세요.",
    },
    "missed_partial": {
        "en": " to {n} remaining partners",
        "es": " a {n} socios pendientes",
        "zh": "（剩余 {n} 位伙伴）",
        "ko": " (남은 파트너 {n}명)",
    },
    "duration_s": {
        "en": "{n} s", "es": "{n} s", "zh": "{n} 秒", "ko": "{n}초",
    },
    "duration_m": {
        "en": "{m} min {s} s", "es": "{m} min {s} s", "zh": "{m} 分 {s} 秒", "ko": "{m}분 {s}초",
    },
    # --- staff composer (/announce, /scheduled, /cancel) ------------------------------------
    "adm_only": {
        "en": "This command is for HISDA staff only.",
        "es": "Este comando es solo para el personal de HISDA.",
        "zh": "该命令仅限 HISDA 工作人员使用。",
        "ko": "HISDA 직원 전용 명령어입니다.",
    },
    "adm_ask_text": {
        "en": "📝 New announcement. Send the text in <b>{language}</b>. You can use Telegram "
              "formatting (bold, italics, links). /cancel stops.",
        "es": "📝 Nuevo aviso. Envía el texto en <b>{language}</b>. Puedes usar el formato de "
              "Telegram (negrita, cursiva, enlaces). /cancel para salir.",
        "zh": "📝 新建通知。请发送<b>{language}</b>文本，可使用 Telegram 格式（粗体、斜体、链接）。"
              "发送 /cancel 退出。",
        "ko": "📝 새 공지입니다. <b>{language}</b> 텍스트를 보내 주세요. 텔레그램 서식(굵게, 기울임, "
              "링크)을 쓸 수 있습니다. 중단하려면 /cancel.",
    },
    "adm_text_bad": {
        "en": "Telegram would reject this text: {problem}. Please send it again.",
        "es": "Telegram rechazaría este texto: {problem}. Envíalo de nuevo, por favor.",
        "zh": "Telegram 无法发送这段文字：{problem}。请重新发送。",
        "ko": "텔레그램에서 거부될 텍스트입니다: {problem}. 다시 보내 주세요.",
    },
    "adm_more_langs": {
        "en": "Saved ({done}). Add another language? Partners without their language get English.",
        "es": "Guardado ({done}). ¿Añadir otro idioma? Quien no tenga su idioma lo recibe en inglés.",
        "zh": "已保存（{done}）。要添加其他语言吗？没有对应语言的伙伴将收到英文版本。",
        "ko": "저장했습니다({done}). 다른 언어를 추가할까요? 해당 언어가 없으면 영어로 보내집니다.",
    },
    "adm_langs_done": {
        "en": "➡️ Preview",
        "es": "➡️ Vista previa",
        "zh": "➡️ 预览",
        "ko": "➡️ 미리보기",
    },
    "adm_preview_head": {
        "en": "👀 Preview in {language}, exactly as partners will see it:",
        "es": "👀 Vista previa en {language}, tal como la verán los socios:",
        "zh": "👀 {language}预览（与伙伴收到的完全一致）：",
        "ko": "👀 {language} 미리보기 (파트너에게 보이는 그대로):",
    },
    "adm_audience": {
        "en": "👥 Who should receive it? Tap topics (partners subscribed to any of them get it), "
              "then continue. Currently: {count} partners.",
        "es": "👥 ¿Quién lo recibe? Toca los temas (lo recibe quien esté suscrito a alguno) y "
              "continúa. Ahora mismo: {count} socios.",
        "zh": "👥 发给谁？请选择类别（订阅任一类别的伙伴都会收到），然后继续。当前：{count} 位伙伴。",
        "ko": "👥 누구에게 보낼까요? 주제를 선택하세요(하나라도 구독한 파트너가 받습니다). 현재 {count}명.",
    },
    "adm_audience_empty": {
        "en": "Pick at least one topic.",
        "es": "Elige al menos un tema.",
        "zh": "请至少选择一个类别。",
        "ko": "주제를 하나 이상 선택해 주세요.",
    },
    "adm_next": {
        "en": "➡️ Continue",
        "es": "➡️ Continuar",
        "zh": "➡️ 继续",
        "ko": "➡️ 계속",
    },
    "adm_when": {
        "en": "🕒 When? Tap <b>Now</b>, or send a date and time in {tz} time, e.g. "
              "<code>{example}</code>.",
        "es": "🕒 ¿Cuándo? Toca <b>Ahora</b> o envía fecha y hora en horario de {tz}, p. ej. "
              "<code>{example}</code>.",
        "zh": "🕒 何时发送？点击<b>立即发送</b>，或按 {tz} 时间发送日期和时间，例如 "
              "<code>{example}</code>。",
        "ko": "🕒 언제 보낼까요? <b>지금</b>을 누르거나 {tz} 기준 날짜와 시간을 보내 주세요. 예: "
              "<code>{example}</code>",
    },
    "adm_now": {
        "en": "🚀 Now",
        "es": "🚀 Ahora",
        "zh": "🚀 立即发送",
        "ko": "🚀 지금",
    },
    "adm_when_bad": {
        "en": "I couldn't read that time. Use <code>{example}</code> (a future date and time).",
        "es": "No pude leer esa hora. Usa <code>{example}</code> (una fecha y hora futuras).",
        "zh": "无法识别该时间，请使用 <code>{example}</code> 格式（须为将来的时间）。",
        "ko": "시간을 인식하지 못했습니다. <code>{example}</code> 형식의 미래 시각을 보내 주세요.",
    },
    "adm_confirm": {
        "en": "✅ Ready: <b>{id}</b>\nLanguages: {langs}\nTopics: {topics}\nWhen: {when}\n"
              "Recipients right now: {count}\nSend it?",
        "es": "✅ Listo: <b>{id}</b>\nIdiomas: {langs}\nTemas: {topics}\nCuándo: {when}\n"
              "Destinatarios ahora mismo: {count}\n¿Lo enviamos?",
        "zh": "✅ 准备就绪：<b>{id}</b>\n语言：{langs}\n类别：{topics}\n时间：{when}\n"
              "当前收件人：{count}\n确认发送？",
        "ko": "✅ 준비 완료: <b>{id}</b>\n언어: {langs}\n주제: {topics}\n시간: {when}\n"
              "현재 수신자: {count}명\n보낼까요?",
    },
    "adm_confirm_button": {
        "en": "✅ Confirm",
        "es": "✅ Confirmar",
        "zh": "✅ 确认",
        "ko": "✅ 확인",
    },
    "adm_abort_button": {
        "en": "✖️ Cancel",
        "es": "✖️ Cancelar",
        "zh": "✖️ 取消",
        "ko": "✖️ 취소",
    },
    "adm_now_label": {
        "en": "now",
        "es": "ahora",
        "zh": "立即",
        "ko": "지금",
    },
    "adm_scheduled_ok": {
        "en": "🗓 Scheduled <b>{id}</b> for {when}. /scheduled lists it; /cancel {id} stops it.",
        "es": "🗓 <b>{id}</b> programado para el {when}. /scheduled lo muestra; /cancel {id} lo "
              "detiene.",
        "zh": "🗓 已安排 <b>{id}</b> 于 {when} 发送。/scheduled 查看，/cancel {id} 取消。",
        "ko": "🗓 <b>{id}</b>을(를) {when}에 예약했습니다. /scheduled 로 확인, /cancel {id} 로 취소.",
    },
    "adm_aborted": {
        "en": "Announcement discarded.",
        "es": "Aviso descartado.",
        "zh": "已放弃该通知。",
        "ko": "공지를 취소했습니다.",
    },
    "adm_expired": {
        "en": "This composer has expired. Start again with /announce.",
        "es": "Este borrador ha caducado. Empieza de nuevo con /announce.",
        "zh": "该编辑已过期，请发送 /announce 重新开始。",
        "ko": "작성 세션이 만료되었습니다. /announce 로 다시 시작해 주세요.",
    },
    "adm_scheduled_none": {
        "en": "Nothing is scheduled.",
        "es": "No hay nada programado.",
        "zh": "暂无待发送的通知。",
        "ko": "예약된 발송이 없습니다.",
    },
    "adm_scheduled_head": {
        "en": "🗓 <b>Pending</b> (recipients if sent now):",
        "es": "🗓 <b>Pendientes</b> (destinatarios si se enviara ahora):",
        "zh": "🗓 <b>待发送</b>（若现在发送的收件人数）：",
        "ko": "🗓 <b>대기 중</b> (지금 보낼 경우 수신자 수):",
    },
    "adm_scheduled_line": {
        "en": "• <code>{id}</code> — {when} — {count} — {source}",
        "es": "• <code>{id}</code> — {when} — {count} — {source}",
        "zh": "• <code>{id}</code> — {when} — {count} — {source}",
        "ko": "• <code>{id}</code> — {when} — {count}명 — {source}",
    },
    "adm_cancel_usage": {
        "en": "Usage: /cancel ID (see /scheduled for the ids).",
        "es": "Uso: /cancel ID (los ids están en /scheduled).",
        "zh": "用法：/cancel ID（ID 见 /scheduled）。",
        "ko": "사용법: /cancel ID (ID는 /scheduled 에서 확인).",
    },
    "adm_cancel_ok": {
        "en": "🛑 Cancelled <b>{id}</b> ({n} pending).",
        "es": "🛑 <b>{id}</b> cancelado ({n} pendiente(s)).",
        "zh": "🛑 已取消 <b>{id}</b>（{n} 条待发送）。",
        "ko": "🛑 <b>{id}</b> 취소 완료 (대기 {n}건).",
    },
    "adm_cancel_none": {
        "en": "Nothing pending with id <code>{id}</code>.",
        "es": "No hay nada pendiente con id <code>{id}</code>.",
        "zh": "没有 ID 为 <code>{id}</code> 的待发送通知。",
        "ko": "ID <code>{id}</code>로 대기 중인 발송이 없습니다.",
    },
    "adm_reload_partial": {
        "en": "🔄 Knowledge reloaded: version <code>{version}</code>, {records} records. These announcements have errors and are left out until you fix them (the others are scheduled):\n<pre>{errors}</pre>",
        "es": "🔄 Base de conocimiento recargada: versión <code>{version}</code>, {records} registros. Estos anuncios tienen errores y quedan fuera hasta que los corrijas (los demás están programados):\n<pre>{errors}</pre>",
        "zh": "🔄 知识库已重新加载：版本 <code>{version}</code>，共 {records} 条记录。以下公告有错误，修正前不会发送（其他公告已照常排期）：\n<pre>{errors}</pre>",
        "ko": "🔄 지식 파일을 다시 불러왔습니다: 버전 <code>{version}</code>, 레코드 {records}건. 아래 공지는 오류가 있어 수정될 때까지 제외됩니다(다른 공지는 예약되어 있습니다):\n<pre>{errors}</pre>",
    },
    "adm_reload_ok": {
        "en": "🔄 Knowledge reloaded: version <code>{version}</code>, {records} records.\n{summary}",
        "es": "🔄 Base de conocimiento recargada: versión <code>{version}</code>, {records} registros.\n{summary}",
        "zh": "🔄 知识库已重新加载：版本 <code>{version}</code>，共 {records} 条记录。\n{summary}",
        "ko": "🔄 지식 파일을 다시 불러왔습니다: 버전 <code>{version}</code>, 레코드 {records}건.\n{summary}",
    },
    "adm_reload_same": {
        "en": "Knowledge files unchanged; serving version <code>{version}</code> ({records} records).",
        "es": "Los archivos no han cambiado; sigue activa la versión <code>{version}</code> ({records} registros).",
        "zh": "知识文件没有变化，当前版本 <code>{version}</code>（{records} 条记录）。",
        "ko": "지식 파일에 변경 사항이 없습니다. 현재 버전 <code>{version}</code> (레코드 {records}건).",
    },
    "adm_reload_bad": {
        "en": "⚠️ The knowledge files have errors; still serving the last good version <code>{version}</code>. Fix these and save (or send /reload):\n<pre>{errors}</pre>",
        "es": "⚠️ Los archivos tienen errores; se sigue usando la última versión válida <code>{version}</code>. Corrígelos y guarda (o envía /reload):\n<pre>{errors}</pre>",
        "zh": "⚠️ 知识文件有错误，目前仍使用上一个有效版本 <code>{version}</code>。请修正后保存（或发送 /reload）：\n<pre>{errors}</pre>",
        "ko": "⚠️ 지식 파일에 오류가 있어 마지막 정상 버전 <code>{version}</code>을 계속 사용합니다. 아래 오류를 고친 뒤 저장하세요(또는 /reload 전송):\n<pre>{errors}</pre>",
    },
    "adm_source_file": {
        "en": "knowledge file", "es": "archivo", "zh": "知识文件", "ko": "지식 파일",
    },
    "adm_source_admin": {
        "en": "Telegram", "es": "Telegram", "zh": "Telegram", "ko": "텔레그램",
    },
    "adm_source_reminder": {
        "en": "reminders", "es": "recordatorios", "zh": "活动提醒", "ko": "행사 알림",
    },
    "stale_button": {
        "en": "This button has expired.",
        "es": "Este botón ya no es válido.",
        "zh": "该按钮已失效。",
        "ko": "만료된 버튼입니다.",
    },
}


def t(key: str, lang: Lang, **fields: object) -> str:
    """The text for `key` in `lang` (English if missing), with `fields` filled in."""
    variants = TEXTS[key]
    template = variants.get(lang) or variants["en"]
    return template.format(**fields) if fields else template


_WEEKDAYS: dict[Lang, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "zh": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    "ko": ("월", "화", "수", "목", "금", "토", "일"),
}
_MONTHS: dict[Lang, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}


def fmt_dt(dt: datetime, lang: Lang) -> str:
    """A date-time as people write it in `lang`, e.g. 'Wed 15 Oct 2025, 19:30'."""
    wd = _WEEKDAYS[lang][dt.weekday()]
    hm = dt.strftime("%H:%M")
    if lang == "zh":
        return f"{dt.year}年{dt.month}月{dt.day}日（{wd}）{hm}"
    if lang == "ko":
        return f"{dt.year}년 {dt.month}월 {dt.day}일 ({wd}) {hm}"
    month = _MONTHS[lang][dt.month - 1]
    return f"{wd} {dt.day} {month} {dt.year}, {hm}"


def fmt_duration(seconds: float, lang: Lang) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return t("duration_s", lang, n=seconds)
    return t("duration_m", lang, m=seconds // 60, s=seconds % 60)


def fmt_offset(minutes: int, lang: Lang) -> str:
    """'the day before', 'an hour before', '30 minutes before'."""
    if minutes == 1440:
        return t("before_one_day", lang)
    if minutes % 1440 == 0:
        return t("before_days", lang, n=minutes // 1440)
    if minutes == 60:
        return t("before_one_hour", lang)
    if minutes % 60 == 0:
        return t("before_hours", lang, n=minutes // 60)
    return t("before_minutes", lang, n=minutes)


def fmt_relative(minutes: float, lang: Lang) -> str:
    """How far ahead an event is: 'tomorrow', 'in 1 hour', 'in 30 minutes'."""
    minutes = round(minutes)
    if 1200 <= minutes <= 1680:
        return t("tomorrow", lang)
    if minutes >= 2880:
        return t("in_days", lang, n=round(minutes / 1440))
    if 55 <= minutes <= 65:
        return t("in_one_hour", lang)
    if minutes >= 90:
        return t("in_hours", lang, n=round(minutes / 60))
    return t("in_minutes", lang, n=max(minutes, 1))


def join_list(items: list[str], lang: Lang) -> str:
    """'a, b and c' in each language."""
    if len(items) <= 1:
        return "".join(items)
    sep = "、" if lang == "zh" else ", "
    return sep.join(items[:-1]) + t("and", lang) + items[-1]
