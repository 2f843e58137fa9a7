"""The emulator over loopback HTTPS, for tests that need real sockets and TLS.

The certificates come from ``trustme``: a throw-away CA and a server certificate for
127.0.0.1 and localhost, made afresh for every server.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import trustme

from core.emulator import ArmRouter, EmulatorCredential, Snapshot

HOST = "127.0.0.1"


@dataclass(frozen=True)
class ServerInfo:
    """A running emulator server: its base URL, the CA file to trust, and its router."""

    base_url: str
    ca_file: str
    router: ArmRouter

    def client_kwargs(self) -> dict[str, Any]:
        """Keyword arguments that point an azure-mgmt client at this server."""
        return {
            "credential": EmulatorCredential(),
            "base_url": self.base_url,
            "connection_verify": self.ca_file,
            "polling_interval": 0,
            "retry_backoff_factor": 0.0,
        }


class _Handler(BaseHTTPRequestHandler):
    """Hands every request to the server's router."""

    protocol_version = "HTTP/1.1"
    server: _ArmHttpServer

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        status, headers, content = self.server.router.handle(
            self.command, self.server.base_url + self.path, dict(self.headers.items()), body
        )
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        if content and self.command != "HEAD":
            self.wfile.write(content)

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the router keeps the request log."""


class _ArmHttpServer(ThreadingHTTPServer):
    daemon_threads = True
    router: ArmRouter
    base_url: str


@contextmanager
def serve(
    snapshot: Snapshot, *, page_size: int = 100, latency: float = 0.0
) -> Iterator[ServerInfo]:
    """Serve ``snapshot`` on https://127.0.0.1:<ephemeral port> until the block ends."""
    ca = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(HOST, "localhost").configure_cert(context)
    with TemporaryDirectory(prefix="bd-emulator-") as tmp:
        ca_file = Path(tmp) / "ca.pem"
        ca.cert_pem.write_to_path(str(ca_file))
        httpd = _ArmHttpServer((HOST, 0), _Handler)
        httpd.base_url = f"https://{HOST}:{httpd.server_address[1]}"
        httpd.router = ArmRouter(snapshot, page_size, httpd.base_url, latency=latency)
        httpd.socket = context.wrap_socket(
            httpd.socket, server_side=True, do_handshake_on_connect=False
        )
        thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        thread.start()
        try:
            yield ServerInfo(httpd.base_url, str(ca_file), httpd.router)
        finally:
            httpd.shutdown()
            httpd.server_close()
            thread.join(timeout=5)
