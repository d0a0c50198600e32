#pragma once

#include <QByteArrayView>
#include <QString>

namespace lwc::bootstrap {

// Rough lower bound on the entropy of a user-entered PSK, in bits (S3):
// text keys count log2(size of the character classes they use) per
// character; binary keys 8 bits per byte; repetition and short cycles are
// penalised. Generated keys are 8 bits per byte by construction.
double estimateEntropyBits(QByteArrayView key);

constexpr double kMinPskEntropyBits = 128.0; // S3: AES-128 suites

// A server URI as plans accept it: coap:// or coaps://, with a host. The
// scheme rules per account (S1, S2) and the port range are checked on top.
bool isCoapServerUri(const QString& uri);

} // namespace lwc::bootstrap
