#pragma once

#include <QString>

namespace lwc {

// Drains OpenSSL's thread-local ERR queue into one line for Error::details
// ("error:1C800064:Provider routines::bad decrypt; ..."), each reason followed
// by OpenSSL's extra text in parentheses where it queued one. Call it at the
// boundary right after a failing OpenSSL call, so a later, unrelated failure
// does not report stale reasons. Empty when the queue was empty. Never
// contains key material: OpenSSL's reason strings carry none.
QString drainOpenSslErrors();

// Clears the queue without reading it (after an expected failure such as a
// GCM tag mismatch, whose reason the caller reports itself).
void clearOpenSslErrors();

} // namespace lwc
