"""Checklist evaluation: given a service, the applicant's answers and the documents received,
is the package complete, and if not, which documents are missing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

from kiosk.catalogue import Document, Service

__all__ = ["ChecklistResult", "DocumentState", "evaluate", "needed"]


@dataclass(frozen=True)
class DocumentState:
    document: Document
    needed: bool          # required for this applicant (required, or conditional not exempted)
    received: bool
    exempt: bool = False  # conditional, and the answer exempts it

    @property
    def missing(self) -> bool:
        return self.needed and not self.received


@dataclass(frozen=True)
class ChecklistResult:
    service_id: str
    states: tuple[DocumentState, ...]
    unanswered: tuple[str, ...] = field(default=())  # condition ids not yet answered

    @property
    def missing(self) -> list[Document]:
        return [s.document for s in self.states if s.missing]

    @property
    def missing_ids(self) -> list[str]:
        return [d.id for d in self.missing]

    @property
    def complete(self) -> bool:
        return not self.missing and bool(self.states)

    @property
    def needed_count(self) -> int:
        return sum(1 for s in self.states if s.needed)

    @property
    def needed_received(self) -> int:
        return sum(1 for s in self.states if s.needed and s.received)

    @property
    def received_ids(self) -> list[str]:
        return [s.document.id for s in self.states if s.received]


def needed(document: Document, answers: Mapping[str, bool]) -> tuple[bool, bool]:
    """(needed, exempt) for one document under the given answers.

    A document obtained from information systems is never demanded from the applicant.
    A conditional document is needed unless the answer to its question equals exempt_when;
    an unanswered question counts as not exempt (the safe side: ask for the paper).
    """
    if document.from_information_system:
        return False, False
    if document.kind == "required":
        return True, False
    if document.kind == "conditional" and document.condition is not None:
        answer = answers.get(document.condition.id)
        exempt = answer is not None and answer == document.condition.exempt_when
        return (not exempt), exempt
    return False, False


def evaluate(service: Service, answers: Mapping[str, bool], received: Iterable[str],
             office_kind: str | None = None) -> ChecklistResult:
    """The checklist of a package.  With ``office_kind`` each document follows its rule for
    that kind of office (issue 15 point 1): at a State Corporation centre the S4 parent's
    identity document and child's birth certificate come from information systems (seed 003
    l.295) and are never demanded (seed 003 l.155); at a village akimat the S2 documents are
    originals shown and copies given (seed 002 l.27)."""
    got = set(received)
    states = []
    documents = service.documents_at(office_kind) if office_kind else service.documents
    for d in documents:
        need, exempt = needed(d, answers)
        # documents from information systems count as received: the employee obtains them
        states.append(DocumentState(d, need, d.id in got or d.from_information_system, exempt))
    unanswered = tuple(c.id for c in service.conditions if c.id not in answers)
    return ChecklistResult(service.id, tuple(states), unanswered)
