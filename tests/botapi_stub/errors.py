"""Bot API error answers, with the descriptions the real server sends.

Keeping every description in one place lets tests assert on the exact strings a bot sees in
production (python-telegram-bot turns them into ``BadRequest``, ``Forbidden``, ``RetryAfter``...).
"""

from __future__ import annotations

from typing import Any

# 400 Bad Request
CHAT_NOT_FOUND = "Bad Request: chat not found"
NOT_A_FORUM = "Bad Request: the chat is not a forum"
NOT_ENOUGH_RIGHTS_TOPIC = "Bad Request: not enough rights to create a topic"
TOPIC_NAME_INVALID = "Bad Request: TOPIC_TITLE_EMPTY"
THREAD_NOT_FOUND = "Bad Request: message thread not found"
USER_NOT_FOUND = "Bad Request: user not found"
MESSAGE_TO_COPY_NOT_FOUND = "Bad Request: message to copy not found"
MESSAGE_CANT_BE_COPIED = "Bad Request: message can't be copied"
TEXT_EMPTY = "Bad Request: message text is empty"
TEXT_TOO_LONG = "Bad Request: message is too long"
CAPTION_TOO_LONG = "Bad Request: message caption is too long"
CANT_PARSE_ENTITIES = "Bad Request: can't parse entities: {}"
CANT_PARSE_ENTITIES_JSON = "Bad Request: can't parse entities JSON object"
CANT_PARSE_MARKUP = "Bad Request: can't parse reply keyboard markup JSON object"
INLINE_KEYBOARD_NOT_ARRAYS = (
    'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays'
)
BUTTON_TEXT_ONLY = (
    "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline "
    "keyboard"
)
BUTTON_TEXT_NOT_STRING = (
    'Bad Request: can\'t parse inline keyboard button: Field "text" must be of type String'
)
BUTTON_DATA_INVALID = "Bad Request: BUTTON_DATA_INVALID"
BUTTON_URL_INVALID = "Bad Request: BUTTON_URL_INVALID"
UNSUPPORTED_PARSE_MODE = "Bad Request: unsupported parse_mode"
MESSAGE_TO_EDIT_NOT_FOUND = "Bad Request: message to edit not found"
MESSAGE_CANT_BE_EDITED = "Bad Request: message can't be edited"
NO_TEXT_TO_EDIT = "Bad Request: there is no text in the message to edit"
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
MESSAGE_TO_DELETE_NOT_FOUND = "Bad Request: message to delete not found"
REPLY_NOT_FOUND = "Bad Request: message to be replied not found"
MESSAGE_ID_INVALID = "Bad Request: MESSAGE_ID_INVALID"
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
ANSWER_TOO_LONG = "Bad Request: MESSAGE_TOO_LONG"
NO_FILE_IN_REQUEST = "Bad Request: there is no {} in the request"
FILE_EMPTY = "Bad Request: file must be non-empty"
WRONG_FILE_ID = "Bad Request: wrong file identifier/HTTP URL specified"
URL_CONTENT = "Bad Request: failed to get HTTP URL content"
INVALID_FILE_ID = "Bad Request: invalid file_id"
FILE_TOO_BIG = "Bad Request: file is too big"
IMAGE_PROCESS_FAILED = "Bad Request: IMAGE_PROCESS_FAILED"
WRONG_ACTION = "Bad Request: wrong parameter action in request"
BOT_COMMAND_INVALID = "Bad Request: BOT_COMMAND_INVALID"
BOT_COMMAND_DESCRIPTION_INVALID = "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID"
BOT_COMMANDS_TOO_MUCH = "Bad Request: BOT_COMMANDS_TOO_MUCH"
BAD_SCOPE = "Bad Request: can't parse BotCommandScope JSON object"
BAD_LANGUAGE = "Bad Request: invalid language code specified"
BAD_WEBHOOK = "Bad Request: bad webhook: {}"
WEBHOOK_NEEDS_HTTPS = "An HTTPS URL must be provided for webhook"
PARAM_EMPTY = "Bad Request: {} is empty"
PARAM_INVALID = "Bad Request: invalid {} specified"
CANT_PARSE_JSON = "Bad Request: can't parse {} JSON object"

# 403 Forbidden
BLOCKED = "Forbidden: bot was blocked by the user"
CANT_INITIATE = "Forbidden: bot can't initiate conversation with a user"
USER_DEACTIVATED = "Forbidden: user is deactivated"
KICKED = "Forbidden: bot was kicked from the group chat"

# other statuses
UNAUTHORIZED = "Unauthorized"
NOT_FOUND = "Not Found"
TOO_MANY_REQUESTS = "Too Many Requests: retry after {}"
CONFLICT_OTHER_POLL = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    "is running"
)
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete "
    "the webhook first"
)
BAD_GATEWAY = "Bad Gateway"
INTERNAL = "Internal Server Error"


class ApiError(Exception):
    """A Bot API failure answer: raised by method handlers, rendered as ``{"ok": false, ...}``."""

    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        """Return the JSON body Telegram sends for this error."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = dict(self.parameters)
        return body


def bad_request(description: str) -> ApiError:
    """Build a 400 answer."""
    return ApiError(400, description)


def too_many_requests(retry_after: int) -> ApiError:
    """Build the 429 answer, with ``parameters.retry_after`` in whole seconds as Telegram does."""
    return ApiError(429, TOO_MANY_REQUESTS.format(retry_after), {"retry_after": retry_after})
