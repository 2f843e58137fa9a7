"""Thin table models over lists of core objects, a fast filter proxy and table view set-up."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gui.richtext import tooltip

T = TypeVar("T")

ItemRole = Qt.ItemDataRole.UserRole
"""data() returns the core object of the row."""
SortRole = Qt.ItemDataRole.UserRole + 1
"""data() returns a raw, comparable value for sorting."""
IdRole = Qt.ItemDataRole.UserRole + 2
"""data() returns the ARM id of the row's resource ('' when it has none)."""
NameRole = Qt.ItemDataRole.UserRole + 3
"""data() returns the short name of the row's resource."""

Index = QModelIndex | QPersistentModelIndex

_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: a header (marked with QT_TRANSLATE_NOOP("Columns", ...)) and accessors."""

    title: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    icon: Callable[[T], QIcon | None] | None = None
    tooltip: Callable[[T], str] | None = None
    """Plain text (names, messages): ``data()`` makes Qt show it as text, never as markup."""
    align_right: bool = False
    width: int = 0
    """Initial width in average characters (0: let the view decide)."""


def _sort_key(value: Any) -> tuple[bool, Any]:
    return (value is None or value == "", value if value is not None else 0)


class ObjectTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of core objects, one object per row.

    Subclasses set ``COLUMNS`` and may override the row hooks (font, background,
    foreground, resource id and name). ``data()`` never raises: a failing accessor shows
    an empty cell. Sorting happens here, in Python, on the columns' raw sort keys, which
    keeps it fast on large tables; the proxy only filters.
    """

    COLUMNS: ClassVar[Sequence[Column[Any]]] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._haystacks: list[str | None] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # Rows -----------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[T]) -> None:
        """Replace every row (keeps the current sort)."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort_column >= 0:
            self._rows.sort(key=self._key(self._sort_column), reverse=self._reversed())
        self._haystacks = [None] * len(self._rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[T], *, keep: int = 0) -> None:
        """Add rows at the end (unsorted); with ``keep``, drop the oldest beyond that many."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._haystacks.extend([None] * len(rows))
        self.endInsertRows()
        excess = len(self._rows) - keep if keep else 0
        if excess > 0:
            self.beginRemoveRows(QModelIndex(), 0, excess - 1)
            del self._rows[:excess]
            del self._haystacks[:excess]
            self.endRemoveRows()

    def rows(self) -> list[T]:
        """The rows, in the current order (a copy)."""
        return list(self._rows)

    def row(self, row: int) -> T:
        """The object of a row."""
        return self._rows[row]

    def replace_row(self, row: int, obj: T) -> None:
        """Put a new version of a row's object in place and repaint only that row."""
        self._rows[row] = obj
        self._haystacks[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def find_row(self, match: Callable[[T], bool]) -> int:
        """The first row whose object matches, or -1."""
        return next((i for i, obj in enumerate(self._rows) if match(obj)), -1)

    def haystack(self, row: int) -> str:
        """The row's text in lower case, for the search filter (computed once)."""
        text = self._haystacks[row]
        if text is None:
            obj = self._rows[row]
            parts = []
            for column in self.COLUMNS:
                try:
                    parts.append(column.text(obj))
                except Exception:  # a bad row must not break the search
                    continue
            parts.append(self.resource_id(obj))
            text = "\n".join(parts).lower()
            self._haystacks[row] = text
        return text

    # Row hooks ----------------------------------------------------------------------------

    def row_font(self, obj: T) -> QFont | None:
        """A font for the whole row (None: the view's)."""
        return None

    def row_background(self, obj: T) -> QBrush | None:
        """A background for the whole row (None: the view's)."""
        return None

    def row_foreground(self, obj: T) -> QBrush | None:
        """A text colour for the whole row (None: the view's)."""
        return None

    def resource_id(self, obj: T) -> str:
        """The ARM id of the row's resource, for context menus ('' when none)."""
        return str(getattr(obj, "id", "") or "")

    def resource_name(self, obj: T) -> str:
        """The short name of the row's resource."""
        return str(getattr(obj, "name", "") or "")

    # Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel::columnCount."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Override QAbstractItemModel::headerData: translated column titles."""
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.COLUMNS[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section].align_right:
            return _RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags: selectable, not editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel::data."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        obj = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        try:
            if role == Qt.ItemDataRole.DisplayRole:
                return column.text(obj)
            if role == Qt.ItemDataRole.DecorationRole:
                return column.icon(obj) if column.icon else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(column.tooltip(obj)) if column.tooltip else None
            if role == SortRole:
                return (column.sort or column.text)(obj)
            if role == ItemRole:
                return obj
            if role == IdRole:
                return self.resource_id(obj)
            if role == NameRole:
                return self.resource_name(obj)
            if role == Qt.ItemDataRole.FontRole:
                return self.row_font(obj)
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.row_background(obj)
            if role == Qt.ItemDataRole.ForegroundRole:
                return self.row_foreground(obj)
            if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
                return _RIGHT
        except Exception:  # data() must never raise into Qt
            return None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QAbstractItemModel::sort: order rows by the column's raw sort key."""
        if not 0 <= column < len(self.COLUMNS):
            self._sort_column = -1  # keep the order rows were given in
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        tracked = [self._rows[i.row()] for i in persistent]
        order_ids = sorted(
            range(len(self._rows)),
            key=lambda i: self._key(column)(self._rows[i]),
            reverse=self._reversed(),
        )
        self._rows = [self._rows[i] for i in order_ids]
        self._haystacks = [self._haystacks[i] for i in order_ids]
        if persistent:
            where = {id(obj): row for row, obj in enumerate(self._rows)}
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(where[id(obj)], old.column())
                    for old, obj in zip(persistent, tracked, strict=True)
                ],
            )
        self.layoutChanged.emit()

    def _key(self, column: int) -> Callable[[T], Any]:
        accessor = self.COLUMNS[column].sort or (lambda obj: self.COLUMNS[column].text(obj).lower())

        def key(obj: T) -> Any:
            try:
                return _sort_key(accessor(obj))
            except Exception:
                return (True, 0)

        return key

    def _reversed(self) -> bool:
        return self._sort_order is Qt.SortOrder.DescendingOrder


class ObjectFilterProxy(QSortFilterProxyModel):
    """Filters an ``ObjectTableModel`` by a predicate and a search text; sorting goes to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._predicate: Callable[[Any], bool] | None = None

    def set_text(self, text: str) -> None:
        """Keep rows whose text contains ``text`` (case-insensitive)."""
        text = text.strip().lower()
        if text != self._text:
            self.beginFilterChange()
            self._text = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Keep rows whose object satisfies ``predicate`` (None keeps all)."""
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Override QSortFilterProxyModel::filterAcceptsRow."""
        model = self.sourceModel()
        if not isinstance(model, ObjectTableModel):
            return True
        if self._predicate is not None and not self._predicate(model.row(source_row)):
            return False
        return not self._text or self._text in model.haystack(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QSortFilterProxyModel::sort: the source model sorts (fast, in Python)."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def object_at(self, index: QModelIndex) -> Any:
        """The core object behind a proxy index (None when invalid)."""
        return index.data(ItemRole) if index.isValid() else None


FIT_LIMIT = 2000
"""Tables with more rows than this keep their preset column widths (measuring is slow)."""


def fit_columns(view: QTableView, max_chars: int = 48) -> None:
    """Size the columns to their contents (small tables only), none wider than ``max_chars``.

    Runs on the next turn of the event loop, once the view has its final width.
    """
    QTimer.singleShot(0, view, lambda: _fit_now(view, max_chars))


def _fit_now(view: QTableView, max_chars: int) -> None:
    model = view.model()
    if model is None or model.rowCount() > FIT_LIMIT:
        return
    header = view.horizontalHeader()
    char = view.fontMetrics().averageCharWidth()
    cap, floor = char * max_chars, char * 10
    last = header.count() - 1
    columns = [c for c in range(header.count()) if not (c == last and header.stretchLastSection())]
    for column in columns:
        view.resizeColumnToContents(column)
        if header.sectionSize(column) > cap:
            header.resizeSection(column, cap)
    # Leave the last column some room: shrink the widest columns while the others overflow.
    last_needs = max(floor, header.sectionSizeHint(last)) if header.stretchLastSection() else 0
    room = view.viewport().width() - last_needs
    while columns and room > floor:
        excess = sum(header.sectionSize(c) for c in columns) - room
        widest = max(columns, key=header.sectionSize)
        if excess <= 0 or header.sectionSize(widest) <= floor:
            break
        header.resizeSection(widest, max(floor, header.sectionSize(widest) - excess))


def make_table(
    model: ObjectTableModel[Any], parent: QWidget | None = None
) -> tuple[QTableView, ObjectFilterProxy]:
    """A table view over ``model`` through a filter proxy, set up the same way everywhere."""
    proxy = ObjectFilterProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setShowGrid(False)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = view.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionsMovable(True)
    char = view.fontMetrics().averageCharWidth()
    for number, column in enumerate(model.COLUMNS):
        if column.width:
            header.resizeSection(number, column.width * char + 24)
    view.setSortingEnabled(True)
    return view, proxy
