"""Messages (kk, ru, en) of the courier path, complaints, registers, the queue, settings,
catalogue versions, staff and sign-in, and signed audit anchors."""

COURIER: dict[str, dict[str, str]] = {
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
}
