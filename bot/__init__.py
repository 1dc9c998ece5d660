"""The HISDA partner bot application: settings, storage wiring, Telegram transport, console chat, CLI."""
