// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagrid.h"
#include "demodatabase.h"
#include "mainwindow.h"
#include "schematree.h"
#include "tablemodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensTheDemoDatabase();
    void schemaTreeExplainsRowidsAndProblems();
    void filterNarrowsTheGrid();
    void notADatabaseIsReportedNotFatal();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestMainWindow::initTestCase()
{
    qputenv("LOCKLENS_NO_DIALOGS", "1");
    QStandardPaths::setTestModeEnabled(true); // recent files and window state go to a test folder
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("shop.db"));
    SqlFailure f;
    QVERIFY2(createDemoDatabase(DatabaseLocation::file(m_demo), &f), qPrintable(f.text()));
}

void TestMainWindow::opensTheDemoDatabase()
{
    MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.showTable(QStringLiteral("orders"));
    w.openDatabase(DatabaseLocation::file(m_demo));
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(w.dataGrid()->tableName(), QStringLiteral("orders"));
    TableModel *m = w.dataGrid()->model();
    QTRY_COMPARE(m->rowCount(), 240);
    QCOMPARE(m->headerData(0, Qt::Horizontal).toString(), QStringLiteral("rowid"));
    QTRY_COMPARE(m->data(m->index(0, 0)).toLongLong(), 1LL);
    // Picking another table in the tree shows it.
    w.showTable(QStringLiteral("products"));
    QTRY_COMPARE(m->rowCount(), 6);
    QCOMPARE(m->columnCount(), 3); // WITHOUT ROWID: no rowid column
}

void TestMainWindow::schemaTreeExplainsRowidsAndProblems()
{
    MainWindow w;
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.openDatabase(DatabaseLocation::file(m_demo));
    QTRY_COMPARE(loaded.count(), 1);
    const auto find = [&](const QString &name) -> QTreeWidgetItem * {
        const auto items = w.schemaTree()->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return items.isEmpty() ? nullptr : items.first();
    };
    QTreeWidgetItem *invoices = find(QStringLiteral("invoices"));
    QVERIFY(invoices);
    QVERIFY(invoices->toolTip(0).contains(QLatin1String("not the rowid")));
    QTreeWidgetItem *legacy = find(QStringLiteral("legacy_import"));
    QVERIFY(legacy && legacy->text(1).contains(QLatin1String("shadowed")));
    QTreeWidgetItem *shipments = find(QStringLiteral("shipments"));
    QVERIFY(shipments);
    QVERIFY(shipments->toolTip(0).contains(QLatin1String("cannot work")));
    bool mismatchExplained = false;
    for (int i = 0; i < shipments->childCount(); ++i)
        mismatchExplained
            = mismatchExplained || shipments->child(i)->toolTip(0).contains(QLatin1String("UNIQUE"));
    QVERIFY(mismatchExplained);
}

void TestMainWindow::filterNarrowsTheGrid()
{
    MainWindow w;
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.showTable(QStringLiteral("orders"));
    w.openDatabase(DatabaseLocation::file(m_demo));
    QTRY_COMPARE(loaded.count(), 1);
    TableModel *m = w.dataGrid()->model();
    QTRY_COMPARE(m->rowCount(), 240);
    auto *filter = w.dataGrid()->findChild<QLineEdit *>();
    QVERIFY(filter);
    auto *column = w.dataGrid()->findChild<QComboBox *>();
    QVERIFY(column);
    column->setCurrentText(QStringLiteral("status"));
    QTest::keyClicks(filter, QStringLiteral("shipped"));
    // Waits for the pause in typing, then counts the matches: every 4th order is shipped.
    QTRY_COMPARE(m->rowCount(), 60);
}

void TestMainWindow::notADatabaseIsReportedNotFatal()
{
    const QString bad = m_dir.filePath(QStringLiteral("notes.db"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(3000, 'n'));
    f.close();
    MainWindow w;
    QSignalSpy failed(&w, &MainWindow::failed);
    w.openDatabase(DatabaseLocation::file(bad));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("not an SQLite database")));
    // And the window still opens a good one afterwards.
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.openDatabase(DatabaseLocation::file(m_demo));
    QTRY_COMPARE(loaded.count(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
