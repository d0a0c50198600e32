#include "Result.h"

namespace lwc {

QString Error::toString() const
{
    QString s;
    if (hasRule())
        s += QLatin1Char('[') + ruleId(rule) + QLatin1String("] ");
    s += userText.isEmpty() ? code : userText;
    if (!userText.isEmpty() || !details.isEmpty()) {
        s += QLatin1String(" (") + code;
        if (!details.isEmpty())
            s += QLatin1String(": ") + details;
        s += QLatin1Char(')');
    }
    return s;
}

Error&& Error::withContext(const QString& context) &&
{
    details = details.isEmpty() ? context : context + QLatin1String("; ") + details;
    return std::move(*this);
}

Error makeError(QString code, QString userText, QString details, Rule rule)
{
    return Error {std::move(code), std::move(userText), std::move(details), rule};
}

} // namespace lwc
