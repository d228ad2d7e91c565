// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's PostgreSQL targets: a temporary cluster (when PostgreSQL's server programs are
// installed) and a server the user names, with Test Connection; and the isolation level.
#include "widgets/loadlab/loadwizardpages.h"

#include "workers/postgres/serveraddress.h"
#include "workers/postgres/serverconnection.h"
#include "workers/postgres/tempcluster.h"
#include "workers/sentence.h"

#include <QAtomicInt>
#include <QButtonGroup>
#include <QComboBox>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlDatabase>
#include <QtConcurrent/QtConcurrentRun>

namespace LockLens {

namespace {

struct Answer
{
    bool ok = false;
    QString text;
};

// Connects to `address` in the calling thread (a worker's: connecting may take libpq's whole
// timeout) under a name of its own, and says what the server is, or why it cannot connect.
Answer tryServer(const Postgres::ServerAddress &address)
{
    static QAtomicInt serial;
    const QString name = QStringLiteral("locklens-wizard-test-%1").arg(serial.fetchAndAddRelaxed(1));
    Answer a;
    QString why;
    if (Postgres::ServerConnection::open(address, name, &why)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        const std::optional<Postgres::ServerSettings> s = Postgres::ServerConnection::settings(db, &why);
        a.ok = bool(s);
        a.text = s ? TargetPage::tr("Connected: PostgreSQL %1, room for %2 connections (max_connections).")
                         .arg(s->version)
                         .arg(s->maxConnections)
                   : TargetPage::tr("Connected, but the server's settings cannot be read: %1").arg(why);
        db.close();
    } else {
        a.text = asSentence(why); // "Cannot connect to postgresql://me@host/db: ..." (never the password)
    }
    QSqlDatabase::removeDatabase(name);
    return a;
}

} // namespace

void TargetPage::addServerRows(QGridLayout *grid, int row)
{
    QString why;
    if (!Postgres::ServerConnection::driverAvailable(&why))
        m_noDriver = why;
    m_noTemporaryServer = !m_noDriver.isEmpty()        ? m_noDriver
        : !Postgres::TemporaryCluster::findPrograms() ? Postgres::TemporaryCluster::installHint()
                                                      : QString();
    auto *temporary = new QRadioButton(tr("A temporary PostgreSQL cluster, removed afterwards"));
    temporary->setObjectName(QStringLiteral("temporaryServer"));
    temporary->setEnabled(m_noTemporaryServer.isEmpty());
    temporary->setToolTip(m_noTemporaryServer);
    auto *server = new QRadioButton(tr("A PostgreSQL server:"));
    server->setObjectName(QStringLiteral("server"));
    server->setEnabled(m_noDriver.isEmpty());
    server->setToolTip(m_noDriver);
    m_server = new QLineEdit;
    m_server->setObjectName(QStringLiteral("serverUrl"));
    m_server->setPlaceholderText(tr("postgresql://user@host:5432/database, or host=… dbname=…"));
    m_testServer = new QPushButton(tr("&Test Connection"));
    m_testServer->setObjectName(QStringLiteral("testServer"));
    m_serverNote = WizardForm::note(QStringLiteral("serverNote"));
    m_serverNote->setText(m_noTemporaryServer);
    m_where->addButton(temporary, TemporaryServer);
    m_where->addButton(server, Server);
    grid->addWidget(temporary, row, 0, 1, 3);
    grid->addWidget(server, row + 1, 0);
    grid->addWidget(m_server, row + 1, 1);
    grid->addWidget(m_testServer, row + 1, 2);
    grid->addWidget(m_serverNote, row + 2, 0, 1, 3);
    connect(m_server, &QLineEdit::textChanged, this, [this] {
        m_serverTested.clear();
        m_serverNote->setText(QString());
        refresh();
    });
    connect(m_testServer, &QPushButton::clicked, this, &TargetPage::testConnection);
    m_isolation = new QComboBox;
    m_isolation->setObjectName(QStringLiteral("isolation"));
    for (Isolation i : { Isolation::ReadCommitted, Isolation::RepeatableRead, Isolation::Serializable })
        m_isolation->addItem(toString(i), toString(i));
}

QString TargetPage::serverProblem() const
{
    if (where() == TemporaryServer)
        return m_noTemporaryServer;
    if (!m_noDriver.isEmpty())
        return m_noDriver;
    if (m_server->text().trimmed().isEmpty())
        return tr("Enter the server's address, e.g. postgresql://me@db.example:5432/bench");
    QString why;
    return Postgres::ServerAddress::parse(m_server->text().trimmed(), &why) ? QString() : why;
}

QString TargetPage::serverTestResult() const
{
    return m_serverTested;
}

void TargetPage::testConnection()
{
    QString why;
    const auto address = Postgres::ServerAddress::parse(m_server->text().trimmed(), &why);
    if (!address) {
        m_serverNote->setText(why.isEmpty() ? tr("Enter the server's address first.") : why);
        return;
    }
    m_serverNote->setText(tr("Connecting to %1…").arg(address->shown()));
    m_testServer->setEnabled(false);
    ++m_testsRunning;
    auto *watcher = new QFutureWatcher<Answer>(this);
    const QString asked = m_server->text();
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, asked] {
        const Answer a = watcher->result();
        watcher->deleteLater();
        m_testServer->setEnabled(--m_testsRunning == 0);
        if (asked != m_server->text())
            return; // the address changed meanwhile: the answer is for another one
        m_serverTested = a.text;
        m_serverNote->setText(a.ok ? a.text : QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(a.text.toHtmlEscaped()));
    });
    watcher->setFuture(QtConcurrent::run(tryServer, *address));
}

} // namespace LockLens
