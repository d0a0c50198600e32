// Cost of the log redaction rule (S26): formatting a typical log line with
// 0, 10, 100 and 1000 live secrets, against plain formatting as baseline.
#include "BenchHarness.h"

#include "common/Log.h"
#include "common/SecretBytes.h"

#include <vector>

using namespace lwc;

int main()
{
    const QString line = QStringLiteral("2026-01-01T00:00:00Z info lwc.bootstrap [urn:dev:ops:00042]: "
                                        "step write /0/1 done in 3.2 ms (TLV, 148 bytes, ssid=101)");
    volatile qsizetype sink = 0;

    const auto baseline
        = bench::measure(QStringLiteral("format-only"), [&] { sink = sink + QString(line).toUtf8().size(); });
    bench::report(baseline, "lines/s");

    std::vector<SecretBytes> secrets;
    for (int count : {0, 10, 100, 1000}) {
        while (int(secrets.size()) < count)
            secrets.push_back(std::move(SecretBytes::random(16).value()));
        const auto m = bench::measure(QStringLiteral("redact-%1-live-secrets").arg(count),
                                      [&] { sink = sink + redactSecrets(line).toUtf8().size(); });
        bench::report(m, "lines/s");
        bench::reportRatio(m, baseline);
    }
    return 0;
}
