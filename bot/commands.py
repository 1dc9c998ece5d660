"""The command menu Telegram shows, per language (setMyCommands with language_code)."""

from __future__ import annotations

from telegram import BotCommand
from telegram.ext import Application

from core.i18n import LANGS, Lang

COMMANDS: dict[str, dict[Lang, str]] = {
    "start": {"en": "Welcome and topic menu", "es": "Bienvenida y menú de temas", "zh": "欢迎与话题菜单", "ko": "시작 및 주제 메뉴"},
    "help": {"en": "What I can do", "es": "Qué puedo hacer", "zh": "功能说明", "ko": "도움말"},
    "locations": {"en": "Filming locations in Hengdian", "es": "Locaciones de rodaje en Hengdian", "zh": "横店拍摄基地", "ko": "헝뎬 촬영지"},
    "incentives": {"en": "Incentives for short dramas", "es": "Incentivos para microdramas", "zh": "短剧扶持政策", "ko": "숏드라마 인센티브"},
    "catalog": {"en": "2025 co-production catalog", "es": "Catálogo de coproducción 2025", "zh": "2025 国际合作片单", "ko": "2025 공동제작 카탈로그"},
    "events": {"en": "Upcoming events", "es": "Próximos eventos", "zh": "近期活动", "ko": "예정된 행사"},
    "subscribe": {"en": "News and reminders", "es": "Avisos y recordatorios", "zh": "订阅通知与提醒", "ko": "소식·알림 구독"},
    "language": {"en": "Change language", "es": "Cambiar idioma", "zh": "切换语言", "ko": "언어 변경"},
    "timezone": {"en": "Set your time zone", "es": "Configurar tu zona horaria", "zh": "设置时区", "ko": "시간대 설정"},
    "contact": {"en": "Talk to our team", "es": "Hablar con el equipo", "zh": "联系工作人员", "ko": "담당자 연락처"},
}


async def set_commands(app: Application) -> None:
    """English as the default menu, and one per language for partners whose Telegram uses it."""
    for lang in (None, *LANGS):
        commands = [BotCommand(name, texts[lang or "en"]) for name, texts in COMMANDS.items()]
        await app.bot.set_my_commands(commands, language_code=lang)
