#pragma once

#include <QDateTime>
#include <QLoggingCategory>
#include <QString>

#include <functional>

// One logging category per core domain; enable with
// QT_LOGGING_RULES="lwc.coap.debug=true" as usual.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcLwm2m)
Q_DECLARE_LOGGING_CATEGORY(lcCodec)
Q_DECLARE_LOGGING_CATEGORY(lcCoap)
Q_DECLARE_LOGGING_CATEGORY(lcBootstrap)
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
Q_DECLARE_LOGGING_CATEGORY(lcInventory)
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
Q_DECLARE_LOGGING_CATEGORY(lcSerial)
Q_DECLARE_LOGGING_CATEGORY(lcSmartcard)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace lwc {

struct LogRecord {
    QDateTime time;
    QtMsgType type = QtDebugMsg;
    QString category;
    QString message; // already redacted
    // Optional device context set with LogContextScope (for the per-device log pane).
    QString endpoint;
};

// The redaction rule — the only one, applied to every line before it goes
// anywhere (S26): any byte string equal to a live SecretBytes, as raw bytes,
// lower/upper-case hex or base64/base64url, is replaced by "<redacted>".
// Exposed for tests and for report writers that want the same guarantee.
QString redactSecrets(const QString& text);

struct LogOptions {
    bool toStderr = true;
    QString filePath; // empty: no log file
};

// Installs the project's message handler (format, redaction, sinks). Safe to
// call more than once; the last options win.
void installLogHandler(const LogOptions& options = {});

using LogSink = std::function<void(const LogRecord&)>;
// Sinks receive every redacted record (e.g. the GUI's live log pane). The id
// removes the sink again.
int addLogSink(LogSink sink);
void removeLogSink(int id);

// Tags log records made on this thread with an endpoint while alive.
class LogContextScope {
public:
    explicit LogContextScope(QString endpoint);
    ~LogContextScope();
    LogContextScope(const LogContextScope&) = delete;
    LogContextScope& operator=(const LogContextScope&) = delete;

private:
    QString m_previous;
};

} // namespace lwc
