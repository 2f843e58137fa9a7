"""Import the Azure SDK client modules ahead of use (the GUI does it once its window shows).

The management SDK modules are large; importing one on first use stalls whichever thread
needs it, and its unmarshalling holds the GIL. A desktop app can pay that cost in the
background while the user reads the first screen.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from core.azure.clients import _CLIENTS


def client_modules() -> list[str]:
    """The SDK modules the gateway builds clients from, in first-use order."""
    return [module for module, _, _ in _CLIENTS.values()]


def preload(cancelled: Callable[[], bool] = lambda: False) -> list[str]:
    """Import every client module (stops early when ``cancelled()``); returns those imported."""
    done: list[str] = []
    for module in client_modules():
        if cancelled():
            break
        importlib.import_module(module)
        done.append(module)
    return done
