<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>lwc::CanonicalJson</name>
    <message>
        <source>The receipt contains a number that is not a whole number (or is too large), so it was not written by this program.</source>
        <translation>Der Nachweis enthält eine Zahl, die keine ganze Zahl (oder zu groß) ist; er wurde also nicht von diesem Programm geschrieben.</translation>
    </message>
    <message>
        <source>The receipt contains a value JSON cannot represent.</source>
        <translation>Der Nachweis enthält einen Wert, den JSON nicht darstellen kann.</translation>
    </message>
</context>
<context>
    <name>lwc::CommissioningReceipt</name>
    <message>
        <source>The receipt is incomplete or damaged (field &quot;%1&quot;). Use the file exactly as the commissioning job saved it.</source>
        <translation>Der Nachweis ist unvollständig oder beschädigt (Feld „%1“). Verwenden Sie die Datei genau so, wie der Inbetriebnahme-Auftrag sie gespeichert hat.</translation>
    </message>
</context>
<context>
    <name>lwc::FileVaultStore</name>
    <message>
        <source>Could not write the vault file %1: %2. The previous vault file is unchanged; free disk space or fix the folder permissions, then try again.</source>
        <translation>Die Tresordatei %1 konnte nicht geschrieben werden: %2. Die bisherige Tresordatei ist unverändert; schaffen Sie Speicherplatz oder korrigieren Sie die Ordnerrechte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not read the vault file %1: %2. Check that the file belongs to you and is readable.</source>
        <translation>Die Tresordatei %1 konnte nicht gelesen werden: %2. Prüfen Sie, ob die Datei Ihnen gehört und lesbar ist.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the vault file. Check the permissions of its parent folder.</source>
        <translation>Der Ordner %1 für die Tresordatei konnte nicht angelegt werden. Prüfen Sie die Rechte des übergeordneten Ordners.</translation>
    </message>
</context>
<context>
    <name>lwc::KeychainBackend</name>
    <message>
        <source>The system keychain has no entry for this vault. Unlock with the passphrase, then turn keychain unlock on again.</source>
        <translation>Der Systemschlüsselbund hat keinen Eintrag für diesen Tresor. Entsperren Sie mit der Passphrase und schalten Sie das Entsperren per Schlüsselbund danach wieder ein.</translation>
    </message>
    <message>
        <source>No system keychain is available in this session. Unlock with the passphrase instead.</source>
        <translation>In dieser Sitzung ist kein Systemschlüsselbund verfügbar. Entsperren Sie stattdessen mit der Passphrase.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Allow this program in the keychain prompt, or unlock with the passphrase.</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert. Erlauben Sie diesem Programm den Zugriff in der Abfrage des Schlüsselbunds oder entsperren Sie mit der Passphrase.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. Unlock it (it may be waiting for its own password), or use the passphrase.</source>
        <translation>Der Systemschlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet. Entsperren Sie ihn (er wartet vielleicht auf sein eigenes Passwort) oder verwenden Sie die Passphrase.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Unlock with the passphrase instead; the details name the cause.</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet. Entsperren Sie stattdessen mit der Passphrase; die Details nennen die Ursache.</translation>
    </message>
</context>
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
    <name>lwc::ReceiptBuilder</name>
    <message>
        <source>PIN used only with ECDHE-PSK</source>
        <translation>PIN nur mit ECDHE-PSK verwendet</translation>
    </message>
    <message>
        <source>Negotiated %1.</source>
        <translation>Ausgehandelt: %1.</translation>
    </message>
    <message>
        <source>Negotiated %1; a PIN may only be used with TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256.</source>
        <translation>Ausgehandelt: %1; eine PIN darf nur mit TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256 verwendet werden.</translation>
    </message>
    <message>
        <source>no suite</source>
        <translation>keine Cipher-Suite</translation>
    </message>
    <message>
        <source>Bootstrap channel cipher suite</source>
        <translation>Cipher-Suite des Bootstrap-Kanals</translation>
    </message>
    <message>
        <source>Negotiated %1, which the PSK policy does not allow.</source>
        <translation>Ausgehandelt: %1; die PSK-Richtlinie lässt diese Suite nicht zu.</translation>
    </message>
    <message>
        <source>Device certificate</source>
        <translation>Gerätezertifikat</translation>
    </message>
    <message>
        <source>The device&apos;s certificate chains to the expected CA and its Subject CN is the endpoint name; the handshake is refused otherwise.</source>
        <translation>Das Zertifikat des Geräts führt zur erwarteten CA, und sein Subject-CN ist der Endpunktname; sonst wird der Handshake abgelehnt.</translation>
    </message>
    <message>
        <source>Bootstrap channel security</source>
        <translation>Sicherheit des Bootstrap-Kanals</translation>
    </message>
    <message>
        <source>INSECURE: the bootstrap channel was not secured (NoSec); anyone on the network could read or change what was written.</source>
        <translation>UNSICHER: Der Bootstrap-Kanal war nicht gesichert (NoSec); jeder im Netz konnte mitlesen oder ändern, was geschrieben wurde.</translation>
    </message>
    <message>
        <source>Security of account %1</source>
        <translation>Sicherheit des Kontos %1</translation>
    </message>
    <message>
        <source>INSECURE: this server account uses no security (NoSec).</source>
        <translation>UNSICHER: Dieses Serverkonto verwendet keine Sicherheit (NoSec).</translation>
    </message>
    <message>
        <source>Discover matches the plan</source>
        <translation>Discover stimmt mit dem Plan überein</translation>
    </message>
    <message>
        <source>Every Security and Server instance written is on the device with its Short Server ID.</source>
        <translation>Jede geschriebene Security- und Server-Instanz ist mit ihrer Short Server ID auf dem Gerät.</translation>
    </message>
    <message>
        <source>Verification by Discover is turned off in the plan.</source>
        <translation>Die Überprüfung per Discover ist im Plan abgeschaltet.</translation>
    </message>
    <message>
        <source>The bootstrap ended before the verification step.</source>
        <translation>Der Bootstrap endete vor dem Überprüfungsschritt.</translation>
    </message>
    <message>
        <source>Server object read back</source>
        <translation>Server-Objekt zurückgelesen</translation>
    </message>
    <message>
        <source>/1 matches the plan.</source>
        <translation>/1 entspricht dem Plan.</translation>
    </message>
    <message>
        <source>Bootstrap-Read is turned off in the plan.</source>
        <translation>Bootstrap-Read ist im Plan abgeschaltet.</translation>
    </message>
    <message>
        <source>The bootstrap ended before Bootstrap-Read.</source>
        <translation>Der Bootstrap endete vor dem Bootstrap-Read.</translation>
    </message>
    <message>
        <source>Secret Key not readable</source>
        <translation>Secret Key nicht lesbar</translation>
    </message>
    <message>
        <source>The tool never reads resource 5 back, and no read answer from the device contained it.</source>
        <translation>Das Programm liest Ressource 5 nie zurück, und keine Leseantwort des Geräts enthielt sie.</translation>
    </message>
    <message>
        <source>Bootstrap-Finish accepted</source>
        <translation>Bootstrap-Finish angenommen</translation>
    </message>
    <message>
        <source>The device found its new configuration consistent.</source>
        <translation>Das Gerät hat seine neue Konfiguration als stimmig angenommen.</translation>
    </message>
    <message>
        <source>The bootstrap ended before Bootstrap-Finish.</source>
        <translation>Der Bootstrap endete vor dem Bootstrap-Finish.</translation>
    </message>
    <message>
        <source>Registration with the LwM2M server</source>
        <translation>Registrierung beim LwM2M-Server</translation>
    </message>
    <message>
        <source>The device registers with its LwM2M server on its own after Bootstrap-Finish; check the server&apos;s registration list. This tool is only the bootstrap server.</source>
        <translation>Das Gerät registriert sich nach dem Bootstrap-Finish selbst bei seinem LwM2M-Server; prüfen Sie die Registrierungsliste des Servers. Dieses Programm ist nur der Bootstrap-Server.</translation>
    </message>
    <message>
        <source>Device CA (bootstrap channel)</source>
        <translation>Geräte-CA (Bootstrap-Kanal)</translation>
    </message>
    <message>
        <source>Server certificate for %1 (%2/4)</source>
        <translation>Serverzertifikat für %1 (%2/4)</translation>
    </message>
    <message>
        <source>Bootstrap</source>
        <translation>Bootstrap</translation>
    </message>
    <message>
        <source>The device never completed a bootstrap in this job.</source>
        <translation>Das Gerät hat in diesem Auftrag keinen Bootstrap abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>lwc::ReceiptHtml</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>SUCCEEDED</source>
        <translation>ERFOLGREICH</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <source>INSECURE: no channel security (S1)</source>
        <translation>UNSICHER: keine Kanalsicherung (S1)</translation>
    </message>
    <message>
        <source>Commissioning receipt %1</source>
        <translation>Inbetriebnahme-Nachweis %1</translation>
    </message>
    <message>
        <source>Commissioning receipt</source>
        <translation>Inbetriebnahme-Nachweis</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Device profile</source>
        <translation>Geräteprofil</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Security mode</source>
        <translation>Sicherheitsmodus</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>No steps recorded.</source>
        <translation>Keine Schritte aufgezeichnet.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Values written</source>
        <translation>Geschriebene Werte</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Content format</source>
        <translation>Inhaltsformat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Value (SHA-256)</source>
        <translation>Wert (SHA-256)</translation>
    </message>
    <message>
        <source>secret, not recorded</source>
        <translation>geheim, nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Trusted certificates and keys</source>
        <translation>Vertrauenswürdige Zertifikate und Schlüssel</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>No verification recorded.</source>
        <translation>Keine Prüfung aufgezeichnet.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Signer key (SHA-256)</source>
        <translation>Signaturschlüssel (SHA-256)</translation>
    </message>
    <message>
        <source>Signer certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>Certificate (SHA-256)</source>
        <translation>Zertifikat (SHA-256)</translation>
    </message>
    <message>
        <source>Signature (SHA-256)</source>
        <translation>Signatur (SHA-256)</translation>
    </message>
    <message>
        <source>Valid for the signer key above. Compare that fingerprint with your local CA before relying on this page, or run: commissioner-cli receipt verify FILE --cert CA</source>
        <translation>Gültig für den oben genannten Signaturschlüssel. Vergleichen Sie diesen Fingerabdruck mit Ihrer lokalen CA, bevor Sie sich auf diese Seite verlassen, oder führen Sie aus: commissioner-cli receipt verify DATEI --cert CA</translation>
    </message>
    <message>
        <source>INVALID: the signature does not match this content. Do not rely on this receipt.</source>
        <translation>UNGÜLTIG: Die Signatur passt nicht zu diesem Inhalt. Verlassen Sie sich nicht auf diesen Nachweis.</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Signaturprüfung</translation>
    </message>
    <message>
        <source>Secrets (keys, PSKs, PINs) are never recorded in a receipt; values are identified by their SHA-256 only.</source>
        <translation>Geheimnisse (Schlüssel, PSKs, PINs) werden nie in einem Nachweis aufgezeichnet; Werte werden nur über ihren SHA-256 identifiziert.</translation>
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
    <name>lwc::SignedReceipt</name>
    <message>
        <source>The file is not a commissioning receipt of this program, or it is damaged. Use the file exactly as the commissioning job saved it.</source>
        <translation>Die Datei ist kein Inbetriebnahme-Nachweis dieses Programms oder sie ist beschädigt. Verwenden Sie die Datei genau so, wie der Inbetriebnahme-Auftrag sie gespeichert hat.</translation>
    </message>
    <message>
        <source>Receipts are signed with ECDSA on the P-256 curve only; the %1 is a different kind of key. Use the local CA&apos;s P-256 key.</source>
        <translation>Nachweise werden nur mit ECDSA auf der Kurve P-256 signiert; der %1 ist ein anderer Schlüsseltyp. Verwenden Sie den P-256-Schlüssel der lokalen CA.</translation>
    </message>
    <message>
        <source>The trusted certificate or public key could not be read. Give the local CA certificate or its public key, as PEM or DER.</source>
        <translation>Das vertrauenswürdige Zertifikat bzw. der öffentliche Schlüssel konnte nicht gelesen werden. Geben Sie das Zertifikat der lokalen CA oder ihren öffentlichen Schlüssel an, als PEM oder DER.</translation>
    </message>
    <message>
        <source>trusted key</source>
        <translation>vertrauenswürdige Schlüssel</translation>
    </message>
    <message>
        <source>The signing key could not be read. The local CA key must be a PKCS#8 DER private key.</source>
        <translation>Der Signaturschlüssel konnte nicht gelesen werden. Der Schlüssel der lokalen CA muss ein privater Schlüssel im Format PKCS#8 DER sein.</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>The signer certificate does not belong to the signing key. Use the local CA certificate that matches its key.</source>
        <translation>Das Signaturzertifikat gehört nicht zum Signaturschlüssel. Verwenden Sie das Zertifikat der lokalen CA, das zu ihrem Schlüssel passt.</translation>
    </message>
    <message>
        <source>Signing the receipt failed inside OpenSSL. Report the details.</source>
        <translation>Das Signieren des Nachweises ist in OpenSSL fehlgeschlagen. Melden Sie die Details.</translation>
    </message>
    <message>
        <source>The receipt was written by a newer or unknown version of this program. Update the program to read it.</source>
        <translation>Der Nachweis wurde von einer neueren oder unbekannten Version dieses Programms geschrieben. Aktualisieren Sie das Programm, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>The receipt file was edited or reformatted after it was signed. Only the unchanged file can be verified.</source>
        <translation>Die Nachweisdatei wurde nach dem Signieren bearbeitet oder umformatiert. Nur die unveränderte Datei kann geprüft werden.</translation>
    </message>
    <message>
        <source>The receipt uses a signature algorithm this program does not accept. Only ECDSA P-256 with SHA-256 is allowed.</source>
        <translation>Der Nachweis verwendet ein Signaturverfahren, das dieses Programm nicht akzeptiert. Zulässig ist nur ECDSA P-256 mit SHA-256.</translation>
    </message>
    <message>
        <source>The certificate in the receipt does not belong to the key that signed it. The receipt was altered.</source>
        <translation>Das Zertifikat im Nachweis gehört nicht zu dem Schlüssel, der ihn signiert hat. Der Nachweis wurde verändert.</translation>
    </message>
    <message>
        <source>The receipt was not signed by the trusted key. It names signer key %1, the trusted key is %2.</source>
        <translation>Der Nachweis wurde nicht mit dem vertrauenswürdigen Schlüssel signiert. Er nennt den Signaturschlüssel %1, der vertrauenswürdige Schlüssel ist %2.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature does not match its content: it was changed after signing. Do not rely on it.</source>
        <translation>Die Signatur des Nachweises passt nicht zu seinem Inhalt: Er wurde nach dem Signieren verändert. Verlassen Sie sich nicht darauf.</translation>
    </message>
</context>
<context>
    <name>lwc::Vault</name>
    <message>
        <source>The vault is locked. Unlock it with the passphrase to use the stored secrets.</source>
        <translation>Der Tresor ist gesperrt. Entsperren Sie ihn mit der Passphrase, um die gespeicherten Geheimnisse zu verwenden.</translation>
    </message>
    <message>
        <source>No vault exists yet. Create one with a passphrase first.</source>
        <translation>Es gibt noch keinen Tresor. Legen Sie zuerst einen mit einer Passphrase an.</translation>
    </message>
    <message>
        <source>The vault is still busy with the previous operation. Wait for it to finish, then try again.</source>
        <translation>Der Tresor ist noch mit dem vorigen Vorgang beschäftigt. Warten Sie, bis er fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The operation was cancelled because the vault was locked meanwhile. Nothing was changed.</source>
        <translation>Der Vorgang wurde abgebrochen, weil der Tresor inzwischen gesperrt wurde. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Nothing was changed; check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Die Passphrase ist nicht richtig. Es wurde nichts geändert; prüfen Sie Tastaturbelegung und Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A stored secret failed its integrity check: it was modified, damaged, or belongs to a different record. Enter that secret again.</source>
        <translation>Ein gespeichertes Geheimnis hat die Integritätsprüfung nicht bestanden: Es wurde verändert, ist beschädigt oder gehört zu einem anderen Datensatz. Geben Sie dieses Geheimnis erneut ein.</translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least %1 characters; a sentence of several words is easier to remember.</source>
        <translation>Die Passphrase ist zu kurz. Verwenden Sie mindestens %1 Zeichen; ein Satz aus mehreren Wörtern ist leichter zu merken.</translation>
    </message>
    <message>
        <source>A stored secret was written by a newer or unknown version of this program, or is damaged. Update the program or enter the secret again.</source>
        <translation>Ein gespeichertes Geheimnis wurde von einer neueren oder unbekannten Version dieses Programms geschrieben oder ist beschädigt. Aktualisieren Sie das Programm oder geben Sie das Geheimnis erneut ein.</translation>
    </message>
    <message>
        <source>A stored secret was sealed by a different vault (for example one restored from another computer). Open it with that vault, or enter the secret again.</source>
        <translation>Ein gespeichertes Geheimnis wurde von einem anderen Tresor versiegelt (zum Beispiel einem, der von einem anderen Computer wiederhergestellt wurde). Öffnen Sie es mit jenem Tresor oder geben Sie das Geheimnis erneut ein.</translation>
    </message>
    <message>
        <source>A vault already exists. Unlock it instead of creating a new one.</source>
        <translation>Es gibt bereits einen Tresor. Entsperren Sie ihn, statt einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>A vault file already exists at %1 but could not be opened. Move it away or restore it from a backup before creating a new vault.</source>
        <translation>Unter %1 gibt es bereits eine Tresordatei, die sich aber nicht öffnen ließ. Verschieben Sie sie oder stellen Sie sie aus einer Sicherung wieder her, bevor Sie einen neuen Tresor anlegen.</translation>
    </message>
    <message>
        <source>The vault is already unlocked.</source>
        <translation>Der Tresor ist bereits entsperrt.</translation>
    </message>
    <message>
        <source>Keychain unlock is not turned on for this vault. Unlock with the passphrase.</source>
        <translation>Das Entsperren per Schlüsselbund ist für diesen Tresor nicht eingeschaltet. Entsperren Sie mit der Passphrase.</translation>
    </message>
    <message>
        <source>The key in the system keychain does not open this vault (it was replaced or belongs to another vault). Unlock with the passphrase, then turn keychain unlock on again.</source>
        <translation>Der Schlüssel im Systemschlüsselbund öffnet diesen Tresor nicht (er wurde ersetzt oder gehört zu einem anderen Tresor). Entsperren Sie mit der Passphrase und schalten Sie das Entsperren per Schlüsselbund danach wieder ein.</translation>
    </message>
</context>
<context>
    <name>lwc::VaultCrypto</name>
    <message>
        <source>An encryption routine failed inside OpenSSL. Nothing was changed; restart the program and report the details if it happens again.</source>
        <translation>Eine Verschlüsselungsroutine ist in OpenSSL fehlgeschlagen. Es wurde nichts geändert; starten Sie das Programm neu und melden Sie die Details, falls es wieder passiert.</translation>
    </message>
    <message>
        <source>The vault file asks for weaker passphrase protection than this program allows, so it was modified or damaged. Restore the vault file from a backup.</source>
        <translation>Die Tresordatei verlangt einen schwächeren Passphrasenschutz, als dieses Programm erlaubt; sie wurde also verändert oder beschädigt. Stellen Sie die Tresordatei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault file asks for more passphrase-hashing memory or time than this program allows. Restore the vault file from a backup.</source>
        <translation>Die Tresordatei verlangt für das Passphrasen-Hashing mehr Speicher oder Zeit, als dieses Programm erlaubt. Stellen Sie die Tresordatei aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>lwc::VaultHeader</name>
    <message>
        <source>The vault file is not a valid vault (damaged or a different file). Restore it from a backup.</source>
        <translation>Die Tresordatei ist kein gültiger Tresor (beschädigt oder eine andere Datei). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault file was written by a newer or unknown version of this program. Update the program to open it.</source>
        <translation>Die Tresordatei wurde von einer neueren oder unbekannten Version dieses Programms geschrieben. Aktualisieren Sie das Programm, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The vault file failed its integrity check: it was modified or damaged. Restore it from a backup.</source>
        <translation>Die Tresordatei hat die Integritätsprüfung nicht bestanden: Sie wurde verändert oder ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>lwc::bootstrap</name>
    <message>
        <source>This part of the plan must be a JSON object.</source>
        <translation>Dieser Teil des Plans muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Key material must be &quot;generate&quot; or an object with hex, base64, pem, text or file.</source>
        <translation>Schlüsselmaterial muss &quot;generate&quot; oder ein Objekt mit hex, base64, pem, text oder file sein.</translation>
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
        <source>Unknown security mode &quot;%1&quot; (psk, rpk, x509 or nosec).</source>
        <translation>Unbekannter Sicherheitsmodus &quot;%1&quot; (psk, rpk, x509 oder nosec).</translation>
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
        <source>&quot;%1&quot; is not a CoAP server URI (coap://host:port or coaps://host:port).</source>
        <translation>&quot;%1&quot; ist keine CoAP-Server-URI (coap://host:port oder coaps://host:port).</translation>
    </message>
    <message>
        <source>The port in &quot;%1&quot; is out of range.</source>
        <translation>Der Port in &quot;%1&quot; liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>A secured account needs a coaps:// URI; &quot;%1&quot; would connect without DTLS.</source>
        <translation>Ein gesichertes Konto braucht eine coaps://-URI; &quot;%1&quot; würde ohne DTLS verbinden.</translation>
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
        <source>A PSK account needs a key: give one or write &quot;generate&quot;.</source>
        <translation>Ein PSK-Konto braucht einen Schlüssel: Geben Sie einen an oder schreiben Sie &quot;generate&quot;.</translation>
    </message>
    <message>
        <source>The PSK has %1 bytes; the AES-128 suites need at least 16 (128 bits).</source>
        <translation>Der PSK hat %1 Bytes; die AES-128-Suites brauchen mindestens 16 (128 Bit).</translation>
    </message>
    <message>
        <source>The PSK looks guessable (about %1 bits of entropy, 128 needed). Use &quot;generate&quot;.</source>
        <translation>Der PSK wirkt erratbar (etwa %1 Bit Entropie, 128 nötig). Verwenden Sie &quot;generate&quot;.</translation>
    </message>
    <message>
        <source>The PIN must never become a lasting credential.</source>
        <translation>Die PIN darf nie zu einem dauerhaften Zugangsschlüssel werden.</translation>
    </message>
    <message>
        <source>An RPK account needs the client key pair: give it or write &quot;generate&quot;.</source>
        <translation>Ein RPK-Konto braucht das Schlüsselpaar des Clients: Geben Sie es an oder schreiben Sie &quot;generate&quot;.</translation>
    </message>
    <message>
        <source>An RPK account needs the server&apos;s public key (resource 4).</source>
        <translation>Ein RPK-Konto braucht den öffentlichen Schlüssel des Servers (Ressource 4).</translation>
    </message>
    <message>
        <source>Generate the client certificate and its key together, or give both.</source>
        <translation>Erzeugen Sie das Client-Zertifikat und seinen Schlüssel gemeinsam oder geben Sie beide an.</translation>
    </message>
    <message>
        <source>A certificate account needs the client certificate (resource 3) or &quot;generate&quot;.</source>
        <translation>Ein Zertifikatskonto braucht das Client-Zertifikat (Ressource 3) oder &quot;generate&quot;.</translation>
    </message>
    <message>
        <source>A certificate account needs the client private key (resource 5) or &quot;generate&quot;.</source>
        <translation>Ein Zertifikatskonto braucht den privaten Schlüssel des Clients (Ressource 5) oder &quot;generate&quot;.</translation>
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
        <source>A NoSec server account needs &quot;allowNoSec&quot;: true in the plan; it is insecure.</source>
        <translation>Ein NoSec-Serverkonto braucht &quot;allowNoSec&quot;: true im Plan; es ist unsicher.</translation>
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
        <source>The plan needs a non-empty &quot;devices&quot; list.</source>
        <translation>Der Plan braucht eine nicht leere Liste &quot;devices&quot;.</translation>
    </message>
    <message>
        <source>Give exactly one of &quot;endpoint&quot; or &quot;endpointPattern&quot;.</source>
        <translation>Geben Sie genau eines von &quot;endpoint&quot; oder &quot;endpointPattern&quot; an.</translation>
    </message>
    <message>
        <source>Unknown bootstrap mode &quot;%1&quot; (psk, pin, x509 or nosec).</source>
        <translation>Unbekannter Bootstrap-Modus &quot;%1&quot; (psk, pin, x509 oder nosec).</translation>
    </message>
    <message>
        <source>The device&apos;s bootstrap PSK is what the device already holds; it cannot be generated here.</source>
        <translation>Der Bootstrap-PSK ist der Schlüssel, den das Gerät bereits hat; er kann hier nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>&quot;caCertificates&quot; must be a list.</source>
        <translation>&quot;caCertificates&quot; muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&quot;delete&quot; must be a list of paths.</source>
        <translation>&quot;delete&quot; muss eine Liste von Pfaden sein.</translation>
    </message>
    <message>
        <source>contentFormat is auto, tlv, senml-json, senml-cbor or lwm2m-cbor.</source>
        <translation>contentFormat ist auto, tlv, senml-json, senml-cbor oder lwm2m-cbor.</translation>
    </message>
    <message>
        <source>&quot;servers&quot; must be a list.</source>
        <translation>&quot;servers&quot; muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the plan.</source>
        <translation>&quot;%1&quot; kommt im Plan zweimal vor.</translation>
    </message>
    <message>
        <source>The pattern has no * or ?; use &quot;endpoint&quot; for a single device.</source>
        <translation>Das Muster enthält kein * oder ?; verwenden Sie &quot;endpoint&quot; für ein einzelnes Gerät.</translation>
    </message>
    <message>
        <source>PSK bootstrap needs the device&apos;s PSK identity.</source>
        <translation>PSK-Bootstrap braucht die PSK-Identität des Geräts.</translation>
    </message>
    <message>
        <source>PSK bootstrap needs the device&apos;s bootstrap key.</source>
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
        <source>PIN bootstrap needs the device&apos;s PSK identity.</source>
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
        <source>A PIN job must write strong credentials for the device&apos;s next contact.</source>
        <translation>Ein PIN-Auftrag muss starke Zugangsdaten für den nächsten Kontakt des Geräts schreiben.</translation>
    </message>
    <message>
        <source>A PIN bootstrap takes &quot;pin&quot;, not &quot;psk&quot;.</source>
        <translation>Ein PIN-Bootstrap nimmt &quot;pin&quot;, nicht &quot;psk&quot;.</translation>
    </message>
    <message>
        <source>Certificate bootstrap needs the CA certificate(s) device certificates chain to.</source>
        <translation>Zertifikats-Bootstrap braucht das CA-Zertifikat bzw. die CA-Zertifikate, auf die die Gerätezertifikate zurückgehen.</translation>
    </message>
    <message>
        <source>NoSec bootstrap needs &quot;allowNoSec&quot;: true in the plan; anyone on the network could take over the device.</source>
        <translation>NoSec-Bootstrap braucht &quot;allowNoSec&quot;: true im Plan; jeder im Netz könnte das Gerät übernehmen.</translation>
    </message>
    <message>
        <source>The bootstrap channel is not secured (NoSec); the report marks the job insecure.</source>
        <translation>Der Bootstrap-Kanal ist nicht gesichert (NoSec); der Bericht markiert den Auftrag als unsicher.</translation>
    </message>
    <message>
        <source>A PIN is only used in &quot;pin&quot; mode.</source>
        <translation>Eine PIN wird nur im Modus &quot;pin&quot; verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object or instance path (&quot;/&quot;, &quot;/0&quot;, &quot;/1/0&quot;).</source>
        <translation>&quot;%1&quot; ist kein Objekt- oder Instanzpfad (&quot;/&quot;, &quot;/0&quot;, &quot;/1/0&quot;).</translation>
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
        <source>Binding &quot;%1&quot; is not a combination of U, M, H, T, S, N.</source>
        <translation>Binding &quot;%1&quot; ist keine Kombination aus U, M, H, T, S, N.</translation>
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
        <source>Credentials travel over an unauthenticated channel (allowed by &quot;allowNoSec&quot;).</source>
        <translation>Zugangsdaten werden über einen nicht authentifizierten Kanal übertragen (erlaubt durch &quot;allowNoSec&quot;).</translation>
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
        <source>Deleting /0 keeps the device&apos;s Bootstrap-Server account, as the LwM2M specification requires.</source>
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
        <source>The device&apos;s PSK does not match the plan.</source>
        <translation>Der PSK des Geräts passt nicht zum Plan.</translation>
    </message>
    <message>
        <source>The PIN for this identity is not usable (%1).</source>
        <translation>Die PIN für diese Identität ist nicht verwendbar (%1).</translation>
    </message>
    <message>
        <source>The device&apos;s PSK identity is not in the plan.</source>
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
        <source>No plan entry for endpoint &quot;%1&quot;.</source>
        <translation>Kein Planeintrag für den Endpunkt &quot;%1&quot;.</translation>
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
        <source>The device&apos;s Bootstrap-Discover answer is not valid link format.</source>
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
        <source>The device&apos;s Bootstrap-Read answer could not be decoded.</source>
        <translation>Die Bootstrap-Read-Antwort des Geräts konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>Server instances differ from the plan: %1</source>
        <translation>Server-Instanzen weichen vom Plan ab: %1</translation>
    </message>
    <message>
        <source>The device&apos;s Server object differs from what was written: %1.</source>
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
        <source>Unknown field &quot;%1&quot; in the plan%2.</source>
        <translation>Unbekanntes Feld &quot;%1&quot; im Plan%2.</translation>
    </message>
    <message>
        <source>The plan lacks the required field &quot;%1&quot;.</source>
        <translation>Dem Plan fehlt das Pflichtfeld &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text value.</source>
        <translation>&quot;%1&quot; muss ein Textwert sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; muss true oder false sein.</translation>
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
        <source>The device&apos;s PSK identity is not known or no longer valid.</source>
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
        <source>The device&apos;s secure session is not established.</source>
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
        <translation>Das Link-Format enthält Links (Discover-Ergebnisse), keine Ressourcenwerte.</translation>
    </message>
    <message>
        <source>%1 is not under the request path %2; it cannot go into this payload.</source>
        <translation>%1 liegt nicht unter dem Anfragepfad %2 und kann nicht in diese Nutzlast.</translation>
    </message>
    <message>
        <source>%1 is not a resource path; %2 carries values of resources like /0/1/3.</source>
        <translation>%1 ist kein Ressourcenpfad; %2 enthält Werte von Ressourcen wie /0/1/3.</translation>
    </message>
    <message>
        <source>%1 has no value to encode in %2.</source>
        <translation>%1 hat keinen Wert, der in %2 kodiert werden könnte.</translation>
    </message>
    <message>
        <source>%1 carries a timestamp, which %2 cannot hold; use SenML JSON or SenML CBOR.</source>
        <translation>%1 trägt einen Zeitstempel, den %2 nicht aufnehmen kann; verwenden Sie SenML JSON oder SenML CBOR.</translation>
    </message>
</context>
<context>
    <name>lwc::codec::JsonReader</name>
    <message>
        <source>The JSON text is not valid at byte %1.</source>
        <translation>Der JSON-Text ist bei Byte %1 ungültig.</translation>
    </message>
</context>
<context>
    <name>lwc::codec::LinkFormat</name>
    <message>
        <source>The link format text has more than 65536 links.</source>
        <translation>Der Link-Format-Text enthält mehr als 65536 Links.</translation>
    </message>
    <message>
        <source>A link must start with &apos;&lt;&apos; at byte %1, like &lt;/3/0&gt;.</source>
        <translation>Ein Link muss bei Byte %1 mit &apos;&lt;&apos; beginnen, etwa &lt;/3/0&gt;.</translation>
    </message>
    <message>
        <source>The link target has a character that is not allowed in a URI at byte %1.</source>
        <translation>Das Link-Ziel enthält bei Byte %1 ein Zeichen, das in einer URI nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The link target that starts at byte %1 has no closing &apos;&gt;&apos;.</source>
        <translation>Dem Link-Ziel, das bei Byte %1 beginnt, fehlt das schließende &apos;&gt;&apos;.</translation>
    </message>
    <message>
        <source>An attribute name is missing or invalid at byte %1.</source>
        <translation>Bei Byte %1 fehlt ein Attributname oder er ist ungültig.</translation>
    </message>
    <message>
        <source>The quoted attribute value has a control character at byte %1.</source>
        <translation>Der Attributwert in Anführungszeichen enthält bei Byte %1 ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The quoted attribute value that starts at byte %1 has no closing quote.</source>
        <translation>Dem Attributwert in Anführungszeichen, der bei Byte %1 beginnt, fehlt das schließende Anführungszeichen.</translation>
    </message>
    <message>
        <source>The quoted attribute value that starts at byte %1 is not valid UTF-8.</source>
        <translation>Der Attributwert in Anführungszeichen, der bei Byte %1 beginnt, ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The value of attribute &quot;%1&quot; is missing or invalid at byte %2.</source>
        <translation>Der Wert des Attributs &quot;%1&quot; fehlt bei Byte %2 oder ist ungültig.</translation>
    </message>
    <message>
        <source>Links must be separated by &apos;,&apos; (byte %1).</source>
        <translation>Links müssen durch &apos;,&apos; getrennt sein (Byte %1).</translation>
    </message>
    <message>
        <source>The link target &quot;%1&quot; has a character that is not allowed in a URI.</source>
        <translation>Das Link-Ziel &quot;%1&quot; enthält ein Zeichen, das in einer URI nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The attribute name &quot;%1&quot; is not valid in link format.</source>
        <translation>Der Attributname &quot;%1&quot; ist im Link-Format ungültig.</translation>
    </message>
    <message>
        <source>The value of attribute &quot;%1&quot; has a control character.</source>
        <translation>Der Wert des Attributs &quot;%1&quot; enthält ein Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>lwc::codec::Lwm2mCborCodec</name>
    <message>
        <source>The CBOR data is not valid at byte %1.</source>
        <translation>Die CBOR-Daten sind bei Byte %1 ungültig.</translation>
    </message>
    <message>
        <source>The LwM2M CBOR value of %1 is a %2, but the object definition says %3.</source>
        <translation>Der LwM2M-CBOR-Wert von %1 ist vom Typ %2, die Objektdefinition verlangt aber %3.</translation>
    </message>
    <message>
        <source>An LwM2M CBOR key at byte %1 is not a path ID (an unsigned integer or an array of them).</source>
        <translation>Ein LwM2M-CBOR-Schlüssel bei Byte %1 ist keine Pfad-ID (eine vorzeichenlose Ganzzahl oder ein Array davon).</translation>
    </message>
    <message>
        <source>The LwM2M CBOR path ID %1 at byte %2 is above 65534.</source>
        <translation>Die LwM2M-CBOR-Pfad-ID %1 bei Byte %2 ist größer als 65534.</translation>
    </message>
    <message>
        <source>The LwM2M CBOR key at byte %1 is an empty array.</source>
        <translation>Der LwM2M-CBOR-Schlüssel bei Byte %1 ist ein leeres Array.</translation>
    </message>
    <message>
        <source>The LwM2M CBOR keys at byte %1 nest deeper than a resource instance.</source>
        <translation>Die LwM2M-CBOR-Schlüssel bei Byte %1 reichen tiefer als eine Ressourceninstanz.</translation>
    </message>
    <message>
        <source>The LwM2M CBOR value of %1 at byte %2 uses an unsupported tag; only tag 1 (time) is allowed.</source>
        <translation>Der LwM2M-CBOR-Wert von %1 bei Byte %2 verwendet ein nicht unterstütztes Tag; nur Tag 1 (Zeit) ist erlaubt.</translation>
    </message>
    <message>
        <source>The LwM2M CBOR value of %1 at byte %2 has an unsupported CBOR type.</source>
        <translation>Der LwM2M-CBOR-Wert von %1 bei Byte %2 hat einen nicht unterstützten CBOR-Typ.</translation>
    </message>
    <message>
        <source>The LwM2M CBOR maps nest too deep at byte %1.</source>
        <translation>Die LwM2M-CBOR-Maps sind bei Byte %1 zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The LwM2M CBOR payload has a value for %1 at byte %2; values belong to resources like /3/0/1.</source>
        <translation>Die LwM2M-CBOR-Nutzlast enthält bei Byte %2 einen Wert für %1; Werte gehören zu Ressourcen wie /3/0/1.</translation>
    </message>
    <message>
        <source>The LwM2M CBOR payload contains %1 twice (byte %2).</source>
        <translation>Die LwM2M-CBOR-Nutzlast enthält %1 zweimal (Byte %2).</translation>
    </message>
    <message>
        <source>An LwM2M CBOR payload must be a CBOR map keyed by path IDs.</source>
        <translation>Eine LwM2M-CBOR-Nutzlast muss eine CBOR-Map mit Pfad-IDs als Schlüsseln sein.</translation>
    </message>
    <message>
        <source>There are %1 unexpected bytes after the end of the CBOR data.</source>
        <translation>Nach dem Ende der CBOR-Daten folgen %1 unerwartete Bytes.</translation>
    </message>
</context>
<context>
    <name>lwc::codec::PayloadJson</name>
    <message>
        <source>Record %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 braucht %2.</translation>
    </message>
    <message>
        <source>Record %1: the value of %2 was redacted when it was decoded; decode again with --reveal-secrets or give the bytes as &quot;hex&quot;.</source>
        <translation>Eintrag %1: Der Wert von %2 wurde beim Dekodieren geschwärzt; dekodieren Sie erneut mit --reveal-secrets oder geben Sie die Bytes als &quot;hex&quot; an.</translation>
    </message>
    <message>
        <source>The &quot;format&quot; is not one of %1.</source>
        <translation>Das &quot;format&quot; ist keines von %1.</translation>
    </message>
    <message>
        <source>The &quot;path&quot; must be a text like &quot;/0&quot;.</source>
        <translation>Der &quot;path&quot; muss ein Text wie &quot;/0&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;links&quot; must be a list of links.</source>
        <translation>&quot;links&quot; muss eine Liste von Links sein.</translation>
    </message>
    <message>
        <source>Each link needs a &quot;target&quot; text like &quot;/0/1&quot;.</source>
        <translation>Jeder Link braucht einen &quot;target&quot;-Text wie &quot;/0/1&quot;.</translation>
    </message>
    <message>
        <source>Each link attribute needs a &quot;name&quot;.</source>
        <translation>Jedes Link-Attribut braucht einen &quot;name&quot;.</translation>
    </message>
    <message>
        <source>The JSON needs a &quot;records&quot; list (or &quot;links&quot; for link format).</source>
        <translation>Das JSON braucht eine &quot;records&quot;-Liste (oder &quot;links&quot; für das Link-Format).</translation>
    </message>
    <message>
        <source>each record needs a &quot;path&quot; like &quot;/0/1/3&quot;.</source>
        <translation>jeder Eintrag braucht einen &quot;path&quot; wie &quot;/0/1/3&quot;.</translation>
    </message>
    <message>
        <source>the &quot;type&quot; of %1 is not one of none, string, integer, unsigned, float, boolean, opaque, time, objlnk, corelnk.</source>
        <translation>der &quot;type&quot; von %1 ist keiner von none, string, integer, unsigned, float, boolean, opaque, time, objlnk, corelnk.</translation>
    </message>
    <message>
        <source>%1 has no definition; give its &quot;type&quot;.</source>
        <translation>%1 hat keine Definition; geben Sie den &quot;type&quot; an.</translation>
    </message>
    <message>
        <source>the time &quot;t&quot; of %1 must be a number.</source>
        <translation>die Zeit &quot;t&quot; von %1 muss eine Zahl sein.</translation>
    </message>
</context>
<context>
    <name>lwc::codec::SenmlCodec</name>
    <message>
        <source>The SenML value of %1 is a %2, but the object definition says %3.</source>
        <translation>Der SenML-Wert von %1 ist vom Typ %2, die Objektdefinition verlangt aber %3.</translation>
    </message>
    <message>
        <source>The number for %1 does not fit its type %2 (whole number and range).</source>
        <translation>Die Zahl für %1 passt nicht zu ihrem Typ %2 (Ganzzahligkeit und Wertebereich).</translation>
    </message>
    <message>
        <source>The SenML record name &quot;%1&quot; is not an LwM2M path like /3/0/1.</source>
        <translation>Der SenML-Eintragsname &quot;%1&quot; ist kein LwM2M-Pfad wie /3/0/1.</translation>
    </message>
    <message>
        <source>The SenML record for %1 has a value, but values belong to resources like /3/0/1.</source>
        <translation>Der SenML-Eintrag für %1 hat einen Wert, Werte gehören aber zu Ressourcen wie /3/0/1.</translation>
    </message>
</context>
<context>
    <name>lwc::codec::SenmlPack</name>
    <message>
        <source>The SenML field &quot;%1&quot; at byte %2 has a value of the wrong type.</source>
        <translation>Das SenML-Feld &quot;%1&quot; bei Byte %2 hat einen Wert des falschen Typs.</translation>
    </message>
    <message>
        <source>A SenML record has the field &quot;%1&quot; twice (byte %2).</source>
        <translation>Ein SenML-Eintrag enthält das Feld &quot;%1&quot; zweimal (Byte %2).</translation>
    </message>
    <message>
        <source>The SenML field &quot;%1&quot; at byte %2 must be understood but is not supported (RFC 8428 labels ending in &apos;_&apos;).</source>
        <translation>Das SenML-Feld &quot;%1&quot; bei Byte %2 muss verstanden werden, wird aber nicht unterstützt (RFC-8428-Bezeichner mit &apos;_&apos; am Ende).</translation>
    </message>
    <message>
        <source>The SenML data value (&quot;vd&quot;) at byte %1 is not valid base64 or base64url.</source>
        <translation>Der SenML-Datenwert (&quot;vd&quot;) bei Byte %1 ist kein gültiges Base64 oder Base64url.</translation>
    </message>
    <message>
        <source>The SenML pack declares version (&quot;bver&quot;) %1 at byte %2; versions 1 to 10 are supported.</source>
        <translation>Das SenML-Paket gibt bei Byte %2 die Version (&quot;bver&quot;) %1 an; unterstützt werden die Versionen 1 bis 10.</translation>
    </message>
    <message>
        <source>The SenML record at byte %1 has more than one value field (v, vs, vb, vd, vlo).</source>
        <translation>Der SenML-Eintrag bei Byte %1 hat mehr als ein Wertfeld (v, vs, vb, vd, vlo).</translation>
    </message>
    <message>
        <source>The SenML record at byte %1 has no name (neither &quot;bn&quot; nor &quot;n&quot;).</source>
        <translation>Der SenML-Eintrag bei Byte %1 hat keinen Namen (weder &quot;bn&quot; noch &quot;n&quot;).</translation>
    </message>
    <message>
        <source>The SenML pack has more than 100000 records; it is refused.</source>
        <translation>Das SenML-Paket hat mehr als 100000 Einträge und wird abgelehnt.</translation>
    </message>
    <message>
        <source>The CBOR data is not valid at byte %1.</source>
        <translation>Die CBOR-Daten sind bei Byte %1 ungültig.</translation>
    </message>
    <message>
        <source>SenML JSON cannot carry NaN or infinity; use SenML CBOR or another value.</source>
        <translation>SenML JSON kann weder NaN noch Unendlich darstellen; verwenden Sie SenML CBOR oder einen anderen Wert.</translation>
    </message>
    <message>
        <source>A SenML JSON pack must be an array of records, like [{&quot;n&quot;:&quot;/3/0/0&quot;,&quot;vs&quot;:&quot;text&quot;}].</source>
        <translation>Ein SenML-JSON-Paket muss ein Array von Einträgen sein, etwa [{&quot;n&quot;:&quot;/3/0/0&quot;,&quot;vs&quot;:&quot;text&quot;}].</translation>
    </message>
    <message>
        <source>Each SenML record must be a JSON object (byte %1).</source>
        <translation>Jeder SenML-Eintrag muss ein JSON-Objekt sein (Byte %1).</translation>
    </message>
    <message>
        <source>The number at byte %1 is out of range.</source>
        <translation>Die Zahl bei Byte %1 liegt außerhalb des Wertebereichs.</translation>
    </message>
    <message>
        <source>A SenML CBOR pack must be an array of records (maps).</source>
        <translation>Ein SenML-CBOR-Paket muss ein Array von Einträgen (Maps) sein.</translation>
    </message>
    <message>
        <source>Each SenML record must be a CBOR map (byte %1).</source>
        <translation>Jeder SenML-Eintrag muss eine CBOR-Map sein (Byte %1).</translation>
    </message>
    <message>
        <source>A SenML CBOR record has a key that is neither an integer nor a text label (byte %1).</source>
        <translation>Ein SenML-CBOR-Eintrag hat einen Schlüssel, der weder eine Ganzzahl noch ein Textbezeichner ist (Byte %1).</translation>
    </message>
    <message>
        <source>There are %1 unexpected bytes after the end of the CBOR data.</source>
        <translation>Nach dem Ende der CBOR-Daten folgen %1 unerwartete Bytes.</translation>
    </message>
</context>
<context>
    <name>lwc::codec::TextCodec</name>
    <message>
        <source>%1 carries one resource value; the request path %2 must name a resource like /3/0/1.</source>
        <translation>%1 enthält einen einzelnen Ressourcenwert; der Anfragepfad %2 muss eine Ressource wie /3/0/1 benennen.</translation>
    </message>
    <message>
        <source>%1 carries exactly one value, for the request path %2; got %3 values.</source>
        <translation>%1 enthält genau einen Wert, für den Anfragepfad %2; erhalten wurden %3 Werte.</translation>
    </message>
    <message>
        <source>The text payload for %1 is not a valid %2 value.</source>
        <translation>Die Textnutzlast für %1 ist kein gültiger Wert vom Typ %2.</translation>
    </message>
    <message>
        <source>Plain text cannot carry NaN or infinity (%1).</source>
        <translation>Klartext kann weder NaN noch Unendlich darstellen (%1).</translation>
    </message>
    <message>
        <source>%1 is opaque, which plain text cannot carry; use the opaque format.</source>
        <translation>%1 ist vom Typ Opaque, den Klartext nicht darstellen kann; verwenden Sie das Opaque-Format.</translation>
    </message>
    <message>
        <source>The opaque format carries only opaque values; %1 is %2.</source>
        <translation>Das Opaque-Format enthält nur Opaque-Werte; %1 ist vom Typ %2.</translation>
    </message>
</context>
<context>
    <name>lwc::codec::TlvCodec</name>
    <message>
        <source>The TLV payload is cut off in the header of the entry at byte %1.</source>
        <translation>Die TLV-Nutzlast bricht im Kopf des Eintrags bei Byte %1 ab.</translation>
    </message>
    <message>
        <source>The TLV entry at byte %1 uses the reserved ID 65535.</source>
        <translation>Der TLV-Eintrag bei Byte %1 verwendet die reservierte ID 65535.</translation>
    </message>
    <message>
        <source>The TLV entry at byte %1 announces %2 bytes, but only %3 remain in the enclosing entry; the payload is malformed.</source>
        <translation>Der TLV-Eintrag bei Byte %1 kündigt %2 Bytes an, im umgebenden Eintrag bleiben aber nur %3; die Nutzlast ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The TLV entry at byte %1 is a %2 with ID %3, which does not fit a payload for %4 (expected: %5).</source>
        <translation>Der TLV-Eintrag bei Byte %1 ist ein(e) %2 mit ID %3, was nicht zu einer Nutzlast für %4 passt (erwartet: %5).</translation>
    </message>
    <message>
        <source>%1 is a %2 value of %3 bytes at byte %4; TLV allows %5 bytes.</source>
        <translation>%1 ist ein Wert vom Typ %2 mit %3 Bytes bei Byte %4; TLV erlaubt %5 Bytes.</translation>
    </message>
    <message>
        <source>%1 at byte %2 is not valid UTF-8 text.</source>
        <translation>%1 bei Byte %2 ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>%1 at byte %2 holds %3, but a TLV boolean is 0 or 1.</source>
        <translation>%1 bei Byte %2 enthält %3, ein TLV-Wahrheitswert ist aber 0 oder 1.</translation>
    </message>
    <message>
        <source>The TLV entry for %1 would be %2 bytes; TLV entries hold at most 16777215 bytes.</source>
        <translation>Der TLV-Eintrag für %1 wäre %2 Bytes groß; TLV-Einträge fassen höchstens 16777215 Bytes.</translation>
    </message>
    <message>
        <source>A TLV payload needs a request path of at least an object, like /0; the root path / cannot be encoded in TLV.</source>
        <translation>Eine TLV-Nutzlast braucht einen Anfragepfad mindestens bis zum Objekt, etwa /0; der Wurzelpfad / lässt sich nicht in TLV kodieren.</translation>
    </message>
</context>
<context>
    <name>lwc::devicesim::DemoDevice</name>
    <message>
        <source>The demo device stopped on an internal error.</source>
        <translation>Das Demo-Gerät wurde durch einen internen Fehler angehalten.</translation>
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
    <message>
        <source>The simulated device was switched off.</source>
        <translation>Das simulierte Gerät wurde ausgeschaltet.</translation>
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
        <source>This %1 already belongs to endpoint &quot;%2&quot;; every device needs its own credentials. Generate new ones.</source>
        <translation>Diese Zugangsdaten (%1) gehören bereits zum Endpunkt „%2“; jedes Gerät braucht eigene Zugangsdaten. Erzeugen Sie neue.</translation>
    </message>
    <message>
        <source>This key is the key of server &quot;%1&quot;; a client must never use a server&apos;s key pair. Generate a new key pair.</source>
        <translation>Dieser Schlüssel ist der Schlüssel des Servers „%1“; ein Client darf nie das Schlüsselpaar eines Servers verwenden. Erzeugen Sie ein neues Schlüsselpaar.</translation>
    </message>
    <message>
        <source>This server key is already the client key of endpoint &quot;%1&quot;; server and clients must use different key pairs.</source>
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
        <source>A credential must belong to an endpoint name.</source>
        <translation>Zugangsdaten müssen zu einem Endpunktnamen gehören.</translation>
    </message>
    <message>
        <source>(another writer)</source>
        <translation>(ein anderer Schreibvorgang)</translation>
    </message>
    <message>
        <source>The credential could not be saved in the inventory.</source>
        <translation>Die Zugangsdaten konnten nicht im Inventar gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>lwc::inventory::DeviceListModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>In Betrieb genommen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last job</source>
        <translation>Letzter Auftrag</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Commissioning failed</source>
        <translation>Inbetriebnahme fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>lwc::inventory::Inventory</name>
    <message>
        <source>The folder %1 for the inventory could not be created. Check the permissions of your home folder.</source>
        <translation>Der Ordner %1 für das Inventar konnte nicht angelegt werden. Prüfen Sie die Berechtigungen Ihres Home-Ordners.</translation>
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
        <source>The inventory&apos;s schema version cannot be read.</source>
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
    <message>
        <source>No inventory was given. Name an SQLite file or a PostgreSQL connection such as pg:host=db.example;dbname=inventory.</source>
        <translation>Es wurde kein Inventar angegeben. Nennen Sie eine SQLite-Datei oder eine PostgreSQL-Verbindung wie pg:host=db.example;dbname=inventory.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the PostgreSQL connection is not key=value. Write it as pg:host=HOST;port=PORT;user=USER;dbname=NAME.</source>
        <translation>„%1“ in der PostgreSQL-Verbindung ist nicht Schlüssel=Wert. Schreiben Sie sie als pg:host=HOST;port=PORT;user=BENUTZER;dbname=NAME.</translation>
    </message>
    <message>
        <source>A password does not belong in the connection text. Put it in the PGPASSWORD environment variable or in ~/.pgpass.</source>
        <translation>Ein Passwort gehört nicht in den Verbindungstext. Legen Sie es in der Umgebungsvariablen PGPASSWORD oder in ~/.pgpass ab.</translation>
    </message>
    <message>
        <source>The PostgreSQL port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Der PostgreSQL-Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection names no database. Add dbname=NAME.</source>
        <translation>Die PostgreSQL-Verbindung nennt keine Datenbank. Ergänzen Sie dbname=NAME.</translation>
    </message>
    <message>
        <source>Another program changed the inventory at the same moment. Try again.</source>
        <translation>Ein anderes Programm hat das Inventar im selben Moment geändert. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>lwc::inventory::JobHistoryModel</name>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>steps done of steps recorded, e.g. &quot;7/9&quot;</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Nicht erfolgreich</translation>
    </message>
</context>
<context>
    <name>lwc::inventory::SealingCredentialFactory</name>
    <message>
        <source>The vault was locked before the generated server key could be sealed: the device holds it, the inventory does not. Unlock the vault and commission the device again.</source>
        <translation>Der Tresor war gesperrt, bevor der erzeugte Serverschlüssel versiegelt werden konnte: Das Gerät hat ihn, das Inventar nicht. Entsperren Sie den Tresor und nehmen Sie das Gerät erneut in Betrieb.</translation>
    </message>
</context>
<context>
    <name>lwc::inventory::SqlAuditLog</name>
    <message>
        <source>An audit record needs an action (what happened).</source>
        <translation>Ein Prüfprotokolleintrag braucht eine Aktion (was geschehen ist).</translation>
    </message>
    <message>
        <source>The audit record&apos;s details cannot be stored: numbers must be whole numbers.</source>
        <translation>Die Details des Prüfprotokolleintrags können nicht gespeichert werden: Zahlen müssen ganze Zahlen sein.</translation>
    </message>
    <message>
        <source>The audit record &quot;%1&quot; was refused because it contains a secret (a key, PSK or PIN). Record only fingerprints or identities.</source>
        <translation>Der Prüfprotokolleintrag „%1“ wurde abgelehnt, weil er ein Geheimnis enthält (einen Schlüssel, PSK oder PIN). Protokollieren Sie nur Fingerabdrücke oder Identitäten.</translation>
    </message>
    <message>
        <source>The audit record could not be saved in the inventory.</source>
        <translation>Der Prüfprotokolleintrag konnte nicht im Inventar gespeichert werden.</translation>
    </message>
    <message>
        <source>Another program wrote to the audit log at the same moment. Try again.</source>
        <translation>Ein anderes Programm hat im selben Moment in das Prüfprotokoll geschrieben. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Audit record %1 is missing (the next record is %2): records were deleted.</source>
        <translation>Prüfprotokolleintrag %1 fehlt (der nächste Eintrag ist %2): Einträge wurden gelöscht.</translation>
    </message>
    <message>
        <source>Audit record %1 is out of order.</source>
        <translation>Prüfprotokolleintrag %1 steht nicht an seiner Stelle.</translation>
    </message>
    <message>
        <source>Audit record %1 does not follow record %2: records were inserted, removed or reordered.</source>
        <translation>Prüfprotokolleintrag %1 schließt nicht an Eintrag %2 an: Einträge wurden eingefügt, entfernt oder umsortiert.</translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written (its hash does not match).</source>
        <translation>Prüfprotokolleintrag %1 wurde nach dem Schreiben geändert (sein Hash stimmt nicht).</translation>
    </message>
    <message>
        <source>Audit records %1 to %2 were removed; the loss was recorded in record %3.</source>
        <translation>Die Prüfprotokolleinträge %1 bis %2 wurden entfernt; der Verlust wurde in Eintrag %3 festgehalten.</translation>
    </message>
    <message>
        <source>Audit records after %1 were added or replaced outside the program; this was recorded in record %2.</source>
        <translation>Prüfprotokolleinträge nach %1 wurden außerhalb des Programms hinzugefügt oder ersetzt; das wurde in Eintrag %2 festgehalten.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing (the log ends at record %1); the log was edited outside the program.</source>
        <translation>Der Kopfeintrag des Prüfprotokolls fehlt (das Protokoll endet bei Eintrag %1); das Protokoll wurde außerhalb des Programms bearbeitet.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is damaged.</source>
        <translation>Der Kopfeintrag des Prüfprotokolls ist beschädigt.</translation>
    </message>
    <message>
        <source>Audit records %1 to %2 were removed from the end of the log.</source>
        <translation>Die Prüfprotokolleinträge %1 bis %2 wurden am Ende des Protokolls entfernt.</translation>
    </message>
    <message>
        <source>Audit records %1 to %2 were added outside the program.</source>
        <translation>Die Prüfprotokolleinträge %1 bis %2 wurden außerhalb des Programms hinzugefügt.</translation>
    </message>
    <message>
        <source>Audit record %1 was replaced outside the program: it is not the record the log ended with.</source>
        <translation>Prüfprotokolleintrag %1 wurde außerhalb des Programms ersetzt: Er ist nicht der Eintrag, mit dem das Protokoll endete.</translation>
    </message>
    <message>
        <source>The audit log could not be written out: %1</source>
        <translation>Das Prüfprotokoll konnte nicht ausgegeben werden: %1</translation>
    </message>
</context>
<context>
    <name>lwc::inventory::SqlInventory</name>
    <message>
        <source>A device needs an endpoint name. Enter the name the device registers with.</source>
        <translation>Ein Gerät braucht einen Endpunktnamen. Geben Sie den Namen ein, mit dem sich das Gerät registriert.</translation>
    </message>
    <message>
        <source>The inventory could not be read.</source>
        <translation>Das Inventar konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The device could not be added to the inventory.</source>
        <translation>Das Gerät konnte nicht zum Inventar hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Another program changed the inventory at the same moment. Try again.</source>
        <translation>Ein anderes Programm hat das Inventar im selben Moment geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The device could not be saved in the inventory.</source>
        <translation>Das Gerät konnte nicht im Inventar gespeichert werden.</translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; is not in the inventory.</source>
        <translation>Das Gerät „%1“ ist nicht im Inventar.</translation>
    </message>
    <message>
        <source>A stored secret needs a purpose such as &quot;psk:/0/1&quot;.</source>
        <translation>Ein gespeichertes Geheimnis braucht einen Zweck wie „psk:/0/1“.</translation>
    </message>
    <message>
        <source>The secret for &quot;%1&quot; was not sealed by the vault and is not stored. Unlock the vault and seal it first.</source>
        <translation>Das Geheimnis für „%1“ wurde nicht vom Tresor versiegelt und wird nicht gespeichert. Entsperren Sie den Tresor und versiegeln Sie es zuerst.</translation>
    </message>
    <message>
        <source>The sealed secret could not be saved in the inventory.</source>
        <translation>Das versiegelte Geheimnis konnte nicht im Inventar gespeichert werden.</translation>
    </message>
    <message>
        <source>The inventory holds no secret &quot;%1&quot; for device &quot;%2&quot;.</source>
        <translation>Das Inventar enthält kein Geheimnis „%1“ für das Gerät „%2“.</translation>
    </message>
    <message>
        <source>The receipt is not a JSON object for a job and was not stored.</source>
        <translation>Der Nachweis ist kein JSON-Objekt zu einem Auftrag und wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The receipt contains a secret (a key, PSK or PIN) and was not stored.</source>
        <translation>Der Nachweis enthält ein Geheimnis (einen Schlüssel, PSK oder PIN) und wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The receipt could not be saved in the inventory.</source>
        <translation>Der Nachweis konnte nicht im Inventar gespeichert werden.</translation>
    </message>
    <message>
        <source>The inventory holds no receipt for job %1.</source>
        <translation>Das Inventar enthält keinen Nachweis für Auftrag %1.</translation>
    </message>
    <message>
        <source>The description of %1 contains a secret and was not stored.</source>
        <translation>Die Beschreibung von %1 enthält ein Geheimnis und wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The device&apos;s accounts could not be saved in the inventory.</source>
        <translation>Die Konten des Geräts konnten nicht im Inventar gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>lwc::inventory::SqlJobJournal</name>
    <message>
        <source>The job&apos;s steps could not be saved in the inventory.</source>
        <translation>Die Schritte des Auftrags konnten nicht im Inventar gespeichert werden.</translation>
    </message>
    <message>
        <source>The job could not be saved in the inventory.</source>
        <translation>Der Auftrag konnte nicht im Inventar gespeichert werden.</translation>
    </message>
    <message>
        <source>The job is not in the journal.</source>
        <translation>Der Auftrag ist nicht im Journal.</translation>
    </message>
    <message>
        <source>A job needs an id before it can be journalled.</source>
        <translation>Ein Auftrag braucht eine Kennung, bevor er ins Journal kommt.</translation>
    </message>
    <message>
        <source>The job journal could not be read.</source>
        <translation>Das Auftragsjournal konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A job with this id exists already.</source>
        <translation>Ein Auftrag mit dieser Kennung existiert bereits.</translation>
    </message>
</context>
<context>
    <name>lwc::inventory::TrustDecisionLog</name>
    <message>
        <source>A trust decision needs who made it, when, and the certificate&apos;s fingerprint.</source>
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
    <name>lwc::jobs::BootstrapJob</name>
    <message>
        <source>The job has no listener address.</source>
        <translation>Der Auftrag hat keine Listener-Adresse.</translation>
    </message>
    <message>
        <source>The plan has no entry for this device.</source>
        <translation>Der Plan hat keinen Eintrag für dieses Gerät.</translation>
    </message>
    <message>
        <source>listening on port %1</source>
        <translation>lauscht auf Port %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The job was cancelled before the device connected.</source>
        <translation>Der Auftrag wurde abgebrochen, bevor sich das Gerät verbunden hat.</translation>
    </message>
    <message>
        <source>no device within %1 s</source>
        <translation>kein Gerät innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The device did not connect. Check that it is powered, on this network and configured for this computer&apos;s address and port.</source>
        <translation>Das Gerät hat sich nicht verbunden. Prüfen Sie, ob es eingeschaltet, in diesem Netz und für die Adresse und den Port dieses Computers eingerichtet ist.</translation>
    </message>
    <message>
        <source>The device connected but was refused: %1</source>
        <translation>Das Gerät hat sich verbunden, wurde aber abgewiesen: %1</translation>
    </message>
</context>
<context>
    <name>lwc::jobs::Job</name>
    <message>
        <source>The job stopped on an internal error.</source>
        <translation>Der Auftrag wurde wegen eines internen Fehlers beendet.</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>lwc::jobs::JobJournal</name>
    <message>
        <source>The job is not in the journal.</source>
        <translation>Der Auftrag ist nicht im Journal.</translation>
    </message>
    <message>
        <source>A job with this id exists already.</source>
        <translation>Ein Auftrag mit dieser Kennung existiert bereits.</translation>
    </message>
    <message>
        <source>interrupted while running</source>
        <translation>während der Ausführung unterbrochen</translation>
    </message>
    <message>
        <source>The application stopped after Bootstrap-Finish; the device is configured but the job&apos;s verification and receipt are missing. Run the job again to verify.</source>
        <translation>Die Anwendung wurde nach Bootstrap-Finish beendet; das Gerät ist eingerichtet, aber Prüfung und Quittung des Auftrags fehlen. Führen Sie den Auftrag zur Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The application stopped during &quot;%1&quot;; the device may hold a partial configuration and will ask for bootstrap again. Run the job again.</source>
        <translation>Die Anwendung wurde während &quot;%1&quot; beendet; das Gerät hat möglicherweise eine unvollständige Konfiguration und fragt erneut nach Bootstrap. Führen Sie den Auftrag erneut aus.</translation>
    </message>
    <message>
        <source>The application stopped before anything was written to the device. Run the job again.</source>
        <translation>Die Anwendung wurde beendet, bevor etwas auf das Gerät geschrieben wurde. Führen Sie den Auftrag erneut aus.</translation>
    </message>
</context>
<context>
    <name>lwc::lwm2m::ObjectRegistry</name>
    <message>
        <source>The object definition file %1 is not well-formed XML at line %2; fix it or download it again from the OMA LwM2M registry.</source>
        <translation>Die Objektdefinitionsdatei %1 ist in Zeile %2 kein wohlgeformtes XML; korrigieren Sie sie oder laden Sie sie erneut aus der OMA-LwM2M-Registry.</translation>
    </message>
    <message>
        <source>The object definition file %1 has an invalid &lt;%2&gt; value &apos;%3&apos; at line %4.</source>
        <translation>Die Objektdefinitionsdatei %1 hat in Zeile %4 einen ungültigen &lt;%2&gt;-Wert &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>The object definition file %1 lacks the &lt;%2&gt; element in &lt;%3&gt; (line %4).</source>
        <translation>In der Objektdefinitionsdatei %1 fehlt das Element &lt;%2&gt; in &lt;%3&gt; (Zeile %4).</translation>
    </message>
    <message>
        <source>The object definition file %1 is larger than 8 MiB; it is not an LwM2M object definition.</source>
        <translation>Die Objektdefinitionsdatei %1 ist größer als 8 MiB; sie ist keine LwM2M-Objektdefinition.</translation>
    </message>
    <message>
        <source>The object definition file %1 has a resource &lt;Item&gt; without a valid ID (0..65534) at line %2.</source>
        <translation>Die Objektdefinitionsdatei %1 hat in Zeile %2 eine Ressource &lt;Item&gt; ohne gültige ID (0..65534).</translation>
    </message>
    <message>
        <source>The object definition file %1 uses an unknown resource type &apos;%2&apos; at line %3 (known: String, Integer, Unsigned Integer, Float, Boolean, Opaque, Time, Objlnk, Corelnk).</source>
        <translation>Die Objektdefinitionsdatei %1 verwendet in Zeile %3 den unbekannten Ressourcentyp &apos;%2&apos; (bekannt: String, Integer, Unsigned Integer, Float, Boolean, Opaque, Time, Objlnk, Corelnk).</translation>
    </message>
    <message>
        <source>The object definition file %1 gives resource %2 no type although it is not executable (line %3).</source>
        <translation>Die Objektdefinitionsdatei %1 gibt der Ressource %2 keinen Typ, obwohl sie nicht ausführbar ist (Zeile %3).</translation>
    </message>
    <message>
        <source>The object definition file %1 has an invalid &lt;ObjectID&gt; &apos;%2&apos; (0..65534) at line %3.</source>
        <translation>Die Objektdefinitionsdatei %1 hat in Zeile %3 eine ungültige &lt;ObjectID&gt; &apos;%2&apos; (0..65534).</translation>
    </message>
    <message>
        <source>The object definition file %1 defines resource %2 twice (line %3).</source>
        <translation>Die Objektdefinitionsdatei %1 definiert die Ressource %2 zweimal (Zeile %3).</translation>
    </message>
    <message>
        <source>The object definition file %1 contains a DOCTYPE declaration; object definitions do not use one, so it is refused.</source>
        <translation>Die Objektdefinitionsdatei %1 enthält eine DOCTYPE-Deklaration; Objektdefinitionen verwenden keine, daher wird sie abgelehnt.</translation>
    </message>
    <message>
        <source>The object definition file %1 is empty.</source>
        <translation>Die Objektdefinitionsdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>The file %1 is not an OMA LwM2M object definition: its root element is &lt;%2&gt;, not &lt;LWM2M&gt;.</source>
        <translation>Die Datei %1 ist keine OMA-LwM2M-Objektdefinition: Ihr Wurzelelement ist &lt;%2&gt;, nicht &lt;LWM2M&gt;.</translation>
    </message>
    <message>
        <source>The object definition file %1 defines object %2 twice.</source>
        <translation>Die Objektdefinitionsdatei %1 definiert das Objekt %2 zweimal.</translation>
    </message>
    <message>
        <source>The object definition file %1 contains no &lt;Object&gt; element.</source>
        <translation>Die Objektdefinitionsdatei %1 enthält kein &lt;Object&gt;-Element.</translation>
    </message>
    <message>
        <source>Cannot open the object definition file %1; check the path and permissions.</source>
        <translation>Die Objektdefinitionsdatei %1 lässt sich nicht öffnen; prüfen Sie Pfad und Zugriffsrechte.</translation>
    </message>
</context>
<context>
    <name>lwc::lwm2m::Path</name>
    <message>
        <source>The LwM2M path is empty; write it like /0/1/3.</source>
        <translation>Der LwM2M-Pfad ist leer; schreiben Sie ihn etwa als /0/1/3.</translation>
    </message>
    <message>
        <source>The LwM2M path must start with &apos;/&apos;, like /0/1/3.</source>
        <translation>Der LwM2M-Pfad muss mit &apos;/&apos; beginnen, etwa /0/1/3.</translation>
    </message>
    <message>
        <source>The LwM2M path has more than four levels (object/instance/resource/resource instance).</source>
        <translation>Der LwM2M-Pfad hat mehr als vier Ebenen (Objekt/Instanz/Ressource/Ressourceninstanz).</translation>
    </message>
    <message>
        <source>The LwM2M path ends with &apos;/&apos;; remove the last &apos;/&apos;.</source>
        <translation>Der LwM2M-Pfad endet mit &apos;/&apos;; entfernen Sie den letzten &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The LwM2M path contains a part that is not a decimal number, like &apos;/3/x&apos;.</source>
        <translation>Der LwM2M-Pfad enthält einen Teil, der keine Dezimalzahl ist, etwa &apos;/3/x&apos;.</translation>
    </message>
    <message>
        <source>The LwM2M path has an ID with a leading zero; write /3/7, not /3/07.</source>
        <translation>Der LwM2M-Pfad enthält eine ID mit führender Null; schreiben Sie /3/7, nicht /3/07.</translation>
    </message>
    <message>
        <source>An ID in the LwM2M path is above 65534 (65535 is reserved).</source>
        <translation>Eine ID im LwM2M-Pfad ist größer als 65534 (65535 ist reserviert).</translation>
    </message>
</context>
<context>
    <name>lwc::lwm2m::Record</name>
    <message>
        <source>Resource %1 is given both as a single value and as resource instances.</source>
        <translation>Die Ressource %1 ist sowohl als Einzelwert als auch als Ressourceninstanzen angegeben.</translation>
    </message>
    <message>
        <source>The payload contains %1 more than once.</source>
        <translation>Die Nutzlast enthält %1 mehr als einmal.</translation>
    </message>
    <message>
        <source>The value at %1 is not at a resource path; resources look like /0/1/3.</source>
        <translation>Der Wert bei %1 liegt nicht auf einem Ressourcenpfad; Ressourcen sehen aus wie /0/1/3.</translation>
    </message>
</context>
<context>
    <name>lwc::lwm2m::Validator</name>
    <message>
        <source>%1 (%2) is executable and cannot hold a value.</source>
        <translation>%1 (%2) ist ausführbar und kann keinen Wert enthalten.</translation>
    </message>
    <message>
        <source>%1 (%2) needs a %3 value, not %4.</source>
        <translation>%1 (%2) braucht einen Wert vom Typ %3, nicht %4.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a number; allowed: %3.</source>
        <translation>%1 (%2) ist keine Zahl; erlaubt: %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is %3 bytes long; allowed: %4 bytes.</source>
        <translation>%1 (%2) ist %3 Bytes lang; erlaubt: %4 Bytes.</translation>
    </message>
    <message>
        <source>%1 (%2) is %3; allowed: %4.</source>
        <translation>%1 (%2) ist %3; erlaubt: %4.</translation>
    </message>
    <message>
        <source>%1 is not a resource path; values belong to resources like /0/1/3.</source>
        <translation>%1 ist kein Ressourcenpfad; Werte gehören zu Ressourcen wie /0/1/3.</translation>
    </message>
    <message>
        <source>Object %1 has no definition; load its DDF file to check values for %2.</source>
        <translation>Für Objekt %1 gibt es keine Definition; laden Sie seine DDF-Datei, um Werte für %2 zu prüfen.</translation>
    </message>
    <message>
        <source>Object %1 (%2) is single-instance; %3 must use instance 0.</source>
        <translation>Objekt %1 (%2) hat nur eine Instanz; %3 muss Instanz 0 verwenden.</translation>
    </message>
    <message>
        <source>Object %1 (%2) has no resource %3 (%4).</source>
        <translation>Objekt %1 (%2) hat keine Ressource %3 (%4).</translation>
    </message>
    <message>
        <source>%1 (%2) is a multiple resource; give its values as resource instances like %1/0.</source>
        <translation>%1 (%2) ist eine Mehrfachressource; geben Sie ihre Werte als Ressourceninstanzen wie %1/0 an.</translation>
    </message>
    <message>
        <source>%1 (%2) is a single resource and has no resource instances.</source>
        <translation>%1 (%2) ist eine Einzelressource und hat keine Ressourceninstanzen.</translation>
    </message>
    <message>
        <source>The write of %1 lacks the mandatory resource %2 (%3).</source>
        <translation>Beim Schreiben von %1 fehlt die Pflichtressource %2 (%3).</translation>
    </message>
</context>
<context>
    <name>lwc::lwm2m::Value</name>
    <message>
        <source>An object link must look like 66:0 (object ID, colon, instance ID; 65535:65535 for no link).</source>
        <translation>Ein Objektlink muss wie 66:0 aussehen (Objekt-ID, Doppelpunkt, Instanz-ID; 65535:65535 für keinen Link).</translation>
    </message>
</context>
<context>
    <name>lwc::security</name>
    <message>
        <source>The file holds no certificate.</source>
        <translation>Die Datei enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a passphrase file (too large).</source>
        <translation>%1 ist keine Passphrasen-Datei (zu groß).</translation>
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
        <source>&quot;%1&quot; is not a valid server URI; expected coaps://host:port.</source>
        <translation>„%1“ ist keine gültige Server-URI; erwartet wird coaps://host:port.</translation>
    </message>
    <message>
        <source>The server URI &quot;%1&quot; has no host; expected coaps://host:port.</source>
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
        <source>The chain ends at the trusted CA &quot;%1&quot;.</source>
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
        <source>The certificate&apos;s extended key usage does not allow TLS server authentication.</source>
        <translation>Die erweiterte Schlüsselverwendung des Zertifikats erlaubt keine TLS-Server-Authentifizierung.</translation>
    </message>
    <message>
        <source>The certificate&apos;s extended key usage does not allow TLS client authentication.</source>
        <translation>Die erweiterte Schlüsselverwendung des Zertifikats erlaubt keine TLS-Client-Authentifizierung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an X.509 version %2 certificate; version 3 is required.</source>
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
        <source>&quot;%1&quot;</source>
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
        <source>&quot;%1&quot; has an unreadable validity period.</source>
        <translation>„%1“ hat einen unlesbaren Gültigkeitszeitraum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid before %2.</source>
        <translation>„%1“ ist erst ab %2 gültig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expired on %2.</source>
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
        <source>&quot;%1&quot; becomes valid only on %2, after the start of the assumed date range.</source>
        <translation>„%1“ wird erst am %2 gültig, nach dem Beginn des angenommenen Datumsbereichs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expires on %2, before the end of the assumed date range.</source>
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
        <source>The client certificate has no Subject CN; it must equal the endpoint name &quot;%1&quot;.</source>
        <translation>Das Client-Zertifikat hat keinen Subject-CN; er muss dem Endpunktnamen „%1“ entsprechen.</translation>
    </message>
    <message>
        <source>The client certificate has %1 Subject CNs; exactly one, equal to the endpoint name, is required.</source>
        <translation>Das Client-Zertifikat hat %1 Subject-CNs; genau einer, gleich dem Endpunktnamen, ist erforderlich.</translation>
    </message>
    <message>
        <source>The Subject CN &quot;%1&quot; differs from the endpoint name &quot;%2&quot;.</source>
        <translation>Der Subject-CN „%1“ weicht vom Endpunktnamen „%2“ ab.</translation>
    </message>
    <message>
        <source>The Subject CN equals the endpoint name &quot;%1&quot;.</source>
        <translation>Der Subject-CN entspricht dem Endpunktnamen „%1“.</translation>
    </message>
</context>
<context>
    <name>lwc::security::CredentialCodec</name>
    <message>
        <source>The PEM block &quot;%1&quot; has no END line; the file is truncated or damaged.</source>
        <translation>Dem PEM-Block „%1“ fehlt die END-Zeile; die Datei ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>The key uses the legacy OpenSSL PEM encryption. Convert it to encrypted PKCS#8 first (openssl pkcs8 -topk8).</source>
        <translation>Der Schlüssel nutzt die veraltete PEM-Verschlüsselung von OpenSSL. Wandeln Sie ihn zuerst in verschlüsseltes PKCS#8 um (openssl pkcs8 -topk8).</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; does not contain valid base64.</source>
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
        <source>PEM blocks of type &quot;%1&quot; are not supported.</source>
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
    <name>lwc::security::EngineClientVerifier</name>
    <message>
        <source>The device&apos;s certificate is not accepted: %1</source>
        <translation>Das Zertifikat des Geräts wird nicht akzeptiert: %1</translation>
    </message>
</context>
<context>
    <name>lwc::security::EngineCredentialFactory</name>
    <message>
        <source>Generating a client certificate needs the local CA; create or import one first.</source>
        <translation>Für ein Client-Zertifikat braucht es die lokale CA; legen Sie zuerst eine an oder importieren Sie eine.</translation>
    </message>
</context>
<context>
    <name>lwc::security::FileCaKeyStore</name>
    <message>
        <source>Could not write %1: %2. Check the folder&apos;s permissions and free space.</source>
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
        <source>The fingerprint contains &quot;%1&quot;; only hexadecimal digits and &apos;:&apos; separators are expected.</source>
        <translation>Der Fingerabdruck enthält „%1“; erwartet werden nur Hexadezimalziffern und &apos;:&apos; als Trenner.</translation>
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
        <source>a bare &quot;*&quot; would match every host</source>
        <translation>ein alleinstehendes „*“ würde auf jeden Host passen</translation>
    </message>
    <message>
        <source>&quot;*&quot; is allowed only as the whole leftmost label</source>
        <translation>„*“ ist nur als ganzes Label ganz links erlaubt</translation>
    </message>
    <message>
        <source>partial-label wildcards such as &quot;ba*&quot; are not allowed</source>
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
        <source>The Subject CN &quot;%1&quot; does not match %2 (the certificate has no SubjectAltName).</source>
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
        <source>The CA certificate&apos;s key usage does not allow signing certificates (keyCertSign).</source>
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
        <source>The device&apos;s public key is not a valid SubjectPublicKeyInfo.</source>
        <translation>Der öffentliche Schlüssel des Geräts ist keine gültige SubjectPublicKeyInfo.</translation>
    </message>
    <message>
        <source>The device key</source>
        <translation>Der Geräteschlüssel</translation>
    </message>
    <message>
        <source>The device key is the CA&apos;s own key; every device needs its own key pair.</source>
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
        <source>The endpoint name has %1 characters; a certificate&apos;s Subject CN holds at most %2 (RFC 5280), so it cannot equal the endpoint name (S18). Use a shorter endpoint name or PSK/RPK mode.</source>
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
        <source>&quot;%1&quot; is not a usable host name for a server certificate.</source>
        <translation>„%1“ ist kein verwendbarer Hostname für ein Serverzertifikat.</translation>
    </message>
</context>
<context>
    <name>lwc::security::LocalCaProvider</name>
    <message>
        <source>The local CA&apos;s key is protected by the vault, which is locked. Unlock the vault, then try again.</source>
        <translation>Der Schlüssel der lokalen CA ist durch den Tresor geschützt, und der Tresor ist gesperrt. Entsperren Sie den Tresor und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The local CA&apos;s passphrase file %1 is damaged. Restore it from a backup.</source>
        <translation>Die Passphrasen-Datei %1 der lokalen CA ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The local CA in %1 exists, but its passphrase is missing. Restore %2 from a backup, or move the CA folder away to create a new CA.</source>
        <translation>Die lokale CA in %1 ist vorhanden, aber ihre Passphrase fehlt. Stellen Sie %2 aus einer Sicherung wieder her oder verschieben Sie den CA-Ordner, um eine neue CA anzulegen.</translation>
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
        <source>The client key pair is the server&apos;s key pair; every client needs its own key pair.</source>
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
        <source>SHA-256 fingerprint of &quot;%1&quot;</source>
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
        <source>Writes /0/x/15 = %1, /0/x/13 = 0, /0/x/4 = the CA certificate &quot;%2&quot; and /0/x/14 = the expected name. Renewed certificates from this CA stay trusted.</source>
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
        <source>Trust is not possible: %1</source>
        <translation>Vertrauen ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>Fingerprint not compared</source>
        <translation>Fingerabdruck nicht verglichen</translation>
    </message>
    <message>
        <source>You have not compared the fingerprint with one from a trusted source (for example the server operator). Trust this certificate anyway?</source>
        <translation>Sie haben den Fingerabdruck nicht mit einem aus vertrauenswürdiger Quelle (zum Beispiel vom Serverbetreiber) verglichen. Diesem Zertifikat trotzdem vertrauen?</translation>
    </message>
</context>
<context>
    <name>lwc::ui::CommissioningSession</name>
    <message>
        <source>Could not write %1: %2. Choose another folder or free disk space.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder schaffen Sie Speicherplatz.</translation>
    </message>
    <message>
        <source>Commissioning wizard: %1</source>
        <translation>Inbetriebnahme-Assistent: %1</translation>
    </message>
    <message>
        <source>A commissioning run is still going.</source>
        <translation>Eine Inbetriebnahme läuft noch.</translation>
    </message>
    <message>
        <source>The plan has errors. Go back to the Review page and fix them first.</source>
        <translation>Der Plan enthält Fehler. Gehen Sie zur Überblicksseite zurück und beheben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>There is no finished job to write a receipt for.</source>
        <translation>Es gibt keinen abgeschlossenen Auftrag, für den ein Nachweis geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Could not create the receipt folder %1. Check its permissions.</source>
        <translation>Der Nachweisordner %1 konnte nicht angelegt werden. Prüfen Sie seine Rechte.</translation>
    </message>
    <message>
        <source>Commissioning receipt %1</source>
        <translation>Inbetriebnahme-Nachweis %1</translation>
    </message>
</context>
<context>
    <name>lwc::ui::CommissioningWizard</name>
    <message>
        <source>New commissioning</source>
        <translation>Neue Inbetriebnahme</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Start commissioning</source>
        <translation>Inbetriebnahme starten</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
</context>
<context>
    <name>lwc::ui::ConnectPage</name>
    <message>
        <source>Serial cable (AT commands) — arrives in a later release</source>
        <translation>Serielles Kabel (AT-Befehle) – kommt in einer späteren Version</translation>
    </message>
    <message>
        <source>Smartcard (PC/SC reader) — arrives in a later release</source>
        <translation>Smartcard (PC/SC-Leser) – kommt in einer späteren Version</translation>
    </message>
    <message>
        <source>%1 — arrives in a later release</source>
        <translation>%1 – kommt in einer späteren Version</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>How does this computer reach the device?</source>
        <translation>Wie erreicht dieser Computer das Gerät?</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>Über&amp;tragungsweg:</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
</context>
<context>
    <name>lwc::ui::IdentifyPage</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>commissioned</source>
        <translation>in Betrieb genommen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>The name the device sends as ep= when it asks for bootstrap, e.g. its IMEI URN.</source>
        <translation>Der Name, den das Gerät bei der Bootstrap-Anfrage als ep= sendet, z. B. seine IMEI-URN.</translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end of the name.</source>
        <translation>Entfernen Sie die Leerzeichen am Anfang oder Ende des Namens.</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>The endpoint name is also the PSK identity of the accounts written (S8).</source>
        <translation>Der Endpunktname ist auch die PSK-Identität der geschriebenen Konten (S8).</translation>
    </message>
    <message>
        <source>%1 is already in the inventory (state: %2, last job %3).</source>
        <translation>%1 ist bereits im Bestand (Zustand: %2, letzter Auftrag %3).</translation>
    </message>
    <message>
        <source>Identify the device</source>
        <translation>Gerät identifizieren</translation>
    </message>
    <message>
        <source>Which device is this, and how does it want its keys?</source>
        <translation>Welches Gerät ist das, und in welcher Form erwartet es seine Schlüssel?</translation>
    </message>
    <message>
        <source>&amp;Endpoint name:</source>
        <translation>&amp;Endpunktname:</translation>
    </message>
    <message>
        <source>Endpoint name</source>
        <translation>Endpunktname</translation>
    </message>
    <message>
        <source>&amp;Re-commission this device (its old credentials are replaced)</source>
        <translation>Gerät e&amp;rneut in Betrieb nehmen (seine alten Zugangsdaten werden ersetzt)</translation>
    </message>
    <message>
        <source>Re-commission this device</source>
        <translation>Gerät erneut in Betrieb nehmen</translation>
    </message>
    <message>
        <source>Device key &amp;profile:</source>
        <translation>Schlüssel&amp;profil des Geräts:</translation>
    </message>
    <message>
        <source>Device key profile</source>
        <translation>Schlüsselprofil des Geräts</translation>
    </message>
    <message>
        <source>SubjectPublicKeyInfo + PKCS#8 (default)</source>
        <translation>SubjectPublicKeyInfo + PKCS#8 (Standard)</translation>
    </message>
    <message>
        <source>Raw X‖Y public key + 32-byte private key</source>
        <translation>Roher öffentlicher Schlüssel X‖Y + privater 32-Byte-Schlüssel</translation>
    </message>
    <message>
        <source>Uncompressed point (0x04‖X‖Y) + 32-byte private key</source>
        <translation>Unkomprimierter Punkt (0x04‖X‖Y) + privater 32-Byte-Schlüssel</translation>
    </message>
    <message>
        <source>How public and private keys are encoded into /0/x/3, /0/x/4 and /0/x/5 for certificate and raw-public-key accounts (S22). PSK accounts do not use it.</source>
        <translation>Wie öffentliche und private Schlüssel für Zertifikats- und Raw-Public-Key-Konten in /0/x/3, /0/x/4 und /0/x/5 kodiert werden (S22). PSK-Konten verwenden es nicht.</translation>
    </message>
    <message>
        <source>Endpoint name hint</source>
        <translation>Hinweis zum Endpunktnamen</translation>
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
    <message>
        <source>&lt;p&gt;LwM2M Commissioner takes a device from unboxed to uniquely keyed, verified and ready to register.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; (File &amp;gt; New commissioning…) to commission a device step by step, or the built-in demo device if none is at hand. The command-line tool &lt;tt&gt;commissioner-cli&lt;/tt&gt; uses the same core.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LwM2M Commissioner bringt ein Gerät vom Auspacken zu eindeutigen Schlüsseln, geprüft und bereit zur Registrierung.&lt;/p&gt;&lt;p&gt;Drücken Sie &lt;b&gt;Strg+N&lt;/b&gt; (Datei &amp;gt; Neue Inbetriebnahme…), um ein Gerät Schritt für Schritt in Betrieb zu nehmen – oder das eingebaute Demo-Gerät, wenn keines zur Hand ist. Das Kommandozeilenprogramm &lt;tt&gt;commissioner-cli&lt;/tt&gt; verwendet denselben Kern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New commissioning…</source>
        <translation>&amp;Neue Inbetriebnahme…</translation>
    </message>
    <message>
        <source>Commission a device, or the built-in demo device, step by step</source>
        <translation>Ein Gerät oder das eingebaute Demo-Gerät Schritt für Schritt in Betrieb nehmen</translation>
    </message>
    <message>
        <source>The vault locked itself after a while without use.</source>
        <translation>Der Tresor hat sich nach einer Weile ohne Nutzung selbst gesperrt.</translation>
    </message>
    <message>
        <source>%1 (at step %2)</source>
        <translation>%1 (bei Schritt %2)</translation>
    </message>
    <message>
        <source>A commissioning job stopped when the program ended unexpectedly and is recorded as interrupted: %1. The audit log holds what was done; commission this device again to finish.</source>
        <translation>Ein Inbetriebnahme-Auftrag endete, als das Programm unerwartet beendet wurde, und ist als unterbrochen erfasst: %1. Das Prüfprotokoll enthält, was getan wurde; nehmen Sie dieses Gerät erneut in Betrieb, um es abzuschließen.</translation>
    </message>
    <message>
        <source>%1 commissioning jobs stopped when the program ended unexpectedly and are recorded as interrupted: %2. The audit log holds what was done; commission these devices again to finish.</source>
        <translation>%1 Inbetriebnahme-Aufträge endeten, als das Programm unerwartet beendet wurde, und sind als unterbrochen erfasst: %2. Das Prüfprotokoll enthält, was getan wurde; nehmen Sie diese Geräte erneut in Betrieb, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 Gerät</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 Geräte</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No inventory</source>
        <translation>Kein Inventar</translation>
    </message>
    <message>
        <source>Inventory: %1</source>
        <translation>Inventar: %1</translation>
    </message>
    <message>
        <source>No vault</source>
        <translation>Kein Tresor</translation>
    </message>
    <message>
        <source>Secrets are not kept: create a vault (Vault &gt; Create vault…).</source>
        <translation>Geheimnisse werden nicht aufbewahrt: Legen Sie einen Tresor an (Tresor &gt; Tresor anlegen…).</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Tresor gesperrt</translation>
    </message>
    <message>
        <source>Unlock it (Ctrl+U) to store server keys and sign receipts with the vault.</source>
        <translation>Entsperren Sie ihn (Strg+U), um Serverschlüssel abzulegen und Nachweise mit dem Tresor zu signieren.</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Tresor entsperrt</translation>
    </message>
    <message>
        <source>Lock it (Ctrl+Shift+U) when you leave the laptop.</source>
        <translation>Sperren Sie ihn (Strg+Umschalt+U), wenn Sie den Laptop verlassen.</translation>
    </message>
    <message>
        <source>Recent jobs, all devices</source>
        <translation>Letzte Aufträge, alle Geräte</translation>
    </message>
    <message>
        <source>Jobs of %1</source>
        <translation>Aufträge für %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open a server certificate</source>
        <translation>Serverzertifikat öffnen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p7b);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 records, each chained to the one before.</source>
        <translation>Das Prüfprotokoll ist unversehrt: %1 Einträge, jeder mit dem vorigen verkettet.</translation>
    </message>
    <message>
        <source>The audit log was changed after it was written: %1</source>
        <translation>Das Prüfprotokoll wurde nach dem Schreiben verändert: %1</translation>
    </message>
    <message>
        <source>first broken record: %1</source>
        <translation>erster beschädigter Eintrag: %1</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Audit log exported to %1.</source>
        <translation>Prüfprotokoll nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Commissioning receipt %1</source>
        <translation>Inbetriebnahme-Nachweis %1</translation>
    </message>
    <message>
        <source>Commissioning receipt</source>
        <translation>Inbetriebnahme-Nachweis</translation>
    </message>
    <message>
        <source>The new storage paths take effect the next time LwM2M Commissioner starts.</source>
        <translation>Die neuen Speicherorte gelten ab dem nächsten Start von LwM2M Commissioner.</translation>
    </message>
    <message>
        <source>&amp;Commission a device…</source>
        <translation>Gerät in &amp;Betrieb nehmen…</translation>
    </message>
    <message>
        <source>Commission a device</source>
        <translation>Gerät in Betrieb nehmen</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>endpoint, profile or state (e.g. &quot;interrupted&quot;)</source>
        <translation>Endpunkt, Profil oder Zustand (z. B. „unterbrochen“)</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Jobs of the selected device</source>
        <translation>Aufträge des gewählten Geräts</translation>
    </message>
    <message>
        <source>Show &amp;receipt</source>
        <translation>&amp;Nachweis anzeigen</translation>
    </message>
    <message>
        <source>Show the receipt of the selected job</source>
        <translation>Nachweis des gewählten Auftrags anzeigen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>V&amp;ault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>&amp;Open certificate…</source>
        <translation>Zertifikat ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Check a server certificate against the LwM2M rules and decide on trust</source>
        <translation>Ein Serverzertifikat gegen die LwM2M-Regeln prüfen und über das Vertrauen entscheiden</translation>
    </message>
    <message>
        <source>Show the signed receipt of the selected job</source>
        <translation>Den signierten Nachweis des gewählten Auftrags anzeigen</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>Prüfprotokoll &amp;verifizieren</translation>
    </message>
    <message>
        <source>Check that no audit record was changed or removed</source>
        <translation>Prüfen, dass kein Protokolleintrag verändert oder entfernt wurde</translation>
    </message>
    <message>
        <source>&amp;Export audit log…</source>
        <translation>Prüfprotokoll &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the audit log as JSON lines</source>
        <translation>Das Prüfprotokoll als JSON Lines speichern</translation>
    </message>
    <message>
        <source>&amp;Find device</source>
        <translation>Gerät &amp;suchen</translation>
    </message>
    <message>
        <source>Filter the device list</source>
        <translation>Die Geräteliste filtern</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Storage paths, content format, PIN policy, language</source>
        <translation>Speicherorte, Inhaltsformat, PIN-Richtlinie, Sprache</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>Unlock the encrypted vault with its passphrase</source>
        <translation>Den verschlüsselten Tresor mit seiner Passphrase entsperren</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Forget the vault&apos;s key until the next unlock</source>
        <translation>Den Schlüssel des Tresors bis zum nächsten Entsperren vergessen</translation>
    </message>
    <message>
        <source>&amp;Create vault…</source>
        <translation>Tresor &amp;anlegen…</translation>
    </message>
    <message>
        <source>Create the encrypted vault for server keys and the local CA&apos;s passphrase</source>
        <translation>Den verschlüsselten Tresor für Serverschlüssel und die Passphrase der lokalen CA anlegen</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>Protect the vault with a new passphrase</source>
        <translation>Den Tresor mit einer neuen Passphrase schützen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the inventory again</source>
        <translation>Das Inventar neu einlesen</translation>
    </message>
    <message>
        <source>Only the selected &amp;device</source>
        <translation>Nur das gewählte &amp;Gerät</translation>
    </message>
    <message>
        <source>Show only the selected device&apos;s log lines</source>
        <translation>Nur die Protokollzeilen des gewählten Geräts anzeigen</translation>
    </message>
    <message>
        <source>Unlock with the OS &amp;keychain too</source>
        <translation>Auch mit dem &amp;Schlüsselbund des Systems entsperren</translation>
    </message>
    <message>
        <source>Let the desktop&apos;s keychain unlock the vault without the passphrase</source>
        <translation>Den Schlüsselbund des Desktops den Tresor ohne Passphrase entsperren lassen</translation>
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
<context>
    <name>lwc::ui::NetworkTransportPanel</name>
    <message>
        <source>Network (this computer is the device&apos;s bootstrap server)</source>
        <translation>Netzwerk (dieser Computer ist der Bootstrap-Server des Geräts)</translation>
    </message>
    <message>
        <source>This computer cannot listen on %1 port %2 (%3). Choose another port, stop the program that uses it, or pick an address of this computer.</source>
        <translation>Dieser Computer kann nicht auf %1 Port %2 empfangen (%3). Wählen Sie einen anderen Port, beenden Sie das Programm, das ihn belegt, oder wählen Sie eine Adresse dieses Computers.</translation>
    </message>
    <message>
        <source>The demo device runs on this computer and connects over loopback (127.0.0.1) to a free port chosen when the job starts.</source>
        <translation>Das Demo-Gerät läuft auf diesem Computer und verbindet sich über Loopback (127.0.0.1) mit einem freien Port, der beim Start des Auftrags gewählt wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address of this computer. Pick one from the list.</source>
        <translation>„%1“ ist keine IPv4-Adresse dieses Computers. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Configure the device&apos;s bootstrap server as coaps://%1:%2 before you power it on.</source>
        <translation>Stellen Sie den Bootstrap-Server des Geräts auf coaps://%1:%2 ein, bevor Sie es einschalten.</translation>
    </message>
    <message>
        <source>&lt;port shown when listening&gt;</source>
        <translation>&lt;Port wird beim Empfangen angezeigt&gt;</translation>
    </message>
    <message>
        <source>Use the built-in &amp;demo device</source>
        <translation>Eingebautes &amp;Demo-Gerät verwenden</translation>
    </message>
    <message>
        <source>Use the built-in demo device</source>
        <translation>Eingebautes Demo-Gerät verwenden</translation>
    </message>
    <message>
        <source>Commission a simulated device on this computer; no hardware needed.</source>
        <translation>Ein simuliertes Gerät auf diesem Computer in Betrieb nehmen; keine Hardware nötig.</translation>
    </message>
    <message>
        <source>No device at hand? A simulated LwM2M device starts on this computer with its own factory credentials. Click Next on every page to commission it end to end.</source>
        <translation>Kein Gerät zur Hand? Ein simuliertes LwM2M-Gerät startet auf diesem Computer mit eigenen Werkszugangsdaten. Klicken Sie auf jeder Seite auf „Weiter“, um es vollständig in Betrieb zu nehmen.</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>Empfangs&amp;adresse:</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Empfangsadresse</translation>
    </message>
    <message>
        <source>An IPv4 address of this computer that the device can reach.</source>
        <translation>Eine IPv4-Adresse dieses Computers, die das Gerät erreichen kann.</translation>
    </message>
    <message>
        <source>Listen &amp;port:</source>
        <translation>Empfangs&amp;port:</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>Empfangsport</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>UDP port for CoAPs; 5684 is the default LwM2M bootstrap port.</source>
        <translation>UDP-Port für CoAPs; 5684 ist der übliche LwM2M-Bootstrap-Port.</translation>
    </message>
    <message>
        <source>Listener hint</source>
        <translation>Hinweis zum Empfang</translation>
    </message>
</context>
<context>
    <name>lwc::ui::ProvisionPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>PIN for the device: %1</source>
        <translation>PIN für das Gerät: %1</translation>
    </message>
    <message>
        <source>Commissioning stopped on an internal error. The job&apos;s journal shows what was done.</source>
        <translation>Die Inbetriebnahme wurde durch einen internen Fehler angehalten. Das Journal des Auftrags zeigt, was erledigt wurde.</translation>
    </message>
    <message>
        <source>Commissioning %1…</source>
        <translation>%1 wird in Betrieb genommen…</translation>
    </message>
    <message>
        <source>Starting the bootstrap listener…</source>
        <translation>Bootstrap-Empfang wird gestartet…</translation>
    </message>
    <message>
        <source>The demo device is connecting to 127.0.0.1 port %1…</source>
        <translation>Das Demo-Gerät verbindet sich mit 127.0.0.1 Port %1…</translation>
    </message>
    <message>
        <source>Waiting for the device on coaps://%1:%2. Power it on, or point its bootstrap server at this address.</source>
        <translation>Warte auf das Gerät unter coaps://%1:%2. Schalten Sie es ein oder stellen Sie seinen Bootstrap-Server auf diese Adresse.</translation>
    </message>
    <message>
        <source>%1 is commissioned. Next: check what it holds.</source>
        <translation>%1 ist in Betrieb genommen. Als Nächstes: prüfen, was es enthält.</translation>
    </message>
    <message>
        <source>The job succeeded in %1 s.</source>
        <translation>Der Auftrag war nach %1 s erfolgreich.</translation>
    </message>
    <message>
        <source>Cancelled. The job is recorded as cancelled with every step it did; the device may hold part of the new configuration. Try again to finish it.</source>
        <translation>Abgebrochen. Der Auftrag ist mit allen ausgeführten Schritten als abgebrochen verzeichnet; das Gerät kann einen Teil der neuen Konfiguration enthalten. Versuchen Sie es erneut, um ihn abzuschließen.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>Der Auftrag wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The job failed. Fix the cause below, then try again; Next writes a receipt of the failed job.</source>
        <translation>Der Auftrag ist fehlgeschlagen. Beheben Sie die unten genannte Ursache und versuchen Sie es erneut; „Weiter“ schreibt einen Nachweis über den fehlgeschlagenen Auftrag.</translation>
    </message>
    <message>
        <source>The job failed; the step list shows where.</source>
        <translation>Der Auftrag ist fehlgeschlagen; die Schrittliste zeigt, wo.</translation>
    </message>
    <message>
        <source>Cancel commissioning?</source>
        <translation>Inbetriebnahme abbrechen?</translation>
    </message>
    <message>
        <source>Stop commissioning %1? The job stops after the request in flight and is recorded as cancelled; the device may keep part of the new configuration until it is commissioned again.</source>
        <translation>Inbetriebnahme von %1 beenden? Der Auftrag endet nach der laufenden Anfrage und wird als abgebrochen verzeichnet; das Gerät kann einen Teil der neuen Konfiguration behalten, bis es erneut in Betrieb genommen wird.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>This computer is the device&apos;s bootstrap server now. Every step is recorded as it happens.</source>
        <translation>Dieser Computer ist jetzt der Bootstrap-Server des Geräts. Jeder Schritt wird aufgezeichnet, sobald er geschieht.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel commissioning</source>
        <translation>Inbetriebnahme a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel commissioning</source>
        <translation>Inbetriebnahme abbrechen</translation>
    </message>
    <message>
        <source>Commissioning progress</source>
        <translation>Fortschritt der Inbetriebnahme</translation>
    </message>
    <message>
        <source>Commissioning steps</source>
        <translation>Schritte der Inbetriebnahme</translation>
    </message>
    <message>
        <source>Commissioning status</source>
        <translation>Stand der Inbetriebnahme</translation>
    </message>
    <message>
        <source>PIN to type into the device</source>
        <translation>PIN zur Eingabe am Gerät</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>lwc::ui::ReceiptPage</name>
    <message>
        <source>Signing the receipt with the local CA…</source>
        <translation>Nachweis wird mit der lokalen CA signiert…</translation>
    </message>
    <message>
        <source>The receipt could not be written because of an internal error.</source>
        <translation>Der Nachweis konnte wegen eines internen Fehlers nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved in %1: %2</source>
        <translation>Gespeichert in %1: %2</translation>
    </message>
    <message>
        <source>Check a receipt any time with: commissioner-cli receipt verify FILE --cert %1</source>
        <translation>Prüfen Sie einen Nachweis jederzeit mit: commissioner-cli receipt verify DATEI --cert %1</translation>
    </message>
    <message>
        <source>The local CA&apos;s key is protected by a passphrase file only until you unlock a vault.</source>
        <translation>Der Schlüssel der lokalen CA ist nur durch eine Passphrasen-Datei geschützt, bis Sie einen Tresor entsperren.</translation>
    </message>
    <message>
        <source>Commissioned. The receipt is signed by the local CA.</source>
        <translation>In Betrieb genommen. Der Nachweis ist von der lokalen CA signiert.</translation>
    </message>
    <message>
        <source>The job did not succeed; the signed receipt records how far it got.</source>
        <translation>Der Auftrag war nicht erfolgreich; der signierte Nachweis hält fest, wie weit er kam.</translation>
    </message>
    <message>
        <source>The server account&apos;s key was not stored in an encrypted vault: export it for the LwM2M server before you close this window, or it is lost.</source>
        <translation>Der Schlüssel des Serverkontos wurde in keinem verschlüsselten Tresor gespeichert: Exportieren Sie ihn für den LwM2M-Server, bevor Sie dieses Fenster schließen, sonst geht er verloren.</translation>
    </message>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>Der Nachweis wurde an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Save a copy of the receipt</source>
        <translation>Kopie des Nachweises speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Signed receipt (*.json);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Signierter Nachweis (*.json);;Webseite (*.html)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Commissioning receipt %1</source>
        <translation>Inbetriebnahme-Nachweis %1</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopie gespeichert als %1.</translation>
    </message>
    <message>
        <source>Export the server account&apos;s credentials</source>
        <translation>Zugangsdaten des Serverkontos exportieren</translation>
    </message>
    <message>
        <source>Credentials (*.json)</source>
        <translation>Zugangsdaten (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1 (readable only by you). It holds the key in plain text: hand it to the LwM2M server&apos;s operator and delete it.</source>
        <translation>Exportiert nach %1 (nur für Sie lesbar). Die Datei enthält den Schlüssel im Klartext: Übergeben Sie sie dem Betreiber des LwM2M-Servers und löschen Sie sie.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>A signed record of what was done, for the customer and the audit.</source>
        <translation>Ein signierter Nachweis dessen, was getan wurde – für Kunden und Prüfung.</translation>
    </message>
    <message>
        <source>Commissioning receipt</source>
        <translation>Inbetriebnahme-Nachweis</translation>
    </message>
    <message>
        <source>Receipt files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Nachweis drucken</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Export server credentials…</source>
        <translation>Server-Zugangsdaten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try to sign the receipt again</source>
        <translation>Nachweis erneut signieren</translation>
    </message>
    <message>
        <source>Signing the receipt</source>
        <translation>Nachweis wird signiert</translation>
    </message>
    <message>
        <source>The server account&apos;s key is not stored yet: unlock the vault to store it in the inventory, or export it for the LwM2M server before you close this window.</source>
        <translation>Der Schlüssel des Serverkontos ist noch nicht gespeichert: Entsperren Sie den Tresor, um ihn im Bestand abzulegen, oder exportieren Sie ihn für den LwM2M-Server, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>The server account&apos;s key is stored in the inventory, sealed by the vault.</source>
        <translation>Der Schlüssel des Serverkontos ist im Bestand gespeichert, versiegelt durch den Tresor.</translation>
    </message>
    <message>
        <source>&amp;Unlock the vault…</source>
        <translation>Tresor en&amp;tsperren…</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Tresor entsperren</translation>
    </message>
</context>
<context>
    <name>lwc::ui::ReceiptPrinter</name>
    <message>
        <source>Could not write the PDF %1: %2. Choose another folder or free disk space.</source>
        <translation>Die PDF-Datei %1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder schaffen Sie Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>lwc::ui::ReviewPage</name>
    <message>
        <source>Preparing the plan…</source>
        <translation>Plan wird vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing the plan failed on an internal error.</source>
        <translation>Die Vorbereitung des Plans ist an einem internen Fehler gescheitert.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Endpoint name</source>
        <translation>Endpunktname</translation>
    </message>
    <message>
        <source>Key profile</source>
        <translation>Schlüsselprofil</translation>
    </message>
    <message>
        <source>built-in demo device (simulated, loopback)</source>
        <translation>eingebautes Demo-Gerät (simuliert, Loopback)</translation>
    </message>
    <message>
        <source>Bootstrap channel</source>
        <translation>Bootstrap-Kanal</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>PSK (TLS_PSK_WITH_AES_128_CCM_8, TLS_PSK_WITH_AES_128_CBC_SHA256)</source>
        <translation>PSK (TLS_PSK_WITH_AES_128_CCM_8, TLS_PSK_WITH_AES_128_CBC_SHA256)</translation>
    </message>
    <message>
        <source>PSK identity</source>
        <translation>PSK-Identität</translation>
    </message>
    <message>
        <source>Bootstrap key</source>
        <translation>Bootstrap-Schlüssel</translation>
    </message>
    <message>
        <source>PIN (TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256 only)</source>
        <translation>PIN (nur TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>%1, single use, expires after %2 min</source>
        <translation>%1, einmalig, läuft nach %2 min ab</translation>
    </message>
    <message>
        <source>X.509 (client certificate, CN = endpoint)</source>
        <translation>X.509 (Client-Zertifikat, CN = Endpunkt)</translation>
    </message>
    <message>
        <source>Trusted CAs</source>
        <translation>Vertrauenswürdige CAs</translation>
    </message>
    <message>
        <source>NoSec — INSECURE</source>
        <translation>NoSec – UNSICHER</translation>
    </message>
    <message>
        <source>Delete first</source>
        <translation>Zuerst löschen</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Server account (Short Server ID %1)</source>
        <translation>Serverkonto (Short Server ID %1)</translation>
    </message>
    <message>
        <source>URI (/0/x/0)</source>
        <translation>URI (/0/x/0)</translation>
    </message>
    <message>
        <source>Security mode (/0/x/2)</source>
        <translation>Sicherheitsmodus (/0/x/2)</translation>
    </message>
    <message>
        <source>nosec — INSECURE</source>
        <translation>nosec – UNSICHER</translation>
    </message>
    <message>
        <source>PSK identity (/0/x/3)</source>
        <translation>PSK-Identität (/0/x/3)</translation>
    </message>
    <message>
        <source>Secret key (/0/x/5)</source>
        <translation>Geheimer Schlüssel (/0/x/5)</translation>
    </message>
    <message>
        <source>generated, %1 bytes</source>
        <translation>erzeugt, %1 Bytes</translation>
    </message>
    <message>
        <source>Client certificate (/0/x/3)</source>
        <translation>Client-Zertifikat (/0/x/3)</translation>
    </message>
    <message>
        <source>%1 bytes, CN = %2</source>
        <translation>%1 Bytes, CN = %2</translation>
    </message>
    <message>
        <source>Server certificate (/0/x/4)</source>
        <translation>Serverzertifikat (/0/x/4)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Private key (/0/x/5)</source>
        <translation>Privater Schlüssel (/0/x/5)</translation>
    </message>
    <message>
        <source>Lifetime (/1/y/1)</source>
        <translation>Lebensdauer (/1/y/1)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Binding (/1/y/7)</source>
        <translation>Binding (/1/y/7)</translation>
    </message>
    <message>
        <source>Bootstrap account for the next contact</source>
        <translation>Bootstrap-Konto für den nächsten Kontakt</translation>
    </message>
    <message>
        <source>After writing</source>
        <translation>Nach dem Schreiben</translation>
    </message>
    <message>
        <source>Bootstrap-Read of /1</source>
        <translation>Bootstrap-Read von /1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Verify by Discover</source>
        <translation>Überprüfung per Discover</translation>
    </message>
    <message>
        <source>yes (resource 5 is never read, S20)</source>
        <translation>ja (Ressource 5 wird nie gelesen, S20)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Errors in the plan: %1. Go back and change the choices they name; nothing has been written.</source>
        <translation>Fehler im Plan: %1. Gehen Sie zurück und ändern Sie die genannten Angaben; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing has been written to the device yet. Warnings: %1. Read them, then start commissioning.</source>
        <translation>Auf das Gerät wurde noch nichts geschrieben. Warnungen: %1. Lesen Sie sie und starten Sie dann die Inbetriebnahme.</translation>
    </message>
    <message>
        <source>Nothing has been written to the device yet. Start commissioning to run this plan.</source>
        <translation>Auf das Gerät wurde noch nichts geschrieben. Starten Sie die Inbetriebnahme, um diesen Plan auszuführen.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>The plan and every check it passed or failed. Nothing is written until you start.</source>
        <translation>Der Plan und jede Prüfung, die er bestanden oder nicht bestanden hat. Nichts wird geschrieben, bevor Sie starten.</translation>
    </message>
    <message>
        <source>&amp;Start commissioning</source>
        <translation>&amp;Inbetriebnahme starten</translation>
    </message>
    <message>
        <source>&amp;What will be written:</source>
        <translation>&amp;Was geschrieben wird:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Zusammenfassung des Plans</translation>
    </message>
    <message>
        <source>&amp;Checks:</source>
        <translation>&amp;Prüfungen:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Plan checks</source>
        <translation>Prüfungen des Plans</translation>
    </message>
    <message>
        <source>Show the plan as &amp;JSON (secrets hidden)</source>
        <translation>Plan als &amp;JSON zeigen (ohne Geheimnisse)</translation>
    </message>
    <message>
        <source>Show the plan as JSON</source>
        <translation>Plan als JSON zeigen</translation>
    </message>
    <message>
        <source>Plan JSON</source>
        <translation>Plan als JSON</translation>
    </message>
    <message>
        <source>Preparing the plan</source>
        <translation>Plan wird vorbereitet</translation>
    </message>
</context>
<context>
    <name>lwc::ui::SecurityPage</name>
    <message>
        <source>Import the device&apos;s bootstrap key</source>
        <translation>Bootstrap-Schlüssel des Geräts importieren</translation>
    </message>
    <message>
        <source>PIN copied. The clipboard is cleared in 30 seconds.</source>
        <translation>PIN kopiert. Die Zwischenablage wird in 30 Sekunden geleert.</translation>
    </message>
    <message>
        <source>The CA the devices&apos; certificates chain to</source>
        <translation>Die CA, zu der die Gerätezertifikate führen</translation>
    </message>
    <message>
        <source>The LwM2M server&apos;s certificate</source>
        <translation>Das Zertifikat des LwM2M-Servers</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Pick a readable key or certificate file.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Wählen Sie eine lesbare Schlüssel- oder Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>PIN to type into the device</source>
        <translation>PIN zur Eingabe am Gerät</translation>
    </message>
    <message>
        <source>Type this PIN into the device when it asks for it. It works once and expires after the time below; three wrong tries burn it.</source>
        <translation>Geben Sie diese PIN am Gerät ein, wenn es danach fragt. Sie gilt einmal und läuft nach der unten eingestellten Zeit ab; drei falsche Versuche machen sie ungültig.</translation>
    </message>
    <message>
        <source>Taken from the demo device&apos;s factory data (16 random bytes).</source>
        <translation>Aus den Werksdaten des Demo-Geräts übernommen (16 Zufallsbytes).</translation>
    </message>
    <message>
        <source>The bootstrap key the device already holds (from its label or factory data), as hex or base64.</source>
        <translation>Der Bootstrap-Schlüssel, den das Gerät bereits hat (vom Typenschild oder aus den Werksdaten), als Hex oder Base64.</translation>
    </message>
    <message>
        <source>[S3] %1 bytes, about %2 bits of entropy: too weak for the PSK suites (128 bits needed).</source>
        <translation>[S3] %1 Bytes, etwa %2 Bit Entropie: zu schwach für die PSK-Suites (128 Bit nötig).</translation>
    </message>
    <message>
        <source>%1 bytes.</source>
        <translation>%1 Bytes.</translation>
    </message>
    <message>
        <source>Not hex or base64.</source>
        <translation>Weder Hex noch Base64.</translation>
    </message>
    <message>
        <source>A new key from the CSPRNG, used only for this device. Export it on the last page if the LwM2M server needs it.</source>
        <translation>Ein neuer Schlüssel aus dem CSPRNG, nur für dieses Gerät. Exportieren Sie ihn auf der letzten Seite, wenn der LwM2M-Server ihn braucht.</translation>
    </message>
    <message>
        <source>[S3] %1 bytes, about %2 bits of entropy: too weak (128 bits needed). Generate a key instead.</source>
        <translation>[S3] %1 Bytes, etwa %2 Bit Entropie: zu schwach (128 Bit nötig). Erzeugen Sie stattdessen einen Schlüssel.</translation>
    </message>
    <message>
        <source>Paste the key the LwM2M server holds for this device, as hex or base64.</source>
        <translation>Fügen Sie den Schlüssel ein, den der LwM2M-Server für dieses Gerät hat, als Hex oder Base64.</translation>
    </message>
    <message>
        <source>The demo device gets a factory certificate from the local CA.</source>
        <translation>Das Demo-Gerät erhält ein Werkszertifikat der lokalen CA.</translation>
    </message>
    <message>
        <source>The device&apos;s certificate must chain to this CA and carry its endpoint name as Subject CN, or the handshake is refused (S13, S18).</source>
        <translation>Das Zertifikat des Geräts muss zu dieser CA führen und seinen Endpunktnamen als Subject-CN tragen, sonst wird der Handshake abgelehnt (S13, S18).</translation>
    </message>
    <message>
        <source>demo server certificate from the local CA</source>
        <translation>Demo-Serverzertifikat der lokalen CA</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>How the device proves itself to this computer, and the server account it receives.</source>
        <translation>Wie sich das Gerät gegenüber diesem Computer ausweist, und welches Serverkonto es erhält.</translation>
    </message>
    <message>
        <source>Bootstrap channel</source>
        <translation>Bootstrap-Kanal</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Bootstrap channel mode</source>
        <translation>Modus des Bootstrap-Kanals</translation>
    </message>
    <message>
        <source>PSK — the device holds a bootstrap key</source>
        <translation>PSK – das Gerät hat einen Bootstrap-Schlüssel</translation>
    </message>
    <message>
        <source>PIN — type a one-time PIN into the device</source>
        <translation>PIN – eine Einmal-PIN am Gerät eingeben</translation>
    </message>
    <message>
        <source>X.509 — the device has a certificate</source>
        <translation>X.509 – das Gerät hat ein Zertifikat</translation>
    </message>
    <message>
        <source>NoSec — no security (INSECURE, lab bench only)</source>
        <translation>NoSec – keine Sicherheit (UNSICHER, nur im Labor)</translation>
    </message>
    <message>
        <source>PSK &amp;identity:</source>
        <translation>PSK-&amp;Identität:</translation>
    </message>
    <message>
        <source>Bootstrap PSK identity</source>
        <translation>Bootstrap-PSK-Identität</translation>
    </message>
    <message>
        <source>Bootstrap &amp;key:</source>
        <translation>Bootstrap-Sc&amp;hlüssel:</translation>
    </message>
    <message>
        <source>Bootstrap key</source>
        <translation>Bootstrap-Schlüssel</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Zei&amp;gen</translation>
    </message>
    <message>
        <source>Show the bootstrap key</source>
        <translation>Bootstrap-Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;portieren…</translation>
    </message>
    <message>
        <source>Import the bootstrap key from a file</source>
        <translation>Bootstrap-Schlüssel aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Bootstrap key hint</source>
        <translation>Hinweis zum Bootstrap-Schlüssel</translation>
    </message>
    <message>
        <source>[S4] PIN bootstrap comes from an OMA change request; LwM2M 1.1 forbids it. Use it only for devices that need it. The PIN is used only with TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256.</source>
        <translation>[S4] PIN-Bootstrap stammt aus einem OMA-Änderungsantrag; LwM2M 1.1 verbietet ihn. Verwenden Sie ihn nur für Geräte, die ihn brauchen. Die PIN wird nur mit TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256 verwendet.</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the PIN</source>
        <translation>PIN kopieren</translation>
    </message>
    <message>
        <source>Ne&amp;w PIN</source>
        <translation>Neue &amp;PIN</translation>
    </message>
    <message>
        <source>Generate a new PIN</source>
        <translation>Neue PIN erzeugen</translation>
    </message>
    <message>
        <source>PIN PSK identity</source>
        <translation>PSK-Identität der PIN</translation>
    </message>
    <message>
        <source>PIN &amp;expires after:</source>
        <translation>PIN läuft &amp;ab nach:</translation>
    </message>
    <message>
        <source>PIN expiry in minutes</source>
        <translation>Ablauf der PIN in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Next bootstrap serve&amp;r:</source>
        <translation>Nächster &amp;Bootstrap-Server:</translation>
    </message>
    <message>
        <source>Bootstrap server for the device&apos;s next contact</source>
        <translation>Bootstrap-Server für den nächsten Kontakt des Geräts</translation>
    </message>
    <message>
        <source>The device&apos;s bootstrap account is rewritten with this URI and a fresh 256-bit key, so the PIN never stays its credential (S4).</source>
        <translation>Das Bootstrap-Konto des Geräts wird mit dieser URI und einem neuen 256-Bit-Schlüssel neu geschrieben, damit die PIN nie seine Zugangsberechtigung bleibt (S4).</translation>
    </message>
    <message>
        <source>Devices&apos; certificates chain to the l&amp;ocal CA of this computer</source>
        <translation>Gerätezertifikate führen zur l&amp;okalen CA dieses Computers</translation>
    </message>
    <message>
        <source>Trust the local CA</source>
        <translation>Der lokalen CA vertrauen</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-Da&amp;tei:</translation>
    </message>
    <message>
        <source>Trust a CA from a file</source>
        <translation>Einer CA aus einer Datei vertrauen</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <source>INSECURE: the device connects without DTLS. Anyone on the network can read and change what is written. Use this only on a closed lab bench (S1, S2).</source>
        <translation>UNSICHER: Das Gerät verbindet sich ohne DTLS. Jeder im Netz kann mitlesen und ändern, was geschrieben wird. Nur an einem abgeschlossenen Laborplatz verwenden (S1, S2).</translation>
    </message>
    <message>
        <source>LwM2M server account</source>
        <translation>LwM2M-Serverkonto</translation>
    </message>
    <message>
        <source>Server &amp;URI:</source>
        <translation>Server-&amp;URI:</translation>
    </message>
    <message>
        <source>LwM2M server URI</source>
        <translation>URI des LwM2M-Servers</translation>
    </message>
    <message>
        <source>Short &amp;Server ID:</source>
        <translation>Short &amp;Server ID:</translation>
    </message>
    <message>
        <source>Short Server ID</source>
        <translation>Short Server ID</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>Registration lifetime in seconds</source>
        <translation>Lebensdauer der Registrierung in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Account securit&amp;y:</source>
        <translation>Kontosi&amp;cherheit:</translation>
    </message>
    <message>
        <source>Server account security</source>
        <translation>Sicherheit des Serverkontos</translation>
    </message>
    <message>
        <source>PSK</source>
        <translation>PSK</translation>
    </message>
    <message>
        <source>X.509 certificate from the local CA</source>
        <translation>X.509-Zertifikat der lokalen CA</translation>
    </message>
    <message>
        <source>NoSec (INSECURE)</source>
        <translation>NoSec (UNSICHER)</translation>
    </message>
    <message>
        <source>PSK i&amp;dentity:</source>
        <translation>PSK-I&amp;dentität:</translation>
    </message>
    <message>
        <source>Server account PSK identity</source>
        <translation>PSK-Identität des Serverkontos</translation>
    </message>
    <message>
        <source>&amp;Generate a new 128-bit key (recommended)</source>
        <translation>Neuen 128-Bit-Schlüssel e&amp;rzeugen (empfohlen)</translation>
    </message>
    <message>
        <source>Generate the server account key</source>
        <translation>Schlüssel des Serverkontos erzeugen</translation>
    </message>
    <message>
        <source>Use &amp;this key:</source>
        <translation>Diesen Schlüssel &amp;nutzen:</translation>
    </message>
    <message>
        <source>Use a given server account key</source>
        <translation>Einen vorgegebenen Schlüssel für das Serverkonto nutzen</translation>
    </message>
    <message>
        <source>Server account key</source>
        <translation>Schlüssel des Serverkontos</translation>
    </message>
    <message>
        <source>Server account key hint</source>
        <translation>Hinweis zum Schlüssel des Serverkontos</translation>
    </message>
    <message>
        <source>The device gets a new P-256 key pair and a certificate from the local CA with its endpoint name as Subject CN (S5, S11, S18). Resource 4 holds the server&apos;s certificate, which the device pins (Certificate Usage 3).</source>
        <translation>Das Gerät erhält ein neues P-256-Schlüsselpaar und ein Zertifikat der lokalen CA mit seinem Endpunktnamen als Subject-CN (S5, S11, S18). Ressource 4 enthält das Serverzertifikat, das das Gerät fest verankert (Certificate Usage 3).</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Serverzertifikat:</translation>
    </message>
    <message>
        <source>LwM2M server certificate file</source>
        <translation>Zertifikatsdatei des LwM2M-Servers</translation>
    </message>
    <message>
        <source>Choose the server certificate</source>
        <translation>Serverzertifikat auswählen</translation>
    </message>
    <message>
        <source>INSECURE: the device talks to its LwM2M server without DTLS (S1).</source>
        <translation>UNSICHER: Das Gerät spricht ohne DTLS mit seinem LwM2M-Server (S1).</translation>
    </message>
    <message>
        <source>&amp;Allow insecure (NoSec) for this job</source>
        <translation>Unsicheres NoSec für diesen Auftrag &amp;erlauben</translation>
    </message>
    <message>
        <source>Allow insecure NoSec for this job</source>
        <translation>Unsicheres NoSec für diesen Auftrag erlauben</translation>
    </message>
    <message>
        <source>INSECURE — the receipt and the report will say so.</source>
        <translation>UNSICHER – Nachweis und Bericht weisen darauf hin.</translation>
    </message>
</context>
<context>
    <name>lwc::ui::SettingsDialog</name>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>%1 needs an absolute path, such as /home/you/commissioner/inventory.sqlite.</source>
        <translation>%1 braucht einen absoluten Pfad, etwa /home/sie/commissioner/inventory.sqlite.</translation>
    </message>
    <message>
        <source>The LwM2M server URI must look like coaps://host:5684.</source>
        <translation>Die URI des LwM2M-Servers muss wie coaps://host:5684 aussehen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherorte</translation>
    </message>
    <message>
        <source>Changes to these paths take effect the next time LwM2M Commissioner starts.</source>
        <translation>Änderungen an diesen Pfaden gelten ab dem nächsten Start von LwM2M Commissioner.</translation>
    </message>
    <message>
        <source>&amp;Inventory database:</source>
        <translation>&amp;Inventar-Datenbank:</translation>
    </message>
    <message>
        <source>Inventory database file</source>
        <translation>Datei der Inventar-Datenbank</translation>
    </message>
    <message>
        <source>Choose the inventory database file</source>
        <translation>Datei der Inventar-Datenbank wählen</translation>
    </message>
    <message>
        <source>&amp;Vault file:</source>
        <translation>&amp;Tresordatei:</translation>
    </message>
    <message>
        <source>Encrypted vault file</source>
        <translation>Verschlüsselte Tresordatei</translation>
    </message>
    <message>
        <source>Choose the vault file</source>
        <translation>Tresordatei wählen</translation>
    </message>
    <message>
        <source>&amp;Receipts folder:</source>
        <translation>Ordner für &amp;Nachweise:</translation>
    </message>
    <message>
        <source>Folder for commissioning receipts</source>
        <translation>Ordner für Inbetriebnahme-Nachweise</translation>
    </message>
    <message>
        <source>Choose the receipts folder</source>
        <translation>Ordner für Nachweise wählen</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>Inbetriebnahme</translation>
    </message>
    <message>
        <source>Content &amp;format for writes:</source>
        <translation>Inhalts&amp;format beim Schreiben:</translation>
    </message>
    <message>
        <source>Content format for writes</source>
        <translation>Inhaltsformat beim Schreiben</translation>
    </message>
    <message>
        <source>The device&apos;s preference</source>
        <translation>Wie das Gerät es bevorzugt</translation>
    </message>
    <message>
        <source>TLV</source>
        <translation>TLV</translation>
    </message>
    <message>
        <source>SenML CBOR</source>
        <translation>SenML CBOR</translation>
    </message>
    <message>
        <source>SenML JSON</source>
        <translation>SenML JSON</translation>
    </message>
    <message>
        <source>LwM2M CBOR</source>
        <translation>LwM2M CBOR</translation>
    </message>
    <message>
        <source>PIN &amp;length:</source>
        <translation>PIN-&amp;Länge:</translation>
    </message>
    <message>
        <source>PIN length in digits</source>
        <translation>PIN-Länge in Ziffern</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> Ziffern</translation>
    </message>
    <message>
        <source>PIN &amp;expires after:</source>
        <translation>PIN läuft &amp;ab nach:</translation>
    </message>
    <message>
        <source>PIN expiry in minutes</source>
        <translation>Ablauf der PIN in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Listen &amp;port:</source>
        <translation>Empfangs&amp;port:</translation>
    </message>
    <message>
        <source>Port the bootstrap server listens on for real devices</source>
        <translation>Port, auf dem der Bootstrap-Server für echte Geräte lauscht</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>LwM2M &amp;server URI:</source>
        <translation>URI des LwM2M-&amp;Servers:</translation>
    </message>
    <message>
        <source>Default LwM2M server URI</source>
        <translation>Vorgabe für die URI des LwM2M-Servers</translation>
    </message>
    <message>
        <source>Start with the built-in &amp;demo device</source>
        <translation>Mit dem eingebauten &amp;Demogerät beginnen</translation>
    </message>
    <message>
        <source>Start with the built-in demo device</source>
        <translation>Mit dem eingebauten Demogerät beginnen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
</context>
<context>
    <name>lwc::ui::StepTimelineModel</name>
    <message>
        <source>Listen for the device</source>
        <translation>Auf das Gerät lauschen</translation>
    </message>
    <message>
        <source>Wait for the device</source>
        <translation>Auf das Gerät warten</translation>
    </message>
    <message>
        <source>Refused handshake</source>
        <translation>Abgelehnter Handshake</translation>
    </message>
    <message>
        <source>Prepare credentials</source>
        <translation>Zugangsdaten vorbereiten</translation>
    </message>
    <message>
        <source>Bootstrap-Discover</source>
        <translation>Bootstrap-Discover</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Bootstrap-Read</source>
        <translation>Bootstrap-Read</translation>
    </message>
    <message>
        <source>Verify (Discover)</source>
        <translation>Überprüfen (Discover)</translation>
    </message>
    <message>
        <source>Bootstrap-Finish</source>
        <translation>Bootstrap-Finish</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>lwc::ui::VaultDialog</name>
    <message>
        <source>Create the vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Every key this tool generates is stored encrypted in the vault. Choose a passphrase of at least %1 characters; without it the stored keys cannot be recovered.</source>
        <translation>Jeder Schlüssel, den dieses Werkzeug erzeugt, wird verschlüsselt im Tresor gespeichert. Wählen Sie eine Passphrase mit mindestens %1 Zeichen; ohne sie lassen sich die gespeicherten Schlüssel nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>The vault holds the keys of commissioned devices. Enter its passphrase to unlock it.</source>
        <translation>Der Tresor enthält die Schlüssel der in Betrieb genommenen Geräte. Geben Sie seine Passphrase ein, um ihn zu entsperren.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Change the vault passphrase</source>
        <translation>Tresor-Passphrase ändern</translation>
    </message>
    <message>
        <source>The stored keys stay as they are; only the passphrase that unlocks them changes.</source>
        <translation>Die gespeicherten Schlüssel bleiben, wie sie sind; nur die Passphrase zum Entsperren ändert sich.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Unlock with the &amp;system keychain</source>
        <translation>Mit dem &amp;Systemschlüsselbund entsperren</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) after the failed attempts.</source>
        <translation>
            <numerusform>Warten Sie nach den Fehlversuchen %n Sekunde.</numerusform>
            <numerusform>Warten Sie nach den Fehlversuchen %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>Schlüssel wird abgeleitet…</translation>
    </message>
    <message>
        <source>Wrong passphrase (attempt %1). Nothing was changed; check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Falsche Passphrase (Versuch %1). Es wurde nichts geändert; prüfen Sie Tastaturbelegung und Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation>Systemschlüsselbund wird gefragt…</translation>
    </message>
</context>
<context>
    <name>lwc::ui::VerifyPage</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>There is no bootstrap report to check.</source>
        <translation>Es gibt keinen Bootstrap-Bericht zum Prüfen.</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>Checks failed: %1. The device may not work as planned; see the details.</source>
        <translation>Fehlgeschlagene Prüfungen: %1. Das Gerät arbeitet möglicherweise nicht wie geplant; siehe Details.</translation>
    </message>
    <message>
        <source>The device holds what was planned. Warnings: %1.</source>
        <translation>Das Gerät enthält, was geplant war. Warnungen: %1.</translation>
    </message>
    <message>
        <source>The device holds what was planned.</source>
        <translation>Das Gerät enthält, was geplant war.</translation>
    </message>
    <message>
        <source>decision: %1 by %2</source>
        <translation>Entscheidung: %1 durch %2</translation>
    </message>
    <message>
        <source>Server certificate in /0/x/4</source>
        <translation>Serverzertifikat in /0/x/4</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>What the device holds now, compared with the plan.</source>
        <translation>Was das Gerät jetzt enthält, verglichen mit dem Plan.</translation>
    </message>
    <message>
        <source>&amp;Checks:</source>
        <translation>&amp;Prüfungen:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>Überprüfungen</translation>
    </message>
    <message>
        <source>&amp;Written to the device (secrets shown by size only):</source>
        <translation>&amp;Geschrieben auf das Gerät (Geheimnisse nur mit ihrer Größe):</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Written resources</source>
        <translation>Geschriebene Ressourcen</translation>
    </message>
    <message>
        <source>Check the &amp;server certificate…</source>
        <translation>&amp;Serverzertifikat prüfen…</translation>
    </message>
    <message>
        <source>Check the server certificate</source>
        <translation>Serverzertifikat prüfen</translation>
    </message>
</context>
</TS>
