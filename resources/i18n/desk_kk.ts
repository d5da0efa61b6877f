<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>DeskWindow</name>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Жүйеде: %1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
</context>
</TS>