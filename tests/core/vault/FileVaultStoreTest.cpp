// The header file: atomic replace, owner-only permissions (S26).
#include "vault/VaultStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace lwc;

namespace {
int mode(const QString& path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}
} // namespace

class FileVaultStoreTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void missingFileMeansNoVault()
    {
        QTemporaryDir dir;
        FileVaultStore store(dir.filePath(QStringLiteral("none/vault.lwcv")));
        auto read = store.read();
        QVERIFY(read.ok());
        QVERIFY(!read->has_value());
        QCOMPARE(store.location(), dir.filePath(QStringLiteral("none/vault.lwcv")));
    }

    void writeCreatesOwnerOnlyFileAndFolder_S26()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/sub/vault.lwcv"));
        FileVaultStore store(path);
        QVERIFY(store.write("header-1").ok());
        QCOMPARE(mode(path), 0600);
        QCOMPARE(mode(dir.filePath(QStringLiteral("new/sub"))), 0700);
        auto read = store.read();
        QVERIFY(read.ok() && read->has_value());
        QCOMPARE(**read, QByteArray("header-1"));
    }

    void replaceIsAtomicAndTightensLoosePermissions_S26()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.lwcv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QCOMPARE(mode(path), 0604);
        FileVaultStore store(path);
        QVERIFY(store.write("new header").ok());
        QCOMPARE(mode(path), 0600);
        QCOMPARE(**store.read(), QByteArray("new header"));
        // No temporary files left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("vault.lwcv")});
    }

    void writeIntoUnwritablePlaceFails()
    {
        QTemporaryDir dir;
        // A regular file where the folder should be: fails even as root.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        {
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        FileVaultStore store(blocker + QStringLiteral("/vault.lwcv"));
        const Status s = store.write("header");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("vault.store.write"));
        QVERIFY(s.error().userText.contains(QStringLiteral("blocker")));
    }

    void oversizedFileIsNotAVault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.lwcv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(FileVaultStore::kMaxFileSize + 1, 'x'));
        }
        auto read = FileVaultStore(path).read();
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("vault.header.corrupt"));
    }
};

QTEST_GUILESS_MAIN(FileVaultStoreTest)
#include "FileVaultStoreTest.moc"
