"""Refuse ARM answers whose shape says nothing: a 200 that is not the JSON a GET returns.

A list read whose body is ``{}``, empty, HTML or has a ``value`` that is not a list would
otherwise read as "no items", and a check would pass on evidence that was never there.
"""

from __future__ import annotations

import json
import threading
from typing import Any
from urllib.parse import unquote, urlsplit

from core.errors import AzureError
from core.i18n import QT_TRANSLATE_NOOP

UNEXPECTED_ANSWER = QT_TRANSLATE_NOOP(
    "CoreErrors",
    "Azure answered with something that is not the expected data, so it could not be read. Try again; if it persists, see details.",
)

ARM_ROOTS = ("subscriptions", "providers", "tenants")
"""First path segments of ARM requests (other hosts, such as Microsoft Graph, are left alone)."""


class UnexpectedAnswerError(AzureError):
    """Azure answered 200 with a body that is not the object or list a GET returns."""


SINGLETONS = frozenset({"instanceview"})
"""Last segments of GET paths that return one object without an id (``…/instanceView``)."""

OPERATION_SEGMENTS = frozenset(
    {"operations", "operationstatuses", "operationresults", "asyncoperations", "operationsstatus"}
)
"""Path segments of long-running operations' status polls (their bodies are statuses)."""


def is_operation_poll(path: str) -> bool:
    """True for a GET that polls a long-running operation (Azure-AsyncOperation, Location)."""
    return any(s.lower() in OPERATION_SEGMENTS for s in unquote(path).split("/"))


def is_singleton_path(path: str) -> bool:
    """True for a GET of a sub-object such as a VM's instance view."""
    segments = [s for s in unquote(path).split("/") if s]
    return bool(segments) and segments[-1].lower() in SINGLETONS


def is_list_path(path: str) -> bool:
    """True when an ARM GET path names a collection (an odd number of segments)."""
    segments = [s for s in unquote(path).split("/") if s]
    return len(segments) % 2 == 1 and not is_singleton_path(path)


def problem_of(path: str, body: Any) -> str:
    """What is wrong with a GET answer's parsed ``body`` for ``path`` ('' when nothing is)."""
    if not isinstance(body, dict):
        kind = "nothing" if body is None else type(body).__name__
        return f"expected a JSON object, found {kind}"
    if is_list_path(path):
        if "value" not in body:
            return "a list answer without 'value'"
        if not isinstance(body["value"], list):
            return f"'value' is {type(body['value']).__name__}, not a list"
        return ""
    if not is_singleton_path(path) and not body.get("id") and not body.get("name"):
        return "an object without 'id'"
    return ""


class _Seen(threading.local):
    """The request ids of the answers this thread received since the last ``take_request_ids``."""

    def __init__(self) -> None:
        self.ids: list[str] = []


_seen = _Seen()


def take_request_ids() -> list[str]:
    """The request ids this thread's answers carried since the last call (for the log)."""
    ids, _seen.ids = _seen.ids, []
    return ids


def check_answer(pipeline_response: Any) -> None:
    """``raw_response_hook`` for every ARM client: note the request id, and raise on a 200
    GET answer that says nothing.

    Streamed reads (a VM with its instance view) are checked where they are parsed.
    """
    request = pipeline_response.http_request
    response = pipeline_response.http_response
    request_id = response.headers.get("x-ms-request-id", "")
    _seen.ids.append(
        f"{response.status_code}:{request_id}" if request_id else str(response.status_code)
    )
    if request.method != "GET" or response.status_code != 200:
        return
    if pipeline_response.context.options.get("stream"):
        return
    path = urlsplit(request.url).path
    first = next((s for s in path.split("/") if s), "").lower()
    if first not in ARM_ROOTS or is_operation_poll(path):
        return
    try:
        text = response.text()
        body = json.loads(text) if text.strip() else None
    except (ValueError, UnicodeDecodeError):
        body = "not JSON"
    problem = problem_of(path, body)
    if problem:
        raise UnexpectedAnswerError(
            UNEXPECTED_ANSWER, f"GET {unquote(path)}: HTTP 200 with {problem}", status=200
        )
