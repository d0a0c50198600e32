// `commissioner-cli credentials generate|import|export ...`: PSKs, PINs,
// P-256 keys, the local CA and certificates, in the formats devices use.
// Secrets are written only to files the user names (mode 0600), never to
// stdout or the log.
#include "CliCommand.h"
#include "CliFiles.h"

#include "inventory/CredentialRegistry.h"
#include "security/CertificateInfo.h"
#include "security/CredentialCodec.h"
#include "security/CredentialGenerator.h"
#include "security/FileCaKeyStore.h"
#include "security/Fingerprint.h"
#include "security/KeyPolicy.h"
#include "security/LocalCa.h"
#include "security/OpenSslUtil.h"
#include "security/SecurityObjectKeys.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lwc::cli {
namespace {

using namespace lwc::security;
using lwc::inventory::CredentialFingerprint;
using lwc::inventory::CredentialRegistry;
using lwc::inventory::InventoryDatabase;

constexpr auto kPassphraseEnv = "LWC_CA_PASSPHRASE";

struct Verb {
    QString name; // "credentials generate psk"
    QCommandLineParser parser;
    QCommandLineOption force {QStringLiteral("force"), QStringLiteral("Overwrite existing output files.")};
    QCommandLineOption json {QStringLiteral("json"), QStringLiteral("Print the result as JSON.")};

    explicit Verb(QString n, const QString& description) : name(std::move(n))
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        parser.addOption(force);
        parser.addOption(json);
    }
    // -1: go on; otherwise the exit code.
    int parse(const QStringList& args, int positional = 0)
    {
        if (const auto rc = parseArguments(parser, args, name))
            return *rc;
        if (parser.positionalArguments().size() != positional) {
            return usageError(
                name,
                positional == 0 ? QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().value(0))
                                : QStringLiteral("expected %1 file argument(s)").arg(positional));
        }
        return -1;
    }
    int fail(const Error& e) const { return failWith(name, e); }
    bool forced() const { return parser.isSet(force); }
    void print(const QJsonObject& o) const
    {
        if (parser.isSet(json)) {
            out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString value = it.value().isArray() ? it.value().toVariant().toStringList().join(QLatin1String(", "))
                                                       : it.value().toVariant().toString();
            out() << (it.key() + QLatin1Char(':')).leftJustified(22) << value << "\n";
        }
    }
};

QCommandLineOption opt(const char* name, const char* description, const char* value = nullptr)
{
    return value
        ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description), QString::fromLatin1(value))
        : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
}

// Records fingerprints in the inventory after the S5/S12 check, if asked.
Status registerInInventory(const QString& dbPath, const QString& endpoint,
                           const std::function<Result<QList<CredentialFingerprint>>(CredentialRegistry&)>& collect,
                           inventory::CredentialOrigin origin = inventory::CredentialOrigin::Issued)
{
    if (dbPath.isEmpty())
        return {};
    LWC_TRY(auto db, InventoryDatabase::openSqlite(dbPath));
    CredentialRegistry registry(*db);
    LWC_TRY(QList<CredentialFingerprint> items, collect(registry));
    return registry.record(endpoint, items, origin);
}

Result<OutputEncoding> encodingOption(const QCommandLineParser& p, const QCommandLineOption& o, OutputEncoding fallback)
{
    if (!p.isSet(o))
        return fallback;
    const auto e = outputEncodingFromName(p.value(o));
    if (!e)
        return makeError(QStringLiteral("cli.usage"), QStringLiteral("--encoding must be der, pem, hex or base64"));
    return *e;
}

Result<FileCaKeyStore> openCaStore(const QCommandLineParser& p, const QCommandLineOption& dir,
                                   const QCommandLineOption& passFile)
{
    LWC_TRY(SecretBytes passphrase,
            readPassphrase(p.value(passFile), kPassphraseEnv, QStringLiteral("Passphrase of the local CA")));
    return FileCaKeyStore(p.value(dir), std::move(passphrase));
}

// The CA store for a new CA; refuses to replace an existing one without --force.
Result<FileCaKeyStore> openNewCaStore(const Verb& v, const QCommandLineOption& dir, const QCommandLineOption& passFile)
{
    LWC_TRY(FileCaKeyStore store, openCaStore(v.parser, dir, passFile));
    if (store.exists() && !v.forced())
        return makeError(
            QStringLiteral("cli.ca.exists"),
            QStringLiteral("a CA already exists in %1 (use --force to replace it)").arg(v.parser.value(dir)));
    return store;
}

// The passphrase of an encrypted input key, when its option is given.
Result<std::optional<SecretBytes>> optionalPassphrase(const QCommandLineParser& p, const QCommandLineOption& file)
{
    if (!p.isSet(file))
        return std::optional<SecretBytes>();
    LWC_TRY(SecretBytes passphrase, readPassphrase(p.value(file), "LWC_UNUSED", {}));
    return std::optional<SecretBytes>(std::move(passphrase));
}

// The option's value, or `fallback` when it is not given.
QString valueOr(const QCommandLineParser& p, const QCommandLineOption& o, const char* fallback)
{
    const QString value = p.value(o);
    return value.isEmpty() ? QString::fromLatin1(fallback) : value;
}

// A private key in `format` and `encoding`, written to a 0600 file.
Status writePrivateKey(const QString& path, const SecretBytes& pkcs8, PrivateKeyFormat format, OutputEncoding encoding,
                       bool force)
{
    LWC_TRY(SecretBytes key, CredentialCodec::encodePrivateKey(pkcs8, format));
    LWC_TRY(SecretBytes file, CredentialCodec::encodeSecretOutput(key, encoding, CredentialCodec::pemLabelFor(format)));
    return writeFileBytes(path, file.view(), FileKind::Secret, force);
}

// ---- generate -----------------------------------------------------------------

int generatePsk(const QStringList& args)
{
    Verb v(QStringLiteral("credentials generate psk"),
           QStringLiteral("Generate a PSK from the CSPRNG (S3) and its identity (S8). The key goes only to --out."));
    const auto endpoint = opt("endpoint", "Endpoint name (the default identity).", "name");
    const auto bytes = opt("bytes", "Key size: 16 (default, AES-128 suites) or 32.", "n");
    const auto prefix = opt("identity-prefix", "Identity = prefix + endpoint name.", "text");
    const auto random = opt("random-identity", "Identity = prefix + 32 random hex digits.");
    const auto outFile = opt("out", "File for the key (mode 0600).", "file");
    const auto encoding = opt("encoding", "hex (default), base64 or der (binary).", "enc");
    const auto inventory = opt("inventory", "Record in this inventory (refuses duplicates, S5).", "db");
    v.parser.addOptions({endpoint, bytes, prefix, random, outFile, encoding, inventory});
    if (int rc = v.parse(args); rc >= 0)
        return rc;
    if (!v.parser.isSet(endpoint) || !v.parser.isSet(outFile))
        return usageError(v.name, QStringLiteral("--endpoint and --out are required"));
    PskOptions options;
    if (v.parser.isSet(bytes))
        options.keyBytes = v.parser.value(bytes).toInt();
    options.prefix = v.parser.value(prefix);
    options.scheme = v.parser.isSet(random) ? PskIdentityScheme::Random
        : v.parser.isSet(prefix)            ? PskIdentityScheme::PrefixedEndpoint
                                            : PskIdentityScheme::EndpointName;
    auto enc = encodingOption(v.parser, encoding, OutputEncoding::Hex);
    if (!enc.ok() || *enc == OutputEncoding::Pem)
        return usageError(v.name, QStringLiteral("--encoding must be hex, base64 or der"));
    auto psk = CredentialGenerator::generatePsk(v.parser.value(endpoint), options);
    if (!psk.ok())
        return v.fail(psk.error());
    const Status registered = registerInInventory(
        v.parser.value(inventory), v.parser.value(endpoint),
        [&](CredentialRegistry& r) -> Result<QList<CredentialFingerprint>> {
            LWC_TRY(CredentialFingerprint keyFp, r.psk(psk->key));
            return QList<CredentialFingerprint> {CredentialRegistry::pskIdentity(psk->identity), keyFp};
        });
    if (!registered.ok())
        return v.fail(registered.error());
    auto file = CredentialCodec::encodeSecretOutput(psk->key, *enc, {});
    const Status written = writeFileBytes(v.parser.value(outFile), file->view(), FileKind::Secret, v.forced());
    if (!written.ok())
        return v.fail(written.error());
    v.print({{QStringLiteral("endpoint"), v.parser.value(endpoint)},
             {QStringLiteral("identity"), psk->identity},
             {QStringLiteral("identityBytes"), int(psk->identity.toUtf8().size())},
             {QStringLiteral("keyBytes"), int(psk->key.size())},
             {QStringLiteral("keyFile"), v.parser.value(outFile)}});
    return ExitOk;
}

int generatePin(const QStringList& args)
{
    Verb v(QStringLiteral("credentials generate pin"),
           QStringLiteral("Generate a numeric PIN for a PIN job (S4). The PIN goes only to --out."));
    const auto length = opt("length", "Number of digits (6..32, default 8).", "n");
    const auto outFile = opt("out", "File for the PIN (mode 0600).", "file");
    v.parser.addOptions({length, outFile});
    if (int rc = v.parse(args); rc >= 0)
        return rc;
    if (!v.parser.isSet(outFile))
        return usageError(v.name, QStringLiteral("--out is required"));
    bool ok = true;
    const int n = v.parser.isSet(length) ? v.parser.value(length).toInt(&ok) : CredentialGenerator::kDefaultPinLength;
    if (!ok)
        return usageError(v.name, QStringLiteral("--length must be a number"));
    auto pin = CredentialGenerator::generatePin(n);
    if (!pin.ok())
        return v.fail(pin.error());
    SecretBytes withNewline = SecretBytes::zeroed(pin->size() + 1);
    memcpy(withNewline.data(), pin->data(), size_t(pin->size()));
    withNewline.data()[pin->size()] = '\n';
    const Status written = writeFileBytes(v.parser.value(outFile), withNewline.view(), FileKind::Secret, v.forced());
    if (!written.ok())
        return v.fail(written.error());
    v.print({{QStringLiteral("digits"), n}, {QStringLiteral("pinFile"), v.parser.value(outFile)}});
    return ExitOk;
}

int generateKey(const QStringList& args)
{
    Verb v(QStringLiteral("credentials generate key"),
           QStringLiteral("Generate a P-256 key pair (S11) for RPK or certificate mode."));
    const auto outFile = opt("out", "File for the private key (mode 0600).", "file");
    const auto privFormat = opt("private-format", "pkcs8 (default), sec1 or raw (32 bytes).", "format");
    const auto encoding = opt("encoding", "pem (default for pkcs8/sec1), der, hex or base64.", "enc");
    const auto pubOut = opt("public-out", "File for the public key.", "file");
    const auto pubFormat = opt("public-format", "spki (default), xy (64 bytes) or uncompressed (65 bytes).", "format");
    const auto endpoint = opt("endpoint", "Endpoint the key is for (with --inventory).", "name");
    const auto inventory = opt("inventory", "Record the public key in this inventory (S5, S12).", "db");
    v.parser.addOptions({outFile, privFormat, encoding, pubOut, pubFormat, endpoint, inventory});
    if (int rc = v.parse(args); rc >= 0)
        return rc;
    if (!v.parser.isSet(outFile))
        return usageError(v.name, QStringLiteral("--out is required"));
    if (v.parser.isSet(inventory) != v.parser.isSet(endpoint))
        return usageError(v.name, QStringLiteral("--inventory and --endpoint go together"));
    const auto pf = privateKeyFormatFromName(valueOr(v.parser, privFormat, "pkcs8"));
    const auto pubf = publicKeyFormatFromName(valueOr(v.parser, pubFormat, "spki"));
    if (!pf || !pubf)
        return usageError(v.name, QStringLiteral("unknown --private-format or --public-format"));
    auto enc
        = encodingOption(v.parser, encoding, *pf == PrivateKeyFormat::Raw ? OutputEncoding::Der : OutputEncoding::Pem);
    if (!enc.ok())
        return usageError(v.name, enc.error().userText);

    auto pair = CredentialGenerator::generateP256KeyPair();
    if (!pair.ok())
        return v.fail(pair.error());
    const Status registered
        = registerInInventory(v.parser.value(inventory), v.parser.value(endpoint),
                              [&](CredentialRegistry&) -> Result<QList<CredentialFingerprint>> {
                                  LWC_TRY(CredentialFingerprint fp, CredentialRegistry::publicKey(pair->publicKeySpki));
                                  return QList<CredentialFingerprint> {fp};
                              });
    if (!registered.ok())
        return v.fail(registered.error());
    Status written = writePrivateKey(v.parser.value(outFile), pair->privateKeyPkcs8, *pf, *enc, v.forced());
    if (!written.ok())
        return v.fail(written.error());
    if (v.parser.isSet(pubOut)) {
        auto pub = CredentialCodec::encodePublicKey(pair->publicKeySpki, *pubf);
        const OutputEncoding pubEnc
            = *pubf == PublicKeyFormat::Spki ? *enc : (*enc == OutputEncoding::Pem ? OutputEncoding::Der : *enc);
        auto pubFile = CredentialCodec::encodeOutput(*pub, pubEnc, QStringLiteral("PUBLIC KEY"));
        written = writeFileBytes(v.parser.value(pubOut), *pubFile, FileKind::Public, v.forced());
        if (!written.ok())
            return v.fail(written.error());
    }
    v.print({{QStringLiteral("key"), QStringLiteral("EC P-256")},
             {QStringLiteral("privateFormat"), privateKeyFormatName(*pf)},
             {QStringLiteral("publicKeySha256"), Fingerprint::sha256(pair->publicKeySpki)},
             {QStringLiteral("keyFile"), v.parser.value(outFile)}});
    return ExitOk;
}

int generateCa(const QStringList& args)
{
    Verb v(QStringLiteral("credentials generate ca"),
           QStringLiteral("Create the local CA (P-256, ECDSA-SHA256). Its key is stored only encrypted (scrypt + "
                          "AES-256) under a passphrase from --passphrase-file, $LWC_CA_PASSPHRASE or a prompt."));
    const auto dir = opt("ca-dir", "Folder for ca-cert.pem and ca-key.pem.", "dir");
    const auto cn = opt("cn", "CA name (Subject CN).", "name");
    const auto org = opt("organization", "Subject O.", "name");
    const auto days = opt("days", "Validity in days (default 3650).", "n");
    const auto passFile = opt("passphrase-file", "File holding the CA passphrase (first line).", "file");
    v.parser.addOptions({dir, cn, org, days, passFile});
    if (int rc = v.parse(args); rc >= 0)
        return rc;
    if (!v.parser.isSet(dir))
        return usageError(v.name, QStringLiteral("--ca-dir is required"));
    LocalCaOptions options;
    options.commonName = v.parser.value(cn);
    options.organization = v.parser.value(org);
    if (v.parser.isSet(days))
        options.validityDays = v.parser.value(days).toInt();
    auto store = openNewCaStore(v, dir, passFile);
    if (!store.ok())
        return v.fail(store.error());
    auto ca = LocalCa::create(options);
    if (!ca.ok())
        return v.fail(ca.error());
    const Status saved = ca->save(*store);
    if (!saved.ok())
        return v.fail(saved.error());
    const CertificateInfo info = ca->info();
    v.print({{QStringLiteral("subject"), info.subject},
             {QStringLiteral("sha256"), info.sha256Text()},
             {QStringLiteral("notAfter"), info.notAfter.toString(Qt::ISODate)},
             {QStringLiteral("store"), store->describe()}});
    return ExitOk;
}

Result<QList<SubjectAltName>> parseSans(const QStringList& values)
{
    QList<SubjectAltName> out;
    for (const QString& v : values) {
        const int colon = v.indexOf(u':');
        const QString type = v.left(colon).toUpper();
        const QString value = v.mid(colon + 1);
        SubjectAltName san;
        san.value = value;
        if (colon <= 0 || value.isEmpty())
            return makeError(QStringLiteral("cli.usage"),
                             QStringLiteral("--san must be DNS:name, IP:address or URI:uri"));
        if (type == QLatin1String("DNS"))
            san.type = SubjectAltName::Type::Dns;
        else if (type == QLatin1String("IP"))
            san.type = SubjectAltName::Type::Ip;
        else if (type == QLatin1String("URI"))
            san.type = SubjectAltName::Type::Uri;
        else
            return makeError(QStringLiteral("cli.usage"),
                             QStringLiteral("--san must be DNS:name, IP:address or URI:uri"));
        out << san;
    }
    return out;
}

int generateCert(const QStringList& args)
{
    Verb v(QStringLiteral("credentials generate cert"),
           QStringLiteral("Issue a certificate from the local CA: a client certificate whose Subject CN is the "
                          "endpoint name (S18), or with --server-host a server certificate."));
    const auto dir = opt("ca-dir", "Folder of the local CA.", "dir");
    const auto passFile = opt("passphrase-file", "File holding the CA passphrase.", "file");
    const auto endpoint = opt("endpoint", "Endpoint name = Subject CN (client certificate).", "name");
    const auto serverHost = opt("server-host", "Host name or IP for a server certificate; repeatable.", "host");
    const auto publicKey = opt("public-key", "The device's public key (any supported encoding).", "file");
    const auto keyOut = opt("key-out", "Generate a new P-256 key and write it here (PKCS#8 PEM, 0600).", "file");
    const auto san = opt("san", "Extra SubjectAltName: DNS:x, IP:y or URI:z; repeatable.", "name");
    const auto days = opt("days", "Validity in days (default 730, never beyond the CA).", "n");
    const auto outFile = opt("out", "File for the certificate.", "file");
    const auto encoding = opt("encoding", "pem (default) or der.", "enc");
    const auto inventory = opt("inventory", "Record certificate and key in this inventory (S5, S12).", "db");
    v.parser.addOptions(
        {dir, passFile, endpoint, serverHost, publicKey, keyOut, san, days, outFile, encoding, inventory});
    if (int rc = v.parse(args); rc >= 0)
        return rc;
    if (!v.parser.isSet(dir) || !v.parser.isSet(outFile))
        return usageError(v.name, QStringLiteral("--ca-dir and --out are required"));
    if (v.parser.isSet(endpoint) == v.parser.isSet(serverHost))
        return usageError(v.name, QStringLiteral("give --endpoint (client) or --server-host (server)"));
    if (v.parser.isSet(publicKey) == v.parser.isSet(keyOut))
        return usageError(v.name, QStringLiteral("give --public-key (device key) or --key-out (new key)"));
    auto sans = parseSans(v.parser.values(san));
    if (!sans.ok())
        return usageError(v.name, sans.error().userText);
    auto enc = encodingOption(v.parser, encoding, OutputEncoding::Pem);
    if (!enc.ok())
        return usageError(v.name, enc.error().userText);

    QByteArray spki;
    KeyPair generated;
    if (v.parser.isSet(publicKey)) {
        auto bytes = readInput(v.parser.value(publicKey));
        if (!bytes.ok())
            return v.fail(bytes.error());
        auto imported = CredentialCodec::import(*bytes, ImportKind::PublicKey);
        if (!imported.ok())
            return v.fail(imported.error());
        spki = imported->publicKeySpki;
    } else {
        auto pair = CredentialGenerator::generateP256KeyPair();
        if (!pair.ok())
            return v.fail(pair.error());
        generated = std::move(pair).value();
        spki = generated.publicKeySpki;
    }
    auto store = openCaStore(v.parser, dir, passFile);
    if (!store.ok())
        return v.fail(store.error());
    auto ca = LocalCa::load(*store);
    if (!ca.ok())
        return v.fail(ca.error());
    IssueOptions options;
    options.subjectAltNames = *sans;
    if (v.parser.isSet(days))
        options.validityDays = v.parser.value(days).toInt();
    const bool server = v.parser.isSet(serverHost);
    auto cert = server ? ca->issueServerCertificate(v.parser.values(serverHost), spki, options)
                       : ca->issueClientCertificate(v.parser.value(endpoint), spki, options);
    if (!cert.ok())
        return v.fail(cert.error());
    const QString owner = server ? v.parser.values(serverHost).first() : v.parser.value(endpoint);
    const Status registered = registerInInventory(
        v.parser.value(inventory), owner, [&](CredentialRegistry&) -> Result<QList<CredentialFingerprint>> {
            if (!server)
                return CredentialRegistry::certificate(*cert);
            LWC_TRY(CredentialFingerprint fp, CredentialRegistry::serverKey(*cert));
            return QList<CredentialFingerprint> {fp};
        });
    if (!registered.ok())
        return v.fail(registered.error());
    if (!generated.privateKeyPkcs8.isEmpty()) {
        auto keyFile = CredentialCodec::encodeSecretOutput(generated.privateKeyPkcs8, OutputEncoding::Pem,
                                                           QStringLiteral("PRIVATE KEY"));
        const Status w = writeFileBytes(v.parser.value(keyOut), keyFile->view(), FileKind::Secret, v.forced());
        if (!w.ok())
            return v.fail(w.error());
    }
    auto file = CredentialCodec::encodeOutput(*cert, *enc, QStringLiteral("CERTIFICATE"));
    const Status w = writeFileBytes(v.parser.value(outFile), *file, FileKind::Public, v.forced());
    if (!w.ok())
        return v.fail(w.error());
    const CertificateInfo info = CertificateInfo::fromDer(*cert).value();
    QStringList sanText;
    for (const SubjectAltName& s : info.subjectAltNames)
        sanText << s.typeName() + u':' + s.value;
    v.print({{QStringLiteral("subject"), info.subject},
             {QStringLiteral("issuer"), info.issuer},
             {QStringLiteral("subjectAltNames"), QJsonArray::fromStringList(sanText)},
             {QStringLiteral("notAfter"), info.notAfter.toString(Qt::ISODate)},
             {QStringLiteral("sha256"), info.sha256Text()},
             {QStringLiteral("certificateFile"), v.parser.value(outFile)}});
    return ExitOk;
}

// ---- import -------------------------------------------------------------------

int importCa(const QStringList& args)
{
    Verb v(QStringLiteral("credentials import ca"),
           QStringLiteral("Import an existing CA (certificate + private key) into the local CA folder; the key is "
                          "re-encrypted under the CA passphrase."));
    const auto dir = opt("ca-dir", "Folder of the local CA.", "dir");
    const auto passFile = opt("passphrase-file", "File holding the new CA passphrase.", "file");
    const auto cert = opt("cert", "CA certificate (any encoding).", "file");
    const auto key = opt("key", "CA private key (PKCS#8, SEC1, PKCS#1, encrypted PKCS#8).", "file");
    const auto keyPass = opt("key-passphrase-file", "Passphrase of an encrypted --key.", "file");
    v.parser.addOptions({dir, passFile, cert, key, keyPass});
    if (int rc = v.parse(args, 1); rc >= 0)
        return rc;
    if (!v.parser.isSet(dir) || !v.parser.isSet(cert) || !v.parser.isSet(key))
        return usageError(v.name, QStringLiteral("--ca-dir, --cert and --key are required"));
    auto certBytes = readInput(v.parser.value(cert));
    if (!certBytes.ok())
        return v.fail(certBytes.error());
    auto certs = CredentialCodec::import(*certBytes, ImportKind::Certificate);
    if (!certs.ok())
        return v.fail(certs.error());
    auto keyBytes = readSecretFile(v.parser.value(key));
    if (!keyBytes.ok())
        return v.fail(keyBytes.error());
    auto keyPassphrase = optionalPassphrase(v.parser, keyPass);
    if (!keyPassphrase.ok())
        return v.fail(keyPassphrase.error());
    auto imported = CredentialCodec::import(keyBytes->view(), ImportKind::PrivateKey,
                                            *keyPassphrase ? &**keyPassphrase : nullptr);
    if (!imported.ok())
        return v.fail(imported.error());
    auto ca = LocalCa::import(certs->certificates.first(), std::move(imported->privateKeyPkcs8));
    if (!ca.ok())
        return v.fail(ca.error());
    auto store = openNewCaStore(v, dir, passFile);
    if (!store.ok())
        return v.fail(store.error());
    const Status saved = ca->save(*store);
    if (!saved.ok())
        return v.fail(saved.error());
    const CertificateInfo info = ca->info();
    v.print({{QStringLiteral("subject"), info.subject},
             {QStringLiteral("sha256"), info.sha256Text()},
             {QStringLiteral("key"), info.key.description()},
             {QStringLiteral("store"), store->describe()}});
    return ExitOk;
}

int importCredential(const QStringList& args)
{
    Verb v(QStringLiteral("credentials import"),
           QStringLiteral("Read a certificate, key or PSK in any supported encoding (PEM, DER, hex, base64; keys as "
                          "PKCS#8, SEC1, SPKI, raw 32-byte private, 64-byte X||Y or 65-byte uncompressed public), "
                          "describe it, optionally convert it (--out) and record it in the inventory.\n"
                          "Usage: commissioner-cli credentials import [options] FILE\n"
                          "       commissioner-cli credentials import ca --ca-dir DIR --cert FILE --key FILE"));
    const auto kind = opt("kind", "auto (default), certificate, private-key, public-key or psk.", "kind");
    const auto passFile = opt("passphrase-file", "Passphrase of an encrypted private key.", "file");
    const auto outFile = opt("out", "Write the credential converted to --private-format/--public-format.", "file");
    const auto privFormat = opt("private-format", "pkcs8, sec1 or raw.", "format");
    const auto pubFormat = opt("public-format", "spki, xy or uncompressed.", "format");
    const auto encoding = opt("encoding", "der, pem, hex or base64.", "enc");
    const auto endpoint = opt("endpoint", "Endpoint holding the credential (with --inventory).", "name");
    const auto inventory = opt("inventory", "Record it in this inventory as seen on the endpoint (S5, S12).", "db");
    v.parser.addOptions({kind, passFile, outFile, privFormat, pubFormat, encoding, endpoint, inventory});
    if (int rc = v.parse(args, 1); rc >= 0)
        return rc;
    if (v.parser.isSet(inventory) != v.parser.isSet(endpoint))
        return usageError(v.name, QStringLiteral("--inventory and --endpoint go together"));
    ImportKind importKind = ImportKind::Auto;
    const QString k = v.parser.value(kind);
    if (k == QLatin1String("certificate"))
        importKind = ImportKind::Certificate;
    else if (k == QLatin1String("private-key"))
        importKind = ImportKind::PrivateKey;
    else if (k == QLatin1String("public-key"))
        importKind = ImportKind::PublicKey;
    else if (k == QLatin1String("psk"))
        importKind = ImportKind::Psk;
    else if (!k.isEmpty() && k != QLatin1String("auto"))
        return usageError(v.name, QStringLiteral("unknown --kind '%1'").arg(k));

    auto bytes = readSecretFile(v.parser.positionalArguments().first());
    if (!bytes.ok())
        return v.fail(bytes.error());
    auto passphrase = optionalPassphrase(v.parser, passFile);
    if (!passphrase.ok())
        return v.fail(passphrase.error());
    auto imported = CredentialCodec::import(bytes->view(), importKind, *passphrase ? &**passphrase : nullptr);
    if (!imported.ok())
        return v.fail(imported.error());

    QJsonObject o {{QStringLiteral("type"), credentialTypeName(imported->type)},
                   {QStringLiteral("container"), inputEncodingName(imported->encoding)},
                   {QStringLiteral("format"), imported->format}};
    if (imported->type == CredentialType::Psk) {
        // S3: a PSK from outside must still be a high-entropy secret.
        const Status strong = CredentialGenerator::checkPskStrength(imported->psk);
        if (!strong.ok())
            return v.fail(strong.error());
        o.insert(QStringLiteral("keyBytes"), int(imported->psk.size()));
    }
    if (!imported->publicKeySpki.isEmpty()) {
        EvpPkeyPtr key = publicKeyFromSpki(imported->publicKeySpki);
        o.insert(QStringLiteral("key"), KeyPolicy::describeKey(key.get()).description());
        o.insert(QStringLiteral("publicKeySha256"), Fingerprint::sha256(imported->publicKeySpki));
        const Status strong = KeyPolicy::checkKeyStrength(key.get(), QStringLiteral("The key"));
        if (!strong.ok())
            o.insert(QStringLiteral("warning"), strong.error().toString());
    }
    if (!imported->certificates.isEmpty()) {
        const CertificateInfo info = CertificateInfo::fromDer(imported->certificates.first()).value();
        o.insert(QStringLiteral("subject"), info.subject);
        o.insert(QStringLiteral("issuer"), info.issuer);
        o.insert(QStringLiteral("certificates"), int(imported->certificates.size()));
        o.insert(QStringLiteral("sha256"), info.sha256Text());
        o.insert(QStringLiteral("notAfter"), info.notAfter.toString(Qt::ISODate));
    }

    const Status registered = registerInInventory(
        v.parser.value(inventory), v.parser.value(endpoint),
        [&](CredentialRegistry& r) -> Result<QList<CredentialFingerprint>> {
            switch (imported->type) {
            case CredentialType::Certificate:
                return CredentialRegistry::certificate(imported->certificates.first());
            case CredentialType::Psk: {
                LWC_TRY(CredentialFingerprint fp, r.psk(imported->psk));
                return QList<CredentialFingerprint> {fp};
            }
            case CredentialType::PrivateKey:
            case CredentialType::PublicKey:
                break;
            }
            LWC_TRY(CredentialFingerprint fp, CredentialRegistry::publicKey(imported->publicKeySpki));
            return QList<CredentialFingerprint> {fp};
        },
        inventory::CredentialOrigin::Observed);
    if (!registered.ok())
        return v.fail(registered.error());

    if (v.parser.isSet(outFile)) {
        auto enc = encodingOption(v.parser, encoding, OutputEncoding::Pem);
        if (!enc.ok())
            return usageError(v.name, enc.error().userText);
        Status written;
        if (imported->type == CredentialType::PrivateKey) {
            const auto pf = privateKeyFormatFromName(valueOr(v.parser, privFormat, "pkcs8"));
            if (!pf)
                return usageError(v.name, QStringLiteral("unknown --private-format"));
            written = writePrivateKey(v.parser.value(outFile), imported->privateKeyPkcs8, *pf, *enc, v.forced());
        } else if (imported->type == CredentialType::Psk) {
            auto file = CredentialCodec::encodeSecretOutput(
                imported->psk, *enc == OutputEncoding::Pem ? OutputEncoding::Hex : *enc, {});
            written = writeFileBytes(v.parser.value(outFile), file->view(), FileKind::Secret, v.forced());
        } else if (imported->type == CredentialType::PublicKey) {
            const auto pubf = publicKeyFormatFromName(valueOr(v.parser, pubFormat, "spki"));
            if (!pubf)
                return usageError(v.name, QStringLiteral("unknown --public-format"));
            auto pub = CredentialCodec::encodePublicKey(imported->publicKeySpki, *pubf);
            if (!pub.ok())
                return v.fail(pub.error());
            auto file = CredentialCodec::encodeOutput(*pub, *enc, QStringLiteral("PUBLIC KEY"));
            if (!file.ok())
                return v.fail(file.error());
            written = writeFileBytes(v.parser.value(outFile), *file, FileKind::Public, v.forced());
        } else {
            QByteArray all;
            for (const QByteArray& c : imported->certificates) {
                auto file = CredentialCodec::encodeOutput(c, *enc, QStringLiteral("CERTIFICATE"));
                all += *file;
                if (*enc != OutputEncoding::Pem)
                    break; // one certificate per non-PEM file
            }
            written = writeFileBytes(v.parser.value(outFile), all, FileKind::Public, v.forced());
        }
        if (!written.ok())
            return v.fail(written.error());
        o.insert(QStringLiteral("written"), v.parser.value(outFile));
    }
    v.print(o);
    return ExitOk;
}

// ---- export -------------------------------------------------------------------

int exportKeys(const QString& mode, const QStringList& args)
{
    Verb v(QStringLiteral("credentials export ") + mode,
           QStringLiteral("Write the bytes for the Security object resources /0/x/3, /0/x/4 and /0/x/5 (S21-S23) as "
                          "res3.bin, res4.bin and res5.bin (0600) into --out-dir, in the device profile's encoding."));
    const auto outDir = opt("out-dir", "Folder for res3.bin, res4.bin, res5.bin.", "dir");
    const auto identity = opt("identity", "PSK identity (psk).", "text");
    const auto psk = opt("psk", "PSK file (psk).", "file");
    const auto key = opt("key", "Client private key (rpk, cert).", "file");
    const auto serverKey = opt("server-key", "Server public key (rpk).", "file");
    const auto cert = opt("cert", "Client certificate (cert).", "file");
    const auto serverCert = opt("server-cert", "Server certificate or trust anchor (cert).", "file");
    const auto profile = opt("profile",
                             "Device key profile: default (SPKI + PKCS#8), raw (X||Y + 32-byte key), "
                             "uncompressed (04||X||Y + 32-byte key), sec1 (SPKI + SEC1).",
                             "name");
    v.parser.addOptions({outDir, identity, psk, key, serverKey, cert, serverCert, profile});
    if (int rc = v.parse(args); rc >= 0)
        return rc;
    if (!v.parser.isSet(outDir))
        return usageError(v.name, QStringLiteral("--out-dir is required"));
    const auto deviceProfile = DeviceKeyProfile::fromName(valueOr(v.parser, profile, "default"));
    if (!deviceProfile)
        return usageError(v.name, QStringLiteral("unknown --profile '%1'").arg(v.parser.value(profile)));

    const auto readKey = [&](const QCommandLineOption& o) -> Result<SecretBytes> {
        LWC_TRY(SecretBytes bytes, readSecretFile(v.parser.value(o)));
        LWC_TRY(ImportedCredential imported, CredentialCodec::import(bytes.view(), ImportKind::PrivateKey));
        return std::move(imported.privateKeyPkcs8);
    };
    const auto readCert = [&](const QCommandLineOption& o) -> Result<QByteArray> {
        LWC_TRY(QByteArray bytes, readInput(v.parser.value(o)));
        LWC_TRY(ImportedCredential imported, CredentialCodec::import(bytes, ImportKind::Certificate));
        return imported.certificates.first();
    };

    Result<SecurityObjectKeys> keys = makeError(QStringLiteral("cli.usage"), {});
    if (mode == QLatin1String("psk")) {
        if (!v.parser.isSet(identity) || !v.parser.isSet(psk))
            return usageError(v.name, QStringLiteral("--identity and --psk are required"));
        auto bytes = readSecretFile(v.parser.value(psk));
        if (!bytes.ok())
            return v.fail(bytes.error());
        auto imported = CredentialCodec::import(bytes->view(), ImportKind::Psk);
        if (!imported.ok())
            return v.fail(imported.error());
        keys = SecurityObjectKeys::forPsk(v.parser.value(identity), imported->psk);
    } else if (mode == QLatin1String("rpk")) {
        if (!v.parser.isSet(key) || !v.parser.isSet(serverKey))
            return usageError(v.name, QStringLiteral("--key and --server-key are required"));
        auto client = readKey(key);
        if (!client.ok())
            return v.fail(client.error());
        auto serverBytes = readInput(v.parser.value(serverKey));
        if (!serverBytes.ok())
            return v.fail(serverBytes.error());
        auto server = CredentialCodec::import(*serverBytes, ImportKind::Auto);
        if (!server.ok())
            return v.fail(server.error());
        keys = SecurityObjectKeys::forRpk(*client, server->publicKeySpki, *deviceProfile);
    } else {
        if (!v.parser.isSet(key) || !v.parser.isSet(cert) || !v.parser.isSet(serverCert))
            return usageError(v.name, QStringLiteral("--cert, --key and --server-cert are required"));
        auto client = readKey(key);
        auto clientCert = readCert(cert);
        auto server = readCert(serverCert);
        for (const Error* e : {client.ok() ? nullptr : &client.error(), clientCert.ok() ? nullptr : &clientCert.error(),
                               server.ok() ? nullptr : &server.error()})
            if (e)
                return v.fail(*e);
        keys = SecurityObjectKeys::forCertificate(*clientCert, *client, *server, *deviceProfile);
    }
    if (!keys.ok())
        return v.fail(keys.error());

    QDir dir(v.parser.value(outDir));
    if (!dir.mkpath(QStringLiteral(".")))
        return v.fail(makeError(QStringLiteral("cli.file.write"), QStringLiteral("cannot create %1").arg(dir.path())));
    Status w = writeFileBytes(dir.filePath(QStringLiteral("res3.bin")), keys->publicKeyOrIdentity, FileKind::Public,
                              v.forced());
    if (w.ok() && !keys->serverPublicKey.isEmpty())
        w = writeFileBytes(dir.filePath(QStringLiteral("res4.bin")), keys->serverPublicKey, FileKind::Public,
                           v.forced());
    if (w.ok())
        w = writeFileBytes(dir.filePath(QStringLiteral("res5.bin")), keys->secretKey.view(), FileKind::Secret,
                           v.forced());
    if (!w.ok())
        return v.fail(w.error());
    v.print({{QStringLiteral("securityMode"), int(keys->mode)},
             {QStringLiteral("profile"), keys->profile},
             {QStringLiteral("res3Bytes"), int(keys->publicKeyOrIdentity.size())},
             {QStringLiteral("res4Bytes"), int(keys->serverPublicKey.size())},
             {QStringLiteral("res5Bytes"), int(keys->secretKey.size())},
             {QStringLiteral("folder"), dir.path()}});
    return ExitOk;
}

void printOverview()
{
    out() << "Usage: commissioner-cli credentials <action> <kind> [options]\n\n"
          << "  generate psk|pin|key|ca|cert   create credentials (secrets only into files you name)\n"
          << "  import [--kind K] FILE         detect, describe, convert, record a credential\n"
          << "  import ca                      import an existing CA into the local CA folder\n"
          << "  export psk|rpk|cert            bytes for /0/x/3, /0/x/4, /0/x/5 per device profile\n\n"
          << "Each action has --help, e.g. 'commissioner-cli credentials generate cert --help'.\n"
          << "Exit codes: 0 ok, 1 failed, 2 usage error.\n";
}

int runCredentials(const QStringList& args)
{
    const QString action = args.value(1);
    const QString kind = args.value(2);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")
        || ((action == QLatin1String("generate") || action == QLatin1String("export"))
            && (kind == QLatin1String("--help") || kind == QLatin1String("-h")))) {
        printOverview();
        return ExitOk;
    }
    const auto rest = [&](int skip, const QString& verb) {
        QStringList r {QStringLiteral("commissioner-cli credentials ") + verb};
        r += args.mid(1 + skip);
        return r;
    };
    if (action == QLatin1String("generate")) {
        const QString verb = QStringLiteral("generate ") + kind;
        if (kind == QLatin1String("psk"))
            return generatePsk(rest(2, verb));
        if (kind == QLatin1String("pin"))
            return generatePin(rest(2, verb));
        if (kind == QLatin1String("key"))
            return generateKey(rest(2, verb));
        if (kind == QLatin1String("ca"))
            return generateCa(rest(2, verb));
        if (kind == QLatin1String("cert"))
            return generateCert(rest(2, verb));
        return usageError(QStringLiteral("credentials generate"),
                          kind.isEmpty() ? QStringLiteral("what to generate: psk, pin, key, ca or cert")
                                         : QStringLiteral("unknown kind '%1'").arg(kind));
    }
    if (action == QLatin1String("import")) {
        if (kind == QLatin1String("ca"))
            return importCa(rest(1, QStringLiteral("import")));
        return importCredential(rest(1, QStringLiteral("import")));
    }
    if (action == QLatin1String("export")) {
        if (kind == QLatin1String("psk") || kind == QLatin1String("rpk") || kind == QLatin1String("cert"))
            return exportKeys(kind, rest(2, QStringLiteral("export ") + kind));
        return usageError(QStringLiteral("credentials export"),
                          kind.isEmpty() ? QStringLiteral("what to export: psk, rpk or cert")
                                         : QStringLiteral("unknown kind '%1'").arg(kind));
    }
    return usageError(QStringLiteral("credentials"),
                      action.isEmpty() ? QStringLiteral("no action given (generate, import, export)")
                                       : QStringLiteral("unknown action '%1'").arg(action));
}

} // namespace

LWC_CLI_COMMAND(credentials, "credentials", "Generate, import and export PSKs, PINs, keys, the local CA, certificates",
                runCredentials);

} // namespace lwc::cli
