// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <QVBoxLayout>

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

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_initial(Language::chosen())
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(
        tr("System default (%1)").arg(Language::nativeName(Language::systemLanguage())), QString());
    for (const QString &code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initial)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language takes effect when LockLens restarts."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
}

void PreferencesDialog::save()
{
    Language::choose(m_language->currentData().toString());
}

} // namespace LockLens
