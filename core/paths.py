"""Where the app's bundled files are, from source and from a frozen (PyInstaller) build."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder that holds resources/ and i18n/ (the bundle's folder when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """A path under resources/."""
    return app_root().joinpath("resources", *parts)


DEMO_SNAPSHOT = "demo-tenant.json"
