// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/catalog.h"

#include <QJsonObject>

namespace LockLens::Catalog {

// The schema as `locklens schema --json` prints it (and reports embed it).
QJsonObject toJson(const Schema &schema);

} // namespace LockLens::Catalog
