"""Build the services and the Telegram application: the one ordered place where things are wired."""

from __future__ import annotations

import asyncio
import importlib
import logging
from types import ModuleType

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ContextTypes

from bot.commands import set_commands
from bot.context import BotContext, Services, services_of
from bot.render import with_retries
from bot.settings import Settings
from core.kb import snapshot
from core.kb.live import LiveKnowledge
from core.kb.report import KnowledgeError
from core.store import Store
from intents.brain import Brain
from intents.nlu.classifier import load_or_train
from intents.nlu.data import load_training_data
from intents.nlu.language import default_detector

log = logging.getLogger(__name__)

# Feature modules in bot/handlers, in registration order. Earlier modules see updates first:
# subscriptions and admin claim their own buttons and commands; conversation is the catch-all.
FEATURES = ("errors", "subscriptions", "admin", "conversation")


def features() -> list[ModuleType]:
    return [importlib.import_module(f"bot.handlers.{name}") for name in FEATURES]


def build_services(settings: Settings) -> Services:
    """Open the store, load knowledge and the NLU model; shared by Telegram and the console."""
    settings.bot_data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(settings.db_path)
    knowledge = LiveKnowledge(settings.bot_knowledge_dir,
                              last_good=settings.bot_data_dir / snapshot.FILE_NAME)
    classifier = load_or_train(load_training_data().examples, settings.bot_data_dir / "nlu")
    brain = Brain(knowledge, classifier, store, settings.tz)
    default_detector()  # trained once per process; the first partner should not wait ~1 s for it
    warm_entity_index(knowledge, brain)
    services = Services(settings=settings, store=store, knowledge=knowledge, brain=brain)
    wire_subscriptions(services)
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
    from jobs import subscriptions

    services.brain.extend(intents={"subscribe": subscriptions.subscribe_intent,
                                   "unsubscribe": subscriptions.unsubscribe_intent})


async def report_to_staff(app: Application, text: str) -> None:
    chat = services_of(app).settings.bot_staff_chat_id
    if not chat:
        return
    try:
        await with_retries(lambda: app.bot.send_message(chat, text[:4000]))
    except TelegramError:
        log.exception("could not send a report to the staff chat")


def watch_store(app: Application, services: Services, loop: asyncio.AbstractEventLoop) -> None:
    """Tell staff once when the database stays unavailable (locked, read-only, disk full) and
    once when it recovers; partners keep getting answers from the knowledge meanwhile."""

    def on_fault(event: str, health) -> None:  # from the store's writer thread
        if event == "unavailable":
            text = (f"⚠️ The database ({services.settings.db_path}) is not accepting writes: "
                    f"{health.fault}, since {health.since:%H:%M:%S} UTC. Partners still get "
                    f"answers; {health.pending} change(s) wait and are saved when it is back. "
                    f"Check the disk space, the folder's permissions, or close whatever has "
                    f"the file open.")
        else:
            text = "✅ The database accepts writes again; the waiting changes are saved."
        loop.call_soon_threadsafe(lambda: app.create_task(report_to_staff(app, text)))

    services.store.on_fault(on_fault)


async def report_start_knowledge(app: Application, services: Services) -> None:
    """Tell staff when the bot started despite knowledge errors (from the last good copy, or
    with some announcements left out), with each error as `file:line:column`."""
    knowledge = services.knowledge
    report = knowledge.last_report
    if report.ok:
        return
    saved = knowledge.started_from_last_good
    if saved is not None:
        head = (f"⚠️ The knowledge files have errors, so the bot started from the last good "
                f"version {knowledge.current.version[:12]} (saved {saved:%Y-%m-%d %H:%M} UTC). "
                f"Fix these and save; the bot picks the files up by itself:")
    else:
        head = "⚠️ Some knowledge records have errors and are left out until fixed:"
    await report_to_staff(app, head + "\n" + report.format(warnings=False, limit=20))


async def post_init(app: Application) -> None:
    """Open resources, start feature jobs and the knowledge watcher, publish the command menu."""
    settings: Settings = app.bot_data["settings"]
    try:
        services = await asyncio.to_thread(build_services, settings)
    except KnowledgeError as exc:  # never a good version: refuse to start, but say why
        chat = settings.bot_staff_chat_id
        if chat:
            try:
                await app.bot.send_message(chat, ("⛔ The bot cannot start: the knowledge files "
                                                  "have errors and there is no earlier good "
                                                  "version to serve.\n" + exc.report.format(
                                                      warnings=False, limit=20))[:4000])
            except TelegramError:
                log.exception("could not tell staff why the bot cannot start")
        raise
    app.bot_data["services"] = services
    loop = asyncio.get_running_loop()

    def knowledge_failed(report) -> None:
        head = ("⚠️ Some announcements have errors and are left out until fixed; the rest of "
                "the edit is live." if report.servable else
                "⚠️ Knowledge files have errors; still serving the last good version.")
        text = head + "\n" + report.format(warnings=False, limit=20)
        loop.call_soon_threadsafe(lambda: app.create_task(report_to_staff(app, text)))

    services.knowledge.on_error(knowledge_failed)
    await report_start_knowledge(app, services)
    watch_store(app, services, loop)
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
    """Stop the features, then save the store's waiting writes (at most 3 s) and close it."""
    for module in reversed(features()):
        if hasattr(module, "shutdown"):
            await module.shutdown(app)
    services = app.bot_data.get("services")
    if services is not None:
        await asyncio.to_thread(services.store.close, 3.0)


def build_application(settings: Settings) -> Application:
    if settings.bot_token is None:
        raise ValueError("BOT_TOKEN is required for Telegram mode")
    token = settings.bot_token.get_secret_value()
    app = (Application.builder()
           .token(token)
           .base_url(f"{settings.bot_api_url}/bot")
           .base_file_url(f"{settings.bot_api_url}/file/bot")
           .context_types(ContextTypes(context=BotContext))
           .concurrent_updates(True)
           .rate_limiter(AIORateLimiter(max_retries=3))
           .post_init(post_init)
           .post_stop(post_stop)
           .post_shutdown(post_shutdown)
           .build())
    app.bot_data["settings"] = settings
    for module in features():
        module.register(app)
    return app


def run(settings: Settings) -> None:
    """Long polling until interrupted; SIGTERM and SIGINT stop it cleanly."""
    app = build_application(settings)
    app.run_polling(allowed_updates=Update.ALL_TYPES)
