#include "LanguageManager.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

namespace lwc::ui {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::availableLanguages()
{
    QStringList codes {QStringLiteral("en")};
    const auto entries
        = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("commissioner_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : entries) {
        const QString code = file.mid(13, file.size() - 13 - 3);
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

QString LanguageManager::nativeName(const QString& code)
{
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

bool LanguageManager::setLanguage(const QString& requested)
{
    QString code = requested;
    if (code.isEmpty())
        code = QLocale::system().name().section(u'_', 0, 0);
    if (code.isEmpty() || code == QLatin1String("C"))
        code = QStringLiteral("en");

    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }

    bool found = code == QLatin1String("en");
    if (!found) {
        auto app = std::make_unique<QTranslator>();
        if (app->load(QStringLiteral(":/i18n/commissioner_%1.qm").arg(code))) {
            QCoreApplication::installTranslator(app.get());
            m_app = std::move(app);
            found = true;
            auto qt = std::make_unique<QTranslator>();
            if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QCoreApplication::installTranslator(qt.get());
                m_qt = std::move(qt);
            }
        } else {
            qCInfo(lcUi) << "no translation for" << code << "- using English";
        }
    }
    m_language = found ? code : QStringLiteral("en");
    Q_EMIT languageChanged(m_language);
    return found;
}

} // namespace lwc::ui
