"""The Textual reader for briefing; it asks `briefings` for everything it shows."""
