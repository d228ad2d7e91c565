// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/cellformat.h"

#include "app/core/tablemodel.h"

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
            return TableModel::tr("BLOB (%1 bytes)").arg(v.toByteArray().size());
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

QString cellText(const QVariant &v)
{
    if (v.isNull())
        return QString();
    if (v.typeId() == QMetaType::QByteArray)
        return QStringLiteral("X'") + QString::fromLatin1(v.toByteArray().toHex().toUpper())
            + QLatin1Char('\'');
    return v.toString(); // a double: the shortest text that reads back the same
}

QString delimitedField(const QString &text, QChar separator)
{
    const bool quote = text.contains(separator) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    QString q = text;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString delimitedRecord(const QVariantList &values, QChar separator)
{
    QString out;
    for (int i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += separator;
        out += delimitedField(cellText(values.at(i)), separator);
    }
    return out;
}

} // namespace LockLens
