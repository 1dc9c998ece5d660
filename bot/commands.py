"""The command menu Telegram shows, per language (setMyCommands with language_code)."""

from __future__ import annotations

from telegram import BotCommand
from telegram.ext import Application

from core.i18n import LANGS, Lang

COMMANDS: dict[str, dict[Lang, str]] = {
    "start": {"en": "Welcome and main menu", "es": "Bienvenida y menú principal", "zh": "欢迎与主菜单", "ko": "시작 및 메인 메뉴"},
    "help": {"en": "What I can do", "es": "Qué puedo hacer", "zh": "使用帮助", "ko": "도움말"},
    "locations": {"en": "Filming locations in Hengdian", "es": "Locaciones de rodaje en Hengdian", "zh": "横店拍摄基地", "ko": "헝뎬 촬영지"},
    "incentives": {"en": "Incentives for vertical short dramas", "es": "Incentivos para microdramas verticales", "zh": "竖屏短剧扶持政策", "ko": "세로형 숏드라마 인센티브"},
    "catalog": {"en": "2025 short drama cooperation catalog", "es": "Catálogo de cooperación 2025", "zh": "2025年国际文旅短剧合作片单", "ko": "2025 숏드라마 협력 카탈로그"},
    "events": {"en": "Upcoming events", "es": "Próximos eventos", "zh": "近期活动", "ko": "예정된 행사"},
    "subscribe": {"en": "News and reminders", "es": "Avisos y recordatorios", "zh": "订阅通知与提醒", "ko": "소식·알림 구독"},
    "unsubscribe": {"en": "Stop news and reminders", "es": "Dejar de recibir avisos", "zh": "取消订阅", "ko": "구독 해지"},
    "language": {"en": "Change language", "es": "Cambiar idioma", "zh": "切换语言", "ko": "언어 변경"},
    "timezone": {"en": "Set your time zone", "es": "Cambiar zona horaria", "zh": "设置时区", "ko": "시간대 설정"},
    "contact": {"en": "Our team's contact details", "es": "Datos de contacto del equipo", "zh": "联系方式", "ko": "담당자 연락처"},
    "inquiry": {"en": "Work with us: quote, sign-up, membership", "es": "Trabaja con nosotros: cotización, inscripción, membresía", "zh": "商务合作：报价、报名、入盟", "ko": "협업 문의: 견적·참가 신청·가입"},
    "mydata": {"en": "What the bot stores about you", "es": "Qué datos guardo sobre ti", "zh": "查看我的数据", "ko": "내 정보 확인"},
    "forget": {"en": "Delete everything stored about you", "es": "Borrar todos tus datos", "zh": "删除我的全部数据", "ko": "내 정보 모두 삭제"},
}


async def set_commands(app: Application) -> None:
    """English as the default menu, and one per language for partners whose Telegram uses it."""
    for lang in (None, *LANGS):
        commands = [BotCommand(name, texts[lang or "en"]) for name, texts in COMMANDS.items()]
        await app.bot.set_my_commands(commands, language_code=lang)
