"""The Bot API methods the stub implements, each checked the way Telegram checks it.

Handlers take the state (already locked by the server) and a decoded ``Call``; they return the
``result`` or raise ``ApiError``. Checks run in Telegram's order: parameters and markup (400),
then the chat (400 chat not found), then the bot's right to write there (403), then flood
control (429). ``getUpdates`` only has its parameters checked here: the server does the waiting.
"""

from __future__ import annotations

import copy
import mimetypes
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import errors
from .entities import MAX_CAPTION_LENGTH, MAX_TEXT_LENGTH, EntityParseError, parse_html, trim
from .params import Call
from .state import TOPIC_COLOR, BotApiState, ChatRecord, StoredFile, StoredMessage

Handler = Callable[[BotApiState, Call], Any]
METHODS: dict[str, Handler] = {}
_BY_LOWER: dict[str, str] = {}

MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024
CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
        "upload_document", "choose_sticker", "find_location", "record_video_note",
        "upload_video_note",
    }
)  # fmt: skip
SCOPE_TYPES = frozenset(
    {
        "default", "all_private_chats", "all_group_chats", "all_chat_administrators", "chat",
        "chat_administrators", "chat_member",
    }
)  # fmt: skip
BUTTON_ACTIONS = (
    "url", "callback_data", "web_app", "login_url", "switch_inline_query",
    "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
    "callback_game", "pay",
)  # fmt: skip
_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
_LANGUAGE = re.compile(r"^([a-z]{2})?$")


def method(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        METHODS[name] = handler
        _BY_LOWER[name.lower()] = name
        return handler

    return register


def canonical_name(name: str) -> str | None:
    """Telegram method names are case-insensitive; return the documented spelling or None."""
    return _BY_LOWER.get(name.lower())


# ---------------------------------------------------------------- bot, updates, webhooks


@method("getMe")
def get_me(state: BotApiState, call: Call) -> dict[str, Any]:
    return dict(state.bot_info)


@dataclass(frozen=True)
class PollRequest:
    offset: int | None
    limit: int
    timeout: float


@method("getUpdates")
def get_updates(state: BotApiState, call: Call) -> PollRequest:
    """Check getUpdates parameters and remember ``allowed_updates``; the server long-polls."""
    if state.webhook_url:
        raise errors.ApiError(409, errors.CONFLICT_WEBHOOK)
    allowed = call.params.get("allowed_updates")
    if allowed is not None:
        state.allowed_updates = list(allowed)
    limit = min(max(call.int("limit", 100) or 100, 1), 100)
    return PollRequest(call.int("offset"), limit, call.seconds("timeout"))


@method("deleteWebhook")
def delete_webhook(state: BotApiState, call: Call) -> bool:
    state.webhook_url = ""
    if call.bool("drop_pending_updates"):
        state.clear_updates()
    return True


@method("setWebhook")
def set_webhook(state: BotApiState, call: Call) -> bool:
    """Store the URL (the stub never calls it); refuse like Telegram when told to or not HTTPS."""
    url = str(call.get("url", ""))
    if url and state.webhook_error:
        raise errors.bad_request(errors.BAD_WEBHOOK.format(state.webhook_error))
    if url and not url.lower().startswith("https://"):
        raise errors.bad_request(errors.BAD_WEBHOOK.format(errors.WEBHOOK_NEEDS_HTTPS))
    state.webhook_url = url
    if call.params.get("allowed_updates") is not None:
        state.allowed_updates = list(call.params["allowed_updates"])
    if call.bool("drop_pending_updates"):
        state.clear_updates()
    return True


@method("getWebhookInfo")
def get_webhook_info(state: BotApiState, call: Call) -> dict[str, Any]:
    info: dict[str, Any] = {
        "url": state.webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": len(state.pending_updates()),
    }
    if state.webhook_url:
        info["max_connections"] = 40
        if state.allowed_updates:
            info["allowed_updates"] = list(state.allowed_updates)
    return info


@method("close")
def close(state: BotApiState, call: Call) -> bool:
    return True


@method("logOut")
def log_out(state: BotApiState, call: Call) -> bool:
    return True


# ---------------------------------------------------------------- text and markup checks


def formatted_text(
    call: Call,
    text_field: str,
    entities_field: str,
    *,
    limit: int,
    too_long: str,
    empty: str | None,
) -> tuple[str, list[dict[str, Any]]]:
    """Text after parse_mode/entities and Telegram's trimming, checked for emptiness and length.

    ``empty=None`` means the text is optional (captions). Length counts characters of the
    parsed text, so markup does not count against 4096/1024.
    """
    raw = call.params.get(text_field)
    if raw is None or raw == "":
        if empty is None:
            return "", []
        raise errors.bad_request(empty)
    text = raw if isinstance(raw, str) else str(raw)
    explicit = call.params.get(entities_field)
    if explicit:
        entities = _checked_entities(explicit)
    else:
        text, entities = _apply_parse_mode(text, call.get("parse_mode", ""))
    text, entities = trim(text, entities)
    if not text and empty is not None:
        raise errors.bad_request(empty)
    if len(text) > limit:
        raise errors.bad_request(too_long)
    return text, entities


def _apply_parse_mode(text: str, parse_mode: str) -> tuple[str, list[dict[str, Any]]]:
    mode = str(parse_mode).lower()
    if mode == "html":
        try:
            return parse_html(text)
        except EntityParseError as exc:
            raise errors.bad_request(errors.CANT_PARSE_ENTITIES.format(exc)) from None
    if mode in ("", "markdown", "markdownv2"):
        return text, []  # Markdown is accepted as plain text: the stub does not parse it
    raise errors.bad_request(errors.UNSUPPORTED_PARSE_MODE)


def _checked_entities(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(
        isinstance(e, dict)
        and isinstance(e.get("type"), str)
        and isinstance(e.get("offset"), int)
        and isinstance(e.get("length"), int)
        for e in value
    ):
        raise errors.bad_request(errors.CANT_PARSE_ENTITIES_JSON)
    return copy.deepcopy(value)


def reply_markup(call: Call) -> dict[str, Any] | None:
    """Validate ``reply_markup``; return it when Telegram echoes it (inline keyboards only)."""
    markup = call.params.get("reply_markup")
    if markup is None or markup == "":
        return None
    if not isinstance(markup, dict):
        raise errors.bad_request(errors.CANT_PARSE_MARKUP)
    if "inline_keyboard" in markup:
        _check_inline_keyboard(markup["inline_keyboard"])
        return {"inline_keyboard": copy.deepcopy(markup["inline_keyboard"])}
    if "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise errors.bad_request(errors.CANT_PARSE_MARKUP)
        return None
    if "remove_keyboard" in markup or "force_reply" in markup:
        return None
    raise errors.bad_request(errors.CANT_PARSE_MARKUP)


def _check_inline_keyboard(rows: Any) -> None:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise errors.bad_request(errors.INLINE_KEYBOARD_NOT_ARRAYS)
    for button in (b for row in rows for b in row):
        if not isinstance(button, dict) or not isinstance(button.get("text"), str):
            raise errors.bad_request(errors.BUTTON_TEXT_NOT_STRING)
        if not any(key in button for key in BUTTON_ACTIONS):
            raise errors.bad_request(errors.BUTTON_TEXT_ONLY)
        if "callback_data" in button:
            data = button["callback_data"]
            if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
                raise errors.bad_request(errors.BUTTON_DATA_INVALID)
        if "url" in button and not re.match(
            r"^(https?|tg)://\S+$", str(button["url"]), re.IGNORECASE
        ):
            raise errors.bad_request(errors.BUTTON_URL_INVALID)


def _caption(call: Call) -> dict[str, Any]:
    text, entities = formatted_text(
        call,
        "caption",
        "caption_entities",
        limit=MAX_CAPTION_LENGTH,
        too_long=errors.CAPTION_TOO_LONG,
        empty=None,
    )
    content: dict[str, Any] = {}
    if text:
        content["caption"] = text
    if entities:
        content["caption_entities"] = entities
    return content


# ---------------------------------------------------------------- sending


def _deliver(state: BotApiState, call: Call, content: dict[str, Any]) -> dict[str, Any]:
    """The common tail of every send: chat, reply target, 403, flood control, store."""
    markup = reply_markup(call)
    chat = state.resolve_chat(call.require("chat_id"))
    thread = _thread(call, chat)
    reply = _reply_target(state, call, chat)
    state.check_writable(chat)
    state.admit(call.method, chat)
    if thread is not None:
        # In a topic every message replies to something: the topic's first message by default.
        content = {**content, "message_thread_id": thread, "is_topic_message": True}
        if reply is None:
            reply = _stored_copy(chat.messages[thread])
    if reply is not None:
        content = {**content, "reply_to_message": reply}
    if markup is not None:
        content = {**content, "reply_markup": markup}
    return state.bot_message(chat, content)


def _thread(call: Call, chat: ChatRecord) -> int | None:
    """``message_thread_id``: a topic of this forum (General, id 1, counts as no topic)."""
    thread = call.int("message_thread_id")
    if thread is None or (chat.is_forum and thread == 1):
        return None
    if not chat.is_forum or thread not in chat.topics:
        raise errors.bad_request(errors.THREAD_NOT_FOUND)
    return thread


def _stored_copy(stored: StoredMessage) -> dict[str, Any]:
    return {k: v for k, v in copy.deepcopy(stored.data).items() if k != "reply_to_message"}


def _reply_target(state: BotApiState, call: Call, chat: ChatRecord) -> dict[str, Any] | None:
    params = call.params.get("reply_parameters")
    if isinstance(params, dict):
        message_id, allow = (
            params.get("message_id"),
            bool(params.get("allow_sending_without_reply")),
        )
    else:
        message_id, allow = (
            call.params.get("reply_to_message_id"),
            call.bool("allow_sending_without_reply"),
        )
    if message_id is None:
        return None
    stored = state.stored_message(chat, message_id if isinstance(message_id, int) else None)
    if stored is None:
        if allow:
            return None
        raise errors.bad_request(errors.REPLY_NOT_FOUND)
    return _stored_copy(stored)


@method("sendMessage")
def send_message(state: BotApiState, call: Call) -> dict[str, Any]:
    text, entities = formatted_text(
        call,
        "text",
        "entities",
        limit=MAX_TEXT_LENGTH,
        too_long=errors.TEXT_TOO_LONG,
        empty=errors.TEXT_EMPTY,
    )
    content: dict[str, Any] = {"text": text}
    if entities:
        content["entities"] = entities
    if isinstance(call.params.get("link_preview_options"), dict):
        content["link_preview_options"] = call.params["link_preview_options"]
    return _deliver(state, call, content)


@method("sendDocument")
def send_document(state: BotApiState, call: Call) -> dict[str, Any]:
    caption = _caption(call)
    stored = _input_file(state, call, "document", "documents")
    document = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.data),
    }
    if stored.file_name:
        document["file_name"] = stored.file_name
    if stored.mime_type:
        document["mime_type"] = stored.mime_type
    return _deliver(state, call, {"document": document, **caption})


@method("sendPhoto")
def send_photo(state: BotApiState, call: Call) -> dict[str, Any]:
    caption = _caption(call)
    stored = _input_file(state, call, "photo", "photos")
    size = image_size(stored.data)
    if size is None:
        raise errors.bad_request(errors.IMAGE_PROCESS_FAILED)
    photo = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.data),
        "width": size[0],
        "height": size[1],
    }
    return _deliver(state, call, {"photo": [photo], **caption})


@method("sendLocation")
def send_location(state: BotApiState, call: Call) -> dict[str, Any]:
    location = _location(call)
    for key in ("horizontal_accuracy", "live_period", "heading", "proximity_alert_radius"):
        if call.params.get(key) is not None:
            location[key] = call.params[key]
    return _deliver(state, call, {"location": location})


@method("sendVenue")
def send_venue(state: BotApiState, call: Call) -> dict[str, Any]:
    location = _location(call)
    venue: dict[str, Any] = {
        "location": dict(location),
        "title": str(call.require("title")),
        "address": str(call.require("address")),
    }
    for key in ("foursquare_id", "foursquare_type", "google_place_id", "google_place_type"):
        if call.params.get(key):
            venue[key] = call.params[key]
    return _deliver(state, call, {"venue": venue, "location": location})


def _location(call: Call) -> dict[str, Any]:
    return {"latitude": call.float("latitude"), "longitude": call.float("longitude")}


@method("sendChatAction")
def send_chat_action(state: BotApiState, call: Call) -> bool:
    chat = state.resolve_chat(call.require("chat_id"))
    action = call.require("action")
    if action not in CHAT_ACTIONS:
        raise errors.bad_request(errors.WRONG_ACTION)
    state.check_writable(chat)
    chat.actions.append(action)
    return True


# ---------------------------------------------------------------- files


def _input_file(state: BotApiState, call: Call, field: str, kind: str) -> StoredFile:
    """An uploaded part, an ``attach://`` reference or a known file_id; URLs can't be fetched."""
    value = call.params.get(field)
    upload = call.files.get(field)
    if upload is None and isinstance(value, str) and value.startswith("attach://"):
        upload = call.files.get(value[len("attach://") :])
    if upload is not None:
        if not upload.data:
            raise errors.bad_request(errors.FILE_EMPTY)
        mime = upload.content_type or mimetypes.guess_type(upload.filename)[0]
        if kind == "photos":
            return state.store_file(upload.data, kind, mime_type=None)
        return state.store_file(upload.data, kind, file_name=upload.filename, mime_type=mime)
    if value is None or value == "":
        raise errors.bad_request(errors.NO_FILE_IN_REQUEST.format(field))
    known = state.find_file(str(value))
    if known is not None:
        return known
    if re.match(r"^https?://", str(value), re.IGNORECASE):
        raise errors.bad_request(errors.URL_CONTENT)  # the stub has no internet to fetch it
    raise errors.bad_request(errors.WRONG_FILE_ID)


@method("getFile")
def get_file(state: BotApiState, call: Call) -> dict[str, Any]:
    stored = state.find_file(str(call.require("file_id")))
    if stored is None:
        raise errors.bad_request(errors.INVALID_FILE_ID)
    if len(stored.data) > MAX_DOWNLOAD_SIZE:
        raise errors.bad_request(errors.FILE_TOO_BIG)
    return stored.api()


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF or JPEG; None if Telegram could not process it."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return struct.unpack("<HH", data[6:10])
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    pos = 2
    while pos + 9 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return width, height
        pos += 2 + length
    return None


# ---------------------------------------------------------------- editing and deleting


def _bot_message_to_edit(state: BotApiState, call: Call) -> tuple[ChatRecord, StoredMessage]:
    if call.params.get("inline_message_id"):
        raise errors.bad_request(errors.MESSAGE_ID_INVALID)  # the stub has no inline messages
    chat = state.resolve_chat(call.require("chat_id"))
    stored = state.stored_message(chat, call.int("message_id", required=True))
    if stored is None:
        raise errors.bad_request(errors.MESSAGE_TO_EDIT_NOT_FOUND)
    if not stored.from_bot:
        raise errors.bad_request(errors.MESSAGE_CANT_BE_EDITED)
    state.check_writable(chat)
    return chat, stored


def _apply_edit(
    state: BotApiState, stored: StoredMessage, changes: dict[str, Any]
) -> dict[str, Any]:
    """Replace content keys (None removes one); refuse a no-op edit like Telegram."""
    edited = {k: v for k, v in stored.data.items() if k != "edit_date"}
    for key, value in changes.items():
        if value is None:
            edited.pop(key, None)
        else:
            edited[key] = value
    current = {k: v for k, v in stored.data.items() if k != "edit_date"}
    if edited == current:
        raise errors.bad_request(errors.NOT_MODIFIED)
    edited["edit_date"] = int(state.clock())
    stored.versions.append(stored.data)
    stored.data = edited
    return copy.deepcopy(edited)


@method("editMessageText")
def edit_message_text(state: BotApiState, call: Call) -> dict[str, Any]:
    """Leaving out reply_markup removes the inline keyboard, as on Telegram."""
    text, entities = formatted_text(
        call,
        "text",
        "entities",
        limit=MAX_TEXT_LENGTH,
        too_long=errors.TEXT_TOO_LONG,
        empty=errors.TEXT_EMPTY,
    )
    markup = reply_markup(call)
    _, stored = _bot_message_to_edit(state, call)
    if "text" not in stored.data:
        raise errors.bad_request(errors.NO_TEXT_TO_EDIT)
    changes = {"text": text, "entities": entities or None, "reply_markup": markup}
    return _apply_edit(state, stored, changes)


@method("editMessageReplyMarkup")
def edit_message_reply_markup(state: BotApiState, call: Call) -> dict[str, Any]:
    markup = reply_markup(call)
    _, stored = _bot_message_to_edit(state, call)
    return _apply_edit(state, stored, {"reply_markup": markup})


@method("deleteMessage")
def delete_message(state: BotApiState, call: Call) -> bool:
    chat = state.resolve_chat(call.require("chat_id"))
    stored = state.stored_message(chat, call.int("message_id", required=True))
    if stored is None:
        raise errors.bad_request(errors.MESSAGE_TO_DELETE_NOT_FOUND)
    stored.deleted = True
    return True


@method("answerCallbackQuery")
def answer_callback_query(state: BotApiState, call: Call) -> bool:
    record = state.callback(str(call.require("callback_query_id")))
    if record is None or record.answer is not None:
        raise errors.bad_request(errors.QUERY_TOO_OLD)
    if len(str(call.get("text", ""))) > 200:
        raise errors.bad_request(errors.ANSWER_TOO_LONG)
    record.answer = {k: v for k, v in call.params.items() if k != "callback_query_id"}
    return True


# ---------------------------------------------------------------- copying


# What copyMessage carries over; service messages (topic created, members joined) can't be copied.
_COPYABLE = ("text", "entities", "photo", "document", "sticker", "voice", "audio", "video",
             "animation", "location", "venue", "contact", "link_preview_options")


@method("copyMessage")
def copy_message(state: BotApiState, call: Call) -> dict[str, int]:
    """Send a copy without the "forwarded from" header; a ``caption`` replaces the original's.
    Answers a MessageId, not a Message, as Telegram does."""
    source = state.resolve_chat(call.require("from_chat_id"))
    stored = state.stored_message(source, call.int("message_id", required=True))
    if stored is None:
        raise errors.bad_request(errors.MESSAGE_TO_COPY_NOT_FOUND)
    content = {k: copy.deepcopy(v) for k, v in stored.data.items() if k in _COPYABLE}
    if not content:
        raise errors.bad_request(errors.MESSAGE_CANT_BE_COPIED)
    if "text" not in content:
        if call.params.get("caption") is not None:
            content.update(_caption(call))
        else:
            for key in ("caption", "caption_entities"):
                if key in stored.data:
                    content[key] = copy.deepcopy(stored.data[key])
    message = _deliver(state, call, content)
    return {"message_id": message["message_id"]}


# ---------------------------------------------------------------- chats, members and topics


@method("getChat")
def get_chat(state: BotApiState, call: Call) -> dict[str, Any]:
    """A ChatFullInfo: the Chat plus the fields Telegram always sends."""
    chat = state.resolve_chat(call.require("chat_id"))
    return {
        **chat.api(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": False, "limited_gifts": False, "unique_gifts": False,
            "premium_subscription": False, "gifts_from_channels": False,
        },
    }  # fmt: skip


_ADMIN_RIGHTS = (
    "can_be_edited", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
    "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
    "can_post_stories", "can_edit_stories", "can_delete_stories", "can_pin_messages",
    "can_manage_topics",
)  # fmt: skip


@method("getChatMember")
def get_chat_member(state: BotApiState, call: Call) -> dict[str, Any]:
    """A ChatMember: its ``status`` from the group's members ("left" for anyone else)."""
    chat = state.resolve_chat(call.require("chat_id"))
    user_id = call.int("user_id", required=True)
    if user_id == state.bot_id:
        user, status = state.bot_user, chat.bot_status
    else:
        try:
            user = state.user_record(user_id)
        except KeyError:
            raise errors.bad_request(errors.USER_NOT_FOUND) from None
        if chat.type == "private":
            status = "member" if user_id == chat.id else "left"
        else:
            status = chat.members.get(user_id, "left")
    member: dict[str, Any] = {"user": user.api(), "status": status}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member.update({"is_anonymous": False, **{right: True for right in _ADMIN_RIGHTS}})
        member["can_be_edited"] = False
    elif status == "restricted":
        member.update(is_member=True, until_date=0, can_send_messages=False,
                      can_send_audios=False, can_send_documents=False, can_send_photos=False,
                      can_send_videos=False, can_send_video_notes=False,
                      can_send_voice_notes=False, can_send_polls=False,
                      can_send_other_messages=False, can_add_web_page_previews=False,
                      can_change_info=False, can_invite_users=False, can_pin_messages=False,
                      can_manage_topics=False)
    elif status == "kicked":
        member["until_date"] = 0
    return member


@method("createForumTopic")
def create_forum_topic(state: BotApiState, call: Call) -> dict[str, Any]:
    """A topic in a forum supergroup; the bot must be an administrator (can_manage_topics)."""
    name = str(call.get("name", "")).strip()
    if not name or len(name) > 128:
        raise errors.bad_request(errors.TOPIC_NAME_INVALID)
    chat = state.resolve_chat(call.require("chat_id"))
    if not chat.is_forum:
        raise errors.bad_request(errors.NOT_A_FORUM)
    if chat.bot_status not in ("administrator", "creator"):
        raise errors.bad_request(errors.NOT_ENOUGH_RIGHTS_TOPIC)
    state.check_writable(chat)
    thread = state.create_topic(chat.id, name, state.bot_id)
    return {"message_thread_id": thread, "name": name, "icon_color": TOPIC_COLOR}


@method("deleteForumTopic")
def delete_forum_topic(state: BotApiState, call: Call) -> bool:
    chat = state.resolve_chat(call.require("chat_id"))
    if not chat.is_forum:
        raise errors.bad_request(errors.NOT_A_FORUM)
    if chat.bot_status not in ("administrator", "creator"):
        raise errors.bad_request(errors.NOT_ENOUGH_RIGHTS_TOPIC)
    state.delete_topic(chat.id, call.int("message_thread_id", required=True))
    return True


# ---------------------------------------------------------------- commands and profile


def scope_key(state: BotApiState, scope: Any) -> tuple[Any, ...]:
    """A hashable key for a BotCommandScope; chat scopes must name an existing chat."""
    scope = scope or {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in SCOPE_TYPES:
        raise errors.bad_request(errors.BAD_SCOPE)
    kind = scope["type"]
    if kind in ("chat", "chat_administrators", "chat_member"):
        chat = state.resolve_chat(scope.get("chat_id"))
        if kind == "chat_member":
            return (kind, chat.id, scope.get("user_id"))
        return (kind, chat.id)
    return (kind,)


def _language(call: Call) -> str:
    language = str(call.get("language_code", ""))
    if not _LANGUAGE.match(language):
        raise errors.bad_request(errors.BAD_LANGUAGE)
    return language


@method("setMyCommands")
def set_my_commands(state: BotApiState, call: Call) -> bool:
    commands = call.params.get("commands")
    if not isinstance(commands, list):
        raise errors.bad_request(errors.CANT_PARSE_JSON.format("commands"))
    if len(commands) > 100:
        raise errors.bad_request(errors.BOT_COMMANDS_TOO_MUCH)
    checked = [_checked_command(c) for c in commands]
    key = (scope_key(state, call.params.get("scope")), _language(call))
    if checked:
        state.commands_by_scope[key] = checked
    else:
        state.commands_by_scope.pop(key, None)
    return True


def _checked_command(command: Any) -> dict[str, str]:
    if not isinstance(command, dict):
        raise errors.bad_request(errors.CANT_PARSE_JSON.format("commands"))
    name = str(command.get("command", "")).removeprefix("/")
    description = str(command.get("description", ""))
    if not _COMMAND.match(name):
        raise errors.bad_request(errors.BOT_COMMAND_INVALID)
    if not 1 <= len(description.strip()) <= 256:
        raise errors.bad_request(errors.BOT_COMMAND_DESCRIPTION_INVALID)
    return {"command": name, "description": description}


@method("getMyCommands")
def get_my_commands(state: BotApiState, call: Call) -> list[dict[str, str]]:
    key = (scope_key(state, call.params.get("scope")), _language(call))
    return copy.deepcopy(state.commands_by_scope.get(key, []))


@method("deleteMyCommands")
def delete_my_commands(state: BotApiState, call: Call) -> bool:
    key = (scope_key(state, call.params.get("scope")), _language(call))
    state.commands_by_scope.pop(key, None)
    return True


def _profile_methods(field: str, setter: str, getter: str) -> None:
    """setMyX / getMyX pairs stored per language (description, short_description, name)."""

    def set_value(state: BotApiState, call: Call) -> bool:
        state.profile[(field, _language(call))] = str(call.get(field, ""))
        return True

    def get_value(state: BotApiState, call: Call) -> dict[str, str]:
        language = _language(call)
        value = state.profile.get((field, language)) or state.profile.get((field, ""), "")
        return {field: value}

    method(setter)(set_value)
    method(getter)(get_value)


_profile_methods("description", "setMyDescription", "getMyDescription")
_profile_methods("short_description", "setMyShortDescription", "getMyShortDescription")
_profile_methods("name", "setMyName", "getMyName")


@method("setChatMenuButton")
def set_chat_menu_button(state: BotApiState, call: Call) -> bool:
    chat_id = call.params.get("chat_id")
    key = state.resolve_chat(chat_id).id if chat_id is not None else None
    state.profile[("menu_button", str(key))] = call.get("menu_button", {"type": "default"})
    return True


@method("getChatMenuButton")
def get_chat_menu_button(state: BotApiState, call: Call) -> dict[str, Any]:
    chat_id = call.params.get("chat_id")
    key = state.resolve_chat(chat_id).id if chat_id is not None else None
    default = state.profile.get(("menu_button", "None"), {"type": "commands"})
    return copy.deepcopy(state.profile.get(("menu_button", str(key)), default))
