"""The ARM emulator's front door: one request in, one ARM-shaped JSON answer out."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

from core.emulator.handlers import Ctx, find_route
from core.emulator.snapshot import Snapshot
from core.emulator.wire import ArmRequest, ArmResponse, arm_error

DEFAULT_BASE_URL = "https://management.azure.com"

FaultHook = Callable[[ArmRequest], ArmResponse | None]
"""Called for every request before routing; a response it returns is sent instead."""


@dataclass(frozen=True)
class RequestRecord:
    """One served request, for the activity panel: when, what, the answer and how long.

    ``path`` is percent-decoded; ``query`` is the raw query string (without ``?``).
    """

    at: datetime
    method: str
    path: str
    status: int
    elapsed: float
    query: str = ""


class ArmRouter:
    """Answers ARM requests from a snapshot the way Azure Resource Manager would.

    Thread-safe: many threads may call ``handle`` at once. ``latency`` (seconds) is slept
    through ``sleep`` before each request; ``fault`` may replace any answer.
    """

    def __init__(
        self,
        snapshot: Snapshot,
        page_size: int = 100,
        base_url: str = DEFAULT_BASE_URL,
        *,
        latency: float = 0.0,
        sleep: Callable[[float], None] = time.sleep,
        fault: FaultHook | None = None,
        log_size: int = 10_000,
        listener: Callable[[RequestRecord], None] | None = None,
    ) -> None:
        self.snapshot = snapshot
        self.latency = latency
        self.sleep = sleep
        self._fault: FaultHook | None = None
        self.fault = fault
        self.listener = listener
        self._ctx = Ctx(snapshot, max(1, page_size), base_url.rstrip("/"))
        self._log: deque[RequestRecord] = deque(maxlen=log_size)
        self._log_lock = threading.Lock()

    @property
    def fault(self) -> FaultHook | None:
        """The fault hook; one with a ``bind(router)`` method (a FaultPlan) is bound to us."""
        return self._fault

    @fault.setter
    def fault(self, hook: FaultHook | None) -> None:
        bind = getattr(hook, "bind", None)
        if callable(bind):
            bind(self)
        self._fault = hook

    @property
    def base_url(self) -> str:
        """The scheme and host that absolute links (``nextLink``) start with."""
        return self._ctx.base_url

    @property
    def page_size(self) -> int:
        """Items per list page."""
        return self._ctx.page_size

    def handle(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> tuple[int, dict[str, str], bytes]:
        """Answer one request: (status, headers, body bytes). Never raises."""
        at = datetime.now(UTC)
        started = time.perf_counter()
        req = ArmRequest.parse(method, url, headers, body)
        try:
            if self.latency > 0:
                self.sleep(self.latency)
            fault = self.fault
            resp = fault(req) if fault is not None else None
            if resp is None:
                resp = self.dispatch(req)
        except Exception as exc:  # an emulator bug answers 500, as a server would
            resp = arm_error(500, "InternalServerError", f"Emulator error: {exc!r}")
        status, out_headers, content = _encode(req, resp)
        elapsed = time.perf_counter() - started
        record = RequestRecord(at, req.method, req.path, status, elapsed, urlsplit(url).query)
        with self._log_lock:
            self._log.append(record)
        listener = self.listener
        if listener is not None:
            listener(record)
        return status, out_headers, content

    def dispatch(self, req: ArmRequest) -> ArmResponse:
        """The answer to a parsed request: a recorded response, else the route table."""
        head = req.method == "HEAD"
        if head:
            req = replace(req, method="GET")
        recorded = self.snapshot.find_response(req.method, req.path)
        if recorded is not None:
            resp = ArmResponse(recorded.status, recorded.body, dict(recorded.headers))
        elif _recorded_only(req):
            resp = _not_captured(req)
        else:
            route = find_route(req)
            resp = route.handler(self._ctx, req) if route else _not_supported(req)
        if head:
            return ArmResponse(204 if resp.status == 200 else resp.status, None, resp.headers)
        return resp

    def requests(self) -> list[RequestRecord]:
        """The request log, oldest first (a copy)."""
        with self._log_lock:
            return list(self._log)

    def clear_requests(self) -> None:
        """Empty the request log."""
        with self._log_lock:
            self._log.clear()


RECORDED_ONLY = ("/providers/microsoft.insights/eventtypes/management/values",)
"""ARM reads a snapshot can only answer from ``responses`` (nothing stored answers them)."""


def _recorded_only(req: ArmRequest) -> bool:
    """True for reads only a recorded response answers: Microsoft Graph, the activity log."""
    if req.method != "GET":
        return False
    first = req.key.strip("/").split("/", 1)[0]
    return first not in {"subscriptions", "providers", "tenants"} or req.key.endswith(RECORDED_ONLY)


def _not_captured(req: ArmRequest) -> ArmResponse:
    """What a snapshot answers for a read it never captured: said so, not "does not exist"."""
    return arm_error(
        404,
        NOT_CAPTURED_CODE,
        f"The snapshot holds no answer for {req.method} {req.path}: it was not captured.",
    )


NOT_CAPTURED_CODE = "NotInSnapshot"
"""The error code of a read the snapshot did not capture (core.azure.errors words it)."""


def _not_supported(req: ArmRequest) -> ArmResponse:
    return arm_error(
        405,
        "MethodNotAllowed",
        f"The emulator serves a read-only snapshot: {req.method} {req.path} is not supported.",
    )


def _encode(req: ArmRequest, resp: ArmResponse) -> tuple[int, dict[str, str], bytes]:
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "x-ms-request-id": str(uuid.uuid4()),
        "x-ms-correlation-request-id": _header(req, "x-ms-client-request-id") or str(uuid.uuid4()),
    }
    headers.update(resp.headers)
    if resp.body is None or req.method == "HEAD":
        return resp.status, headers, b""
    if isinstance(resp.body, bytes | bytearray):
        return resp.status, headers, bytes(resp.body)
    return resp.status, headers, json.dumps(resp.body, separators=(",", ":")).encode("utf-8")


def _header(req: ArmRequest, name: str) -> str:
    for key, value in req.headers.items():
        if key.lower() == name:
            return value
    return ""
