#include "ObjectDefinition.h"

#include <QRegularExpression>

namespace lwc::lwm2m {

QString operationsToString(Operations ops)
{
    QString s;
    if (ops.testFlag(Operation::Read))
        s += QLatin1Char('R');
    if (ops.testFlag(Operation::Write))
        s += QLatin1Char('W');
    if (ops.testFlag(Operation::Execute))
        s += QLatin1Char('E');
    return s;
}

std::optional<Operations> operationsFromString(QStringView text)
{
    Operations ops;
    for (QChar c : text.trimmed()) {
        switch (c.toUpper().unicode()) {
        case u'R':
            ops |= Operation::Read;
            break;
        case u'W':
            ops |= Operation::Write;
            break;
        case u'E':
            ops |= Operation::Execute;
            break;
        default:
            return std::nullopt;
        }
    }
    return ops;
}

bool ValueRange::contains(double v) const
{
    if (intervals.isEmpty())
        return true;
    for (const Interval& i : intervals) {
        if (v >= i.min && v <= i.max)
            return true;
    }
    return false;
}

ValueRange ValueRange::between(double min, double max)
{
    ValueRange r;
    r.intervals.append({min, max});
    r.text = QString::number(min, 'g', 17) + QStringLiteral("..") + QString::number(max, 'g', 17);
    return r;
}

ValueRange ValueRange::oneOf(std::initializer_list<double> values)
{
    ValueRange r;
    QStringList parts;
    for (double v : values) {
        r.intervals.append({v, v});
        parts << QString::number(v, 'g', 17);
    }
    r.text = parts.join(QLatin1Char(','));
    return r;
}

ValueRange ValueRange::parse(QStringView text)
{
    ValueRange r;
    r.text = text.trimmed().toString();
    QString body = r.text;
    static const QRegularExpression bytesSuffix(QStringLiteral("\\s*bytes?\\s*$"),
                                                QRegularExpression::CaseInsensitiveOption);
    body.remove(bytesSuffix);
    body = body.trimmed();
    if (body.isEmpty() || body == QLatin1String("-"))
        return r;
    static const QRegularExpression number(QStringLiteral("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*$"));
    static const QRegularExpression dotted(
        QStringLiteral("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*\\.\\.\\s*(-?\\d+(?:\\.\\d+)?)\\s*$"));
    static const QRegularExpression dashed(
        QStringLiteral("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*-\\s*(-?\\d+(?:\\.\\d+)?)\\s*$"));
    const QStringList parts = body.split(QLatin1Char(','));
    for (const QString& part : parts) {
        QRegularExpressionMatch m = dotted.match(part);
        if (!m.hasMatch())
            m = dashed.match(part);
        if (m.hasMatch()) {
            const double a = m.captured(1).toDouble();
            const double b = m.captured(2).toDouble();
            if (a > b) {
                r.intervals.clear();
                r.understood = false;
                return r;
            }
            r.intervals.append({a, b});
            continue;
        }
        m = number.match(part);
        if (m.hasMatch()) {
            const double a = m.captured(1).toDouble();
            r.intervals.append({a, a});
            continue;
        }
        r.intervals.clear();
        r.understood = false;
        return r;
    }
    return r;
}

const ResourceDefinition* ObjectDefinition::resource(quint16 resourceId) const
{
    const auto it = resources.find(resourceId);
    return it == resources.end() ? nullptr : &it->second;
}

} // namespace lwc::lwm2m
