"""Errors the core raises for bad input, with their text in Kazakh, Russian and English.

The core never shows anything; it raises :class:`InputError` naming the field and a
message code, and the screen or the command line says it in the user's language.
"""

from __future__ import annotations

import unicodedata
from typing import Any

LANGS = ("kk", "ru", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # the office server (PostgreSQL) cannot be reached; nothing of the step was stored
    "store.unavailable": {
        "kk": "{address} кеңсе серверіне қосылу мүмкін емес ({reason})",
        "ru": "не удаётся связаться с сервером офиса {address} ({reason})",
        "en": "cannot reach the office server at {address} ({reason})"},
    # stations of an office (kiosk.station)
    "station.taken": {
        "kk": "{station} станциясы қазір басқа компьютерде жұмыс істеп тұр ({host}, {since} бастап). "
              "Бір станция кодын екі компьютер қатар пайдалана алмайды: бұл компьютерге "
              "станция файлында ({path}) немесе QABYLDAU_STATION арқылы басқа код беріңіз",
        "ru": "Станция {station} уже работает на другом компьютере ({host}, с {since}). "
              "Два компьютера не могут одновременно работать под одним кодом станции: задайте "
              "этому компьютеру другой код в файле станции ({path}) или в QABYLDAU_STATION",
        "en": "Station {station} is already running on another PC ({host}, since {since}). "
              "Two PCs cannot run under one station code at once: give this PC another code "
              "in its station file ({path}) or QABYLDAU_STATION"},
    "station.file": {"kk": "Станция файлы қате", "ru": "Ошибка в файле станции",
                     "en": "The station file is wrong"},
    # moving an office to a server (kiosk.store_copy)
    "copy.not_empty": {
        "kk": "{target} дерекқоры бос емес ({table} кестесінде {n} жол бар): көшіру тек бос "
              "дерекқорға жасалады, ештеңе өзгертілмеді",
        "ru": "База данных {target} не пуста (в таблице {table} строк: {n}): копирование "
              "выполняется только в пустую базу, ничего не изменено",
        "en": "the database {target} is not empty ({table} has {n} rows): a store is copied "
              "only into an empty database; nothing was changed"},
    "copy.not_server": {
        "kk": "--to PostgreSQL мекенжайы болуы керек (postgresql://пайдаланушы@хост:порт/база)",
        "ru": "--to должен быть адресом PostgreSQL (postgresql://пользователь@хост:порт/база)",
        "en": "--to must be a PostgreSQL address (postgresql://user@host:port/dbname)"},
    "copy.source_not_embedded": {
        "kk": "Көшірілетін қойма компьютердегі ендірілген қойма болуы керек; қазіргісі: {source}",
        "ru": "Копируется только встроенное хранилище этого компьютера; сейчас выбрано: {source}",
        "en": "only an embedded store of this PC can be copied; the store now is {source}"},
    "copy.foreign": {
        "kk": "{target} дерекқорында басқа бағдарламаның кестелері бар: көшіру тек бос "
              "дерекқорға жасалады, ештеңе өзгертілмеді",
        "ru": "В базе данных {target} есть таблицы другой программы: копирование выполняется "
              "только в пустую базу, ничего не изменено",
        "en": "the database {target} holds tables of another program: a store is copied only "
              "into an empty database; nothing was changed"},
    "copy.schema": {
        "kk": "{target} схемасы v{target_version}, ал қойма v{version}: бағдарламаны жаңартыңыз",
        "ru": "Схема {target} — v{target_version}, а хранилища — v{version}: обновите программу",
        "en": "{target} has schema v{target_version}, the store v{version}: update the program"},
    "copy.missing_table": {
        "kk": "{target} ішінде {table} кестесі жоқ: көшіру тоқтатылды, ештеңе сақталмады",
        "ru": "В {target} нет таблицы {table}: копирование прервано, ничего не сохранено",
        "en": "{target} has no table {table}: the copy stopped and stored nothing"},
    "copy.mismatch": {
        "kk": "Көшірмені тексеру сәтсіз: {detail}",
        "ru": "Проверка копии не прошла: {detail}",
        "en": "the copy does not check out: {detail}"},
    # the receiving office's check of a dispatch folder (kiosk.manifest.verify_folder)
    "verify.folder": {"kk": "Бума", "ru": "Папка", "en": "Folder"},
    "verify.no_manifest": {"kk": "Бумада {name} жоқ", "ru": "В папке нет {name}",
                           "en": "no {name} in the folder"},
    "verify.bad_manifest": {"kk": "{name} оқылмайды: {detail}",
                            "ru": "{name} не читается: {detail}",
                            "en": "{name} cannot be read: {detail}"},
    "verify.missing": {"kk": "ЖОҚ: {path} манифестте бар, бірақ бумада жоқ",
                       "ru": "НЕТ: {path} указан в манифесте, но его нет в папке",
                       "en": "MISSING: {path} is listed in the manifest but not in the folder"},
    "verify.changed": {"kk": "ӨЗГЕРГЕН: {path} манифестке сәйкес келмейді (SHA-256 басқа)",
                       "ru": "ИЗМЕНЁН: {path} не совпадает с манифестом (другой SHA-256)",
                       "en": "CHANGED: {path} differs from the manifest (SHA-256 does not match)"},
    "verify.extra": {"kk": "АРТЫҚ: {path} бумада бар, бірақ манифестте жоқ",
                     "ru": "ЛИШНИЙ: {path} есть в папке, но не указан в манифесте",
                     "en": "EXTRA: {path} is in the folder but not in the manifest"},
    "verify.csv_unlisted": {"kk": "САНЫ: {batch} жөнелтілімі: оның CSV файлы {path} манифестте жоқ",
                            "ru": "КОЛИЧЕСТВО: партия {batch}: её CSV {path} не указан в манифесте",
                            "en": "COUNT: batch {batch}: its CSV {path} is not in the manifest"},
    "verify.csv_unreadable": {"kk": "САНЫ: {batch} жөнелтілімі: {path} оқылмайды ({detail})",
                              "ru": "КОЛИЧЕСТВО: партия {batch}: {path} не читается ({detail})",
                              "en": "COUNT: batch {batch}: {path} cannot be read ({detail})"},
    "verify.count": {"kk": "САНЫ: {batch} жөнелтілімі: манифестте {expected} топтама, {path} ішінде "
                           "{rows} жол",
                     "ru": "КОЛИЧЕСТВО: партия {batch}: в манифесте пакетов {expected}, "
                           "в {path} строк {rows}",
                     "en": "COUNT: batch {batch}: the manifest says {expected} packages, {path} "
                           "has {rows} rows"},
    "verify.ok": {"kk": "ДҰРЫС: {batches} жөнелтілім, {files} файл манифестке сәйкес",
                  "ru": "ВЕРНО: партий {batches}, файлов {files} — совпадают с манифестом",
                  "en": "OK: {batches} batches, {files} files match the manifest"},
    "verify.differences": {"kk": "АЙЫРМАШЫЛЫҚТАР: {n} мәселе табылды; тізілімге қабылданды деп "
                                 "қол қоймас бұрын оларды сәйкессіздік жолына жазыңыз",
                           "ru": "РАСХОЖДЕНИЯ: найдено проблем: {n}; не подписывайте реестр как "
                                 "принятый, не отметив их в графе расхождений",
                           "en": "DIFFERENCES: {n} problem(s) found; do not sign the register as "
                                 "received without noting them in the discrepancy box"},
    "iin.empty": {"kk": "ЖСН толтырылмаған: 12 цифрды енгізіңіз",
                  "ru": "ИИН не заполнен: введите 12 цифр",
                  "en": "IIN is empty: enter the 12 digits"},
    "iin.not_digits": {"kk": "ЖСН тек цифрлардан тұруы керек",
                       "ru": "ИИН должен состоять только из цифр",
                       "en": "IIN must contain digits only"},
    "iin.length": {"kk": "ЖСН 12 цифрдан тұруы керек, енгізілгені: {n}",
                   "ru": "ИИН должен содержать 12 цифр, введено: {n}",
                   "en": "IIN must have 12 digits, not {n}"},
    "iin.century": {"kk": "ЖСН-нің 7-цифры (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек",
                    "ru": "7-я цифра ИИН (век и пол) должна быть от 1 до 6",
                    "en": "IIN digit 7 (century and sex) must be 1 to 6"},
    "iin.date": {"kk": "ЖСН-нің алғашқы 6 цифры нақты туған күн емес",
                 "ru": "Первые 6 цифр ИИН не являются реальной датой рождения",
                 "en": "IIN digits 1-6 are not a real birth date"},
    "iin.checksum": {"kk": "ЖСН-нің бақылау цифры сәйкес келмейді: бір цифр қате терілген",
                     "ru": "Контрольная цифра ИИН не совпадает: одна из цифр введена с ошибкой",
                     "en": "IIN check digit does not match: a digit is mistyped"},
    "name.empty": {"kk": "{field} толтырылмаған", "ru": "Поле «{field}» не заполнено",
                   "en": "{field} is empty"},
    "name.too_long": {"kk": "{field} тым ұзын (ең көбі {max} таңба)",
                      "ru": "Поле «{field}» слишком длинное (не более {max} символов)",
                      "en": "{field} is too long (at most {max} characters)"},
    "name.chars": {"kk": "{field} тек әріптерден, дефис, апостроф және бос орыннан тұруы мүмкін",
                   "ru": "Поле «{field}» может содержать только буквы, дефис, апостроф и пробел",
                   "en": "{field} may contain only letters, hyphens, apostrophes and spaces"},
    "name.mixed": {"kk": "{field} бір әліпбимен жазылуы керек (кириллица немесе латын)",
                   "ru": "Поле «{field}» должно быть написано одним алфавитом (кириллица или латиница)",
                   "en": "{field} must be written in one alphabet (Cyrillic or Latin)"},
    "phone.invalid": {"kk": "Телефон +7 (немесе 8) және 10 цифр, не 7-ден басталатын 10 цифр "
                            "болуы керек, мысалы +7 701 234 56 78 немесе 701 234 56 78",
                      "ru": "Телефон: +7 (или 8) и 10 цифр либо 10 цифр, начиная с 7, например "
                            "+7 701 234 56 78 или 701 234 56 78",
                      "en": "Phone must be +7 (or 8) and ten digits, or the ten digits starting "
                            "with 7, e.g. +7 701 234 56 78 or 701 234 56 78"},
    "address.empty": {"kk": "Мекенжай толтырылмаған", "ru": "Адрес не заполнен",
                      "en": "Address is empty"},
    "address.too_long": {"kk": "Мекенжай тым ұзын (ең көбі {max} таңба)",
                         "ru": "Адрес слишком длинный (не более {max} символов)",
                         "en": "Address is too long (at most {max} characters)"},
    "text.control": {"kk": "{field} өрісінде рұқсат етілмеген таңбалар бар",
                     "ru": "Поле «{field}» содержит недопустимые символы",
                     "en": "{field} contains characters that are not allowed"},
    "poa.empty": {"kk": "Сенімхаттың нөмірі мен күні толтырылмаған",
                  "ru": "Не заполнены номер и дата доверенности",
                  "en": "Power of attorney number and date are empty"},
    "consent.missing": {"kk": "Дербес деректерді пайдалануға келісім алынбаған",
                        "ru": "Не получено согласие на использование персональных данных",
                        "en": "Consent to use personal data has not been given"},
    "service.unknown": {"kk": "Мұндай қызмет жоқ: {service}", "ru": "Нет такой услуги: {service}",
                        "en": "Unknown service: {service}"},
    "service.repealed": {"kk": "Бұл қызметтің регламенті күшін жойған: құжаттар қабылданбайды",
                         "ru": "Регламент этой услуги утратил силу: документы не принимаются",
                         "en": "This service's regulation is repealed: documents are not accepted"},
    "service.information_only": {
        "kk": "Бұл қызмет тек порталда көрсетіледі: кеңсе тек ақпарат береді",
        "ru": "Эта услуга оказывается только через портал: офис лишь информирует",
        "en": "This service is filed online only: the office can only inform about it"},
    "service.channel": {
        "kk": "Бұл қызмет осы кеңсе арқылы көрсетілмейді (қызмет стандартындағы тәсілдерде жоқ): "
              "кеңсе тек ақпарат береді",
        "ru": "Эта услуга не оказывается через такой офис (нет среди способов по стандарту): "
              "офис лишь информирует",
        "en": "This service is not offered through this kind of office (not among the channels "
              "of its standard): the office can only inform about it"},
    "service.not_here": {
        "kk": "Бұл кеңсе осы қызметтің құжаттарын қабылдамайды (кеңсе баптаулары): "
              "көрсетілетін қызметті берушінің кеңсесіне жүгініңіз",
        "ru": "Этот офис не принимает документы на эту услугу (настройки офиса): обратитесь "
              "в канцелярию услугодателя",
        "en": "This office does not accept documents for this service (office settings): "
              "apply at the provider's office"},
    "office.closed": {
        "kk": "Құжаттар жұмыс күндері {hours} қабылданады; қазір ({now}) қабылдау жүргізілмейді. "
              "Ештеңе сақталмады",
        "ru": "Документы принимаются в рабочие дни {hours}; сейчас ({now}) приём не ведётся. "
              "Ничего не сохранено",
        "en": "Documents are accepted on working days {hours}; now ({now}) there is no "
              "acceptance. Nothing was stored"},
    "handover.not_waiting": {
        "kk": "{number} топтамасы жинақтау жүйесіне берілуді күтіп тұрған жоқ (қабылданбаған, "
              "курьермен жіберілмейді немесе бұрын берілген)",
        "ru": "Пакет {number} не ждёт передачи в накопительный сектор (не принят, не едет "
              "курьером или уже передан)",
        "en": "Package {number} is not waiting for handover to the dispatch desk (not accepted, "
              "not a courier package, or already handed over)"},
    "result.queue_number": {
        "kk": "Кезектілік нөмірі – оң бүтін сан", "ru": "Номер очерёдности – целое положительное число",
        "en": "The queue number must be a positive whole number"},
    "result.not_s2": {
        "kk": "{number}: бұл нәтиже тек мектепке дейінгі ұйымдарға кезекке қою қызметіне беріледі",
        "ru": "{number}: этот результат оформляется только по услуге постановки в очередь в "
              "дошкольные организации",
        "en": "{number}: this result belongs to the preschool queue service only"},
    "result.none": {"kk": "{number}: нәтиже әлі ресімделмеген",
                    "ru": "{number}: результат ещё не оформлен",
                    "en": "{number}: no result has been drawn up yet"},
    "stage.iin_last4": {"kk": "ЖСН-нің соңғы 4 цифрын енгізіңіз",
                        "ru": "Введите последние 4 цифры ИИН",
                        "en": "Enter the last 4 digits of the IIN"},
    "stage.not_found": {
        "kk": "Мұндай өтініш табылмады: қолхат нөмірін және ЖСН-нің соңғы 4 цифрын тексеріңіз",
        "ru": "Заявление не найдено: проверьте номер расписки и последние 4 цифры ИИН",
        "en": "No such application: check the receipt number and the last 4 digits of the IIN"},
    "consent.method": {
        "kk": "Келісім тәсілі: жазбаша (written), ЭЦҚ (eds) немесе SMS (sms)",
        "ru": "Способ согласия: письменно (written), ЭЦП (eds) или SMS (sms)",
        "en": "Consent is given in writing (written), by EDS (eds) or by SMS (sms)"},
    "service.no_documents": {
        "kk": "Бұл қызметтің құжаттар тізбесі әлі толтырылмаған: басшы оны баптауларда енгізуі керек",
        "ru": "Перечень документов этой услуги ещё не заполнен: руководитель должен внести его в настройках",
        "en": "This service's document list has not been filled in yet: a manager must enter it in settings"},
    "document.unknown": {"kk": "Қызметте мұндай құжат жоқ: {document}",
                         "ru": "В услуге нет такого документа: {document}",
                         "en": "The service has no document {document}"},
    "answer.unknown": {"kk": "Қызметте мұндай сұрақ жоқ: {answer}",
                       "ru": "В услуге нет такого вопроса: {answer}",
                       "en": "The service has no question {answer}"},
    "json.malformed": {"kk": "JSON файлы бүлінген: {detail}", "ru": "Файл JSON повреждён: {detail}",
                       "en": "Malformed JSON: {detail}"},
    "field.type": {"kk": "{field} өрісінің түрі қате", "ru": "Неверный тип поля «{field}»",
                   "en": "{field} has the wrong type"},
    "field.missing": {"kk": "{field} өрісі жоқ", "ru": "Нет поля «{field}»",
                      "en": "{field} is missing"},
    "ticket.unknown": {"kk": "Мұндай кезек талоны жоқ: {ticket}",
                       "ru": "Нет такого талона очереди: {ticket}",
                       "en": "There is no queue ticket {ticket}"},
    "pages.invalid": {"kk": "Беттер саны 1-ден 999-ға дейін болуы керек",
                      "ru": "Число страниц должно быть от 1 до 999",
                      "en": "Pages must be a number from 1 to 999"},
    # courier path: dispatch, return from the back office, issue to the applicant
    "dispatch.date": {"kk": "Күні қате: {value} (ЖЖЖЖ-АА-КК түрінде енгізіңіз)",
                      "ru": "Неверная дата: {value} (введите в виде ГГГГ-ММ-ДД)",
                      "en": "Wrong date: {value} (enter it as YYYY-MM-DD)"},
    "dispatch.future": {"kk": "{day} күні әлі келген жоқ: болашақ күнді жөнелтуге болмайды",
                        "ru": "День {day} ещё не наступил: отправить будущий день нельзя",
                        "en": "{day} has not come yet: a future day cannot be dispatched"},
    "package.not_found": {"kk": "{number} нөмірлі құжаттар топтамасы табылмады",
                          "ru": "Пакет с номером {number} не найден",
                          "en": "No package with receipt number {number}"},
    "return.already": {
        "kk": "{number} нәтижесі {at} қайтарылған деп белгіленген: қайта белгілеу қажет емес",
        "ru": "Результат {number} уже отмечен как возвращённый {at}: повторно отмечать не нужно",
        "en": "The result of {number} was already marked as returned at {at}"},
    "return.not_dispatched": {
        "kk": "{number} нәтижесін дайын деп белгілеуге болмайды: топтаманың күйі — {status}; "
              "курьер апаратын топтама алдымен жөнелтілуі керек",
        "ru": "Результат {number} нельзя отметить готовым: статус пакета — {status}; пакет, "
              "который везёт курьер, сначала нужно отправить",
        "en": "The result of {number} cannot be marked ready: the package is {status}; a "
              "package the courier carries must be dispatched first"},
    "return.refused": {
        "kk": "{number} бойынша қабылдаудан бас тартылған: дайын деп белгілейтін нәтиже жоқ",
        "ru": "По {number} в приёме отказано: результата, который можно отметить готовым, нет",
        "en": "{number} was refused at acceptance: there is no result to mark ready"},
    "issue.already": {
        "kk": "{number} нәтижесі {at} берілген ({by}): екінші рет беруге болмайды",
        "ru": "Результат {number} уже выдан {at} ({by}): повторная выдача невозможна",
        "en": "The result of {number} was already issued at {at} by {by}: it cannot be issued twice"},
    "issue.not_ready": {
        "kk": "{number} нәтижесі әлі дайын емес: топтаманың күйі — {status}; алдымен нәтиже "
              "«Нәтижелер» бөлімінде дайын деп белгіленуі керек",
        "ru": "Результат {number} ещё не готов: статус пакета — {status}; сначала результат "
              "нужно отметить готовым в разделе «Результаты»",
        "en": "The result of {number} is not ready: the package is {status}; it must first be "
              "marked ready in Results"},
    "staff.forbidden": {"kk": "{login} үшін бұл бөлім жабық: {section}",
                        "ru": "Для {login} этот раздел закрыт: {section}",
                        "en": "{login} may not open {section}"},
    "staff.wrong": {"kk": "Логин немесе PIN қате", "ru": "Неверный логин или PIN",
                    "en": "Wrong login or PIN"},
    "staff.locked": {"kk": "Тым көп қате әрекет: тіркелгі {minutes} минутқа бұғатталды",
                     "ru": "Слишком много неверных попыток: учётная запись заблокирована на {minutes} мин",
                     "en": "Too many wrong tries: the account is locked for {minutes} min"},
    "staff.secret_short": {"kk": "PIN немесе құпиясөз {min}-ден 64 таңбаға дейін болуы керек",
                           "ru": "PIN или пароль должен содержать от {min} до 64 символов",
                           "en": "A PIN or password must have {min} to 64 characters"},
    "staff.secret_mismatch": {"kk": "Екі PIN бірдей емес", "ru": "PIN-коды не совпадают",
                              "en": "The two PINs differ"},
    "anchor.passphrase_short": {
        "kk": "Кілттің құпия сөзі кемінде {min} таңбадан тұруы керек",
        "ru": "Парольная фраза ключа должна быть не короче {min} символов",
        "en": "The key's passphrase must have at least {min} characters"},
    "anchor.no_key_file": {"kk": "Кілт файлы оқылмады: {path}",
                           "ru": "Не удалось прочитать файл ключа: {path}",
                           "en": "Cannot read the key file {path}"},
    "anchor.not_a_key": {
        "kk": "{path} — бағдарламаның шифрланған Ed25519 кілті емес",
        "ru": "{path} — не зашифрованный ключ Ed25519 этой программы",
        "en": "{path} is not an encrypted Ed25519 key of this program"},
    "anchor.key_exists": {
        "kk": "{path} бар: кілт файлы ешқашан қайта жазылмайды, басқа файл атын беріңіз",
        "ru": "{path} уже существует: файл ключа никогда не перезаписывается, укажите другой файл",
        "en": "{path} exists: a key file is never overwritten, give another file"},
    "anchor.bad_passphrase": {"kk": "{path} кілтінің құпия сөзі қате",
                              "ru": "Неверная парольная фраза ключа {path}",
                              "en": "Wrong passphrase for the key {path}"},
    "anchor.unknown_key": {
        "kk": "{fingerprint} кілті кеңседе тіркелмеген: алдымен «qabyldau audit key» орындаңыз",
        "ru": "Ключ {fingerprint} не зарегистрирован в офисе: сначала выполните «qabyldau audit key»",
        "en": "The key {fingerprint} is not registered with the office: run "
              "'qabyldau audit key' first"},
    "anchor.no_passphrase": {
        "kk": "Кілттің құпия сөзі жоқ: $QABYLDAU_KEY_PASSPHRASE орнатыңыз немесе команданы "
              "терминалда іске қосыңыз",
        "ru": "Нет парольной фразы ключа: задайте $QABYLDAU_KEY_PASSPHRASE или запустите "
              "команду в терминале",
        "en": "No key passphrase: set $QABYLDAU_KEY_PASSPHRASE or run the command in a terminal"},
    "staff.no_pin": {"kk": "{login} үшін PIN жоқ: $QABYLDAU_PIN орнатыңыз немесе команданы "
                           "терминалда іске қосыңыз",
                     "ru": "Нет PIN для {login}: задайте $QABYLDAU_PIN или запустите команду "
                           "в терминале",
                     "en": "no PIN for {login}: set $QABYLDAU_PIN or run the command in a "
                           "terminal"},
    "staff.no_login": {"kk": "Алдымен кіріңіз: --login ЛОГИН (PIN $QABYLDAU_PIN-нен алынады "
                             "немесе сұралады)",
                       "ru": "Сначала войдите: --login ЛОГИН (PIN из $QABYLDAU_PIN или "
                             "будет запрошен)",
                       "en": "sign in first: --login LOGIN (the PIN from $QABYLDAU_PIN or "
                             "asked for)"},
    "staff.last_admin": {"kk": "Соңғы белсенді әкімшіні өшіруге болмайды",
                         "ru": "Нельзя отключить последнего активного администратора",
                         "en": "The last active administrator cannot be disabled"},
    "store.missing": {
        "kk": "{folder} бумасында қойма жоқ. Кеңсе қоймасын жасау: qabyldau setup "
              "--office-code КОД --name-kk АТАУЫ --name-ru НАЗВАНИЕ --address МЕКЕНЖАЙ --admin ЛОГИН; "
              "оқу кеңсесін жасау: qabyldau demo",
        "ru": "В папке {folder} нет хранилища. Хранилище офиса: qabyldau setup "
              "--office-code КОД --name-kk АТАУЫ --name-ru НАЗВАНИЕ --address АДРЕС --admin ЛОГИН; "
              "учебный офис: qabyldau demo",
        "en": "no store in {folder}. Make an office store: qabyldau setup --office-code CODE "
              "--name-kk NAME --name-ru NAME --address ADDRESS --admin LOGIN; or a training "
              "office: qabyldau demo"},
    "store.exists": {"kk": "{folder} бумасында қойма бар ({kind}): жаңасы жасалмайды",
                     "ru": "В папке {folder} уже есть хранилище ({kind}): новое не создаётся",
                     "en": "{folder} already holds a store ({kind}): no new one is made"},
    "store.not_training": {
        "kk": "Бұл нақты кеңсенің қоймасы: демо-деректер тек оқу қоймасына қосылады "
              "(бос бумада qabyldau demo --data-dir БУМА)",
        "ru": "Это хранилище настоящего офиса: демо-данные добавляются только в учебное "
              "(qabyldau demo --data-dir ПАПКА в пустой папке)",
        "en": "this is an office store: demo data goes into a training store only "
              "(qabyldau demo --data-dir FOLDER in an empty folder)"},
    "store.fixed_clock": {
        "kk": "QABYLDAU_NOW тек оқу қоймасында жұмыс істейді; нақты кеңседе уақыт — компьютер "
              "сағаты. QABYLDAU_NOW айнымалысын алып тастаңыз",
        "ru": "QABYLDAU_NOW действует только в учебном хранилище; в настоящем офисе время — "
              "часы компьютера. Уберите переменную QABYLDAU_NOW",
        "en": "QABYLDAU_NOW works on a training store only; an office store keeps the "
              "computer's time. Unset QABYLDAU_NOW"},
    "register.full_iins": {
        "kk": "Толық ЖСН-дерді тек басшы немесе әкімші ала алады (бұл аудитке жазылады)",
        "ru": "Полные ИИН может получить только руководитель или администратор (это записывается в аудит)",
        "en": "Only a manager or an administrator may have full IINs (it is recorded in the audit)"},
    "demo.future": {"kk": "Демо-күн болашақта болмайды: {day}",
                    "ru": "Демо-день не может быть в будущем: {day}",
                    "en": "a demo day cannot be in the future: {day}"},
    "home.consent": {
        "kk": "Көрсетілетін қызметті алушының дербес деректерді өңдеуге келісімі қажет",
        "ru": "Нужно согласие заявителя на обработку персональных данных",
        "en": "The applicant's consent to processing personal data is required"},
    "staff.login_invalid": {"kk": "Логин латын кіші әріптерінен және цифрлардан тұрады (2-32 таңба)",
                            "ru": "Логин: строчные латинские буквы и цифры (2-32 символа)",
                            "en": "A login is 2-32 lower-case Latin letters and digits"},
    "staff.role_unknown": {"kk": "Мұндай рөл жоқ: {role}", "ru": "Нет такой роли: {role}",
                           "en": "Unknown role: {role}"},
    "staff.login_taken": {"kk": "{login} логині бос емес", "ru": "Логин {login} уже занят",
                          "en": "The login {login} is taken"},
    "staff.unknown": {"kk": "Мұндай қызметкер жоқ: {login}", "ru": "Нет такого сотрудника: {login}",
                      "en": "No employee {login}"},
    "staff.self_disable": {"kk": "Өз тіркелгіңізді өшіре алмайсыз",
                           "ru": "Нельзя отключить собственную учётную запись",
                           "en": "You cannot disable your own account"},
    "date.invalid": {"kk": "Күн ЖЖЖЖ-АА-КК түрінде болуы керек",
                     "ru": "Дата должна быть в виде ГГГГ-ММ-ДД",
                     "en": "A date must be YYYY-MM-DD"},
    "period.invalid": {"kk": "Кезеңнің басы соңынан кейін", "ru": "Начало периода позже конца",
                       "en": "The period starts after it ends"},
    "complaint.number_taken": {"kk": "{number} кіріс нөмірі тіркелген",
                               "ru": "Входящий номер {number} уже зарегистрирован",
                               "en": "Incoming number {number} is already registered"},
    "complaint.unknown": {"kk": "Мұндай шағым жоқ: {number}", "ru": "Нет такой жалобы: {number}",
                          "en": "No complaint {number}"},
    "complaint.future": {"kk": "Шағымның келген күні болашақта", "ru": "Дата поступления жалобы в будущем",
                         "en": "The complaint's date is in the future"},
    "settings.time": {"kk": "{field}: уақыт СС:ММ түрінде", "ru": "{field}: время в виде ЧЧ:ММ",
                      "en": "{field}: a time is HH:MM"},
    "settings.hours": {"kk": "Жұмыс уақыты ретсіз: ашылу < түскі үзіліс < қабылдау соңы ≤ жабылу",
                       "ru": "Часы работы не по порядку: открытие < обед < конец приёма ≤ закрытие",
                       "en": "Hours out of order: open < lunch < accept until ≤ close"},
    "settings.choice": {"kk": "{field}: рұқсат етілмеген мән", "ru": "{field}: недопустимое значение",
                        "en": "{field}: not an allowed value"},
    "settings.timeout": {"kk": "Күту уақыты 15-тен 3600 секундқа дейін",
                         "ru": "Тайм-аут от 15 до 3600 секунд",
                         "en": "The idle timeout is 15 to 3600 seconds"},
    "settings.code": {"kk": "{field}: тек латын бас әріптері мен цифрлар",
                      "ru": "{field}: только заглавные латинские буквы и цифры",
                      "en": "{field}: capital Latin letters and digits only"},
    "catalogue.version_taken": {"kk": "{version} нұсқасы басқа мазмұнмен сақталған: жаңа нұсқа нөмірін беріңіз",
                                "ru": "Версия {version} уже сохранена с другим содержимым: дайте новый номер версии",
                                "en": "Version {version} is stored with other content: give it a new version"},
    "catalogue.unknown_version": {"kk": "Мұндай каталог нұсқасы жоқ: {version}",
                                  "ru": "Нет такой версии каталога: {version}",
                                  "en": "No catalogue version {version}"},
    "catalogue.no_documents": {"kk": "Кемінде бір құжат енгізіңіз", "ru": "Введите хотя бы один документ",
                               "en": "Enter at least one document"},
    "queue.category_not_allowed": {
        "kk": "Бұл кеңседе кезек тек рет бойынша шақырылады: санатты таңдауға болмайды",
        "ru": "В этом офисе очередь вызывается только по порядку: выбрать категорию нельзя",
        "en": "This office calls the queue in order only: a category cannot be chosen"},
    "queue.unknown_ticket": {"kk": "Мұндай талон жоқ: {ticket}", "ru": "Нет такого талона: {ticket}",
                             "en": "No such ticket: {ticket}"},
    "queue.wrong_status": {
        "kk": "{number} талонымен бұл әрекетті қазір жасауға болмайды (күйі: {status})",
        "ru": "С талоном {number} сейчас нельзя это сделать (состояние: {status})",
        "en": "Ticket {number} cannot do this now (status: {status})"},
    "queue.window_number": {"kk": "Терезе нөмірі 1-ден 999-ға дейінгі сан болуы керек: {window}",
                            "ru": "Номер окна должен быть числом от 1 до 999: {window}",
                            "en": "A window number is a number from 1 to 999: {window}"},
    "queue.categories": {
        "kk": "{window} терезесі: санаттар тек {letters} әріптерінен тұрады (кемінде біреуі)",
        "ru": "Окно {window}: категории — только буквы {letters} (хотя бы одна)",
        "en": "Window {window}: categories are the letters {letters} (at least one)"},
    "queue.no_show_after": {"kk": "Келмеді деп белгілеуге дейінгі қайта шақырулар саны: 1-ден 20-ға дейін",
                            "ru": "Число повторных вызовов до неявки: от 1 до 20",
                            "en": "Recalls before a no-show: from 1 to 20"},
    "queue.volume": {"kk": "Дыбыс деңгейі 0-ден 100-ге дейін", "ru": "Громкость от 0 до 100",
                     "en": "Volume is from 0 to 100"},
    "queue.request_id": {"kk": "Сұрау идентификаторы 1-100 таңбадан тұрады",
                         "ru": "Идентификатор запроса — от 1 до 100 символов",
                         "en": "A request id has 1 to 100 characters"},
    "queue.request_reused": {
        "kk": "Бұл сұрау идентификаторы {window} терезесінің шақыруына берілген",
        "ru": "Этот идентификатор запроса уже использован вызовом к окну {window}",
        "en": "This request id was already used by a call to window {window}"},
    "queue.window_paused": {
        "kk": "{window} терезесі үзілісте: алдымен жұмысты жалғастырыңыз",
        "ru": "Окно {window} на перерыве: сначала возобновите работу",
        "en": "Window {window} is on a break: resume it first"},
    "queue.redirect_target": {
        "kk": "Талонды қайда жіберу керек: не санатты, не терезені көрсетіңіз",
        "ru": "Куда перенаправить талон: укажите либо категорию, либо окно",
        "en": "Where to send the ticket: give either a category or a window"},
    "queue.bad_code": {"kk": "Талон коды әріп пен нөмірден тұрады (мысалы A012): {ticket}",
                       "ru": "Код талона — буква и номер (например A012): {ticket}",
                       "en": "A ticket code is a letter and a number (e.g. A012): {ticket}"},
    "queue.announce_lang": {"kk": "Хабарландыру тілі: kk немесе ru, {language} емес",
                            "ru": "Язык объявления: kk или ru, а не {language}",
                            "en": "The announcement language is kk or ru, not {language}"},
    "queue.out_folder": {"kk": "Мұндай бума жоқ: {folder}", "ru": "Нет такой папки: {folder}",
                         "en": "No such folder: {folder}"},
    "queue.no_one_waiting": {"kk": "Кезекте ешкім жоқ", "ru": "В очереди никого нет",
                             "en": "no one waiting"},
    "home.phone_needed": {
        "kk": "Қызметкер хабарласуы үшін телефон нөмірін енгізіңіз",
        "ru": "Введите номер телефона, чтобы сотрудник мог связаться с вами",
        "en": "Enter a phone number so that an employee can call you back"},
    # a request for acceptance at home, handled at the desk: new -> scheduled -> done | cancelled
    "home.unknown": {"kk": "№{id} тұрғылықты жерінде қабылдау өтініші жоқ",
                     "ru": "Нет заявки на приём на дому № {id}",
                     "en": "There is no home visit request No {id}"},
    "home.already_done": {
        "kk": "№{id} өтініш {at} орындалды деп белгіленген ({by}): оны өзгертуге болмайды",
        "ru": "Заявка № {id} уже отмечена выполненной {at} ({by}): изменить её нельзя",
        "en": "Request No {id} was already marked done at {at} by {by}: it cannot change"},
    "home.already_cancelled": {
        "kk": "№{id} өтініштен {at} бас тартылған ({by}): оны өзгертуге болмайды",
        "ru": "Заявка № {id} уже отменена {at} ({by}): изменить её нельзя",
        "en": "Request No {id} was already cancelled at {at} by {by}: it cannot change"},
    "home.not_scheduled": {
        "kk": "№{id} өтініш бойынша бару күні әлі белгіленбеген: алдымен баруды жоспарлаңыз",
        "ru": "По заявке № {id} ещё не назначен день выезда: сначала назначьте выезд",
        "en": "Request No {id} has no visit date yet: schedule the visit first"},
    "home.date_past": {
        "kk": "Бару күні өтіп кеткен ({day}): бүгінді немесе кейінгі күнді таңдаңыз",
        "ru": "День выезда уже прошёл ({day}): выберите сегодня или более поздний день",
        "en": "The visit date {day} has passed: choose today or a later day"},
    "home.date_rest_day": {
        "kk": "{day} — кеңсенің жұмыс күні емес: жұмыс күнін таңдаңыз",
        "ru": "{day} — нерабочий день офиса: выберите рабочий день",
        "en": "{day} is not a working day of the office: choose a working day"},
    "home.time": {"kk": "Бару уақыты СС:ММ түрінде болуы керек, мысалы 10:30",
                  "ru": "Время выезда должно быть в виде ЧЧ:ММ, например 10:30",
                  "en": "A visit time is HH:MM, e.g. 10:30"},
    "home.reason_needed": {
        "kk": "Өтініштен неге бас тартылатынын жазыңыз (мысалы, көрсетілетін қызметті алушымен байланыс жоқ)",
        "ru": "Укажите причину отмены заявки (например, заявитель недоступен)",
        "en": "Say why the request is cancelled (e.g. the applicant cannot be reached)"},
}

# how the courier-path messages name a package's status
# the desk's sections by key, as their titles read (a refusal names the section, not its key)
SECTION_NAMES: dict[str, dict[str, str]] = {
    "intake": {"kk": "Қабылдау", "ru": "Приём", "en": "Intake"},
    "today": {"kk": "Бүгін", "ru": "Сегодня", "en": "Today"},
    "package": {"kk": "Топтама", "ru": "Пакет", "en": "Package"},
    "queue": {"kk": "Кезек", "ru": "Очередь", "en": "Queue"},
    "home": {"kk": "Тұрғылықты жерінде қабылдау", "ru": "Приём на дому", "en": "Home visits"},
    "dispatch": {"kk": "Жөнелту", "ru": "Отправка", "en": "Dispatch"},
    "returns": {"kk": "Нәтижелер", "ru": "Результаты", "en": "Results"},
    "issue": {"kk": "Нәтиже беру", "ru": "Выдача", "en": "Issue"},
    "overdue": {"kk": "Мерзімі өткен", "ru": "Просрочено", "en": "Overdue"},
    "registers": {"kk": "Күнделікті тізілім", "ru": "Ежедневный реестр", "en": "Daily register"},
    "statistics": {"kk": "Статистика", "ru": "Статистика", "en": "Statistics"},
    "complaints": {"kk": "Шағымдар", "ru": "Жалобы", "en": "Complaints"},
    "catalogue": {"kk": "Каталог", "ru": "Каталог", "en": "Catalogue"},
    "audit": {"kk": "Әрекеттер журналы", "ru": "Журнал действий", "en": "Audit trail"},
    "staff": {"kk": "Қызметкерлер", "ru": "Сотрудники", "en": "Staff"},
    "settings": {"kk": "Баптаулар", "ru": "Настройки", "en": "Settings"},
}


STATUS_NAMES: dict[str, dict[str, str]] = {
    "accepted": {"kk": "қабылданды (әлі жөнелтілмеген)", "ru": "принят (ещё не отправлен)",
                 "en": "accepted (not sent yet)"},
    "refused": {"kk": "қабылдаудан бас тартылды", "ru": "в приёме отказано", "en": "refused"},
    "dispatched": {"kk": "курьермен жөнелтілді", "ru": "отправлен курьером",
                   "en": "sent by courier"},
    "result_ready": {"kk": "нәтиже дайын", "ru": "результат готов", "en": "result ready"},
    "issued": {"kk": "нәтиже берілді", "ru": "результат выдан", "en": "issued"},
}

FIELD_NAMES: dict[str, dict[str, str]] = {
    "surname": {"kk": "Тегі", "ru": "Фамилия", "en": "Surname"},
    "name": {"kk": "Аты", "ru": "Имя", "en": "Name"},
    "patronymic": {"kk": "Әкесінің аты", "ru": "Отчество", "en": "Patronymic"},
    "iin": {"kk": "ЖСН", "ru": "ИИН", "en": "IIN"},
    "phone": {"kk": "Телефон", "ru": "Телефон", "en": "Phone"},
    "address": {"kk": "Мекенжай", "ru": "Адрес", "en": "Address"},
    "poa": {"kk": "Сенімхат", "ru": "Доверенность", "en": "Power of attorney"},
    "full_name": {"kk": "Аты-жөні", "ru": "ФИО", "en": "Full name"},
    "incoming_number": {"kk": "Кіріс нөмірі", "ru": "Входящий номер", "en": "Incoming number"},
    "text": {"kk": "Мәтін", "ru": "Текст", "en": "Text"},
    "name_kk": {"kk": "Атауы (қаз.)", "ru": "Название (каз.)", "en": "Name (kk)"},
    "name_ru": {"kk": "Атауы (орыс.)", "ru": "Название (рус.)", "en": "Name (ru)"},
    "address_kk": {"kk": "Мекенжай (қаз.)", "ru": "Адрес (каз.)", "en": "Address (kk)"},
    "address_ru": {"kk": "Мекенжай (орыс.)", "ru": "Адрес (рус.)", "en": "Address (ru)"},
    "applicant": {"kk": "Көрсетілетін қызметті алушы", "ru": "Заявитель", "en": "Applicant"},
    "open_time": {"kk": "Ашылу уақыты", "ru": "Время открытия", "en": "Opens"},
    "close_time": {"kk": "Жабылу уақыты", "ru": "Время закрытия", "en": "Closes"},
    "accept_until": {"kk": "Қабылдау соңы", "ru": "Приём до", "en": "Accepts until"},
    "lunch_start": {"kk": "Түскі үзіліс басы", "ru": "Начало обеда", "en": "Lunch from"},
    "lunch_end": {"kk": "Түскі үзіліс соңы", "ru": "Конец обеда", "en": "Lunch until"},
    "station": {"kk": "Орын коды", "ru": "Код места", "en": "Station code"},
    "paper": {"kk": "Қағаз", "ru": "Бумага", "en": "Paper"},
    "language": {"kk": "Тіл", "ru": "Язык", "en": "Language"},
    "note": {"kk": "Ескертпе", "ru": "Примечание", "en": "Note"},
    "reason": {"kk": "Себебі", "ru": "Причина", "en": "Reason"},
    "visit_date": {"kk": "Бару күні", "ru": "День выезда", "en": "Visit date"},
    "visit_time": {"kk": "Бару уақыты", "ru": "Время выезда", "en": "Visit time"},
    "package_number": {"kk": "Қолхат нөмірі", "ru": "Номер расписки", "en": "Receipt number"},
    "accepted_at": {"kk": "Қабылдау уақыты", "ru": "Время приёма", "en": "Time of acceptance"},
    "consent_method": {"kk": "Келісім тәсілі", "ru": "Способ согласия", "en": "Consent given by"},
    "child": {"kk": "Баланың Т.А.Ә.", "ru": "Ф.И.О. ребёнка", "en": "Child's name"},
    "organisation": {"kk": "Мектепке дейінгі ұйым", "ru": "Дошкольная организация",
                     "en": "Preschool organisation"},
    "queue_number": {"kk": "Кезектілік нөмірі", "ru": "Номер очерёдности", "en": "Queue number"},
    "received": {"kk": "Қабылданған күні мен уақыты", "ru": "Дата и время приёма",
                 "en": "Received at"},
    "addressed_to": {"kk": "Кімге жолданды", "ru": "Кому адресована", "en": "Addressed to"},
    "postal_address": {"kk": "Пошталық мекенжайы", "ru": "Почтовый адрес",
                       "en": "Postal address"},
    "answer_place": {"kk": "Жауап алу орны", "ru": "Место получения ответа",
                     "en": "Where the answer is given"},
}


def field_label(field: str, lang: str = "en") -> str:
    leaf = field.rsplit(".", 1)[-1]
    names = FIELD_NAMES.get(leaf)
    return names.get(lang, names["en"]) if names else field


SHOWN_MAX = 60


def _shown(value: Any) -> Any:
    """A value echoed in a message: printable (no control characters or lone surrogates, which
    a terminal or a label cannot show) and short (not the 10,000 characters someone typed)."""
    if not isinstance(value, str):
        return value
    clean = "".join("\ufffd" if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn")
                    else ch for ch in value)
    return clean if len(clean) <= SHOWN_MAX else clean[:SHOWN_MAX] + "…"


def message(code: str, lang: str = "en", **params: Any) -> str:
    table = MESSAGES.get(code)
    if table is None:
        return code
    text = table.get(lang) or table["en"]
    try:
        return text.format(**{k: _shown(v) for k, v in params.items()})
    except (KeyError, IndexError):
        return text


class InputError(ValueError):
    """Bad input from a person or a file: names the field and says what is wrong."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        self.field = field
        self.code = code
        self.params = params
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        params = dict(self.params)
        params.setdefault("field", field_label(self.field, lang))
        status = params.get("status")
        if isinstance(status, str) and status in STATUS_NAMES:
            params["status"] = STATUS_NAMES[status].get(lang, status)
        section = params.get("section")
        if isinstance(section, str) and section in SECTION_NAMES:
            params["section"] = SECTION_NAMES[section].get(lang, section)
        body = message(self.code, lang, **params)
        return body

    def __str__(self) -> str:  # "applicant.iin: IIN must have 12 digits, not 11"
        return f"{self.field}: {self.text('en')}" if self.field else self.text("en")


# -- the record's own safety: outputs, full disks, held locks, requests (kiosk/safe_write.py)
MESSAGES.update({
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
})
