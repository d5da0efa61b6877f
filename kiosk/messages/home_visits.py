"""Messages (kk, ru, en) of requests for acceptance at home."""

HOME_VISITS: dict[str, dict[str, str]] = {
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
