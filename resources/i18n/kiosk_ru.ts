<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>HomeVisitPage</name>
    <message>
        <source>Your request No %1 is recorded. An employee will call you to agree a time.</source>
        <translation>Ваша заявка № %1 зарегистрирована. Сотрудник позвонит вам, чтобы согласовать время.</translation>
    </message>
    <message>
        <source>Documents accepted at your home</source>
        <translation>Приём документов на дому</translation>
    </message>
    <message>
        <source>For applicants whose health limits their movement. Leave a phone number; an employee calls back and comes to accept the documents. You can also call 1414 or 8-800-080-7777.</source>
        <translation>Для заявителей, чьё здоровье ограничивает передвижение. Оставьте номер телефона: сотрудник перезвонит и приедет принять документы. Можно также позвонить по номеру 1414 или 8-800-080-7777.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Отправить заявку</translation>
    </message>
    <message>
        <source>I agree that the office keeps my name, phone and address to arrange the visit (Law on personal data)</source>
        <translation>Я согласен(на), чтобы офис хранил моё имя, телефон и адрес для согласования визита (Закон о персональных данных)</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>The list is printed: take it from the printer.</source>
        <translation>Список напечатан: возьмите его из принтера.</translation>
    </message>
    <message>
        <source>Printing the list…</source>
        <translation>Печатаем список…</translation>
    </message>
    <message>
        <source>The printer is not working, so the list was not printed. Please ask the staff, or read the list on this screen.</source>
        <translation>Принтер не работает, поэтому список не напечатан. Обратитесь к сотрудникам или прочитайте список на этом экране.</translation>
    </message>
    <message>
        <source>Are you still there? In %1 s the kiosk starts over and everything you typed is wiped.</source>
        <translation>Вы ещё здесь? Через %1 с терминал начнёт сначала, и всё введённое будет стёрто.</translation>
    </message>
    <message>
        <source>⟲ Start over</source>
        <translation>⟲ Начать сначала</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать сначала</translation>
    </message>
    <message>
        <source>A+ Large text</source>
        <translation>A+ Крупный текст</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <source>◐ High contrast</source>
        <translation>◐ Высокий контраст</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Только для сотрудников: введите PIN-код</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Я ещё здесь</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Kazakh letters</source>
        <translation>Казахские буквы</translation>
    </message>
    <message>
        <source>Russian letters</source>
        <translation>Русские буквы</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Латинские буквы</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Заглавная буква</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Delete a character</source>
        <translation>Удалить символ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Очистить поле</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Wrong PIN</source>
        <translation>Неверный PIN-код</translation>
    </message>
    <message>
        <source>Closing the kiosk: staff only, enter the PIN</source>
        <translation>Закрытие терминала: только для сотрудников, введите PIN-код</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Только для сотрудников: введите PIN-код</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
</context>
<context>
    <name>PrefillPage</name>
    <message>
        <source>%1 of 12 digits</source>
        <translation>Введено %1 из 12 цифр</translation>
    </message>
    <message>
        <source>IIN is correct</source>
        <translation>ИИН верный</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>Fill in what you can: the staff will check your papers and complete the rest. Touch a field to type.</source>
        <translation>Заполните, что можете: сотрудник проверит документы и дополнит остальное. Коснитесь поля, чтобы печатать.</translation>
    </message>
    <message>
        <source>IIN (12 digits)</source>
        <translation>ИИН (12 цифр)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic (if any)</source>
        <translation>Отчество (при наличии)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Да: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Нет: %1</translation>
    </message>
    <message>
        <source>I agree that the office uses my personal data from state information systems for this service</source>
        <translation>Я согласен(на), чтобы офис использовал мои персональные данные из государственных информационных систем для этой услуги</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Get a ticket</source>
        <translation>Получить талон</translation>
    </message>
</context>
<context>
    <name>QueueSection</name>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>The office server did not answer: press Call next again when it is back (the same call is repeated).</source>
        <translation>Сервер офиса не ответил: когда он вернётся, нажмите «Вызвать следующего» ещё раз (повторится тот же вызов).</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>В очереди никого нет.</translation>
    </message>
    <message>
        <source>%1 did not come after %2 calls: marked absent.</source>
        <translation>%1 не подошёл после %2 вызовов: отмечен как неявка.</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>%1 перенаправлен: %2.</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Закрыть день</translation>
    </message>
    <message>
        <source>Close every ticket of today still waiting?</source>
        <translation>Закрыть все сегодняшние талоны, которые ещё ждут?</translation>
    </message>
    <message>
        <source>Tickets closed: %1</source>
        <translation>Закрыто талонов: %1</translation>
    </message>
    <message>
        <source>No ticket %1 today.</source>
        <translation>Сегодня нет талона %1.</translation>
    </message>
    <message>
        <source>The intake section is not available at this desk.</source>
        <translation>На этом рабочем месте нет раздела приёма.</translation>
    </message>
    <message>
        <source>No applicant called to this desk yet.</source>
        <translation>К этому месту ещё никого не вызвали.</translation>
    </message>
    <message>
        <source>Now at this desk: %1 (%2)</source>
        <translation>Сейчас у окна: %1 (%2)</translation>
    </message>
    <message>
        <source>Resume calling</source>
        <translation>Возобновить вызов</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>called</source>
        <translation>вызван</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>не подошёл</translation>
    </message>
    <message>
        <source>served</source>
        <translation>обслужен</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>Window %1 · Queue: %2 waiting, %3 for this window</source>
        <translation>Окно %1 · Очередь: ожидают %2, к этому окну %3</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Вызвать следующего</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Не подошёл</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Вызвать повторно</translation>
    </message>
    <message>
        <source>Open application</source>
        <translation>Открыть заявление</translation>
    </message>
    <message>
        <source>Served without a package</source>
        <translation>Обслужен без пакета</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Перенаправить</translation>
    </message>
    <message>
        <source>Where to send the ticket</source>
        <translation>Куда перенаправить талон</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>очередь %1 (%2)</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>окно %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Вызван</translation>
    </message>
    <message>
        <source>Waited, min</source>
        <translation>Ожидание, мин</translation>
    </message>
    <message>
        <source>Service, min</source>
        <translation>Обслуживание, мин</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>This service is filed online only, at www.egov.kz. The staff will help you with it.</source>
        <translation>Эта услуга оказывается только на портале www.egov.kz. Сотрудник поможет вам.</translation>
    </message>
    <message>
        <source>Papers you will need for the online application</source>
        <translation>Документы, которые понадобятся для онлайн-заявки</translation>
    </message>
    <message>
        <source>Only if it applies to you</source>
        <translation>Только если это относится к вам</translation>
    </message>
    <message>
        <source>Bring these papers</source>
        <translation>Принесите эти документы</translation>
    </message>
    <message>
        <source>Bring only if it applies to you</source>
        <translation>Принесите, только если это относится к вам</translation>
    </message>
    <message>
        <source>We will ask:</source>
        <translation>Мы спросим:</translation>
    </message>
    <message>
        <source>If you have them</source>
        <translation>Если есть</translation>
    </message>
    <message>
        <source>No need to attach: these come from information systems</source>
        <translation>Прикладывать не нужно: эти сведения берутся из информационных систем</translation>
    </message>
    <message>
        <source>No need to bring: the office gets these from information systems</source>
        <translation>Приносить не нужно: офис получит их из информационных систем</translation>
    </message>
    <message>
        <source>The list of papers for this service is not filled in yet: please ask the staff.</source>
        <translation>Перечень документов этой услуги ещё не заполнен: спросите у сотрудника.</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Чего ожидать</translation>
    </message>
    <message>
        <source>Waiting in the queue: at most %1 min. Service at the desk: at most %2 min.</source>
        <translation>Ожидание в очереди: не более %1 мин. Обслуживание у окна: не более %2 мин.</translation>
    </message>
    <message>
        <source>The result: within %1 working days.</source>
        <translation>Результат: в течение %1 рабочих дней.</translation>
    </message>
    <message>
        <source>The term of the result is set by the provider; the office tells you when your result is here.</source>
        <translation>Срок результата устанавливает услугодатель; когда результат поступит, офис вам сообщит.</translation>
    </message>
    <message>
        <source>Your papers go to the provider by courier; the result comes back to this office and you collect it here.</source>
        <translation>Ваши документы отправят поставщику услуги курьером; результат вернётся в этот офис, и вы получите его здесь.</translation>
    </message>
    <message>
        <source>The service is free.</source>
        <translation>Услуга бесплатная.</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Что принести</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Print this list</source>
        <translation>Напечатать список</translation>
    </message>
    <message>
        <source>Fill in my details and get a ticket</source>
        <translation>Заполнить данные и получить талон</translation>
    </message>
    <message>
        <source>Just a ticket</source>
        <translation>Только талон</translation>
    </message>
    <message>
        <source>Get a ticket without filling in</source>
        <translation>Получить талон без заполнения</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>documents are not accepted at this office</source>
        <translation>в этом офисе документы не принимаются</translation>
    </message>
    <message>
        <source>Which service do you need?</source>
        <translation>Какая услуга вам нужна?</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Все услуги</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Детский сад</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Search: type a word, e.g. attestation</source>
        <translation>Поиск: введите слово, например, аттестация</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Поиск услуг</translation>
    </message>
    <message>
        <source>Nothing found. Try another word or ask the staff.</source>
        <translation>Ничего не найдено. Попробуйте другое слово или спросите сотрудника.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Application No %1</source>
        <translation>Заявление № %1</translation>
    </message>
    <message>
        <source>Result due: %1</source>
        <translation>Срок выдачи результата: %1</translation>
    </message>
    <message>
        <source>Where to collect: %1</source>
        <translation>Где получить: %1</translation>
    </message>
    <message>
        <source>Where is my application?</source>
        <translation>Где моё заявление?</translation>
    </message>
    <message>
        <source>Scan the barcode of your receipt, or type the receipt number and the last 4 digits of your IIN.</source>
        <translation>Отсканируйте штрихкод расписки или введите номер расписки и последние 4 цифры ИИН.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Номер расписки</translation>
    </message>
    <message>
        <source>Last 4 digits of the IIN</source>
        <translation>Последние 4 цифры ИИН</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Show the stage</source>
        <translation>Показать этап</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>Ваш номер: %1</translation>
    </message>
    <message>
        <source>Nobody is ahead of you: watch the board, you will be called soon.</source>
        <translation>Перед вами никого нет: следите за табло, вас скоро вызовут.</translation>
    </message>
    <message>
        <source>Nobody is ahead of you: listen for your number, you will be called soon.</source>
        <translation>Перед вами никого нет: слушайте свой номер, вас скоро вызовут.</translation>
    </message>
    <message>
        <source>People ahead of you: %1. Estimated wait: about %2 min.</source>
        <translation>Перед вами: %1 чел. Ожидание: примерно %2 мин.</translation>
    </message>
    <message>
        <source> Your details are filled in: the clerk only checks your papers.</source>
        <translation> Ваши данные заполнены: сотрудник только проверит документы.</translation>
    </message>
    <message>
        <source>Your ticket is printing…</source>
        <translation>Ваш талон печатается…</translation>
    </message>
    <message>
        <source>Take your ticket from the printer.</source>
        <translation>Возьмите талон из принтера.</translation>
    </message>
    <message>
        <source>The printer is not working, so no ticket was printed. Please remember your number: %1. The staff will call and find you by it.</source>
        <translation>Принтер не работает, поэтому талон не напечатан. Запомните свой номер: %1. Сотрудники вызовут вас по этому номеру.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Done: back to the start</source>
        <translation>Готово: вернуться в начало</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Documents are not being accepted right now. Acceptance: %1–%2, lunch break %3–%4, Monday to Friday. You can still read about the services and print what to bring.</source>
        <translation>Сейчас документы не принимаются. Приём: понедельник–пятница %1–%2, обеденный перерыв %3–%4. Вы можете прочитать об услугах и напечатать, что принести.</translation>
    </message>
    <message>
        <source>Open %1–%2, Monday to Friday, except public holidays.</source>
        <translation>Часы работы: понедельник–пятница %1–%2, кроме праздничных дней.</translation>
    </message>
    <message>
        <source>Documents are accepted and results issued %1–%2; lunch break %3–%4.</source>
        <translation>Приём документов и выдача результатов: %1–%2; обеденный перерыв %3–%4.</translation>
    </message>
    <message>
        <source>Service is in live queue order: take a ticket here. No pre-registration, no expedited service. All services are free.</source>
        <translation>Обслуживание в порядке живой очереди: возьмите талон здесь. Без предварительной записи и ускоренного обслуживания. Все услуги бесплатные.</translation>
    </message>
    <message>
        <source>Help lines: %1 and %2 (free calls).</source>
        <translation>Справочные телефоны: %1 и %2 (звонок бесплатный).</translation>
    </message>
    <message>
        <source>How to complain: in writing to the head of the service provider; the registration stamp with an incoming number confirms it was accepted. The answer comes within %1 working days. A complaint to the authorised quality-control body: within %2 working days; then the court.</source>
        <translation>Как подать жалобу: письменно на имя руководителя поставщика услуги; штамп регистрации с входящим номером подтверждает её принятие. Ответ — в течение %1 рабочих дней. Жалоба в уполномоченный орган по контролю качества рассматривается в течение %2 рабочих дней; далее — суд.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Information board</source>
        <translation>Информационная доска</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
    <message>
        <source>Documents accepted at home (limited mobility)</source>
        <translation>Приём документов на дому (для маломобильных)</translation>
    </message>
    <message>
        <source>Where is my application?</source>
        <translation>Где моё заявление?</translation>
    </message>
</context>
</TS>
