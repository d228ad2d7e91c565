// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/loadwizard.h"

#include "widgets/loadlab/loadwizardpages.h"
#include "workers/outputfile.h"
#include "workers/sentence.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>

namespace LockLens {

bool runsOnWindowDatabase(const Scenario &sc, const WizardContext &ctx)
{
    if (sc.isMemory())
        return ctx.databasePath.isEmpty() && !ctx.memoryName.isEmpty() && sc.memoryName == ctx.memoryName;
    return !sc.databasePath.isEmpty() && sc.databasePath == ctx.databasePath;
}

LoadWizard::LoadWizard(const WizardContext &ctx, QWidget *parent)
    : QWizard(parent)
    , m_ctx(ctx)
{
    setWindowTitle(tr("Load Test"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Run"));

    m_target = new TargetPage(m_ctx);
    m_workload = new WorkloadPage;
    m_concurrency = new ConcurrencyPage;
    m_review = new ReviewPage(this);
    setPage(TargetPageId, m_target);
    setPage(WorkloadPageId, m_workload);
    setPage(ConcurrencyPageId, m_concurrency);
    setPage(ReviewPageId, m_review);

    connect(m_target, &TargetPage::presetChosen, this, &LoadWizard::setScenario);
    connect(m_target, &TargetPage::ownSettingsChosen, this, &LoadWizard::startFromOwnSettings);
    connect(m_target, &TargetPage::loadRequested, this, &LoadWizard::loadWithDialog);
    connect(m_review, &ReviewPage::saveRequested, this, &LoadWizard::saveWithDialog);

    setScenario(Scenario());
    resize(900, 650);
}

LoadWizard::~LoadWizard() = default;

Scenario LoadWizard::scenario() const
{
    Scenario sc = m_base;
    m_target->store(&sc);
    m_workload->store(&sc);
    m_concurrency->store(&sc);
    m_review->store(&sc);
    return sc;
}

void LoadWizard::setScenario(const Scenario &sc)
{
    m_base = sc;
    m_target->load(sc);
    m_workload->load(sc);
    m_concurrency->load(sc);
    m_review->load(sc);
    m_review->showScenario();
}

void LoadWizard::startFromOwnSettings()
{
    Scenario sc = scenario();
    sc.name.clear();
    sc.description.clear();
    setScenario(sc);
}

QString LoadWizard::problem() const
{
    const ScenarioPage *pages[] = { m_target, m_workload, m_concurrency };
    for (const ScenarioPage *page : pages) {
        if (const QString p = page->problem(); !p.isEmpty())
            return tr("%1 page: %2").arg(page->title(), p);
    }
    return scenario().validate();
}

bool LoadWizard::saveScenario(const QString &path, QString *error) const
{
    // A regular file is replaced once written whole; a named pipe or a device is written
    // into, never replaced by a file.
    return OutputFile::saveForWindow(
        path, QJsonDocument(scenario().toJson()).toJson(QJsonDocument::Indented), error);
}

bool LoadWizard::loadScenario(const QString &path, QString *error)
{
    Scenario sc;
    if (!Scenario::fromFile(path, &sc, error)) {
        *error = asSentence(*error); // in a message box
        return false;
    }
    setScenario(sc);
    return true;
}

void LoadWizard::loadWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Scenario"), QString(), tr("Scenarios (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadScenario(path, &error))
        QMessageBox::warning(this, tr("Load Scenario"), error);
}

void LoadWizard::saveWithDialog()
{
    const Scenario sc = scenario();
    const QString suggested
        = (sc.name.isEmpty() ? QStringLiteral("scenario") : sc.name) + QStringLiteral(".json");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Scenario"), suggested, tr("Scenarios (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!saveScenario(path, &error))
        QMessageBox::warning(this, tr("Save Scenario"), error);
}

} // namespace LockLens
