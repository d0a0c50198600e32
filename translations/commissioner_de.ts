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
        <name>lwc::inventory::CredentialRegistry</name>
        <message>
            <source>PSK identity</source>
            <translation>PSK-Identität</translation>
        </message>
        <message>
            <source>PSK</source>
            <translation>PSK</translation>
        </message>
        <message>
            <source>public key</source>
            <translation>öffentlicher Schlüssel</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>Zertifikat</translation>
        </message>
        <message>
            <source>server key</source>
            <translation>Server-Schlüssel</translation>
        </message>
        <message>
            <source>This %1 already belongs to endpoint "%2"; every device needs its own credentials. Generate new ones.</source>
            <translation>Diese Zugangsdaten (%1) gehören bereits zum Endpunkt „%2“; jedes Gerät braucht eigene Zugangsdaten. Erzeugen Sie neue.</translation>
        </message>
        <message>
            <source>This key is the key of server "%1"; a client must never use a server's key pair. Generate a new key pair.</source>
            <translation>Dieser Schlüssel ist der Schlüssel des Servers „%1“; ein Client darf nie das Schlüsselpaar eines Servers verwenden. Erzeugen Sie ein neues Schlüsselpaar.</translation>
        </message>
        <message>
            <source>This server key is already the client key of endpoint "%1"; server and clients must use different key pairs.</source>
            <translation>Dieser Server-Schlüssel ist bereits der Client-Schlüssel des Endpunkts „%1“; Server und Clients müssen verschiedene Schlüsselpaare verwenden.</translation>
        </message>
        <message>
            <source>The PSK fingerprint could not be computed.</source>
            <translation>Der Fingerabdruck des PSK konnte nicht berechnet werden.</translation>
        </message>
        <message>
            <source>The certificate is not valid DER X.509.</source>
            <translation>Das Zertifikat ist kein gültiges DER-X.509.</translation>
        </message>
        <message>
            <source>The inventory could not be searched.</source>
            <translation>Das Inventar konnte nicht durchsucht werden.</translation>
        </message>
        <message>
            <source>(another writer)</source>
            <translation>(ein anderer Schreibvorgang)</translation>
        </message>
        <message>
            <source>The credential could not be saved in the inventory.</source>
            <translation>Die Zugangsdaten konnten nicht im Inventar gespeichert werden.</translation>
        </message>
        <message>
            <source>A credential must belong to an endpoint name.</source>
            <translation>Zugangsdaten müssen zu einem Endpunktnamen gehören.</translation>
        </message>
    </context>
    <context>
        <name>lwc::inventory::InventoryDatabase</name>
        <message>
            <source>The database driver %1 is not installed (for SQLite: libqt6sql6-sqlite, for PostgreSQL: libqt6sql6-psql).</source>
            <translation>Der Datenbanktreiber %1 ist nicht installiert (für SQLite: libqt6sql6-sqlite, für PostgreSQL: libqt6sql6-psql).</translation>
        </message>
        <message>
            <source>The inventory database %1 could not be opened. Check the path or server and the permissions.</source>
            <translation>Die Inventardatenbank %1 konnte nicht geöffnet werden. Prüfen Sie Pfad bzw. Server und die Berechtigungen.</translation>
        </message>
        <message>
            <source>The inventory database cannot be initialised.</source>
            <translation>Die Inventardatenbank kann nicht eingerichtet werden.</translation>
        </message>
        <message>
            <source>The inventory database has schema version %1, newer than this program knows (%2). Update LwM2M Commissioner.</source>
            <translation>Die Inventardatenbank hat die Schemaversion %1, neuer als dieses Programm kennt (%2). Aktualisieren Sie LwM2M Commissioner.</translation>
        </message>
        <message>
            <source>The inventory's schema version cannot be read.</source>
            <translation>Die Schemaversion des Inventars kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The inventory database cannot be downgraded from version %1 to %2.</source>
            <translation>Die Inventardatenbank kann nicht von Version %1 auf %2 zurückgestuft werden.</translation>
        </message>
        <message>
            <source>Upgrading the inventory database to version %1 failed.</source>
            <translation>Das Aktualisieren der Inventardatenbank auf Version %1 ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>The inventory database is busy or read-only.</source>
            <translation>Die Inventardatenbank ist belegt oder schreibgeschützt.</translation>
        </message>
        <message>
            <source>Saving to the inventory database failed.</source>
            <translation>Das Speichern in der Inventardatenbank ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Reading inventory settings failed.</source>
            <translation>Das Lesen der Inventareinstellungen ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Saving inventory settings failed.</source>
            <translation>Das Speichern der Inventareinstellungen ist fehlgeschlagen.</translation>
        </message>
    </context>
    <context>
        <name>lwc::inventory::TrustDecisionLog</name>
        <message>
            <source>A trust decision needs who made it, when, and the certificate's fingerprint.</source>
            <translation>Eine Vertrauensentscheidung braucht, wer sie getroffen hat, wann, und den Fingerabdruck des Zertifikats.</translation>
        </message>
        <message>
            <source>The trust decision could not be saved.</source>
            <translation>Die Vertrauensentscheidung konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>Trust decisions could not be read.</source>
            <translation>Vertrauensentscheidungen konnten nicht gelesen werden.</translation>
        </message>
    </context>
    <context>
        <name>lwc::security::CertificateBuilder</name>
        <message>
            <source>The certificate could not be created (%1).</source>
            <translation>Das Zertifikat konnte nicht erstellt werden (%1).</translation>
        </message>
    </context>
    <context>
        <name>lwc::security::CertificateInfo</name>
        <message>
            <source>(empty subject)</source>
            <translation>(leerer Subject)</translation>
        </message>
        <message>
            <source>The data is not a valid DER X.509 certificate.</source>
            <translation>Die Daten sind kein gültiges DER-X.509-Zertifikat.</translation>
        </message>
        <message>
            <source>(other name type %1)</source>
            <translation>(anderer Namenstyp %1)</translation>
        </message>
    </context>
    <context>
        <name>lwc::security::CertificateVerifier</name>
        <message>
            <source>"%1" is not a valid server URI; expected coaps://host:port.</source>
            <translation>„%1“ ist keine gültige Server-URI; erwartet wird coaps://host:port.</translation>
        </message>
        <message>
            <source>The server URI "%1" has no host; expected coaps://host:port.</source>
            <translation>Die Server-URI „%1“ enthält keinen Host; erwartet wird coaps://host:port.</translation>
        </message>
        <message>
            <source>No certificate was given to verify.</source>
            <translation>Es wurde kein Zertifikat zur Prüfung angegeben.</translation>
        </message>
        <message>
            <source>Nothing to verify against: give a trust anchor (CA certificate) or a pinned certificate.</source>
            <translation>Es gibt nichts, wogegen geprüft werden kann: Geben Sie einen Vertrauensanker (CA-Zertifikat) oder ein festgelegtes Zertifikat an.</translation>
        </message>
        <message>
            <source>Certificate Usage and Matching Type must each be 0 to 3.</source>
            <translation>Certificate Usage und Matching Type müssen jeweils 0 bis 3 sein.</translation>
        </message>
        <message>
            <source>The pinned value has %1 bytes, but Matching Type %2 needs a %3-byte hash.</source>
            <translation>Der festgelegte Wert hat %1 Bytes, aber Matching Type %2 braucht einen Hash mit %3 Bytes.</translation>
        </message>
        <message>
            <source>The pinned certificate (Matching Type 0) is not a valid DER certificate.</source>
            <translation>Das festgelegte Zertifikat (Matching Type 0) ist kein gültiges DER-Zertifikat.</translation>
        </message>
        <message>
            <source>Certificate Usage %1 also needs trust anchors to validate the chain against; give a CA certificate, or use Usage 2 or 3.</source>
            <translation>Certificate Usage %1 braucht zusätzlich Vertrauensanker, gegen die die Kette geprüft wird; geben Sie ein CA-Zertifikat an oder verwenden Sie Usage 2 oder 3.</translation>
        </message>
        <message>
            <source>Trust anchor %1 is not a valid DER certificate.</source>
            <translation>Vertrauensanker %1 ist kein gültiges DER-Zertifikat.</translation>
        </message>
        <message>
            <source>The presented certificate cannot be parsed as DER X.509.</source>
            <translation>Das vorgelegte Zertifikat kann nicht als DER-X.509 gelesen werden.</translation>
        </message>
        <message>
            <source>Presented certificate %1 cannot be parsed as DER X.509.</source>
            <translation>Das vorgelegte Zertifikat %1 kann nicht als DER-X.509 gelesen werden.</translation>
        </message>
        <message>
            <source>Direct trust (Certificate Usage 3): the pinned certificate replaces the chain.</source>
            <translation>Direktes Vertrauen (Certificate Usage 3): Das festgelegte Zertifikat ersetzt die Kette.</translation>
        </message>
        <message>
            <source>Not used: direct trust relies on the leaf certificate only.</source>
            <translation>Nicht verwendet: Direktes Vertrauen stützt sich nur auf das Endzertifikat.</translation>
        </message>
        <message>
            <source>None of the presented certificates is the pinned trust anchor (Certificate Usage 2).</source>
            <translation>Keines der vorgelegten Zertifikate ist der festgelegte Vertrauensanker (Certificate Usage 2).</translation>
        </message>
        <message>
            <source>No trust anchor to build a path to.</source>
            <translation>Kein Vertrauensanker, zu dem ein Pfad gebildet werden kann.</translation>
        </message>
        <message>
            <source>Certificate verification could not start (out of memory?).</source>
            <translation>Die Zertifikatsprüfung konnte nicht starten (zu wenig Speicher?).</translation>
        </message>
        <message>
            <source>Certificate verification could not start.</source>
            <translation>Die Zertifikatsprüfung konnte nicht starten.</translation>
        </message>
        <message>
            <source>The chain does not lead to a trusted CA: %1.</source>
            <translation>Die Kette führt zu keiner vertrauenswürdigen CA: %1.</translation>
        </message>
        <message>
            <source>Path validation failed: %1.</source>
            <translation>Die Pfadprüfung ist fehlgeschlagen: %1.</translation>
        </message>
        <message>
            <source>Validity check failed: %1.</source>
            <translation>Die Gültigkeitsprüfung ist fehlgeschlagen: %1.</translation>
        </message>
        <message>
            <source>The chain ends at the trusted CA "%1".</source>
            <translation>Die Kette endet bei der vertrauenswürdigen CA „%1“.</translation>
        </message>
        <message>
            <source>The chain does not end at a trusted CA.</source>
            <translation>Die Kette endet nicht bei einer vertrauenswürdigen CA.</translation>
        </message>
        <message>
            <source>The path of %1 certificate(s) validates per RFC 5280 (signatures, CA flags, path length).</source>
            <translation>Der Pfad aus %1 Zertifikat(en) ist nach RFC 5280 gültig (Signaturen, CA-Kennzeichen, Pfadlänge).</translation>
        </message>
        <message>
            <source>The certificate's extended key usage does not allow TLS server authentication.</source>
            <translation>Die erweiterte Schlüsselverwendung des Zertifikats erlaubt keine TLS-Server-Authentifizierung.</translation>
        </message>
        <message>
            <source>The certificate's extended key usage does not allow TLS client authentication.</source>
            <translation>Die erweiterte Schlüsselverwendung des Zertifikats erlaubt keine TLS-Client-Authentifizierung.</translation>
        </message>
        <message>
            <source>"%1" is an X.509 version %2 certificate; version 3 is required.</source>
            <translation>„%1“ ist ein X.509-Zertifikat der Version %2; Version 3 ist erforderlich.</translation>
        </message>
        <message>
            <source>No pinned certificate: trust comes from the CA (indirect trust).</source>
            <translation>Kein festgelegtes Zertifikat: Das Vertrauen kommt von der CA (indirektes Vertrauen).</translation>
        </message>
        <message>
            <source>byte-exact (Matching Type 0)</source>
            <translation>bytegenau (Matching Type 0)</translation>
        </message>
        <message>
            <source>by %1 hash (Matching Type %2)</source>
            <translation>per %1-Hash (Matching Type %2)</translation>
        </message>
        <message>
            <source>The presented certificate matches the pinned one %1.</source>
            <translation>Das vorgelegte Zertifikat stimmt mit dem festgelegten überein (%1).</translation>
        </message>
        <message>
            <source>Does not match the pinned certificate.</source>
            <translation>Stimmt nicht mit dem festgelegten Zertifikat überein.</translation>
        </message>
        <message>
            <source>The presented certificate does not match the pinned one (compared %1).</source>
            <translation>Das vorgelegte Zertifikat stimmt nicht mit dem festgelegten überein (verglichen %1).</translation>
        </message>
        <message>
            <source>The pinned CA certificate is part of the validated path (compared %1).</source>
            <translation>Das festgelegte CA-Zertifikat ist Teil des geprüften Pfads (verglichen %1).</translation>
        </message>
        <message>
            <source>The pinned CA certificate is not part of the validated path (compared %1).</source>
            <translation>Das festgelegte CA-Zertifikat ist nicht Teil des geprüften Pfads (verglichen %1).</translation>
        </message>
        <message>
            <source>The presented certificate</source>
            <translation>Das vorgelegte Zertifikat</translation>
        </message>
        <message>
            <source>"%1"</source>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>%1 has a %2 key; at least EC 256 or RSA 2048 bits are required.</source>
            <translation>%1 hat einen Schlüssel vom Typ %2; mindestens EC mit 256 oder RSA mit 2048 Bit ist erforderlich.</translation>
        </message>
        <message>
            <source>%1 is signed with %2; SHA-1, MD5 and hashes weaker than SHA-256 are refused.</source>
            <translation>%1 ist mit %2 signiert; SHA-1, MD5 und Hashes schwächer als SHA-256 werden abgelehnt.</translation>
        </message>
        <message>
            <source>Every key in the path is at least EC 256 or RSA 2048 bits.</source>
            <translation>Jeder Schlüssel im Pfad hat mindestens EC 256 bzw. RSA 2048 Bit.</translation>
        </message>
        <message>
            <source>Every signature relied on uses SHA-256 or stronger.</source>
            <translation>Jede verwendete Signatur nutzt SHA-256 oder stärker.</translation>
        </message>
        <message>
            <source>No signature is relied on.</source>
            <translation>Es wird auf keine Signatur vertraut.</translation>
        </message>
        <message>
            <source>"%1" has an unreadable validity period.</source>
            <translation>„%1“ hat einen unlesbaren Gültigkeitszeitraum.</translation>
        </message>
        <message>
            <source>"%1" is not valid before %2.</source>
            <translation>„%1“ ist erst ab %2 gültig.</translation>
        </message>
        <message>
            <source>"%1" expired on %2.</source>
            <translation>„%1“ ist am %2 abgelaufen.</translation>
        </message>
        <message>
            <source>Every certificate in the path is valid at %1 (%2).</source>
            <translation>Jedes Zertifikat im Pfad ist am %1 gültig (%2).</translation>
        </message>
        <message>
            <source>given time</source>
            <translation>angegebene Zeit</translation>
        </message>
        <message>
            <source>system clock</source>
            <translation>Systemuhr</translation>
        </message>
        <message>
            <source>Validity not checked: no trusted time, and direct trust (Certificate Usage 3) ignores notBefore/notAfter.</source>
            <translation>Gültigkeit nicht geprüft: Keine vertrauenswürdige Zeit, und direktes Vertrauen (Certificate Usage 3) ignoriert notBefore/notAfter.</translation>
        </message>
        <message>
            <source>No trusted time: indirect trust needs the date range the current date is known to lie in (from/to), or trusted time.</source>
            <translation>Keine vertrauenswürdige Zeit: Indirektes Vertrauen braucht den Datumsbereich, in dem das aktuelle Datum sicher liegt (von/bis), oder eine vertrauenswürdige Zeit.</translation>
        </message>
        <message>
            <source>"%1" becomes valid only on %2, after the start of the assumed date range.</source>
            <translation>„%1“ wird erst am %2 gültig, nach dem Beginn des angenommenen Datumsbereichs.</translation>
        </message>
        <message>
            <source>"%1" expires on %2, before the end of the assumed date range.</source>
            <translation>„%1“ läuft am %2 ab, vor dem Ende des angenommenen Datumsbereichs.</translation>
        </message>
        <message>
            <source>No trusted time: every certificate is valid for the whole assumed range %1 to %2.</source>
            <translation>Keine vertrauenswürdige Zeit: Jedes Zertifikat ist im ganzen angenommenen Bereich von %1 bis %2 gültig.</translation>
        </message>
        <message>
            <source>Server certificate: the endpoint-name rule applies to client certificates.</source>
            <translation>Serverzertifikat: Die Endpunktnamen-Regel gilt für Client-Zertifikate.</translation>
        </message>
        <message>
            <source>Name not checked: no server URI was given.</source>
            <translation>Name nicht geprüft: Es wurde keine Server-URI angegeben.</translation>
        </message>
        <message>
            <source>The host %1 matches %2 (Subject CN; the certificate has no SubjectAltName).</source>
            <translation>Der Host %1 passt zu %2 (Subject-CN; das Zertifikat hat keinen SubjectAltName).</translation>
        </message>
        <message>
            <source>The host %1 matches %2.</source>
            <translation>Der Host %1 passt zu %2.</translation>
        </message>
        <message>
            <source>Not required under direct trust (Certificate Usage 3).</source>
            <translation>Bei direktem Vertrauen (Certificate Usage 3) nicht erforderlich.</translation>
        </message>
        <message>
            <source>Wildcard not allowed: %1.</source>
            <translation>Platzhalter nicht erlaubt: %1.</translation>
        </message>
        <message>
            <source>%1 is an allowed wildcard (whole leftmost label, not under a public suffix).</source>
            <translation>%1 ist ein erlaubter Platzhalter (ganzes Label ganz links, nicht unter einem öffentlichen Suffix).</translation>
        </message>
        <message>
            <source>The host matched another entry; ignored wildcard(s): %1.</source>
            <translation>Der Host passte zu einem anderen Eintrag; ignorierte Platzhalter: %1.</translation>
        </message>
        <message>
            <source>No wildcard was involved in the name match.</source>
            <translation>Beim Namensabgleich war kein Platzhalter beteiligt.</translation>
        </message>
        <message>
            <source>Client certificate: the server-name rule applies to server certificates.</source>
            <translation>Client-Zertifikat: Die Servernamen-Regel gilt für Serverzertifikate.</translation>
        </message>
        <message>
            <source>Client certificate: wildcards are not used.</source>
            <translation>Client-Zertifikat: Platzhalter werden nicht verwendet.</translation>
        </message>
        <message>
            <source>Endpoint name not checked: no endpoint name was given.</source>
            <translation>Endpunktname nicht geprüft: Es wurde kein Endpunktname angegeben.</translation>
        </message>
        <message>
            <source>The client certificate has no Subject CN; it must equal the endpoint name "%1".</source>
            <translation>Das Client-Zertifikat hat keinen Subject-CN; er muss dem Endpunktnamen „%1“ entsprechen.</translation>
        </message>
        <message>
            <source>The client certificate has %1 Subject CNs; exactly one, equal to the endpoint name, is required.</source>
            <translation>Das Client-Zertifikat hat %1 Subject-CNs; genau einer, gleich dem Endpunktnamen, ist erforderlich.</translation>
        </message>
        <message>
            <source>The Subject CN "%1" differs from the endpoint name "%2".</source>
            <translation>Der Subject-CN „%1“ weicht vom Endpunktnamen „%2“ ab.</translation>
        </message>
        <message>
            <source>The Subject CN equals the endpoint name "%1".</source>
            <translation>Der Subject-CN entspricht dem Endpunktnamen „%1“.</translation>
        </message>
    </context>
    <context>
        <name>lwc::security::CredentialCodec</name>
        <message>
            <source>The PEM block "%1" has no END line; the file is truncated or damaged.</source>
            <translation>Dem PEM-Block „%1“ fehlt die END-Zeile; die Datei ist abgeschnitten oder beschädigt.</translation>
        </message>
        <message>
            <source>The key uses the legacy OpenSSL PEM encryption. Convert it to encrypted PKCS#8 first (openssl pkcs8 -topk8).</source>
            <translation>Der Schlüssel nutzt die veraltete PEM-Verschlüsselung von OpenSSL. Wandeln Sie ihn zuerst in verschlüsseltes PKCS#8 um (openssl pkcs8 -topk8).</translation>
        </message>
        <message>
            <source>The PEM block "%1" does not contain valid base64.</source>
            <translation>Der PEM-Block „%1“ enthält kein gültiges Base64.</translation>
        </message>
        <message>
            <source>The text looks like PEM but holds no complete block.</source>
            <translation>Der Text sieht nach PEM aus, enthält aber keinen vollständigen Block.</translation>
        </message>
        <message>
            <source>The 32 bytes are not a valid P-256 private key (the value must be between 1 and the curve order).</source>
            <translation>Die 32 Bytes sind kein gültiger privater P-256-Schlüssel (der Wert muss zwischen 1 und der Ordnung der Kurve liegen).</translation>
        </message>
        <message>
            <source>Raw key encodings exist only for P-256 keys; %1 is not a P-256 key. Choose SPKI/PKCS#8 for this device profile.</source>
            <translation>Rohe Schlüsselkodierungen gibt es nur für P-256-Schlüssel; %1 ist kein P-256-Schlüssel. Wählen Sie SPKI/PKCS#8 für dieses Geräteprofil.</translation>
        </message>
        <message>
            <source>The input is empty.</source>
            <translation>Die Eingabe ist leer.</translation>
        </message>
        <message>
            <source>The private key is encrypted; give its passphrase.</source>
            <translation>Der private Schlüssel ist verschlüsselt; geben Sie seine Passphrase an.</translation>
        </message>
        <message>
            <source>The private key could not be decrypted: wrong passphrase or unsupported encryption.</source>
            <translation>Der private Schlüssel konnte nicht entschlüsselt werden: falsche Passphrase oder nicht unterstützte Verschlüsselung.</translation>
        </message>
        <message>
            <source>The decrypted private key uses an unsupported algorithm.</source>
            <translation>Der entschlüsselte private Schlüssel verwendet einen nicht unterstützten Algorithmus.</translation>
        </message>
        <message>
            <source>The data is not a private key in a known format (PKCS#8, SEC1, PKCS#1 or a raw 32-byte P-256 key).</source>
            <translation>Die Daten sind kein privater Schlüssel in einem bekannten Format (PKCS#8, SEC1, PKCS#1 oder roher 32-Byte-P-256-Schlüssel).</translation>
        </message>
        <message>
            <source>The %1 bytes are not a point on the P-256 curve.</source>
            <translation>Die %1 Bytes sind kein Punkt auf der Kurve P-256.</translation>
        </message>
        <message>
            <source>The data is not a public key in a known format (SubjectPublicKeyInfo, raw 64-byte X||Y or 65-byte uncompressed P-256 point).</source>
            <translation>Die Daten sind kein öffentlicher Schlüssel in einem bekannten Format (SubjectPublicKeyInfo, rohes 64-Byte-X||Y oder unkomprimierter 65-Byte-P-256-Punkt).</translation>
        </message>
        <message>
            <source>Block %1 is not a valid X.509 certificate.</source>
            <translation>Block %1 ist kein gültiges X.509-Zertifikat.</translation>
        </message>
        <message>
            <source>The input contains no certificate.</source>
            <translation>Die Eingabe enthält kein Zertifikat.</translation>
        </message>
        <message>
            <source>A CERTIFICATE block is not a valid X.509 certificate.</source>
            <translation>Ein CERTIFICATE-Block ist kein gültiges X.509-Zertifikat.</translation>
        </message>
        <message>
            <source>The file holds more than one private key; split it into one file per key.</source>
            <translation>Die Datei enthält mehr als einen privaten Schlüssel; teilen Sie sie in eine Datei pro Schlüssel auf.</translation>
        </message>
        <message>
            <source>PEM blocks of type "%1" are not supported.</source>
            <translation>PEM-Blöcke vom Typ „%1“ werden nicht unterstützt.</translation>
        </message>
        <message>
            <source>The data is not a valid X.509 certificate.</source>
            <translation>Die Daten sind kein gültiges X.509-Zertifikat.</translation>
        </message>
        <message>
            <source>The input is not a single pre-shared key.</source>
            <translation>Die Eingabe ist nicht genau ein Pre-Shared Key.</translation>
        </message>
        <message>
            <source>32 bytes can be a raw P-256 private key or a 256-bit PSK. Say which it is (--kind private-key or --kind psk).</source>
            <translation>32 Bytes können ein roher privater P-256-Schlüssel oder ein 256-Bit-PSK sein. Geben Sie an, was es ist (--kind private-key oder --kind psk).</translation>
        </message>
        <message>
            <source>The data (%1, %2 bytes) is neither a certificate nor a key in a known format. If it is a PSK, say so (--kind psk).</source>
            <translation>Die Daten (%1, %2 Bytes) sind weder ein Zertifikat noch ein Schlüssel in einem bekannten Format. Falls es ein PSK ist, geben Sie das an (--kind psk).</translation>
        </message>
        <message>
            <source>The file holds a %1, not what was asked for.</source>
            <translation>Die Datei enthält: %1 – nicht das Angeforderte.</translation>
        </message>
        <message>
            <source>The stored private key is not valid PKCS#8.</source>
            <translation>Der gespeicherte private Schlüssel ist kein gültiges PKCS#8.</translation>
        </message>
        <message>
            <source>SEC1 encoding exists only for EC keys.</source>
            <translation>Die SEC1-Kodierung gibt es nur für EC-Schlüssel.</translation>
        </message>
        <message>
            <source>The private key could not be encoded as SEC1.</source>
            <translation>Der private Schlüssel konnte nicht als SEC1 kodiert werden.</translation>
        </message>
        <message>
            <source>the private key</source>
            <translation>der private Schlüssel</translation>
        </message>
        <message>
            <source>The private key could not be read.</source>
            <translation>Der private Schlüssel konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>This private key format cannot be exported for a device.</source>
            <translation>Dieses Format für private Schlüssel kann nicht für ein Gerät exportiert werden.</translation>
        </message>
        <message>
            <source>The stored public key is not a valid SubjectPublicKeyInfo.</source>
            <translation>Der gespeicherte öffentliche Schlüssel ist keine gültige SubjectPublicKeyInfo.</translation>
        </message>
        <message>
            <source>the public key</source>
            <translation>der öffentliche Schlüssel</translation>
        </message>
        <message>
            <source>The public key could not be encoded as a point.</source>
            <translation>Der öffentliche Schlüssel konnte nicht als Punkt kodiert werden.</translation>
        </message>
        <message>
            <source>Raw key bytes have no PEM form; choose DER, hex or base64.</source>
            <translation>Rohe Schlüsselbytes haben keine PEM-Form; wählen Sie DER, Hex oder Base64.</translation>
        </message>
    </context>
    <context>
        <name>lwc::security::CredentialGenerator</name>
        <message>
            <source>The PSK identity is empty; use the endpoint name or another unique text.</source>
            <translation>Die PSK-Identität ist leer; verwenden Sie den Endpunktnamen oder einen anderen eindeutigen Text.</translation>
        </message>
        <message>
            <source>The PSK identity is not valid Unicode text, so it cannot be sent as UTF-8.</source>
            <translation>Die PSK-Identität ist kein gültiger Unicode-Text und kann daher nicht als UTF-8 gesendet werden.</translation>
        </message>
        <message>
            <source>The PSK identity contains a control character; remove it.</source>
            <translation>Die PSK-Identität enthält ein Steuerzeichen; entfernen Sie es.</translation>
        </message>
        <message>
            <source>The PSK identity is %1 bytes long in UTF-8; at most %2 bytes fit into a DTLS handshake. Use a shorter identity.</source>
            <translation>Die PSK-Identität ist in UTF-8 %1 Bytes lang; höchstens %2 Bytes passen in einen DTLS-Handshake. Verwenden Sie eine kürzere Identität.</translation>
        </message>
        <message>
            <source>The random number generator failed.</source>
            <translation>Der Zufallszahlengenerator ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>A generated PSK is 16 bytes (AES-128 suites) or 32 bytes; %1 bytes were asked for.</source>
            <translation>Ein erzeugter PSK hat 16 Bytes (AES-128-Suites) oder 32 Bytes; angefordert wurden %1 Bytes.</translation>
        </message>
        <message>
            <source>The PSK has %1 bytes; the PSK suites need at least 16 random bytes. Generate one instead of typing it.</source>
            <translation>Der PSK hat %1 Bytes; die PSK-Suites brauchen mindestens 16 zufällige Bytes. Erzeugen Sie einen, statt ihn einzutippen.</translation>
        </message>
        <message>
            <source>The PSK looks like a low-entropy secret (about %1 bits, 128 needed). Generate a random PSK, or use a PIN job (ECDHE-PSK) for short secrets.</source>
            <translation>Der PSK sieht nach einem Geheimnis mit wenig Entropie aus (etwa %1 Bit, 128 nötig). Erzeugen Sie einen zufälligen PSK oder verwenden Sie für kurze Geheimnisse einen PIN-Auftrag (ECDHE-PSK).</translation>
        </message>
        <message>
            <source>A PIN has %1 to %2 digits; %3 were asked for.</source>
            <translation>Eine PIN hat %1 bis %2 Ziffern; angefordert wurden %3.</translation>
        </message>
        <message>
            <source>Generating a P-256 key pair failed.</source>
            <translation>Das Erzeugen eines P-256-Schlüsselpaars ist fehlgeschlagen.</translation>
        </message>
    </context>
    <context>
        <name>lwc::security::FileCaKeyStore</name>
        <message>
            <source>Could not write %1: %2. Check the folder's permissions and free space.</source>
            <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
        </message>
        <message>
            <source>The CA key could not be encrypted.</source>
            <translation>Der CA-Schlüssel konnte nicht verschlüsselt werden.</translation>
        </message>
        <message>
            <source>The CA key is never stored unencrypted; give a passphrase of at least %1 characters.</source>
            <translation>Der CA-Schlüssel wird nie unverschlüsselt gespeichert; geben Sie eine Passphrase mit mindestens %1 Zeichen an.</translation>
        </message>
        <message>
            <source>Could not create the CA folder %1.</source>
            <translation>Der CA-Ordner %1 konnte nicht angelegt werden.</translation>
        </message>
        <message>
            <source>Could not read %1: %2. Create or import a CA first.</source>
            <translation>%1 konnte nicht gelesen werden: %2. Erstellen oder importieren Sie zuerst eine CA.</translation>
        </message>
        <message>
            <source>%1 is not an encrypted private key. Re-import the CA so its key is stored encrypted.</source>
            <translation>%1 ist kein verschlüsselter privater Schlüssel. Importieren Sie die CA erneut, damit ihr Schlüssel verschlüsselt gespeichert wird.</translation>
        </message>
    </context>
    <context>
        <name>lwc::security::Fingerprint</name>
        <message>
            <source>The fingerprint contains "%1"; only hexadecimal digits and ':' separators are expected.</source>
            <translation>Der Fingerabdruck enthält „%1“; erwartet werden nur Hexadezimalziffern und ':' als Trenner.</translation>
        </message>
        <message>
            <source>This is a %1 fingerprint; only SHA-256 fingerprints are compared. Ask for the SHA-256 fingerprint.</source>
            <translation>Dies ist ein %1-Fingerabdruck; verglichen werden nur SHA-256-Fingerabdrücke. Fragen Sie nach dem SHA-256-Fingerabdruck.</translation>
        </message>
        <message>
            <source>A SHA-256 fingerprint has 64 hexadecimal digits; this one has %1.</source>
            <translation>Ein SHA-256-Fingerabdruck hat 64 Hexadezimalziffern; dieser hat %1.</translation>
        </message>
    </context>
    <context>
        <name>lwc::security::HostnameMatcher</name>
        <message>
            <source>a bare "*" would match every host</source>
            <translation>ein alleinstehendes „*“ würde auf jeden Host passen</translation>
        </message>
        <message>
            <source>"*" is allowed only as the whole leftmost label</source>
            <translation>„*“ ist nur als ganzes Label ganz links erlaubt</translation>
        </message>
        <message>
            <source>partial-label wildcards such as "ba*" are not allowed</source>
            <translation>Platzhalter in Teilen eines Labels wie „ba*“ sind nicht erlaubt</translation>
        </message>
        <message>
            <source>a wildcard directly under a public suffix or top-level domain is not allowed</source>
            <translation>ein Platzhalter direkt unter einem öffentlichen Suffix oder einer Top-Level-Domain ist nicht erlaubt</translation>
        </message>
        <message>
            <source>the name contains non-ASCII characters</source>
            <translation>der Name enthält Nicht-ASCII-Zeichen</translation>
        </message>
        <message>
            <source>The server URI has no usable host name.</source>
            <translation>Die Server-URI enthält keinen verwendbaren Hostnamen.</translation>
        </message>
        <message>
            <source>a wildcard matches exactly one label</source>
            <translation>ein Platzhalter passt auf genau ein Label</translation>
        </message>
        <message>
            <source>The SubjectAltName extension cannot be parsed, so no name can be trusted.</source>
            <translation>Die SubjectAltName-Erweiterung kann nicht gelesen werden, daher kann keinem Namen vertraut werden.</translation>
        </message>
        <message>
            <source>No iPAddress entry of the SubjectAltName equals %1.</source>
            <translation>Kein iPAddress-Eintrag des SubjectAltName entspricht %1.</translation>
        </message>
        <message>
            <source>No dNSName entry of the SubjectAltName matches %1.</source>
            <translation>Kein dNSName-Eintrag des SubjectAltName passt zu %1.</translation>
        </message>
        <message>
            <source>The certificate has neither a SubjectAltName nor a Subject CN to match %1 against.</source>
            <translation>Das Zertifikat hat weder einen SubjectAltName noch einen Subject-CN, mit dem %1 abgeglichen werden kann.</translation>
        </message>
        <message>
            <source>The Subject CN "%1" does not match %2 (the certificate has no SubjectAltName).</source>
            <translation>Der Subject-CN „%1“ passt nicht zu %2 (das Zertifikat hat keinen SubjectAltName).</translation>
        </message>
    </context>
    <context>
        <name>lwc::security::KeyPolicy</name>
        <message>
            <source>EC %1 (%2 bits)</source>
            <translation>EC %1 (%2 Bit)</translation>
        </message>
        <message>
            <source>RSA %1 bits</source>
            <translation>RSA %1 Bit</translation>
        </message>
        <message>
            <source>%1 (%2 bits)</source>
            <translation>%1 (%2 Bit)</translation>
        </message>
        <message>
            <source>%1 is %2; LwM2M needs an EC key of at least 256 bits (P-256) or an RSA key of at least 2048 bits. Use a stronger key.</source>
            <translation>%1 ist %2; LwM2M braucht einen EC-Schlüssel mit mindestens 256 Bit (P-256) oder einen RSA-Schlüssel mit mindestens 2048 Bit. Verwenden Sie einen stärkeren Schlüssel.</translation>
        </message>
        <message>
            <source>%1 is signed with %2; SHA-1, MD5 and hashes weaker than SHA-256 are not allowed. Have it re-issued with SHA-256.</source>
            <translation>%1 ist mit %2 signiert; SHA-1, MD5 und Hashes schwächer als SHA-256 sind nicht erlaubt. Lassen Sie es mit SHA-256 neu ausstellen.</translation>
        </message>
    </context>
    <context>
        <name>lwc::security::LocalCa</name>
        <message>
            <source>The CA name has %1 characters; a certificate name holds at most %2.</source>
            <translation>Der CA-Name hat %1 Zeichen; ein Zertifikatsname fasst höchstens %2.</translation>
        </message>
        <message>
            <source>The CA validity must be between 1 and 36500 days.</source>
            <translation>Die Gültigkeit der CA muss zwischen 1 und 36500 Tagen liegen.</translation>
        </message>
        <message>
            <source>The CA certificate is not a valid X.509 certificate.</source>
            <translation>Das CA-Zertifikat ist kein gültiges X.509-Zertifikat.</translation>
        </message>
        <message>
            <source>The CA private key cannot be read.</source>
            <translation>Der private Schlüssel der CA kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The certificate is not a CA certificate (basicConstraints CA:TRUE is missing), so it cannot issue certificates.</source>
            <translation>Das Zertifikat ist kein CA-Zertifikat (basicConstraints CA:TRUE fehlt) und kann daher keine Zertifikate ausstellen.</translation>
        </message>
        <message>
            <source>The CA certificate's key usage does not allow signing certificates (keyCertSign).</source>
            <translation>Die Schlüsselverwendung des CA-Zertifikats erlaubt kein Signieren von Zertifikaten (keyCertSign).</translation>
        </message>
        <message>
            <source>The private key does not belong to the CA certificate. Choose the matching key file.</source>
            <translation>Der private Schlüssel gehört nicht zum CA-Zertifikat. Wählen Sie die passende Schlüsseldatei.</translation>
        </message>
        <message>
            <source>The CA key</source>
            <translation>Der CA-Schlüssel</translation>
        </message>
        <message>
            <source>The CA certificate</source>
            <translation>Das CA-Zertifikat</translation>
        </message>
        <message>
            <source>The CA certificate is valid from %1 to %2, not now.</source>
            <translation>Das CA-Zertifikat ist von %1 bis %2 gültig, nicht jetzt.</translation>
        </message>
        <message>
            <source>The device's public key is not a valid SubjectPublicKeyInfo.</source>
            <translation>Der öffentliche Schlüssel des Geräts ist keine gültige SubjectPublicKeyInfo.</translation>
        </message>
        <message>
            <source>The device key</source>
            <translation>Der Geräteschlüssel</translation>
        </message>
        <message>
            <source>The device key is the CA's own key; every device needs its own key pair.</source>
            <translation>Der Geräteschlüssel ist der eigene Schlüssel der CA; jedes Gerät braucht ein eigenes Schlüsselpaar.</translation>
        </message>
        <message>
            <source>A certificate must be valid for at least one day.</source>
            <translation>Ein Zertifikat muss mindestens einen Tag gültig sein.</translation>
        </message>
        <message>
            <source>The local CA is not valid now (valid %1 to %2); create or import a new CA.</source>
            <translation>Die lokale CA ist derzeit nicht gültig (gültig von %1 bis %2); erstellen oder importieren Sie eine neue CA.</translation>
        </message>
        <message>
            <source>A client certificate needs the endpoint name for its Subject CN.</source>
            <translation>Ein Client-Zertifikat braucht den Endpunktnamen für seinen Subject-CN.</translation>
        </message>
        <message>
            <source>The endpoint name has %1 characters; a certificate's Subject CN holds at most %2 (RFC 5280), so it cannot equal the endpoint name (S18). Use a shorter endpoint name or PSK/RPK mode.</source>
            <translation>Der Endpunktname hat %1 Zeichen; der Subject-CN eines Zertifikats fasst höchstens %2 (RFC 5280) und kann ihm daher nicht entsprechen (S18). Verwenden Sie einen kürzeren Endpunktnamen oder den PSK-/RPK-Modus.</translation>
        </message>
        <message>
            <source>The endpoint name contains a control character.</source>
            <translation>Der Endpunktname enthält ein Steuerzeichen.</translation>
        </message>
        <message>
            <source>A server certificate needs at least one host name or IP address.</source>
            <translation>Ein Serverzertifikat braucht mindestens einen Hostnamen oder eine IP-Adresse.</translation>
        </message>
        <message>
            <source>"%1" is not a usable host name for a server certificate.</source>
            <translation>„%1“ ist kein verwendbarer Hostname für ein Serverzertifikat.</translation>
        </message>
    </context>
    <context>
        <name>lwc::security::OpenSslUtil</name>
        <message>
            <source>The private key could not be encoded as PKCS#8.</source>
            <translation>Der private Schlüssel konnte nicht als PKCS#8 kodiert werden.</translation>
        </message>
    </context>
    <context>
        <name>lwc::security::SecurityObjectKeys</name>
        <message>
            <source>The client key pair is the server's key pair; every client needs its own key pair.</source>
            <translation>Das Client-Schlüsselpaar ist das Schlüsselpaar des Servers; jeder Client braucht ein eigenes Schlüsselpaar.</translation>
        </message>
        <message>
            <source>The client private key cannot be read.</source>
            <translation>Der private Schlüssel des Clients kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The client key</source>
            <translation>Der Client-Schlüssel</translation>
        </message>
        <message>
            <source>The server key</source>
            <translation>Der Server-Schlüssel</translation>
        </message>
        <message>
            <source>The server certificate is not a valid DER certificate.</source>
            <translation>Das Serverzertifikat ist kein gültiges DER-Zertifikat.</translation>
        </message>
        <message>
            <source>The client certificate is not a valid DER certificate.</source>
            <translation>Das Client-Zertifikat ist kein gültiges DER-Zertifikat.</translation>
        </message>
        <message>
            <source>The private key does not belong to the client certificate.</source>
            <translation>Der private Schlüssel gehört nicht zum Client-Zertifikat.</translation>
        </message>
        <message>
            <source>The client certificate</source>
            <translation>Das Client-Zertifikat</translation>
        </message>
    </context>
    <context>
        <name>lwc::security::VerificationReport</name>
        <message>
            <source>Passed</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Nicht bestanden</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Nicht anwendbar</translation>
        </message>
        <message>
            <source>Not trusted: %1 failed</source>
            <translation>Nicht vertrauenswürdig: %1 nicht bestanden</translation>
        </message>
        <message>
            <source>Trusted, but not every check was made (skipped: %1)</source>
            <translation>Vertrauenswürdig, aber nicht jede Prüfung wurde gemacht (übersprungen: %1)</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>Vertrauenswürdig</translation>
        </message>
    </context>
    <context>
        <name>lwc::ui::CertificateDialog</name>
        <message>
            <source>The file %1 cannot be read: %2</source>
            <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Server Certificate</source>
            <translation>Serverzertifikat</translation>
        </message>
        <message>
            <source>Certificate chain</source>
            <translation>Zertifikatskette</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Zertifikat</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Selected certificate</source>
            <translation>Ausgewähltes Zertifikat</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>Aussteller:</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Gültig:</translation>
        </message>
        <message>
            <source>Alternative names:</source>
            <translation>Alternative Namen:</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Schlüssel:</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Signatur:</translation>
        </message>
        <message>
            <source>Serial number:</source>
            <translation>Seriennummer:</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Aussteller</translation>
        </message>
        <message>
            <source>Validity period</source>
            <translation>Gültigkeitszeitraum</translation>
        </message>
        <message>
            <source>Subject alternative names</source>
            <translation>Alternative Namen (SubjectAltName)</translation>
        </message>
        <message>
            <source>Key type and size</source>
            <translation>Schlüsseltyp und -größe</translation>
        </message>
        <message>
            <source>Signature algorithm</source>
            <translation>Signaturalgorithmus</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Seriennummer</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>SHA-256-Fingerabdruck</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Copy the SHA-256 fingerprint</source>
            <translation>SHA-256-Fingerabdruck kopieren</translation>
        </message>
        <message>
            <source>&amp;Expected:</source>
            <translation>&amp;Erwartet:</translation>
        </message>
        <message>
            <source>Paste the SHA-256 fingerprint you got from the server operator</source>
            <translation>Fügen Sie den SHA-256-Fingerabdruck ein, den Sie vom Serverbetreiber erhalten haben</translation>
        </message>
        <message>
            <source>Expected SHA-256 fingerprint</source>
            <translation>Erwarteter SHA-256-Fingerabdruck</translation>
        </message>
        <message>
            <source>Fingerprint comparison result</source>
            <translation>Ergebnis des Fingerabdruck-Vergleichs</translation>
        </message>
        <message>
            <source>LwM2M security rules</source>
            <translation>LwM2M-Sicherheitsregeln</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Erläuterung</translation>
        </message>
        <message>
            <source>Rule verdicts</source>
            <translation>Ergebnisse der Regeln</translation>
        </message>
        <message>
            <source>Trust decision (written to the Security object)</source>
            <translation>Vertrauensentscheidung (wird in das Security-Objekt geschrieben)</translation>
        </message>
        <message>
            <source>&amp;Pin this exact certificate (Certificate Usage 3, Matching Type 0)</source>
            <translation>Genau dieses Zertifikat &amp;festlegen (Certificate Usage 3, Matching Type 0)</translation>
        </message>
        <message>
            <source>Pin its &amp;SHA-256 hash (Certificate Usage 3, Matching Type 1)</source>
            <translation>Seinen &amp;SHA-256-Hash festlegen (Certificate Usage 3, Matching Type 1)</translation>
        </message>
        <message>
            <source>Trust the issuing &amp;CA and expect the name, Certificate Usage:</source>
            <translation>Der ausstellenden &amp;CA vertrauen und den Namen erwarten, Certificate Usage:</translation>
        </message>
        <message>
            <source>Trust the issuing CA and expect the server name</source>
            <translation>Der ausstellenden CA vertrauen und den Servernamen erwarten</translation>
        </message>
        <message>
            <source>2 – trust anchor assertion</source>
            <translation>2 – Vertrauensanker (trust anchor assertion)</translation>
        </message>
        <message>
            <source>0 – CA constraint (also needs a known root)</source>
            <translation>0 – CA-Vorgabe (braucht zusätzlich eine bekannte Wurzel)</translation>
        </message>
        <message>
            <source>Certificate Usage for CA trust</source>
            <translation>Certificate Usage für CA-Vertrauen</translation>
        </message>
        <message>
            <source>Expected &amp;name (SNI):</source>
            <translation>Erwarteter &amp;Name (SNI):</translation>
        </message>
        <message>
            <source>Expected server name (SNI)</source>
            <translation>Erwarteter Servername (SNI)</translation>
        </message>
        <message>
            <source>&amp;Trust</source>
            <translation>&amp;Vertrauen</translation>
        </message>
        <message>
            <source>Trust the certificate with the selected choice</source>
            <translation>Dem Zertifikat mit der gewählten Option vertrauen</translation>
        </message>
        <message>
            <source>&amp;Reject</source>
            <translation>&amp;Ablehnen</translation>
        </message>
        <message>
            <source>Reject the certificate and record the decision</source>
            <translation>Zertifikat ablehnen und die Entscheidung festhalten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Close without a decision</source>
            <translation>Ohne Entscheidung schließen</translation>
        </message>
        <message>
            <source>Overall verdict</source>
            <translation>Gesamtergebnis</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Trusted with this choice: every applicable rule passed.</source>
            <translation>Mit dieser Option vertrauenswürdig: Jede anwendbare Regel ist bestanden.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Not used</source>
            <translation>Nicht verwendet</translation>
        </message>
        <message>
            <source>Trust anchor</source>
            <translation>Vertrauensanker</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source> (from trust store)</source>
            <translation> (aus dem Vertrauensspeicher)</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1: %2. %3</source>
            <translation>%1: %2. %3</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>(present but unreadable)</source>
            <translation>(vorhanden, aber unlesbar)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint of "%1"</source>
            <translation>SHA-256-Fingerabdruck von „%1“</translation>
        </message>
        <message>
            <source>Not compared</source>
            <translation>Nicht verglichen</translation>
        </message>
        <message>
            <source>[%1] %2</source>
            <translation>[%1] %2</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Stimmt überein</translation>
        </message>
        <message>
            <source>Does NOT match</source>
            <translation>Stimmt NICHT überein</translation>
        </message>
        <message>
            <source>Writes /0/x/15 = 3, /0/x/13 = 0 and /0/x/4 = this certificate (%1 bytes DER). A renewed server certificate must be pinned again.</source>
            <translation>Schreibt /0/x/15 = 3, /0/x/13 = 0 und /0/x/4 = dieses Zertifikat (%1 Bytes DER). Ein erneuertes Serverzertifikat muss neu festgelegt werden.</translation>
        </message>
        <message>
            <source>Writes /0/x/15 = 3, /0/x/13 = 1 and /0/x/4 = the 32-byte SHA-256 hash of this certificate. A renewed server certificate must be pinned again.</source>
            <translation>Schreibt /0/x/15 = 3, /0/x/13 = 1 und /0/x/4 = den 32-Byte-SHA-256-Hash dieses Zertifikats. Ein erneuertes Serverzertifikat muss neu festgelegt werden.</translation>
        </message>
        <message>
            <source>Writes /0/x/15 = %1, /0/x/13 = 0, /0/x/4 = the CA certificate "%2" and /0/x/14 = the expected name. Renewed certificates from this CA stay trusted.</source>
            <translation>Schreibt /0/x/15 = %1, /0/x/13 = 0, /0/x/4 = das CA-Zertifikat „%2“ und /0/x/14 = den erwarteten Namen. Erneuerte Zertifikate dieser CA bleiben vertrauenswürdig.</translation>
        </message>
        <message>
            <source>The pasted fingerprint does not match the certificate you are about to trust.</source>
            <translation>Der eingefügte Fingerabdruck passt nicht zu dem Zertifikat, dem Sie vertrauen wollen.</translation>
        </message>
        <message>
            <source>Not trusted with this choice; see the failed rules.</source>
            <translation>Mit dieser Option nicht vertrauenswürdig; siehe die nicht bestandenen Regeln.</translation>
        </message>
        <message>
            <source>Fingerprint not compared</source>
            <translation>Fingerabdruck nicht verglichen</translation>
        </message>
        <message>
            <source>You have not compared the fingerprint with one from a trusted source (for example the server operator). Trust this certificate anyway?</source>
            <translation>Sie haben den Fingerabdruck nicht mit einem aus vertrauenswürdiger Quelle (zum Beispiel vom Serverbetreiber) verglichen. Diesem Zertifikat trotzdem vertrauen?</translation>
        </message>
        <message>
            <source>Trust is not possible: %1</source>
            <translation>Vertrauen ist nicht möglich: %1</translation>
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
