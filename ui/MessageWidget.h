#pragma once

#include "common/Result.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace lwc::ui {

// Inline, dismissable message for recoverable errors and hints (no modal
// boxes for those). Severity is shown by an icon, a text prefix and colour,
// never by colour alone.
class MessageWidget : public QFrame {
    Q_OBJECT
public:
    enum class Severity { Information, Positive, Warning, Error };
    Q_ENUM(Severity)

    explicit MessageWidget(QWidget* parent = nullptr);

    void showMessage(const QString& text, Severity severity);
    // Shows the user text, the rule id when a security rule fired, and the
    // details in the tooltip.
    void showError(const Error& error);
    void hideMessage();

    QString text() const;
    Severity severity() const { return m_severity; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applySeverity();

    QLabel* m_icon;
    QLabel* m_label;
    QToolButton* m_close;
    Severity m_severity = Severity::Information;
    bool m_applying = false;
};

} // namespace lwc::ui
