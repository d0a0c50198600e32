#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace lwc::ui {

// Installs the application's and Qt's translators and switches language at
// runtime; widgets retranslate on QEvent::LanguageChange.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // Languages with an embedded catalogue (":/i18n/commissioner_<lang>.qm"), "en" first.
    static QStringList availableLanguages();
    // Native name for a language code ("Deutsch" for "de").
    static QString nativeName(const QString& code);

    // "en", "de", ... or "" for the system locale. Returns false if no
    // catalogue exists for that language (English is then used).
    bool setLanguage(const QString& code);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language = QStringLiteral("en");
};

} // namespace lwc::ui
