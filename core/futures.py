"""Combine futures with callbacks, so no thread is spent waiting for other threads."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")
U = TypeVar("U")


def then(future: Future[T], fn: Callable[[T], U]) -> Future[U]:
    """A future of ``fn(result)``, computed in the thread that completes ``future``."""
    out: Future[U] = Future()

    def done(source: Future[T]) -> None:
        if out.cancelled():  # nobody waits for it any more (a stopped diagnosis)
            return
        try:
            out.set_result(fn(source.result()))
        except BaseException as exc:  # the error belongs to whoever reads the result
            out.set_exception(exc)

    future.add_done_callback(done)
    return out


def flatten(future: Future[Future[T] | T]) -> Future[T]:
    """A future of the inner result when ``future`` resolves to another future."""
    out: Future[T] = Future()

    def outer_done(source: Future[Any]) -> None:
        if out.cancelled():
            return
        try:
            inner = source.result()
        except BaseException as exc:
            out.set_exception(exc)
            return
        if isinstance(inner, Future):
            inner.add_done_callback(lambda f: _copy(f, out))
        else:
            out.set_result(inner)

    future.add_done_callback(outer_done)
    return out


def _copy(source: Future[T], target: Future[T]) -> None:
    if target.cancelled():
        return
    try:
        target.set_result(source.result())
    except BaseException as exc:
        target.set_exception(exc)
