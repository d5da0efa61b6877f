<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ApplicantForm</name>
    <message>
        <source>Handed in by a representative</source>
        <translation>Құжаттарды өкіл тапсырады</translation>
    </message>
    <message>
        <source>Consent given — required</source>
        <translation>Келісім алынды — міндетті</translation>
    </message>
    <message>
        <source>The applicant consents to the use of personal data held in information systems (Law No 88-V)</source>
        <translation>Көрсетілетін қызметті алушы ақпараттық жүйелердегі дербес деректерін пайдалануға келісім береді (№ 88-V Заң)</translation>
    </message>
    <message>
        <source>Ask the applicant and tick: the consent is recorded with the package</source>
        <translation>Көрсетілетін қызметті алушыдан сұрап, белгі қойыңыз: келісім құжаттар топтамасымен бірге тіркеледі</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Келісім тәсілі</translation>
    </message>
    <message>
        <source>in writing, on the application</source>
        <translation>жазбаша, өтініште</translation>
    </message>
    <message>
        <source>by EDS</source>
        <translation>ЭЦҚ-мен расталған</translation>
    </message>
    <message>
        <source>by SMS one-time code</source>
        <translation>SMS бір реттік кодымен</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>Келісім қалай берілді</translation>
    </message>
    <message>
        <source>The receipt states how the consent was given: written on the application, signed with an EDS, or confirmed by a one-time SMS code</source>
        <translation>Қолхатта келісімнің қалай берілгені көрсетіледі: өтініште жазбаша, ЭЦҚ-мен расталған немесе ұялы байланыс абоненттік құрылғысы арқылы бір реттік SMS кодымен</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Documents: tick what the applicant hands in</source>
        <translation>Құжаттар: көрсетілетін қызметті алушы тапсырғанын белгілеңіз</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Unsaved form</source>
        <translation>Сақталмаған өтініш</translation>
    </message>
    <message>
        <source>The form being filled in is not saved: no receipt has been made for it. Discard it?</source>
        <translation>Толтырылып жатқан өтініш сақталмаған: ол бойынша қолхат жасалған жоқ. Өшіре берейік пе?</translation>
    </message>
    <message>
        <source>Discard the form</source>
        <translation>Өтінішті өшіру</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Жұмысты жалғастыру</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Жүйеде: %1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Станция %1</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1-терезе</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <source>Space: mark as received</source>
        <translation>Бос орын пернесі: қабылданды деп белгілеу</translation>
    </message>
    <message>
        <source>from information systems — do not ask for paper</source>
        <translation>ақпараттық жүйелерден алынады — қағаз талап етілмейді</translation>
    </message>
    <message>
        <source>required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <source>required for this applicant</source>
        <translation>бұл көрсетілетін қызметті алушыға міндетті</translation>
    </message>
    <message>
        <source>not needed for this applicant</source>
        <translation>бұл көрсетілетін қызметті алушыға қажет емес</translation>
    </message>
    <message>
        <source>optional, if any</source>
        <translation>бар болса</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>көшірме</translation>
    </message>
    <message>
        <source>original</source>
        <translation>түпнұсқа</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>Түпнұсқа немесе көшірме</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>беттер</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>package accepted</source>
        <translation>топтама қабылданды</translation>
    </message>
    <message>
        <source>package refused</source>
        <translation>топтаманы қабылдаудан бас тартылды</translation>
    </message>
    <message>
        <source>handed to the dispatch desk</source>
        <translation>жинақтау жүйесіне берілді</translation>
    </message>
    <message>
        <source>sent to the provider</source>
        <translation>көрсетілетін қызметті берушіге жіберілді</translation>
    </message>
    <message>
        <source>result ready</source>
        <translation>нәтиже дайын</translation>
    </message>
    <message>
        <source>result issued</source>
        <translation>нәтиже берілді</translation>
    </message>
    <message>
        <source>receipt reprinted</source>
        <translation>қолхат қайта басылды</translation>
    </message>
    <message>
        <source>documents accepted at home</source>
        <translation>құжаттар тұрғылықты жерінде қабылданды</translation>
    </message>
</context>
<context>
    <name>HomeVisitsSection</name>
    <message>
        <source>Home visits</source>
        <translation>Тұрғылықты жерінде қабылдау</translation>
    </message>
    <message>
        <source>Acceptance at home</source>
        <translation>Құжаттарды тұрғылықты жерінде қабылдау</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Тек ашықтары</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>No</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Түскені</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Бару</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Таңдалған өтініш</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>СС:ММ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>e.g. call before coming</source>
        <translation>мысалы, келер алдында қоңырау шалу</translation>
    </message>
    <message>
        <source>Schedule the visit</source>
        <translation>Баруды жоспарлау</translation>
    </message>
    <message>
        <source>Receipt No</source>
        <translation>Қолхат №</translation>
    </message>
    <message>
        <source>if a package was accepted</source>
        <translation>құжаттар топтамасы қабылданса</translation>
    </message>
    <message>
        <source>Documents accepted</source>
        <translation>Құжаттар қабылданды</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>e.g. the applicant cannot be reached</source>
        <translation>мысалы, көрсетілетін қызметті алушымен байланысу мүмкін емес</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Өтініштен бас тарту</translation>
    </message>
    <message>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>жоспарланды</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>%1 · LATE</source>
        <translation>%1 · КЕШІКТІ</translation>
    </message>
    <message>
        <source>%1 · visit date passed</source>
        <translation>%1 · бару күні өтті</translation>
    </message>
    <message>
        <source>Open requests: %1.</source>
        <translation>Ашық өтініштер: %1.</translation>
    </message>
    <message>
        <source>Late: %1 — call the applicant and agree a visit date.</source>
        <translation>Кешіккені: %1 — көрсетілетін қызметті алушыға қоңырау шалып, бару күнін келісіңіз.</translation>
    </message>
    <message>
        <source>Select a request in the list.</source>
        <translation>Тізімнен өтінішті таңдаңыз.</translation>
    </message>
    <message>
        <source>Request No %1 of %2</source>
        <translation>№%1 өтініш, түскені %2</translation>
    </message>
    <message>
        <source>to be scheduled by %1</source>
        <translation>жоспарлау мерзімі: %1</translation>
    </message>
    <message>
        <source>applicant's note: %1</source>
        <translation>көрсетілетін қызметті алушының ескертпесі: %1</translation>
    </message>
    <message>
        <source>visit agreed by %1 at %2</source>
        <translation>баруды белгілеген: %1, %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>ескертпе: %1</translation>
    </message>
    <message>
        <source>closed by %1 at %2</source>
        <translation>жапқан: %1, %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>себебі: %1</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>қолхат %1</translation>
    </message>
    <message>
        <source>Request No %1: visit on %2</source>
        <translation>№%1 өтініш: бару күні %2</translation>
    </message>
    <message>
        <source>Request No %1: documents accepted at home</source>
        <translation>№%1 өтініш: құжаттар тұрғылықты жерінде қабылданды</translation>
    </message>
    <message>
        <source>Request No %1: cancelled</source>
        <translation>№%1 өтініштен бас тартылды</translation>
    </message>
</context>
<context>
    <name>IntakeSection</name>
    <message>
        <source>Intake</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Which service is the applicant here for?</source>
        <translation>Көрсетілетін қызметті алушы қай қызметке келді?</translation>
    </message>
    <message>
        <source>Type a name, a registry code or a word such as «дубликат», «экстернат», «аттестация»</source>
        <translation>Атауын, тізілім кодын немесе «телнұсқа», «экстернат», «аттестаттау» сияқты сөзді теріңіз</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Қызметті іздеу</translation>
    </message>
    <message>
        <source>Continue   Enter</source>
        <translation>Жалғастыру   Enter</translation>
    </message>
    <message>
        <source>Change service</source>
        <translation>Қызметті ауыстыру</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>Өтінішті тазалау</translation>
    </message>
    <message>
        <source>Empty the applicant's details and the ticked papers; the service stays</source>
        <translation>Көрсетілетін қызметті алушының деректері мен белгіленген құжаттар тазаланады; қызмет өзгермейді</translation>
    </message>
    <message>
        <source>Refuse   Ctrl+Shift+Enter</source>
        <translation>Бас тарту   Ctrl+Shift+Enter</translation>
    </message>
    <message>
        <source>Only an incomplete package can be refused: the refusal receipt lists what is missing</source>
        <translation>Тек толық емес топтаманы қабылдаудан бас тартуға болады: бас тарту туралы қолхатта не жетіспейтіні көрсетіледі</translation>
    </message>
    <message>
        <source>Accept   Ctrl+Enter</source>
        <translation>Қабылдау   Ctrl+Enter</translation>
    </message>
    <message>
        <source>Only a complete package can be accepted</source>
        <translation>Тек толық топтаманы қабылдауға болады</translation>
    </message>
    <message>
        <source>Next applicant   Ctrl+N</source>
        <translation>Келесі көрсетілетін қызметті алушы   Ctrl+N</translation>
    </message>
    <message>
        <source>Same service, empty form</source>
        <translation>Сол қызмет, бос нысан</translation>
    </message>
    <message>
        <source>Another service</source>
        <translation>Басқа қызмет</translation>
    </message>
    <message>
        <source>From queue ticket %1</source>
        <translation>Кезек талоны: %1</translation>
    </message>
    <message>
        <source>repealed</source>
        <translation>күшін жойған</translation>
    </message>
    <message>
        <source>information only: filed online</source>
        <translation>тек ақпарат: порталда беріледі</translation>
    </message>
    <message>
        <source>document list not entered yet</source>
        <translation>құжаттар тізбесі әлі енгізілмеген</translation>
    </message>
    <message>
        <source>No service matches the search.</source>
        <translation>Іздеуге сәйкес қызмет табылмады.</translation>
    </message>
    <message>
        <source>%1 of %2 required received</source>
        <translation>Міндетті %2 құжаттың %1 қабылданды</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>жетіспейді: %1</translation>
    </message>
    <message>
        <source>Accepted: receipt No %1</source>
        <translation>Қабылданды: қолхат № %1</translation>
    </message>
    <message>
        <source>Result due on %1.</source>
        <translation>Нәтиже беру мерзімі: %1.</translation>
    </message>
    <message>
        <source>Refused: refusal receipt No %1</source>
        <translation>Бас тартылды: бас тарту туралы қолхат № %1</translation>
    </message>
</context>
<context>
    <name>PackageSection</name>
    <message>
        <source>Package</source>
        <translation>Топтама</translation>
    </message>
    <message>
        <source>Receipt number, e.g. ALM01-01-261120-0001</source>
        <translation>Қолхат нөмірі, мысалы ALM01-01-261120-0001</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Қолхат нөмірі</translation>
    </message>
    <message>
        <source>Open   Enter</source>
        <translation>Ашу   Enter</translation>
    </message>
    <message>
        <source>Scan a receipt's barcode anywhere on the desk, or type its number here.</source>
        <translation>Қолхаттың штрих-кодын жұмыс орнының кез келген жерінде сканерлеңіз немесе нөмірін осында теріңіз.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Көрсетілетін қызметті алушы</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Қабылданған уақыты</translation>
    </message>
    <message>
        <source>Result due</source>
        <translation>Нәтиже мерзімі</translation>
    </message>
    <message>
        <source>Dispatch desk</source>
        <translation>Жинақтау жүйесі</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Handed to the dispatch desk</source>
        <translation>Жинақтау жүйесіне берілді</translation>
    </message>
    <message>
        <source>Record that the package's folder went to the dispatch desk (within 30 minutes of acceptance)</source>
        <translation>Топтаманың жинақтау жүйесіне берілгенін тіркеу (қабылданғаннан кейін 30 минут ішінде)</translation>
    </message>
    <message>
        <source>Record the result…</source>
        <translation>Нәтижені ресімдеу…</translation>
    </message>
    <message>
        <source>The queue notification with the queue number, or the referral to a preschool organisation</source>
        <translation>Кезектілік нөмірі көрсетілген кезекке қою туралы хабарлама немесе мектепке дейінгі ұйымға жолдама</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Қолхат</translation>
    </message>
    <message>
        <source>%1 handed to the dispatch desk.</source>
        <translation>%1 жинақтау жүйесіне берілді.</translation>
    </message>
    <message>
        <source>%1: the result is recorded; print it for the seal and the signature.</source>
        <translation>%1: нәтиже ресімделді; мөр басып, қол қою үшін басып шығарыңыз.</translation>
    </message>
    <message>
        <source>The copy is made; its line in the package's trail waits for the store: %1</source>
        <translation>Көшірме жасалды; оның топтама тарихындағы жазбасы деректер қоймасын күтуде: %1</translation>
    </message>
    <message>
        <source>No package with receipt number %1</source>
        <translation>%1 нөмірлі қолхаты бар топтама жоқ</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>Топтаманы ашу</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Топтама %1</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>from information systems</source>
        <translation>ақпараттық жүйелерден</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>original</source>
        <translation>түпнұсқа</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>көшірме</translation>
    </message>
    <message>
        <source>handed over %1</source>
        <translation>берілді: %1</translation>
    </message>
    <message>
        <source>to hand over</source>
        <translation>берілуі керек</translation>
    </message>
    <message>
        <source>to hand over by %1</source>
        <translation>берілу мерзімі: %1</translation>
    </message>
    <message>
        <source>late: due there by %1</source>
        <translation>кешікті: берілу мерзімі %1 болатын</translation>
    </message>
    <message>
        <source>referral to %1</source>
        <translation>жолдама: %1</translation>
    </message>
    <message>
        <source>queue notification, queue number %1</source>
        <translation>кезекке қою туралы хабарлама, кезектілік нөмірі %1</translation>
    </message>
</context>
<context>
    <name>PersonBox</name>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic (if any)</source>
        <translation>Әкесінің аты (бар болса)</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Power of attorney (number, date)</source>
        <translation>Сенімхат (нөмірі, күні)</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Көрсетілетін қызметті алушы</translation>
    </message>
    <message>
        <source>%1 of 12 digits</source>
        <translation>12 цифрдың %1 енгізілді</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>Туған күні %1, жынысы: %2</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>Print   Ctrl+P</source>
        <translation>Басып шығару   Ctrl+P</translation>
    </message>
    <message>
        <source>Print the receipt (A4 or the 80 mm roll, as the office set)</source>
        <translation>Қолхатты басып шығару (кеңсе баптауы бойынша A4 немесе 80 мм лента)</translation>
    </message>
    <message>
        <source>Save as PDF   Ctrl+S</source>
        <translation>PDF сақтау   Ctrl+S</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Қолхат дайындалуда…</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Қолхат сақталды: %1</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Принтерге жіберілуде…</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Басып шығарылды.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Бірдеңе дұрыс болмады: %1</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Қолхатты PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <source>Record the result</source>
        <translation>Нәтижені ресімдеу</translation>
    </message>
    <message>
        <source>Drawn up by the provider: a notification with the child's queue number, or a referral to a preschool organisation. Printed for the seal and the signature.</source>
        <translation>Көрсетілетін қызметті беруші ресімдейді: баланың кезектілік нөмірі көрсетілген хабарлама немесе мектепке дейінгі ұйымға жолдама. Басып шығарылып, мөрмен және қолмен куәландырылады.</translation>
    </message>
    <message>
        <source>Notification of placement in the queue</source>
        <translation>Кезекке қою туралы хабарлама</translation>
    </message>
    <message>
        <source>Referral to a preschool organisation</source>
        <translation>Мектепке дейінгі ұйымға жолдама</translation>
    </message>
    <message>
        <source>Child's full name</source>
        <translation>Баланың Т.А.Ә.</translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation>Кезектілік нөмірі</translation>
    </message>
    <message>
        <source>Preschool organisation</source>
        <translation>Мектепке дейінгі ұйым</translation>
    </message>
    <message>
        <source>Group (if given)</source>
        <translation>Топ (болса)</translation>
    </message>
    <message>
        <source>Surname, name, patronymic of the child</source>
        <translation>Баланың тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>e.g. № 45 «Балапан» nursery-kindergarten</source>
        <translation>мысалы, № 45 «Балапан» бөбекжай-бақшасы</translation>
    </message>
    <message>
        <source>Record the result   Enter</source>
        <translation>Нәтижені ресімдеу   Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ResultPaperView</name>
    <message>
        <source>Preparing the result paper…</source>
        <translation>Нәтиже құжаты дайындалуда…</translation>
    </message>
    <message>
        <source>Result paper saved: %1</source>
        <translation>Нәтиже құжаты сақталды: %1</translation>
    </message>
    <message>
        <source>Print the result on A4 for the seal and the signature of the provider's authorised person</source>
        <translation>Нәтижені A4 парағына басып шығару: көрсетілетін қызметті берушінің уәкілетті адамының мөрі мен қолы үшін</translation>
    </message>
    <message>
        <source>Save the result paper as PDF</source>
        <translation>Нәтиже құжатын PDF ретінде сақтау</translation>
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
        <translation>жинақтау жүйесінің қызметкері</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>басшы</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>sent to the provider</source>
        <translation>көрсетілетін қызметті берушіге жіберілді</translation>
    </message>
    <message>
        <source>result ready</source>
        <translation>нәтиже дайын</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>берілді</translation>
    </message>
</context>
<context>
    <name>TodaySection</name>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Today at this station</source>
        <translation>Осы жұмыс орнында бүгін</translation>
    </message>
    <message>
        <source>Search by receipt number, IIN or surname</source>
        <translation>Қолхат нөмірі, ЖСН немесе тегі бойынша іздеу</translation>
    </message>
    <message>
        <source>Search packages</source>
        <translation>Топтамаларды іздеу</translation>
    </message>
    <message>
        <source>Receipt No</source>
        <translation>Қолхат №</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Көрсетілетін қызметті алушы</translation>
    </message>
    <message>
        <source>Dispatch desk</source>
        <translation>Жинақтау жүйесі</translation>
    </message>
    <message>
        <source>Enter or double-click opens a package. Ctrl+click or Shift+click selects several.</source>
        <translation>Enter немесе қос шерту топтаманы ашады. Ctrl+шерту немесе Shift+шерту бірнешеуін таңдайды.</translation>
    </message>
    <message>
        <source>Only those to hand over</source>
        <translation>Тек берілуі керектері</translation>
    </message>
    <message>
        <source>Courier packages not yet handed to the dispatch desk; ticking selects them all</source>
        <translation>Жинақтау жүйесіне әлі берілмеген курьерлік топтамалар; белгілегенде бәрі таңдалады</translation>
    </message>
    <message>
        <source>Record that the selected packages' folders went to the dispatch desk (within 30 minutes of acceptance)</source>
        <translation>Таңдалған топтамалардың жинақтау жүйесіне берілгенін тіркеу (қабылданғаннан кейін 30 минут ішінде)</translation>
    </message>
    <message>
        <source>to hand over</source>
        <translation>берілуі керек</translation>
    </message>
    <message>
        <source>late: by %1</source>
        <translation>кешікті (мерзімі %1)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>мерзімі %1</translation>
    </message>
    <message>
        <source>handed over %1</source>
        <translation>берілді: %1</translation>
    </message>
    <message>
        <source>Nothing to hand to the dispatch desk.</source>
        <translation>Жинақтау жүйесіне берілетін топтама жоқ.</translation>
    </message>
    <message>
        <source>To hand to the dispatch desk: %1</source>
        <translation>Жинақтау жүйесіне берілуі керек: %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 кешікті</translation>
    </message>
    <message>
        <source>the first by %1</source>
        <translation>ең жақын мерзімі %1</translation>
    </message>
    <message>
        <source>Hand over the selected (%1)</source>
        <translation>Таңдалғандарды беру (%1)</translation>
    </message>
    <message>
        <source>Packages handed to the dispatch desk at %2: %1.</source>
        <translation>Жинақтау жүйесіне берілген топтамалар: %1 (сағат %2).</translation>
    </message>
    <message>
        <source>%1 packages: %2 accepted, %3 refused</source>
        <translation>Барлығы %1 топтама: %2 қабылданды, %3 бас тартылды</translation>
    </message>
</context>
</TS>