#pragma once

#include <optional>

class QPrinter;
class QTextDocument;
class QWidget;

namespace lwc::ui {

// Prints a document after the user chose a printer (QPrintDialog). Tests
// set the answer with setNextAnswer() so no dialog blocks and nothing goes
// to a real printer.
class PrintDialog {
public:
    // True if the user confirmed and the document was printed.
    static bool print(QTextDocument& document, QWidget* parent);

    // Test seam: the next print() returns `accepted` without a dialog; when
    // accepted, the document goes to `printer` if given (e.g. a PDF file).
    static void setNextAnswer(bool accepted, QPrinter* printer = nullptr);
    static int printedCount();
};

} // namespace lwc::ui
