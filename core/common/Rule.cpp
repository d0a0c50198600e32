#include "Rule.h"

namespace lwc {

QString ruleId(Rule rule)
{
    if (rule == Rule::None)
        return {};
    return QStringLiteral("S%1").arg(static_cast<int>(rule));
}

std::optional<Rule> ruleFromId(QStringView id)
{
    if (id.size() < 2 || (id.front() != u'S' && id.front() != u's'))
        return std::nullopt;
    bool ok = false;
    const int n = id.mid(1).toInt(&ok);
    if (!ok || n < 1 || n > kRuleCount || id.mid(1).startsWith(u'0') || id.mid(1).startsWith(u'+'))
        return std::nullopt;
    return static_cast<Rule>(n);
}

} // namespace lwc
