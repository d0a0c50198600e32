#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace lwc::ui {

// Copies a secret (a PIN) to the clipboard the way password managers do:
// marked with the KDE password-manager hint so clipboard histories skip it,
// and cleared after a timeout if it is still there.
class SecretClipboard : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout = std::chrono::seconds(30);

    explicit SecretClipboard(QObject* parent = nullptr);
    ~SecretClipboard() override;

    void copy(const QString& text);
    // Clears the clipboard now if it still holds what we copied.
    void clear();
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    bool isHolding() const { return m_timer.isActive(); }

Q_SIGNALS:
    void cleared();

private:
    QTimer m_timer;
    QString m_copied;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
};

} // namespace lwc::ui
