// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace LockLens {

// The interface language: chosen in the preferences (QSettings key "language"), else the
// system's (QLocale::system().uiLanguages(), which follows LANGUAGE, LC_ALL and LANG).
namespace Language {

// The settings key; its value is "" (follow the system) or one of codes().
inline constexpr char settingsKey[] = "language";
// The languages LockLens ships, as file suffixes of locklens_<code>.qm: "en", "zh_CN".
QStringList codes();
// A language's name in that language ("English", "简体中文"); the code itself if unknown.
QString nativeName(const QString &code);
// The stored choice; "" when it is unset, empty, or not one of codes().
QString chosen();
// Stores `code` ("" to follow the system); unknown codes are stored as "".
void choose(const QString &code);
// The language the system asks for, as one of codes(); "en" when none of them matches.
QString systemLanguage();
// The locale the translators load: the chosen language, else the system's.
QLocale locale();
// Installs the translators of LockLens (:/i18n/locklens_*.qm) and of Qt itself for
// locale() into `app`. Returns false when LockLens has no translation for it.
bool installTranslators(QCoreApplication *app);

} // namespace Language

} // namespace LockLens
