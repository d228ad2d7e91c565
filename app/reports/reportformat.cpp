// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reports/reportformat.h"

#include "app/reports/reportwriters.h"
#include "workers/outputfile.h"
#include "workers/sqlite/filekind.h"

#include <QDir>

namespace LockLens::Report {

Format formatOf(const QString &fileName)
{
    // By hand, not QFileInfo::suffix(), which gives nothing for a name longer than a path may be.
    const QString name = QDir::fromNativeSeparators(fileName);
    const QString base = name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
    const qsizetype dot = base.lastIndexOf(QLatin1Char('.'));
    const QString ext = dot < 0 ? QString() : base.mid(dot + 1).toLower();
    if (ext == QLatin1String("html") || ext == QLatin1String("htm"))
        return Format::Html;
    if (ext == QLatin1String("md") || ext == QLatin1String("markdown"))
        return Format::Markdown;
    if (ext == QLatin1String("csv"))
        return Format::Csv;
    if (ext == QLatin1String("json"))
        return Format::Json;
    if (ext == QLatin1String("pdf"))
        return Format::Pdf;
    return Format::Unknown;
}

QString unsupportedReason(Format f, const QString &fileName)
{
    if (f == Format::Unknown)
        return Tr::tr("%1: unknown report format; name the file .html, .pdf, .md, .csv or .json")
            .arg(FileKind::shown(fileName));
    return QString();
}

QByteArray render(const Model &m, Format f)
{
    switch (f) {
    case Format::Html:
        return toHtml(m);
    case Format::Markdown:
        return toMarkdown(m);
    case Format::Csv:
        return toCsv(m);
    case Format::Json:
        return toJson(m);
    case Format::Pdf: {
        QByteArray pdf;
        QString ignored;
        return toPdf(m, &pdf, nullptr, &ignored) ? pdf : QByteArray();
    }
    case Format::Unknown:
        break;
    }
    return QByteArray();
}

bool writeReport(const Model &m, const QString &fileName, QString *error)
{
    OutputFile out(fileName);
    return writeReport(m, out, error);
}

bool writeReport(const Model &m, OutputFile &out, QString *error)
{
    const QString fileName = out.path();
    const Format f = formatOf(fileName);
    const QString why = unsupportedReason(f, fileName);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    QByteArray data;
    if (f == Format::Pdf) {
        QString why;
        if (!toPdf(m, &data, nullptr, &why)) {
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(fileName), why);
            return false;
        }
    } else {
        data = render(m, f);
    }
    return (out.isOpen() || out.open(error)) && out.write(data, error) && out.commit(error);
}

} // namespace LockLens::Report
