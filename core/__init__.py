"""Shared, transport-independent building blocks: languages, the knowledge base and the SQLite store.

`bot`, `intents` and `jobs` all import from here; nothing here imports them.
"""
