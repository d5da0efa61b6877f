"""The courier path on the desk: dispatch, returns, issue, overdue (strings in
resources/i18n/courier_{kk,ru}.ts)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.desk.shell import DeskWindow


def _dispatch(desk: "DeskWindow") -> QWidget:
    from ui.courier.dispatch import DispatchSection
    return DispatchSection(desk.ctx, desk.employee)


def _returns(desk: "DeskWindow") -> QWidget:
    from ui.courier.returns import ReturnsSection
    return ReturnsSection(desk.ctx, desk.employee)


def _issue(desk: "DeskWindow") -> QWidget:
    from ui.courier.returns import IssueSection
    return IssueSection(desk.ctx, desk.employee)


def _overdue(desk: "DeskWindow") -> QWidget:
    from ui.courier.overdue import OverdueSection
    return OverdueSection(desk.ctx, desk.employee)


SECTIONS: list[tuple[str, Callable[["DeskWindow"], QWidget]]] = [
    ("dispatch", _dispatch), ("returns", _returns), ("issue", _issue), ("overdue", _overdue)]
