// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a PDF back with poppler's tools (poppler-utils: pdfinfo, pdftotext, pdfimages), as
// someone checking a report would.
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace LockLens::Fixture {

// What the tool printed, or "" (with a warning saying why) when it failed or is missing.
inline QString poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s %s failed (is poppler-utils installed?): %s", qPrintable(tool),
            qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        return QString();
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The page count pdfinfo reads, or -1.
inline int pdfPages(const QString &pdf)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
              .match(poppler(QStringLiteral("pdfinfo"), { pdf }));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The text of every page, in layout order, one string a page.
inline QStringList pdfPageTexts(const QString &pdf)
{
    QStringList pages
        = poppler(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") })
              .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast(); // pdftotext ends every page with a form feed
    return pages;
}

// A page's non-empty lines, trimmed.
inline QStringList pdfLines(const QString &pageText)
{
    QStringList lines;
    for (const QString &l : pageText.split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty())
            lines << l.trimmed();
    }
    return lines;
}

} // namespace LockLens::Fixture
