#pragma once

// Helpers shared by the codecs (not part of the public codec API).
#include "lwm2m/Record.h"

#include "common/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

class QCborStreamReader;

namespace lwc::codec {

// Strict UTF-8 (no replacement characters, a leading BOM kept as U+FEFF).
std::optional<QString> decodeUtf8(QByteArrayView bytes);

// Every record lies under `target`, at resource or resource-instance level,
// with a value (not None unless allowNone), and no time unless allowTime.
// `format` names the format in the error ("TLV").
Status checkRecordsForEncoding(const lwm2m::Path& target, const QList<lwm2m::Record>& records, const QString& format,
                               bool allowTime, bool allowNone = false);

// RFC 4648 base64url without padding (RFC 8428 for "vd"), appended to `out`
// without an intermediate copy.
void appendBase64Url(QByteArray& out, QByteArrayView bytes);
qsizetype base64UrlLength(qsizetype bytes);
// Accepts base64 and base64url, with or without padding, but not a mix of
// the two alphabets; no whitespace. nullopt on anything else. The result is
// sized exactly (no reallocation), so a secret can be taken from it.
std::optional<QByteArray> decodeBase64Any(QByteArrayView text);

// Shortest text that reads back to the same double ("22.4", "1e+300");
// integral values get ".0" so they stay floats; `fixed` avoids exponents.
QByteArray formatDouble(double v, bool fixed = false);

// Room for an encoded payload, so that writing never reallocates (a stray
// copy of a secret in freed memory). Generous upper bound.
qsizetype estimateEncodedSize(const QList<lwm2m::Record>& records);

// A whole CBOR text or byte string (all chunks), for SenML CBOR and LwM2M
// CBOR; false on a CBOR error. Byte strings go into an exactly sized buffer;
// chunks are joined into a new buffer and the old ones wiped, so no copy of a
// secret stays behind (nor in `out` after a failure).
bool readCborText(QCborStreamReader& reader, QString& out);
bool readCborBytes(QCborStreamReader& reader, QByteArray& out);

} // namespace lwc::codec
