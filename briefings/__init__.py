"""briefing: cited, faithful briefings of news articles. This package is the domain; it never imports Textual."""

import os
from pathlib import Path

__version__ = "0.1.0"
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
"""Files larger than this are not read unless the user says otherwise."""
CACHE_ENV = "BRIEFING_CACHE"
"""Names the folder of the cache of briefings and the search index."""
LIBRARY_ENV = "BRIEFING_LIBRARY"
"""Names the folder pages fetched and standard input are saved in."""


def bundled_seeds() -> Path:
    """The folder of articles the reader opens when given no paths."""
    return Path(__file__).resolve().parent.parent / "seeds"


def user_folder(kind: str, env: str, override: Path | None = None) -> Path:
    """A folder of briefing's own: `override`, else the folder $`env` names, else the user's `kind` folder
    ("cache", "state" or "data") as platformdirs gives it (imported only then)."""
    if override is not None:
        return override
    if os.environ.get(env):
        return Path(os.environ[env]).expanduser()
    from platformdirs import user_cache_dir, user_data_dir, user_state_dir

    return Path({"cache": user_cache_dir, "state": user_state_dir, "data": user_data_dir}[kind]("briefing", appauthor=False))
