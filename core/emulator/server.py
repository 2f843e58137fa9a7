"""The emulator over loopback HTTPS, with a throw-away self-signed CA, for real sockets."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from core.emulator.credential import EmulatorCredential
from core.emulator.router import ArmRouter
from core.emulator.snapshot import Snapshot

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


def write_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """Create a CA and a server certificate for 127.0.0.1/localhost; return (ca, cert, key)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Backup Doctor emulator CA")])
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(cert_sign=True), critical=True)
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(cert_sign=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address(HOST)), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_file, cert_file, key_file


def _key_usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


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
    with tempfile.TemporaryDirectory(prefix="bd-emulator-") as tmp:
        ca_file, cert_file, key_file = write_certificates(Path(tmp))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_file, key_file)
        httpd = _ArmHttpServer((HOST, 0), _Handler)
        port = httpd.server_address[1]
        httpd.base_url = f"https://{HOST}:{port}"
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
