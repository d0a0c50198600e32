#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace lwc {

// Security rules S1..S26 of ../shared/spec/SECURITY-RULES.md. Code that
// enforces a rule passes its id into the Error it returns.
enum class Rule : unsigned char {
    None = 0,
    S1 = 1,
    S2,
    S3,
    S4,
    S5,
    S6,
    S7,
    S8,
    S9,
    S10,
    S11,
    S12,
    S13,
    S14,
    S15,
    S16,
    S17,
    S18,
    S19,
    S20,
    S21,
    S22,
    S23,
    S24,
    S25,
    S26,
};

constexpr int kRuleCount = 26;

// "S4" for Rule::S4, empty for Rule::None.
QString ruleId(Rule rule);
// Accepts "S4" or "s4"; nullopt for anything else.
std::optional<Rule> ruleFromId(QStringView id);

} // namespace lwc
