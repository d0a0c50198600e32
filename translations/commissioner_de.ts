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
        <name>lwc::coap::CoapEndpoint</name>
        <message>
            <source>The device did not answer (no acknowledgement after all retransmissions).</source>
            <translation>Das Gerät hat nicht geantwortet (keine Bestätigung nach allen Wiederholungen).</translation>
        </message>
        <message>
            <source>The device rejected the message (CoAP reset).</source>
            <translation>Das Gerät hat die Nachricht abgelehnt (CoAP-Reset).</translation>
        </message>
        <message>
            <source>The secure (DTLS) connection to the device failed.</source>
            <translation>Die sichere (DTLS-)Verbindung zum Gerät ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>The message could not be delivered to the device (network unreachable).</source>
            <translation>Die Nachricht konnte nicht an das Gerät zugestellt werden (Netz nicht erreichbar).</translation>
        </message>
        <message>
            <source>The connection was shut down before the device answered.</source>
            <translation>Die Verbindung wurde beendet, bevor das Gerät geantwortet hat.</translation>
        </message>
        <message>
            <source>The secure connection failed: the device used a different key or PIN.</source>
            <translation>Die sichere Verbindung ist fehlgeschlagen: Das Gerät hat einen anderen Schlüssel oder eine andere PIN verwendet.</translation>
        </message>
        <message>
            <source>The device negotiated a cipher suite this listener does not allow.</source>
            <translation>Das Gerät hat eine Cipher-Suite ausgehandelt, die dieser Listener nicht zulässt.</translation>
        </message>
        <message>
            <source>The device's PSK identity is not known or no longer valid.</source>
            <translation>Die PSK-Identität des Geräts ist unbekannt oder nicht mehr gültig.</translation>
        </message>
        <message>
            <source>The secure (DTLS) handshake with the device failed.</source>
            <translation>Der sichere (DTLS-)Handshake mit dem Gerät ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>The connection to the device was closed.</source>
            <translation>Die Verbindung zum Gerät wurde geschlossen.</translation>
        </message>
        <message>
            <source>This endpoint already has a listener.</source>
            <translation>Dieser Endpunkt hat bereits einen Listener.</translation>
        </message>
        <message>
            <source>This libcoap build has no DTLS support.</source>
            <translation>Diese libcoap-Version unterstützt kein DTLS.</translation>
        </message>
        <message>
            <source>A PSK listener needs a key lookup.</source>
            <translation>Ein PSK-Listener braucht eine Schlüsselsuche.</translation>
        </message>
        <message>
            <source>Could not set up PSK security.</source>
            <translation>PSK-Sicherheit konnte nicht eingerichtet werden.</translation>
        </message>
        <message>
            <source>A certificate listener needs the server certificate and its private key.</source>
            <translation>Ein Zertifikats-Listener braucht das Serverzertifikat und seinen privaten Schlüssel.</translation>
        </message>
        <message>
            <source>Could not set up the DTLS listener.</source>
            <translation>Der DTLS-Listener konnte nicht eingerichtet werden.</translation>
        </message>
        <message>
            <source>The listen address is not an IP address.</source>
            <translation>Die Listen-Adresse ist keine IP-Adresse.</translation>
        </message>
        <message>
            <source>Could not listen on %1 port %2 (in use or not permitted).</source>
            <translation>Auf %1 Port %2 kann nicht gelauscht werden (belegt oder nicht erlaubt).</translation>
        </message>
        <message>
            <source>The server address is not an IP address.</source>
            <translation>Die Serveradresse ist keine IP-Adresse.</translation>
        </message>
        <message>
            <source>A certificate client needs a certificate and key.</source>
            <translation>Ein Zertifikats-Client braucht ein Zertifikat und einen Schlüssel.</translation>
        </message>
        <message>
            <source>Could not start a session to %1 port %2.</source>
            <translation>Es konnte keine Sitzung zu %1 Port %2 aufgebaut werden.</translation>
        </message>
        <message>
            <source>The requested cipher suites are not available.</source>
            <translation>Die angeforderten Cipher-Suites sind nicht verfügbar.</translation>
        </message>
        <message>
            <source>The connection to the device is closed.</source>
            <translation>Die Verbindung zum Gerät ist geschlossen.</translation>
        </message>
        <message>
            <source>The device's secure session is not established.</source>
            <translation>Die sichere Sitzung mit dem Gerät ist nicht aufgebaut.</translation>
        </message>
        <message>
            <source>Could not build the CoAP message.</source>
            <translation>Die CoAP-Nachricht konnte nicht erstellt werden.</translation>
        </message>
        <message>
            <source>The payload could not be sent.</source>
            <translation>Die Nutzdaten konnten nicht gesendet werden.</translation>
        </message>
        <message>
            <source>The message could not be sent to the device.</source>
            <translation>Die Nachricht konnte nicht an das Gerät gesendet werden.</translation>
        </message>
        <message>
            <source>The device did not answer within %1 seconds.</source>
            <translation>Das Gerät hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
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
