<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AuditSection</name>
    <message>
        <source>Audit trail</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>Employee login</source>
        <translation>Логин сотрудника</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>The trail is intact: %1 events</source>
        <translation>Журнал цел: %1 событий</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>конец</translation>
    </message>
    <message>
        <source>The trail is broken at event %1: %2</source>
        <translation>Журнал нарушен на событии %1: %2</translation>
    </message>
</context>
<context>
    <name>CatalogueSection</name>
    <message>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Make the selected version active</source>
        <translation>Сделать выбранную версию активной</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Import and activate</source>
        <translation>Импортировать и активировать</translation>
    </message>
    <message>
        <source>Fill in a document list</source>
        <translation>Заполнить перечень документов</translation>
    </message>
    <message>
        <source>No catalogue file chosen</source>
        <translation>Файл каталога не выбран</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Файл каталога</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>The service&apos;s documents in the active version, one row a document: its kind and its name in Kazakh and in Russian; the documents kept keep their other data. «From an information system»: the employee takes it there, the applicant does not bring it.</source>
        <translation>Документы услуги в активной версии, одна строка — один документ: его вид и название на казахском и русском; у оставленных документов остальные данные сохраняются. «Из информационной системы»: сотрудник берёт его там, заявитель его не приносит.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Убрать выбранный документ</translation>
    </message>
    <message>
        <source>New version name</source>
        <translation>Название новой версии</translation>
    </message>
    <message>
        <source>Save as a new version and activate</source>
        <translation>Сохранить как новую версию и активировать</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирована</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Active version: %1</source>
        <translation>Активная версия: %1</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Изменений нет</translation>
    </message>
    <message>
        <source>Choose a catalogue file</source>
        <translation>Выберите файл каталога</translation>
    </message>
    <message>
        <source>Catalogue files (*.json)</source>
        <translation>Файлы каталога (*.json)</translation>
    </message>
    <message>
        <source>Choose a catalogue file first</source>
        <translation>Сначала выберите файл каталога</translation>
    </message>
    <message>
        <source>Version %1 is active</source>
        <translation>Версия %1 активна</translation>
    </message>
    <message>
        <source>Compared with the active version: %1 changes</source>
        <translation>Сравнено с активной версией: изменений — %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательный</translation>
    </message>
    <message>
        <source>From an information system</source>
        <translation>Из информационной системы</translation>
    </message>
    <message>
        <source>Optional, from an information system</source>
        <translation>Необязательный, из информационной системы</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Условный</translation>
    </message>
    <message>
        <source>Conditional: %1</source>
        <translation>Условный: %1</translation>
    </message>
</context>
<context>
    <name>ComplaintsSection</name>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Новая жалоба</translation>
    </message>
    <message>
        <source>Incoming number</source>
        <translation>Входящий номер</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Received (date and time)</source>
        <translation>Дата и время приёма</translation>
    </message>
    <message>
        <source>Complainant (surname, name, patronymic)</source>
        <translation>Заявитель (фамилия, имя, отчество)</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Номер расписки</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Кому адресована</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Where the answer is given</source>
        <translation>Место получения ответа</translation>
    </message>
    <message>
        <source>Head of the provider (5 working days)</source>
        <translation>Руководитель услугодателя (5 рабочих дней)</translation>
    </message>
    <message>
        <source>Head of the State Corporation, about its staff (5 working days)</source>
        <translation>Руководитель Государственной корпорации, о её работниках (5 рабочих дней)</translation>
    </message>
    <message>
        <source>Quality-control body (15 working days)</source>
        <translation>Уполномоченный орган по контролю качества (15 рабочих дней)</translation>
    </message>
    <message>
        <source>This office (default)</source>
        <translation>Этот офис (по умолчанию)</translation>
    </message>
    <message>
        <source>Register and save the slip</source>
        <translation>Зарегистрировать и сохранить расписку</translation>
    </message>
    <message>
        <source>Answer given to the applicant</source>
        <translation>Ответ, данный заявителю</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Записать ответ</translation>
    </message>
    <message>
        <source>Slip again</source>
        <translation>Расписка повторно</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Печать расписки</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступила</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>отвечена</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНА</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>Overdue complaints: %1</source>
        <translation>Просроченные жалобы: %1</translation>
    </message>
    <message>
        <source>Registered %1, answer due %2; slip: %3</source>
        <translation>Зарегистрирована %1, срок ответа %2; расписка: %3</translation>
    </message>
    <message>
        <source>Answer recorded: %1</source>
        <translation>Ответ записан: %1</translation>
    </message>
    <message>
        <source>Slip: %1</source>
        <translation>Расписка: %1</translation>
    </message>
    <message>
        <source>No printer is set up: save the PDF and print it elsewhere</source>
        <translation>Принтер не настроен: сохраните PDF и распечатайте его в другом месте</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Отправлено: %1</translation>
    </message>
</context>
<context>
    <name>OfficeServicesBox</name>
    <message>
        <source>Public service centre of the State Corporation</source>
        <translation>Центр обслуживания населения Государственной корпорации</translation>
    </message>
    <message>
        <source>The provider&apos;s own office (a school, an education department)</source>
        <translation>Канцелярия услугодателя (школа, отдел образования)</translation>
    </message>
    <message>
        <source>Village, settlement or rural district akimat</source>
        <translation>Аппарат акима посёлка, села, сельского округа</translation>
    </message>
    <message>
        <source>the provider&apos;s office</source>
        <translation>канцелярия услугодателя</translation>
    </message>
    <message>
        <source>the State Corporation</source>
        <translation>Государственная корпорация</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>портал</translation>
    </message>
    <message>
        <source>What the office is and which services it accepts</source>
        <translation>Что это за офис и какие услуги он принимает</translation>
    </message>
    <message>
        <source>The office is</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Services accepted at this office</source>
        <translation>Услуги, принимаемые в этом офисе</translation>
    </message>
    <message>
        <source>Save the office&apos;s services</source>
        <translation>Сохранить услуги офиса</translation>
    </message>
    <message>
        <source>Courier services go to the provider through the dispatch desk; documents held in information systems are taken from them (seed 003 l.155, l.295).</source>
        <translation>Документы курьерских услуг уходят услугодателю через накопительный отдел; документы из информационных систем берутся из них (seed 003 l.155, l.295).</translation>
    </message>
    <message>
        <source>Documents are accepted and results issued at the provider&apos;s own office (seed 000 l.11).</source>
        <translation>Документы принимаются и результат выдаётся в канцелярии услугодателя (seed 000 l.11).</translation>
    </message>
    <message>
        <source>The applicant shows the originals for identification and hands in copies (seed 002 l.27).</source>
        <translation>Заявитель предъявляет оригиналы для идентификации и сдаёт копии (seed 002 l.27).</translation>
    </message>
    <message>
        <source>not accepted: its regulation is repealed</source>
        <translation>не принимается: регламент утратил силу</translation>
    </message>
    <message>
        <source>portal only: the office informs about it</source>
        <translation>только через портал: офис лишь информирует</translation>
    </message>
    <message>
        <source>not through this kind of office: only %1</source>
        <translation>не через такой офис: только %1</translation>
    </message>
    <message>
        <source>at a State Corporation branch only where the region&apos;s regulation says so (Mangystau: seed 001 l.13-15)</source>
        <translation>в филиале Государственной корпорации только там, где это предусматривает регламент региона (Мангистау: seed 001 l.13-15)</translation>
    </message>
    <message>
        <source>not at a State Corporation branch in this region (Akmola&apos;s standard names only the provider&apos;s office: seed 000 l.11)</source>
        <translation>не в филиале Государственной корпорации в этом регионе (стандарт Акмолинской области называет только канцелярию услугодателя: seed 000 l.11)</translation>
    </message>
    <message>
        <source>not accepted at this office</source>
        <translation>в этом офисе не принимается</translation>
    </message>
    <message>
        <source>its document list is not filled in yet (Catalogue)</source>
        <translation>перечень документов ещё не заполнен (Каталог)</translation>
    </message>
    <message>
        <source>expected back in </source>
        <translation>ожидается обратно через </translation>
    </message>
    <message>
        <source> working days</source>
        <translation> раб. дн.</translation>
    </message>
    <message>
        <source>No result term in the seeds: the package is overdue when its result is not back after these working days</source>
        <translation>В исходных документах нет срока результата: пакет считается просроченным, если результат не вернулся за эти рабочие дни</translation>
    </message>
    <message>
        <source>The office&apos;s services are saved</source>
        <translation>Услуги офиса сохранены</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Ничего не изменилось</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsBox</name>
    <message>
        <source>Applicants&apos; personal data</source>
        <translation>Персональные данные заявителей</translation>
    </message>
    <message>
        <source>Law on personal data: an applicant&apos;s data are kept no longer than needed. Anonymising removes the names, phone, address, representative and answers of a package and masks its IIN; the receipt number, service, dates, documents and status stay for the statistics and the audit trail. It cannot be undone.</source>
        <translation>Закон о персональных данных: данные заявителя хранятся не дольше, чем нужно. Обезличивание удаляет ФИО, телефон, адрес, представителя и ответы пакета и маскирует ИИН; номер расписки, услуга, даты, документы и статус остаются для статистики и журнала действий. Отменить его нельзя.</translation>
    </message>
    <message>
        <source>Anonymise packages older than</source>
        <translation>Обезличивать пакеты, принятые более чем</translation>
    </message>
    <message>
        <source> years</source>
        <translation> г. назад</translation>
    </message>
    <message>
        <source>Always in force</source>
        <translation>Действует всегда</translation>
    </message>
    <message>
        <source>The daily register shows IINs masked; a manager may ask for full IINs in the Daily register section, and each time is recorded in the audit trail.</source>
        <translation>В ежедневном реестре ИИН маскируются; руководитель может запросить полные ИИН в разделе «Ежедневный реестр», и каждый раз это записывается в журнал действий.</translation>
    </message>
    <message>
        <source>What an applicant types at the kiosk is deleted when the ticket is served or the day closes.</source>
        <translation>Данные, введённые заявителем в киоске, удаляются, когда талон обслужен или день закрыт.</translation>
    </message>
    <message>
        <source>A request for acceptance at home is kept only with the applicant&apos;s consent.</source>
        <translation>Заявка на приём на дому хранится только с согласия заявителя.</translation>
    </message>
    <message>
        <source>Only an administrator changes these settings.</source>
        <translation>Эти настройки меняет только администратор.</translation>
    </message>
    <message>
        <source>Off: packages keep the applicant&apos;s data (the default).</source>
        <translation>Выключено: пакеты хранят данные заявителя (по умолчанию).</translation>
    </message>
    <message>
        <source>On: packages accepted before %1 are anonymised, now %2 of them; then every day as the office opens.</source>
        <translation>Включено: пакеты, принятые до %1, обезличиваются, сейчас их %2; далее ежедневно при открытии офиса.</translation>
    </message>
    <message>
        <source>%1 packages accepted before %2 will be anonymised at once. This cannot be undone. Press the button again to confirm.</source>
        <translation>%1 пакетов, принятых до %2, будут обезличены сразу. Это нельзя отменить. Нажмите кнопку ещё раз, чтобы подтвердить.</translation>
    </message>
    <message>
        <source>Anonymise and save</source>
        <translation>Обезличить и сохранить</translation>
    </message>
    <message>
        <source>Save the personal data setting</source>
        <translation>Сохранить настройку персональных данных</translation>
    </message>
    <message>
        <source>Anonymising old packages is off</source>
        <translation>Обезличивание старых пакетов выключено</translation>
    </message>
    <message>
        <source>Packages older than %1 years are anonymised (now: %2)</source>
        <translation>Пакеты старше %1 г. обезличиваются (сейчас: %2)</translation>
    </message>
</context>
<context>
    <name>QueueSettingsBox</name>
    <message>
        <source>Queue and hall display</source>
        <translation>Очередь и табло в зале</translation>
    </message>
    <message>
        <source>Windows serving only some categories</source>
        <translation>Окна, обслуживающие только некоторые категории</translation>
    </message>
    <message>
        <source>Window=letters, e.g. 2=B; 3=A,C (A teachers, B preschool, C school, D other). Other windows serve every category.</source>
        <translation>Окно=буквы, например 2=B; 3=A,C (A педагоги, B дошкольное, C школа, D прочее). Остальные окна обслуживают все категории.</translation>
    </message>
    <message>
        <source>Recalls before a no-show</source>
        <translation>Повторных вызовов до неявки</translation>
    </message>
    <message>
        <source>The office has a hall display (tickets point to it)</source>
        <translation>В зале есть табло (талоны указывают на него)</translation>
    </message>
    <message>
        <source>The display announces calls</source>
        <translation>Табло объявляет вызовы голосом</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Save the queue settings</source>
        <translation>Сохранить настройки очереди</translation>
    </message>
    <message>
        <source>Queue settings saved (categories: %1)</source>
        <translation>Настройки очереди сохранены (категории: %1)</translation>
    </message>
</context>
<context>
    <name>RegistersSection</name>
    <message>
        <source>Daily register</source>
        <translation>Ежедневный реестр</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Save PDF, CSV and XLSX</source>
        <translation>Сохранить PDF, CSV и XLSX</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Full IINs (each time is recorded in the audit trail)</source>
        <translation>Полные ИИН (каждый раз записывается в журнал действий)</translation>
    </message>
    <message>
        <source>Packages: %1, accepted: %2, refused: %3</source>
        <translation>Пакетов: %1, принято: %2, отказано: %3</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>No printer is set up: save the PDF and print it elsewhere</source>
        <translation>Принтер не настроен: сохраните PDF и распечатайте его в другом месте</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Отправлено: %1</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Профиль офиса</translation>
    </message>
    <message>
        <source>Office, calendar and queue</source>
        <translation>Офис, календарь и очередь</translation>
    </message>
    <message>
        <source>Services accepted</source>
        <translation>Принимаемые услуги</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Название (на казахском)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (на русском)</translation>
    </message>
    <message>
        <source>Address (Kazakh)</source>
        <translation>Адрес (на казахском)</translation>
    </message>
    <message>
        <source>Address (Russian)</source>
        <translation>Адрес (на русском)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>Код рабочего места</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Открывается</translation>
    </message>
    <message>
        <source>Lunch from</source>
        <translation>Обед с</translation>
    </message>
    <message>
        <source>Lunch until</source>
        <translation>Обед до</translation>
    </message>
    <message>
        <source>Accepts until</source>
        <translation>Приём до</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Закрывается</translation>
    </message>
    <message>
        <source>Printer (empty: default)</source>
        <translation>Принтер (пусто: по умолчанию)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Kiosk idle timeout</source>
        <translation>Тайм-аут простоя киоска</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Язык по умолчанию</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Extra working and rest days</source>
        <translation>Дополнительные рабочие и выходные дни</translation>
    </message>
    <message>
        <source>extra working day</source>
        <translation>дополнительный рабочий день</translation>
    </message>
    <message>
        <source>extra rest day</source>
        <translation>дополнительный выходной</translation>
    </message>
    <message>
        <source>as the national calendar</source>
        <translation>по государственному календарю</translation>
    </message>
    <message>
        <source>Note (e.g. order number)</source>
        <translation>Примечание (например, номер приказа)</translation>
    </message>
    <message>
        <source>Apply to the day</source>
        <translation>Применить к дню</translation>
    </message>
    <message>
        <source>working</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Calendar changed</source>
        <translation>Календарь изменён</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Вход сотрудника</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;PIN or password</source>
        <translation>&amp;PIN или пароль</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN или пароль</translation>
    </message>
    <message>
        <source>Demo office accounts (login / PIN):</source>
        <translation>Учётные записи демо-офиса (логин / PIN):</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN или пароль</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>New PIN for the selected account</source>
        <translation>Новый PIN для выбранной учётной записи</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Установить PIN</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Отключить / включить</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Добавлен: %1</translation>
    </message>
    <message>
        <source>New PIN set for %1</source>
        <translation>Новый PIN установлен для %1</translation>
    </message>
</context>
<context>
    <name>StatisticsSection</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Results overdue</source>
        <translation>Просроченные результаты</translation>
    </message>
    <message>
        <source>Refusals: documents missing</source>
        <translation>Отказы: недостающие документы</translation>
    </message>
    <message>
        <source>By employee</source>
        <translation>По сотрудникам</translation>
    </message>
    <message>
        <source>By window</source>
        <translation>По окнам</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>Сохранить XLSX…</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Вызвано</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Обслужено</translation>
    </message>
    <message>
        <source>Waiting, 90th percentile</source>
        <translation>Ожидание, 90-й перцентиль</translation>
    </message>
    <message>
        <source>Waiting within limit</source>
        <translation>Ожидание в норме</translation>
    </message>
    <message>
        <source>Service, 90th percentile</source>
        <translation>Обслуживание, 90-й перцентиль</translation>
    </message>
    <message>
        <source>Service within limit</source>
        <translation>Обслуживание в норме</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Раз</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Save statistics</source>
        <translation>Сохранить статистику</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Mean waiting, min</source>
        <translation>Среднее ожидание, мин</translation>
    </message>
    <message>
        <source>Mean service, min</source>
        <translation>Среднее обслуживание, мин</translation>
    </message>
    <message>
        <source>%1: no tickets</source>
        <translation>%1: талонов нет</translation>
    </message>
    <message>
        <source>%1: %2 tickets, mean %3 min, 90th percentile %4 min, within the limit %5</source>
        <translation>%1: %2 талонов, в среднем %3 мин, 90-й процентиль %4 мин, в пределах нормы %5</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <source>Packages by service</source>
        <translation>Пакеты по услугам</translation>
    </message>
    <message>
        <source>Share within the legal limit</source>
        <translation>Доля в пределах нормы</translation>
    </message>
</context>
</TS>
