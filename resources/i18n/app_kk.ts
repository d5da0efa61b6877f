<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>MainWindow</name>
    <message>
        <source>Qabyldau — document intake</source>
        <translation>Qabyldau — құжаттарды қабылдау</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <source>The service is interrupted for a moment: the office server does not answer. Please wait; nothing you entered is lost. You can also ask at the information desk.</source>
        <translation>Қызмет бір сәтке үзілді: кеңсе сервері жауап бермейді. Күте тұрыңыз, енгізгеніңіз жоғалмайды. Анықтама үстелінен де сұрай аласыз.</translation>
    </message>
    <message>
        <source>No connection to the office server. Accept, Refuse and Call wait until it is back; what you typed stays, and nothing was half stored. Reconnecting by itself…</source>
        <translation>Кеңсе серверімен байланыс жоқ. «Қабылдау», «Бас тарту» және «Шақыру» байланыс қалпына келгенше күтеді; енгізілгендер сақталады, ештеңе жартылай жазылған жоқ. Өзі қайта қосылуда…</translation>
    </message>
    <message>
        <source>This station is already running</source>
        <translation>Бұл станция қазір жұмыс істеп тұр</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Document intake for public services. Choose where to go.</source>
        <translation>Мемлекеттік қызметтерге құжаттар қабылдау. Қайда баратыныңызды таңдаңыз.</translation>
    </message>
    <message>
        <source>Staff desk</source>
        <translation>Қызметкер орны</translation>
    </message>
    <message>
        <source>Applicant kiosk</source>
        <translation>Көрсетілетін қызметті алушыға арналған терминал</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
</context>
</TS>