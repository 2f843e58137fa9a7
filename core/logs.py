"""Rotating log files in the user's log folder, with secrets scrubbed before they are written."""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

APP_DIR = "BackupDoctor"
LOG_FILE = "backup-doctor.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
ENV_DIR = "BACKUP_DOCTOR_LOG_DIR"
"""Set to write the logs elsewhere (tests, a shared support folder)."""

FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

_SECRETS = (
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]{8,}"),
    re.compile(r"\beyJ[A-Za-z0-9_-]{10,}(?:\.[A-Za-z0-9_-]+){0,2}"),  # a JWT
    re.compile(
        r"(?i)((?:client_secret|password|secret|access_token|refresh_token)[\"']?\s*[=:]\s*[\"']?)[^\s\"'&,;]+"
    ),
    re.compile(r"(?i)(authorization[\"']?\s*[=:]\s*[\"']?)[^\"'\n]+"),
)


def scrub(text: str) -> str:
    """``text`` with tokens, secrets and authorization headers replaced by ``***``."""
    for pattern in _SECRETS:
        text = pattern.sub(lambda m: (m.group(1) if m.groups() else "") + "***", text)
    return text


class ScrubbingFormatter(logging.Formatter):
    """A formatter that scrubs secrets from the whole record, traceback included."""

    def format(self, record: logging.LogRecord) -> str:
        """Override: format, then scrub."""
        return scrub(super().format(record))


def log_dir() -> Path:
    """Where the log files live: $BACKUP_DOCTOR_LOG_DIR, else the OS's per-user log folder."""
    configured = os.environ.get(ENV_DIR, "").strip()
    return Path(configured) if configured else Path(user_log_dir(APP_DIR, appauthor=False))


def log_path() -> Path:
    """The current log file."""
    return log_dir() / LOG_FILE


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log our records (and Azure's warnings) to the rotating file; return its path.

    Idempotent. A folder that cannot be written leaves logging to stderr only and returns
    None: the app must run where it cannot write logs.
    """
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and getattr(handler, "backup_doctor", False):
            return Path(handler.baseFilename)
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.backup_doctor = True  # type: ignore[attr-defined]  # marks our handler
    handler.setFormatter(ScrubbingFormatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.WARNING, level))
    for name in ("core", "gui"):
        logging.getLogger(name).setLevel(level)
    logging.getLogger("azure").setLevel(logging.WARNING)  # the SDK's own INFO logs headers
    return path
