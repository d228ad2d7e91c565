// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/locktimelinepanel.h"

#include "widgets/loadlab/locktimelineview.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace LockLens {

LockTimelinePanel::LockTimelinePanel(const LockTimeline *timeline, QWidget *parent)
    : QWidget(parent)
{
    m_view = new LockTimelineView;
    m_view->setTimeline(timeline);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("timelineMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(12);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    // One line, so that the lanes keep the height of a small window; the bands are
    // explained in the tooltip.
    auto *caption = new QLabel(tr("<b>Lock timeline</b> — a lane per connection. Wheel: zoom, drag: pan, "
                                  "double-click: all."));
    caption->setToolTip(tr("Each lane shows the connection's lock on the database file (wide band), the WAL "
                           "write and checkpoint locks (thin band), hatched while it waits."));
    caption->setTextFormat(Qt::RichText);
    caption->setWordWrap(true);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("timelineNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    box->addWidget(caption);
    box->addWidget(m_note);
    box->addWidget(m_stack, 1);
}

void LockTimelinePanel::showTimeline(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_stack->setCurrentWidget(m_view);
}

void LockTimelinePanel::showMessage(const QString &text)
{
    m_note->hide();
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

int LockTimelinePanel::heightForLanes(int lanes) const
{
    // Caption and note, and the view's lanes (which scroll when they do not fit).
    const int above = height() - m_stack->height();
    return std::max(0, above) + LockTimelineView::heightFor(lanes);
}

} // namespace LockLens
