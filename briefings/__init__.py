"""briefing: cited, faithful briefings of news articles. This package is the domain; it never imports Textual."""

from pathlib import Path

__version__ = "0.1.0"
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
"""Files larger than this are not read unless the user says otherwise."""


def bundled_seeds() -> Path:
    """The folder of articles the reader opens when given no paths."""
    return Path(__file__).resolve().parent.parent / "seeds"
