"""What a handoff says, transport-free: the partner's notice and the staff chat's post.

Telegram (`bot.handlers.handoff`) and the console chat both render a handoff from these, so the
console shows exactly what staff would get.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from core.i18n import LANG_NAMES, Lang, t
from core.store import Profile
from intents.callbacks import encode
from intents.contact import contact_for
from intents.office_hours import response_time
from intents.reply import Button, Reply, esc

HISTORY = 4  # the partner's last questions (with the bot's answers) on a staff post
CLIP = 300  # characters of each history line


def user_zone(profile: Profile | None) -> ZoneInfo | None:
    if profile and profile.timezone:
        try:
            return ZoneInfo(profile.timezone)
        except (KeyError, ValueError):
            return None
    return None


def partner_reply(reply: Reply, kb, profile: Profile | None, now: datetime, home: ZoneInfo,
                  already_open: bool) -> Reply:
    """The handoff reply as the partner gets it: plus when to expect a person (from the
    subject's contact's office hours, in the partner's zone) and the way back to the bot."""
    lang = reply.lang
    lines = []
    if already_open:
        lines.append(t("handoff_already", lang))
    else:
        contact = contact_for(kb, reply.handoff or "")
        if contact is not None and contact.office_hours is not None:
            lines.append(response_time(contact.office_hours, lang, user_zone(profile), now, home))
    lines.append(t("handoff_waiting", lang))
    return reply.model_copy(update={
        "text": reply.text + "\n\n" + "\n".join(lines),
        "buttons": back_buttons(lang)})


def back_buttons(lang: Lang) -> list[list[Button]]:
    """"Back to the assistant": what ends the partner's side of a handoff."""
    return [[Button(label=t("handoff_back_button", lang), data=encode("hbk"))]]


def who(first_name: str | None, last_name: str | None, username: str | None,
        user_id: int | None, chat_id: int) -> str:
    """The partner as staff see them: name linked to their profile, @username, chat id."""
    name = esc(" ".join(p for p in (first_name, last_name) if p) or "partner")
    text = f'<a href="tg://user?id={user_id}">{name}</a>' if user_id else name
    if username:
        text += f" @{esc(username)}"
    return f"{text} · chat {chat_id}"


def staff_post(handoff_id: int | str, subject: str, partner: str, profile: Profile | None, lang: Lang,
               question: str, history: list[dict], staff: Lang) -> str:
    """One post per handoff: who, language, zone, country, subject, question, recent messages;
    HTML in the staff chat's language `staff` (BOT_STAFF_LANG)."""
    details = [LANG_NAMES.get(lang, lang)]
    if profile and profile.timezone:
        details.append(f"🕘 {esc(profile.timezone)}")
    if profile and profile.country:
        details.append(f"📍 {esc(profile.country)}")
    past = [row for row in history if (row.get("text") or "").strip() != question.strip()]
    lines = []
    for row in past[-HISTORY:]:
        lines.append(f"• 👤 {esc((row.get('text') or '')[:CLIP])}")
        if row.get("reply"):
            lines.append(f"  🤖 {esc(row['reply'][:CLIP])}")
    recent = ("\n\n" + t("staff_history", staff) + "\n" + "\n".join(lines)) if lines else ""
    return t("staff_handoff", staff, id=handoff_id,
             subject=f" — {esc(subject)}" if subject else "", who=partner,
             details=" · ".join(details), question=esc(question[:1500]) or "—", history=recent)


def staff_buttons(handoff_id: int, staff: Lang, claimed: bool = False) -> list[list[Button]]:
    """Claim (until claimed) and Close under a handoff post, labelled in `staff`."""
    row = [] if claimed else [Button(label=t("staff_claim_button", staff),
                                     data=encode("hoc", handoff_id))]
    row.append(Button(label=t("staff_close_button", staff), data=encode("hox", handoff_id)))
    return [row]
