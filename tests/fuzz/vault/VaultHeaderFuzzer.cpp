// The vault header parser on arbitrary bytes: never crashes, and whatever it
// accepts serialises back to exactly the same bytes (no field is ignored).
#include "vault/VaultHeader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    auto header = lwc::VaultHeader::parse(input);
    if (!header.ok())
        return 0;
    if (header->serialize() != input)
        abort();
    // The KDF policy check must take any parameters without trouble.
    (void)lwc::VaultCrypto::checkKdfParams(header->kdf);
    return 0;
}
