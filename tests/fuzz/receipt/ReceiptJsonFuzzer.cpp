// The receipt reader on arbitrary bytes: never crashes; whatever parse()
// accepts is exactly canonical, renders as HTML, and its receipt survives a
// JSON round trip unchanged.
#include "receipt/CommissioningReceipt.h"
#include "receipt/SignedReceipt.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = lwc::SignedReceipt::parse(input);
    if (parsed.ok()) {
        if (parsed->toJson() != input)
            abort();
        if (parsed->toHtml().isEmpty())
            abort();
        auto again = lwc::CommissioningReceipt::fromJson(parsed->receipt().toJson());
        if (!again.ok() || !(*again == parsed->receipt()))
            abort();
    }
    // The receipt object alone, as other tools might hand it over.
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (doc.isObject()) {
        auto receipt = lwc::CommissioningReceipt::fromJson(doc.object());
        if (receipt.ok()) {
            auto again = lwc::CommissioningReceipt::fromJson(receipt->toJson());
            if (!again.ok() || !(*again == *receipt))
                abort();
        }
    }
    return 0;
}
