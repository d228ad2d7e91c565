// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/banner.h"

#include "widgets/common/icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace LockLens {

Banner::Banner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QHBoxLayout;
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    hide();
}

void Banner::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    QPalette p = palette();
    p.setColor(QPalette::Window, kind == Kind::Error ? QColor(0xfd, 0xe8, 0xe8) : QColor(0xff, 0xf4, 0xd6));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(p);
    const int size = m_text->fontMetrics().height();
    m_icon->setPixmap((kind == Kind::Error ? Icons::padlock() : Icons::warning()).pixmap(size, size));
    m_text->setText(text);
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction *a : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->addWidget(button);
    }
    show();
}

void Banner::dismiss()
{
    m_text->clear();
    hide();
}

QString Banner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace LockLens
