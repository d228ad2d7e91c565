// SPDX-License-Identifier: GPL-3.0-or-later
#include "locktimelinepanel.h"

#include "locktimelineview.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace LockLens {

LockTimelinePanel::LockTimelinePanel(const LockTimeline *timeline, QWidget *parent)
    : QWidget(parent)
{
    m_view = new LockTimelineView;
    m_view->setTimeline(timeline);
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("timelineMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(12);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_message);
    auto *caption = new QLabel(tr("<b>Lock timeline</b> — a lane per connection: its lock on the database "
                                  "file (wide band), the WAL write and checkpoint locks (thin band), hatched "
                                  "while it waits. Wheel: zoom, drag: pan, double-click: all."));
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
    m_stack->setCurrentWidget(m_scroll);
}

void LockTimelinePanel::showMessage(const QString &text)
{
    m_note->hide();
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

int LockTimelinePanel::fitLanes(int lanes)
{
    const int height = LockTimelineView::heightFor(lanes) + 2;
    m_view->setMinimumHeight(height);
    return height;
}

} // namespace LockLens
