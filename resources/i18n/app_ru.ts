<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Qabyldau — first start</source>
        <translation>Qabyldau — первый запуск</translation>
    </message>
    <message>
        <source>There is no office store in {folder} yet. Set up this office (its details and its first administrator), or open the training office to try the program with demo data.</source>
        <translation>В папке {folder} ещё нет хранилища офиса. Настройте этот офис (реквизиты и первый администратор) или откройте учебный офис, чтобы попробовать программу на демо-данных.</translation>
    </message>
    <message>
        <source>Office code (in receipt numbers)</source>
        <translation>Код офиса (в номерах расписок)</translation>
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
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Administrator's login</source>
        <translation>Логин администратора</translation>
    </message>
    <message>
        <source>Administrator's full name</source>
        <translation>ФИО администратора</translation>
    </message>
    <message>
        <source>PIN (at least 6 characters)</source>
        <translation>PIN (не менее 6 символов)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN ещё раз</translation>
    </message>
    <message>
        <source>Open the training office</source>
        <translation>Открыть учебный офис</translation>
    </message>
    <message>
        <source>Set up this office</source>
        <translation>Настроить этот офис</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Qabyldau — document intake</source>
        <translation>Qabyldau — приём документов</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <source>The service is interrupted for a moment: the office server does not answer. Please wait; nothing you entered is lost. You can also ask at the information desk.</source>
        <translation>Обслуживание ненадолго прервано: сервер офиса не отвечает. Пожалуйста, подождите, введённое вами не пропадёт. Можно также обратиться к консультанту.</translation>
    </message>
    <message>
        <source>No connection to the office server. Accept, Refuse and Call wait until it is back; what you typed stays, and nothing was half stored. Reconnecting by itself…</source>
        <translation>Нет связи с сервером офиса. «Принять», «Отказать» и «Вызвать» ждут, пока связь вернётся; введённое сохраняется, ничего не записано наполовину. Переподключение идёт само…</translation>
    </message>
    <message>
        <source>This station is already running</source>
        <translation>Эта станция уже работает</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Document intake for public services. Choose where to go.</source>
        <translation>Приём документов на государственные услуги. Выберите, куда перейти.</translation>
    </message>
    <message>
        <source>Staff desk</source>
        <translation>Рабочее место сотрудника</translation>
    </message>
    <message>
        <source>Applicant kiosk</source>
        <translation>Терминал для заявителей</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <source>training office: nothing here is a real receipt or record</source>
        <translation>учебный офис: здесь нет настоящих расписок и записей</translation>
    </message>
</context>
</TS>