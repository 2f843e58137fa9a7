"""Declarative fault plans: what Azure or the network does wrong, injected into the emulator.

A ``FaultPlan`` is a ``FaultHook`` for ``ArmRouter(fault=...)`` (or
``core.session.gateway_for(snapshot, fault=...)``)::

    plan = FaultPlan([
        Fault("throttle", path="*/backupJobs", calls=(1, 2), retry_after=5),
        Fault("forbidden", path="*/vaults/rsv-prod-weu/*", every=True),
        Fault("reset", path="*/virtualMachines/*", probability=0.2, seed=7),
    ])

Each ``Fault`` matches requests by ``path`` (a case-insensitive glob on the percent-decoded
path, or a compiled regular expression searched in it) and ``method``, and fires on some
attempts of each matching request: ``calls`` (1-based, counted per distinct request, i.e.
method + path + query, so the SDK's retries of one request are attempts 2, 3, …), or
``every`` attempt, optionally only with ``probability`` (drawn from ``seed``, the request and
the attempt number, so a plan is deterministic whatever order threads send requests in).
The first fault that fires answers. Thread-safe.

Kinds that happen below HTTP (time-outs, a connection reset) are answered with the
``FAULT_HEADER`` marker; ``EmulatorTransport`` turns it into the exception azure-core's
requests transport raises for the real thing.
"""

from __future__ import annotations

import fnmatch
import json
import random
import re
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from core.emulator.wire import FAULT_HEADER, ArmRequest, ArmResponse, arm_error

if TYPE_CHECKING:
    from core.emulator.router import ArmRouter

KINDS: dict[str, str] = {
    "throttle": "429 TooManyRequests with Retry-After and x-ms-ratelimit-remaining-subscription-reads: 0",
    "throttle-no-retry-after": "429 TooManyRequests without Retry-After (ratelimit header 0)",
    "server-error": "500 InternalServerError",
    "unavailable": "503 ServiceUnavailable with Retry-After",
    "slow": "the normal answer after `delay` seconds (slept through the plan's sleep)",
    "timeout": "ServiceResponseTimeoutError after `delay` seconds (a read time-out)",
    "connect-timeout": "ServiceRequestTimeoutError (the connection could not be made in time)",
    "reset": "the connection is reset mid-body: ServiceResponseError, or IncompleteReadError "
    "while a streamed body is read",
    "truncated": "200 whose JSON body is cut in half",
    "html": "200 text/html: a proxy's sign-in page",
    "next-link-loop": "the normal list page, with a nextLink back to itself",
    "lro-forever": "202 + Azure-AsyncOperation whose status stays InProgress",
    "token-expired": "401 InvalidAuthenticationTokenExpired (WWW-Authenticate: invalid_token)",
    "forbidden": "403 AuthorizationFailed",
    "not-found": "404 ResourceNotFound (deleted between the list and the get)",
}
"""Every fault kind and what the emulator answers (see docs/snapshot-format.md)."""

RETRY_AFTER_S = 1.0
"""Retry-After of ``throttle`` and ``unavailable`` unless a fault says otherwise."""

_NEEDS_ANSWER = frozenset({"reset", "truncated", "next-link-loop"})
_LRO_HOST_PATH = "/providers/Microsoft.Emulator/locations/faults/operations/"


@dataclass(frozen=True)
class Fault:
    """One fault: its ``kind`` (see ``KINDS``), which requests and which attempts it hits.

    ``path``: glob (``*`` crosses ``/``; compared case-insensitively) or ``re.Pattern``.
    ``method``: '' for any, else e.g. 'GET'. ``calls``: attempts of each request that fail
    (1-based); ``every``: all attempts. ``probability``: fire only on that share of the
    attempts chosen, drawn deterministically from ``seed``. ``retry_after``: seconds for
    ``throttle``/``unavailable`` (None: no header). ``delay``: seconds for ``slow``/``timeout``.
    """

    kind: str
    path: str | re.Pattern[str] = "*"
    method: str = ""
    calls: tuple[int, ...] = (1,)
    every: bool = False
    probability: float | None = None
    seed: int = 0
    retry_after: float | None = RETRY_AFTER_S
    delay: float = 30.0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; known: {', '.join(KINDS)}")
        if self.probability is not None and not 0.0 <= self.probability <= 1.0:
            raise ValueError(f"probability must be in [0, 1], not {self.probability}")
        if not self.every and any(c < 1 for c in self.calls):
            raise ValueError("calls are 1-based attempt numbers")

    def matches(self, req: ArmRequest) -> bool:
        """True when ``req`` is one of the requests this fault hits."""
        if self.method and self.method.upper() != req.method:
            return False
        if isinstance(self.path, re.Pattern):
            return self.path.search(req.path) is not None
        return fnmatch.fnmatchcase(req.path.lower(), self.path.lower())

    def fires(self, req: ArmRequest, attempt: int) -> bool:
        """True when this fault answers ``attempt`` (1-based) of ``req``."""
        if not self.every and attempt not in self.calls:
            return False
        if self.probability is None:
            return True
        draw = random.Random(f"{self.seed}|{req.method}|{req.url}|{attempt}").random()
        return draw < self.probability


@dataclass(frozen=True)
class Injection:
    """A fault the plan answered with: which, on what, on which attempt."""

    kind: str
    method: str
    path: str
    attempt: int


class FaultPlan:
    """A list of faults, as one ``FaultHook``: ``ArmRouter(snapshot, fault=FaultPlan([...]))``.

    ``sleep`` is what ``slow`` and ``timeout`` wait through (pass a counter in tests). The
    router binds itself to the plan (``bind``) so that kinds that alter the real answer
    (``truncated``, ``reset``, ``next-link-loop``) can compute it. Safe to share among
    threads; ``injected`` lists what was injected, in order.
    """

    def __init__(
        self,
        faults: Iterable[Fault] = (),
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.faults = tuple(faults)
        self.sleep = sleep
        self._router: ArmRouter | None = None
        self._lock = threading.Lock()
        self._attempts: Counter[tuple[int, str, str]] = Counter()
        self._operations: set[str] = set()
        self._injected: list[Injection] = []

    def bind(self, router: ArmRouter) -> None:
        """Use ``router`` for the real answers that some kinds alter (the router calls this)."""
        self._router = router

    @property
    def injected(self) -> list[Injection]:
        """The faults injected so far, oldest first (a copy)."""
        with self._lock:
            return list(self._injected)

    def count(self, kind: str | None = None) -> int:
        """How many faults (of ``kind``) were injected."""
        return sum(1 for i in self.injected if kind is None or i.kind == kind)

    def __call__(self, req: ArmRequest) -> ArmResponse | None:
        """The faulty answer to ``req``, or None to let the router answer normally."""
        if _LRO_HOST_PATH.lower() in req.key:
            with self._lock:
                ours = req.key in self._operations
            if ours:
                return ArmResponse(200, {"status": "InProgress"}, {"Retry-After": "1"})
        chosen: Fault | None = None
        with self._lock:
            for index, fault in enumerate(self.faults):
                if not fault.matches(req):
                    continue
                key = (index, req.method, req.url)
                self._attempts[key] += 1
                if chosen is None and fault.fires(req, self._attempts[key]):
                    chosen = fault
                    self._injected.append(
                        Injection(fault.kind, req.method, req.path, self._attempts[key])
                    )
        return None if chosen is None else self._answer(chosen, req)

    # The answers ---------------------------------------------------------------------

    def _real(self, req: ArmRequest) -> ArmResponse:
        router = self._router
        if router is None:
            raise RuntimeError("FaultPlan is not bound to a router (ArmRouter(fault=plan))")
        return router.dispatch(req)

    def _base_url(self) -> str:
        router = self._router
        return router.base_url if router is not None else "https://management.azure.com"

    def _answer(self, fault: Fault, req: ArmRequest) -> ArmResponse | None:
        kind = fault.kind
        if kind in _NEEDS_ANSWER:
            if kind == "next-link-loop":
                first = replace(req, raw_query=_no_skiptoken(req), query=_no_skiptoken_map(req))
                return _looping(self._real(first), req, self._base_url())
            real = self._real(req)
            content = b"" if real.body is None else json.dumps(real.body).encode("utf-8")
            if kind == "truncated":
                return ArmResponse(real.status, content[: len(content) // 2], real.headers)
            return ArmResponse(real.status, content, {**real.headers, FAULT_HEADER: "reset"})
        if kind == "slow":
            self.sleep(fault.delay)
            return None
        if kind == "timeout":
            self.sleep(fault.delay)
            return ArmResponse(0, None, {FAULT_HEADER: f"read-timeout {fault.delay:g}"})
        if kind == "connect-timeout":
            return ArmResponse(0, None, {FAULT_HEADER: "connect-timeout"})
        if kind == "lro-forever":
            return self._operation(req)
        return _http_fault(fault, req)

    def _operation(self, req: ArmRequest) -> ArmResponse:
        segs = req.orig_segs
        sub = segs[1] if len(segs) > 1 and segs[0].lower() == "subscriptions" else "emulator"
        path = f"/subscriptions/{sub}{_LRO_HOST_PATH}{uuid.uuid4()}"
        with self._lock:
            self._operations.add(path.lower())
        url = f"{self._base_url()}{path}?api-version=2024-05-01"
        return ArmResponse(202, None, {"Azure-AsyncOperation": url, "Retry-After": "1"})


def _no_skiptoken(req: ArmRequest) -> tuple[tuple[str, str], ...]:
    return tuple((k, v) for k, v in req.raw_query if k.lower() != "$skiptoken")


def _no_skiptoken_map(req: ArmRequest) -> dict[str, str]:
    return {k: v for k, v in req.query.items() if k != "$skiptoken"}


def _looping(real: ArmResponse, req: ArmRequest, base_url: str) -> ArmResponse:
    """The first page of the real list, with a nextLink that leads back to that first page."""
    body = real.body
    if real.status != 200 or not isinstance(body, dict) or not isinstance(body.get("value"), list):
        return real
    query = urlencode(_no_skiptoken(req))
    link = f"{base_url}{req.raw_path}?{query}&$skiptoken=0"
    return ArmResponse(real.status, {**body, "nextLink": link}, real.headers)


def _http_fault(fault: Fault, req: ArmRequest) -> ArmResponse:
    """The ARM error answers: throttling, server errors, sign-in, permission, not found."""
    kind = fault.kind
    after = {} if fault.retry_after is None else {"Retry-After": f"{fault.retry_after:g}"}
    if kind in {"throttle", "throttle-no-retry-after"}:
        wait = fault.retry_after if kind == "throttle" and fault.retry_after is not None else 0
        resp = arm_error(
            429,
            "TooManyRequests",
            "Number of 'read' requests for subscription actor exceeded. Please try again after "
            f"{wait:g} seconds.",
        )
        headers = {"x-ms-ratelimit-remaining-subscription-reads": "0"}
        return ArmResponse(429, resp.body, {**headers, **(after if kind == "throttle" else {})})
    if kind == "server-error":
        return arm_error(500, "InternalServerError", "Encountered internal server error.")
    if kind == "unavailable":
        resp = arm_error(503, "ServiceUnavailable", "The service is temporarily unavailable.")
        return ArmResponse(503, resp.body, after)
    if kind == "html":
        page = (
            b"<!DOCTYPE html><html><head><title>Sign in to continue</title></head>"
            b"<body><form action='/proxy/login'>Corporate proxy: sign in</form></body></html>"
        )
        return ArmResponse(200, page, {"Content-Type": "text/html; charset=utf-8"})
    if kind == "token-expired":
        now = datetime.now(UTC)
        resp = arm_error(
            401,
            "InvalidAuthenticationTokenExpired",
            f"The access token expiry UTC time '{now - timedelta(minutes=5):%m/%d/%Y %I:%M:%S %p}'"
            f" is earlier than current UTC time '{now:%m/%d/%Y %I:%M:%S %p}'.",
        )
        challenge = (
            'Bearer authorization_uri="https://login.microsoftonline.com/common", '
            'error="invalid_token", error_description="The access token has expired."'
        )
        return ArmResponse(401, resp.body, {"WWW-Authenticate": challenge})
    if kind == "forbidden":
        return arm_error(
            403,
            "AuthorizationFailed",
            "The client 'reader@contoso.example' with object id "
            "'00000000-0000-0000-0000-00000000f403' does not have authorization to perform "
            f"action 'read' over scope '{req.path}' or the scope is invalid. If access was "
            "recently granted, please refresh your credentials.",
        )
    # not-found
    return arm_error(
        404,
        "ResourceNotFound",
        f"The Resource '{req.path}' was not found. For more details please go to "
        "https://aka.ms/ARMResourceNotFoundFix",
    )


def plan(*faults: Fault, sleep: Callable[[float], None] = time.sleep) -> FaultPlan:
    """``FaultPlan(faults)``, for short."""
    return FaultPlan(faults, sleep=sleep)


__all__ = ["KINDS", "Fault", "FaultPlan", "Injection", "plan"]
