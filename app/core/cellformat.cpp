// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellformat.h"

#include <QCoreApplication>

namespace LockLens {

namespace {
constexpr int MaxDisplayChars = 500;
constexpr int TooltipFrom = 40;
constexpr int MaxTooltipChars = 4000;

bool isNumber(const QVariant &v)
{
    const int t = v.typeId();
    return t == QMetaType::LongLong || t == QMetaType::Double || t == QMetaType::Int;
}
} // namespace

QVariant cellData(const QVariant &v, int role)
{
    switch (role) {
    case Qt::DisplayRole: {
        if (v.isNull())
            return QStringLiteral("NULL");
        if (v.typeId() == QMetaType::QByteArray)
            return QCoreApplication::translate("LockLens::TableModel", "BLOB (%1 bytes)")
                .arg(v.toByteArray().size());
        if (v.typeId() == QMetaType::QString) {
            QString s = v.toString();
            if (s.size() > MaxDisplayChars)
                s = s.left(MaxDisplayChars) + QChar(0x2026);
            return s.replace(QLatin1Char('\n'), QChar(0x21b5));
        }
        return v;
    }
    case Qt::ToolTipRole:
        return v.typeId() == QMetaType::QString && v.toString().size() > TooltipFrom
            ? QVariant(v.toString().left(MaxTooltipChars))
            : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumber(v) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    default:
        return {};
    }
}

} // namespace LockLens
