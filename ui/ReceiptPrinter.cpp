#include "ReceiptPrinter.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace lwc::ui {

Status ReceiptPrinter::writePdf(const QString& html, const QString& filePath, const QString& title)
{
    auto failed = [&](const QString& reason) {
        return makeError(QStringLiteral("receipt.pdf.write"),
                         QCoreApplication::translate("lwc::ui::ReceiptPrinter",
                                                     "Could not write the PDF %1: %2. Choose another folder or free "
                                                     "disk space.")
                             .arg(QDir::toNativeSeparators(filePath), reason),
                         reason);
    };
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QCoreApplication::applicationName());
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    } // the writer finishes the PDF when destroyed
    if (file.size() == 0) {
        file.cancelWriting();
        return failed(QStringLiteral("no PDF output"));
    }
    if (!file.commit())
        return failed(file.errorString());
    qCInfo(lcUi).noquote() << "receipt PDF written:" << filePath;
    return Status::success();
}

} // namespace lwc::ui
