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
            <source>The receipt is incomplete or damaged (field "%1"). Use the file exactly as the commissioning job saved it.</source>
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
            <source>Receipts are signed with ECDSA on the P-256 curve only; the %1 is a different kind of key. Use the local CA's P-256 key.</source>
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
            <source>The receipt's signature does not match its content: it was changed after signing. Do not rely on it.</source>
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
    <context>
        <name>lwc::ui::ReceiptPrinter</name>
        <message>
            <source>Could not write the PDF %1: %2. Choose another folder or free disk space.</source>
            <translation>Die PDF-Datei %1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder schaffen Sie Speicherplatz.</translation>
        </message>
    </context>
</TS>
