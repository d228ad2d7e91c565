// SPDX-License-Identifier: GPL-3.0-or-later
// Finding and driving the load-test wizard's widgets by their object names.
#pragma once

#include "loadwizard.h"
#include "loadwizardpages.h"

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

// Every field away from its default (as in tst_scenario), with a description that a text
// box would normalise (\r\n).
inline Scenario everyField()
{
    Scenario s;
    s.name = QStringLiteral("every field");
    s.description = QStringLiteral("ünïcode \"quotes\"\nsecond line\r\nthird");
    s.databasePath = QStringLiteral("/tmp/x y.db");
    s.table = QStringLiteral("we\"ird;table");
    s.journalMode = QStringLiteral("delete");
    s.synchronous = QStringLiteral("full");
    s.workers = 16;
    s.readers = 3;
    s.splitFiles = 7;
    s.mix = { 10, 20, 30, 40, 50 };
    s.payloadBytes = 0;
    s.batch = 1000;
    s.rangeRows = 7;
    s.prefillRows = 123456;
    s.txMode = TxMode::Exclusive;
    s.readBeforeWrite = true;
    s.busyPolicy = BusyPolicy::Spin;
    s.busyTimeoutMs = 0;
    s.maxTries = 9;
    s.strategy = Strategy::WriterQueue;
    s.driverPath = DriverPath::Qt;
    s.durationS = 2.5;
    s.opsPerWorker = 777;
    s.rate = 1234.5;
    s.seed = 9007199254740991ull;
    s.instrument = false;
    s.recordLocks = false;
    return s;
}

} // namespace LockLens::Fixture
