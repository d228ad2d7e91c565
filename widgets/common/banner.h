// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace LockLens {

// A line above the window's pages saying what stands in the way of the open database and
// what to do about it: the lock that keeps it from being read (Retry), a read-only folder
// that will make every write fail (Reopen Read-Only). Hidden while there is nothing to say.
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Warning, Error };

    explicit Banner(QWidget *parent = nullptr);
    // Shows `text` with a button for each action (the actions stay the caller's).
    void showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    void dismiss();
    QString text() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace LockLens
