// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace LockLens {

class LockTimeline;
class LockTimelineView;

// The lock timeline as the dashboard shows it: a caption saying how to read it, the view
// (its lanes scroll when they do not fit), or, in its place, a sentence saying why there
// is nothing to show (locks not recorded, no run yet).
class LockTimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit LockTimelinePanel(const LockTimeline *timeline, QWidget *parent = nullptr);

    LockTimelineView *view() const { return m_view; }
    // `note`: a sentence above the lanes ("" for none), e.g. that they hold measured
    // waits only because lock states are not recorded.
    void showTimeline(const QString &note = QString());
    void showMessage(const QString &text);
    // The height that shows `lanes` lanes all at once.
    int heightForLanes(int lanes) const;

private:
    LockTimelineView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_note = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace LockLens
