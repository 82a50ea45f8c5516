<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Handout</name>
    <message numerus="yes">
        <source>The wait is about %n day(s).</source>
        <translation>
            <numerusform>The wait is about %n day.</numerusform>
            <numerusform>The wait is about %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We learned this by phone %n day(s) ago (%1).</source>
        <translation>
            <numerusform>We learned this by phone %n day ago (%1).</numerusform>
            <numerusform>We learned this by phone %n days ago (%1).</numerusform>
        </translation>
    </message>
</context>
</TS>
