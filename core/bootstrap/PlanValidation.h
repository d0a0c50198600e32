#pragma once

#include <QByteArrayView>

namespace lwc::bootstrap {

// Rough lower bound on the entropy of a user-entered PSK, in bits (S3):
// text keys count log2(size of the character classes they use) per
// character; binary keys 8 bits per byte; repetition and short cycles are
// penalised. Generated keys are 8 bits per byte by construction.
double estimateEntropyBits(QByteArrayView key);

constexpr double kMinPskEntropyBits = 128.0; // S3: AES-128 suites

} // namespace lwc::bootstrap
