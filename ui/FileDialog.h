#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace lwc::ui {

// The only way ui/ asks for a file name. Tests queue answers with
// setNextAnswer() so no dialog ever blocks a headless run.
class FileDialog {
public:
    // An empty string when the user cancelled.
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter = {});
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter = {});
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& directory);

    // Test seam: the next dialog returns `path` at once (empty: cancelled).
    static void setNextAnswer(const QString& path);
    static QString lastCaption();
};

} // namespace lwc::ui
