"""Untrusted text is text: plain labels, escaped rich text, links only to Microsoft's hosts.

Names, notes and messages come from Azure or a snapshot; anyone who may write a lock note
could otherwise put a link or an image into the app. Every label that can show such a
string is plain text (``plain``); rich text is built here only, from escaped values, with
links the app makes itself (``safe_link``); tooltips go through ``tooltip``, because Qt
renders a tooltip as rich text whenever ``Qt.mightBeRichText`` says so.
"""

from __future__ import annotations

from html import escape
from typing import TypeVar
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

ALLOWED_HOSTS = frozenset(
    {
        "learn.microsoft.com",
        "go.microsoft.com",
        "aka.ms",
        "portal.azure.com",
        "portal.azure.us",
        "portal.azure.cn",
    }
)
"""The only hosts a link in the app's rich text may point to (docs and the clouds' portals)."""

L = TypeVar("L", QLabel, QMessageBox)


def allowed_url(url: str) -> bool:
    """True for an https URL on an allow-listed host (no credentials, no port)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return False
    return (
        parts.scheme == "https"
        and (parts.hostname or "") in ALLOWED_HOSTS
        and parts.username is None
        and parts.password is None
        and port is None
    )


def escaped(value: str) -> str:
    """``value`` escaped for rich text (quotes too, so it may sit in an attribute)."""
    return escape(value, quote=True)


def safe_link(url: str, title: str) -> str:
    """A link to ``url`` showing ``title``, or '' when ``url`` is not on an allowed host."""
    if not allowed_url(url):
        return ""
    return f'<a href="{escape(url.strip(), quote=True)}">{escape(title)}</a>'


def para(value: str) -> str:
    """``value`` as an escaped paragraph."""
    return f"<p>{escape(value)}</p>"


def tooltip(value: str) -> str:
    """A tooltip that shows ``value`` as plain text, whatever it holds ('' stays '').

    ``white-space:pre`` keeps line breaks and does not wrap: laid out as Qt lays out a
    plain-text tooltip.
    """
    if not value:
        return ""
    return f"<p style='white-space:pre'>{escape(value, quote=False)}</p>"


def plain(widget: L) -> L:
    """Show a label's or message box's text as plain text (returns it, for chaining)."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget
