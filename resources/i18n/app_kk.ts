<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>MainWindow</name>
    <message>
        <source>Qabyldau — document intake</source>
        <translation>Qabyldau — құжаттарды қабылдау</translation>
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
        <translation>Өтініш берушіге арналған терминал</translation>
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
