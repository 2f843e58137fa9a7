"""The window's commands that open something: documentation, shortcuts, about, theme, language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from gui import icons, settings
from gui.richtext import escaped
from gui.theme import Theme, ThemeMode

if TYPE_CHECKING:
    from gui.chrome import WindowActions

DOCS_URL = "https://learn.microsoft.com/azure/backup/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout"


def open_docs() -> None:
    """Open Microsoft's troubleshooting guide in the browser."""
    QDesktopServices.openUrl(QUrl(DOCS_URL))


def show_shortcuts(parent: QWidget, actions: WindowActions) -> None:
    """A box listing the keyboard shortcuts (read from the actions, so they cannot drift)."""
    rows = [
        (actions.refresh, QCoreApplication.translate("MainWindow", "Refresh")),
        (actions.find, QCoreApplication.translate("MainWindow", "Search")),
        (actions.diagnose, QCoreApplication.translate("MainWindow", "Diagnose the selected VM")),
        (actions.focus_tree, QCoreApplication.translate("MainWindow", "Go to the tree")),
        (actions.focus_detail, QCoreApplication.translate("MainWindow", "Go to the current view")),
        (
            actions.focus_activity,
            QCoreApplication.translate("MainWindow", "Go to the activity panel"),
        ),
        (actions.next_tab, QCoreApplication.translate("MainWindow", "Next tab")),
        (actions.close, QCoreApplication.translate("MainWindow", "Close the tenant")),
    ]
    native = QKeySequence.SequenceFormat.NativeText
    lines = [
        f"<tr><td><b>{escaped(' / '.join(s.toString(native) for s in a.shortcuts()))}</b></td>"
        f"<td>&nbsp;&nbsp;{escaped(text)}</td></tr>"
        for a, text in rows
    ]
    copy_id, menu = (
        QCoreApplication.translate("MainWindow", "Copy the selected resource ID"),
        QCoreApplication.translate("MainWindow", "Context menu of the selected resource"),
    )
    lines.append(f"<tr><td><b>Ctrl+C</b></td><td>&nbsp;&nbsp;{escaped(copy_id)}</td></tr>")
    lines.append(f"<tr><td><b>Shift+F10</b></td><td>&nbsp;&nbsp;{escaped(menu)}</td></tr>")
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText("<table>" + "".join(lines) + "</table>")
    box.open()


def show_about(parent: QWidget) -> None:
    """The About box."""
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Backup Doctor"),
        QCoreApplication.translate(
            "MainWindow",
            "<b>Backup Doctor for Azure</b><p>Checks the documented causes of failed Azure VM "
            "backups, one by one, with the evidence.</p><p>Read-only: it never changes your Azure "
            "resources.</p>",
        ),
    )


def choose_theme(theme: Theme | None, mode: ThemeMode) -> None:
    """View → Theme: remember the choice and apply it now."""
    settings.set_value(settings.THEME, mode.value)
    if theme is not None:
        theme.apply(mode)


def restyle(window: QWidget) -> None:
    """The palette changed: recolour the icons and the banners."""
    icons.forget_colours()
    from gui.widgets import Banner

    for banner in window.findChildren(Banner):
        banner.restyle()
    window.update()


def choose_language(parent: QWidget, code: str) -> None:
    """View → Language: remember the choice; it applies on restart (say so)."""
    settings.set_value(settings.LANGUAGE, code)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MainWindow", "Language"),
        QCoreApplication.translate(
            "MainWindow", "The new language applies the next time Backup Doctor starts."
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.open()
