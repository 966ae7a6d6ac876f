"""A web server on 127.0.0.1 for the tests of fetching: each path answers as a test sets it (no traffic leaves
the machine). A route is a response (status, headers, body) or a function of the request that returns one."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Response = tuple[int, dict[str, str], bytes]
Route = Response | Callable[[BaseHTTPRequestHandler], Response]


@dataclass
class WebServer:
    """Routes by path; `requests` lists each path asked for, with its conditional headers."""

    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str | None]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


def serve() -> Iterator[WebServer]:
    """Run a server in a thread for as long as the generator is held open."""
    web = WebServer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            web.requests.append((self.path, self.headers.get("If-None-Match")))
            route = web.routes.get(self.path)
            if route is None:
                status, headers, body = 404, {"Content-Type": "text/html"}, b"<html><body>Not here</body></html>"
            else:
                status, headers, body = route(self) if callable(route) else route
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client stopped reading, as tested
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    web.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield web
    finally:
        server.shutdown()
        server.server_close()
