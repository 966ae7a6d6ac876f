"""Fetching one URL with the limits a reader needs: timeouts, a size cap that holds while the body is decoded (so a
compressed bomb stops at the cap), few redirects, a clear user agent; conditional GET for feeds. httpx is imported
on the first fetch: opening the reader never pays for it."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from briefings import __version__

USER_AGENT = f"briefing/{__version__} (a terminal news reader; +https://pypi.org/project/briefing/)"
TIMEOUT = 15.0  # seconds to connect, and between two reads of the body
MAX_REDIRECTS = 5
MAX_BYTES = 10 * 1024 * 1024  # a body larger than this, once decoded, is refused


class FetchError(Exception):
    """A URL that could not be fetched; the message is one line naming it and the reason."""


@dataclass(frozen=True)
class Fetched:
    """A response: the URL it came from (after redirects), its content type, body, and the validators a conditional
    GET sends back. `body` is None when the server said the resource has not changed (304)."""

    url: str
    content_type: str
    body: bytes | None
    etag: str | None = None
    modified: str | None = None


def is_url(text: str) -> bool:
    """Whether `text` is an http or https URL (a path that merely looks like one is not)."""
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def fetch(
    url: str,
    *,
    etag: str | None = None,
    modified: str | None = None,
    max_bytes: int = MAX_BYTES,
    timeout: float = TIMEOUT,
) -> Fetched:
    """GET `url` (with If-None-Match / If-Modified-Since when `etag` / `modified` are given); FetchError says why
    it failed: no such host, refused, timed out, an HTTP error status, too many redirects, too large."""
    import httpx

    headers = {"User-Agent": USER_AGENT, "Accept": "text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    try:
        with (
            httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout, headers=headers) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code == 304:
                return Fetched(str(response.url), "", None, etag, modified)
            if response.status_code >= 400:
                raise FetchError(f"{url}: the server answered {response.status_code} {response.reason_phrase}".rstrip())
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url}: too large ({int(declared) / 1024 / 1024:.1f} MB; the limit is {max_bytes / 1024 / 1024:.0f} MB)")
            body = bytearray()
            for chunk in response.iter_bytes():  # decoded as it comes: a gzip bomb is cut at the limit
                body += chunk
                if len(body) > max_bytes:
                    raise FetchError(f"{url}: too large (more than {max_bytes / 1024 / 1024:.0f} MB once decoded)")
            return Fetched(
                str(response.url),
                response.headers.get("Content-Type", ""),
                bytes(body),
                response.headers.get("ETag"),
                response.headers.get("Last-Modified"),
            )
    except httpx.TooManyRedirects:
        raise FetchError(f"{url}: too many redirects (more than {MAX_REDIRECTS}; a loop?)") from None
    except httpx.TimeoutException:
        raise FetchError(f"{url}: timed out (no answer within {timeout:g} s)") from None
    except httpx.ConnectError as exc:
        raise FetchError(f"{url}: cannot connect ({_reason(exc)})") from None
    except httpx.DecodingError:
        raise FetchError(f"{url}: the body could not be decoded (damaged compression)") from None
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
        raise FetchError(f"{url}: {_reason(exc)}") from None


def _reason(exc: Exception) -> str:
    """An httpx error in a few words, on one line."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]
