<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
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
</TS>