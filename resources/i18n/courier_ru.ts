<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DispatchSection</name>
    <message>
        <source>Dispatch</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Dispatch to providers</source>
        <translation>Отправка услугодателям</translation>
    </message>
    <message>
        <source>Every accepted courier package of the day (and earlier ones still waiting) goes into one batch per provider. Dispatching the same day again adds only packages accepted since, and writes the same files again.</source>
        <translation>Каждый принятый за день пакет курьерской услуги (и ещё ожидающие более ранние) попадает в одну партию на каждого услугодателя. Повторная отправка того же дня добавляет только пакеты, принятые позже, и записывает те же файлы заново.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Dispatch the day</source>
        <translation>Отправить день</translation>
    </message>
    <message>
        <source>Check folder</source>
        <translation>Проверить папку</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>Печать реестра</translation>
    </message>
    <message>
        <source>Folder for the registers</source>
        <translation>Папка для реестров</translation>
    </message>
    <message>
        <source>Dispatching…</source>
        <translation>Идёт отправка…</translation>
    </message>
    <message>
        <source>No courier packages wait for dispatch on this day.</source>
        <translation>В этот день нет пакетов, ожидающих отправки курьером.</translation>
    </message>
    <message>
        <source>%1 new batch(es), %2 packages in the day&apos;s batches. Files in %3</source>
        <translation>Новых партий: %1, пакетов в партиях дня: %2. Файлы: %3</translation>
    </message>
    <message>
        <source>Nothing new to dispatch: the day&apos;s batches were written again, unchanged. Files in %1</source>
        <translation>Нового для отправки нет: партии дня записаны заново без изменений. Файлы: %1</translation>
    </message>
    <message>
        <source>Dispatch failed: %1</source>
        <translation>Отправка не удалась: %1</translation>
    </message>
    <message>
        <source>%1 · %2 packages
%3</source>
        <translation>%1 · пакетов: %2
%3</translation>
    </message>
    <message>
        <source>No printer is set up: save the PDF and print it elsewhere</source>
        <translation>Принтер не настроен: сохраните PDF и распечатайте его в другом месте</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Отправлено: %1</translation>
    </message>
    <message>
        <source>The folder matches its manifest: %1 batches, %2 files.</source>
        <translation>Папка совпадает с манифестом: партий %1, файлов %2.</translation>
    </message>
    <message>
        <source>The folder differs from its manifest:</source>
        <translation>Папка не совпадает с манифестом:</translation>
    </message>
</context>
<context>
    <name>IssueSection</name>
    <message>
        <source>Issue</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <source>Issue a result to the applicant</source>
        <translation>Выдача результата заявителю</translation>
    </message>
    <message>
        <source>Scan the applicant&apos;s receipt or type its number. Check the identity document against the name shown, then confirm.</source>
        <translation>Сканируйте расписку заявителя или введите её номер. Сверьте удостоверение личности с показанным именем и подтвердите.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Номер расписки</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Расписка</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Hand the result over to this person?</source>
        <translation>Выдать результат этому человеку?</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1 handed over to %2.</source>
        <translation>Результат %1 выдан: %2.</translation>
    </message>
</context>
<context>
    <name>OverdueSection</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Overdue results</source>
        <translation>Просроченные результаты</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Today&apos;s batches</source>
        <translation>Партии за сегодня</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Расписка</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation>Рабочих дней просрочки</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Provider late</source>
        <translation>Услугодатель опаздывает</translation>
    </message>
    <message>
        <source>Not back from the provider</source>
        <translation>Не вернулся от услугодателя</translation>
    </message>
    <message>
        <source>Late: handover to the dispatch desk (30 min)</source>
        <translation>Просрочено: передача в накопительный сектор (30 мин)</translation>
    </message>
    <message>
        <source>Late: dispatch by courier (1 day)</source>
        <translation>Просрочено: отправка курьером (1 день)</translation>
    </message>
    <message>
        <source>Late: issue after the return (1 day)</source>
        <translation>Просрочено: выдача после возврата (1 день)</translation>
    </message>
    <message>
        <source>%1 past the applicant&apos;s due date, %2 past the provider&apos;s date, %3 with a late step.</source>
        <translation>Просрочен срок услугополучателя: %1, срок услугодателя: %2, с просроченным шагом: %3.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Просроченных нет.</translation>
    </message>
</context>
<context>
    <name>ReturnsSection</name>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Results ready</source>
        <translation>Готовые результаты</translation>
    </message>
    <message>
        <source>Scan each result&apos;s receipt barcode as the courier hands the results over, or when a result decided at this office (or received through the information systems) is ready; or type the number and press Enter.</source>
        <translation>Сканируйте штрихкод расписки каждого результата, когда курьер передаёт результаты или когда готов результат, решённый в этом офисе (или полученный через информационные системы); либо введите номер и нажмите Enter.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Номер расписки</translation>
    </message>
    <message>
        <source>Mark the result ready</source>
        <translation>Отметить результат готовым</translation>
    </message>
    <message>
        <source>%1: result ready for %2</source>
        <translation>%1: результат готов для %2</translation>
    </message>
</context>
</TS>
