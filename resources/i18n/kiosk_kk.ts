<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>HomeVisitPage</name>
    <message>
        <source>Your request No %1 is recorded. An employee will call you to agree a time.</source>
        <translation>№ %1 өтінішіңіз тіркелді. Қызметкер уақытты келісу үшін сізге қоңырау шалады.</translation>
    </message>
    <message>
        <source>Documents accepted at your home</source>
        <translation>Құжаттарды тұрғылықты жерінде қабылдау</translation>
    </message>
    <message>
        <source>For applicants whose health limits their movement. Leave a phone number; an employee calls back and comes to accept the documents. You can also call 1414 or 8-800-080-7777.</source>
        <translation>Организм функцияларының тіршілік әрекетін шектейтін денсаулығы тұрақты бұзылған көрсетілетін қызметті алушылар үшін. Телефон нөміріңізді қалдырыңыз: қызметкер қоңырау шалып, құжаттарды қабылдауға келеді. 1414 немесе 8-800-080-7777 нөміріне де қоңырау шалуға болады.</translation>
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
        <source>◀ Back</source>
        <translation>◀ Артқа</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Өтінішті жіберу</translation>
    </message>
    <message>
        <source>I agree that the office keeps my name, phone and address to arrange the visit (Law on personal data)</source>
        <translation>Кеңсенің келуді келісу үшін атымды, телефонымды және мекенжайымды сақтауына келісемін (Дербес деректер туралы заң)</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>The list is printed: take it from the printer.</source>
        <translation>Тізім басылды: оны принтерден алыңыз.</translation>
    </message>
    <message>
        <source>Printing the list…</source>
        <translation>Тізім басылуда…</translation>
    </message>
    <message>
        <source>The printer is not working, so the list was not printed. Please ask the staff, or read the list on this screen.</source>
        <translation>Принтер істемейді, сондықтан тізім басылмады. Қызметкерден сұраңыз немесе тізімді осы экраннан оқыңыз.</translation>
    </message>
    <message>
        <source>Are you still there? In %1 s the kiosk starts over and everything you typed is wiped.</source>
        <translation>Сіз әлі осындасыз ба? %1 секундтан кейін терминал басынан басталады, енгізгеніңіздің бәрі өшіріледі.</translation>
    </message>
    <message>
        <source>⟲ Start over</source>
        <translation>⟲ Басынан бастау</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Басынан бастау</translation>
    </message>
    <message>
        <source>A+ Large text</source>
        <translation>A+ Ірі мәтін</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Ірі мәтін</translation>
    </message>
    <message>
        <source>◐ High contrast</source>
        <translation>◐ Жоғары контраст</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Тек қызметкерлер үшін: PIN-кодты енгізіңіз</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Мен осындамын</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Kazakh letters</source>
        <translation>Қазақ әріптері</translation>
    </message>
    <message>
        <source>Russian letters</source>
        <translation>Орыс әріптері</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Латын әріптері</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Цифрлар</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Бас әріп</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Бос орын</translation>
    </message>
    <message>
        <source>Delete a character</source>
        <translation>Таңбаны өшіру</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Өрісті тазарту</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN-код қате</translation>
    </message>
    <message>
        <source>Closing the kiosk: staff only, enter the PIN</source>
        <translation>Терминалды жабу: тек қызметкерлер үшін, PIN-кодты енгізіңіз</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Тек қызметкерлер үшін: PIN-кодты енгізіңіз</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ашу</translation>
    </message>
</context>
<context>
    <name>PrefillPage</name>
    <message>
        <source>%1 of 12 digits</source>
        <translation>12 цифрдың %1-і енгізілді</translation>
    </message>
    <message>
        <source>IIN is correct</source>
        <translation>ЖСН дұрыс</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Сіздің деректеріңіз</translation>
    </message>
    <message>
        <source>Fill in what you can: the staff will check your papers and complete the rest. Touch a field to type.</source>
        <translation>Қолыңыздан келгенін толтырыңыз: қызметкер құжаттарыңызды тексеріп, қалғанын толтырады. Теру үшін өрісті басыңыз.</translation>
    </message>
    <message>
        <source>IIN (12 digits)</source>
        <translation>ЖСН (12 цифр)</translation>
    </message>
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
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Иә: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Жоқ: %1</translation>
    </message>
    <message>
        <source>I agree that the office uses my personal data from state information systems for this service</source>
        <translation>Осы қызмет үшін кеңсенің мемлекеттік ақпараттық жүйелердегі дербес деректерімді пайдалануына келісемін</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Артқа</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Get a ticket</source>
        <translation>Талон алу</translation>
    </message>
</context>
<context>
    <name>QueueSection</name>
    <message>
        <source>Queue</source>
        <translation>Кезек</translation>
    </message>
    <message>
        <source>The office server did not answer: press Call next again when it is back (the same call is repeated).</source>
        <translation>Кеңсе сервері жауап бермеді: ол қайта қосылғанда «Келесіні шақыру» батырмасын тағы басыңыз (сол шақыру қайталанады).</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Кезекте ешкім жоқ.</translation>
    </message>
    <message>
        <source>%1 did not come after %2 calls: marked absent.</source>
        <translation>%1 %2 рет шақырылғанда келмеді: келмеді деп белгіленді.</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>%1 жіберілді: %2.</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Күнді жабу</translation>
    </message>
    <message>
        <source>Close every ticket of today still waiting?</source>
        <translation>Бүгінгі күтіп тұрған барлық талондар жабылсын ба?</translation>
    </message>
    <message>
        <source>Tickets closed: %1</source>
        <translation>Жабылған талондар: %1</translation>
    </message>
    <message>
        <source>No ticket %1 today.</source>
        <translation>Бүгін %1 талоны жоқ.</translation>
    </message>
    <message>
        <source>The intake section is not available at this desk.</source>
        <translation>Бұл жұмыс орнында қабылдау бөлімі жоқ.</translation>
    </message>
    <message>
        <source>No applicant called to this desk yet.</source>
        <translation>Бұл орынға әлі ешкім шақырылмаған.</translation>
    </message>
    <message>
        <source>Now at this desk: %1 (%2)</source>
        <translation>Осы терезеде: %1 (%2)</translation>
    </message>
    <message>
        <source>Resume calling</source>
        <translation>Шақыруды жалғастыру</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Үзіліс</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <source>called</source>
        <translation>шақырылды</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>келмеді</translation>
    </message>
    <message>
        <source>served</source>
        <translation>қызмет көрсетілді</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
    <message>
        <source>Window %1 · Queue: %2 waiting, %3 for this window</source>
        <translation>%1-терезе · Кезек: %2 адам күтуде, осы терезеге %3</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Терезе</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Келесіні шақыру</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Келмеді</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Қайта шақыру</translation>
    </message>
    <message>
        <source>Open application</source>
        <translation>Өтінішті ашу</translation>
    </message>
    <message>
        <source>Served without a package</source>
        <translation>Құжатсыз қызмет көрсетілді</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Where to send the ticket</source>
        <translation>Талонды қайда жіберу</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>%1 кезегі (%2)</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>%1-терезе</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Шақырылды</translation>
    </message>
    <message>
        <source>Waited, min</source>
        <translation>Күтті, мин</translation>
    </message>
    <message>
        <source>Service, min</source>
        <translation>Қызмет, мин</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>This service is filed online only, at www.egov.kz. The staff will help you with it.</source>
        <translation>Бұл қызмет тек www.egov.kz порталында көрсетіледі. Қызметкер көмектеседі.</translation>
    </message>
    <message>
        <source>Papers you will need for the online application</source>
        <translation>Онлайн өтінімге қажет құжаттар</translation>
    </message>
    <message>
        <source>Only if it applies to you</source>
        <translation>Сізге қатысты болса ғана</translation>
    </message>
    <message>
        <source>Bring these papers</source>
        <translation>Мына құжаттарды әкеліңіз</translation>
    </message>
    <message>
        <source>Bring only if it applies to you</source>
        <translation>Сізге қатысты болса ғана әкеліңіз</translation>
    </message>
    <message>
        <source>We will ask:</source>
        <translation>Сұрайтынымыз:</translation>
    </message>
    <message>
        <source>If you have them</source>
        <translation>Бар болса</translation>
    </message>
    <message>
        <source>No need to attach: these come from information systems</source>
        <translation>Тіркеудің қажеті жоқ: бұлар ақпараттық жүйелерден алынады</translation>
    </message>
    <message>
        <source>No need to bring: the office gets these from information systems</source>
        <translation>Әкелудің қажеті жоқ: кеңсе оларды ақпараттық жүйелерден алады</translation>
    </message>
    <message>
        <source>The list of papers for this service is not filled in yet: please ask the staff.</source>
        <translation>Бұл қызметтің құжаттар тізбесі әлі толтырылмаған: қызметкерден сұраңыз.</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Не күтуге болады</translation>
    </message>
    <message>
        <source>Waiting in the queue: at most %1 min. Service at the desk: at most %2 min.</source>
        <translation>Кезекте күту: ең көбі %1 мин. Терезеде қызмет көрсету: ең көбі %2 мин.</translation>
    </message>
    <message>
        <source>The result: within %1 working days.</source>
        <translation>Нәтиже: %1 жұмыс күні ішінде.</translation>
    </message>
    <message>
        <source>The term of the result is set by the provider; the office tells you when your result is here.</source>
        <translation>Нәтиже мерзімін көрсетілетін қызметті беруші белгілейді; нәтиже келгенде мекеме сізге хабарлайды.</translation>
    </message>
    <message>
        <source>Your papers go to the provider by courier; the result comes back to this office and you collect it here.</source>
        <translation>Құжаттарыңыз көрсетілетін қызметті берушіге курьермен жіберіледі; нәтиже осы кеңсеге қайтады және оны осында аласыз.</translation>
    </message>
    <message>
        <source>The service is free.</source>
        <translation>Қызмет тегін.</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Не әкелу керек</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Артқа</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Print this list</source>
        <translation>Тізімді басып шығару</translation>
    </message>
    <message>
        <source>Fill in my details and get a ticket</source>
        <translation>Деректерімді толтырып, талон алу</translation>
    </message>
    <message>
        <source>Just a ticket</source>
        <translation>Тек талон</translation>
    </message>
    <message>
        <source>Get a ticket without filling in</source>
        <translation>Толтырмай талон алу</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>documents are not accepted at this office</source>
        <translation>бұл кеңседе құжаттар қабылданбайды</translation>
    </message>
    <message>
        <source>Which service do you need?</source>
        <translation>Сізге қандай қызмет керек?</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Барлық қызметтер</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Педагогтер</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Балабақша</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Search: type a word, e.g. attestation</source>
        <translation>Іздеу: сөз теріңіз, мысалы, аттестаттау</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Қызметтерді іздеу</translation>
    </message>
    <message>
        <source>Nothing found. Try another word or ask the staff.</source>
        <translation>Ештеңе табылмады. Басқа сөз теріңіз немесе қызметкерден сұраңыз.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Application No %1</source>
        <translation>Өтініш № %1</translation>
    </message>
    <message>
        <source>Result due: %1</source>
        <translation>Нәтиже беру мерзімі: %1</translation>
    </message>
    <message>
        <source>Where to collect: %1</source>
        <translation>Алу орны: %1</translation>
    </message>
    <message>
        <source>Where is my application?</source>
        <translation>Өтінішім қай сатыда?</translation>
    </message>
    <message>
        <source>Scan the barcode of your receipt, or type the receipt number and the last 4 digits of your IIN.</source>
        <translation>Қолхаттағы штрихкодты оқытыңыз немесе қолхат нөмірін және ЖСН-іңіздің соңғы 4 цифрын енгізіңіз.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Қолхат нөмірі</translation>
    </message>
    <message>
        <source>Last 4 digits of the IIN</source>
        <translation>ЖСН-нің соңғы 4 цифры</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Артқа</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Show the stage</source>
        <translation>Сатысын көрсету</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>Сіздің нөміріңіз</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>Сіздің нөміріңіз: %1</translation>
    </message>
    <message>
        <source>Nobody is ahead of you: watch the board, you will be called soon.</source>
        <translation>Алдыңызда ешкім жоқ: таблоны қараңыз, сізді жақында шақырады.</translation>
    </message>
    <message>
        <source>Nobody is ahead of you: listen for your number, you will be called soon.</source>
        <translation>Алдыңызда ешкім жоқ: нөміріңізді тыңдаңыз, сізді жақында шақырады.</translation>
    </message>
    <message>
        <source>People ahead of you: %1. Estimated wait: about %2 min.</source>
        <translation>Алдыңызда: %1 адам. Күту уақыты: шамамен %2 мин.</translation>
    </message>
    <message>
        <source> Your details are filled in: the clerk only checks your papers.</source>
        <translation> Деректеріңіз толтырылды: қызметкер тек құжаттарыңызды тексереді.</translation>
    </message>
    <message>
        <source>Your ticket is printing…</source>
        <translation>Талоныңыз басылып жатыр…</translation>
    </message>
    <message>
        <source>Take your ticket from the printer.</source>
        <translation>Талоныңызды принтерден алыңыз.</translation>
    </message>
    <message>
        <source>The printer is not working, so no ticket was printed. Please remember your number: %1. The staff will call and find you by it.</source>
        <translation>Принтер істемейді, сондықтан талон басылмады. Нөміріңізді есте сақтаңыз: %1. Қызметкерлер сізді осы нөмір бойынша шақырып, табады.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Done: back to the start</source>
        <translation>Дайын: басына оралу</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Documents are not being accepted right now. Acceptance: %1–%2, lunch break %3–%4, Monday to Friday. You can still read about the services and print what to bring.</source>
        <translation>Қазір құжаттар қабылданбайды. Қабылдау: дүйсенбі–жұма %1–%2, түскі үзіліс %3–%4. Қызметтер туралы оқып, не әкелу керегін басып шығаруға болады.</translation>
    </message>
    <message>
        <source>Open %1–%2, Monday to Friday, except public holidays.</source>
        <translation>Жұмыс уақыты: дүйсенбі–жұма %1–%2, мереке күндерінен басқа.</translation>
    </message>
    <message>
        <source>Documents are accepted and results issued %1–%2; lunch break %3–%4.</source>
        <translation>Құжаттарды қабылдау және нәтиже беру: %1–%2; түскі үзіліс %3–%4.</translation>
    </message>
    <message>
        <source>Service is in live queue order: take a ticket here. No pre-registration, no expedited service. All services are free.</source>
        <translation>Қызмет кезек күту тәртібімен көрсетіледі: талонды осы жерден алыңыз. Алдын ала жазылу және жеделдетілген қызмет жоқ. Барлық қызмет тегін.</translation>
    </message>
    <message>
        <source>Help lines: %1 and %2 (free calls).</source>
        <translation>Анықтама телефондары: %1 және %2 (қоңырау тегін).</translation>
    </message>
    <message>
        <source>How to complain: in writing to the head of the service provider; the registration stamp with an incoming number confirms it was accepted. The answer comes within %1 working days. A complaint to the authorised quality-control body: within %2 working days; then the court.</source>
        <translation>Шағым беру тәртібі: көрсетілетін қызметті берушінің басшысына жазбаша; кіріс нөмірі бар тіркеу мөртабаны шағымның қабылданғанын растайды. Жауап %1 жұмыс күні ішінде беріледі. Сапаны бақылау жөніндегі уәкілетті органға берілген шағым %2 жұмыс күні ішінде қаралады; одан әрі — сот.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Жұмыс уақыты</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Қызметтер</translation>
    </message>
    <message>
        <source>Information board</source>
        <translation>Ақпараттық тақта</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Тілді таңдаңыз</translation>
    </message>
    <message>
        <source>Documents accepted at home (limited mobility)</source>
        <translation>Құжаттарды тұрғылықты жерінде қабылдау (тіршілік әрекетін шектейтін денсаулығы тұрақты бұзылған адамдарға)</translation>
    </message>
    <message>
        <source>Where is my application?</source>
        <translation>Өтінішім қай сатыда?</translation>
    </message>
</context>
</TS>
