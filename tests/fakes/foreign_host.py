"""A web server that is not Slack: where a hostile redirect would send the app.

It records every request it gets (path and headers), so a test can prove the bot token
never reached it, and answers with a plausible document, so an app that followed the
redirect would have something to file.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PLANTED = b"Student: Eva (S001)\nType: reflection\n\nI plan my week on Sundays.\n"


@dataclass(frozen=True)
class Visit:
    path: str
    headers: dict[str, str]

    @property
    def had_authorization(self) -> bool:
        return "authorization" in self.headers


class ForeignHost:
    def __init__(self, body: bytes = PLANTED, *, drip_seconds: float = 0.0) -> None:
        self.body = body
        # With a pause, the body is sent a byte at a time, each after this long.
        self.drip_seconds = drip_seconds
        self.visits: list[Visit] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def url(self) -> str:
        # What server_address holds once bound, typed as the socket's (str, int).
        host, port = self._server.socket.getsockname()[:2]
        return f"http://{host}:{port}"

    def start(self) -> ForeignHost:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                headers = {name.lower(): value for name, value in self.headers.items()}
                with host._lock:
                    host.visits.append(Visit(self.path, headers))
                self.send_response(200)
                self.send_header("Content-Type", "text/markdown")
                self.send_header("Content-Length", str(len(host.body)))
                self.end_headers()
                try:
                    if not host.drip_seconds:
                        self.wfile.write(host.body)
                        return
                    for byte in host.body:
                        time.sleep(host.drip_seconds)
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler
