"""Typed errors raised by core, each with a user-facing message and technical detail."""

from __future__ import annotations


class BackupDoctorError(Exception):
    """Base of every error core raises on purpose.

    ``message`` is an English sentence a user can act on; ``detail`` is the technical
    detail (status code, ARM error code, request id) shown one click away.
    """

    exit_code = 1

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.message}\n{self.detail}" if self.detail else self.message


class InputError(BackupDoctorError):
    """Bad command-line usage or unusable input (a missing VM, a bad option)."""

    exit_code = 2


class SnapshotError(InputError):
    """A snapshot file that cannot be read or does not follow the format."""


class AzureError(BackupDoctorError):
    """Azure answered with an error, or could not be reached."""

    exit_code = 3

    def __init__(
        self, message: str, detail: str = "", *, status: int | None = None, target: str = ""
    ) -> None:
        super().__init__(message, detail)
        self.status = status
        self.target = target


class AuthError(AzureError):
    """Sign-in failed or the token was refused."""


class PermissionDeniedError(AzureError):
    """The signed-in identity may not read or change the target (403)."""


class NotFoundError(AzureError):
    """The target does not exist (404)."""


class ThrottledError(AzureError):
    """Azure kept answering 429 after the retries."""


class NetworkError(AzureError):
    """Azure could not be reached: DNS, proxy, TLS or a time-out."""
