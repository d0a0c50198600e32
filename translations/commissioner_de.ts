<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>lwc::ProcessHardening</name>
        <message>
            <source>Could not disable core dumps.</source>
            <translation>Core-Dumps konnten nicht abgeschaltet werden.</translation>
        </message>
        <message>
            <source>Could not protect process memory from debuggers.</source>
            <translation>Der Prozessspeicher konnte nicht vor Debuggern geschützt werden.</translation>
        </message>
    </context>
    <context>
        <name>lwc::SecretBytes</name>
        <message>
            <source>The random number generator failed.</source>
            <translation>Der Zufallszahlengenerator ist fehlgeschlagen.</translation>
        </message>
    </context>
    <context>
        <name>lwc::ui::MainWindow</name>
        <message>
            <source>LwM2M Commissioner</source>
            <translation>LwM2M Commissioner</translation>
        </message>
        <message>
            <source>No devices commissioned yet</source>
            <translation>Noch keine Geräte in Betrieb genommen</translation>
        </message>
        <message>
            <source>&lt;p&gt;LwM2M Commissioner takes a device from unboxed to uniquely keyed, verified and ready to register.&lt;/p&gt;&lt;p&gt;Commissioning features arrive in this window as they are built; the command-line tool &lt;tt&gt;commissioner-cli&lt;/tt&gt; uses the same core.&lt;/p&gt;</source>
            <translation>&lt;p&gt;LwM2M Commissioner bringt ein Gerät vom Auspacken bis zu eindeutigen Schlüsseln, geprüft und bereit zur Registrierung.&lt;/p&gt;&lt;p&gt;Die Funktionen zur Inbetriebnahme erscheinen in diesem Fenster, sobald sie fertig sind; das Kommandozeilenwerkzeug &lt;tt&gt;commissioner-cli&lt;/tt&gt; nutzt denselben Kern.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Close LwM2M Commissioner</source>
            <translation>LwM2M Commissioner schließen</translation>
        </message>
        <message>
            <source>&amp;About LwM2M Commissioner</source>
            <translation>Ü&amp;ber LwM2M Commissioner</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Application log</source>
            <translation>Anwendungsprotokoll</translation>
        </message>
        <message>
            <source>Show &amp;Log</source>
            <translation>&amp;Protokoll anzeigen</translation>
        </message>
        <message>
            <source>About LwM2M Commissioner</source>
            <translation>Über LwM2M Commissioner</translation>
        </message>
        <message>
            <source>&lt;h3&gt;LwM2M Commissioner %1&lt;/h3&gt;&lt;p&gt;Commissions OMA LwM2M devices over CoAPs, serial and smartcards.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;LwM2M Commissioner %1&lt;/h3&gt;&lt;p&gt;Nimmt OMA-LwM2M-Geräte über CoAPs, seriell und per Smartcard in Betrieb.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>lwc::ui::MessageWidget</name>
        <message>
            <source>Dismiss message</source>
            <translation>Meldung schließen</translation>
        </message>
        <message>
            <source>[%1] %2</source>
            <translation>[%1] %2</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
    </context>
</TS>
