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
            <source>A link must start with '&lt;' at byte %1, like &lt;/3/0&gt;.</source>
            <translation>Ein Link muss bei Byte %1 mit '&lt;' beginnen, etwa &lt;/3/0&gt;.</translation>
        </message>
        <message>
            <source>The link target has a character that is not allowed in a URI at byte %1.</source>
            <translation>Das Link-Ziel enthält bei Byte %1 ein Zeichen, das in einer URI nicht erlaubt ist.</translation>
        </message>
        <message>
            <source>The link target that starts at byte %1 has no closing '&gt;'.</source>
            <translation>Dem Link-Ziel, das bei Byte %1 beginnt, fehlt das schließende '&gt;'.</translation>
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
            <source>The value of attribute "%1" is missing or invalid at byte %2.</source>
            <translation>Der Wert des Attributs "%1" fehlt bei Byte %2 oder ist ungültig.</translation>
        </message>
        <message>
            <source>Links must be separated by ',' (byte %1).</source>
            <translation>Links müssen durch ',' getrennt sein (Byte %1).</translation>
        </message>
        <message>
            <source>The link target "%1" has a character that is not allowed in a URI.</source>
            <translation>Das Link-Ziel "%1" enthält ein Zeichen, das in einer URI nicht erlaubt ist.</translation>
        </message>
        <message>
            <source>The attribute name "%1" is not valid in link format.</source>
            <translation>Der Attributname "%1" ist im Link-Format ungültig.</translation>
        </message>
        <message>
            <source>The value of attribute "%1" has a control character.</source>
            <translation>Der Wert des Attributs "%1" enthält ein Steuerzeichen.</translation>
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
            <source>Record %1: the value of %2 was redacted when it was decoded; decode again with --reveal-secrets or give the bytes as "hex".</source>
            <translation>Eintrag %1: Der Wert von %2 wurde beim Dekodieren geschwärzt; dekodieren Sie erneut mit --reveal-secrets oder geben Sie die Bytes als "hex" an.</translation>
        </message>
        <message>
            <source>The "format" is not one of %1.</source>
            <translation>Das "format" ist keines von %1.</translation>
        </message>
        <message>
            <source>The "path" must be a text like "/0".</source>
            <translation>Der "path" muss ein Text wie "/0" sein.</translation>
        </message>
        <message>
            <source>"links" must be a list of links.</source>
            <translation>"links" muss eine Liste von Links sein.</translation>
        </message>
        <message>
            <source>Each link needs a "target" text like "/0/1".</source>
            <translation>Jeder Link braucht einen "target"-Text wie "/0/1".</translation>
        </message>
        <message>
            <source>Each link attribute needs a "name".</source>
            <translation>Jedes Link-Attribut braucht einen "name".</translation>
        </message>
        <message>
            <source>The JSON needs a "records" list (or "links" for link format).</source>
            <translation>Das JSON braucht eine "records"-Liste (oder "links" für das Link-Format).</translation>
        </message>
        <message>
            <source>each record needs a "path" like "/0/1/3".</source>
            <translation>jeder Eintrag braucht einen "path" wie "/0/1/3".</translation>
        </message>
        <message>
            <source>the "type" of %1 is not one of none, string, integer, unsigned, float, boolean, opaque, time, objlnk, corelnk.</source>
            <translation>der "type" von %1 ist keiner von none, string, integer, unsigned, float, boolean, opaque, time, objlnk, corelnk.</translation>
        </message>
        <message>
            <source>%1 has no definition; give its "type".</source>
            <translation>%1 hat keine Definition; geben Sie den "type" an.</translation>
        </message>
        <message>
            <source>the time "t" of %1 must be a number.</source>
            <translation>die Zeit "t" von %1 muss eine Zahl sein.</translation>
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
            <source>The SenML record name "%1" is not an LwM2M path like /3/0/1.</source>
            <translation>Der SenML-Eintragsname "%1" ist kein LwM2M-Pfad wie /3/0/1.</translation>
        </message>
        <message>
            <source>The SenML record for %1 has a value, but values belong to resources like /3/0/1.</source>
            <translation>Der SenML-Eintrag für %1 hat einen Wert, Werte gehören aber zu Ressourcen wie /3/0/1.</translation>
        </message>
    </context>
    <context>
        <name>lwc::codec::SenmlPack</name>
        <message>
            <source>The SenML field "%1" at byte %2 has a value of the wrong type.</source>
            <translation>Das SenML-Feld "%1" bei Byte %2 hat einen Wert des falschen Typs.</translation>
        </message>
        <message>
            <source>A SenML record has the field "%1" twice (byte %2).</source>
            <translation>Ein SenML-Eintrag enthält das Feld "%1" zweimal (Byte %2).</translation>
        </message>
        <message>
            <source>The SenML field "%1" at byte %2 must be understood but is not supported (RFC 8428 labels ending in '_').</source>
            <translation>Das SenML-Feld "%1" bei Byte %2 muss verstanden werden, wird aber nicht unterstützt (RFC-8428-Bezeichner mit '_' am Ende).</translation>
        </message>
        <message>
            <source>The SenML data value ("vd") at byte %1 is not valid base64 or base64url.</source>
            <translation>Der SenML-Datenwert ("vd") bei Byte %1 ist kein gültiges Base64 oder Base64url.</translation>
        </message>
        <message>
            <source>The SenML pack declares version ("bver") %1 at byte %2; versions 1 to 10 are supported.</source>
            <translation>Das SenML-Paket gibt bei Byte %2 die Version ("bver") %1 an; unterstützt werden die Versionen 1 bis 10.</translation>
        </message>
        <message>
            <source>The SenML record at byte %1 has more than one value field (v, vs, vb, vd, vlo).</source>
            <translation>Der SenML-Eintrag bei Byte %1 hat mehr als ein Wertfeld (v, vs, vb, vd, vlo).</translation>
        </message>
        <message>
            <source>The SenML record at byte %1 has no name (neither "bn" nor "n").</source>
            <translation>Der SenML-Eintrag bei Byte %1 hat keinen Namen (weder "bn" noch "n").</translation>
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
            <source>A SenML JSON pack must be an array of records, like [{"n":"/3/0/0","vs":"text"}].</source>
            <translation>Ein SenML-JSON-Paket muss ein Array von Einträgen sein, etwa [{"n":"/3/0/0","vs":"text"}].</translation>
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
        <name>lwc::lwm2m::ObjectRegistry</name>
        <message>
            <source>The object definition file %1 is not well-formed XML at line %2; fix it or download it again from the OMA LwM2M registry.</source>
            <translation>Die Objektdefinitionsdatei %1 ist in Zeile %2 kein wohlgeformtes XML; korrigieren Sie sie oder laden Sie sie erneut aus der OMA-LwM2M-Registry.</translation>
        </message>
        <message>
            <source>The object definition file %1 has an invalid &lt;%2&gt; value '%3' at line %4.</source>
            <translation>Die Objektdefinitionsdatei %1 hat in Zeile %4 einen ungültigen &lt;%2&gt;-Wert '%3'.</translation>
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
            <source>The object definition file %1 uses an unknown resource type '%2' at line %3 (known: String, Integer, Unsigned Integer, Float, Boolean, Opaque, Time, Objlnk, Corelnk).</source>
            <translation>Die Objektdefinitionsdatei %1 verwendet in Zeile %3 den unbekannten Ressourcentyp '%2' (bekannt: String, Integer, Unsigned Integer, Float, Boolean, Opaque, Time, Objlnk, Corelnk).</translation>
        </message>
        <message>
            <source>The object definition file %1 gives resource %2 no type although it is not executable (line %3).</source>
            <translation>Die Objektdefinitionsdatei %1 gibt der Ressource %2 keinen Typ, obwohl sie nicht ausführbar ist (Zeile %3).</translation>
        </message>
        <message>
            <source>The object definition file %1 has an invalid &lt;ObjectID&gt; '%2' (0..65534) at line %3.</source>
            <translation>Die Objektdefinitionsdatei %1 hat in Zeile %3 eine ungültige &lt;ObjectID&gt; '%2' (0..65534).</translation>
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
            <source>The LwM2M path must start with '/', like /0/1/3.</source>
            <translation>Der LwM2M-Pfad muss mit '/' beginnen, etwa /0/1/3.</translation>
        </message>
        <message>
            <source>The LwM2M path has more than four levels (object/instance/resource/resource instance).</source>
            <translation>Der LwM2M-Pfad hat mehr als vier Ebenen (Objekt/Instanz/Ressource/Ressourceninstanz).</translation>
        </message>
        <message>
            <source>The LwM2M path ends with '/'; remove the last '/'.</source>
            <translation>Der LwM2M-Pfad endet mit '/'; entfernen Sie den letzten '/'.</translation>
        </message>
        <message>
            <source>The LwM2M path contains a part that is not a decimal number, like '/3/x'.</source>
            <translation>Der LwM2M-Pfad enthält einen Teil, der keine Dezimalzahl ist, etwa '/3/x'.</translation>
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
