<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Qabyldau — first start</source>
        <translation>Qabyldau — алғашқы іске қосу</translation>
    </message>
    <message>
        <source>There is no office store in {folder} yet. Set up this office (its details and its first administrator), or open the training office to try the program with demo data.</source>
        <translation>{folder} бумасында әлі кеңсе қоймасы жоқ. Осы кеңсені баптаңыз (деректемелері мен алғашқы әкімшісі) немесе бағдарламаны демо-деректермен байқап көру үшін оқу кеңсесін ашыңыз.</translation>
    </message>
    <message>
        <source>Office code (in receipt numbers)</source>
        <translation>Кеңсе коды (қолхат нөмірлерінде)</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Administrator's login</source>
        <translation>Әкімшінің логині</translation>
    </message>
    <message>
        <source>Administrator's full name</source>
        <translation>Әкімшінің толық аты-жөні</translation>
    </message>
    <message>
        <source>PIN (at least 6 characters)</source>
        <translation>PIN (кемінде 6 таңба)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN қайтадан</translation>
    </message>
    <message>
        <source>Open the training office</source>
        <translation>Оқу кеңсесін ашу</translation>
    </message>
    <message>
        <source>Set up this office</source>
        <translation>Осы кеңсені баптау</translation>
    </message>
</context>
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
<context>
    <name>TrainingBand</name>
    <message>
        <source>training office: nothing here is a real receipt or record</source>
        <translation>оқу кеңсесі: мұндағы ештеңе нақты қолхат немесе жазба емес</translation>
    </message>
</context>
</TS>