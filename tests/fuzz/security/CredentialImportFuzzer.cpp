// Untrusted input paths of the credential engine: import auto-detection
// (PEM/DER/hex/base64/raw; certificates, PKCS#8/SEC1/raw keys, SPKI/points),
// certificate description, the name rules and full verification of whatever
// certificate comes out, and fingerprint parsing. Must never crash, leak or
// trip a sanitizer; results are not checked. The seed corpus holds throwaway
// keys made only for it.
#include "security/CertificateInfo.h"
#include "security/CertificateVerifier.h"
#include "security/CredentialCodec.h"
#include "security/Fingerprint.h"
#include "security/HostnameMatcher.h"

#include <algorithm>
#include <cstdint>

using namespace lwc;
using namespace lwc::security;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    for (ImportKind kind :
         {ImportKind::Auto, ImportKind::Certificate, ImportKind::PrivateKey, ImportKind::PublicKey, ImportKind::Psk}) {
        auto imported = CredentialCodec::import(input, kind);
        if (!imported.ok())
            continue;
        for (const QByteArray& der : imported->certificates) {
            auto info = CertificateInfo::fromDer(der);
            if (info.ok()) {
                (void)HostnameMatcher::match(*info, QStringLiteral("lwm2m.example.com"));
                (void)HostnameMatcher::match(*info, QStringLiteral("192.0.2.1"));
            }
        }
        if (!imported->certificates.isEmpty()) {
            VerificationRequest request;
            request.peerChain = imported->certificates;
            request.trustAnchors = {imported->certificates.last()};
            request.host = QStringLiteral("lwm2m.example.com");
            request.time = TimePolicy::untrusted();
            (void)CertificateVerifier().verify(request);
            request.role = PeerRole::Client;
            request.endpoint = QStringLiteral("urn:dev:1");
            request.pinned = PinnedTrust {imported->certificates.first(), MatchingType::Exact,
                                          CertificateUsage::DomainIssuedCertificate};
            (void)CertificateVerifier().verify(request);
        }
        if (!imported->publicKeySpki.isEmpty()) {
            for (PublicKeyFormat f : {PublicKeyFormat::Spki, PublicKeyFormat::RawXY, PublicKeyFormat::Uncompressed})
                (void)CredentialCodec::encodePublicKey(imported->publicKeySpki, f);
        }
        if (!imported->privateKeyPkcs8.isEmpty()) {
            for (PrivateKeyFormat f : {PrivateKeyFormat::Pkcs8, PrivateKeyFormat::Sec1, PrivateKeyFormat::Raw})
                (void)CredentialCodec::encodePrivateKey(imported->privateKeyPkcs8, f);
        }
    }
    (void)Fingerprint::parseSha256(QString::fromUtf8(input.first(std::min<qsizetype>(input.size(), 256))));
    return 0;
}
