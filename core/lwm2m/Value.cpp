#include "Value.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace lwc::lwm2m {

QString valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::None:
        return QStringLiteral("none");
    case ValueType::String:
        return QStringLiteral("string");
    case ValueType::Integer:
        return QStringLiteral("integer");
    case ValueType::UnsignedInteger:
        return QStringLiteral("unsigned");
    case ValueType::Float:
        return QStringLiteral("float");
    case ValueType::Boolean:
        return QStringLiteral("boolean");
    case ValueType::Opaque:
        return QStringLiteral("opaque");
    case ValueType::Time:
        return QStringLiteral("time");
    case ValueType::Objlnk:
        return QStringLiteral("objlnk");
    case ValueType::Corelnk:
        return QStringLiteral("corelnk");
    }
    return QStringLiteral("none");
}

std::optional<ValueType> valueTypeFromName(QStringView name)
{
    // Case-insensitive, spaces and underscores ignored: "Unsigned Integer",
    // "unsigned_integer" and "unsigned" all match.
    QString key;
    for (QChar c : name) {
        if (c != u' ' && c != u'_' && c != u'-')
            key += c.toLower();
    }
    static const std::pair<const char*, ValueType> names[] = {
        {"none", ValueType::None},
        {"", ValueType::None},
        {"string", ValueType::String},
        {"integer", ValueType::Integer},
        {"int", ValueType::Integer},
        {"unsigned", ValueType::UnsignedInteger},
        {"unsignedinteger", ValueType::UnsignedInteger},
        {"uint", ValueType::UnsignedInteger},
        {"float", ValueType::Float},
        {"boolean", ValueType::Boolean},
        {"bool", ValueType::Boolean},
        {"opaque", ValueType::Opaque},
        {"time", ValueType::Time},
        {"objlnk", ValueType::Objlnk},
        {"corelnk", ValueType::Corelnk},
    };
    for (const auto& [n, t] : names) {
        if (key == QLatin1String(n))
            return t;
    }
    return std::nullopt;
}

QString Objlnk::toString() const
{
    return QString::number(objectId) + QLatin1Char(':') + QString::number(instanceId);
}

Result<Objlnk> Objlnk::parse(QStringView text)
{
    const auto bad = [&] {
        return makeError(QStringLiteral("lwm2m.objlnk.invalid"),
                         QCoreApplication::translate("lwc::lwm2m::Value",
                                                     "An object link must look like 66:0 (object ID, colon, "
                                                     "instance ID; 65535:65535 for no link)."),
                         QStringLiteral("objlnk '%1'").arg(text.left(32)));
    };
    if (text.compare(QLatin1String("FFFF:FFFF"), Qt::CaseInsensitive) == 0)
        return Objlnk {};
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0 || colon == text.size() - 1)
        return bad();
    const auto parsePart = [](QStringView part, quint16& out) {
        if (part.isEmpty() || part.size() > 5 || (part.size() > 1 && part.front() == u'0'))
            return false;
        quint32 v = 0;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + quint32(c.unicode() - u'0');
        }
        if (v > 0xFFFF)
            return false;
        out = quint16(v);
        return true;
    };
    Objlnk link;
    if (!parsePart(text.left(colon), link.objectId) || !parsePart(text.mid(colon + 1), link.instanceId))
        return bad();
    return link;
}

Value Value::string(QString text)
{
    return Value(ValueType::String, std::move(text));
}

Value Value::integer(qint64 v)
{
    return Value(ValueType::Integer, v);
}

Value Value::unsignedInteger(quint64 v)
{
    return Value(ValueType::UnsignedInteger, v);
}

Value Value::floating(double v)
{
    return Value(ValueType::Float, v);
}

Value Value::boolean(bool v)
{
    return Value(ValueType::Boolean, v);
}

Value Value::opaque(QByteArray bytes)
{
    return Value(ValueType::Opaque, std::move(bytes));
}

Value Value::secret(SecretBytes bytes)
{
    return secret(std::make_shared<const SecretBytes>(std::move(bytes)));
}

Value Value::secret(std::shared_ptr<const SecretBytes> bytes)
{
    if (!bytes)
        bytes = std::make_shared<const SecretBytes>();
    return Value(ValueType::Opaque, std::move(bytes));
}

Value Value::time(qint64 secondsSinceEpoch)
{
    return Value(ValueType::Time, secondsSinceEpoch);
}

Value Value::objlnk(Objlnk link)
{
    return Value(ValueType::Objlnk, link);
}

Value Value::corelnk(QString link)
{
    return Value(ValueType::Corelnk, std::move(link));
}

const QString& Value::toText() const
{
    Q_ASSERT(m_type == ValueType::String || m_type == ValueType::Corelnk);
    return std::get<QString>(m_data);
}

qint64 Value::toInteger() const
{
    Q_ASSERT(m_type == ValueType::Integer || m_type == ValueType::Time);
    return std::get<qint64>(m_data);
}

quint64 Value::toUnsigned() const
{
    Q_ASSERT(m_type == ValueType::UnsignedInteger);
    return std::get<quint64>(m_data);
}

double Value::toDouble() const
{
    Q_ASSERT(m_type == ValueType::Float);
    return std::get<double>(m_data);
}

bool Value::toBool() const
{
    Q_ASSERT(m_type == ValueType::Boolean);
    return std::get<bool>(m_data);
}

Objlnk Value::toObjlnk() const
{
    Q_ASSERT(m_type == ValueType::Objlnk);
    return std::get<Objlnk>(m_data);
}

const QByteArray& Value::opaqueBytes() const
{
    Q_ASSERT(m_type == ValueType::Opaque && !isSecret());
    return std::get<QByteArray>(m_data);
}

const std::shared_ptr<const SecretBytes>& Value::secretBytes() const
{
    Q_ASSERT(isSecret());
    return std::get<std::shared_ptr<const SecretBytes>>(m_data);
}

QByteArrayView Value::opaqueView() const
{
    if (const auto* secret = std::get_if<std::shared_ptr<const SecretBytes>>(&m_data))
        return (*secret)->view();
    if (const auto* bytes = std::get_if<QByteArray>(&m_data))
        return QByteArrayView(*bytes);
    return {};
}

QString Value::describe(bool revealSecrets) const
{
    switch (m_type) {
    case ValueType::None:
        return QStringLiteral("(none)");
    case ValueType::String:
    case ValueType::Corelnk:
        return QLatin1Char('"') + toText() + QLatin1Char('"');
    case ValueType::Integer:
    case ValueType::Time:
        return QString::number(toInteger());
    case ValueType::UnsignedInteger:
        return QString::number(toUnsigned());
    case ValueType::Float:
        return QString::number(toDouble(), 'g', QLocale::FloatingPointShortest);
    case ValueType::Boolean:
        return toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ValueType::Objlnk:
        return toObjlnk().toString();
    case ValueType::Opaque:
        if (isSecret() && !revealSecrets)
            return secretBytes()->describe();
        return QStringLiteral("0x") + QString::fromLatin1(opaqueView().toByteArray().toHex());
    }
    return {};
}

bool Value::operator==(const Value& other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case ValueType::None:
        return true;
    case ValueType::Float: {
        const double a = toDouble();
        const double b = other.toDouble();
        return a == b || (std::isnan(a) && std::isnan(b));
    }
    case ValueType::Opaque:
        if (isSecret())
            return secretBytes()->equals(other.opaqueView());
        if (other.isSecret())
            return other.secretBytes()->equals(opaqueView());
        return opaqueBytes() == other.opaqueBytes();
    default:
        return m_data == other.m_data;
    }
}

QDebug operator<<(QDebug debug, const Value& value)
{
    QDebugStateSaver saver(debug);
    debug.noquote().nospace() << valueTypeName(value.type()) << '(' << value.describe(false) << ')';
    return debug;
}

} // namespace lwc::lwm2m
