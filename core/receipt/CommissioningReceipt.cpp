#include "CommissioningReceipt.h"

#include "Version.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace lwc {

namespace {

Error malformed(const QString& field, const QString& why)
{
    return makeError(QStringLiteral("receipt.malformed"),
                     QCoreApplication::translate("lwc::CommissioningReceipt",
                                                 "The receipt is incomplete or damaged (field \"%1\"). Use the file "
                                                 "exactly as the commissioning job saved it.")
                         .arg(field),
                     field + QLatin1String(": ") + why);
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray sha256(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

Result<QJsonObject> objectAt(const QJsonArray& array, qsizetype i, const QString& where)
{
    if (!array.at(i).isObject())
        return malformed(QStringLiteral("%1[%2]").arg(where).arg(i), QStringLiteral("not an object"));
    return array.at(i).toObject();
}

// Strict field access for fromJson: the object must have exactly `keys`.
class Fields {
public:
    Fields(const QJsonObject& object, QString where) : m_object(object), m_where(std::move(where)) { }

    Status expectKeys(std::initializer_list<const char*> keys) const
    {
        QSet<QString> expected;
        for (const char* k : keys)
            expected.insert(QString::fromLatin1(k));
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!expected.contains(it.key()))
                return malformed(m_where + QLatin1Char('.') + it.key(), QStringLiteral("unknown field"));
        for (const QString& k : std::as_const(expected))
            if (!m_object.contains(k))
                return malformed(m_where + QLatin1Char('.') + k, QStringLiteral("missing"));
        return Status::success();
    }

    Result<QString> string(const char* key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isString())
            return malformed(path(key), QStringLiteral("not a string"));
        return v.toString();
    }

    Result<qint64> integer(const char* key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isDouble() || double(v.toInteger()) != v.toDouble() || v.toInteger() < 0)
            return malformed(path(key), QStringLiteral("not a non-negative integer"));
        return v.toInteger();
    }

    Result<QJsonArray> array(const char* key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isArray())
            return malformed(path(key), QStringLiteral("not an array"));
        return v.toArray();
    }

    Result<QDateTime> time(const char* key) const
    {
        LWC_TRY(QString text, string(key));
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid() || !text.endsWith(u'Z'))
            return malformed(path(key), QStringLiteral("not an ISO 8601 UTC time: %1").arg(text));
        return t.toUTC();
    }

    Result<QByteArray> hash(const char* key) const
    {
        LWC_TRY(QString text, string(key));
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(text).hasMatch())
            return malformed(path(key), QStringLiteral("not 64 lower-case hex digits"));
        return QByteArray::fromHex(text.toLatin1());
    }

    template <typename E>
    Result<E> oneOf(const char* key, std::initializer_list<std::pair<const char*, E>> values) const
    {
        LWC_TRY(QString text, string(key));
        for (const auto& [name, value] : values)
            if (text == QLatin1String(name))
                return value;
        return malformed(path(key), QStringLiteral("unknown value '%1'").arg(text));
    }

    // The array `key` of objects, each with exactly `keys`: `read` makes a T
    // from an element's Fields ("receipt.steps[2]"), appended to `out`.
    template <typename T, typename Read>
    Status objects(const char* key, std::initializer_list<const char*> keys, QList<T>& out, Read read) const
    {
        LWC_TRY(const QJsonArray items, array(key));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString where = QStringLiteral("%1[%2]").arg(path(key)).arg(i);
            LWC_TRY(const QJsonObject o, objectAt(items, i, where));
            const Fields element(o, where);
            LWC_CHECK(element.expectKeys(keys));
            LWC_TRY(T item, read(element));
            out.append(std::move(item));
        }
        return Status::success();
    }

    QString path(const char* key) const { return m_where + QLatin1Char('.') + QLatin1String(key); }

private:
    const QJsonObject& m_object;
    QString m_where;
};

// Readers of one array element each (Fields::objects has checked its keys).

Result<ReceiptStep> stepFrom(const Fields& s)
{
    ReceiptStep step;
    LWC_TRY(step.name, s.string("name"));
    LWC_TRY(step.status,
            s.oneOf<ReceiptStep::Status>("status",
                                         {{"ok", ReceiptStep::Status::Ok},
                                          {"failed", ReceiptStep::Status::Failed},
                                          {"skipped", ReceiptStep::Status::Skipped}}));
    LWC_TRY(step.durationMs, s.integer("durationMs"));
    LWC_TRY(step.message, s.string("message"));
    return step;
}

Result<WrittenValue> writtenValueFrom(const Fields& w)
{
    static const QRegularExpression secretMarker(QStringLiteral("^<secret:(\\d+) bytes>$"));
    static const QRegularExpression hashValue(QStringLiteral("^sha256:([0-9a-f]{64})$"));
    WrittenValue value;
    LWC_TRY(value.path, w.string("path"));
    LWC_TRY(value.contentFormat, w.string("contentFormat"));
    LWC_TRY(value.size, w.integer("size"));
    LWC_TRY(const QString text, w.string("value"));
    if (const auto m = secretMarker.match(text); m.hasMatch()) {
        if (m.captured(1) != QString::number(value.size))
            return malformed(w.path("value"), QStringLiteral("secret size differs from size"));
        value.secret = true;
    } else if (const auto h = hashValue.match(text); h.hasMatch()) {
        value.sha256 = QByteArray::fromHex(h.captured(1).toLatin1());
    } else {
        return malformed(w.path("value"), QStringLiteral("neither sha256:<hex> nor a secret marker"));
    }
    return value;
}

Result<TrustedFingerprint> trustedFingerprintFrom(const Fields& t)
{
    TrustedFingerprint fp;
    LWC_TRY(fp.label, t.string("label"));
    LWC_TRY(fp.kind,
            t.oneOf<TrustedFingerprint::Kind>("kind",
                                              {{"certificate", TrustedFingerprint::Kind::Certificate},
                                               {"publicKey", TrustedFingerprint::Kind::PublicKey}}));
    LWC_TRY(fp.sha256, t.hash("sha256"));
    return fp;
}

Result<VerificationVerdict> verdictFrom(const Fields& v)
{
    VerificationVerdict verdict;
    LWC_TRY(verdict.check, v.string("check"));
    LWC_TRY(verdict.verdict,
            v.oneOf<VerificationVerdict::Verdict>("verdict",
                                                  {{"pass", VerificationVerdict::Verdict::Pass},
                                                   {"fail", VerificationVerdict::Verdict::Fail},
                                                   {"warning", VerificationVerdict::Verdict::Warning},
                                                   {"skipped", VerificationVerdict::Verdict::Skipped}}));
    LWC_TRY(const QString rule, v.string("rule"));
    if (!rule.isEmpty()) {
        const std::optional<Rule> parsed = ruleFromId(rule);
        if (!parsed || ruleId(*parsed) != rule)
            return malformed(v.path("rule"), QStringLiteral("not a rule id S1..S26: %1").arg(rule));
        verdict.rule = *parsed;
    }
    LWC_TRY(verdict.detail, v.string("detail"));
    return verdict;
}

} // namespace

// --- value helpers ---

QString WrittenValue::valueText() const
{
    if (secret)
        return QStringLiteral("<secret:%1 bytes>").arg(size);
    return QStringLiteral("sha256:") + QString::fromLatin1(sha256.toHex());
}

QString CommissioningReceipt::toString(ReceiptStep::Status status)
{
    switch (status) {
    case ReceiptStep::Status::Ok:
        return QStringLiteral("ok");
    case ReceiptStep::Status::Failed:
        return QStringLiteral("failed");
    case ReceiptStep::Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString CommissioningReceipt::toString(VerificationVerdict::Verdict verdict)
{
    switch (verdict) {
    case VerificationVerdict::Verdict::Pass:
        return QStringLiteral("pass");
    case VerificationVerdict::Verdict::Fail:
        return QStringLiteral("fail");
    case VerificationVerdict::Verdict::Warning:
        return QStringLiteral("warning");
    case VerificationVerdict::Verdict::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString CommissioningReceipt::toString(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString CommissioningReceipt::toString(TrustedFingerprint::Kind kind)
{
    return kind == TrustedFingerprint::Kind::Certificate ? QStringLiteral("certificate") : QStringLiteral("publicKey");
}

// --- building ---

CommissioningReceipt::CommissioningReceipt() : toolVersion(QStringLiteral(LWC_APPLICATION_NAME " " LWC_VERSION_STRING))
{
}

void CommissioningReceipt::addStep(QString name, ReceiptStep::Status status, qint64 durationMs, QString message)
{
    steps.append({std::move(name), status, durationMs, std::move(message)});
}

void CommissioningReceipt::addWrittenValue(QString path, QString contentFormat, QByteArrayView value)
{
    written.append({std::move(path), std::move(contentFormat), value.size(), false, sha256(value)});
}

void CommissioningReceipt::addWrittenSecret(QString path, QString contentFormat, const SecretBytes& secret)
{
    // S26: a receipt names a secret's size, never its bytes or a hash of them.
    written.append({std::move(path), std::move(contentFormat), secret.size(), true, {}});
}

void CommissioningReceipt::addTrustedCertificate(QString label, QByteArrayView certificateDer)
{
    trusted.append({std::move(label), TrustedFingerprint::Kind::Certificate, sha256(certificateDer)});
}

void CommissioningReceipt::addTrustedPublicKey(QString label, QByteArrayView subjectPublicKeyInfoDer)
{
    trusted.append({std::move(label), TrustedFingerprint::Kind::PublicKey, sha256(subjectPublicKeyInfoDer)});
}

void CommissioningReceipt::addVerdict(QString check, VerificationVerdict::Verdict verdict, Rule rule, QString detail)
{
    verification.append({std::move(check), verdict, rule, std::move(detail)});
}

Status CommissioningReceipt::validate() const
{
    if (jobId.trimmed().isEmpty())
        return malformed(QStringLiteral("jobId"), QStringLiteral("empty"));
    if (endpoint.trimmed().isEmpty())
        return malformed(QStringLiteral("endpoint"), QStringLiteral("empty"));
    if (!startedAt.isValid())
        return malformed(QStringLiteral("startedAt"), QStringLiteral("not set"));
    if (!finishedAt.isValid())
        return malformed(QStringLiteral("finishedAt"), QStringLiteral("not set"));
    if (finishedAt < startedAt)
        return malformed(QStringLiteral("finishedAt"), QStringLiteral("before startedAt"));
    for (qsizetype i = 0; i < steps.size(); ++i)
        if (steps[i].durationMs < 0)
            return malformed(QStringLiteral("steps[%1].durationMs").arg(i), QStringLiteral("negative"));
    for (qsizetype i = 0; i < written.size(); ++i) {
        const WrittenValue& w = written[i];
        if (w.path.isEmpty() || w.size < 0)
            return malformed(QStringLiteral("written[%1]").arg(i), QStringLiteral("no path or negative size"));
        if (w.secret ? !w.sha256.isEmpty() : w.sha256.size() != 32)
            return malformed(QStringLiteral("written[%1].value").arg(i), QStringLiteral("bad hash"));
    }
    for (qsizetype i = 0; i < trusted.size(); ++i)
        if (trusted[i].sha256.size() != 32)
            return malformed(QStringLiteral("trusted[%1].sha256").arg(i), QStringLiteral("not 32 bytes"));
    return Status::success();
}

// --- JSON ---

QJsonObject CommissioningReceipt::toJson() const
{
    QJsonArray stepArray;
    for (const ReceiptStep& s : steps) {
        stepArray.append(QJsonObject {{QStringLiteral("name"), s.name},
                                      {QStringLiteral("status"), toString(s.status)},
                                      {QStringLiteral("durationMs"), s.durationMs},
                                      {QStringLiteral("message"), s.message}});
    }
    QJsonArray writtenArray;
    for (const WrittenValue& w : written) {
        writtenArray.append(QJsonObject {{QStringLiteral("path"), w.path},
                                         {QStringLiteral("contentFormat"), w.contentFormat},
                                         {QStringLiteral("size"), w.size},
                                         {QStringLiteral("value"), w.valueText()}});
    }
    QJsonArray trustedArray;
    for (const TrustedFingerprint& t : trusted) {
        trustedArray.append(QJsonObject {{QStringLiteral("label"), t.label},
                                         {QStringLiteral("kind"), toString(t.kind)},
                                         {QStringLiteral("sha256"), QString::fromLatin1(t.sha256.toHex())}});
    }
    QJsonArray verdictArray;
    for (const VerificationVerdict& v : verification) {
        verdictArray.append(QJsonObject {{QStringLiteral("check"), v.check},
                                         {QStringLiteral("verdict"), toString(v.verdict)},
                                         {QStringLiteral("rule"), ruleId(v.rule)},
                                         {QStringLiteral("detail"), v.detail}});
    }
    return QJsonObject {
        {QStringLiteral("jobId"), jobId},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("deviceProfile"), deviceProfile},
        {QStringLiteral("transport"), transport},
        {QStringLiteral("securityMode"), securityMode},
        {QStringLiteral("technician"), technician},
        {QStringLiteral("toolVersion"), toolVersion},
        {QStringLiteral("startedAt"), timeText(startedAt)},
        {QStringLiteral("finishedAt"), timeText(finishedAt)},
        {QStringLiteral("steps"), stepArray},
        {QStringLiteral("written"), writtenArray},
        {QStringLiteral("trusted"), trustedArray},
        {QStringLiteral("verification"), verdictArray},
        {QStringLiteral("outcome"), toString(outcome)},
    };
}

Result<CommissioningReceipt> CommissioningReceipt::fromJson(const QJsonObject& object)
{
    const Fields f(object, QStringLiteral("receipt"));
    LWC_CHECK(
        f.expectKeys({"jobId", "endpoint", "deviceProfile", "transport", "securityMode", "technician", "toolVersion",
                      "startedAt", "finishedAt", "steps", "written", "trusted", "verification", "outcome"}));
    CommissioningReceipt r;
    LWC_TRY(r.jobId, f.string("jobId"));
    LWC_TRY(r.endpoint, f.string("endpoint"));
    LWC_TRY(r.deviceProfile, f.string("deviceProfile"));
    LWC_TRY(r.transport, f.string("transport"));
    LWC_TRY(r.securityMode, f.string("securityMode"));
    LWC_TRY(r.technician, f.string("technician"));
    LWC_TRY(r.toolVersion, f.string("toolVersion"));
    LWC_TRY(r.startedAt, f.time("startedAt"));
    LWC_TRY(r.finishedAt, f.time("finishedAt"));
    LWC_TRY(r.outcome,
            f.oneOf<Outcome>(
                "outcome",
                {{"succeeded", Outcome::Succeeded}, {"failed", Outcome::Failed}, {"cancelled", Outcome::Cancelled}}));

    LWC_CHECK(f.objects("steps", {"name", "status", "durationMs", "message"}, r.steps, stepFrom));
    LWC_CHECK(f.objects("written", {"path", "contentFormat", "size", "value"}, r.written, writtenValueFrom));
    LWC_CHECK(f.objects("trusted", {"label", "kind", "sha256"}, r.trusted, trustedFingerprintFrom));
    LWC_CHECK(f.objects("verification", {"check", "verdict", "rule", "detail"}, r.verification, verdictFrom));
    LWC_CHECK(r.validate());
    return r;
}

} // namespace lwc
