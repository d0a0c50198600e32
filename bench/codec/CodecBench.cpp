// Encode + decode of a bootstrap payload — two Security instances (bootstrap
// account and one server account, PSK with a 128-byte identity and a 16-byte
// key) and one Server instance — per content format, in instances/second.
// As a Bootstrap-Server sends it: one payload for /0 and one for /1, each
// encoded, decoded back with the built-in definitions, and wiped (it holds
// keys). Baseline: memcpy of the same bytes, measured in the same run.
#include "BenchHarness.h"

#include "codec/Codec.h"

#include <cstring>
#include <vector>

using namespace lwc;
using namespace lwc::lwm2m;

namespace {

QList<Record> securityInstances()
{
    QString identity = QStringLiteral("urn:imei:356938035643809/");
    identity += QString(128 - identity.size(), u'x');
    return {
        {Path(0, 0, 0), Value::string(QStringLiteral("coaps://bootstrap.example.net:5684")), {}},
        {Path(0, 0, 1), Value::boolean(true), {}},
        {Path(0, 0, 2), Value::integer(0), {}},
        {Path(0, 0, 3), Value::opaque("bs-identity-356938035643809"), {}},
        {Path(0, 0, 4), Value::opaque(QByteArray()), {}},
        {Path(0, 0, 5), Value::secret(SecretBytes::random(16).value()), {}},
        {Path(0, 0, 11), Value::integer(10), {}},
        {Path(0, 1, 0), Value::string(QStringLiteral("coaps://lwm2m.example.net:5684")), {}},
        {Path(0, 1, 1), Value::boolean(false), {}},
        {Path(0, 1, 2), Value::integer(0), {}},
        {Path(0, 1, 3), Value::opaque(identity.toUtf8()), {}},
        {Path(0, 1, 4), Value::opaque(QByteArray()), {}},
        {Path(0, 1, 5), Value::secret(SecretBytes::random(16).value()), {}},
        {Path(0, 1, 10), Value::integer(101), {}},
        {Path(0, 1, 16, 0), Value::unsignedInteger(0xC0A8), {}},
    };
}

QList<Record> serverInstance()
{
    return {
        {Path(1, 0, 0), Value::integer(101), {}},
        {Path(1, 0, 1), Value::integer(86400), {}},
        {Path(1, 0, 6), Value::boolean(true), {}},
        {Path(1, 0, 7), Value::string(QStringLiteral("U")), {}},
    };
}

} // namespace

int main()
{
    const QList<Record> security = securityInstances();
    const QList<Record> server = serverInstance();
    constexpr long long kInstances = 3; // per encode+decode round
    volatile qsizetype sink = 0;

    for (codec::ContentFormat format : {codec::ContentFormat::Tlv, codec::ContentFormat::SenmlJson,
                                        codec::ContentFormat::SenmlCbor, codec::ContentFormat::Lwm2mCbor}) {
        const QString name = codec::contentFormatName(format);
        // Sanity first: the round trip must hold, or the figure means nothing.
        QByteArray a = codec::encode(format, Path(0), security).value();
        QByteArray b = codec::encode(format, Path(1), server).value();
        if (codec::decode(format, Path(0), a).value() != security
            || codec::decode(format, Path(1), b).value() != server) {
            fprintf(stderr, "%s: round trip failed\n", qPrintable(name));
            return 1;
        }
        const qsizetype bytes = a.size() + b.size();
        QByteArray source = a + b;
        wipeByteArray(a);
        wipeByteArray(b);
        std::vector<char> target(static_cast<size_t>(bytes));

        const auto baseline = bench::measure(
            QStringLiteral("memcpy-%1-%2-bytes").arg(name).arg(bytes),
            [&] {
                std::memcpy(target.data(), source.constData(), size_t(bytes));
                sink = sink + target[size_t(bytes) / 2];
            },
            1.0, 5, kInstances);
        bench::report(baseline, "instances/s");

        const auto m = bench::measure(
            QStringLiteral("%1-encode+decode").arg(name),
            [&] {
                QByteArray p0 = codec::encode(format, Path(0), security).value();
                QByteArray p1 = codec::encode(format, Path(1), server).value();
                const auto r0 = codec::decode(format, Path(0), p0);
                const auto r1 = codec::decode(format, Path(1), p1);
                sink = sink + r0->size() + r1->size();
                wipeByteArray(p0);
                wipeByteArray(p1);
            },
            1.0, 5, kInstances);
        bench::report(m, "instances/s");
        bench::reportRatio(m, baseline);
        wipeByteArray(source);
    }
    return 0;
}
