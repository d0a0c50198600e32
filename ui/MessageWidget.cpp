#include "MessageWidget.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopeGuard>
#include <QStyle>
#include <QToolButton>

namespace lwc::ui {

MessageWidget::MessageWidget(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageWidget"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("messageTextLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_close->setObjectName(QStringLiteral("messageCloseToolButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageWidget::hideMessage);
    m_close->setAccessibleName(tr("Dismiss message"));
    hide();
}

void MessageWidget::showMessage(const QString& text, Severity severity)
{
    m_severity = severity;
    m_label->setText(text);
    setToolTip({});
    applySeverity();
    show();
}

void MessageWidget::showError(const Error& error)
{
    QString text = error.userText.isEmpty() ? error.code : error.userText;
    if (error.hasRule())
        text = tr("[%1] %2").arg(ruleId(error.rule), text);
    showMessage(text, Severity::Error);
    setToolTip(error.details.isEmpty() ? error.code : error.code + QLatin1String(": ") + error.details);
}

void MessageWidget::hideMessage()
{
    hide();
}

QString MessageWidget::text() const
{
    return m_label->text();
}

void MessageWidget::changeEvent(QEvent* event)
{
    // applySeverity() sets our palette, which sends PaletteChange again.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && !m_applying)
        applySeverity();
    QFrame::changeEvent(event);
}

void MessageWidget::applySeverity()
{
    m_applying = true;
    const auto done = qScopeGuard([this] { m_applying = false; });
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint;
    QString prefix;
    switch (m_severity) {
    case Severity::Information:
        icon = QStyle::SP_MessageBoxInformation;
        tint = QColor(0x3d, 0xae, 0xe9);
        prefix = tr("Information");
        break;
    case Severity::Positive:
        icon = QStyle::SP_DialogApplyButton;
        tint = QColor(0x27, 0xae, 0x60);
        prefix = tr("Done");
        break;
    case Severity::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xf6, 0x74, 0x00);
        prefix = tr("Warning");
        break;
    case Severity::Error:
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xda, 0x44, 0x53);
        prefix = tr("Error");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_icon->setAccessibleName(prefix);
    // Blend the tint into the window colour so it works on dark palettes too.
    const QColor base = QApplication::palette(this).color(QPalette::Window);
    QColor bg;
    bg.setRgbF(base.redF() * 0.8f + tint.redF() * 0.2f, base.greenF() * 0.8f + tint.greenF() * 0.2f,
               base.blueF() * 0.8f + tint.blueF() * 0.2f);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, bg);
    setPalette(pal);
    setAccessibleName(prefix);
    setAccessibleDescription(m_label->text());
}

} // namespace lwc::ui
