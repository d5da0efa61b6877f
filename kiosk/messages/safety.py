"""Messages (kk, ru, en) of the record's own safety: outputs, full disks, held locks,
requests (kiosk/safe_write.py)."""

SAFETY: dict[str, dict[str, str]] = {
    "out.store_file": {
        "kk": "{path} — кеңсе деректерінің өз файлы (деректер қоры, оның журналы немесе резервтік "
              "көшірме): басқа файлды таңдаңыз",
        "ru": "{path} — собственный файл данных офиса (база, её журнал или резервная копия): "
              "выберите другой файл",
        "en": "{path} is one of the office's own data files (the store, its journal or a "
              "backup): choose another file"},
    "out.not_folder": {"kk": "{path} — файл, бума емес: бума атын беріңіз",
                       "ru": "{path} — файл, а не папка: укажите папку",
                       "en": "{path} is a file, not a folder: give a folder"},
    "out.not_writable": {"kk": "{path} жазылмайды: {detail}",
                         "ru": "Не удаётся записать {path}: {detail}",
                         "en": "Cannot write {path}: {detail}"},
    "out.disk_full": {"kk": "Дискіде орын жоқ: {path} жазылмады. Орын босатып, қайталаңыз",
                      "ru": "На диске нет места: {path} не записан. Освободите место и повторите",
                      "en": "The disk is full: {path} was not written. Free some space and try again"},
    "store.disk_full": {
        "kk": "Дискіде орын жоқ: ештеңе сақталмады. Орын босатып, қайталаңыз",
        "ru": "На диске нет места: ничего не сохранено. Освободите место и повторите",
        "en": "The disk is full: nothing was stored. Free some space and try again"},
    "store.io": {"kk": "Деректерді жазу қатесі: ештеңе сақталмады ({detail})",
                 "ru": "Ошибка записи данных: ничего не сохранено ({detail})",
                 "en": "The data could not be written: nothing was stored ({detail})"},
    "json.duplicate_key": {"kk": "JSON-да «{key}» кілті екі рет берілген",
                           "ru": "В JSON ключ «{key}» указан дважды",
                           "en": "The key \"{key}\" appears twice in the JSON"},
    "json.too_deep": {"kk": "JSON тым терең салынған: мұндай сұрау болмайды",
                      "ru": "JSON слишком глубоко вложен: такого запроса не бывает",
                      "en": "The JSON is nested too deeply to be an accept request"},
    "json.too_large": {"kk": "JSON тым үлкен (ең көбі {max} байт)",
                       "ru": "JSON слишком большой (не более {max} байт)",
                       "en": "The JSON is too large (at most {max} bytes)"},
    "json.unknown_keys": {"kk": "Сұрауда белгісіз кілттер бар: {keys}",
                          "ru": "В запросе неизвестные ключи: {keys}",
                          "en": "The request has unknown keys: {keys}"},
    "document.duplicate": {"kk": "«{document}» құжаты екі рет берілген",
                           "ru": "Документ «{document}» указан дважды",
                           "en": "The document {document} is listed twice"},
    "request.id_invalid": {"kk": "request_id: 1-100 таңба (латын әріптері, цифрлар, . _ : -)",
                           "ru": "request_id: 1-100 символов (латинские буквы, цифры, . _ : -)",
                           "en": "request_id must be 1-100 characters: Latin letters, digits, . _ : -"},
    "request.reused": {"kk": "{request} сұрауы басқа өтінішке берілген: жаңа request_id беріңіз",
                       "ru": "Запрос {request} уже использован для другого заявления: дайте новый request_id",
                       "en": "The request {request} was already used for another application: give a new request_id"},
    "ticket.served": {"kk": "{ticket} талоны бойынша қызмет көрсетіліп қойған",
                      "ru": "Талон {ticket} уже обслужен",
                      "en": "Queue ticket {ticket} has already been served"},
    "ticket.not_called": {"kk": "{ticket} талоны терезеге шақырылмаған",
                          "ru": "Талон {ticket} не был вызван к окну",
                          "en": "Queue ticket {ticket} was never called to a window"},
    "iin.future": {"kk": "ЖСН-дегі туған күн ({birth}) әлі келмеген: цифрлар қате терілген",
                   "ru": "Дата рождения в ИИН ({birth}) ещё не наступила: цифры введены с ошибкой",
                   "en": "The birth date in the IIN ({birth}) is in the future: a digit is mistyped"},
    "option.range": {"kk": "{option}: {low} мен {high} аралығындағы бүтін сан керек, берілгені {value}",
                     "ru": "{option}: нужно целое число от {low} до {high}, дано {value}",
                     "en": "{option}: give a whole number from {low} to {high}, not {value}"},
    "store.busy": {
        "kk": "Басқа станция деректерді жазып жатыр: {seconds} с күттік, бірақ ол босатпады. "
              "Сәлден соң қайталаңыз",
        "ru": "Другая станция записывает данные: ждали {seconds} с, она не освободила базу. "
              "Повторите чуть позже",
        "en": "Another station is writing: waited {seconds} s and it did not finish. "
              "Try again in a moment"},
}
