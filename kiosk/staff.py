"""Staff of the office and what each role may do."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Employee", "ROLES", "ROLE_SECTIONS", "may", "DEFAULT_CLERK"]

ROLES = ("clerk", "dispatcher", "manager", "administrator")

# which desk sections each role sees (a section names itself by key)
ROLE_SECTIONS: dict[str, frozenset[str]] = {
    "clerk": frozenset({"intake", "today", "package", "returns", "issue", "overdue", "queue"}),
    "dispatcher": frozenset({"today", "package", "dispatch", "returns", "issue", "overdue"}),
    "manager": frozenset({"intake", "today", "package", "dispatch", "returns", "issue", "overdue",
                          "queue", "registers", "statistics", "complaints", "catalogue", "audit"}),
    "administrator": frozenset({"today", "package", "staff", "settings", "catalogue", "audit",
                                "registers", "statistics", "complaints", "overdue"}),
}


@dataclass(frozen=True)
class Employee:
    login: str
    full_name: str
    role: str

    @property
    def sections(self) -> frozenset[str]:
        return ROLE_SECTIONS.get(self.role, frozenset())


def may(employee: Employee, section: str) -> bool:
    return section in employee.sections


DEFAULT_CLERK = Employee("clerk", "Оператор", "clerk")
