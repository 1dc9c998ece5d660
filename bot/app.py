"""Build the services and the Telegram application: the one ordered place where things are wired."""

from __future__ import annotations

import asyncio
import importlib
import logging
from types import ModuleType

from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ContextTypes
from telegram.request import HTTPXRequest

from bot import flows, permissions
from bot.commands import set_commands
from bot.context import BotContext, Services
from bot.persistence import StorePersistence
from bot.send import PartnerBot, SendPolicy
from bot.settings import Settings
from core.i18n import warm_catalogues
from core.i18n_format import warm_formatting
from core.kb.live import LiveKnowledge
from core.store import Store
from intents.brain import Brain
from intents.nlu.classifier import load_or_train
from intents.nlu.data import load_training_data
from intents.nlu.language import default_detector
from intents.semantic import Embedder

log = logging.getLogger(__name__)

# Feature modules in bot/handlers, in registration order. Earlier modules see updates first:
# gate (group -1) sees every update first: edited commands, albums, foreign presses, membership;
# flood and the permission guard run in negative groups too (see their modules); inquiry comes
# before admin, so a partner's /cancel inside the form is theirs; subscriptions and admin claim
# their own buttons and commands; handoff relays partner and staff messages (group -1) and claims
# its buttons; insights has the staff reports; conversation is the catch-all.
FEATURES = ("errors", "gate", "flood", "subscriptions", "privacy", "inquiry", "admin", "handoff",
            "insights", "conversation")


def features() -> list[ModuleType]:
    return [importlib.import_module(f"bot.handlers.{name}") for name in FEATURES]


def build_services(settings: Settings) -> Services:
    """Open the store, load knowledge and the NLU model; shared by Telegram and the console."""
    settings.bot_data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(settings.db_path)
    knowledge = LiveKnowledge(settings.bot_knowledge_dir)
    classifier = load_or_train(load_training_data().examples, settings.bot_data_dir / "nlu")
    embedder = Embedder.load(settings.bot_data_dir / "semantic")  # None: TF-IDF FAQ matching only
    brain = Brain(knowledge, classifier, store, settings.tz, memory_minutes=settings.bot_memory_minutes,
                  embedder=embedder)
    default_detector()  # trained once per process; the first partner should not wait ~1 s for it
    warm_catalogues()  # compile the four .po catalogues and load OpenCC now, not on a reply
    warm_formatting()  # and the CLDR data for dates, zones and lists
    warm_entity_index(knowledge, brain)
    services = Services(settings=settings, store=store, knowledge=knowledge, brain=brain)
    wire_subscriptions(services)
    wire_features(services)
    return services


def warm_entity_index(knowledge: LiveKnowledge, brain: Brain) -> None:
    """Build the entity index now and after every reload (in a worker thread), so no partner's
    message pays the ~0.4 s it takes."""
    brain.entity_index(knowledge.current)

    async def rebuild(_old, new) -> None:
        await asyncio.to_thread(brain.entity_index, new)

    knowledge.on_change(rebuild)


def wire_subscriptions(services: Services) -> None:
    """Free-text "subscribe"/"unsubscribe" answered by the jobs package, transport-free."""
    from jobs import reminders, subscriptions

    offsets = services.settings.bot_reminder_offsets

    def remind(turn, cb):
        """"Remind me" written in a message: the running announcer schedules it at once (as the
        button does); without one (console chat) the wish is stored and picked up at start."""
        announcer = services.features.get("announcer")
        if announcer is not None:
            return announcer.remind(turn.chat_id, cb.arg(0), turn.lang)
        return reminders.on_button(turn, cb, offsets)

    services.brain.extend(intents={"subscribe": subscriptions.subscribe_intent,
                                   "unsubscribe": subscriptions.unsubscribe_intent},
                          buttons={"rem": remind})


def wire_features(services: Services) -> None:
    """Data rights, the inquiry form's stale buttons and the subscription and reminder buttons,
    answered transport-free, so the console chat has every button Telegram has (in Telegram
    the feature modules claim their own buttons first)."""
    from intents import inquiry, privacy
    from jobs import reminders, subscriptions

    settings = services.settings

    def subscription_button(turn, cb):  # type: ignore[no-untyped-def]
        if cb.action == "sub":
            return subscriptions.toggle_topic(turn.store, turn.kb, turn.chat_id, cb.arg(0), turn.lang)
        if cb.action == "stop":
            return subscriptions.stop(turn.store, turn.kb, turn.chat_id, turn.lang, cb.arg(0))
        return subscriptions.subscription_menu(turn.store, turn.kb, turn.chat_id, turn.lang)

    def remind_button(turn, cb):  # type: ignore[no-untyped-def]
        """Stored here; a running Telegram bot schedules stored reminders when it starts."""
        arg = cb.arg(0)
        if arg.startswith(reminders.CANCEL_PREFIX):
            return reminders.cancel_reminder(turn.store, turn.kb, turn.chat_id,
                                             arg[len(reminders.CANCEL_PREFIX):], turn.lang)
        return reminders.set_reminder(turn.store, turn.kb, turn.chat_id, arg, turn.lang,
                                      turn.now, settings.bot_reminder_offsets, turn.home_tz)

    services.brain.extend(
        buttons={"sub": subscription_button, "subs": subscription_button,
                 "stop": subscription_button, "rem": remind_button,
                 "inq": lambda turn, cb: inquiry.expired_reply(turn),
                 "fgt": privacy.on_button},
        commands={"mydata": privacy.mydata, "forget": privacy.forget},
        intents={"start_inquiry": inquiry.offer})


async def report_to_staff(app: Application, text: str, kind: str = "knowledge") -> None:
    """Plain `text` to the staff chat, at most one report of `kind` every few minutes."""
    await app.bot.staff.report(kind, text)


async def post_init(app: Application) -> None:
    """Open resources, start feature jobs and the knowledge watcher, publish the command menu."""
    settings: Settings = app.bot_data["settings"]
    services = await asyncio.to_thread(build_services, settings)
    app.bot_data["services"] = services
    loop = asyncio.get_running_loop()

    def knowledge_failed(report) -> None:
        text = "⚠️ Knowledge files have errors; still serving the last good version.\n" + report.format(
            warnings=False, limit=20)
        loop.call_soon_threadsafe(lambda: app.create_task(report_to_staff(app, text)))

    services.knowledge.on_error(knowledge_failed)
    for module in features():
        if hasattr(module, "startup"):
            await module.startup(app)
    # Not app.create_task: Application.stop() waits for those, and the watcher runs until stopped.
    stop = asyncio.Event()
    app.bot_data["stop_watch"] = stop
    app.bot_data["watcher"] = asyncio.create_task(services.knowledge.watch(stop),
                                                  name="knowledge-watcher")
    try:
        await set_commands(app)
    except TelegramError:
        log.warning("could not publish the command menu", exc_info=True)
    log.info("bot ready: knowledge %s", services.knowledge.current.version[:12])


async def post_stop(app: Application) -> None:
    """Stop watching the knowledge folder once polling has stopped."""
    stop, watcher = app.bot_data.get("stop_watch"), app.bot_data.get("watcher")
    if stop:
        stop.set()
    if watcher:
        try:
            await asyncio.wait_for(watcher, timeout=5)
        except (asyncio.TimeoutError, asyncio.CancelledError):
            watcher.cancel()


async def post_shutdown(app: Application) -> None:
    for module in reversed(features()):
        if hasattr(module, "shutdown"):
            await module.shutdown(app)


def build_bot(settings: Settings) -> PartnerBot:
    """The bot every handler sends through: one send policy (BOT_SEND_RETRIES, a read
    time-out of BOT_SEND_TIMEOUT before a send is made again), PTB's rate limiter in front
    (it honours 429s by pausing every send), staff reports to BOT_STAFF_CHAT_ID."""
    if settings.bot_token is None:
        raise ValueError("BOT_TOKEN is required for Telegram mode")
    timeout = settings.bot_send_timeout
    return PartnerBot(
        settings.bot_token.get_secret_value(),
        base_url=f"{settings.bot_api_url}/bot",
        base_file_url=f"{settings.bot_api_url}/file/bot",
        request=HTTPXRequest(connection_pool_size=256, read_timeout=timeout,
                             write_timeout=max(timeout, 20.0), connect_timeout=timeout,
                             pool_timeout=timeout),
        get_updates_request=HTTPXRequest(connection_pool_size=1),
        rate_limiter=AIORateLimiter(max_retries=3),
        policy=SendPolicy(attempts=settings.bot_send_retries + 1),
        staff_chat_id=settings.bot_staff_chat_id,
    )


def build_application(settings: Settings) -> Application:
    app = (Application.builder()
           .bot(build_bot(settings))
           .context_types(ContextTypes(context=BotContext))
           .concurrent_updates(True)
           .post_init(post_init)
           .post_stop(post_stop)
           .post_shutdown(post_shutdown)
           .persistence(StorePersistence(settings.db_path))
           .build())
    app.bot_data["settings"] = settings
    permissions.sync_admins(settings.bot_admin_ids)
    permissions.register(app)
    flows.register(app)
    for module in features():
        module.register(app)
    return app


def run(settings: Settings) -> None:
    """Long polling (or webhooks with BOT_WEBHOOK_URL) until SIGTERM/SIGINT; see `bot.serve`."""
    from bot import serve

    serve.run(build_application(settings), settings)
