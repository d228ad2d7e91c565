// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the states a test reaches, for looking at them: with LOCKLENS_TEST_SHOTS=DIR
// set, shot() saves the widget as DIR/NAME.png; without it, it does nothing.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QWidget>

namespace LockLens::Fixture {

// `popups` (a completer's list, a menu: windows of their own) are drawn where they are.
inline void shot(QWidget *widget, const QString &name, const QList<QWidget *> &popups = {})
{
    const QString dir = qEnvironmentVariable("LOCKLENS_TEST_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layouts and repaints, as a person would see them
    QPixmap picture = widget->grab();
    QPainter painter(&picture);
    for (QWidget *p : popups)
        if (p->isVisible())
            painter.drawPixmap(p->mapToGlobal(QPoint()) - widget->mapToGlobal(QPoint()), p->grab());
    painter.end();
    picture.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace LockLens::Fixture
