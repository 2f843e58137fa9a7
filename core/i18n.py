"""Translation markers for core's user-visible texts.

Core never imports Qt. It marks its texts with ``QT_TRANSLATE_NOOP(context, text)``, which
``pyside6-lupdate`` extracts into the catalogs in ``i18n/``; the GUI translates them at
display time with ``QCoreApplication.translate(context, text)``. Here the marker returns the
English source text unchanged.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    del context
    return text
