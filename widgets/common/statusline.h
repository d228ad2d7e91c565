// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace LockLens {

// A panel's status line: `text`, in red when it reports a failure.
inline void setStatusLine(QLabel *label, const QString &text, bool failure)
{
    label->setText(text);
    QPalette p = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (failure)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    label->setPalette(p);
}

} // namespace LockLens
