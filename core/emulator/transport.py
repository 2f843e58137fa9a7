"""An azure-core transport that hands SDK requests to the emulator in process (no sockets)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator, MutableMapping
from http import HTTPStatus
from typing import Any
from urllib.parse import urlencode

from azure.core.exceptions import (
    HttpResponseError,
    IncompleteReadError,
    ServiceRequestTimeoutError,
    ServiceResponseError,
    ServiceResponseTimeoutError,
)
from azure.core.pipeline.transport import HttpTransport
from azure.core.rest import HttpRequest, HttpResponse
from azure.core.utils import case_insensitive_dict

from core.emulator.credential import EmulatorCredential
from core.emulator.router import ArmRouter
from core.emulator.wire import FAULT_HEADER


class EmulatorResponse(HttpResponse):
    """A complete in-memory response: ``azure.core.rest.HttpResponse`` plus legacy ``body()``."""

    def __init__(self, request: Any, status: int, headers: dict[str, str], content: bytes) -> None:
        self._request = request
        self._status = status
        self._headers: MutableMapping[str, str] = case_insensitive_dict(headers)
        self._content = content
        self._encoding: str | None = None
        self._closed = False
        self._consumed = False
        self.internal_response: Any = None

    @property
    def request(self) -> HttpRequest:
        return self._request  # type: ignore[no-any-return]

    @property
    def status_code(self) -> int:
        return self._status

    @property
    def headers(self) -> MutableMapping[str, str]:
        return self._headers

    @property
    def reason(self) -> str:
        try:
            return HTTPStatus(self._status).phrase
        except ValueError:
            return ""

    @property
    def content_type(self) -> str | None:
        return self._headers.get("Content-Type")

    @property
    def is_closed(self) -> bool:
        return self._closed

    @property
    def is_stream_consumed(self) -> bool:
        return self._consumed

    @property
    def encoding(self) -> str | None:
        return self._encoding

    @encoding.setter
    def encoding(self, value: str | None) -> None:
        self._encoding = value

    @property
    def url(self) -> str:
        return str(self._request.url)

    @property
    def content(self) -> bytes:
        return self._content

    def body(self) -> bytes:
        """The body bytes (the legacy ``pipeline.transport.HttpResponse`` API)."""
        return self._content

    def text(self, encoding: str | None = None) -> str:
        return self._content.decode(encoding or self._encoding or "utf-8-sig")

    def json(self) -> Any:
        return json.loads(self.text())

    def raise_for_status(self) -> None:
        if self._status >= 400:
            raise HttpResponseError(response=self)

    def __enter__(self) -> EmulatorResponse:
        return self

    def __exit__(self, *args: Any) -> None:
        self.close()

    def close(self) -> None:
        self._closed = True

    def read(self) -> bytes:
        self._consumed = True
        return self._content

    def iter_raw(self, **kwargs: Any) -> Iterator[bytes]:
        self._consumed = True
        yield self._content

    def iter_bytes(self, **kwargs: Any) -> Iterator[bytes]:
        self._consumed = True
        yield self._content

    def stream_download(self, pipeline: Any, **kwargs: Any) -> Iterator[bytes]:
        """Legacy streaming API: the whole body in one chunk."""
        return self.iter_bytes()


class EmulatorTransport(HttpTransport[Any, Any]):
    """Sends each request to an ``ArmRouter`` in this process; safe to share across threads.

    ``latency`` seconds are slept (through ``sleep``) before each request. ``sleep()``, which
    the retry and polling policies call between attempts, does not wait: it only counts.
    """

    def __init__(
        self, router: ArmRouter, latency: float = 0.0, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.router = router
        self.latency = latency
        self._sleep = sleep
        self._lock = threading.Lock()
        self.slept = 0.0

    def send(self, request: Any, **kwargs: Any) -> EmulatorResponse:
        """Answer one request through the router."""
        if self.latency > 0:
            self._sleep(self.latency)
        headers = {str(k): str(v) for k, v in request.headers.items()}
        status, out_headers, content = self.router.handle(
            request.method, request.url, headers, _body_bytes(request)
        )
        fault = next((v for k, v in out_headers.items() if k.lower() == FAULT_HEADER), None)
        if fault is not None:
            return _fail(request, fault, status, out_headers, content, bool(kwargs.get("stream")))
        return EmulatorResponse(request, status, out_headers, content)

    def sleep(self, duration: float) -> None:
        """Retry/poll back-off: counted, not waited."""
        with self._lock:
            self.slept += duration

    def open(self) -> None:
        """Nothing to open."""

    def close(self) -> None:
        """Nothing to close (the transport can be shared by many clients)."""

    def __enter__(self) -> EmulatorTransport:
        return self

    def __exit__(self, *args: Any) -> None:
        self.close()


class _ResetResponse(EmulatorResponse):
    """A streamed response whose connection is reset after half of the body."""

    def iter_bytes(self, **kwargs: Any) -> Iterator[bytes]:
        self._consumed = True
        half = len(self._content) // 2
        yield self._content[:half]
        short = f"IncompleteRead({half} bytes read, {len(self._content) - half} more expected)"
        raise IncompleteReadError(f"('Connection broken: {short}', {short})")

    iter_raw = iter_bytes

    def read(self) -> bytes:
        return b"".join(self.iter_bytes())

    @property
    def content(self) -> bytes:
        return self.read()

    def body(self) -> bytes:
        return self.read()


def _fail(
    request: Any, fault: str, status: int, headers: dict[str, str], content: bytes, stream: bool
) -> EmulatorResponse:
    """Raise what azure-core's requests transport raises for ``fault`` (see faults.py).

    A reset of a streamed body happens while the caller reads it, as with a socket.
    """
    host = str(getattr(request, "url", "")).split("/")[2:3] or ["management.azure.com"]
    if fault.startswith("read-timeout"):
        seconds = fault.partition(" ")[2] or "30"
        raise ServiceResponseTimeoutError(
            f"HTTPSConnectionPool(host='{host[0]}', port=443): Read timed out. "
            f"(read timeout={seconds})"
        )
    if fault == "connect-timeout":
        raise ServiceRequestTimeoutError(
            f"HTTPSConnectionPool(host='{host[0]}', port=443): Max retries exceeded "
            "(Caused by ConnectTimeoutError: Connection to the host timed out. "
            "(connect timeout=10))"
        )
    clean = {k: v for k, v in headers.items() if k.lower() != FAULT_HEADER}
    if stream:
        return _ResetResponse(request, status, clean, content)
    raise ServiceResponseError(
        "('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))"
    )


def _body_bytes(request: Any) -> bytes:
    """The request body as bytes, whatever shape azure-core keeps it in."""
    data = request.content if isinstance(request, HttpRequest) else getattr(request, "data", None)
    if data is None:
        return b""
    if isinstance(data, bytes | bytearray):
        return bytes(data)
    if isinstance(data, str):
        return data.encode("utf-8")
    if isinstance(data, dict):
        return urlencode(data).encode("ascii")
    if hasattr(data, "read"):
        chunk = data.read()
        return chunk.encode("utf-8") if isinstance(chunk, str) else bytes(chunk)
    return b"".join(bytes(part) for part in data)


def make_client_kwargs(
    router: ArmRouter, *, latency: float = 0.0, transport: EmulatorTransport | None = None
) -> dict[str, Any]:
    """Keyword arguments that point any azure-mgmt client at the emulator.

    ``credential``, ``base_url``, ``transport``, ``polling_interval=0`` and retries that do
    not wait. Use as ``ComputeManagementClient(subscription_id=sub, **make_client_kwargs(r))``.
    """
    return {
        "credential": EmulatorCredential(),
        "base_url": router.base_url,
        "transport": transport or EmulatorTransport(router, latency=latency),
        "polling_interval": 0,
        "retry_backoff_factor": 0.0,
        "retry_backoff_max": 0,
    }
