"""Languages at run time: Qt Linguist translators for our strings and Qt's own (qtbase_)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"


class Languages:
    """Installs the translators for one language at a time; widgets retranslate on
    QEvent.LanguageChange, which Qt sends to every widget when a translator changes."""

    def __init__(self) -> None:
        self.current = "en"
        self._installed: list[QTranslator] = []

    def switch(self, lang: str) -> bool:
        """Install one language: every area's ``resources/i18n/<area>_<lang>.qm`` and Qt's
        own qtbase_<lang>.  English is the source language.  Returns False when a .qm is
        missing (run ``python -m ui.i18n_build``)."""
        if lang not in LANGUAGES:
            lang = "kk"
        app = QCoreApplication.instance()
        assert app is not None
        for t in self._installed:
            app.removeTranslator(t)
        self._installed = []
        loaded = True
        if lang != "en":
            files = sorted(I18N_DIR.glob(f"*_{lang}.qm"))
            loaded = bool(files)
            for qm in files:
                t = QTranslator()
                if t.load(str(qm)):
                    self._installed.append(t)
                else:
                    loaded = False
            qt = QTranslator()
            if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
        self.current = lang
        QLocale.setDefault(QLocale({"kk": QLocale.Language.Kazakh, "ru": QLocale.Language.Russian,
                                    "en": QLocale.Language.English}[lang]))
        for t in self._installed:
            app.installTranslator(t)
        if not self._installed:  # switching back to English still tells every widget
            t = QTranslator()
            self._installed.append(t)
            app.installTranslator(t)
        return loaded


LANG = Languages()


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
