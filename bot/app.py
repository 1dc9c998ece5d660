"""Build the services and the Telegram application: the one ordered place where things are wired."""

from __future__ import annotations

import asyncio
import gc
import hashlib
import logging
import time
from pathlib import Path
from types import ModuleType

from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

import bot
import core
import intents
from bot import features as registry
from bot import flows, permissions
from bot.commands import MENU_RECORD, set_commands
from bot.connections import bot_api_request
from bot.context import BotContext, Services
from bot.memory import release_free_memory
from bot.pace import PriorityLimiter, PriorityPacer, RepliesFirst
from bot.persistence import StorePersistence
from bot.send import PartnerBot, SendPolicy
from bot.settings import Settings
from core import lazy_re
from core.i18n import Lang, t, warm_catalogues
from core.i18n_format import warm_formatting
from core.kb import snapshot
from core.kb.live import LiveKnowledge
from core.kb.report import KnowledgeError
from core.store import Store
from intents.brain import Brain
from intents.nlu.classifier import load_or_train_from
from intents.nlu.data import DATA_DIR, forget_parsed
from intents.nlu.language import default_detector
from intents.semantic import Embedder
from intents.understand import intent_lines

log = logging.getLogger(__name__)


def features() -> list[ModuleType]:
    """The feature modules in bot/handlers, in registration order (`bot.features.FEATURES`)."""
    return registry.handler_modules()


def build_services(settings: Settings, store: Store | None = None) -> Services:
    """Open the store (unless given the one already open), load knowledge and the NLU model;
    shared by Telegram and the console."""
    settings.bot_data_dir.mkdir(parents=True, exist_ok=True)
    store = store if store is not None else Store.open(settings.db_path,
                                                       alert_after=settings.bot_store_alert_seconds)
    knowledge = LiveKnowledge(settings.bot_knowledge_dir,
                              last_good=settings.bot_data_dir / snapshot.FILE_NAME)
    classifier = load_or_train_from(DATA_DIR, settings.bot_data_dir / "nlu")
    embedder = Embedder.load(settings.bot_data_dir / "semantic")  # None: TF-IDF FAQ matching only
    brain = Brain(knowledge, classifier, store, settings.tz, memory_minutes=settings.bot_memory_minutes,
                  staff_lang=settings.bot_staff_lang, embedder=embedder,
                  cache_dir=settings.bot_data_dir / "indexes")
    default_detector(settings.bot_data_dir / "nlu")  # now, not on the first partner's message
    warm_catalogues(settings.bot_data_dir / "i18n")  # the four catalogues and OpenCC, now
    warm_formatting()  # and the CLDR data for dates, zones and lists
    warm_entity_index(knowledge, brain)
    services = Services(settings=settings, store=store, knowledge=knowledge, brain=brain)
    registry.install(services)  # every feature's transport-free answers (console and Telegram)
    return services


def warm_entity_index(knowledge: LiveKnowledge, brain: Brain) -> None:
    """Build the entity index now and after every reload (in a worker thread), so no partner's
    message pays the ~0.4 s it takes; after a reload, the rest of `Brain.warm` too."""
    brain.entity_index(knowledge.current)

    def rebuild_all(new) -> None:
        brain.entity_index(new)
        brain.warm()

    async def rebuild(_old, new) -> None:
        await asyncio.to_thread(rebuild_all, new)

    knowledge.on_change(rebuild)


def warm_reading(brain: Brain) -> None:
    """What the first partners' messages would build on first use (`Brain.warm`), then every
    pattern no message has needed yet (`core.lazy_re`): after the warm-up, since reading
    creates pattern tables of its own."""
    try:
        brain.warm()
    except Exception:  # a warm-up that fails only leaves the costs to the first messages
        log.exception("warm-up failed; the first messages build what it would have")
    lazy_re.compile_pending()
    # the patterns functions pass to `re` as literals, into `re`'s cache (after the ~1,250 compiles
    # above went through it)
    lazy_re.warm_literal_calls(path for package in (core, intents, bot) for path in Path(package.__file__).parent.glob("*.py"))
    forget_parsed()  # the training files: parsed again only by a reload that needs them
    intent_lines.cache_clear()  # their lines, read by the indexes built above: likewise
    # What the warm-up built and dropped (the parsed training files, pattern parsing scratch)
    # goes back to the system, as the build's did at "bot ready" (perf14)
    release_free_memory()


def fault_name(fault: str | None, lang: Lang) -> str:
    """A store fault ("locked", "disk full", ...) as the staff chat reads it."""
    key = "staff_fault_" + (fault or "").replace(" ", "_").replace("/", "").replace("-", "_").lower()
    try:
        return t(key, lang)
    except KeyError:  # a fault without a text of its own: shown as the store says it
        return fault or "?"


async def report_to_staff(app: Application, text: str, kind: str = "knowledge") -> None:
    """Plain `text` to the staff chat, at most one report of `kind` every few minutes."""
    await app.bot.staff.report(kind, text)


def watch_store(app: Application, services: Services, loop: asyncio.AbstractEventLoop) -> None:
    """Tell staff once when the database stays unavailable (locked, read-only, disk full) and
    once when it recovers; partners keep getting answers from the knowledge meanwhile."""

    lang = services.settings.bot_staff_lang

    def on_fault(event: str, health) -> None:  # from the store's writer thread
        if event == "unavailable":
            text = t("staff_store_unavailable", lang, path=services.settings.db_path,
                     fault=fault_name(health.fault, lang), since=f"{health.since:%H:%M:%S}",
                     n=health.pending)
        else:
            text = t("staff_store_recovered", lang)
        # One report per outage (the store calls once each way): a kind of its own, so the
        # reporter's "one per kind every few minutes" never swallows a second outage.
        kind = f"store_{event}:{health.since or ''}"
        loop.call_soon_threadsafe(lambda: app.create_task(report_to_staff(app, text, kind)))

    services.store.on_fault(on_fault)


async def report_start_knowledge(app: Application, services: Services) -> None:
    """Tell staff when the bot started despite knowledge errors (from the last good copy, or
    with some announcements left out), with each error as `file:line:column`."""
    knowledge = services.knowledge
    report = knowledge.last_report
    if report.ok:
        return
    saved, lang = knowledge.started_from_last_good, services.settings.bot_staff_lang
    if saved is not None:
        head = t("staff_kb_started_last_good", lang, version=knowledge.current.version[:12],
                 saved=f"{saved:%Y-%m-%d %H:%M}")
    else:
        head = t("staff_kb_left_out", lang)
    await report_to_staff(app, head + "\n" + report.format(warnings=False, limit=20))


async def post_init(app: Application) -> None:
    """Open resources, start feature jobs and the knowledge watcher, publish the command menu."""
    settings: Settings = app.bot_data["settings"]
    try:
        services = await asyncio.to_thread(build_services, settings, app.bot_data.get("store"))
    except KnowledgeError as exc:  # never a good version: refuse to start, but say why
        chat = settings.bot_staff_chat_id
        if chat:
            try:
                await app.bot.send_message(chat, (
                    t("staff_kb_cannot_start", settings.bot_staff_lang) + "\n"
                    + exc.report.format(warnings=False, limit=20))[:4000])
            except TelegramError:
                log.exception("could not tell staff why the bot cannot start")
        raise
    app.bot_data["services"] = services
    loop = asyncio.get_running_loop()

    def knowledge_failed(report) -> None:
        lang = settings.bot_staff_lang
        head = t("staff_kb_partial", lang) if report.servable else t("staff_kb_failed", lang)
        errors = report.format(warnings=False, limit=20)
        # A kind per set of errors: the watcher seeing the same broken files again stays quiet,
        # but a new mistake (broken, fixed, broken again within minutes) is reported.
        kind = "knowledge:" + hashlib.sha256(errors.encode()).hexdigest()[:12]
        loop.call_soon_threadsafe(lambda: app.create_task(
            report_to_staff(app, head + "\n" + errors, kind)))

    def knowledge_fixed(current) -> None:
        text = t("staff_kb_fixed", settings.bot_staff_lang, version=current.version[:12],
                 records=sum(current.counts().values()))
        # Once per stretch of errors, so never throttled: a kind of its own each time.
        kind = f"knowledge_fixed:{time.monotonic_ns()}"
        loop.call_soon_threadsafe(lambda: app.create_task(report_to_staff(app, text, kind)))

    services.knowledge.on_error(knowledge_failed)
    services.knowledge.on_fixed(knowledge_fixed)
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
        await set_commands(app, settings.bot_data_dir / MENU_RECORD)
    except TelegramError:
        log.warning("could not publish the command menu", exc_info=True)
    # No full pass first: the start-up leaves next to no cyclic garbage (~1,700 small objects,
    # no RSS to gain, at the shipped size) and a pass over the fresh heap costs ~0.1 s of the
    # start. The first reload unfreezes everything, so that little is collected then.
    freeze_heap(collect=False)

    def refreeze(_old, _new) -> None:  # in the reload's thread; the old snapshot must go first
        unfreeze_heap()
        loop.call_soon_threadsafe(loop.call_later, 5.0, freeze_heap)

    services.knowledge.on_change(refreeze)
    log.info("bot ready: knowledge %s", services.knowledge.current.version[:12])
    # What no message has needed yet is built and compiled now, in a thread: not in the start,
    # and not on the first partners' messages either (`warm_reading`). Kept so the task is not
    # lost.
    app.bot_data["compile_patterns"] = asyncio.create_task(
        asyncio.to_thread(warm_reading, services.brain), name="compile-patterns")


NO_FULL_PASS = 1 << 30
"""The collector's third threshold while the heap is unfrozen: no automatic full pass."""

_thresholds: tuple[int, int, int] | None = None  # the collector's own, while unfrozen


def unfreeze_heap() -> None:
    """After a reload: everything frozen goes back in the collector's sight, so that
    `freeze_heap`'s one full pass, a few seconds later, frees the old snapshot's reference
    cycles. Until then the collector makes no full pass of its own: the heap is the whole bot
    again, and an automatic pass over it holds the GIL (every thread, the event loop) for a
    few hundred milliseconds. A reload is what fires a knowledge file's announcement, and the
    audience of a 10,000-partner broadcast, built in that window, allocated enough to set off
    such a pass (`bench/replies.py`, load average 5-7: 244 ms as the first deliveries left,
    then `freeze_heap`'s own 392 ms). Young generations are still collected."""
    global _thresholds
    gc.unfreeze()
    if _thresholds is None:
        _thresholds = gc.get_threshold()
        gc.set_threshold(_thresholds[0], _thresholds[1], NO_FULL_PASS)


def freeze_heap(collect: bool = True) -> None:
    """Move everything alive now (knowledge snapshot, models, indexes: long-lived) out of the
    garbage collector's sight, so its full passes scan only what messages create: at 100x the
    shipped knowledge a full pass over the snapshot's objects paused replies for ~100 ms.
    After a reload everything is unfrozen and frozen again a few seconds later, once the old
    snapshot is gone (`collect`: frozen objects in reference cycles would never be freed). What
    the build freed goes back to the system then (`bot.memory.release_free_memory`).
    `python -m bot run` starts with the collector off (bot/__main__.py): this turns it on."""
    global _thresholds
    if collect:
        gc.collect()
    gc.freeze()
    if _thresholds is not None:  # `unfreeze_heap` held the full passes back until now
        gc.set_threshold(*_thresholds)
        _thresholds = None
    gc.enable()
    release_free_memory()


async def post_stop(app: Application) -> None:
    """Stop watching the knowledge folder once polling has stopped."""
    stop, watcher = app.bot_data.get("stop_watch"), app.bot_data.get("watcher")
    if stop:
        stop.set()
    if watcher:
        try:
            await asyncio.wait_for(watcher, timeout=5)
        except (TimeoutError, asyncio.CancelledError):
            watcher.cancel()


async def post_shutdown(app: Application) -> None:
    """Stop the features, then save the store's waiting writes (at most 3 s) and close it."""
    for module in reversed(features()):
        if hasattr(module, "shutdown"):
            await module.shutdown(app)
    services = app.bot_data.get("services")
    if services is not None:
        await asyncio.to_thread(services.store.close, 3.0)


def build_bot(settings: Settings) -> PartnerBot:
    """The bot every handler sends through: one send policy (BOT_SEND_RETRIES, the first after
    BOT_SEND_BACKOFF, a read time-out of BOT_SEND_TIMEOUT before a send is made again), one pace
    of BOT_SEND_RATE messages per second in front (replies first; broadcasts wait on the same
    pacer at a lower priority; a 429 pauses every send), staff reports to BOT_STAFF_CHAT_ID."""
    if settings.bot_token is None:
        raise ValueError("BOT_TOKEN is required for Telegram mode")
    timeout = settings.bot_send_timeout
    return PartnerBot(
        settings.bot_token.get_secret_value(),
        base_url=f"{settings.bot_api_url}/bot",
        base_file_url=f"{settings.bot_api_url}/file/bot",
        request=bot_api_request(connection_pool_size=256, read_timeout=timeout,
                                write_timeout=max(timeout, 20.0), connect_timeout=timeout,
                                pool_timeout=timeout),
        get_updates_request=bot_api_request(connection_pool_size=1),
        rate_limiter=PriorityLimiter(PriorityPacer(rate=settings.bot_send_rate)),
        policy=SendPolicy(attempts=settings.bot_send_retries + 1, base=settings.bot_send_backoff),
        staff_chat_id=settings.bot_staff_chat_id,
        staff_lang=settings.bot_staff_lang,
    )


def build_application(settings: Settings) -> Application:
    """The Application with its bot, persistence and handlers. The store is opened here (PTB
    reads the persisted flows before `post_init` builds the services) and shared with them."""
    settings.bot_data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(settings.db_path, alert_after=settings.bot_store_alert_seconds)
    bot = build_bot(settings)
    assert bot.pacer is not None  # build_bot puts the PriorityLimiter in front
    app = (Application.builder()
           .bot(bot)
           .context_types(ContextTypes(context=BotContext))
           .concurrent_updates(RepliesFirst(bot.pacer))  # broadcasts wait while a partner does
           .post_init(post_init)
           .post_stop(post_stop)
           .post_shutdown(post_shutdown)
           .persistence(StorePersistence(store))
           .build())
    app.bot_data["settings"] = settings
    app.bot_data["store"] = store  # the services get this one: one writer for every table
    permissions.sync_admins(settings.bot_admin_ids)
    permissions.register(app)
    flows.register(app)
    for module in features():
        module.register(app)
    return app


def run(settings: Settings) -> None:
    """Long polling (or webhooks with BOT_WEBHOOK_URL) until SIGTERM/SIGINT; see `bot.serve`."""
    from bot import serve

    if settings.bot_staff_chat_id is None:
        # (partners asking for a person are then told to write to the team, not promised a reply)
        log.warning("BOT_STAFF_CHAT_ID is not set: hand-offs and requests cannot reach staff in "
                    "Telegram; partners who ask for a person get the team's email instead")
    serve.run(build_application(settings), settings)
