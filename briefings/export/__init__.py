"""Exporters: a library of briefings written as JSON."""
