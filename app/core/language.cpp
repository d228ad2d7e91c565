// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace LockLens {

namespace Language {

QStringList codes()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return code;
}

QString chosen()
{
    const QString code = QSettings().value(QLatin1String(settingsKey)).toString();
    return codes().contains(code) ? code : QString();
}

void choose(const QString &code)
{
    QSettings().setValue(QLatin1String(settingsKey), codes().contains(code) ? code : QString());
}

QString systemLanguage()
{
    // uiLanguages() is best first ("zh-Hans-CN", "zh-CN", "zh", "en-US", ...): the first
    // language LockLens ships wins. Traditional Chinese has no translation.
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &name : wanted) {
        const QLocale l(name);
        if (l.language() == QLocale::English)
            return QStringLiteral("en");
        if (l.language() == QLocale::Chinese && l.script() != QLocale::TraditionalHanScript)
            return QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

QLocale locale()
{
    const QString code = chosen();
    return QLocale(code.isEmpty() ? systemLanguage() : code);
}

bool installTranslators(QCoreApplication *app)
{
    const QString code = chosen().isEmpty() ? systemLanguage() : chosen();
    auto *own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/locklens_") + code)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's own dialogs and context menus (absent from some installs: nothing to do then).
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace Language

} // namespace LockLens
