// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/scenario.h"

#include <QCoreApplication>

#include <vector>

namespace LockLens::Presets {

// The translation context of this namespace's messages: Tr::tr("...") (see
// ARCHITECTURE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::Presets)
};

// The built-in scenarios (resources/presets/*.json), sorted by name.
std::vector<Scenario> all();
// False (with the reason) when no preset has that name.
bool find(const QString &name, Scenario *out, QString *error);

} // namespace LockLens::Presets
