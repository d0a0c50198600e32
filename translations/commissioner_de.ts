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
        <name>lwc::bootstrap</name>
        <message>
            <source>This part of the plan must be a JSON object.</source>
            <translation>Dieser Teil des Plans muss ein JSON-Objekt sein.</translation>
        </message>
        <message>
            <source>Key material must be "generate" or an object with hex, base64, pem, text or file.</source>
            <translation>Schlüsselmaterial muss "generate" oder ein Objekt mit hex, base64, pem, text oder file sein.</translation>
        </message>
        <message>
            <source>Not valid hexadecimal (an even number of 0-9, a-f).</source>
            <translation>Kein gültiges Hexadezimal (eine gerade Anzahl aus 0-9, a-f).</translation>
        </message>
        <message>
            <source>Not valid base64.</source>
            <translation>Kein gültiges Base64.</translation>
        </message>
        <message>
            <source>Not a PEM block (-----BEGIN ...-----).</source>
            <translation>Kein PEM-Block (-----BEGIN ...-----).</translation>
        </message>
        <message>
            <source>Cannot read key file %1: %2</source>
            <translation>Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Give key material in exactly one form (hex, base64, pem, text or file).</source>
            <translation>Geben Sie Schlüsselmaterial in genau einer Form an (hex, base64, pem, text oder file).</translation>
        </message>
        <message>
            <source>The key material is empty.</source>
            <translation>Das Schlüsselmaterial ist leer.</translation>
        </message>
        <message>
            <source>Unknown security mode "%1" (psk, rpk, x509 or nosec).</source>
            <translation>Unbekannter Sicherheitsmodus "%1" (psk, rpk, x509 oder nosec).</translation>
        </message>
        <message>
            <source>A generated PSK has 16 or 32 bytes.</source>
            <translation>Ein erzeugter PSK hat 16 oder 32 Bytes.</translation>
        </message>
        <message>
            <source>keyEncoding is spki, raw or uncompressed.</source>
            <translation>keyEncoding ist spki, raw oder uncompressed.</translation>
        </message>
        <message>
            <source>"%1" is not a CoAP server URI (coap://host:port or coaps://host:port).</source>
            <translation>"%1" ist keine CoAP-Server-URI (coap://host:port oder coaps://host:port).</translation>
        </message>
        <message>
            <source>The port in "%1" is out of range.</source>
            <translation>Der Port in "%1" liegt außerhalb des gültigen Bereichs.</translation>
        </message>
        <message>
            <source>A secured account needs a coaps:// URI; "%1" would connect without DTLS.</source>
            <translation>Ein gesichertes Konto braucht eine coaps://-URI; "%1" würde ohne DTLS verbinden.</translation>
        </message>
        <message>
            <source>A NoSec account uses coap://, not coaps://.</source>
            <translation>Ein NoSec-Konto verwendet coap://, nicht coaps://.</translation>
        </message>
        <message>
            <source>A PSK account needs a PSK identity (resource 3).</source>
            <translation>Ein PSK-Konto braucht eine PSK-Identität (Ressource 3).</translation>
        </message>
        <message>
            <source>The PSK identity must be valid UTF-8.</source>
            <translation>Die PSK-Identität muss gültiges UTF-8 sein.</translation>
        </message>
        <message>
            <source>A PSK account needs a key: give one or write "generate".</source>
            <translation>Ein PSK-Konto braucht einen Schlüssel: Geben Sie einen an oder schreiben Sie "generate".</translation>
        </message>
        <message>
            <source>The PSK has %1 bytes; the AES-128 suites need at least 16 (128 bits).</source>
            <translation>Der PSK hat %1 Bytes; die AES-128-Suites brauchen mindestens 16 (128 Bit).</translation>
        </message>
        <message>
            <source>The PSK looks guessable (about %1 bits of entropy, 128 needed). Use "generate".</source>
            <translation>Der PSK wirkt erratbar (etwa %1 Bit Entropie, 128 nötig). Verwenden Sie "generate".</translation>
        </message>
        <message>
            <source>The PIN must never become a lasting credential.</source>
            <translation>Die PIN darf nie zu einem dauerhaften Zugangsschlüssel werden.</translation>
        </message>
        <message>
            <source>An RPK account needs the client key pair: give it or write "generate".</source>
            <translation>Ein RPK-Konto braucht das Schlüsselpaar des Clients: Geben Sie es an oder schreiben Sie "generate".</translation>
        </message>
        <message>
            <source>An RPK account needs the server's public key (resource 4).</source>
            <translation>Ein RPK-Konto braucht den öffentlichen Schlüssel des Servers (Ressource 4).</translation>
        </message>
        <message>
            <source>Generate the client certificate and its key together, or give both.</source>
            <translation>Erzeugen Sie das Client-Zertifikat und seinen Schlüssel gemeinsam oder geben Sie beide an.</translation>
        </message>
        <message>
            <source>A certificate account needs the client certificate (resource 3) or "generate".</source>
            <translation>Ein Zertifikatskonto braucht das Client-Zertifikat (Ressource 3) oder "generate".</translation>
        </message>
        <message>
            <source>A certificate account needs the client private key (resource 5) or "generate".</source>
            <translation>Ein Zertifikatskonto braucht den privaten Schlüssel des Clients (Ressource 5) oder "generate".</translation>
        </message>
        <message>
            <source>A certificate account needs the server certificate or trust anchor (resource 4).</source>
            <translation>Ein Zertifikatskonto braucht das Serverzertifikat oder den Vertrauensanker (Ressource 4).</translation>
        </message>
        <message>
            <source>Certificate Usage (resource 15) is 0, 1, 2 or 3.</source>
            <translation>Certificate Usage (Ressource 15) ist 0, 1, 2 oder 3.</translation>
        </message>
        <message>
            <source>Matching Type (resource 13) is 0 (exact), 1 (SHA-256), 2 (SHA-384) or 3 (SHA-512).</source>
            <translation>Matching Type (Ressource 13) ist 0 (exakt), 1 (SHA-256), 2 (SHA-384) oder 3 (SHA-512).</translation>
        </message>
        <message>
            <source>A NoSec server account needs "allowNoSec": true in the plan; it is insecure.</source>
            <translation>Ein NoSec-Serverkonto braucht "allowNoSec": true im Plan; es ist unsicher.</translation>
        </message>
        <message>
            <source>This server account has no security (NoSec); the report marks it insecure.</source>
            <translation>Dieses Serverkonto hat keine Sicherheit (NoSec); der Bericht markiert es als unsicher.</translation>
        </message>
        <message>
            <source>A NoSec account must not carry credentials.</source>
            <translation>Ein NoSec-Konto darf keine Zugangsdaten enthalten.</translation>
        </message>
        <message>
            <source>A PIN job must give the device strong credentials for its next contact, not NoSec.</source>
            <translation>Ein PIN-Auftrag muss dem Gerät starke Zugangsdaten für den nächsten Kontakt geben, nicht NoSec.</translation>
        </message>
        <message>
            <source>The bootstrap was cancelled.</source>
            <translation>Der Bootstrap wurde abgebrochen.</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>The bootstrap session was destroyed.</source>
            <translation>Die Bootstrap-Sitzung wurde beendet.</translation>
        </message>
    </context>
    <context>
        <name>lwc::bootstrap::BootstrapPlan</name>
        <message>
            <source>Cannot read the plan file %1: %2</source>
            <translation>Die Plandatei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The plan is not valid JSON: %1 at byte %2.</source>
            <translation>Der Plan ist kein gültiges JSON: %1 bei Byte %2.</translation>
        </message>
        <message>
            <source>The plan must be a JSON object.</source>
            <translation>Der Plan muss ein JSON-Objekt sein.</translation>
        </message>
        <message>
            <source>Unsupported plan version %1 (this tool reads version %2).</source>
            <translation>Nicht unterstützte Planversion %1 (dieses Werkzeug liest Version %2).</translation>
        </message>
        <message>
            <source>The plan needs a non-empty "devices" list.</source>
            <translation>Der Plan braucht eine nicht leere Liste "devices".</translation>
        </message>
        <message>
            <source>Give exactly one of "endpoint" or "endpointPattern".</source>
            <translation>Geben Sie genau eines von "endpoint" oder "endpointPattern" an.</translation>
        </message>
        <message>
            <source>Unknown bootstrap mode "%1" (psk, pin, x509 or nosec).</source>
            <translation>Unbekannter Bootstrap-Modus "%1" (psk, pin, x509 oder nosec).</translation>
        </message>
        <message>
            <source>The device's bootstrap PSK is what the device already holds; it cannot be generated here.</source>
            <translation>Der Bootstrap-PSK ist der Schlüssel, den das Gerät bereits hat; er kann hier nicht erzeugt werden.</translation>
        </message>
        <message>
            <source>"caCertificates" must be a list.</source>
            <translation>"caCertificates" muss eine Liste sein.</translation>
        </message>
        <message>
            <source>"delete" must be a list of paths.</source>
            <translation>"delete" muss eine Liste von Pfaden sein.</translation>
        </message>
        <message>
            <source>contentFormat is auto, tlv, senml-json, senml-cbor or lwm2m-cbor.</source>
            <translation>contentFormat ist auto, tlv, senml-json, senml-cbor oder lwm2m-cbor.</translation>
        </message>
        <message>
            <source>"servers" must be a list.</source>
            <translation>"servers" muss eine Liste sein.</translation>
        </message>
        <message>
            <source>"%1" appears twice in the plan.</source>
            <translation>"%1" kommt im Plan zweimal vor.</translation>
        </message>
        <message>
            <source>The pattern has no * or ?; use "endpoint" for a single device.</source>
            <translation>Das Muster enthält kein * oder ?; verwenden Sie "endpoint" für ein einzelnes Gerät.</translation>
        </message>
        <message>
            <source>PSK bootstrap needs the device's PSK identity.</source>
            <translation>PSK-Bootstrap braucht die PSK-Identität des Geräts.</translation>
        </message>
        <message>
            <source>PSK bootstrap needs the device's bootstrap key.</source>
            <translation>PSK-Bootstrap braucht den Bootstrap-Schlüssel des Geräts.</translation>
        </message>
        <message>
            <source>The bootstrap PSK is too weak for the PSK suites (at least 128 bits of entropy); a low-entropy secret must use PIN mode (ECDHE-PSK).</source>
            <translation>Der Bootstrap-PSK ist zu schwach für die PSK-Suites (mindestens 128 Bit Entropie); ein Geheimnis mit wenig Entropie muss den PIN-Modus (ECDHE-PSK) verwenden.</translation>
        </message>
        <message>
            <source>PIN-based bootstrap comes from an OMA change request; LwM2M 1.1 forbids it. Use it only with devices that implement it.</source>
            <translation>PIN-basierter Bootstrap stammt aus einem OMA-Änderungsantrag; LwM2M 1.1 verbietet ihn. Verwenden Sie ihn nur mit Geräten, die ihn umsetzen.</translation>
        </message>
        <message>
            <source>PIN bootstrap needs the device's PSK identity.</source>
            <translation>PIN-Bootstrap braucht die PSK-Identität des Geräts.</translation>
        </message>
        <message>
            <source>A PIN has 4 to 64 characters.</source>
            <translation>Eine PIN hat 4 bis 64 Zeichen.</translation>
        </message>
        <message>
            <source>A PIN expires after 1 to 1440 minutes.</source>
            <translation>Eine PIN läuft nach 1 bis 1440 Minuten ab.</translation>
        </message>
        <message>
            <source>A PIN allows 1 to 10 failed handshakes before it is burnt.</source>
            <translation>Eine PIN erlaubt 1 bis 10 fehlgeschlagene Handshakes, bevor sie verbrannt ist.</translation>
        </message>
        <message>
            <source>A PIN job must write strong credentials for the device's next contact.</source>
            <translation>Ein PIN-Auftrag muss starke Zugangsdaten für den nächsten Kontakt des Geräts schreiben.</translation>
        </message>
        <message>
            <source>A PIN bootstrap takes "pin", not "psk".</source>
            <translation>Ein PIN-Bootstrap nimmt "pin", nicht "psk".</translation>
        </message>
        <message>
            <source>Certificate bootstrap needs the CA certificate(s) device certificates chain to.</source>
            <translation>Zertifikats-Bootstrap braucht das CA-Zertifikat bzw. die CA-Zertifikate, auf die die Gerätezertifikate zurückgehen.</translation>
        </message>
        <message>
            <source>NoSec bootstrap needs "allowNoSec": true in the plan; anyone on the network could take over the device.</source>
            <translation>NoSec-Bootstrap braucht "allowNoSec": true im Plan; jeder im Netz könnte das Gerät übernehmen.</translation>
        </message>
        <message>
            <source>The bootstrap channel is not secured (NoSec); the report marks the job insecure.</source>
            <translation>Der Bootstrap-Kanal ist nicht gesichert (NoSec); der Bericht markiert den Auftrag als unsicher.</translation>
        </message>
        <message>
            <source>A PIN is only used in "pin" mode.</source>
            <translation>Eine PIN wird nur im Modus "pin" verwendet.</translation>
        </message>
        <message>
            <source>"%1" is not an object or instance path ("/", "/0", "/1/0").</source>
            <translation>"%1" ist kein Objekt- oder Instanzpfad ("/", "/0", "/1/0").</translation>
        </message>
        <message>
            <source>The Device object (/3) cannot be deleted.</source>
            <translation>Das Device-Objekt (/3) kann nicht gelöscht werden.</translation>
        </message>
        <message>
            <source>Short Server ID %1 is outside 1..65534.</source>
            <translation>Short Server ID %1 liegt außerhalb von 1..65534.</translation>
        </message>
        <message>
            <source>Short Server ID %1 is used twice.</source>
            <translation>Short Server ID %1 wird zweimal verwendet.</translation>
        </message>
        <message>
            <source>Security instance %1 is out of range or used twice.</source>
            <translation>Security-Instanz %1 liegt außerhalb des Bereichs oder wird zweimal verwendet.</translation>
        </message>
        <message>
            <source>Server instance %1 is out of range or used twice.</source>
            <translation>Server-Instanz %1 liegt außerhalb des Bereichs oder wird zweimal verwendet.</translation>
        </message>
        <message>
            <source>Lifetime must be 1 second or more.</source>
            <translation>Die Lebensdauer muss mindestens 1 Sekunde betragen.</translation>
        </message>
        <message>
            <source>Binding "%1" is not a combination of U, M, H, T, S, N.</source>
            <translation>Binding "%1" ist keine Kombination aus U, M, H, T, S, N.</translation>
        </message>
        <message>
            <source>The default minimum period is larger than the maximum period.</source>
            <translation>Die Standard-Mindestperiode ist größer als die Höchstperiode.</translation>
        </message>
        <message>
            <source>Credentials would travel over an unauthenticated channel.</source>
            <translation>Zugangsdaten würden über einen nicht authentifizierten Kanal übertragen.</translation>
        </message>
        <message>
            <source>Credentials travel over an unauthenticated channel (allowed by "allowNoSec").</source>
            <translation>Zugangsdaten werden über einen nicht authentifizierten Kanal übertragen (erlaubt durch "allowNoSec").</translation>
        </message>
        <message>
            <source>Security instance %1 is used twice.</source>
            <translation>Security-Instanz %1 wird zweimal verwendet.</translation>
        </message>
        <message>
            <source>Hold-off and account timeout cannot be negative.</source>
            <translation>Hold-off und Konto-Timeout dürfen nicht negativ sein.</translation>
        </message>
        <message>
            <source>Deleting /0 keeps the device's Bootstrap-Server account, as the LwM2M specification requires.</source>
            <translation>Das Löschen von /0 behält das Bootstrap-Server-Konto des Geräts, wie es die LwM2M-Spezifikation verlangt.</translation>
        </message>
        <message>
            <source>The plan writes no server account for this device.</source>
            <translation>Der Plan schreibt kein Serverkonto für dieses Gerät.</translation>
        </message>
    </context>
    <context>
        <name>lwc::bootstrap::BootstrapServer</name>
        <message>
            <source>No listener address was given.</source>
            <translation>Es wurde keine Listener-Adresse angegeben.</translation>
        </message>
        <message>
            <source>Two listeners for the same security mode (%1).</source>
            <translation>Zwei Listener für denselben Sicherheitsmodus (%1).</translation>
        </message>
        <message>
            <source>X.509 bootstrap needs the certificate verifier.</source>
            <translation>X.509-Bootstrap braucht die Zertifikatsprüfung.</translation>
        </message>
        <message>
            <source>The device used a wrong PIN.</source>
            <translation>Das Gerät hat eine falsche PIN verwendet.</translation>
        </message>
        <message>
            <source>The device's PSK does not match the plan.</source>
            <translation>Der PSK des Geräts passt nicht zum Plan.</translation>
        </message>
        <message>
            <source>The PIN for this identity is not usable (%1).</source>
            <translation>Die PIN für diese Identität ist nicht verwendbar (%1).</translation>
        </message>
        <message>
            <source>The device's PSK identity is not in the plan.</source>
            <translation>Die PSK-Identität des Geräts steht nicht im Plan.</translation>
        </message>
        <message>
            <source>The device negotiated a cipher suite this listener refuses.</source>
            <translation>Das Gerät hat eine Cipher-Suite ausgehandelt, die dieser Listener ablehnt.</translation>
        </message>
        <message>
            <source>The DTLS handshake with the device failed.</source>
            <translation>Der DTLS-Handshake mit dem Gerät ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>The device sent POST /bs without ep=.</source>
            <translation>Das Gerät hat POST /bs ohne ep= gesendet.</translation>
        </message>
        <message>
            <source>No plan entry for endpoint "%1".</source>
            <translation>Kein Planeintrag für den Endpunkt "%1".</translation>
        </message>
        <message>
            <source>The device connected with %1 but its plan requires %2.</source>
            <translation>Das Gerät hat sich mit %1 verbunden, sein Plan verlangt aber %2.</translation>
        </message>
        <message>
            <source>The PSK identity the device used belongs to another plan entry.</source>
            <translation>Die vom Gerät verwendete PSK-Identität gehört zu einem anderen Planeintrag.</translation>
        </message>
    </context>
    <context>
        <name>lwc::bootstrap::BootstrapSession</name>
        <message>
            <source>the device does not support Bootstrap-Discover (%1); continuing without it</source>
            <translation>das Gerät unterstützt Bootstrap-Discover nicht (%1); es geht ohne weiter</translation>
        </message>
        <message>
            <source>the device cannot be verified by Discover (%1); relying on its write answers</source>
            <translation>das Gerät kann nicht per Discover geprüft werden (%1); es zählen seine Antworten auf die Schreibvorgänge</translation>
        </message>
        <message>
            <source>The device answered Bootstrap-Discover with %1.</source>
            <translation>Das Gerät hat Bootstrap-Discover mit %1 beantwortet.</translation>
        </message>
        <message>
            <source>The device's Bootstrap-Discover answer is not valid link format.</source>
            <translation>Die Bootstrap-Discover-Antwort des Geräts ist kein gültiges Link-Format.</translation>
        </message>
        <message>
            <source>missing or different on the device: %1</source>
            <translation>auf dem Gerät fehlend oder abweichend: %1</translation>
        </message>
        <message>
            <source>The device does not hold what was written: %1.</source>
            <translation>Das Gerät enthält nicht, was geschrieben wurde: %1.</translation>
        </message>
        <message>
            <source>Discover matches the plan</source>
            <translation>Discover stimmt mit dem Plan überein</translation>
        </message>
        <message>
            <source>nothing to delete</source>
            <translation>nichts zu löschen</translation>
        </message>
        <message>
            <source>The device refused to delete %1 (%2).</source>
            <translation>Das Gerät hat das Löschen von %1 abgelehnt (%2).</translation>
        </message>
        <message>
            <source>written as TLV after the device refused %1</source>
            <translation>als TLV geschrieben, nachdem das Gerät %1 abgelehnt hat</translation>
        </message>
        <message>
            <source>the device answered %1 to %2</source>
            <translation>das Gerät hat %1 auf %2 geantwortet</translation>
        </message>
        <message>
            <source>The device refused the write of %1 (%2).</source>
            <translation>Das Gerät hat das Schreiben von %1 abgelehnt (%2).</translation>
        </message>
        <message>
            <source>skipped: LwM2M 1.0 devices have no Bootstrap-Read</source>
            <translation>übersprungen: LwM2M-1.0-Geräte haben kein Bootstrap-Read</translation>
        </message>
        <message>
            <source>the device does not support Bootstrap-Read (%1)</source>
            <translation>das Gerät unterstützt Bootstrap-Read nicht (%1)</translation>
        </message>
        <message>
            <source>Unknown content format.</source>
            <translation>Unbekanntes Inhaltsformat.</translation>
        </message>
        <message>
            <source>The device's Bootstrap-Read answer could not be decoded.</source>
            <translation>Die Bootstrap-Read-Antwort des Geräts konnte nicht dekodiert werden.</translation>
        </message>
        <message>
            <source>Server instances differ from the plan: %1</source>
            <translation>Server-Instanzen weichen vom Plan ab: %1</translation>
        </message>
        <message>
            <source>The device's Server object differs from what was written: %1.</source>
            <translation>Das Server-Objekt des Geräts weicht vom Geschriebenen ab: %1.</translation>
        </message>
        <message>
            <source>/1 matches the plan</source>
            <translation>/1 stimmt mit dem Plan überein</translation>
        </message>
        <message>
            <source>The device found its new configuration inconsistent and refused Bootstrap-Finish (4.06).</source>
            <translation>Das Gerät hält seine neue Konfiguration für widersprüchlich und hat Bootstrap-Finish abgelehnt (4.06).</translation>
        </message>
        <message>
            <source>The device refused Bootstrap-Finish (%1).</source>
            <translation>Das Gerät hat Bootstrap-Finish abgelehnt (%1).</translation>
        </message>
        <message>
            <source>accounts prepared: %1</source>
            <translation>vorbereitete Konten: %1</translation>
        </message>
    </context>
    <context>
        <name>lwc::bootstrap::CredentialFactory</name>
        <message>
            <source>RPK and certificate accounts need the credential engine.</source>
            <translation>RPK- und Zertifikatskonten brauchen die Zugangsdaten-Engine.</translation>
        </message>
    </context>
    <context>
        <name>lwc::bootstrap::PinRegistry</name>
        <message>
            <source>A PIN for this device identity is still active.</source>
            <translation>Für diese Geräteidentität ist noch eine PIN aktiv.</translation>
        </message>
    </context>
    <context>
        <name>lwc::bootstrap::Reader</name>
        <message>
            <source>Unknown field "%1" in the plan%2.</source>
            <translation>Unbekanntes Feld "%1" im Plan%2.</translation>
        </message>
        <message>
            <source>The plan lacks the required field "%1".</source>
            <translation>Dem Plan fehlt das Pflichtfeld "%1".</translation>
        </message>
        <message>
            <source>"%1" must be a text value.</source>
            <translation>"%1" muss ein Textwert sein.</translation>
        </message>
        <message>
            <source>"%1" must be a whole number.</source>
            <translation>"%1" muss eine ganze Zahl sein.</translation>
        </message>
        <message>
            <source>"%1" must be true or false.</source>
            <translation>"%1" muss true oder false sein.</translation>
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
        <name>lwc::codec::Codec</name>
        <message>
            <source>The link format carries links (Discover results), not resource values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not under the request path %2; it cannot go into this payload.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a resource path; %2 carries values of resources like /0/1/3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no value to encode in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 carries a timestamp, which %2 cannot hold; use SenML JSON or SenML CBOR.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lwc::codec::JsonReader</name>
        <message>
            <source>The JSON text is not valid at byte %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lwc::codec::LinkFormat</name>
        <message>
            <source>The link format text has more than 65536 links.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A link must start with '&lt;' at byte %1, like &lt;/3/0&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The link target has a character that is not allowed in a URI at byte %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The link target that starts at byte %1 has no closing '&gt;'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An attribute name is missing or invalid at byte %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quoted attribute value has a control character at byte %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quoted attribute value that starts at byte %1 has no closing quote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quoted attribute value that starts at byte %1 is not valid UTF-8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The value of attribute "%1" is missing or invalid at byte %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Links must be separated by ',' (byte %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The link target "%1" has a character that is not allowed in a URI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The attribute name "%1" is not valid in link format.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The value of attribute "%1" has a control character.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lwc::codec::Lwm2mCborCodec</name>
        <message>
            <source>The CBOR data is not valid at byte %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LwM2M CBOR value of %1 is a %2, but the object definition says %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An LwM2M CBOR key at byte %1 is not a path ID (an unsigned integer or an array of them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LwM2M CBOR path ID %1 at byte %2 is above 65534.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LwM2M CBOR key at byte %1 is an empty array.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LwM2M CBOR keys at byte %1 nest deeper than a resource instance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LwM2M CBOR value of %1 at byte %2 uses an unsupported tag; only tag 1 (time) is allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LwM2M CBOR value of %1 at byte %2 has an unsupported CBOR type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LwM2M CBOR maps nest too deep at byte %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LwM2M CBOR payload has a value for %1 at byte %2; values belong to resources like /3/0/1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LwM2M CBOR payload contains %1 twice (byte %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An LwM2M CBOR payload must be a CBOR map keyed by path IDs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are %1 unexpected bytes after the end of the CBOR data.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lwc::codec::SenmlCodec</name>
        <message>
            <source>The SenML value of %1 is a %2, but the object definition says %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number for %1 does not fit its type %2 (whole number and range).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SenML record name "%1" is not an LwM2M path like /3/0/1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SenML record for %1 has a value, but values belong to resources like /3/0/1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lwc::codec::SenmlPack</name>
        <message>
            <source>The SenML field "%1" at byte %2 has a value of the wrong type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A SenML record has the field "%1" twice (byte %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SenML field "%1" at byte %2 must be understood but is not supported (RFC 8428 labels ending in '_').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SenML data value ("vd") at byte %1 is not valid base64 or base64url.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SenML pack declares version ("bver") %1 at byte %2; versions 1 to 10 are supported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SenML record at byte %1 has more than one value field (v, vs, vb, vd, vlo).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SenML record at byte %1 has no name (neither "bn" nor "n").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SenML pack has more than 100000 records; it is refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CBOR data is not valid at byte %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SenML JSON cannot carry NaN or infinity; use SenML CBOR or another value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A SenML JSON pack must be an array of records, like [{"n":"/3/0/0","vs":"text"}].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each SenML record must be a JSON object (byte %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number at byte %1 is out of range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A SenML CBOR pack must be an array of records (maps).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each SenML record must be a CBOR map (byte %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A SenML CBOR record has a key that is neither an integer nor a text label (byte %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are %1 unexpected bytes after the end of the CBOR data.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lwc::codec::TextCodec</name>
        <message>
            <source>%1 carries one resource value; the request path %2 must name a resource like /3/0/1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 carries exactly one value, for the request path %2; got %3 values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text payload for %1 is not a valid %2 value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plain text cannot carry NaN or infinity (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is opaque, which plain text cannot carry; use the opaque format.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The opaque format carries only opaque values; %1 is %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lwc::codec::TlvCodec</name>
        <message>
            <source>The TLV payload is cut off in the header of the entry at byte %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The TLV entry at byte %1 uses the reserved ID 65535.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The TLV entry at byte %1 announces %2 bytes, but only %3 remain in the enclosing entry; the payload is malformed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The TLV entry at byte %1 is a %2 with ID %3, which does not fit a payload for %4 (expected: %5).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a %2 value of %3 bytes at byte %4; TLV allows %5 bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at byte %2 is not valid UTF-8 text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at byte %2 holds %3, but a TLV boolean is 0 or 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The TLV entry for %1 would be %2 bytes; TLV entries hold at most 16777215 bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A TLV payload needs a request path of at least an object, like /0; the root path / cannot be encoded in TLV.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lwc::devicesim::SimulatedDevice</name>
        <message>
            <source>The server served a Bootstrap-Pack.</source>
            <translation>Der Server hat ein Bootstrap-Pack geliefert.</translation>
        </message>
        <message>
            <source>The bootstrap server answered %1 to POST /bs.</source>
            <translation>Der Bootstrap-Server hat auf POST /bs mit %1 geantwortet.</translation>
        </message>
        <message>
            <source>Bootstrap-Finish did not arrive within %1 s.</source>
            <translation>Bootstrap-Finish ist nicht innerhalb von %1 s eingetroffen.</translation>
        </message>
    </context>
    <context>
        <name>lwc::devicesim::UdpFaultProxy</name>
        <message>
            <source>Could not bind the UDP relay: %1</source>
            <translation>Das UDP-Relais konnte nicht gebunden werden: %1</translation>
        </message>
    </context>
    <context>
        <name>lwc::lwm2m::ObjectRegistry</name>
        <message>
            <source>The object definition file %1 is not well-formed XML at line %2; fix it or download it again from the OMA LwM2M registry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The object definition file %1 has an invalid &lt;%2&gt; value '%3' at line %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The object definition file %1 lacks the &lt;%2&gt; element in &lt;%3&gt; (line %4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The object definition file %1 is larger than 8 MiB; it is not an LwM2M object definition.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The object definition file %1 has a resource &lt;Item&gt; without a valid ID (0..65534) at line %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The object definition file %1 uses an unknown resource type '%2' at line %3 (known: String, Integer, Unsigned Integer, Float, Boolean, Opaque, Time, Objlnk, Corelnk).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The object definition file %1 gives resource %2 no type although it is not executable (line %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The object definition file %1 has an invalid &lt;ObjectID&gt; '%2' (0..65534) at line %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The object definition file %1 defines resource %2 twice (line %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The object definition file %1 contains a DOCTYPE declaration; object definitions do not use one, so it is refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The object definition file %1 is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 is not an OMA LwM2M object definition: its root element is &lt;%2&gt;, not &lt;LWM2M&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The object definition file %1 defines object %2 twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The object definition file %1 contains no &lt;Object&gt; element.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the object definition file %1; check the path and permissions.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lwc::lwm2m::Path</name>
        <message>
            <source>The LwM2M path is empty; write it like /0/1/3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LwM2M path must start with '/', like /0/1/3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LwM2M path has more than four levels (object/instance/resource/resource instance).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LwM2M path ends with '/'; remove the last '/'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LwM2M path contains a part that is not a decimal number, like '/3/x'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LwM2M path has an ID with a leading zero; write /3/7, not /3/07.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An ID in the LwM2M path is above 65534 (65535 is reserved).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lwc::lwm2m::Record</name>
        <message>
            <source>Resource %1 is given both as a single value and as resource instances.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The payload contains %1 more than once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The value at %1 is not at a resource path; resources look like /0/1/3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lwc::lwm2m::Validator</name>
        <message>
            <source>%1 (%2) is executable and cannot hold a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) needs a %3 value, not %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) is not a number; allowed: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) is %3 bytes long; allowed: %4 bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) is %3; allowed: %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a resource path; values belong to resources like /0/1/3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Object %1 has no definition; load its DDF file to check values for %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Object %1 (%2) is single-instance; %3 must use instance 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Object %1 (%2) has no resource %3 (%4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) is a multiple resource; give its values as resource instances like %1/0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) is a single resource and has no resource instances.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The write of %1 lacks the mandatory resource %2 (%3).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lwc::lwm2m::Value</name>
        <message>
            <source>An object link must look like 66:0 (object ID, colon, instance ID; 65535:65535 for no link).</source>
            <translation type="unfinished" />
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
