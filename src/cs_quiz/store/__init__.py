"""The results folder: the SQLite store, its schema and migrations, records, and CSV/JSON export and import."""
