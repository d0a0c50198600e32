#pragma once

// File and passphrase helpers shared by the credential verbs. Header-only so
// the verb files stay self-registering (app/CMakeLists.txt globs *Command.cpp).
#include "CliCommand.h"
#include "CliUtil.h"

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QString>

#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace lwc::cli {

// Reads a file that holds a secret straight into SecretBytes.
inline Result<SecretBytes> readSecretFile(const QString& path)
{
    LWC_TRY(QByteArray bytes, readInput(path));
    return SecretBytes::takeFrom(bytes);
}

enum class FileKind { Public, Secret };

// Atomic write; secrets get mode 0600. Existing files are kept unless `force`.
inline Status writeFileBytes(const QString& path, QByteArrayView data, FileKind kind, bool force)
{
    if (!force && QFileInfo::exists(path)) {
        return makeError(QStringLiteral("cli.file.exists"),
                         QStringLiteral("%1 exists; refusing to overwrite it (use --force)").arg(path));
    }
    QSaveFile f(path);
    const auto permissions = kind == FileKind::Secret
        ? (QFile::ReadOwner | QFile::WriteOwner)
        : (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(permissions)
        || f.write(data.data(), data.size()) != data.size() || !f.commit()) {
        return makeError(QStringLiteral("cli.file.write"),
                         QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    }
    return {};
}

// A passphrase from --passphrase-file, the environment variable, or an
// interactive prompt without echo (only when stdin is a terminal).
inline Result<SecretBytes> readPassphrase(const QString& file, const char* envVar, const QString& prompt)
{
    if (!file.isEmpty()) {
        LWC_TRY(SecretBytes bytes, readSecretFile(file));
        qsizetype n = bytes.size();
        while (n > 0 && (bytes.data()[n - 1] == '\n' || bytes.data()[n - 1] == '\r'))
            --n;
        return SecretBytes::copyOf(bytes.view().first(n));
    }
    if (const char* env = getenv(envVar); env && *env) {
        return SecretBytes::copyOf(QByteArrayView(env));
    }
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO)) {
        return makeError(QStringLiteral("cli.passphrase.missing"),
                         QStringLiteral("a passphrase is needed: give --passphrase-file FILE or set %1")
                             .arg(QString::fromLatin1(envVar)));
    }
    err() << prompt << ": ";
    err().flush();
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    SecretBytes buffer = SecretBytes::zeroed(1024);
    const bool read = fgets(reinterpret_cast<char*>(buffer.data()), int(buffer.size()), stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err() << "\n";
    err().flush();
    if (!read)
        return makeError(QStringLiteral("cli.passphrase.missing"), QStringLiteral("no passphrase entered"));
    qsizetype n = qsizetype(strnlen(reinterpret_cast<const char*>(buffer.data()), size_t(buffer.size())));
    while (n > 0 && (buffer.data()[n - 1] == '\n' || buffer.data()[n - 1] == '\r'))
        --n;
    return SecretBytes::copyOf(buffer.view().first(n));
#else
    Q_UNUSED(prompt);
    return makeError(QStringLiteral("cli.passphrase.missing"),
                     QStringLiteral("a passphrase is needed: give --passphrase-file FILE or set %1")
                         .arg(QString::fromLatin1(envVar)));
#endif
}

// Certificates from a PEM file (or one DER certificate).
inline Result<QList<QByteArray>> readPemCertificates(const QString& path)
{
    LWC_TRY(QByteArray data, readInput(path));
    QList<QByteArray> ders;
    qsizetype from = 0;
    static const QByteArray begin("-----BEGIN CERTIFICATE-----"), end("-----END CERTIFICATE-----");
    while ((from = data.indexOf(begin, from)) >= 0) {
        const qsizetype stop = data.indexOf(end, from);
        if (stop < 0)
            break;
        ders << QByteArray::fromBase64(data.mid(from + begin.size(), stop - from - begin.size()).trimmed());
        from = stop + end.size();
    }
    if (ders.isEmpty() && !data.isEmpty() && data.at(0) == 0x30)
        ders << data; // DER
    if (ders.isEmpty())
        return makeError(QStringLiteral("cli.certificate"), QStringLiteral("no certificate in %1").arg(path));
    return ders;
}

// A private key (PKCS#8 or SEC1 PEM, or DER) straight into SecretBytes.
inline Result<SecretBytes> readPrivateKeyDer(const QString& path)
{
    LWC_TRY(QByteArray data, readInput(path));
    static const QList<QPair<QByteArray, QByteArray>> markers {
        {"-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"},
        {"-----BEGIN EC PRIVATE KEY-----", "-----END EC PRIVATE KEY-----"}};
    for (const auto& [b, e] : markers) {
        const qsizetype from = data.indexOf(b);
        const qsizetype to = data.indexOf(e);
        if (from >= 0 && to > from) {
            QByteArray der = QByteArray::fromBase64(data.mid(from + b.size(), to - from - b.size()).trimmed());
            wipeByteArray(data);
            return SecretBytes::takeFrom(der);
        }
    }
    if (!data.isEmpty() && data.at(0) == 0x30)
        return SecretBytes::takeFrom(data);
    wipeByteArray(data);
    return makeError(QStringLiteral("cli.privateKey"), QStringLiteral("no private key in %1").arg(path));
}

// Prints an Error for a technician: "commissioner-cli <verb>: [S5] text (code: details)".
inline int failWith(const QString& verb, const Error& error)
{
    err() << "commissioner-cli " << verb << ": " << error.toString() << "\n";
    err().flush();
    return ExitFailed;
}

} // namespace lwc::cli
