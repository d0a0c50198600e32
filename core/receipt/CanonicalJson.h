#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace lwc {

// The one byte form of a JSON value that gets signed: object keys sorted by
// UTF-16 code units, no whitespace, strings escaped as in RFC 8785 (only
// '"', '\\' and control characters; \b \f \n \r \t short forms, other
// controls as \u00xx), everything else raw UTF-8. Numbers must be integers
// within +-2^53 (receipts use no fractions), which keeps the form free of
// floating-point formatting questions.
class CanonicalJson {
public:
    static Result<QByteArray> serialize(const QJsonValue& value);
    static Result<QByteArray> serialize(const QJsonObject& object) { return serialize(QJsonValue(object)); }
};

} // namespace lwc
