<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>ApplicantForm</name>
    <message>
        <source>Handed in by a representative</source>
        <translation>Документы сдаёт представитель</translation>
    </message>
    <message>
        <source>Consent given — required</source>
        <translation>Согласие получено — обязательно</translation>
    </message>
    <message>
        <source>The applicant consents to the use of personal data held in information systems (Law No 88-V)</source>
        <translation>Заявитель даёт согласие на использование его персональных данных из информационных систем (Закон № 88-V)</translation>
    </message>
    <message>
        <source>Ask the applicant and tick: the consent is recorded with the package</source>
        <translation>Спросите заявителя и отметьте: согласие записывается вместе с пакетом</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Способ согласия</translation>
    </message>
    <message>
        <source>in writing, on the application</source>
        <translation>письменно, в заявлении</translation>
    </message>
    <message>
        <source>by EDS</source>
        <translation>подтверждено ЭЦП</translation>
    </message>
    <message>
        <source>by SMS one-time code</source>
        <translation>одноразовым SMS-кодом</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>Как дано согласие</translation>
    </message>
    <message>
        <source>The receipt states how the consent was given: written on the application, signed with an EDS, or confirmed by a one-time SMS code</source>
        <translation>В расписке указывается, как дано согласие: письменно в заявлении, подтверждено ЭЦП или одноразовым SMS-кодом через абонентское устройство сотовой связи</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Documents: tick what the applicant hands in</source>
        <translation>Документы: отметьте, что сдаёт заявитель</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Unsaved form</source>
        <translation>Несохранённая форма</translation>
    </message>
    <message>
        <source>The form being filled in is not saved: no receipt has been made for it. Discard it?</source>
        <translation>Заполняемая форма не сохранена: расписка по ней не оформлена. Отбросить её?</translation>
    </message>
    <message>
        <source>Discard the form</source>
        <translation>Отбросить форму</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Продолжить работу</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Станция %1</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Окно %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <source>Space: mark as received</source>
        <translation>Пробел: отметить как полученный</translation>
    </message>
    <message>
        <source>from information systems — do not ask for paper</source>
        <translation>из информационных систем — бумагу не требовать</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательный</translation>
    </message>
    <message>
        <source>required for this applicant</source>
        <translation>обязателен для этого заявителя</translation>
    </message>
    <message>
        <source>not needed for this applicant</source>
        <translation>не нужен этому заявителю</translation>
    </message>
    <message>
        <source>optional, if any</source>
        <translation>при наличии</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>копия</translation>
    </message>
    <message>
        <source>original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>Оригинал или копия</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>страниц</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>package accepted</source>
        <translation>пакет принят</translation>
    </message>
    <message>
        <source>package refused</source>
        <translation>в приёме пакета отказано</translation>
    </message>
    <message>
        <source>handed to the dispatch desk</source>
        <translation>передан в накопительный сектор</translation>
    </message>
    <message>
        <source>sent to the provider</source>
        <translation>отправлен услугодателю</translation>
    </message>
    <message>
        <source>result ready</source>
        <translation>результат готов</translation>
    </message>
    <message>
        <source>result issued</source>
        <translation>результат выдан</translation>
    </message>
    <message>
        <source>receipt reprinted</source>
        <translation>расписка перепечатана</translation>
    </message>
    <message>
        <source>documents accepted at home</source>
        <translation>документы приняты на дому</translation>
    </message>
</context>
<context>
    <name>HomeVisitsSection</name>
    <message>
        <source>Home visits</source>
        <translation>Приём на дому</translation>
    </message>
    <message>
        <source>Acceptance at home</source>
        <translation>Приём документов на дому</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Только открытые</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>No</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Поступила</translation>
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
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Выбранная заявка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>e.g. call before coming</source>
        <translation>например, позвонить перед приездом</translation>
    </message>
    <message>
        <source>Schedule the visit</source>
        <translation>Назначить выезд</translation>
    </message>
    <message>
        <source>Receipt No</source>
        <translation>№ расписки</translation>
    </message>
    <message>
        <source>if a package was accepted</source>
        <translation>если пакет принят</translation>
    </message>
    <message>
        <source>Documents accepted</source>
        <translation>Документы приняты</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>e.g. the applicant cannot be reached</source>
        <translation>например, заявитель недоступен</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Отменить заявку</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>назначена</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>%1 · LATE</source>
        <translation>%1 · ПРОСРОЧЕНА</translation>
    </message>
    <message>
        <source>%1 · visit date passed</source>
        <translation>%1 · день выезда прошёл</translation>
    </message>
    <message>
        <source>Open requests: %1.</source>
        <translation>Открытых заявок: %1.</translation>
    </message>
    <message>
        <source>Late: %1 — call the applicant and agree a visit date.</source>
        <translation>Просрочено: %1 — позвоните заявителю и согласуйте день выезда.</translation>
    </message>
    <message>
        <source>Select a request in the list.</source>
        <translation>Выберите заявку в списке.</translation>
    </message>
    <message>
        <source>Request No %1 of %2</source>
        <translation>Заявка № %1 от %2</translation>
    </message>
    <message>
        <source>to be scheduled by %1</source>
        <translation>срок назначения выезда: %1</translation>
    </message>
    <message>
        <source>applicant's note: %1</source>
        <translation>примечание заявителя: %1</translation>
    </message>
    <message>
        <source>visit agreed by %1 at %2</source>
        <translation>выезд назначил(а) %1, %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
    <message>
        <source>closed by %1 at %2</source>
        <translation>закрыл(а) %1, %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>причина: %1</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>расписка %1</translation>
    </message>
    <message>
        <source>Request No %1: visit on %2</source>
        <translation>Заявка № %1: выезд %2</translation>
    </message>
    <message>
        <source>Request No %1: documents accepted at home</source>
        <translation>Заявка № %1: документы приняты на дому</translation>
    </message>
    <message>
        <source>Request No %1: cancelled</source>
        <translation>Заявка № %1 отменена</translation>
    </message>
</context>
<context>
    <name>IntakeSection</name>
    <message>
        <source>Intake</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Which service is the applicant here for?</source>
        <translation>По какой услуге пришёл заявитель?</translation>
    </message>
    <message>
        <source>Type a name, a registry code or a word such as «дубликат», «экстернат», «аттестация»</source>
        <translation>Введите название, код по реестру или слово, например «дубликат», «экстернат», «аттестация»</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Поиск услуги</translation>
    </message>
    <message>
        <source>Continue   Enter</source>
        <translation>Далее   Enter</translation>
    </message>
    <message>
        <source>Change service</source>
        <translation>Сменить услугу</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>Очистить форму</translation>
    </message>
    <message>
        <source>Empty the applicant's details and the ticked papers; the service stays</source>
        <translation>Очистить данные заявителя и отметки о документах; услуга остаётся</translation>
    </message>
    <message>
        <source>Refuse   Ctrl+Shift+Enter</source>
        <translation>Отказать   Ctrl+Shift+Enter</translation>
    </message>
    <message>
        <source>Only an incomplete package can be refused: the refusal receipt lists what is missing</source>
        <translation>Отказать можно только в неполном пакете: в расписке об отказе перечислено, чего не хватает</translation>
    </message>
    <message>
        <source>Accept   Ctrl+Enter</source>
        <translation>Принять   Ctrl+Enter</translation>
    </message>
    <message>
        <source>Only a complete package can be accepted</source>
        <translation>Принять можно только полный пакет</translation>
    </message>
    <message>
        <source>Next applicant   Ctrl+N</source>
        <translation>Следующий заявитель   Ctrl+N</translation>
    </message>
    <message>
        <source>Same service, empty form</source>
        <translation>Та же услуга, пустая форма</translation>
    </message>
    <message>
        <source>Another service</source>
        <translation>Другая услуга</translation>
    </message>
    <message>
        <source>From queue ticket %1</source>
        <translation>Талон очереди: %1</translation>
    </message>
    <message>
        <source>repealed</source>
        <translation>утратила силу</translation>
    </message>
    <message>
        <source>information only: filed online</source>
        <translation>только информирование: подаётся онлайн</translation>
    </message>
    <message>
        <source>document list not entered yet</source>
        <translation>перечень документов ещё не внесён</translation>
    </message>
    <message>
        <source>No service matches the search.</source>
        <translation>Нет услуг, подходящих под поиск.</translation>
    </message>
    <message>
        <source>%1 of %2 required received</source>
        <translation>Получено %1 из %2 обязательных</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>не хватает: %1</translation>
    </message>
    <message>
        <source>Accepted: receipt No %1</source>
        <translation>Принято: расписка № %1</translation>
    </message>
    <message>
        <source>Result due on %1.</source>
        <translation>Срок выдачи результата: %1.</translation>
    </message>
    <message>
        <source>Refused: refusal receipt No %1</source>
        <translation>Отказано: расписка об отказе № %1</translation>
    </message>
</context>
<context>
    <name>PackageSection</name>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Receipt number, e.g. ALM01-01-261120-0001</source>
        <translation>Номер расписки, например ALM01-01-261120-0001</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Номер расписки</translation>
    </message>
    <message>
        <source>Open   Enter</source>
        <translation>Открыть   Enter</translation>
    </message>
    <message>
        <source>Scan a receipt's barcode anywhere on the desk, or type its number here.</source>
        <translation>Отсканируйте штрихкод расписки в любом месте рабочего места или введите её номер здесь.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Время приёма</translation>
    </message>
    <message>
        <source>Result due</source>
        <translation>Срок результата</translation>
    </message>
    <message>
        <source>Dispatch desk</source>
        <translation>Накопительный сектор</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страниц</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Handed to the dispatch desk</source>
        <translation>Передан в накопительный сектор</translation>
    </message>
    <message>
        <source>Record that the package's folder went to the dispatch desk (within 30 minutes of acceptance)</source>
        <translation>Отметить, что пакет передан в накопительный сектор (в течение 30 минут после приёма)</translation>
    </message>
    <message>
        <source>Record the result…</source>
        <translation>Оформить результат…</translation>
    </message>
    <message>
        <source>The queue notification with the queue number, or the referral to a preschool organisation</source>
        <translation>Уведомление о постановке в очередь с номером очерёдности или направление в дошкольную организацию</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Расписка</translation>
    </message>
    <message>
        <source>%1 handed to the dispatch desk.</source>
        <translation>%1 передан в накопительный сектор.</translation>
    </message>
    <message>
        <source>%1: the result is recorded; print it for the seal and the signature.</source>
        <translation>%1: результат оформлен; распечатайте его для заверения печатью и подписью.</translation>
    </message>
    <message>
        <source>The copy is made; its line in the package's trail waits for the store: %1</source>
        <translation>Копия сделана; запись о ней в истории пакета ждёт базу данных: %1</translation>
    </message>
    <message>
        <source>No package with receipt number %1</source>
        <translation>Нет пакета с номером расписки %1</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>Открыть пакет</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Пакет %1</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>from information systems</source>
        <translation>из информационных систем</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>копия</translation>
    </message>
    <message>
        <source>handed over %1</source>
        <translation>передан: %1</translation>
    </message>
    <message>
        <source>to hand over</source>
        <translation>ждёт передачи</translation>
    </message>
    <message>
        <source>to hand over by %1</source>
        <translation>передать до %1</translation>
    </message>
    <message>
        <source>late: due there by %1</source>
        <translation>просрочено: нужно было передать до %1</translation>
    </message>
    <message>
        <source>referral to %1</source>
        <translation>направление: %1</translation>
    </message>
    <message>
        <source>queue notification, queue number %1</source>
        <translation>уведомление о постановке в очередь, номер очерёдности %1</translation>
    </message>
</context>
<context>
    <name>PersonBox</name>
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
        <source>IIN</source>
        <translation>ИИН</translation>
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
        <source>Power of attorney (number, date)</source>
        <translation>Доверенность (номер, дата)</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>%1 of 12 digits</source>
        <translation>Введено %1 из 12 цифр</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>Дата рождения %1, пол: %2</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>Print   Ctrl+P</source>
        <translation>Печать   Ctrl+P</translation>
    </message>
    <message>
        <source>Print the receipt (A4 or the 80 mm roll, as the office set)</source>
        <translation>Напечатать расписку (A4 или лента 80 мм, как настроено в офисе)</translation>
    </message>
    <message>
        <source>Save as PDF   Ctrl+S</source>
        <translation>Сохранить PDF   Ctrl+S</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Готовится расписка…</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Расписка сохранена: %1</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Отправляется на принтер…</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Напечатано.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Сохранить расписку в PDF</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <source>Record the result</source>
        <translation>Оформление результата</translation>
    </message>
    <message>
        <source>Drawn up by the provider: a notification with the child's queue number, or a referral to a preschool organisation. Printed for the seal and the signature.</source>
        <translation>Оформляет услугодатель: уведомление с номером очерёдности ребёнка или направление в дошкольную организацию. Распечатывается и заверяется печатью и подписью.</translation>
    </message>
    <message>
        <source>Notification of placement in the queue</source>
        <translation>Уведомление о постановке в очередь</translation>
    </message>
    <message>
        <source>Referral to a preschool organisation</source>
        <translation>Направление в дошкольную организацию</translation>
    </message>
    <message>
        <source>Child's full name</source>
        <translation>Ф.И.О. ребёнка</translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation>Номер очерёдности</translation>
    </message>
    <message>
        <source>Preschool organisation</source>
        <translation>Дошкольная организация</translation>
    </message>
    <message>
        <source>Group (if given)</source>
        <translation>Группа (если указана)</translation>
    </message>
    <message>
        <source>Surname, name, patronymic of the child</source>
        <translation>Фамилия, имя, отчество ребёнка</translation>
    </message>
    <message>
        <source>e.g. № 45 «Балапан» nursery-kindergarten</source>
        <translation>например, ясли-сад № 45 «Балапан»</translation>
    </message>
    <message>
        <source>Record the result   Enter</source>
        <translation>Оформить результат   Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ResultPaperView</name>
    <message>
        <source>Preparing the result paper…</source>
        <translation>Готовится документ результата…</translation>
    </message>
    <message>
        <source>Result paper saved: %1</source>
        <translation>Документ результата сохранён: %1</translation>
    </message>
    <message>
        <source>Print the result on A4 for the seal and the signature of the provider's authorised person</source>
        <translation>Распечатать результат на A4 для заверения печатью и подписью уполномоченного лица услугодателя</translation>
    </message>
    <message>
        <source>Save the result paper as PDF</source>
        <translation>Сохранить документ результата в PDF</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>clerk</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>dispatcher</source>
        <translation>диспетчер</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>sent to the provider</source>
        <translation>отправлен услугодателю</translation>
    </message>
    <message>
        <source>result ready</source>
        <translation>результат готов</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>выдан</translation>
    </message>
</context>
<context>
    <name>TodaySection</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Today at this station</source>
        <translation>Сегодня на этом рабочем месте</translation>
    </message>
    <message>
        <source>Search by receipt number, IIN or surname</source>
        <translation>Поиск по номеру расписки, ИИН или фамилии</translation>
    </message>
    <message>
        <source>Search packages</source>
        <translation>Поиск пакетов</translation>
    </message>
    <message>
        <source>Receipt No</source>
        <translation>№ расписки</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Dispatch desk</source>
        <translation>Накопительный сектор</translation>
    </message>
    <message>
        <source>Enter or double-click opens a package. Ctrl+click or Shift+click selects several.</source>
        <translation>Enter или двойной щелчок открывает пакет. Ctrl+щелчок или Shift+щелчок выделяет несколько.</translation>
    </message>
    <message>
        <source>Only those to hand over</source>
        <translation>Только ждущие передачи</translation>
    </message>
    <message>
        <source>Courier packages not yet handed to the dispatch desk; ticking selects them all</source>
        <translation>Курьерские пакеты, ещё не переданные в накопительный сектор; отметка выделяет их все</translation>
    </message>
    <message>
        <source>Record that the selected packages' folders went to the dispatch desk (within 30 minutes of acceptance)</source>
        <translation>Отметить, что выбранные пакеты переданы в накопительный сектор (в течение 30 минут после приёма)</translation>
    </message>
    <message>
        <source>to hand over</source>
        <translation>ждёт передачи</translation>
    </message>
    <message>
        <source>late: by %1</source>
        <translation>просрочено (до %1)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>handed over %1</source>
        <translation>передан: %1</translation>
    </message>
    <message>
        <source>Nothing to hand to the dispatch desk.</source>
        <translation>Передавать в накопительный сектор нечего.</translation>
    </message>
    <message>
        <source>To hand to the dispatch desk: %1</source>
        <translation>Передать в накопительный сектор: %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>просрочено: %1</translation>
    </message>
    <message>
        <source>the first by %1</source>
        <translation>первый срок %1</translation>
    </message>
    <message>
        <source>Hand over the selected (%1)</source>
        <translation>Передать выбранные (%1)</translation>
    </message>
    <message>
        <source>Packages handed to the dispatch desk at %2: %1.</source>
        <translation>Передано в накопительный сектор в %2 пакетов: %1.</translation>
    </message>
    <message>
        <source>%1 packages: %2 accepted, %3 refused</source>
        <translation>Всего пакетов: %1; принято %2, отказано %3</translation>
    </message>
</context>
</TS>