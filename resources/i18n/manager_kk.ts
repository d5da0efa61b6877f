<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AuditSection</name>
    <message>
        <source>Audit trail</source>
        <translation>Әрекеттер журналы</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Күн:</translation>
    </message>
    <message>
        <source>Employee login</source>
        <translation>Қызметкер логині</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Тізбекті тексеру</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Құжаттар топтамасы</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>The trail is intact: %1 events</source>
        <translation>Журнал бүтін: %1 оқиға</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>соңы</translation>
    </message>
    <message>
        <source>The trail is broken at event %1: %2</source>
        <translation>Журнал %1 оқиғада бұзылған: %2</translation>
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
        <translation>Таңдалған нұсқаны белсенді ету</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Салыстыру</translation>
    </message>
    <message>
        <source>Import and activate</source>
        <translation>Импорттау және белсендіру</translation>
    </message>
    <message>
        <source>Fill in a document list</source>
        <translation>Құжаттар тізбесін толтыру</translation>
    </message>
    <message>
        <source>No catalogue file chosen</source>
        <translation>Каталог файлы таңдалмаған</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Каталог файлы</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <source>The service&apos;s documents in the active version, one row a document: its kind and its name in Kazakh and in Russian; the documents kept keep their other data. «From an information system»: the employee takes it there, the applicant does not bring it.</source>
        <translation>Қызметтің белсенді нұсқадағы құжаттары, әр жолда бір құжат: түрі және қазақша, орысша атауы; қалдырылған құжаттардың басқа деректері сақталады. «Ақпараттық жүйеден»: қызметкер оны сол жерден алады, көрсетілетін қызметті алушы әкелмейді.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
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
        <source>Add a document</source>
        <translation>Құжат қосу</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Таңдалған құжатты алып тастау</translation>
    </message>
    <message>
        <source>New version name</source>
        <translation>Жаңа нұсқаның атауы</translation>
    </message>
    <message>
        <source>Save as a new version and activate</source>
        <translation>Жаңа нұсқа ретінде сақтау және белсендіру</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Active version: %1</source>
        <translation>Белсенді нұсқа: %1</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Өзгеріс жоқ</translation>
    </message>
    <message>
        <source>Choose a catalogue file</source>
        <translation>Каталог файлын таңдаңыз</translation>
    </message>
    <message>
        <source>Catalogue files (*.json)</source>
        <translation>Каталог файлдары (*.json)</translation>
    </message>
    <message>
        <source>Choose a catalogue file first</source>
        <translation>Алдымен каталог файлын таңдаңыз</translation>
    </message>
    <message>
        <source>Version %1 is active</source>
        <translation>%1 нұсқасы белсенді</translation>
    </message>
    <message>
        <source>Compared with the active version: %1 changes</source>
        <translation>Белсенді нұсқамен салыстырылды: %1 өзгеріс</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Қосымша</translation>
    </message>
    <message>
        <source>From an information system</source>
        <translation>Ақпараттық жүйеден</translation>
    </message>
    <message>
        <source>Optional, from an information system</source>
        <translation>Қосымша, ақпараттық жүйеден</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Шартты</translation>
    </message>
    <message>
        <source>Conditional: %1</source>
        <translation>Шартты: %1</translation>
    </message>
</context>
<context>
    <name>ComplaintsSection</name>
    <message>
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Жаңа шағым</translation>
    </message>
    <message>
        <source>Incoming number</source>
        <translation>Кіріс нөмірі</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Көрсетілетін қызметті алушы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Received (date and time)</source>
        <translation>Қабылданған күні мен уақыты</translation>
    </message>
    <message>
        <source>Complainant (surname, name, patronymic)</source>
        <translation>Шағым беруші (тегі, аты, әкесінің аты)</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Пошталық мекенжайы</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Қолхат нөмірі</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Кімге жолданды</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>Where the answer is given</source>
        <translation>Жауап алу орны</translation>
    </message>
    <message>
        <source>Head of the provider (5 working days)</source>
        <translation>Көрсетілетін қызметті берушінің басшысы (5 жұмыс күні)</translation>
    </message>
    <message>
        <source>Head of the State Corporation, about its staff (5 working days)</source>
        <translation>Мемлекеттік корпорацияның басшысы, оның қызметкерлері туралы (5 жұмыс күні)</translation>
    </message>
    <message>
        <source>Quality-control body (15 working days)</source>
        <translation>Сапаны бақылау жөніндегі уәкілетті орган (15 жұмыс күні)</translation>
    </message>
    <message>
        <source>This office (default)</source>
        <translation>Осы кеңсе (әдепкі)</translation>
    </message>
    <message>
        <source>Register and save the slip</source>
        <translation>Тіркеу және қолхатты сақтау</translation>
    </message>
    <message>
        <source>Answer given to the applicant</source>
        <translation>Көрсетілетін қызметті алушыға берілген жауап</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Жауапты тіркеу</translation>
    </message>
    <message>
        <source>Slip again</source>
        <translation>Талонды қайта сақтау</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Қолхатты басып шығару</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Келді</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>жауап берілді</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТТІ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <source>Overdue complaints: %1</source>
        <translation>Мерзімі өткен шағымдар: %1</translation>
    </message>
    <message>
        <source>Registered %1, answer due %2; slip: %3</source>
        <translation>%1 тіркелді, жауап мерзімі %2; қолхат: %3</translation>
    </message>
    <message>
        <source>Answer recorded: %1</source>
        <translation>Жауап тіркелді: %1</translation>
    </message>
    <message>
        <source>Slip: %1</source>
        <translation>Қолхат: %1</translation>
    </message>
    <message>
        <source>No printer is set up: save the PDF and print it elsewhere</source>
        <translation>Принтер бапталмаған: PDF-ті сақтап, басқа жерде басып шығарыңыз</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Жіберілді: %1</translation>
    </message>
</context>
<context>
    <name>OfficeServicesBox</name>
    <message>
        <source>Public service centre of the State Corporation</source>
        <translation>Мемлекеттік корпорацияның халыққа қызмет көрсету орталығы</translation>
    </message>
    <message>
        <source>The provider&apos;s own office (a school, an education department)</source>
        <translation>Көрсетілетін қызметті берушінің кеңсесі (мектеп, білім бөлімі)</translation>
    </message>
    <message>
        <source>Village, settlement or rural district akimat</source>
        <translation>Кент, ауыл, ауылдық округ әкімдігі</translation>
    </message>
    <message>
        <source>the provider&apos;s office</source>
        <translation>көрсетілетін қызметті берушінің кеңсесі</translation>
    </message>
    <message>
        <source>the State Corporation</source>
        <translation>Мемлекеттік корпорация</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>портал</translation>
    </message>
    <message>
        <source>What the office is and which services it accepts</source>
        <translation>Кеңсе түрі және ол қабылдайтын қызметтер</translation>
    </message>
    <message>
        <source>The office is</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <source>Services accepted at this office</source>
        <translation>Осы кеңседе қабылданатын қызметтер</translation>
    </message>
    <message>
        <source>Save the office&apos;s services</source>
        <translation>Кеңсенің қызметтерін сақтау</translation>
    </message>
    <message>
        <source>Courier services go to the provider through the dispatch desk; documents held in information systems are taken from them (seed 003 l.155, l.295).</source>
        <translation>Курьерлік қызметтердің құжаттары көрсетілетін қызметті берушіге жинақтау жүйесі арқылы жіберіледі; ақпараттық жүйелердегі құжаттар сол жүйелерден алынады (seed 003 l.155, l.295).</translation>
    </message>
    <message>
        <source>Documents are accepted and results issued at the provider&apos;s own office (seed 000 l.11).</source>
        <translation>Құжаттар көрсетілетін қызметті берушінің кеңсесінде қабылданады және нәтиже сонда беріледі (seed 000 l.11).</translation>
    </message>
    <message>
        <source>The applicant shows the originals for identification and hands in copies (seed 002 l.27).</source>
        <translation>Көрсетілетін қызметті алушы жеке басын сәйкестендіру үшін түпнұсқаларды көрсетеді және көшірмелерін ұсынады (seed 002 l.27).</translation>
    </message>
    <message>
        <source>not accepted: its regulation is repealed</source>
        <translation>қабылданбайды: регламенті күшін жойған</translation>
    </message>
    <message>
        <source>portal only: the office informs about it</source>
        <translation>тек портал арқылы: кеңсе тек ақпарат береді</translation>
    </message>
    <message>
        <source>not through this kind of office: only %1</source>
        <translation>осы кеңсе түрі арқылы емес: тек %1</translation>
    </message>
    <message>
        <source>at a State Corporation branch only where the region&apos;s regulation says so (Mangystau: seed 001 l.13-15)</source>
        <translation>Мемлекеттік корпорация филиалында тек өңір регламентінде көзделген жерде (Маңғыстау: seed 001 l.13-15)</translation>
    </message>
    <message>
        <source>not at a State Corporation branch in this region (Akmola&apos;s standard names only the provider&apos;s office: seed 000 l.11)</source>
        <translation>бұл өңірде Мемлекеттік корпорация филиалында емес (Ақмоланың стандарты тек көрсетілетін қызметті берушінің кеңсесін атайды: seed 000 l.11)</translation>
    </message>
    <message>
        <source>not accepted at this office</source>
        <translation>бұл кеңседе қабылданбайды</translation>
    </message>
    <message>
        <source>its document list is not filled in yet (Catalogue)</source>
        <translation>құжаттар тізбесі әлі толтырылмаған (Каталог)</translation>
    </message>
    <message>
        <source>expected back in </source>
        <translation>қайтуы: </translation>
    </message>
    <message>
        <source> working days</source>
        <translation> жұмыс күні ішінде</translation>
    </message>
    <message>
        <source>No result term in the seeds: the package is overdue when its result is not back after these working days</source>
        <translation>Бастапқы құжаттарда нәтиже мерзімі жоқ: нәтиже осы жұмыс күндерінен кейін қайтпаса, топтаманың мерзімі өткен болып саналады</translation>
    </message>
    <message>
        <source>The office&apos;s services are saved</source>
        <translation>Кеңсенің қызметтері сақталды</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Ештеңе өзгермеді</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsBox</name>
    <message>
        <source>Applicants&apos; personal data</source>
        <translation>Көрсетілетін қызметті алушылардың дербес деректері</translation>
    </message>
    <message>
        <source>Law on personal data: an applicant&apos;s data are kept no longer than needed. Anonymising removes the names, phone, address, representative and answers of a package and masks its IIN; the receipt number, service, dates, documents and status stay for the statistics and the audit trail. It cannot be undone.</source>
        <translation>Дербес деректер туралы заң: көрсетілетін қызметті алушының деректері қажет болғаннан ұзақ сақталмайды. Иесіздендіру топтаманың аты-жөнін, телефонын, мекенжайын, өкілін және жауаптарын өшіреді, ЖСН-ін жасырады; қолхат нөмірі, қызмет, күндер, құжаттар мен мәртебе статистика мен әрекеттер журналы үшін қалады. Оны кері қайтаруға болмайды.</translation>
    </message>
    <message>
        <source>Anonymise packages older than</source>
        <translation>Иесіздендіру: қабылданғанынан бері</translation>
    </message>
    <message>
        <source> years</source>
        <translation> жыл өткен топтамалар</translation>
    </message>
    <message>
        <source>Always in force</source>
        <translation>Әрдайым қолданылады</translation>
    </message>
    <message>
        <source>The daily register shows IINs masked; a manager may ask for full IINs in the Daily register section, and each time is recorded in the audit trail.</source>
        <translation>Күнделікті тізілімде ЖСН жасырылып көрсетіледі; басшы «Күнделікті тізілім» бөлімінде толық ЖСН-ді сұрай алады, әр жолы әрекеттер журналына жазылады.</translation>
    </message>
    <message>
        <source>What an applicant types at the kiosk is deleted when the ticket is served or the day closes.</source>
        <translation>Көрсетілетін қызметті алушы киоскіде терген деректер талон бойынша қызмет көрсетілгенде немесе күн жабылғанда өшіріледі.</translation>
    </message>
    <message>
        <source>A request for acceptance at home is kept only with the applicant&apos;s consent.</source>
        <translation>Тұрғылықты жерінде қабылдау туралы өтініш тек көрсетілетін қызметті алушының келісімімен сақталады.</translation>
    </message>
    <message>
        <source>Only an administrator changes these settings.</source>
        <translation>Бұл баптауларды тек әкімші өзгертеді.</translation>
    </message>
    <message>
        <source>Off: packages keep the applicant&apos;s data (the default).</source>
        <translation>Өшірулі: топтамалар көрсетілетін қызметті алушының деректерін сақтайды (әдепкі).</translation>
    </message>
    <message>
        <source>On: packages accepted before %1 are anonymised, now %2 of them; then every day as the office opens.</source>
        <translation>Қосулы: %1 дейін қабылданған топтамалар иесіздендіріледі, қазір олар %2; одан кейін күн сайын кеңсе ашылғанда.</translation>
    </message>
    <message>
        <source>%1 packages accepted before %2 will be anonymised at once. This cannot be undone. Press the button again to confirm.</source>
        <translation>%2 дейін қабылданған %1 топтама бірден иесіздендіріледі. Мұны кері қайтаруға болмайды. Растау үшін батырманы тағы басыңыз.</translation>
    </message>
    <message>
        <source>Anonymise and save</source>
        <translation>Иесіздендіру және сақтау</translation>
    </message>
    <message>
        <source>Save the personal data setting</source>
        <translation>Дербес деректер баптауын сақтау</translation>
    </message>
    <message>
        <source>Anonymising old packages is off</source>
        <translation>Ескі топтамаларды иесіздендіру өшірілді</translation>
    </message>
    <message>
        <source>Packages older than %1 years are anonymised (now: %2)</source>
        <translation>%1 жылдан ескі топтамалар иесіздендіріледі (қазір: %2)</translation>
    </message>
</context>
<context>
    <name>QueueSettingsBox</name>
    <message>
        <source>Queue and hall display</source>
        <translation>Кезек және зал таблосы</translation>
    </message>
    <message>
        <source>Windows serving only some categories</source>
        <translation>Тек кейбір санаттарға қызмет ететін терезелер</translation>
    </message>
    <message>
        <source>Window=letters, e.g. 2=B; 3=A,C (A teachers, B preschool, C school, D other). Other windows serve every category.</source>
        <translation>Терезе=әріптер, мысалы 2=B; 3=A,C (A педагогтер, B мектепке дейінгі, C мектеп, D басқа). Қалған терезелер барлық санаттарға қызмет етеді.</translation>
    </message>
    <message>
        <source>Recalls before a no-show</source>
        <translation>Келмеді деп белгілеуге дейінгі қайта шақырулар</translation>
    </message>
    <message>
        <source>The office has a hall display (tickets point to it)</source>
        <translation>Залда табло бар (талондар соған сілтейді)</translation>
    </message>
    <message>
        <source>The display announces calls</source>
        <translation>Табло шақыруларды дауыстап хабарлайды</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Дыбыс деңгейі</translation>
    </message>
    <message>
        <source>Save the queue settings</source>
        <translation>Кезек баптауларын сақтау</translation>
    </message>
    <message>
        <source>Queue settings saved (categories: %1)</source>
        <translation>Кезек баптаулары сақталды (санаттар: %1)</translation>
    </message>
</context>
<context>
    <name>RegistersSection</name>
    <message>
        <source>Daily register</source>
        <translation>Күнделікті тізілім</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Күн:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <source>Save PDF, CSV and XLSX</source>
        <translation>PDF, CSV және XLSX сақтау</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Full IINs (each time is recorded in the audit trail)</source>
        <translation>Толық ЖСН (әр жолы әрекеттер журналына жазылады)</translation>
    </message>
    <message>
        <source>Packages: %1, accepted: %2, refused: %3</source>
        <translation>Топтамалар: %1, қабылданды: %2, бас тартылды: %3</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>No printer is set up: save the PDF and print it elsewhere</source>
        <translation>Принтер бапталмаған: PDF-ті сақтап, басқа жерде басып шығарыңыз</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Жіберілді: %1</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Кеңсе профилі</translation>
    </message>
    <message>
        <source>Office, calendar and queue</source>
        <translation>Кеңсе, күнтізбе және кезек</translation>
    </message>
    <message>
        <source>Services accepted</source>
        <translation>Қабылданатын қызметтер</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Дербес деректер</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <source>Address (Kazakh)</source>
        <translation>Мекенжай (қазақша)</translation>
    </message>
    <message>
        <source>Address (Russian)</source>
        <translation>Мекенжай (орысша)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>Орын коды</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ашылады</translation>
    </message>
    <message>
        <source>Lunch from</source>
        <translation>Түскі үзіліс басы</translation>
    </message>
    <message>
        <source>Lunch until</source>
        <translation>Түскі үзіліс соңы</translation>
    </message>
    <message>
        <source>Accepts until</source>
        <translation>Қабылдау соңы</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Жабылады</translation>
    </message>
    <message>
        <source>Printer (empty: default)</source>
        <translation>Принтер (бос болса: әдепкі)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Қағаз</translation>
    </message>
    <message>
        <source>Kiosk idle timeout</source>
        <translation>Киосктің күту уақыты</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Әдепкі тіл</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Extra working and rest days</source>
        <translation>Қосымша жұмыс және демалыс күндері</translation>
    </message>
    <message>
        <source>extra working day</source>
        <translation>қосымша жұмыс күні</translation>
    </message>
    <message>
        <source>extra rest day</source>
        <translation>қосымша демалыс күні</translation>
    </message>
    <message>
        <source>as the national calendar</source>
        <translation>ұлттық күнтізбе бойынша</translation>
    </message>
    <message>
        <source>Note (e.g. order number)</source>
        <translation>Ескерту (мысалы, бұйрық нөмірі)</translation>
    </message>
    <message>
        <source>Apply to the day</source>
        <translation>Күнге қолдану</translation>
    </message>
    <message>
        <source>working</source>
        <translation>жұмыс</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>демалыс</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Calendar changed</source>
        <translation>Күнтізбе өзгертілді</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Қызметкердің кіруі</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;PIN or password</source>
        <translation>&amp;PIN немесе құпиясөз</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN немесе құпиясөз</translation>
    </message>
    <message>
        <source>Demo office accounts (login / PIN):</source>
        <translation>Демо-кеңсе тіркелгілері (логин / PIN):</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <source>Staff</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Жаңа қызметкер</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN немесе құпиясөз</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>New PIN for the selected account</source>
        <translation>Таңдалған тіркелгіге жаңа PIN</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN орнату</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Өшіру / қосу</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өшірулі</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>бұғатталған</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Қосылды: %1</translation>
    </message>
    <message>
        <source>New PIN set for %1</source>
        <translation>%1 үшін жаңа PIN орнатылды</translation>
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
        <translation>Бастап:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Дейін:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Топтамалар</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Results overdue</source>
        <translation>Мерзімі өткен нәтижелер</translation>
    </message>
    <message>
        <source>Refusals: documents missing</source>
        <translation>Бас тартулар: жетіспейтін құжаттар</translation>
    </message>
    <message>
        <source>By employee</source>
        <translation>Қызметкерлер бойынша</translation>
    </message>
    <message>
        <source>By window</source>
        <translation>Терезелер бойынша</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>XLSX сақтау…</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Терезе</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Шақырылды</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Қызмет көрсетілді</translation>
    </message>
    <message>
        <source>Waiting, 90th percentile</source>
        <translation>Күту, 90-процентиль</translation>
    </message>
    <message>
        <source>Waiting within limit</source>
        <translation>Күту нормада</translation>
    </message>
    <message>
        <source>Service, 90th percentile</source>
        <translation>Қызмет, 90-процентиль</translation>
    </message>
    <message>
        <source>Service within limit</source>
        <translation>Қызмет нормада</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Рет</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Save statistics</source>
        <translation>Статистиканы сақтау</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 сақталмады: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Mean waiting, min</source>
        <translation>Орташа күту, мин</translation>
    </message>
    <message>
        <source>Mean service, min</source>
        <translation>Орташа қызмет, мин</translation>
    </message>
    <message>
        <source>%1: no tickets</source>
        <translation>%1: талон жоқ</translation>
    </message>
    <message>
        <source>%1: %2 tickets, mean %3 min, 90th percentile %4 min, within the limit %5</source>
        <translation>%1: %2 талон, орташа %3 мин, 90-процентиль %4 мин, норма ішінде %5</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күту</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет көрсету</translation>
    </message>
    <message>
        <source>Packages by service</source>
        <translation>Қызметтер бойынша топтамалар</translation>
    </message>
    <message>
        <source>Share within the legal limit</source>
        <translation>Заңды норма ішіндегі үлес</translation>
    </message>
</context>
</TS>
