// `commissioner-cli encode`: the reverse of decode — JSON in, payload out.
#include "CodecCli.h"

#include "codec/Codec.h"
#include "codec/LinkFormat.h"
#include "codec/PayloadJson.h"

#include <QCommandLineParser>

#include <cstdio>

namespace lwc::cli {
namespace {

int runEncode(const QStringList& args)
{
    const QString verb = QStringLiteral("encode");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Encode the JSON that 'decode' prints (records or links) into an LwM2M payload. Payloads "
                       "with secret values (Secret Key /0/x/5, ...) are only written with --reveal-secrets."));
    parser.addHelpOption();
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral("Content format: %1 (default: the JSON's \"format\").").arg(codec::contentFormatNames()),
        QStringLiteral("format"));
    const QCommandLineOption path(QStringLiteral("path"),
                                  QStringLiteral("Request path the payload is for, e.g. /0 (default: the JSON's "
                                                 "\"path\", else /)."),
                                  QStringLiteral("path"));
    const QCommandLineOption ddf(QStringLiteral("ddf"),
                                 QStringLiteral("Load object definitions from an OMA DDF XML file (repeatable)."),
                                 QStringLiteral("file"));
    const QCommandLineOption hex(QStringLiteral("hex"), QStringLiteral("Print the payload as hex text."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("Write the payload to this file instead of standard output."),
                                    QStringLiteral("file"));
    const QCommandLineOption reveal(QStringLiteral("reveal-secrets"),
                                    QStringLiteral("Allow a payload that contains secret values to be written."));
    parser.addOptions({format, path, ddf, hex, output, reveal});
    parser.addPositionalArgument(QStringLiteral("input"), QStringLiteral("JSON file, or - for standard input."),
                                 QStringLiteral("FILE|-"));
    if (const auto rc = parseArguments(parser, args, verb))
        return *rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(verb, QStringLiteral("give exactly one input file (or - for standard input)"));
    std::optional<codec::ContentFormat> contentFormat;
    if (parser.isSet(format)) {
        contentFormat = codec::contentFormatFromName(parser.value(format));
        if (!contentFormat)
            return usageError(
                verb,
                QStringLiteral("unknown format '%1' (use %2)").arg(parser.value(format), codec::contentFormatNames()));
    }
    std::optional<lwm2m::Path> target;
    if (parser.isSet(path)) {
        const auto parsed = lwm2m::Path::parse(parser.value(path));
        if (!parsed)
            return usageError(verb, QStringLiteral("--path: %1").arg(parsed.error().userText));
        target = *parsed;
    }
    const auto registry = loadRegistry(verb, parser.values(ddf));
    if (!registry)
        return ExitFailed;
    auto input = readInput(verb, parser.positionalArguments().front());
    if (!input)
        return ExitFailed;
    auto doc = codec::PayloadJson::parse(*input, *registry);
    wipeByteArray(*input);
    if (!doc) {
        err() << "commissioner-cli encode: " << doc.error().toString() << "\n";
        return ExitFailed;
    }
    if (!contentFormat)
        contentFormat = doc->hasLinks ? std::optional(codec::ContentFormat::LinkFormat) : doc->format;
    if (!contentFormat)
        return usageError(verb, QStringLiteral("--format is required: the JSON names no \"format\""));
    if (!target)
        target = doc->path.value_or(lwm2m::Path());

    Result<QByteArray> payload = QByteArray();
    if (*contentFormat == codec::ContentFormat::LinkFormat) {
        if (!doc->hasLinks) {
            err() << "commissioner-cli encode: link format needs a \"links\" list in the JSON\n";
            return ExitFailed;
        }
        payload = codec::LinkFormat::format(doc->links);
    } else {
        if (doc->hasLinks) {
            err() << "commissioner-cli encode: the JSON holds links; use --format link\n";
            return ExitFailed;
        }
        // S26: keying material leaves the tool only on explicit request.
        if (codec::PayloadJson::containsSecret(doc->records) && !parser.isSet(reveal)) {
            err() << "commissioner-cli encode: the payload contains secret values (e.g. a Secret Key); add "
                     "--reveal-secrets to write it\n";
            return ExitFailed;
        }
        payload = codec::encode(*contentFormat, *target, doc->records);
    }
    if (!payload) {
        err() << "commissioner-cli encode: " << payload.error().toString() << "\n";
        return ExitFailed;
    }
    QByteArray bytes = std::move(payload).value();
    if (parser.isSet(hex)) {
        QByteArray text = bytes.toHex();
        wipeByteArray(bytes);
        text.append('\n');
        bytes = std::move(text);
    }
    bool written = false;
    if (parser.isSet(output)) {
        QFile file(parser.value(output));
        written = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size()
            && file.flush();
        if (!written)
            err() << "commissioner-cli encode: cannot write '" << parser.value(output) << "': " << file.errorString()
                  << "\n";
    } else {
        out().flush();
        written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size())
            && std::fflush(stdout) == 0;
    }
    wipeByteArray(bytes);
    return written ? ExitOk : ExitFailed;
}

} // namespace

LWC_CLI_COMMAND(encode, "encode", "Encode JSON records or links into an LwM2M payload", runEncode);

} // namespace lwc::cli
