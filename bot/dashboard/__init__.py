"""The staff dashboard: Datasette, with plugins, on the bot's own database (read-only).

`metadata` (titles, descriptions, permissions; the one place staff-facing text lives),
`queries` (canned queries), `charts` (datasette-dashboards), `plugin` (login redirect),
`app` (building and serving). Started by `python -m bot dashboard`.
"""
