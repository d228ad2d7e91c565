// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>

namespace LockLens {

// How a value SQLite returned is shown in a grid cell, for the roles every grid shares
// (display, tooltip, alignment). NULL reads "NULL", a BLOB its size, long text is cut and
// its line breaks shown as ↵. Other roles: an invalid QVariant.
QVariant cellData(const QVariant &value, int role);

// A value as plain text, for copying and CSV: NULL empty, a BLOB as SQL's literal X'0A1B…',
// a REAL with the fewest digits that read back the same, text as it is.
QString cellText(const QVariant &value);
// `text` as one field of delimited text (RFC 4180): in double quotes, with the quotes
// inside doubled, when it holds the separator, a quote, CR or LF; as it is otherwise.
QString delimitedField(const QString &text, QChar separator);
// The values as one record: their cellText() as fields, joined by the separator (no line end).
QString delimitedRecord(const QVariantList &values, QChar separator);

} // namespace LockLens
