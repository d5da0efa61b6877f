<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MainWindow</name>
    <message>
        <source>Qabyldau — document intake</source>
        <translation>Qabyldau — приём документов</translation>
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
