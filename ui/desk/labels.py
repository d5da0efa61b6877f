"""Words the desk shows for stored values: package statuses and event kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_text(status: str) -> str:
    t = QCoreApplication.translate
    names = {
        "accepted": t("Status", "accepted"),
        "refused": t("Status", "refused"),
        "dispatched": t("Status", "sent to the provider"),
        "result_ready": t("Status", "result ready"),
        "issued": t("Status", "issued"),
    }
    return names.get(status, status)


def event_text(kind: str) -> str:
    t = QCoreApplication.translate
    names = {
        "accepted": t("Event", "package accepted"),
        "refused": t("Event", "package refused"),
        "dispatched": t("Event", "sent to the provider"),
        "returned": t("Event", "result came back"),
        "result_ready": t("Event", "result ready"),
        "issued": t("Event", "result issued"),
        "reprinted": t("Event", "receipt reprinted"),
    }
    return names.get(kind, kind)
