"""No token, secret or authorization header reaches the log, the activity log or a report."""

from __future__ import annotations

import io
import logging

import pytest

from core import cli
from core.emulator.credential import EMULATOR_TOKEN
from core.logs import log_path, scrub, setup_logging

SECRETS = (EMULATOR_TOKEN, "Bearer ", "authorization:", "Authorization:")


def test_a_whole_session_leaves_no_token_anywhere() -> None:
    setup_logging(logging.DEBUG)
    logging.getLogger("core").setLevel(logging.DEBUG)
    outputs = []
    try:
        for fmt in ("json", "text"):
            out = io.StringIO()
            cli.main(["--demo", "--all", "--format", fmt], out=out)
            outputs.append(out.getvalue())
    finally:
        logging.getLogger("core").setLevel(logging.INFO)
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_path().read_text(encoding="utf-8")
    assert "read vms" in logged and "ok in" in logged  # the reads were logged, with outcomes
    for text in (logged, *outputs):
        for secret in SECRETS:
            assert secret not in text


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("Authorization: Bearer abcdefghijklmnop", "Authorization: ***"),
        ("token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln here", "token *** here"),
        ('{"client_secret": "s3cr3t-value"}', '{"client_secret": "***"}'),
        ("password=hunter2&user=x", "password=***&user=x"),
    ],
)
def test_scrub_removes_secrets_from_any_log_line(raw: str, kept: str) -> None:
    assert scrub(raw) == kept
