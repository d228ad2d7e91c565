// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/scenario.h"

#include <QWizard>

namespace LockLens {

class TargetPage;
class WorkloadPage;
class ConcurrencyPage;
class ReviewPage;

// What the main window knows about the database it has open.
struct WizardContext
{
    QString databasePath; // the open database file ("" if none or in-memory)
    QString memoryName; // the open shared in-memory database's name ("" if none)
    bool readOnly = false; // opened read-only: "current database" is refused with that reason
};

// Whether `sc` runs on the database open in the window.
bool runsOnWindowDatabase(const Scenario &sc, const WizardContext &ctx);

// The load-test wizard: target, workload, concurrency and review of a Scenario. Every
// Scenario field has a widget on one of the pages, so setScenario() then scenario() gives
// back the same scenario. Finish ("Run") is refused while Scenario::validate() objects.
class LoadWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { TargetPageId, WorkloadPageId, ConcurrencyPageId, ReviewPageId };

    explicit LoadWizard(const WizardContext &ctx, QWidget *parent = nullptr);
    ~LoadWizard() override;

    // Exactly what the pages show.
    Scenario scenario() const;
    // Fills every page (presets, Load, "run again").
    void setScenario(const Scenario &sc);

    // JSON in the format of resources/presets/*.json (Scenario::toJson, indented).
    bool saveScenario(const QString &path, QString *error) const;
    // False with a message (missing file, bad JSON, bad keys or values); the pages are
    // then left as they were.
    bool loadScenario(const QString &path, QString *error);

    const WizardContext &context() const { return m_ctx; }
    // Why the scenario cannot run, naming the page at fault; empty when it can.
    QString problem() const;

private:
    // Back to "Your own settings": the settings stay, the preset's name and description go
    // (or the run would be saved under the preset's name).
    void startFromOwnSettings();
    void loadWithDialog();
    void saveWithDialog();

    WizardContext m_ctx;
    Scenario m_base; // the last scenario set (fields the pages do not show come from here)
    TargetPage *m_target = nullptr;
    WorkloadPage *m_workload = nullptr;
    ConcurrencyPage *m_concurrency = nullptr;
    ReviewPage *m_review = nullptr;
};

} // namespace LockLens
