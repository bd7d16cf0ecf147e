<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <source>About {minutes} min · %n question(s)</source>
        <translation>
            <numerusform>About {minutes} min · %n question</numerusform>
            <numerusform>About {minutes} min · %n questions</numerusform>
        </translation>
    </message>
</context>
</TS>
