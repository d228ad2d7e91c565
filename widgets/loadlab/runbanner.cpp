// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/runbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace LockLens {

namespace {

// Background, text and border colours of each tone.
QString styleOf(DashboardText::Tone tone)
{
    const char *background = "#e2f3df", *text = "#1d4a1a", *border = "#86c283";
    if (tone == DashboardText::Tone::Warning) {
        background = "#fdf1e2";
        text = "#5a2e00";
        border = "#e0a85a";
    } else if (tone == DashboardText::Tone::Bad) {
        background = "#fbe3e1";
        text = "#7a1c14";
        border = "#e29a92";
    }
    return QStringLiteral("QFrame#runBanner { background: %1; border: 1px solid %3; border-radius: 4px; } "
                          "QLabel#banner { color: %2; }")
        .arg(QLatin1String(background), QLatin1String(text), QLatin1String(border));
}

} // namespace

RunBanner::RunBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("runBanner"));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("banner"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QPushButton;
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &RunBanner::offerTaken);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    showText(QString(), DashboardText::Tone::Good);
    hide();
}

void RunBanner::showText(const QString &html, DashboardText::Tone tone)
{
    m_tone = tone;
    setStyleSheet(styleOf(tone));
    m_text->setText(html);
    withdrawOffer();
    show();
}

QString RunBanner::text() const
{
    return m_text->text();
}

void RunBanner::offer(const QString &label, const QString &toolTip)
{
    m_action->setText(label);
    m_action->setToolTip(toolTip);
    m_action->setEnabled(true);
    m_action->show();
}

void RunBanner::withdrawOffer()
{
    m_action->hide();
}

} // namespace LockLens
