// SPDX-License-Identifier: GPL-3.0-or-later
// Finding and driving the load-test wizard's widgets by their object names.
#pragma once

#include "loadwizard.h"
#include "loadwizardpages.h"
#include "scenariofixture.h"

#include <QComboBox>
#include <QTextDocument>
#include <QWizard>

#include <functional>

namespace LockLens::Fixture {

// An edit of the wizard's widgets, as a column of a data-driven test.
using WizardEdit = std::function<void(LoadWizard &)>;

template<typename T> T *child(QObject *parent, const char *name)
{
    T *c = parent->findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return c;
}

inline void selectData(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    if (i < 0)
        qFatal("no item %s in %s", qPrintable(data), qPrintable(combo->objectName()));
    combo->setCurrentIndex(i);
}

inline QString plain(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

inline ScenarioPage *pageOf(LoadWizard &w, int id)
{
    return static_cast<ScenarioPage *>(w.page(id));
}

// Shows the wizard and walks forward to page `id` (every page before it must be complete).
inline bool goTo(LoadWizard &w, int id)
{
    w.show();
    w.restart();
    while (w.currentId() != id && w.currentId() != -1) {
        const int before = w.currentId();
        w.next();
        if (w.currentId() == before)
            return false;
    }
    return w.currentId() == id;
}

} // namespace LockLens::Fixture
