"""What a handoff says, transport-free: the partner's notice and the staff chat's post.

Telegram (`bot.handlers.handoff`) and the console chat both render a handoff from these, so the
console shows exactly what staff would get.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from core.i18n import Lang, reader_name, t
from core.kb.schema import Location
from core.store import Profile
from core.telegram_html import TEXT_LIMIT, visible_length
from intents.callbacks import encode
from intents.contact import SUBJECT_CONTACT, contact_card, contact_for, hours_line
from intents.handoff_words import answers_staff, with_staff
from intents.lexicon import asks_question, callback_asked
from intents.office_hours import closed_line, response_time
from intents.reply import Button, Reply, esc

HISTORY = 4  # the partner's last questions (with the bot's answers) on a staff post
CLIP = 300  # characters of each history line at most (cut between words, see `clip`)
QUESTION_CLIP = 1500  # characters of the question at most
TOPIC_SUBJECTS = ("locations", "incentives", "catalog", "events", "programs", "partners")
# Runs no cut may split: words, numbers, times, e-mails (Chinese is cut between characters).
_UNBROKEN = re.compile(r"[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+")


def user_zone(profile: Profile | None) -> ZoneInfo | None:
    if profile and profile.timezone:
        try:
            return ZoneInfo(profile.timezone)
        except (KeyError, ValueError):
            return None
    return None


def partner_zone(profile: Profile | None, said: str | None = None) -> ZoneInfo | None:
    """The partner's clock: the city they said they are in ("I'm in Toronto", `Memory.zone`),
    else the zone of their profile (/timezone); None when neither is known."""
    if said:
        try:
            return ZoneInfo(said)
        except (KeyError, ValueError):
            pass
    return user_zone(profile)


def partner_reply(reply: Reply, kb, profile: Profile | None, now: datetime, home: ZoneInfo,
                  already_open: bool, zone: str | None = None) -> Reply:
    """The handoff reply as the partner gets it: plus when to expect a person (from the
    subject's contact's office hours, also on the partner's clock: `zone`, the city they said
    they are in, else their profile's) and the way back to the bot."""
    lang = reply.lang
    if already_open:  # asked again: one line, not the whole notice and contact card twice
        return reply.model_copy(update={"text": t("handoff_already", lang),
                                        "buttons": back_buttons(lang)})
    lines, text = [], reply.text
    contact = contact_for(kb, reply.handoff or "")
    if contact is not None and contact.office_hours is not None:
        lines.append(response_time(contact.office_hours, lang, partner_zone(profile, zone), now, home))
        # the team's hours follow, with the partner's own time and whether they are in now:
        # the contact card's line of the same hours would say them twice
        own = hours_line(contact, lang)
        if own:
            text = text.replace("\n" + own, "", 1)
    lines.append(t("handoff_waiting", lang))
    return reply.model_copy(update={
        "text": text + "\n\n" + "\n".join(lines),
        "buttons": back_buttons(lang)})


def unstaffed_reply(reply: Reply, kb) -> Reply:
    """The handoff reply when no staff chat is configured (BOT_STAFF_CHAT_ID unset): nobody will
    answer in the chat, so the promise that a person replies here becomes what is true: the
    request was noted (the transport stores it) and the subject's team is reached directly, by
    its email (else its card's phone or Telegram)."""
    lang = reply.lang
    contact = contact_for(kb, reply.handoff or "")
    direct = (contact.email or contact.phone or contact.telegram or "") if contact is not None else ""
    line = t("handoff_unstaffed", lang, contact=esc(direct)) if direct else t("handoff_unstaffed_card", lang)
    promise = t("handoff", lang)
    called = t("handoff_callback", lang)
    if called in reply.text:
        # a call-back asked: nobody here can arrange one, so say so, and give the team's phone (its
        # card below shows its office hours); a team without a phone is written to (fixP19)
        phone = contact.phone if contact is not None else None
        promise, line = called, t("handoff_callback_unstaffed", lang, phone=esc(phone)) if phone else line
    text = reply.text.replace(promise, line, 1) if promise in reply.text else f"{line}\n\n{reply.text}"
    return reply.model_copy(update={"text": text})


def unstaffed_interest(reply: Reply, kb) -> Reply:
    """An "I'm interested" reply (`Reply.interest`) when no staff chat is configured: nobody is told
    and nobody will contact the partner from here, so "our team will contact you" becomes what is
    true, as a request for a person does (`unstaffed_reply`): the interest is noted (the store keeps
    it for staff) and the title's own team is reached directly, at its address, with its card
    (fixF17). The toast of a ⭐ press says the same."""
    work = kb.works.get(reply.interest or "")
    if work is None:
        return reply
    lang = reply.lang
    contact = kb.contacts.get(work.contact or "") or kb.contacts.get(SUBJECT_CONTACT["catalog"])
    direct = (contact.email or contact.phone or contact.telegram or "") if contact is not None else ""
    title = esc(work.title.get(lang))
    for key in ("interest_recorded", "interest_already"):
        promise = t(key, lang, title=title)
        if promise not in reply.text:
            continue
        if direct:
            line = t("interest_recorded_unstaffed", lang, title=title, contact=esc(direct)) if key == "interest_recorded" \
                else t("interest_already_unstaffed", lang, title=title, contact=esc(direct))
        else:  # (each message id written out: the catalogue extractor reads literal ids only)
            line = t("interest_recorded_noted", lang, title=title) if key == "interest_recorded" else t("interest_already_noted", lang, title=title)
        told = line + (f"\n{contact_card(contact, lang)}" if contact is not None else "")
        toast = re.sub(r"</?b>", "", line)[:190] if reply.toast else None
        return reply.model_copy(update={"text": reply.text.replace(promise, told, 1), "toast": toast})
    return reply


def unstaffed_when(kb, subject: str, profile: Profile | None, now: datetime, home: ZoneInfo,
                   lang: Lang, zone: str | None = None) -> Reply:
    """"When will they get back to me?" after a request for a person that no staff chat received
    (`unstaffed_reply`): the same story again, nobody replies in this chat, write to the team at
    its address; then its hours on the partner's clock, and when it is out, when it is back."""
    contact = contact_for(kb, subject)
    direct = (contact.email or contact.phone or contact.telegram or "") if contact is not None else ""
    team = contact.role.get(lang) if contact is not None else ""
    lines = [t("handoff_unstaffed_when", lang, team=esc(team), contact=esc(direct)) if direct and team
             else t("handoff_unstaffed_card", lang)]
    if contact is not None and contact.office_hours is not None:
        clock = partner_zone(profile, zone)
        lines.append(response_time(contact.office_hours, lang, clock, now, home).split("\n")[0])
        closed = closed_line(contact.office_hours, lang, clock, now, home)
        if closed:
            lines.append(closed)
    return Reply(text="\n".join(lines), lang=lang, answer=f"contact:{contact.id}#hours" if contact else "handoff",
                 outcome="answered", buttons=[[Button(label=t("back_menu", lang), data=encode("menu"))]])


def other_channel(kb, subject: str, profile: Profile | None, now: datetime, home: ZoneInfo,
                  lang: Lang, zone: str | None = None, messenger: str | None = None) -> Reply:
    """"What if they don't answer?" / "¿tienen WhatsApp?" after a request for a person no staff
    chat got: `unstaffed_when` (nobody replies here, their address, their hours on the partner's
    clock), then the team's other channel as its card gives it (a phone, a Telegram), else that
    its address is the only one published; a messenger asked for (`messenger`) is said to be
    unpublished first (contacts.yaml gives email, phone, Telegram and hours only)."""
    told = unstaffed_when(kb, subject, profile, now, home, lang, zone)
    contact = contact_for(kb, subject)
    if contact is None:
        return told
    email = contact.email or ""
    other = [c for c in (contact.phone, contact.telegram) if c and c != email]
    if messenger and messenger.lower() == "telegram" and contact.telegram:
        lines = [t("handoff_channel_other", lang, channel=esc(contact.telegram))]
    elif messenger:
        lines = [t("handoff_no_messenger", lang, messenger=esc(messenger))]
        lines.append(t("handoff_channel_other", lang, channel=esc(" · ".join(other))) if other
                     else t("handoff_channel_only", lang, contact=esc(email)))
    else:
        lines = [t("handoff_channel_other", lang, channel=esc(" · ".join(other))) if other
                 else t("handoff_channel_only", lang, contact=esc(email))]
    first, _, rest = told.text.partition("\n")
    text = "\n".join([first, *lines] + ([rest] if rest else []))
    if messenger:
        text = "\n".join([lines[0], first, *lines[1:]] + ([rest] if rest else []))
    return told.model_copy(update={"text": text})


# What the bot may answer by itself while a handoff waits for a person: facts, FAQs and lists
# (an answer key's kind); never a gap, the fallback, small talk or an action.
ANSWERS_ALONE = frozenset({"faq", "list", "work", "event", "location", "partner", "program",
                           "incentive", "catalog", "contact"})


def to_the_person(said: str, person: str | None) -> bool:
    """Whether a message written during a handoff speaks to the staff member who has it, by
    their name ("thanks Mia, what time does your office open?", "gracias Mia! ¿necesitan algún
    documento?", "謝謝Mia，請問…", "Mia님, 서류 필요한가요?"): "you" there is that person's team."""
    first = (person or "").split()[0] if (person or "").strip() else ""
    if len(first) < 2:
        return False
    if not first.isascii():
        return first in said  # ("민지님, …": a name in Hangul or Chinese takes its particles)
    # (a Latin name between Chinese characters is still a word: "謝謝Mia，請問…"). A name that is
    # also a word ("Will", "Grace", "Hope") counts only where it is said as a name: after a
    # courtesy ("thanks will"), before a comma or "!" ("Will, …"), or capitalised inside the
    # sentence ("ok Will what …"); "Will you send it?" / "will it rain" stay the bot's
    for m in re.finditer(r"(?<![A-Za-zÀ-ÿ])" + re.escape(first) + r"(?![A-Za-zÀ-ÿ])", said, re.IGNORECASE):
        before, after = said[:m.start()], said[m.end():]
        if _COURTESY_BEFORE.search(before) or re.match(r"\s*([,!:;，、！：]|님|씨|老师|老師|小姐|先生|女士)", after) or not after.strip() \
                or (m.group(0) == first and before.strip()):
            return True
    return False


_COURTESY_BEFORE = re.compile(r"(?i)(thanks?|thank you|thx|ty|hi|hello|hey|dear|ok(ay)?|gracias|hola|oye|querida?|"
                              r"谢谢|謝謝|多谢|多謝|你好|您好|麻烦|麻煩|감사|고마워|안녕)[\s,!.，、]*$")


def answers_alone(said: str, reply: Reply, person: str | None = None, staff_asked: str | None = None) -> bool:
    """Whether the bot's reply to a message written during a handoff nobody has taken up yet is
    a confident answer worth sending (the team still gets the message): the message asks
    something (what a partner tells the team, "Sunset Pictures, 10 days in May", is no query
    for the events in May) and the reply is a fact, a FAQ or a list. A question put to the
    staff member by name (`person`) is theirs to answer: the bot's answer would be about
    whatever record the words fit (another company's hours, the visa FAQ), not their team's.
    So is a call or material to settle with them ("when could we do a call?", "¿le mando el
    guion?": `with_staff`) and the answer to the question they just asked (`staff_asked`, their
    last message when the partner has not written since: "Which titles?" → "mostly the comedies.
    and what time would a call be for me?")."""
    kind = (reply.answer or "").partition(":")[0]
    if reply.outcome == "action" and reply.handoff is None and not reply.asks_city:
        return True  # "remind me about it", "subscribe me to Korea news": done, as outside a handoff
    if to_the_person(said, person) or with_staff(said) or answers_staff(said, staff_asked):
        return False
    return (asks_question(said) and reply.outcome == "answered" and reply.handoff is None
            and not reply.asks_city and kind in ANSWERS_ALONE)


def relay_ack(kb, subject: str, profile: Profile | None, now: datetime, home: ZoneInfo,
              lang: Lang, name: str | None = None, zone: ZoneInfo | str | None = None) -> str:
    """The line a partner gets when what they wrote during a handoff went to the team: who has
    it, and when the office is closed, when to expect a reply (the subject's team's hours), on
    the clock of `zone` (a city the message names: "it's 8pm here in Toronto", or named earlier
    in the conversation) else the partner's own."""
    if isinstance(zone, str):
        zone = partner_zone(profile, zone)
    text = t("handoff_ack_named", lang, name=esc(name)) if name else t("handoff_ack", lang)
    contact = contact_for(kb, subject)
    if contact is not None and contact.office_hours is not None:
        closed = closed_line(contact.office_hours, lang, zone or user_zone(profile), now, home)
        if closed:
            text += "\n" + closed
    return text


def chase_line(kb, subject: str, profile: Profile | None, now: datetime, home: ZoneInfo,
               lang: Lang, name: str | None = None, left: bool = False, zone: ZoneInfo | None = None) -> str:
    """The one line for a partner asking after the reply a person owes them ("any news?"): during
    a handoff, that the team has it (and with the office closed, when to expect a reply) and how
    to write to them directly; right after leaving one (`left`), that the request was closed
    and how to reach the team again."""
    contact = contact_for(kb, subject)
    direct = (contact.email or contact.phone or "") if contact is not None else ""
    if left:
        text = t("handoff_chase_left", lang)
    else:
        text = relay_ack(kb, subject, profile, now, home, lang, name=name, zone=zone)
    if direct:
        text += "\n" + t("handoff_chase_direct", lang, contact=esc(direct))
    return text


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
               question: str, history: list[dict], staff: Lang, said_zone: str | None = None) -> str:
    """One post per handoff: who, language, zone (the profile's, else `said_zone`, the city the
    partner said they are in), country, subject, question, recent messages;
    HTML in the staff chat's language `staff` (BOT_STAFF_LANG). `subject` is the line shown
    after the number (`subject_label`). The most recent messages that fit Telegram's 4096
    characters are shown, each clipped between words, never inside a time or an entity."""
    # Staff answer in the partner's script: a Traditional Chinese reader is named as one.
    details = [reader_name(lang, profile is not None and profile.locale.traditional)]
    if profile and profile.timezone:
        details.append(f"🕘 {esc(profile.timezone)}")
    elif said_zone:  # no zone set, but the city they said they are in ("I'm in Toronto")
        details.append(f"🕘 {esc(said_zone)}")
    if profile and profile.country:
        details.append(f"📍 {esc(profile.country)}")
    past = [row for row in history if (row.get("text") or "").strip() != question.strip()]

    if callback_asked(question):  # ("can someone call me?": staff see a call is wanted at a glance; fixP19)
        subject = " · ".join(part for part in (subject, t("staff_callback", staff)) if part)

    def post(lines: list[str]) -> str:
        recent = ("\n\n" + t("staff_history", staff) + "\n" + "\n".join(lines)) if lines else ""
        return t("staff_handoff", staff, id=handoff_id,
                 subject=f" — {esc(subject)}" if subject else "", who=partner,
                 details=" · ".join(details), question=esc(clip(question, QUESTION_CLIP)) or "—",
                 history=recent)

    lines: list[str] = []
    for row in reversed(past[-HISTORY:]):  # newest first, so the latest turns are the ones kept
        turn = [f"• 👤 {_indented(clip(row.get('text') or '', CLIP))}"]
        if row.get("reply"):
            turn.append(f"  🤖 {_indented(clip(row['reply'], CLIP))}")
        if visible_length(post(turn + lines)) > TEXT_LIMIT:
            break
        lines = turn + lines
    return post(lines)


def last_question(history: list[dict]) -> str:
    """What the partner last asked, for a handoff opened by the 🙋 button: the latest logged
    message that is a question, not small talk ("thanks", "ok") nor a mere change of language
    ("in English please", which re-sends the answer before it); else the latest message."""
    for i in range(len(history) - 1, -1, -1):
        row = history[i]
        answer = row.get("answer") or ""
        if row.get("outcome") == "smalltalk" or answer.startswith(("smalltalk:", "pref:")):
            continue
        if row.get("intent") == "set_language" and any(answer == (h.get("answer") or "") for h in history[:i]):
            continue  # an answer before it, re-sent in another language
        return row.get("text") or ""
    return history[-1].get("text") or "" if history else ""


def subject_label(kb, subject: str, staff: Lang) -> str:
    """What a handoff is about and which team it is for, as staff read it: "📅 Events ·
    International Business Department"; a contact asked for by name is just that team."""
    person = contact_for(kb, subject)
    team = re.split(r"[,(（]", person.role.get(staff) or "")[0].strip() if person else ""
    topic = t(f"menu_{subject}", staff) if subject in TOPIC_SUBJECTS else ""
    return " · ".join(part for part in (topic, team) if part)


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters with "…", at a line break or between words:
    never inside a word, a number or a time ("09:30"); Chinese may break between characters."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = limit - 1
    inside = next((m for m in _UNBROKEN.finditer(text) if m.start() < cut < m.end()), None)
    if inside is not None:
        cut = inside.start()
    line = text.rfind("\n", 0, cut)
    if line >= limit * 0.6:  # a whole line ends close enough: stop there
        cut = line
    head = text[:cut].rstrip(" \t\n,;:—–-·•/")
    return (head or text[:limit - 1]) + "…"


def _indented(text: str) -> str:
    """Escaped, its further lines indented under the first and blank lines dropped."""
    return "\n    ".join(esc(line.strip()) for line in text.splitlines() if line.strip())


def staff_buttons(handoff_id: int, staff: Lang, claimed: bool = False) -> list[list[Button]]:
    """Claim (until claimed) and Close under a handoff post, labelled in `staff`."""
    row = [] if claimed else [Button(label=t("staff_claim_button", staff),
                                     data=encode("hoc", handoff_id))]
    row.append(Button(label=t("staff_close_button", staff), data=encode("hox", handoff_id)))
    return [row]


PIN_RADIUS_M = 300.0
"""A map pin this close to one of our sets is that set (the sets lie 1 km and more apart)."""


def place_at(kb, lat: float, lon: float) -> Location | None:
    """The one set a map pin marks (within PIN_RADIUS_M), else None: two sets equally near
    (one site with two names) name neither, so nobody is told the wrong place."""
    near = sorted((round(_metres(lat, lon, loc.coordinates.lat, loc.coordinates.lon)), loc.id)
                  for loc in kb.locations.values())
    near = [(d, i) for d, i in near if d <= PIN_RADIUS_M]
    if not near or (len(near) > 1 and near[1][0] == near[0][0]):
        return None
    return kb.locations[near[0][1]]


def pin_line(kb, lat: float, lon: float, title: str | None, lang: Lang) -> str:
    """The line (HTML) that names a map pin, which Telegram cannot caption: the venue's own
    title, else the set it marks (in `lang`), else its coordinates."""
    place = place_at(kb, lat, lon)
    name = title or (place.name.get(lang) if place else "")
    return "📍 " + esc(name or t("pin_unnamed", lang, at=f"{lat:.5f}, {lon:.5f}"))


def _metres(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6_371_000 * math.asin(math.sqrt(a))
