"""Messages (kk, ru, en) of the office server, its stations and moving an office to a server."""

OFFICE: dict[str, dict[str, str]] = {
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
}
