#include "Log.h"

#include "SecretBytes.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>
#include <map>

Q_LOGGING_CATEGORY(lcCore, "lwc.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLwm2m, "lwc.lwm2m", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCodec, "lwc.codec", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoap, "lwc.coap", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBootstrap, "lwc.bootstrap", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "lwc.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInventory, "lwc.inventory", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "lwc.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSerial, "lwc.serial", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSmartcard, "lwc.smartcard", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "lwc.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "lwc.cli", QtInfoMsg)

namespace lwc {

namespace {

struct HandlerState {
    QMutex mutex;
    LogOptions options;
    QFile file;
    std::map<int, LogSink> sinks;
    int nextSinkId = 1;
    bool installed = false;
};

HandlerState& state()
{
    static auto* s = new HandlerState; // leaked on purpose: logging may happen during static destruction
    return *s;
}

thread_local QString t_endpoint;

struct RedactContext {
    QByteArray utf8;
    bool changed = false;
};

void replaceAll(RedactContext& ctx, QByteArrayView needle)
{
    if (needle.isEmpty())
        return;
    qsizetype from = 0;
    static const QByteArray marker = QByteArrayLiteral("<redacted>");
    while ((from = ctx.utf8.indexOf(needle, from)) >= 0) {
        ctx.utf8.replace(from, needle.size(), marker);
        from += marker.size();
        ctx.changed = true;
    }
}

void redactOne(QByteArrayView secret, void* context)
{
    auto& ctx = *static_cast<RedactContext*>(context);
    replaceAll(ctx, secret);
    QByteArray form = QByteArray::fromRawData(secret.data(), secret.size()).toHex();
    replaceAll(ctx, form);
    wipeByteArray(form);
    form = QByteArray::fromRawData(secret.data(), secret.size()).toHex().toUpper();
    replaceAll(ctx, form);
    wipeByteArray(form);
    for (auto opts : {QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals,
                      QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals}) {
        form = QByteArray::fromRawData(secret.data(), secret.size()).toBase64(opts);
        replaceAll(ctx, form);
        wipeByteArray(form);
    }
}

const char* typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& msg)
{
    LogRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.type = type;
    record.category = QString::fromLatin1(context.category ? context.category : "default");
    record.message = redactSecrets(msg);
    record.endpoint = t_endpoint;

    const QByteArray line
        = QStringLiteral("%1 %2 %3%4: %5\n")
              .arg(record.time.toString(Qt::ISODateWithMs), QLatin1String(typeName(type)), record.category,
                   record.endpoint.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(record.endpoint), record.message)
              .toUtf8();

    std::map<int, LogSink> sinks;
    {
        HandlerState& s = state();
        QMutexLocker lock(&s.mutex);
        if (s.options.toStderr) {
            fwrite(line.constData(), 1, size_t(line.size()), stderr);
            fflush(stderr);
        }
        if (s.file.isOpen()) {
            s.file.write(line);
            s.file.flush();
        }
        sinks = s.sinks;
    }
    for (auto& [id, sink] : sinks)
        sink(record);
    if (type == QtFatalMsg)
        abort();
}

} // namespace

QString redactSecrets(const QString& text)
{
    if (detail::liveSecretCount() == 0)
        return text;
    RedactContext ctx {text.toUtf8(), false};
    detail::forEachLiveSecret(&redactOne, &ctx);
    return ctx.changed ? QString::fromUtf8(ctx.utf8) : text;
}

void installLogHandler(const LogOptions& options)
{
    HandlerState& s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        if (s.file.isOpen())
            s.file.close();
        if (!options.filePath.isEmpty()) {
            s.file.setFileName(options.filePath);
            if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
                fprintf(stderr, "lwc: cannot open log file %s\n", qPrintable(options.filePath));
        }
        if (s.installed)
            return;
        s.installed = true;
    }
    qInstallMessageHandler(&messageHandler);
}

int addLogSink(LogSink sink)
{
    HandlerState& s = state();
    QMutexLocker lock(&s.mutex);
    const int id = s.nextSinkId++;
    s.sinks.emplace(id, std::move(sink));
    return id;
}

void removeLogSink(int id)
{
    HandlerState& s = state();
    QMutexLocker lock(&s.mutex);
    s.sinks.erase(id);
}

LogContextScope::LogContextScope(QString endpoint) : m_previous(std::exchange(t_endpoint, std::move(endpoint)))
{
}

LogContextScope::~LogContextScope()
{
    t_endpoint = std::move(m_previous);
}

} // namespace lwc
