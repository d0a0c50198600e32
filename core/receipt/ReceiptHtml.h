#pragma once

#include <QCoreApplication>
#include <QString>

namespace lwc {

class SignedReceipt;

// Renders a signed receipt as one printable, self-contained HTML page: no
// scripts, images, fonts or links to load; black on white, states in words
// (never colour alone), monospace fingerprints broken into short lines. It
// uses only what QTextDocument understands, so the GUI prints the same page
// to PDF. Every text from the receipt is HTML-escaped.
class ReceiptHtml {
    Q_DECLARE_TR_FUNCTIONS(lwc::ReceiptHtml)

public:
    static QString render(const SignedReceipt& receipt);
};

} // namespace lwc
