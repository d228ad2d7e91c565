// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reports/reporttext.h"

#include <QLocale>

#include <cmath>

namespace LockLens::Report {

namespace {
const QLocale &locale()
{
    static const QLocale l(QLocale::English, QLocale::UnitedStates);
    return l;
}
} // namespace

QString count(qint64 n)
{
    return locale().toString(n);
}

QString fixed(double v, int decimals)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    return locale().toString(v, 'f', decimals);
}

QString percent(double share)
{
    return fixed(100.0 * share, 1) + QLatin1Char('%');
}

QString ratio(double r)
{
    return fixed(r, 2) + QChar(0x00d7);
}

QString xml(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c == u'&')
            out += QLatin1String("&amp;");
        else if (c == u'<')
            out += QLatin1String("&lt;");
        else if (c == u'>')
            out += QLatin1String("&gt;");
        else if (c == u'"')
            out += QLatin1String("&quot;");
        else if (c == u'\'')
            out += QLatin1String("&#39;");
        else if (QChar::isHighSurrogate(c) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            out += s.mid(i++, 2);
        else if (QChar::isSurrogate(c) || (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c >= 0xfffe)
            out += QChar(QChar::ReplacementCharacter);
        else
            out += QChar(c);
    }
    return out;
}

QString mdCell(const QString &s)
{
    QString out = s;
    // GitHub renders HTML inside tables: markup stays text.
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('|'), QLatin1String("\\|"));
    out.replace(QLatin1String("\r\n"), QLatin1String(" "));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return out;
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace LockLens::Report
