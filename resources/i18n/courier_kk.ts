<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>DispatchSection</name>
    <message>
        <source>Dispatch</source>
        <translation>Жөнелту</translation>
    </message>
    <message>
        <source>Dispatch to providers</source>
        <translation>Көрсетілетін қызметті берушілерге жөнелту</translation>
    </message>
    <message>
        <source>Every accepted courier package of the day (and earlier ones still waiting) goes into one batch per provider. Dispatching the same day again adds only packages accepted since, and writes the same files again.</source>
        <translation>Күннің курьер апаратын әр қабылданған құжаттар топтамасы (және әлі күтіп тұрған бұрынғылары) әр көрсетілетін қызметті берушіге бір жөнелтілімге кіреді. Сол күнді қайта жөнелткенде тек кейін қабылданғандары қосылады, файлдар сол күйінде қайта жазылады.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Dispatch the day</source>
        <translation>Күнді жөнелту</translation>
    </message>
    <message>
        <source>Check folder</source>
        <translation>Буманы тексеру</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>Тізілімдемені басып шығару</translation>
    </message>
    <message>
        <source>Folder for the registers</source>
        <translation>Тізілімдемелерге арналған бума</translation>
    </message>
    <message>
        <source>Dispatching…</source>
        <translation>Жөнелтілуде…</translation>
    </message>
    <message>
        <source>No courier packages wait for dispatch on this day.</source>
        <translation>Бұл күні жөнелтуді күтіп тұрған курьерлік топтамалар жоқ.</translation>
    </message>
    <message>
        <source>%1 new batch(es), %2 packages in the day&apos;s batches. Files in %3</source>
        <translation>Жаңа жөнелтілімдер: %1, күннің жөнелтілімдеріндегі құжаттар топтамасы: %2. Файлдар: %3</translation>
    </message>
    <message>
        <source>Nothing new to dispatch: the day&apos;s batches were written again, unchanged. Files in %1</source>
        <translation>Жөнелтетін жаңа топтама жоқ: күннің жөнелтілімдері өзгеріссіз қайта жазылды. Файлдар: %1</translation>
    </message>
    <message>
        <source>Dispatch failed: %1</source>
        <translation>Жөнелту сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>%1 · %2 packages
%3</source>
        <translation>%1 · %2 топтама
%3</translation>
    </message>
    <message>
        <source>No printer is set up: save the PDF and print it elsewhere</source>
        <translation>Принтер бапталмаған: PDF-ті сақтап, басқа жерде басып шығарыңыз</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Жіберілді: %1</translation>
    </message>
    <message>
        <source>The folder matches its manifest: %1 batches, %2 files.</source>
        <translation>Бума манифестке сәйкес: %1 жөнелтілім, %2 файл.</translation>
    </message>
    <message>
        <source>The folder differs from its manifest:</source>
        <translation>Бума манифестке сәйкес келмейді:</translation>
    </message>
</context>
<context>
    <name>IssueSection</name>
    <message>
        <source>Issue</source>
        <translation>Нәтиже беру</translation>
    </message>
    <message>
        <source>Issue a result to the applicant</source>
        <translation>Нәтижені алушыға беру</translation>
    </message>
    <message>
        <source>Scan the applicant&apos;s receipt or type its number. Check the identity document against the name shown, then confirm.</source>
        <translation>Алушының қолхатын сканерлеңіз немесе нөмірін теріңіз. Жеке куәлікті көрсетілген атпен салыстырып, растаңыз.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Қолхат нөмірі</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Қолхат</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Алушы</translation>
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
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Hand the result over to this person?</source>
        <translation>Нәтижені осы адамға беру керек пе?</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Беру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>%1 handed over to %2.</source>
        <translation>%1 нәтижесі %2 алушыға берілді.</translation>
    </message>
</context>
<context>
    <name>OverdueSection</name>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Overdue results</source>
        <translation>Мерзімі өткен нәтижелер</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Today&apos;s batches</source>
        <translation>Бүгінгі жөнелтілімдер</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Қолхат</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation>Кешіккен жұмыс күндері</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Жөнелтілім</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Топтамалар</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Provider late</source>
        <translation>Көрсетілетін қызметті беруші кешікті</translation>
    </message>
    <message>
        <source>Not back from the provider</source>
        <translation>Көрсетілетін қызметті берушіден қайтпаған</translation>
    </message>
    <message>
        <source>Late: handover to the dispatch desk (30 min)</source>
        <translation>Кешікті: жинақтау жүйесіне беру (30 мин)</translation>
    </message>
    <message>
        <source>Late: dispatch by courier (1 day)</source>
        <translation>Кешікті: курьермен жіберу (1 күн)</translation>
    </message>
    <message>
        <source>Late: issue after the return (1 day)</source>
        <translation>Кешікті: қайтқаннан кейін беру (1 күн)</translation>
    </message>
    <message>
        <source>%1 past the applicant&apos;s due date, %2 past the provider&apos;s date, %3 with a late step.</source>
        <translation>Көрсетілетін қызметті алушының мерзімі өткені: %1, көрсетілетін қызметті берушінің мерзімі өткені: %2, кешіккен қадамы барлары: %3.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Мерзімі өткен ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>ReturnsSection</name>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>Results ready</source>
        <translation>Дайын нәтижелер</translation>
    </message>
    <message>
        <source>Scan each result&apos;s receipt barcode as the courier hands the results over, or when a result decided at this office (or received through the information systems) is ready; or type the number and press Enter.</source>
        <translation>Курьер нәтижелерді тапсырғанда немесе осы кеңседе шешілген (не ақпараттық жүйелер арқылы келген) нәтиже дайын болғанда әр нәтиженің қолхат штрихкодын сканерлеңіз; не нөмірін теріп, Enter басыңыз.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Қолхат нөмірі</translation>
    </message>
    <message>
        <source>Mark the result ready</source>
        <translation>Нәтиже дайын деп белгілеу</translation>
    </message>
    <message>
        <source>%1: result ready for %2</source>
        <translation>%1: %2 үшін нәтиже дайын</translation>
    </message>
</context>
</TS>
