// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/loadlab/dashboardtext.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace LockLens {

// The line under the dashboard's header that says how a run ended: green when it was
// verified, amber when it was verified but something else needs a look (failed
// transactions), red when it went wrong; and, beside the text, at most one action the
// user may take about it (say, removing the load table the run created).
class RunBanner : public QFrame
{
    Q_OBJECT
public:
    explicit RunBanner(QWidget *parent = nullptr);

    // Shows `html` in `tone`; any action offered before is withdrawn.
    void showText(const QString &html, DashboardText::Tone tone);
    QString text() const;
    DashboardText::Tone tone() const { return m_tone; }
    // Offers an action: a button labelled `label` beside the text; offerTaken() when clicked.
    void offer(const QString &label, const QString &toolTip);
    void withdrawOffer();
    QPushButton *offerButton() const { return m_action; }

Q_SIGNALS:
    void offerTaken();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    DashboardText::Tone m_tone = DashboardText::Tone::Good;
};

} // namespace LockLens
