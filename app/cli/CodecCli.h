#pragma once

// Shared by the decode and encode verbs: input, hex text, object definitions.
#include "CliCommand.h"

#include "common/SecretBytes.h"
#include "lwm2m/ObjectRegistry.h"

#include <QFile>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace lwc::cli {

// Reads FILE, or stdin for "-". Empty optional (and a message) on failure.
inline std::optional<QByteArray> readInput(const QString& verb, const QString& name)
{
    QFile file;
    const bool useStdin = name == QLatin1String("-");
    if (useStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            err() << "commissioner-cli " << verb << ": cannot read standard input\n";
            return std::nullopt;
        }
    } else {
        file.setFileName(name);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "commissioner-cli " << verb << ": cannot open '" << name << "': " << file.errorString() << "\n";
            return std::nullopt;
        }
    }
    return file.readAll();
}

// Hex text as copied from Wireshark or a device log: pairs of hex digits,
// optionally separated by spaces, newlines or ':'.
inline std::optional<QByteArray> parseHexText(QByteArrayView text)
{
    QByteArray digits;
    digits.reserve(text.size());
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ':')
            continue;
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
        digits.append(c);
    }
    if (digits.size() % 2)
        return std::nullopt;
    QByteArray out = QByteArray::fromHex(digits);
    wipeByteArray(digits);
    return out;
}

// The built-in objects plus every --ddf file.
inline std::optional<lwm2m::ObjectRegistry> loadRegistry(const QString& verb, const QStringList& ddfFiles)
{
    lwm2m::ObjectRegistry registry = lwm2m::ObjectRegistry::builtin();
    for (const QString& file : ddfFiles) {
        const auto loaded = registry.loadDdfFile(file);
        if (!loaded) {
            err() << "commissioner-cli " << verb << ": " << loaded.error().toString() << "\n";
            return std::nullopt;
        }
    }
    return registry;
}

} // namespace lwc::cli
