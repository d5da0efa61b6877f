"""Words the desk shows for stored values: package statuses, event kinds and staff roles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_text(status: str) -> str:
    names = {
        "accepted": QCoreApplication.translate("Status", "accepted"),
        "refused": QCoreApplication.translate("Status", "refused"),
        "dispatched": QCoreApplication.translate("Status", "sent to the provider"),
        "result_ready": QCoreApplication.translate("Status", "result ready"),
        "issued": QCoreApplication.translate("Status", "issued"),
    }
    return names.get(status, status)


def event_text(kind: str) -> str:
    names = {
        "accepted": QCoreApplication.translate("Event", "package accepted"),
        "refused": QCoreApplication.translate("Event", "package refused"),
        "handed_over": QCoreApplication.translate("Event", "handed to the dispatch desk"),
        "dispatched": QCoreApplication.translate("Event", "sent to the provider"),
        "result_ready": QCoreApplication.translate("Event", "result ready"),
        "issued": QCoreApplication.translate("Event", "result issued"),
        "reprinted": QCoreApplication.translate("Event", "receipt reprinted"),
        "home_visit_done": QCoreApplication.translate("Event", "documents accepted at home"),
    }
    return names.get(kind, kind)


def role_text(role: str) -> str:
    names = {
        "clerk": QCoreApplication.translate("Role", "clerk"),
        "dispatcher": QCoreApplication.translate("Role", "dispatcher"),
        "manager": QCoreApplication.translate("Role", "manager"),
        "administrator": QCoreApplication.translate("Role", "administrator"),
    }
    return names.get(role, role)
