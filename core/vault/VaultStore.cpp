#include "VaultStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace lwc {

namespace {

Error writeError(const QString& path, const QString& reason, const QString& step)
{
    return makeError(QStringLiteral("vault.store.write"),
                     QCoreApplication::translate("lwc::FileVaultStore",
                                                 "Could not write the vault file %1: %2. The previous vault file is "
                                                 "unchanged; free disk space or fix the folder permissions, then try "
                                                 "again.")
                         .arg(QDir::toNativeSeparators(path), reason),
                     step + QLatin1String(": ") + reason);
}

} // namespace

FileVaultStore::FileVaultStore(QString filePath) : m_path(std::move(filePath))
{
}

Result<std::optional<QByteArray>> FileVaultStore::read() const
{
    QFile file(m_path);
    if (!file.exists())
        return std::optional<QByteArray>();
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("vault.store.read"),
                         QCoreApplication::translate("lwc::FileVaultStore",
                                                     "Could not read the vault file %1: %2. Check that the file "
                                                     "belongs to you and is readable.")
                             .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                         file.errorString());
    }
    if (file.size() > kMaxFileSize) {
        return makeError(QStringLiteral("vault.header.corrupt"),
                         QCoreApplication::translate("lwc::VaultHeader",
                                                     "The vault file is not a valid vault (damaged or a different "
                                                     "file). Restore it from a backup."),
                         QStringLiteral("%1 is %2 bytes, a vault header has at most %3")
                             .arg(m_path)
                             .arg(file.size())
                             .arg(kMaxFileSize));
    }
    return std::optional<QByteArray>(file.readAll());
}

Status FileVaultStore::write(const QByteArray& header)
{
    const QFileInfo info(m_path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral("."))) {
            return makeError(QStringLiteral("vault.store.write"),
                             QCoreApplication::translate("lwc::FileVaultStore",
                                                         "Could not create the folder %1 for the vault file. Check the "
                                                         "permissions of its parent folder.")
                                 .arg(QDir::toNativeSeparators(dir.absolutePath())),
                             QStringLiteral("mkpath failed"));
        }
        // Only the owner needs to list the folder that holds the vault.
        QFile::setPermissions(dir.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QSaveFile file(m_path);
    auto fail = [&](const QString& step) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeError(m_path, reason, step);
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("open"));
    // 0600 on the temporary file before any byte is written; the rename in
    // commit() keeps it.
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return fail(QStringLiteral("chmod 0600"));
    if (file.write(header) != header.size())
        return fail(QStringLiteral("write"));
    if (!file.commit())
        return writeError(m_path, file.errorString(), QStringLiteral("commit"));
    return Status::success();
}

} // namespace lwc
