"""Map Azure SDK exceptions to core's typed errors, with the target named."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from core.errors import (
    AuthError,
    AzureError,
    BackupDoctorError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    ThrottledError,
)
from core.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")

# User-facing messages; the GUI translates them in the "CoreErrors" context.
NO_SIGN_IN = QT_TRANSLATE_NOOP(
    "CoreErrors",
    "No Azure sign-in is available. Run 'az login' (or set the AZURE_* environment variables for a service principal), then try again.",
)
SIGN_IN_REFUSED = QT_TRANSLATE_NOOP(
    "CoreErrors",
    "Azure refused the sign-in. Sign in again, or check that the account may use this tenant.",
)
SIGN_IN_EXPIRED = QT_TRANSLATE_NOOP(
    "CoreErrors", "Your sign-in has expired or was revoked. Sign in again."
)
FORBIDDEN = QT_TRANSLATE_NOOP(
    "CoreErrors",
    "You do not have permission to read this. Ask for the Reader and Backup Reader roles on it.",
)
NOT_FOUND = QT_TRANSLATE_NOOP(
    "CoreErrors", "Azure says this does not exist (any more): it may have been deleted or moved."
)
THROTTLED = QT_TRANSLATE_NOOP(
    "CoreErrors", "Azure is throttling requests. Wait a minute, then try again."
)
AZURE_ERROR = QT_TRANSLATE_NOOP(
    "CoreErrors", "Azure answered with an error. Try again; if it persists, see details."
)
UNREACHABLE = QT_TRANSLATE_NOOP(
    "CoreErrors", "Azure could not be reached. Check the network connection and proxy settings."
)
UNEXPECTED = QT_TRANSLATE_NOOP("CoreErrors", "Reading from Azure failed unexpectedly.")
NOT_CAPTURED = QT_TRANSLATE_NOOP(
    "CoreErrors", "The snapshot does not hold this: it was not captured, so it cannot be checked offline."
)


def _arm_code(exc: Exception) -> str:
    error = getattr(exc, "error", None)
    code = getattr(error, "code", None)
    return str(code) if code else ""


def translate(exc: Exception, target: str) -> BackupDoctorError:
    """Turn an SDK or transport exception into a core error about ``target``."""
    from azure.core.exceptions import (
        ClientAuthenticationError,
        DecodeError,
        HttpResponseError,
        IncompleteReadError,
        ServiceRequestError,
        ServiceResponseError,
    )

    from core.azure.shape import UNEXPECTED_ANSWER, UnexpectedAnswerError

    if isinstance(exc, BackupDoctorError):
        return exc
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    from azure.identity import CredentialUnavailableError

    if isinstance(exc, CredentialUnavailableError) or "failed to retrieve a token" in detail:
        return AuthError(
            NO_SIGN_IN,
            detail,
            target=target,
        )
    if isinstance(exc, ClientAuthenticationError):
        status = getattr(exc, "status_code", None)
        # A 401 from ARM itself is an expired or revoked token; a credential's own failure
        # (no status) is a refused sign-in.
        message = SIGN_IN_EXPIRED if status == 401 else SIGN_IN_REFUSED
        return AuthError(message, detail, status=status, target=target)
    if isinstance(exc, IncompleteReadError):  # the connection broke while the body came in
        return NetworkError(UNREACHABLE, detail, target=target)
    if isinstance(exc, DecodeError | ValueError | TypeError | KeyError):
        return UnexpectedAnswerError(UNEXPECTED_ANSWER, detail, target=target)
    if isinstance(exc, HttpResponseError):
        status = exc.status_code or 0
        code = _arm_code(exc)
        detail = f"HTTP {status} {code}: {detail}".strip()
        kinds: dict[int, tuple[type[AzureError], str]] = {
            403: (
                PermissionDeniedError,
                FORBIDDEN,
            ),
            404: (NotFoundError, NOT_FOUND),
            429: (ThrottledError, THROTTLED),
        }
        cls, message = kinds.get(
            status,
            (AzureError, AZURE_ERROR),
        )
        if status == 401:
            cls, message = AuthError, SIGN_IN_EXPIRED
        if code == "NotInSnapshot":  # the emulator: a read the snapshot never captured
            cls, message = NotFoundError, NOT_CAPTURED
        return cls(message, detail, status=status, target=target)
    if isinstance(exc, ServiceRequestError | ServiceResponseError | TimeoutError | OSError):
        return NetworkError(
            UNREACHABLE,
            detail,
            target=target,
        )
    return AzureError(UNEXPECTED, detail, target=target)


@contextmanager
def reading(target: str) -> Iterator[None]:
    """Context manager: any SDK error inside becomes a core error about ``target``."""
    try:
        yield
    except Exception as exc:
        raise translate(exc, target) from exc
