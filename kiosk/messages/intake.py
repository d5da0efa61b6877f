"""Messages (kk, ru, en) of dispatch folders checked on arrival, intake (applicants, documents,
services, consent), S2 results, handovers and the stage of a package."""

INTAKE: dict[str, dict[str, str]] = {
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
}
