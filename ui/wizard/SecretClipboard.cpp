#include "SecretClipboard.h"

#include "common/SecretBytes.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace lwc::ui {

SecretClipboard::SecretClipboard(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clear);
}

SecretClipboard::~SecretClipboard()
{
    // Leaving the wizard: the secret does not outlive it on the clipboard.
    clear();
}

void SecretClipboard::copy(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    // KDE Klipper, and password managers that follow it, keep no history of this.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    wipeString(m_copied);
    m_copied = text;
    m_timer.start(m_timeout);
}

void SecretClipboard::clear()
{
    const bool wasHolding = !m_copied.isEmpty();
    m_timer.stop();
    if (wasHolding) {
        QClipboard* clipboard = QGuiApplication::clipboard();
        if (clipboard && clipboard->text(QClipboard::Clipboard) == m_copied)
            clipboard->clear(QClipboard::Clipboard);
        wipeString(m_copied);
        Q_EMIT cleared();
    }
}

} // namespace lwc::ui
