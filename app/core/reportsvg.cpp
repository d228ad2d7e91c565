// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsvg.h"

#include "decimate.h"
#include "reporttext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace LockLens::Report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LockLens::Report", text);
}

const char *const palette[] = { "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#17becf" };

constexpr qsizetype kMarkersUpTo = 60;

QString n1(double v)
{
    return QString::number(v, 'f', 1);
}

// A step of 1, 2 or 5 times a power of ten giving about `ticks` ticks over [0, span].
double niceStep(double span, int ticks)
{
    if (!(span > 0))
        return 1;
    const double raw = span / ticks;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0 }) {
        if (raw <= m * p)
            return m * p;
    }
    return 10 * p;
}

QString tickLabel(double v, double step)
{
    if (std::abs(v) >= 10000)
        return fixed(v, 0);
    const int decimals = step >= 1 ? 0 : std::min(6, int(std::ceil(-std::log10(step))));
    return fixed(v, decimals);
}

} // namespace

QString svgLineChart(const QString &title, const QString &xLabel, const QString &yLabel,
    const std::vector<ChartLine> &lines, int width, int height)
{
    const double left = 70, right = 20, top = 30, bottom = 60;
    const double plotW = width - left - right, plotH = height - top - bottom;
    double xMax = 0, yMax = 0;
    bool any = false;
    for (const ChartLine &l : lines) {
        for (const QPointF &p : l.points) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                continue;
            xMax = std::max(xMax, p.x());
            yMax = std::max(yMax, p.y());
            any = true;
        }
    }
    QString s;
    s += QStringLiteral(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
        "viewBox=\"0 0 %1 %2\" role=\"img\" class=\"chart\">\n")
             .arg(width)
             .arg(height);
    s += QStringLiteral("<title>%1</title>\n").arg(xml(title));
    s += QStringLiteral("<text x=\"%1\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%2</text>\n")
             .arg(n1(left), xml(title));
    if (!any) {
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"13\" fill=\"#666\">%3</text>\n</svg>\n")
                 .arg(n1(left), n1(top + plotH / 2), xml(tr("no data in the series")));
        return s;
    }
    const double xStep = niceStep(xMax, 8);
    const double yStep = niceStep(yMax, 5);
    const double x1 = std::max(xMax, xStep); // the axes start at 0
    const double y1 = std::max(std::ceil(yMax / yStep - 1e-9) * yStep, yStep);
    const auto px = [&](double x) { return left + x / x1 * plotW; };
    const auto py = [&](double y) { return top + plotH - y / y1 * plotH; };

    s += QStringLiteral("<g font-size=\"11\" fill=\"#333\" stroke=\"none\">\n");
    for (double y = 0; y <= y1 + yStep * 1e-6; y += yStep) {
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#e3e3e3\"/>")
                 .arg(n1(left), n1(py(y)), n1(left + plotW));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>\n")
                 .arg(n1(left - 6), n1(py(y) + 4), xml(tickLabel(y, yStep)));
    }
    for (double x = 0; x <= x1 + xStep * 1e-6; x += xStep) {
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#333\"/>")
                 .arg(n1(px(x)), n1(top + plotH), n1(top + plotH + 5));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>\n")
                 .arg(n1(px(x)), n1(top + plotH + 18), xml(tickLabel(x, xStep)));
    }
    s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#333\"/>")
             .arg(n1(left), n1(top), n1(top + plotH));
    s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#333\"/>\n")
             .arg(n1(left), n1(top + plotH), n1(left + plotW));
    s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>\n")
             .arg(n1(left + plotW / 2), n1(top + plotH + 34), xml(xLabel));
    s += QStringLiteral("<text transform=\"translate(14 %1) rotate(-90)\" text-anchor=\"middle\">%2</text>\n")
             .arg(n1(top + plotH / 2), xml(yLabel));
    s += QStringLiteral("</g>\n");

    double legendX = left;
    const double legendY = height - 10;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const QString colour = QLatin1String(palette[i % (sizeof palette / sizeof *palette)]);
        QList<QPointF> finite;
        for (const QPointF &p : lines[i].points) {
            if (std::isfinite(p.x()) && std::isfinite(p.y()))
                finite << p;
        }
        const QList<QPointF> pts = decimateMinMax(finite, 0, x1, maxPointsPerLine / 4);
        QString coords;
        for (const QPointF &p : pts)
            coords += QStringLiteral("%1,%2 ").arg(n1(px(p.x())), n1(py(p.y())));
        s += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"1.5\" points=\"%2\"/>\n")
                 .arg(colour, coords.trimmed());
        if (pts.size() <= kMarkersUpTo) { // few points: show where the measurements are
            for (const QPointF &p : pts)
                s += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"2.5\" fill=\"%3\"/>")
                         .arg(n1(px(p.x())), n1(py(p.y())), colour);
            s += QLatin1Char('\n');
        }
        s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"12\" height=\"3\" fill=\"%3\"/>")
                 .arg(n1(legendX), n1(legendY - 5), colour);
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\">%3</text>\n")
                 .arg(n1(legendX + 16), n1(legendY), xml(lines[i].name));
        legendX += 16 + 7.0 * double(std::min<qsizetype>(lines[i].name.size(), 40)) + 18;
    }
    s += QStringLiteral("</svg>\n");
    return s;
}

} // namespace LockLens::Report
