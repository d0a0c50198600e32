#pragma once

#include <QMessageBox>

#include <optional>

namespace lwc::ui {

// The only way ui/ asks the user a modal question. Tests queue answers with
// setNextAnswer() so no dialog ever blocks a headless run.
class MessageBox {
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons
                                                = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::Ok);

    // Test seam: the next dialog returns this answer at once, without showing.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Text of the last dialog that was asked (shown or answered by the seam).
    static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                           const QString& text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace lwc::ui
