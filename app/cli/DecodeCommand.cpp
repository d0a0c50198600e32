// `commissioner-cli decode`: shows what a device sent (TLV, SenML, LwM2M
// CBOR, plain text, opaque, link format) as readable JSON.
#include "CodecCli.h"

#include "codec/Codec.h"
#include "codec/LinkFormat.h"
#include "codec/PayloadJson.h"

#include <QCommandLineParser>

namespace lwc::cli {
namespace {

int runDecode(const QStringList& args)
{
    const QString verb = QStringLiteral("decode");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Decode an LwM2M payload and print it as JSON. Secret values (Secret Key /0/x/5, ...) are "
                       "shown as <secret:N bytes> unless --reveal-secrets is given."));
    parser.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Content format: %1.").arg(codec::contentFormatNames()),
                                    QStringLiteral("format"));
    const QCommandLineOption path(QStringLiteral("path"),
                                  QStringLiteral("Request path the payload answers, e.g. /0 or /3/0 (needed for tlv, "
                                                 "text and opaque; default /)."),
                                  QStringLiteral("path"));
    const QCommandLineOption ddf(QStringLiteral("ddf"),
                                 QStringLiteral("Load object definitions from an OMA DDF XML file (repeatable)."),
                                 QStringLiteral("file"));
    const QCommandLineOption hex(QStringLiteral("hex"),
                                 QStringLiteral("The input is hex text (spaces, newlines and ':' are ignored)."));
    const QCommandLineOption reveal(QStringLiteral("reveal-secrets"),
                                    QStringLiteral("Print secret values as hex instead of <secret:N bytes>."));
    parser.addOptions({format, path, ddf, hex, reveal});
    parser.addPositionalArgument(QStringLiteral("input"), QStringLiteral("Payload file, or - for standard input."),
                                 QStringLiteral("FILE|-"));
    if (const auto rc = parseArguments(parser, args, verb))
        return *rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(verb, QStringLiteral("give exactly one input file (or - for standard input)"));
    if (!parser.isSet(format))
        return usageError(verb, QStringLiteral("--format is required (%1)").arg(codec::contentFormatNames()));
    const auto contentFormat = codec::contentFormatFromName(parser.value(format));
    if (!contentFormat)
        return usageError(
            verb,
            QStringLiteral("unknown format '%1' (use %2)").arg(parser.value(format), codec::contentFormatNames()));
    lwm2m::Path target;
    if (parser.isSet(path)) {
        const auto parsed = lwm2m::Path::parse(parser.value(path));
        if (!parsed)
            return usageError(verb, QStringLiteral("--path: %1").arg(parsed.error().userText));
        target = *parsed;
    } else if (*contentFormat == codec::ContentFormat::Tlv || *contentFormat == codec::ContentFormat::Text
               || *contentFormat == codec::ContentFormat::Opaque) {
        return usageError(verb,
                          QStringLiteral("--path is required for %1: the payload shape depends on the "
                                         "request path (e.g. --path /0)")
                              .arg(codec::contentFormatName(*contentFormat)));
    }
    const auto registry = loadRegistry(verb, parser.values(ddf));
    if (!registry)
        return ExitFailed;
    auto input = readInput(verb, parser.positionalArguments().front());
    if (!input)
        return ExitFailed;
    if (parser.isSet(hex)) {
        auto bytes = parseHexText(*input);
        wipeByteArray(*input);
        if (!bytes) {
            err() << "commissioner-cli decode: the input is not hex text (pairs of 0-9 a-f)\n";
            return ExitFailed;
        }
        input = std::move(bytes);
    }

    QByteArray json;
    if (*contentFormat == codec::ContentFormat::LinkFormat) {
        const auto links = codec::LinkFormat::parse(*input);
        if (!links) {
            err() << "commissioner-cli decode: " << links.error().toString() << "\n";
            return ExitFailed;
        }
        json = codec::PayloadJson::fromLinks(*links);
    } else {
        const auto records = codec::decode(*contentFormat, target, *input, *registry);
        wipeByteArray(*input);
        if (!records) {
            err() << "commissioner-cli decode: " << records.error().toString() << "\n";
            return ExitFailed;
        }
        json = codec::PayloadJson::fromRecords(*contentFormat, target, *records, parser.isSet(reveal));
    }
    out() << QString::fromUtf8(json);
    out().flush();
    wipeByteArray(json);
    return ExitOk;
}

} // namespace

LWC_CLI_COMMAND(decode, "decode", "Decode an LwM2M payload (TLV, SenML, LwM2M CBOR, link format) to JSON", runDecode);

} // namespace lwc::cli
