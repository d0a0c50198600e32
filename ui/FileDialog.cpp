#include "FileDialog.h"

#include <QFileDialog>

namespace lwc::ui {

namespace {
std::optional<QString> g_next;
QString g_lastCaption;

std::optional<QString> takeAnswer(const QString& caption)
{
    g_lastCaption = caption;
    return std::exchange(g_next, std::nullopt);
}
} // namespace

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter)
{
    if (auto answer = takeAnswer(caption))
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter)
{
    if (auto answer = takeAnswer(caption))
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption, const QString& directory)
{
    if (auto answer = takeAnswer(caption))
        return *answer;
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

void FileDialog::setNextAnswer(const QString& path)
{
    g_next = path;
}

QString FileDialog::lastCaption()
{
    return g_lastCaption;
}

} // namespace lwc::ui
