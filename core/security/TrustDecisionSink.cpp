#include "TrustDecisionSink.h"

namespace lwc::security {

QString trustChoiceName(TrustChoice choice)
{
    switch (choice) {
    case TrustChoice::PinCertificate:
        return QStringLiteral("pin-certificate");
    case TrustChoice::PinSha256:
        return QStringLiteral("pin-sha256");
    case TrustChoice::TrustCa:
        return QStringLiteral("trust-ca");
    case TrustChoice::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

} // namespace lwc::security
