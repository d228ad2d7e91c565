// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LockLens {

// A message of the engine's, which reads on after "locklens: " in lower case, as a sentence
// of its own for a window: its first letter capitalised.
inline QString asSentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace LockLens
