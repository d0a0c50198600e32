#include "PrintDialog.h"

#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace lwc::ui {

namespace {
std::optional<bool> g_next;
QPrinter* g_printer = nullptr;
int g_printed = 0;
} // namespace

bool PrintDialog::print(QTextDocument& document, QWidget* parent)
{
    if (g_next) {
        const bool accepted = *std::exchange(g_next, std::nullopt);
        QPrinter* printer = std::exchange(g_printer, nullptr);
        if (accepted) {
            if (printer)
                document.print(printer);
            ++g_printed;
        }
        return accepted;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    document.print(&printer);
    ++g_printed;
    return true;
}

void PrintDialog::setNextAnswer(bool accepted, QPrinter* printer)
{
    g_next = accepted;
    g_printer = printer;
}

int PrintDialog::printedCount()
{
    return g_printed;
}

} // namespace lwc::ui
