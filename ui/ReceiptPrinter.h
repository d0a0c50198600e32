#pragma once

#include "common/Result.h"

#include <QString>

namespace lwc::ui {

// Turns a receipt page (ReceiptHtml) into a PDF with QTextDocument and
// QPdfWriter — QtGui, hence here and not in core. A4, 15 mm margins, text
// stays text (searchable, sharp in print). The file is written atomically:
// a failed run leaves no half-written PDF behind.
class ReceiptPrinter {
public:
    static Status writePdf(const QString& html, const QString& filePath, const QString& title = {});
};

} // namespace lwc::ui
