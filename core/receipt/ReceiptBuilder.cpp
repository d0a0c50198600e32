#include "ReceiptBuilder.h"

#include "coap/SuitePolicy.h"
#include "codec/ContentFormat.h"
#include "lwm2m/Path.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace lwc {

namespace {

const bootstrap::StepReport* lastStep(const bootstrap::BootstrapReport& report, const QString& name)
{
    for (qsizetype i = report.steps.size() - 1; i >= 0; --i)
        if (report.steps.at(i).name == name)
            return &report.steps.at(i);
    return nullptr;
}

QString formatLabel(quint16 number)
{
    const auto f = codec::contentFormatFromNumber(number);
    return f ? codec::contentFormatMediaType(*f) : QString::number(number);
}

ReceiptStep::Status receiptStatus(jobs::StepState state)
{
    switch (state) {
    case jobs::StepState::Done:
        return ReceiptStep::Status::Ok;
    case jobs::StepState::Skipped:
        return ReceiptStep::Status::Skipped;
    case jobs::StepState::Pending:
    case jobs::StepState::Running:
    case jobs::StepState::Failed:
        return ReceiptStep::Status::Failed;
    }
    return ReceiptStep::Status::Failed;
}

} // namespace

QString ReceiptBuilder::loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("technician") : name;
}

QList<WrittenValue> ReceiptBuilder::writtenValues(const bootstrap::WrittenInstance& instance)
{
    static const QRegularExpression secretRe(QStringLiteral("^<secret:(\\d+) bytes>$"));
    QList<WrittenValue> values;
    const QString format = formatLabel(instance.contentFormat);
    for (const QString& entry : instance.resources) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString path = instance.path + QLatin1Char('/') + entry.left(eq);
        const QString text = entry.mid(eq + 1);
        const QRegularExpressionMatch secret = secretRe.match(text);
        WrittenValue v;
        v.path = path;
        v.contentFormat = format;
        if (secret.hasMatch()) {
            // S26: a secret is recorded by its size only, not even a hash.
            v.secret = true;
            v.size = secret.captured(1).toLongLong();
            values << v;
            continue;
        }
        QByteArray bytes;
        if (text.startsWith(QLatin1String("0x")))
            bytes = QByteArray::fromHex(text.mid(2).toLatin1());
        else if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
            bytes = text.mid(1, text.size() - 2).toUtf8();
        else
            bytes = text.toUtf8(); // numbers and booleans as their text
        v.size = bytes.size();
        v.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        values << v;
    }
    return values;
}

QList<VerificationVerdict> ReceiptBuilder::verification(const bootstrap::BootstrapReport& report,
                                                        const bootstrap::DevicePlan* plan)
{
    using V = VerificationVerdict::Verdict;
    QList<VerificationVerdict> out;
    auto add = [&out](QString check, V verdict, Rule rule, QString detail) {
        out << VerificationVerdict {std::move(check), verdict, rule, std::move(detail)};
    };

    // The channel the configuration travelled over.
    const QString suite = report.cipherSuiteIana.isEmpty() ? report.cipherSuite : report.cipherSuiteIana;
    if (report.channelMode == QLatin1String("pin")) {
        // S4: a low-entropy PIN only with TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256.
        const bool ok = report.cipherSuite == QLatin1String("ECDHE-PSK-AES128-CBC-SHA256");
        add(tr("PIN used only with ECDHE-PSK"), ok ? V::Pass : V::Fail, Rule::S4,
            ok ? tr("Negotiated %1.").arg(suite)
               : tr("Negotiated %1; a PIN may only be used with TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256.")
                     .arg(suite.isEmpty() ? tr("no suite") : suite));
    } else if (report.channelMode == QLatin1String("psk")) {
        const bool ok = coap::SuitePolicy::forMode(coap::SecurityMode::Psk).allows(report.cipherSuite);
        add(tr("Bootstrap channel cipher suite"), ok ? V::Pass : V::Fail, Rule::S7,
            ok ? tr("Negotiated %1.").arg(suite)
               : tr("Negotiated %1, which the PSK policy does not allow.").arg(suite));
    } else if (report.channelMode == QLatin1String("x509")) {
        add(tr("Device certificate"), V::Pass, Rule::S18,
            tr("The device's certificate chains to the expected CA and its Subject CN is the endpoint name; the "
               "handshake is refused otherwise."));
    } else if (report.channelMode == QLatin1String("nosec")) {
        add(tr("Bootstrap channel security"), V::Warning, Rule::S1,
            tr("INSECURE: the bootstrap channel was not secured (NoSec); anyone on the network could read or change "
               "what was written."));
    }

    // Insecure accounts written (S1).
    for (const bootstrap::WrittenInstance& w : report.written) {
        if (w.securityMode == QLatin1String("nosec"))
            add(tr("Security of account %1").arg(w.path), V::Warning, Rule::S1,
                tr("INSECURE: this server account uses no security (NoSec)."));
    }

    // Discover after the writes, compared with the plan.
    if (const auto* s = lastStep(report, QStringLiteral("verify"))) {
        if (!s->ok)
            add(tr("Discover matches the plan"), V::Fail, Rule::S24, s->message);
        else if (!s->code.startsWith(QLatin1String("2."))) // 4.04/4.05: the device has no Discover
            add(tr("Discover matches the plan"), V::Warning, Rule::S24, s->message);
        else
            add(tr("Discover matches the plan"), V::Pass, Rule::S24,
                tr("Every Security and Server instance written is on the device with its Short Server ID."));
    } else {
        add(tr("Discover matches the plan"), V::Skipped, Rule::S24,
            plan && !plan->verify ? tr("Verification by Discover is turned off in the plan.")
                                  : tr("The bootstrap ended before the verification step."));
    }

    // Server object read back.
    if (const auto* s = lastStep(report, QStringLiteral("bootstrap-read"))) {
        // ok without a 2.xx answer: LwM2M 1.0 (not sent) or not supported (4.xx).
        const bool skipped = s->ok && !s->code.startsWith(QLatin1String("2."));
        add(tr("Server object read back"),
            !s->ok        ? V::Fail
                : skipped ? V::Skipped
                          : V::Pass,
            Rule::None, s->message.isEmpty() ? tr("/1 matches the plan.") : s->message);
    } else {
        add(tr("Server object read back"), V::Skipped, Rule::None,
            plan && !plan->bootstrapRead ? tr("Bootstrap-Read is turned off in the plan.")
                                         : tr("The bootstrap ended before Bootstrap-Read."));
    }

    // S20: Secret Key must never be readable.
    QStringList leaks;
    for (const QString& flag : report.flags)
        if (flag.startsWith(QLatin1String("S20")))
            leaks << flag;
    if (!leaks.isEmpty())
        add(tr("Secret Key not readable"), V::Fail, Rule::S20, leaks.join(QLatin1String("; ")));
    else
        add(tr("Secret Key not readable"), V::Pass, Rule::S20,
            tr("The tool never reads resource 5 back, and no read answer from the device contained it."));

    // Bootstrap-Finish.
    if (const auto* s = lastStep(report, QStringLiteral("finish")))
        add(tr("Bootstrap-Finish accepted"), s->ok ? V::Pass : V::Fail, Rule::None,
            s->ok ? tr("The device found its new configuration consistent.") : s->message);
    else
        add(tr("Bootstrap-Finish accepted"), V::Skipped, Rule::None,
            tr("The bootstrap ended before Bootstrap-Finish."));

    // What this tool cannot check from here.
    add(tr("Registration with the LwM2M server"), V::Skipped, Rule::None,
        tr("The device registers with its LwM2M server on its own after Bootstrap-Finish; check the server's "
           "registration list. This tool is only the bootstrap server."));
    return out;
}

CommissioningReceipt ReceiptBuilder::build(const jobs::JobRecord& job, const bootstrap::BootstrapReport* report,
                                           const bootstrap::DevicePlan* plan, const Context& context)
{
    CommissioningReceipt r;
    r.jobId = job.id;
    r.endpoint = job.endpoint;
    r.deviceProfile = context.deviceProfile;
    r.technician = context.technician.isEmpty() ? loginName() : context.technician;
    const QString mode = plan ? coap::securityModeName(plan->channel.mode) : report ? report->channelMode : QString();
    r.securityMode = mode;
    r.transport = mode == QLatin1String("nosec") ? QStringLiteral("coap") : QStringLiteral("coaps");
    r.startedAt = (job.startedAt.isValid() ? job.startedAt : job.createdAt).toUTC();
    r.finishedAt = (job.finishedAt.isValid() ? job.finishedAt : r.startedAt).toUTC();
    if (r.finishedAt < r.startedAt)
        r.finishedAt = r.startedAt;

    for (const jobs::JobStep& s : job.steps) {
        QString message = s.message;
        if (!s.detail.isEmpty())
            message = message.isEmpty() ? s.detail : s.detail + QLatin1String(": ") + message;
        if (s.rule != Rule::None)
            message = QLatin1Char('[') + ruleId(s.rule) + QLatin1String("] ") + message;
        r.addStep(s.name, receiptStatus(s.state), qMax<qint64>(0, s.durationMs), message);
    }

    switch (job.state) {
    case jobs::JobState::Succeeded:
        r.outcome = CommissioningReceipt::Outcome::Succeeded;
        break;
    case jobs::JobState::Cancelled:
        r.outcome = CommissioningReceipt::Outcome::Cancelled;
        break;
    default:
        r.outcome = CommissioningReceipt::Outcome::Failed;
        break;
    }

    if (plan && plan->channel.mode == coap::SecurityMode::Certificate) {
        for (const QByteArray& ca : plan->channel.caCertificates) {
            QByteArray der = ca;
            if (ca.contains("-----BEGIN CERTIFICATE-----")) {
                const qsizetype from = ca.indexOf("-----BEGIN CERTIFICATE-----") + 27;
                const qsizetype to = ca.indexOf("-----END CERTIFICATE-----", from);
                der = QByteArray::fromBase64(ca.mid(from, to - from).simplified().replace(' ', ""));
            }
            r.addTrustedCertificate(tr("Device CA (bootstrap channel)"), der);
        }
    }

    if (report) {
        for (const bootstrap::WrittenInstance& w : report->written) {
            r.written += writtenValues(w);
            // The server certificate or trust anchor written into /0/x/4 is
            // what the device will trust (S14, S15).
            if (w.securityMode == QLatin1String("x509")) {
                for (const QString& res : w.resources) {
                    if (res.startsWith(QLatin1String("4=0x")) && res.size() > 4)
                        r.addTrustedCertificate(tr("Server certificate for %1 (%2/4)").arg(w.uri, w.path),
                                                QByteArray::fromHex(res.mid(4).toLatin1()));
                }
            }
        }
        r.verification = verification(*report, plan);
    } else {
        r.addVerdict(tr("Bootstrap"), VerificationVerdict::Verdict::Skipped, Rule::None,
                     job.error ? job.error->userText : tr("The device never completed a bootstrap in this job."));
    }
    r.verification += context.extraVerdicts;
    return r;
}

} // namespace lwc
