"""The user's settings: `config.toml` in the user config folder (or the file $BRIEFING_CONFIG names), read with
tomllib and validated by pydantic (imported only when there is a file). A file that cannot be read, or a key with a
bad value, gives one line naming it and the default used instead; every other key still applies."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from briefings import DEFAULT_MAX_BYTES

CONFIG_ENV = "BRIEFING_CONFIG"
FILE_NAME = "config.toml"
_MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """What a user may set; each default is what the reader does without a config file."""

    theme: str | None = None
    """The reader's theme (a name from the palette's "Change theme"); unset: the theme last chosen there."""
    export_folder: Path | None = None
    """Where the reader's export dialog proposes to write; unset: the current folder."""
    cache: Path | None = None
    """The cache of briefings and the search index; unset: $BRIEFING_CACHE, else the user cache folder."""
    store: str | None = None
    """A shared library in a PostgreSQL database (a postgresql:// URL) to use instead of the cache; unset:
    $BRIEFING_STORE, else the cache."""
    library: Path | None = None
    """Where pages fetched (URLs, feeds) and standard input are saved; unset: $BRIEFING_LIBRARY, else the user data
    folder's library."""
    max_size: float = DEFAULT_MAX_BYTES / _MEGABYTE
    """Files larger than this many megabytes are skipped."""
    keys: dict[str, str] = field(default_factory=dict)
    """Binding id -> keys, comma-separated (Textual's names: "ctrl+n", "f2", "question_mark" or "?")."""

    @property
    def max_bytes(self) -> int:
        return int(self.max_size * _MEGABYTE)


def config_file() -> Path:
    """The file read: $BRIEFING_CONFIG, else config.toml in the user config folder (platformdirs)."""
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV]).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefing", appauthor=False)) / FILE_NAME


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """The settings in `path` (by default `config_file()`), and one line for each thing in it that could not be used.
    No file is no trouble: the defaults."""
    path = config_file() if path is None else path
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Settings(), []
    except OSError as exc:
        return Settings(), [f"{path}: cannot be read ({exc.strerror or exc}); the defaults are used"]
    import tomllib  # only when there is a file: every command starts here

    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return Settings(), [f"{path}: cannot be read ({exc}); the defaults are used"]
    return _validated(raw, path)


def _validated(raw: dict[str, Any], path: Path) -> tuple[Settings, list[str]]:
    """Validate `raw` key by key: a bad value is reported and left to its default, an unknown key ignored."""
    from pydantic import TypeAdapter, ValidationError

    known = {f.name for f in fields(Settings)}
    troubles = [f"{path}: {key}: no such setting; ignored" for key in raw if key not in known]
    raw = {key: value for key, value in raw.items() if key in known}
    adapter = TypeAdapter(Settings)
    while True:
        try:
            settings = adapter.validate_python(raw)
            break
        except ValidationError as exc:
            error = exc.errors()[0]
            key = str(error["loc"][0]) if error["loc"] else ""
            if key not in raw:  # nothing left to take out: cannot happen with a dict of known keys
                return Settings(), [*troubles, f"{path}: {error['msg']}; the defaults are used"]
            default = getattr(Settings(), key)
            troubles.append(f"{path}: {'.'.join(map(str, error['loc']))}: {error['msg']}; {_shown(default)} used")
            raw = {k: v for k, v in raw.items() if k != key}
    if settings.max_size <= 0:
        troubles.append(f"{path}: max_size: must be more than 0; {_shown(Settings.max_size)} used")
        settings = replace(settings, max_size=Settings.max_size)
    bad_keys = [binding for binding, keys in settings.keys.items() if not all(key.strip() for key in keys.split(","))]
    troubles.extend(f"{path}: keys.{binding}: no key given; the default keys used" for binding in bad_keys)
    settings = replace(settings, keys={b: k.replace(" ", "") for b, k in settings.keys.items() if b not in bad_keys})
    return _expanded(settings), troubles


def _expanded(settings: Settings) -> Settings:
    """Paths with a leading ~ made the user's home."""
    return replace(
        settings,
        export_folder=settings.export_folder.expanduser() if settings.export_folder else None,
        cache=settings.cache.expanduser() if settings.cache else None,
        library=settings.library.expanduser() if settings.library else None,
    )


def _shown(value: object) -> str:
    """A default as a reader of the message understands it."""
    if value is None:
        return "none (the built-in behaviour)"
    if isinstance(value, dict):
        return "the default keys"
    return f"the default {value:g}" if isinstance(value, float) else f"the default {value}"


def settings_toml(settings: Settings, keys: dict[str, str]) -> str:
    """The effective settings as a config file would give them; `keys` are every binding's keys in use."""
    lines = []
    for name in ("theme", "export_folder", "cache", "store", "library", "max_size"):
        value = getattr(settings, name)
        if name == "store" and value:
            value = _without_password(value)
        lines.append(f"# {name} = (not set)" if value is None else f"{name} = {_toml_value(value)}")
    lines.append("")
    lines.append("[keys]")
    lines.extend(f"{binding} = {_toml_value(bound)}" for binding, bound in sorted(keys.items()))
    return "\n".join(lines) + "\n"


def _without_password(url: str) -> str:
    """`url` with its password, if it holds one, shown as "***" (~/.pgpass or $PGPASSWORD keep it better)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if not parts.password:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@", 1)))


def _toml_value(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    import json  # a JSON string of ASCII is a TOML basic string (and shows no character a terminal would act on)

    return json.dumps(str(value))
