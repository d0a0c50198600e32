#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lwc {

// Where the vault header lives. The header holds no secret in the clear (the
// data key is wrapped), but it is the only way to the data key: losing or
// corrupting it loses every sealed secret, so writes must be atomic.
class VaultStore {
public:
    virtual ~VaultStore() = default;
    // The stored header, or nullopt when no vault exists yet.
    virtual Result<std::optional<QByteArray>> read() const = 0;
    // Replaces the stored header atomically: afterwards either the old or
    // the new header is stored, never a mix.
    virtual Status write(const QByteArray& header) = 0;
    // Human-readable location for messages ("/home/t/.local/share/.../vault.lwcv").
    virtual QString location() const = 0;
};

// The header in one file: atomic replace via QSaveFile, permissions 0600,
// parent folder created 0700 if missing. The app passes a path under
// QStandardPaths::AppDataLocation.
class FileVaultStore final : public VaultStore {
public:
    // A vault header is ~200 bytes; anything far larger is not one.
    static constexpr qint64 kMaxFileSize = 64 * 1024;

    explicit FileVaultStore(QString filePath);

    Result<std::optional<QByteArray>> read() const override;
    Status write(const QByteArray& header) override;
    QString location() const override { return m_path; }

private:
    QString m_path;
};

} // namespace lwc
