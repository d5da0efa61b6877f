"""What a person reads when the store cannot be opened: the error, and the latest automatic
backup with the command that restores it (Kazakh, Russian, English)."""

from __future__ import annotations

from pathlib import Path

from db.store import StoreError, StoreTooNew
from kiosk.backup_files import BACKUP_DIR, latest_backup

__all__ = ["damaged_message"]

_DAMAGED = {
    "title": {"kk": "Деректерді ашу мүмкін емес", "ru": "Не удаётся открыть данные",
              "en": "The office data cannot be opened"},
    "body": {"kk": "Qabyldau өз деректерін аша алмады:\n{error}",
             "ru": "Qabyldau не может открыть свои данные:\n{error}",
             "en": "Qabyldau cannot open its data:\n{error}"},
    "latest": {"kk": "Соңғы автоматты резервтік көшірме: {path}\nОны қалпына келтіру үшін "
                     "барлық Qabyldau терезелерін жауып, орындаңыз:\n{command}",
               "ru": "Последняя автоматическая резервная копия: {path}\nЧтобы восстановить её, "
                     "закройте все окна Qabyldau и выполните:\n{command}",
               "en": "Latest automatic backup: {path}\nTo restore it, close every Qabyldau "
                     "window and run:\n{command}"},
    "none": {"kk": "Автоматты резервтік көшірме табылмады ({folder}). Әкімшіге хабарласыңыз.",
             "ru": "Автоматическая резервная копия не найдена ({folder}). Обратитесь к администратору.",
             "en": "No automatic backup was found in {folder}. Call your administrator."},
    "newer": {"kk": "Бағдарламаны жаңартыңыз: деректер оның жаңа нұсқасымен жазылған.",
              "ru": "Обновите программу: данные записаны её более новой версией.",
              "en": "Update the program: the data was written by a newer version."},
}


def damaged_message(folder: str | Path, error: StoreError, lang: str = "en") -> tuple[str, str]:
    """(title, text) for a store that cannot be opened, naming the latest automatic backup
    and the command that restores it."""
    lang = lang if lang in ("kk", "ru", "en") else "en"
    folder = Path(folder)
    parts = [_DAMAGED["body"][lang].format(error=error)]
    if isinstance(error, StoreTooNew):
        parts.append(_DAMAGED["newer"][lang])
    else:
        latest = latest_backup(folder)
        if latest is None:
            parts.append(_DAMAGED["none"][lang].format(folder=folder / BACKUP_DIR))
        else:
            command = f'qabyldau restore "{latest}" --data-dir "{folder}" --login ADMIN'
            parts.append(_DAMAGED["latest"][lang].format(path=latest, command=command))
    return _DAMAGED["title"][lang], "\n\n".join(parts)
