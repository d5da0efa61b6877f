"""Words for stored codes, in Kazakh, Russian and English: a package's outcome and status, an
event of the audit trail.  Exports and screens show these, never the raw code
(``result_ready``, ``batch_created``)."""

from __future__ import annotations

__all__ = ["OUTCOME_NAMES", "PACKAGE_STATUS_NAMES", "EVENT_NAMES", "outcome_name", "status_name",
           "event_name"]

OUTCOME_NAMES: dict[str, dict[str, str]] = {
    "accepted": {"kk": "қабылданды", "ru": "принят", "en": "accepted"},
    "refused": {"kk": "бас тартылды", "ru": "отказ", "en": "refused"},
}

PACKAGE_STATUS_NAMES: dict[str, dict[str, str]] = {
    "accepted": {"kk": "қабылданды", "ru": "принят", "en": "accepted"},
    "refused": {"kk": "бас тартылды", "ru": "отказано", "en": "refused"},
    "dispatched": {"kk": "көрсетілетін қызметті берушіге жөнелтілді", "ru": "отправлен услугодателю",
                   "en": "sent to the provider"},
    "result_ready": {"kk": "нәтиже дайын", "ru": "результат готов", "en": "result ready"},
    "issued": {"kk": "нәтиже берілді", "ru": "результат выдан", "en": "result issued"},
}

EVENT_NAMES: dict[str, dict[str, str]] = {
    # the store, privacy (issue 13)
    "store_created": {"kk": "қойма жасалды", "ru": "хранилище создано", "en": "store created"},
    "anchor_key_added": {"kk": "аудит якорьдерінің кілті тіркелді",
                         "ru": "зарегистрирован ключ подписи якорей аудита",
                         "en": "audit anchor key registered"},
    "setting_changed": {"kk": "баптау өзгертілді", "ru": "настройка изменена",
                        "en": "setting changed"},
    "packages_anonymised": {"kk": "ескі пакеттер иесіздендірілді",
                            "ru": "старые пакеты обезличены", "en": "old packages anonymised"},
    "register_full_iins": {"kk": "тізілім толық ЖСН-мен берілді",
                           "ru": "реестр выдан с полными ИИН",
                           "en": "register given with full IINs"},
    # packages
    "accepted": {"kk": "құжаттар қабылданды", "ru": "пакет принят", "en": "package accepted"},
    "refused": {"kk": "қабылдаудан бас тартылды", "ru": "в приёме отказано",
                "en": "package refused"},
    "reprinted": {"kk": "қолхат қайта басылды", "ru": "расписка перепечатана",
                  "en": "receipt reprinted"},
    "handed_over": {"kk": "жинақтау жүйесіне берілді", "ru": "передан в накопительный сектор",
                    "en": "handed to the dispatch desk"},
    "batch_created": {"kk": "жөнелтілім құрылды", "ru": "отправка сформирована",
                      "en": "courier batch made"},
    "dispatched": {"kk": "көрсетілетін қызметті берушіге жөнелтілді", "ru": "отправлен услугодателю",
                   "en": "sent to the provider"},
    "result_ready": {"kk": "нәтиже дайын", "ru": "результат готов", "en": "result ready"},
    "issued": {"kk": "нәтиже берілді", "ru": "результат выдан", "en": "result issued"},
    # home visits
    "home_request": {"kk": "тұрғылықты жерінде қабылдау өтініші", "ru": "заявка на приём на дому",
                     "en": "home visit requested"},
    "home_visit_scheduled": {"kk": "үйге бару күні белгіленді", "ru": "выезд назначен",
                             "en": "home visit scheduled"},
    "home_visit_rescheduled": {"kk": "үйге бару күні ауыстырылды", "ru": "выезд перенесён",
                               "en": "home visit moved"},
    "home_visit_done": {"kk": "құжаттар тұрғылықты жерінде қабылданды", "ru": "документы приняты на дому",
                        "en": "documents accepted at home"},
    "home_visit_cancelled": {"kk": "үйге бару тоқтатылды", "ru": "выезд отменён",
                             "en": "home visit cancelled"},
    # queue
    "queue_closed": {"kk": "кезек жабылды", "ru": "очередь закрыта", "en": "queue closed"},
    "queue_settings": {"kk": "кезек баптаулары өзгертілді", "ru": "настройки очереди изменены",
                       "en": "queue settings changed"},
    # complaints
    "complaint_registered": {"kk": "шағым тіркелді", "ru": "жалоба зарегистрирована",
                             "en": "complaint registered"},
    "complaint_answered": {"kk": "шағымға жауап берілді", "ru": "на жалобу дан ответ",
                           "en": "complaint answered"},
    # catalogue and office
    "catalogue_imported": {"kk": "каталог жүктелді", "ru": "каталог загружен",
                           "en": "catalogue imported"},
    "catalogue_activated": {"kk": "каталог нұсқасы қосылды", "ru": "версия каталога включена",
                            "en": "catalogue activated"},
    "office_created": {"kk": "мекеме профилі жасалды", "ru": "профиль офиса создан",
                       "en": "office profile created"},
    "audit_sealed": {"kk": "жазбалардың хэштері бекітілді", "ru": "хеши записей зафиксированы",
                     "en": "audited rows sealed"},
    "restored": {"kk": "резервтік көшірмеден қалпына келтірілді",
                 "ru": "восстановлено из резервной копии", "en": "restored from a backup"},
    "office_changed": {"kk": "мекеме деректері өзгертілді", "ru": "данные офиса изменены",
                       "en": "office profile changed"},
    "calendar_changed": {"kk": "жұмыс күнтізбесі өзгертілді", "ru": "календарь изменён",
                         "en": "calendar changed"},
    # staff and sign-in
    "staff_added": {"kk": "қызметкер қосылды", "ru": "сотрудник добавлен",
                    "en": "employee added"},
    "staff_secret_changed": {"kk": "PIN өзгертілді", "ru": "PIN изменён", "en": "PIN changed"},
    "staff_enabled": {"kk": "тіркелгі қосылды", "ru": "учётная запись включена",
                      "en": "account enabled"},
    "staff_disabled": {"kk": "тіркелгі өшірілді", "ru": "учётная запись отключена",
                       "en": "account disabled"},
    "signed_in": {"kk": "жүйеге кірді", "ru": "вход в систему", "en": "signed in"},
    "sign_in_failed": {"kk": "PIN қате", "ru": "неверный PIN", "en": "wrong PIN"},
    "sign_in_locked": {"kk": "тіркелгі бұғатталды", "ru": "учётная запись заблокирована",
                       "en": "account locked"},
    "kiosk_unlocked": {"kk": "киоск қызметкерге ашылды", "ru": "киоск открыт сотрудником",
                       "en": "kiosk unlocked by staff"},
    "kiosk_unlock_failed": {"kk": "киоскіні ашу: PIN қате", "ru": "киоск: неверный PIN",
                            "en": "kiosk unlock: wrong PIN"},
    # papers and exports
    "register_printed": {"kk": "тізілім басылды", "ru": "реестр распечатан",
                         "en": "register printed"},
    "register_exported": {"kk": "тізілім сақталды", "ru": "реестр сохранён",
                          "en": "register saved"},
}


def _word(table: dict[str, dict[str, str]], code: str, lang: str) -> str:
    names = table.get(code)
    if names is None:
        # a code this program does not know (a newer store): readable words, never snake_case
        return code.replace("_", " ")
    return names.get(lang) or names["en"]


def outcome_name(code: str, lang: str) -> str:
    return _word(OUTCOME_NAMES, code, lang)


def status_name(code: str, lang: str) -> str:
    return _word(PACKAGE_STATUS_NAMES, code, lang)


def event_name(kind: str, lang: str) -> str:
    return _word(EVENT_NAMES, kind, lang)
