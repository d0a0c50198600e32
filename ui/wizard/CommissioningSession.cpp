#include "CommissioningSession.h"

#include "CommissioningRun.h"
#include "ReceiptPrinter.h"

#include "common/Log.h"
#include "inventory/Inventory.h"
#include "inventory/SealingCredentialFactory.h"
#include "receipt/ReceiptBuilder.h"
#include "security/CredentialGenerator.h"
#include "security/LocalCa.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace lwc::ui {

namespace {

Status writeFile(const QString& path, const QByteArray& data, bool privateFile)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly)
        && (!privateFile || file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        && file.write(data) == data.size() && file.commit();
    if (!ok)
        return makeError(QStringLiteral("wizard.fileWrite"),
                         QCoreApplication::translate("lwc::ui::CommissioningSession",
                                                     "Could not write %1: %2. Choose another folder or free disk "
                                                     "space.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString pemCertificate(const QByteArray& der)
{
    QString pem = QStringLiteral("-----BEGIN CERTIFICATE-----\n");
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        pem += QString::fromLatin1(b64.mid(i, 64)) + QLatin1Char('\n');
    return pem + QStringLiteral("-----END CERTIFICATE-----\n");
}

} // namespace

std::optional<quint16> settings::contentFormatSetting()
{
    bool ok = false;
    const auto format = bootstrap::contentFormatFromName(
        QSettings().value(QLatin1String(kContentFormat), QStringLiteral("auto")).toString(), &ok);
    return ok ? format : std::nullopt;
}

CommissioningSession::CommissioningSession(WizardServices services, QObject* parent)
    : QObject(parent), m_services(std::move(services))
{
    if (!m_services.clock)
        m_services.clock = &Clock::system();
    if (!m_services.trustDecisions && m_services.inventory)
        m_services.trustDecisions = &m_services.inventory->trustDecisions();
    m_caProvider = std::make_unique<security::LocalCaProvider>(m_services.ca, m_services.vault, *m_services.clock,
                                                               m_services.caScrypt);
}

CommissioningSession::~CommissioningSession()
{
    // A run still going finishes in the background (cancelled) and cleans up after itself.
    if (m_run)
        m_run->abandon();
}

Result<const devicesim::DemoDevice::FactoryData*> CommissioningSession::demoFactory()
{
    if (!m_demo) {
        auto data = devicesim::DemoDevice::newFactoryData();
        if (!data)
            return std::move(data).error();
        m_demo = std::move(data).value();
    }
    return &*m_demo;
}

int CommissioningSession::pinLength()
{
    const int n = QSettings()
                      .value(QLatin1String(settings::kPinLength), security::CredentialGenerator::kDefaultPinLength)
                      .toInt();
    return std::clamp(n, security::CredentialGenerator::kMinPinLength, security::CredentialGenerator::kMaxPinLength);
}

Status CommissioningSession::newPin()
{
    auto pin = security::CredentialGenerator::generatePin(pinLength()); // S4: CSPRNG digits
    if (!pin)
        return std::move(pin).error();
    request.pin = std::move(pin).value();
    return {};
}

QString CommissioningSession::pinForDisplay() const
{
    const QString digits = QString::fromUtf8(request.pin.view().toByteArray());
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i && i % 4 == 0)
            grouped += QLatin1Char(' ');
        grouped += digits.at(i);
    }
    return grouped;
}

bool CommissioningSession::planHasErrors() const
{
    for (const bootstrap::Verdict& v : m_verdicts)
        if (v.severity == bootstrap::Verdict::Severity::Error)
            return true;
    return !m_plan;
}

QCoro::Task<Status> CommissioningSession::prepareX509()
{
    QPointer<CommissioningSession> self(this);
    const Result<security::CaMaterial> material = co_await m_caProvider->obtain();
    if (!self)
        co_return Status {};
    if (!material.ok())
        co_return material.error();
    auto ca = security::LocalCa::import(material->certificateDer, material->privateKeyPkcs8.clone(), clock());
    if (!ca.ok())
        co_return std::move(ca).error();

    if (request.channelMode == coap::SecurityMode::Certificate) {
        // The device's certificate must chain to this CA (S13, S18).
        const bool ownCa = channelCaFile.isEmpty() || useDemo;
        request.channelCaCertificates = {ownCa ? material->certificateDer : channelCaFile};
        // The listener presents a certificate of the local CA for its address.
        Result<security::KeyPair> listenerKey = co_await security::CredentialGenerator::generateP256KeyPairAsync();
        if (!self)
            co_return Status {};
        if (!listenerKey.ok())
            co_return listenerKey.error();
        const QStringList names {listenAddress.toString()};
        auto listenerCert = ca->issueServerCertificate(names, listenerKey->publicKeySpki);
        if (!listenerCert.ok())
            co_return listenerCert.error();
        m_listenerChain = {listenerCert.value(), material->certificateDer};
        m_listenerKey = std::move(listenerKey->privateKeyPkcs8);
        if (useDemo) {
            // The demo device's factory certificate: CN = endpoint (S18).
            Result<security::KeyPair> deviceKey = co_await security::CredentialGenerator::generateP256KeyPairAsync();
            if (!self)
                co_return Status {};
            if (!deviceKey.ok())
                co_return deviceKey.error();
            auto deviceCert = ca->issueClientCertificate(request.endpoint, deviceKey->publicKeySpki);
            if (!deviceCert.ok())
                co_return deviceCert.error();
            m_demoChain = {deviceCert.value()};
            m_demoKey = std::move(deviceKey->privateKeyPkcs8);
        }
    }

    if (request.accountMode == bootstrap::AccountSecurityMode::Certificate) {
        // A unique key pair per device (S5), its certificate from the local CA with CN = endpoint (S18).
        Result<security::KeyPair> clientKey = co_await security::CredentialGenerator::generateP256KeyPairAsync();
        if (!self)
            co_return Status {};
        if (!clientKey.ok())
            co_return clientKey.error();
        auto clientCert = ca->issueClientCertificate(request.endpoint, clientKey->publicKeySpki);
        if (!clientCert.ok())
            co_return clientCert.error();
        request.accountCertificate = clientCert.value();
        request.accountPrivateKey = std::move(clientKey->privateKeyPkcs8);
        if (request.serverCertificate.isEmpty() && useDemo) {
            // The demo's LwM2M server: a certificate of the local CA for the URI's host.
            Result<security::KeyPair> serverKey = co_await security::CredentialGenerator::generateP256KeyPairAsync();
            if (!self)
                co_return Status {};
            if (!serverKey.ok())
                co_return serverKey.error();
            const QStringList hosts {QUrl(request.serverUri).host()};
            auto serverCert = ca->issueServerCertificate(hosts, serverKey->publicKeySpki);
            if (!serverCert.ok())
                co_return serverCert.error();
            request.serverCertificate = serverCert.value();
        }
        if (!request.certificateUsage)
            request.certificateUsage = 3; // domain-issued certificate: the device pins it (S14)
        if (!request.matchingType)
            request.matchingType = 0; // exact match
    }
    co_return Status {};
}

QCoro::Task<Status> CommissioningSession::preparePlan()
{
    QPointer<CommissioningSession> self(this);
    m_plan.reset();
    m_verdicts.clear();
    m_displayJson.clear();
    request.name = tr("Commissioning wizard: %1").arg(request.endpoint);
    if (request.channelMode == coap::SecurityMode::Certificate
        || request.accountMode == bootstrap::AccountSecurityMode::Certificate) {
        const Status x509 = co_await prepareX509();
        if (!self)
            co_return Status {};
        if (!x509.ok())
            co_return x509;
    }
    m_displayJson = bootstrap::PlanBuilder::displayJson(request);
    auto built = bootstrap::PlanBuilder::build(request);
    if (!built.ok())
        co_return std::move(built).error();
    m_plan = std::make_shared<const bootstrap::BootstrapPlan>(std::move(built).value());
    m_verdicts = m_plan->validate();
    co_return Status {};
}

CommissioningRun* CommissioningSession::run() const
{
    return m_run.data();
}

bool CommissioningSession::isRunning() const
{
    return m_run && m_run->isRunning();
}

Result<CommissioningRun*> CommissioningSession::newRun()
{
    if (isRunning())
        return makeError(QStringLiteral("wizard.busy"), tr("A commissioning run is still going."));
    if (!m_plan || planHasErrors())
        return makeError(QStringLiteral("wizard.noPlan"),
                         tr("The plan has errors. Go back to the Review page and fix them first."));
    if (m_run) {
        m_run->deleteLater();
        m_run = nullptr;
    }

    std::vector<bootstrap::ListenerSpec> listeners(1);
    listeners[0].mode = request.channelMode;
    listeners[0].address = listenAddress;
    listeners[0].port = listenPort;
    if (request.channelMode == coap::SecurityMode::Certificate) {
        listeners[0].certificateChain = m_listenerChain;
        listeners[0].privateKey = m_listenerKey.clone();
    }
    jobs::BootstrapJob::Options options;
    options.waitForDevice = m_services.waitForDevice;
    options.server.requestTimeout = m_services.requestTimeout;

    std::optional<devicesim::DeviceConfig> demo;
    if (useDemo) {
        devicesim::DeviceConfig c;
        c.endpoint = request.endpoint;
        c.mode = request.channelMode;
        c.pskIdentity = request.channelIdentity.toUtf8();
        switch (request.channelMode) {
        case coap::SecurityMode::Psk:
            c.psk = request.channelPsk.clone();
            break;
        case coap::SecurityMode::Pin:
            c.psk = request.pin.clone(); // the technician typed the PIN shown on screen
            break;
        case coap::SecurityMode::Certificate:
            c.certificateChain = m_demoChain;
            c.privateKey = m_demoKey.clone();
            break;
        case coap::SecurityMode::NoSec:
            break;
        }
        c.timeout = std::chrono::duration_cast<std::chrono::milliseconds>(m_services.requestTimeout * 6);
        demo = std::move(c);
    }

    auto* run = new CommissioningRun(m_plan, request.endpoint, std::move(listeners), options, m_services.inventory,
                                     clock(), std::move(demo), profileName, this);
    connect(run, &CommissioningRun::finished, this, &CommissioningSession::onRunFinished);
    m_run = run;
    m_receipt.reset();
    m_receiptFiles.clear();
    extraVerdicts.clear();
    m_secretsSealed = false;
    return run;
}

void CommissioningSession::onRunFinished(jobs::JobState state)
{
    if (state == jobs::JobState::Succeeded)
        m_secretsSealed = sealSecrets();
    Q_EMIT runFinished(state);
}

bool CommissioningSession::sealServerCredentials()
{
    if (!m_secretsSealed && m_run && m_run->job()->state() == jobs::JobState::Succeeded)
        m_secretsSealed = sealSecrets();
    return m_secretsSealed;
}

bool CommissioningSession::vaultLocked() const
{
    return m_services.vault && !m_services.vault->isUnlocked();
}

bool CommissioningSession::sealSecrets()
{
    // S26: what the device now holds and its servers need, kept only as
    // vault-sealed blobs in the inventory, each bound to its record.
    inventory::Inventory* inv = m_services.inventory;
    Vault* vault = m_services.vault;
    const CommissioningRun* run = m_run;
    if (!inv || !vault || !vault->isUnlocked() || !run || !run->job()->report())
        return false;
    QString serverPath;
    QString bootstrapPath;
    for (const bootstrap::WrittenInstance& w : run->job()->report()->written) {
        if (w.bootstrapAccount)
            bootstrapPath = w.path;
        else if (w.path.startsWith(QLatin1String("/0/")) && w.shortServerId == request.shortServerId)
            serverPath = w.path;
    }
    auto seal = [&](const QString& purpose, const SecretBytes& secret) {
        if (secret.isEmpty())
            return true;
        const Status stored
            = inventory::SealingCredentialFactory::sealAndStore(*vault, *inv, request.endpoint, purpose, secret);
        if (!stored.ok())
            qCWarning(lcUi).noquote() << "sealing" << purpose << "failed:" << stored.error().toString();
        return stored.ok();
    };
    bool ok = !serverPath.isEmpty();
    if (request.accountMode == bootstrap::AccountSecurityMode::Psk)
        ok &= seal(inventory::SealingCredentialFactory::purpose(request.accountMode, serverPath), request.accountPsk);
    else if (request.accountMode == bootstrap::AccountSecurityMode::Certificate)
        ok &= seal(inventory::SealingCredentialFactory::purpose(request.accountMode, serverPath),
                   request.accountPrivateKey);
    if (!bootstrapPath.isEmpty())
        ok &= seal(inventory::SealingCredentialFactory::purpose(bootstrap::AccountSecurityMode::Psk, bootstrapPath),
                   request.bootstrapPsk);
    return ok;
}

QString CommissioningSession::receiptDirectory() const
{
    if (!m_services.receiptDirectory.isEmpty())
        return m_services.receiptDirectory;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("receipts"));
}

QCoro::Task<Status> CommissioningSession::produceReceipt()
{
    QPointer<CommissioningSession> self(this);
    if (!m_run || m_run->isRunning())
        co_return makeError(QStringLiteral("wizard.noJob"), tr("There is no finished job to write a receipt for."));
    const jobs::BootstrapJob* job = m_run->job();
    const auto& report = job->report();
    ReceiptBuilder::Context context;
    context.deviceProfile = profileName;
    context.extraVerdicts = extraVerdicts;
    const CommissioningReceipt receipt = ReceiptBuilder::build(
        job->record(), report ? &*report : nullptr, m_plan ? m_plan->match(request.endpoint) : nullptr, context);
    if (const Status valid = receipt.validate(); !valid.ok())
        co_return valid;

    const Result<security::CaMaterial> ca = co_await m_caProvider->obtain();
    if (!self)
        co_return Status {};
    if (!ca.ok())
        co_return ca.error();
    auto signedReceipt = SignedReceipt::sign(receipt, ca->privateKeyPkcs8, ca->certificateDer);
    if (!signedReceipt.ok())
        co_return std::move(signedReceipt).error();
    m_receipt = std::move(signedReceipt).value();

    const QString dir = receiptDirectory();
    if (!QDir().mkpath(dir))
        co_return makeError(
            QStringLiteral("wizard.receiptFolder"),
            tr("Could not create the receipt folder %1. Check its permissions.").arg(QDir::toNativeSeparators(dir)));
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = request.endpoint;
    name.replace(unsafe, QStringLiteral("_"));
    const QString base = QDir(dir).filePath(
        QStringLiteral("%1-%2-%3")
            .arg(receipt.finishedAt.toString(QStringLiteral("yyyyMMdd-HHmmss")), name.left(80), receipt.jobId.left(8)));
    const QByteArray json = m_receipt->toJson();
    const QString html = m_receipt->toHtml();
    QStringList files;
    if (const Status s = writeFile(base + QStringLiteral(".json"), json, false); !s.ok())
        co_return s;
    files << base + QStringLiteral(".json");
    if (const Status s = writeFile(base + QStringLiteral(".html"), html.toUtf8(), false); !s.ok())
        co_return s;
    files << base + QStringLiteral(".html");
    const QString title = tr("Commissioning receipt %1").arg(receipt.endpoint);
    if (const Status s = ReceiptPrinter::writePdf(html, base + QStringLiteral(".pdf"), title); !s.ok())
        co_return s;
    files << base + QStringLiteral(".pdf");
    m_receiptFiles = files;
    if (m_services.inventory) {
        const Status stored = m_services.inventory->storeReceipt(receipt.jobId, json);
        if (!stored.ok())
            co_return stored;
    }
    qCInfo(lcUi).noquote() << "receipt for job" << receipt.jobId << "written to" << files.first();
    co_return Status {};
}

Status CommissioningSession::exportServerCredentials(const QString& path) const
{
    QJsonObject account {{QStringLiteral("endpoint"), request.endpoint},
                         {QStringLiteral("shortServerId"), request.shortServerId},
                         {QStringLiteral("serverUri"), request.serverUri},
                         {QStringLiteral("securityMode"), bootstrap::accountSecurityModeName(request.accountMode)}};
    QByteArray secret;
    if (request.accountMode == bootstrap::AccountSecurityMode::Psk) {
        account.insert(QStringLiteral("pskIdentity"), request.accountIdentity);
        secret = request.accountPsk.view().toByteArray().toHex();
        account.insert(QStringLiteral("pskHex"), QStringLiteral("@@psk@@"));
    } else if (request.accountMode == bootstrap::AccountSecurityMode::Certificate) {
        account.insert(QStringLiteral("clientCertificatePem"), pemCertificate(request.accountCertificate));
        secret = request.accountPrivateKey.view().toByteArray().toBase64();
        account.insert(QStringLiteral("clientPrivateKeyPkcs8Base64"), QStringLiteral("@@psk@@"));
    }
    // The secret enters the text only here, in one buffer that is wiped after writing.
    QByteArray text = QJsonDocument(account).toJson(QJsonDocument::Indented);
    text.replace(QByteArrayLiteral("@@psk@@"), secret);
    wipeByteArray(secret);
    const Status written = writeFile(path, text, true);
    wipeByteArray(text);
    if (written.ok())
        qCInfo(lcUi).noquote() << "server credentials of" << request.endpoint << "exported on request to" << path;
    return written;
}

} // namespace lwc::ui
