"""Rows that fit a narrow desk: a flow layout whose widgets move to the next line when the row
is too narrow for them (long Kazakh and Russian button labels on a 1280 px screen), and a
combo box that does not ask for the width of its longest item.

A FlowLayout asks, as its minimum, only for its widest widget; its preferred size is one line.
Its height follows the width it gets (heightForWidth), so the layouts around it make room for
a second line."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QLayout,
                               QLayoutItem, QScrollArea, QStyle, QWidget)


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto further lines; each widget at its preferred width
    (or less, down to its minimum, when alone on a line narrower than that)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- the QLayout interface ---------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """One line of every widget at its preferred size."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown)
        width += self._gap(Qt.Orientation.Horizontal) * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest widget: everything else may go onto another line."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # -- placing ---------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parent()
        if isinstance(parent, QWidget):
            metric = (QStyle.PixelMetric.PM_LayoutHorizontalSpacing
                      if orientation == Qt.Orientation.Horizontal
                      else QStyle.PixelMetric.PM_LayoutVerticalSpacing)
            value = parent.style().pixelMetric(metric, None, parent)
            if value >= 0:
                return value
        elif isinstance(parent, QLayout) and parent.spacing() >= 0:
            return parent.spacing()
        return 6

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the widgets in ``rect`` (or only measure); return the height they take."""
        m: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(m)
        x, y, line_height = area.x(), area.y(), 0
        hgap, vgap = self._gap(Qt.Orientation.Horizontal), self._gap(Qt.Orientation.Vertical)
        line: list[tuple[QLayoutItem, int]] = []

        def finish_line() -> None:
            if move:   # a line's widgets share its height, centred like a box layout's
                for item, left in line:
                    hint = item.sizeHint()
                    width = min(hint.width(), area.width()) if len(line) == 1 else hint.width()
                    width = max(width, item.minimumSize().width())
                    height = hint.height()
                    if item.expandingDirections() & Qt.Orientation.Vertical:
                        height = line_height
                    item.setGeometry(QRect(QPoint(left, y + (line_height - height) // 2),
                                           QSize(width, height)))

        for item in self._shown():
            hint = item.sizeHint()
            if line and x + hint.width() > area.right() + 1:
                finish_line()
                line = []
                x = area.x()
                y += line_height + vgap
                line_height = 0
            line.append((item, x))
            x += hint.width() + hgap
            line_height = max(line_height, hint.height())
        if line:
            finish_line()
        return y + line_height - rect.y() + m.bottom()


def compact_combo(combo: QComboBox, chars: int = 18) -> QComboBox:
    """A combo box that asks for its longest item's width where there is room, but needs only
    about ``chars`` characters (a narrow desk); the current item's whole text is then in its
    tooltip, and the open list is always as wide as its items."""
    combo.ensurePolished()                     # the stylesheet's font and padding
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    least = combo.minimumSizeHint().width()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumWidth(least)               # a set minimum wins over the size hint's

    def tip(_: int = 0) -> None:
        combo.setToolTip(combo.currentText())
        metrics = combo.fontMetrics()
        widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
                     default=0)
        combo.view().setMinimumWidth(widest + 48)   # the list's padding and scroll bar

    combo.currentIndexChanged.connect(tip)
    combo.model().dataChanged.connect(lambda *_: tip())
    combo.model().rowsInserted.connect(lambda *_: tip())
    tip()
    return combo


def in_a_row(*widgets: QWidget) -> QWidget:
    """Widgets that belong together on one line (a label and its field) as one piece of a
    FlowLayout: they move to the next line together."""
    piece = QWidget()
    row = QHBoxLayout(piece)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    return piece


class VerticalScroll(QScrollArea):
    """A column that scrolls up and down only: it asks for its content's minimum width (a
    plain QScrollArea asks for almost none, and content wider than the column was cut off at
    its right edge)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setWidget(widget)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        content = self.widget()
        width = max(content.minimumSizeHint().width(), content.minimumWidth())
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar, super().minimumSizeHint().height())


class CheckLine(QWidget):
    """A check box whose words wrap onto more lines in a narrow column (a QCheckBox's own text
    never wraps: it was cut off).  The box has no text of its own; a click on the words
    ticks it, as a click on a check box's text does."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        self.box = box
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setBuddy(box)
        self.label.mousePressEvent = lambda _e: box.toggle() \
            if box.isEnabled() else None  # type: ignore[method-assign]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def setText(self, text: str) -> None:  # noqa: N802 (as QCheckBox's)
        self.label.setText(text)
        self.box.setAccessibleName(text)
