"""The store: SQLite through sqlite-utils. Never imports Qt."""
