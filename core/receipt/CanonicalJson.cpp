#include "CanonicalJson.h"

#include "codec/JsonReader.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace lwc {

namespace {

constexpr double kMaxSafeInteger = 9007199254740992.0; // 2^53

// Strings are escaped by the codecs' JSON writer: exactly the RFC 8785 set
// (the tests pin the bytes, since a change would break signatures).
void appendString(QByteArray& out, const QString& text)
{
    codec::JsonWriter::appendString(out, QStringView(text));
}

Status append(QByteArray& out, const QJsonValue& value, const QString& where)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out.append("null");
        return Status::success();
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return Status::success();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kMaxSafeInteger) {
            return makeError(QStringLiteral("receipt.malformed"),
                             QCoreApplication::translate("lwc::CanonicalJson",
                                                         "The receipt contains a number that is not a whole number "
                                                         "(or is too large), so it was not written by this program."),
                             QStringLiteral("%1: %2").arg(where).arg(d));
        }
        out.append(QByteArray::number(qint64(d)));
        return Status::success();
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return Status::success();
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            LWC_CHECK(append(out, array.at(i), where + QStringLiteral("[%1]").arg(i)));
        }
        out.append(']');
        return Status::success();
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // QString's operator< compares UTF-16 code units, as RFC 8785 asks.
        std::sort(keys.begin(), keys.end());
        out.append('{');
        bool first = true;
        for (const QString& key : std::as_const(keys)) {
            if (!first)
                out.append(',');
            first = false;
            appendString(out, key);
            out.append(':');
            LWC_CHECK(append(out, object.value(key), where + QLatin1Char('.') + key));
        }
        out.append('}');
        return Status::success();
    }
    case QJsonValue::Undefined:
        break;
    }
    return makeError(
        QStringLiteral("receipt.malformed"),
        QCoreApplication::translate("lwc::CanonicalJson", "The receipt contains a value JSON cannot represent."),
        where);
}

} // namespace

Result<QByteArray> CanonicalJson::serialize(const QJsonValue& value)
{
    QByteArray out;
    LWC_CHECK(append(out, value, QStringLiteral("$")));
    return out;
}

} // namespace lwc
