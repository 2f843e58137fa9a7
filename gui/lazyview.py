"""A mixin for views that read their data in the background when shown, and when stale."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QWidget

    from gui.ops import Op

    _Widget = QWidget
    """For the type checker the mixin is a widget (it is mixed into one)."""
else:
    _Widget = object


class LazyLoading(_Widget):
    """Mix into a QWidget subclass (first in the bases): nothing is read until it is shown.

    The view implements ``reload()``, starting it with ``begin_reload()``, and keeps the
    background operation it starts in ``_op``, so that a newer read cancels an older one.
    """

    _stale: bool = True
    _op: Op[Any] | None = None

    def mark_stale(self) -> None:
        """The shown data is out of date: read again now if visible, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def refresh(self) -> None:
        """The source was read again (the view contract's refresh): ``mark_stale()``."""
        self.mark_stale()

    def forget(self) -> None:
        """Drop what is shown and any read under way (the source closed); read again on show."""
        if self._op is not None:
            self._op.cancel()
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget::showEvent: read when first shown, or when stale."""
        super().showEvent(event)
        if self._stale:
            self.reload()

    def begin_reload(self) -> None:
        """Cancel a read under way and clear the stale mark (the first step of reload())."""
        if self._op is not None:
            self._op.cancel()
        self._stale = False

    def reload(self) -> None:
        """Read the view's data again (the view implements it)."""
        raise NotImplementedError
