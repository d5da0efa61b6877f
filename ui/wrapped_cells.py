"""Table cells whose text wraps: row heights measured at the width the text is really drawn in."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableWidget


class WrapDelegate(QStyledItemDelegate):
    """Row heights for wrapped cells.  The stylesheet pads table cells (6 px a side) but Qt
    measures wrapped text at the column's full width, so a long address got one line too few
    and was cut; measure it at the width it is really drawn in."""

    PAD = 6 + 4   # the stylesheet's padding, and the style's own text margin

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt name)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        table = self.parent()
        if not isinstance(table, QTableWidget):
            return size
        width = max(20, table.columnWidth(index.column()) - 2 * self.PAD)
        text = str(index.data() or "")
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000),
                                               int(Qt.TextFlag.TextWordWrap), text)
        return QSize(size.width(), max(size.height(), rect.height() + 2 * self.PAD))


def wrap_cells(table: QTableWidget) -> None:
    """Wrap the table's cells; its rows take their heights again whenever a column's width
    changes (a stretched column follows the window)."""
    table.setWordWrap(True)
    table.setItemDelegate(WrapDelegate(table))
    timer = QTimer(table)
    timer.setSingleShot(True)
    timer.timeout.connect(table.resizeRowsToContents)
    table.horizontalHeader().sectionResized.connect(lambda *_: timer.start(0))


def longest_word(table: QTableWidget, column: int) -> int:
    """The width of the longest word in a column's cells and heading, with the cell padding:
    the least width at which the column wraps its text without cutting a word."""
    metrics = table.fontMetrics()
    words = [w for row in range(table.rowCount()) if table.item(row, column)
             for w in table.item(row, column).text().split()]
    header = table.horizontalHeader()
    return max(max((metrics.horizontalAdvance(w) for w in words), default=0) + 2 * WrapDelegate.PAD,
               header.sectionSizeFromContents(column).width())


def two_lines(text: str) -> str:
    """A column heading on two lines, broken at the space nearest its middle (a table's
    heading does not wrap by itself: «Название на казахском» was cut in a narrow column)."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:middle] + "\n" + text[middle + 1:]
