#include "ReceiptHtml.h"

#include "SignedReceipt.h"

#include <QCoreApplication>
#include <QLocale>

namespace lwc {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString durationText(qint64 ms)
{
    if (ms < 1000)
        return ReceiptHtml::tr("%1 ms").arg(ms);
    return ReceiptHtml::tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
}

// A digest as lines of 8 "AB:" pairs (4 lines for SHA-256): narrow enough
// for a table cell on paper, and the line breaks are explicit because
// neither browsers nor QTextDocument break inside "AB:CD:EF".
QString fingerprintHtml(const QByteArray& digest)
{
    if (digest.isEmpty())
        return QStringLiteral("&#8212;");
    const QString full = SignedReceipt::formatFingerprint(digest);
    QStringList lines;
    for (qsizetype i = 0; i < full.size(); i += 24)
        lines << esc(full.mid(i, 23));
    return QStringLiteral("<span class=\"mono\">%1</span>").arg(lines.join(QStringLiteral("<br>")));
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>\n").arg(esc(label), valueHtml);
}

const QString kTable = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n");

// A table head with column widths in percent (QTextDocument honours these
// attributes; browsers too), so fingerprints get room for two lines.
QString tableHead(std::initializer_list<std::pair<QString, int>> columns)
{
    QString h = kTable + QStringLiteral("<tr>");
    for (const auto& [title, width] : columns)
        h += QStringLiteral("<th width=\"%1%\">%2</th>").arg(width).arg(esc(title));
    return h + QStringLiteral("</tr>\n");
}

QString stepStatus(ReceiptStep::Status s)
{
    switch (s) {
    case ReceiptStep::Status::Ok:
        return ReceiptHtml::tr("OK");
    case ReceiptStep::Status::Failed:
        return ReceiptHtml::tr("FAILED");
    case ReceiptStep::Status::Skipped:
        return ReceiptHtml::tr("skipped");
    }
    return {};
}

QString verdictText(VerificationVerdict::Verdict v)
{
    switch (v) {
    case VerificationVerdict::Verdict::Pass:
        return ReceiptHtml::tr("PASS");
    case VerificationVerdict::Verdict::Fail:
        return ReceiptHtml::tr("FAIL");
    case VerificationVerdict::Verdict::Warning:
        return ReceiptHtml::tr("WARNING");
    case VerificationVerdict::Verdict::Skipped:
        return ReceiptHtml::tr("skipped");
    }
    return {};
}

QString outcomeText(CommissioningReceipt::Outcome o)
{
    switch (o) {
    case CommissioningReceipt::Outcome::Succeeded:
        return ReceiptHtml::tr("SUCCEEDED");
    case CommissioningReceipt::Outcome::Failed:
        return ReceiptHtml::tr("FAILED");
    case CommissioningReceipt::Outcome::Cancelled:
        return ReceiptHtml::tr("CANCELLED");
    }
    return {};
}

QString securityModeHtml(const QString& mode)
{
    // S1: NoSec is allowed only by explicit per-job override, and the report
    // marks it as insecure.
    if (mode.compare(QLatin1String("nosec"), Qt::CaseInsensitive) == 0)
        return esc(mode) + QStringLiteral(" &#8212; <b>") + esc(ReceiptHtml::tr("INSECURE: no channel security (S1)"))
            + QStringLiteral("</b>");
    return esc(mode);
}

const char kStyle[] = "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #000; "
                      "background: #fff; }\n"
                      "h1 { font-size: 16pt; margin: 0 0 4pt 0; }\n"
                      "h2 { font-size: 12pt; margin: 12pt 0 4pt 0; }\n"
                      "table { border-collapse: collapse; width: 100%; }\n"
                      "th, td { border: 1px solid #000; padding: 3px; text-align: left; vertical-align: top; }\n"
                      "th { font-weight: bold; }\n"
                      ".mono { font-family: 'DejaVu Sans Mono', 'Courier New', monospace; font-size: 8pt; }\n"
                      ".outcome { font-size: 14pt; font-weight: bold; border: 2px solid #000; padding: 4px; }\n"
                      ".note { font-size: 8pt; }\n";

} // namespace

QString ReceiptHtml::render(const SignedReceipt& signedReceipt)
{
    const CommissioningReceipt& r = signedReceipt.receipt();
    QString h;
    h.reserve(16 * 1024);
    h += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
                        "<style>\n%2</style>\n</head>\n<body>\n")
             .arg(esc(tr("Commissioning receipt %1").arg(r.endpoint)), QString::fromLatin1(kStyle));

    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Commissioning receipt")));
    h += QStringLiteral("<p class=\"outcome\">%1</p>\n").arg(esc(tr("Result: %1").arg(outcomeText(r.outcome))));

    h += kTable;
    h += row(tr("Endpoint"), esc(r.endpoint));
    h += row(tr("Job"), esc(r.jobId));
    h += row(tr("Device profile"), esc(r.deviceProfile));
    h += row(tr("Transport"), esc(r.transport));
    h += row(tr("Security mode"), securityModeHtml(r.securityMode));
    h += row(tr("Technician"), esc(r.technician));
    h += row(tr("Started"), esc(timeText(r.startedAt)));
    h += row(tr("Finished"), esc(timeText(r.finishedAt)));
    h += row(tr("Duration"), esc(durationText(r.startedAt.msecsTo(r.finishedAt))));
    h += row(tr("Tool"), esc(r.toolVersion));
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Steps")));
    if (r.steps.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No steps recorded.")));
    } else {
        h += tableHead({{QStringLiteral("#"), 4},
                        {tr("Step"), 34},
                        {tr("Status"), 12},
                        {tr("Duration"), 14},
                        {tr("Message"), 36}});
        for (qsizetype i = 0; i < r.steps.size(); ++i) {
            const ReceiptStep& s = r.steps[i];
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                     .arg(i + 1)
                     .arg(esc(s.name), esc(stepStatus(s.status)), esc(durationText(s.durationMs)), esc(s.message));
        }
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Values written")));
    if (r.written.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Nothing was written.")));
    } else {
        h += tableHead({{tr("Path"), 12}, {tr("Content format"), 38}, {tr("Size"), 12}, {tr("Value (SHA-256)"), 38}});
        for (const WrittenValue& w : r.written) {
            const QString value = w.secret ? esc(tr("secret, not recorded")) : fingerprintHtml(w.sha256);
            h += QStringLiteral("<tr><td class=\"mono\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                     .arg(esc(w.path), esc(w.contentFormat), esc(tr("%1 bytes").arg(w.size)), value);
        }
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Trusted certificates and keys")));
    if (r.trusted.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("None.")));
    } else {
        h += tableHead({{tr("What"), 45}, {tr("Kind"), 17}, {tr("SHA-256 fingerprint"), 38}});
        for (const TrustedFingerprint& t : r.trusted) {
            const QString kind = t.kind == TrustedFingerprint::Kind::Certificate ? tr("certificate") : tr("public key");
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                     .arg(esc(t.label), esc(kind), fingerprintHtml(t.sha256));
        }
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Verification")));
    if (r.verification.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No verification recorded.")));
    } else {
        h += tableHead({{tr("Check"), 33}, {tr("Verdict"), 14}, {tr("Rule"), 9}, {tr("Detail"), 44}});
        for (const VerificationVerdict& v : r.verification) {
            h += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>\n")
                     .arg(esc(v.check), esc(verdictText(v.verdict)), esc(ruleId(v.rule)), esc(v.detail));
        }
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Signature")));
    h += kTable;
    h += row(tr("Algorithm"), esc(SignedReceipt::kAlgorithm));
    h += row(tr("Signer key (SHA-256)"), fingerprintHtml(signedReceipt.signerKeyFingerprint()));
    if (!signedReceipt.certificateDer().isEmpty()) {
        h += row(tr("Signer certificate"), esc(signedReceipt.certificateSubject()));
        h += row(tr("Certificate (SHA-256)"), fingerprintHtml(signedReceipt.certificateFingerprint()));
    }
    h += row(tr("Signature (SHA-256)"), fingerprintHtml(signedReceipt.signatureFingerprint()));
    const QString check = signedReceipt.signatureMatchesEmbeddedKey()
        ? tr("Valid for the signer key above. Compare that fingerprint with your local CA before relying on this "
             "page, or run: commissioner-cli receipt verify FILE --cert CA")
        : tr("INVALID: the signature does not match this content. Do not rely on this receipt.");
    h += row(tr("Signature check"), QStringLiteral("<b>%1</b>").arg(esc(check)));
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<p class=\"note\">%1</p>\n")
             .arg(esc(tr("Secrets (keys, PSKs, PINs) are never recorded in a receipt; values are identified by "
                         "their SHA-256 only.")));
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

} // namespace lwc
