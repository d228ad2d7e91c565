// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/chartscale.h"
#include "widgets/loadlab/plotraster.h"

#include <QChartView>
#include <QImage>
#include <QList>
#include <QPointF>

#include <vector>

class QLineSeries;
class QValueAxis;

namespace LockLens {

// A line chart for live and recorded runs: named series of (seconds, value) points,
// thinned to the plot's pixel width (thinColumns). Qt Charts lays out the title, axes,
// grid and legend; the lines are drawn into an image of the plot area (PlotRaster) that
// one item of the chart's scene paints. (A QLineSeries strokes the whole path into a hover
// shape on every replace(): with sixteen workers that alone cost more than a 10 Hz
// dashboard can afford.) A line that grows at its end is thinned and drawn again only from
// its last column on, and only that strip of the plot is repainted, while the axes stand.
// Clicking a legend entry hides or shows its series; the y axis fits the visible series,
// except for a few outlying points (ChartScale::fit), which are drawn off the scale: a
// triangle at the top of the plot and their value. A point whose y is NaN is a gap.
class SeriesChart : public QChartView
{
    Q_OBJECT
public:
    // `unit` follows the title in brackets ("Throughput (per second)"); "" for none.
    explicit SeriesChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    // The unit as the y axis's title instead, for a chart that is narrow but tall enough
    // (the comparison's): a long title would be elided there.
    void setUnitOnAxis(bool onAxis);

    // Adds a series and returns its index. An invalid colour picks the next of a palette.
    int addSeries(const QString &name, const QColor &color = {}, Qt::PenStyle style = Qt::SolidLine);
    int seriesCount() const { return int(m_lines.size()); }
    QString seriesName(int series) const;
    // Replaces a series' points (sorted by x). `unchanged`: how many leading points are
    // those of the previous call (a live line that grows: all but the last, which may have
    // been replaced; 0: unknown). Call refit() once after a batch of updates.
    void setPoints(int series, const QList<QPointF> &points, qsizetype unchanged = 0);
    const QList<QPointF> &points(int series) const { return m_lines[std::size_t(series)].points; }
    // How many points are drawn for a series after thinning (for tests and benchmarks).
    int drawnPointCount(int series) const;
    // What the last refit() drew again, in pixels of the plot image: the whole plot, or a
    // strip at its right end (for tests and benchmarks).
    int redrawnColumns() const { return m_redrawnColumns; }
    const QImage &plotImage() const { return m_image; }
    // The values of the points drawn off the scale, highest first ("" for none).
    QStringList offScaleValues() const;
    void setSeriesVisible(int series, bool visible);
    bool isSeriesVisible(int series) const;
    // Removes every series.
    void clearSeries();
    // The x range: [0, the last x of any series] unless fixed with setXRange (to <= from
    // goes back to following the data).
    void setXRange(double fromS, double toS);
    // The data's time reaches at least `seconds`, whether or not a series has a point there
    // (a chart of errors, none so far, keeps the run's time axis).
    void setDataEnd(double seconds) { m_dataEnd = seconds; }
    // Fits the axes to the visible data and redraws the thinned lines.
    void refit();
    QValueAxis *xAxis() const { return m_x; }
    QValueAxis *yAxis() const { return m_y; }

Q_SIGNALS:
    void seriesVisibilityChanged(int series, bool visible);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    class PlotItem;
    struct Line
    {
        QLineSeries *series = nullptr; // no points: it carries the name, the pen and the legend entry
        QList<QPointF> points;
        qsizetype unchanged = 0; // leading points the same as when last thinned
        qsizetype thinnedCount = 0; // points when last thinned
        QList<QPointF> drawn; // points thinned for the current range and width
        qsizetype openPoint = 0, openDrawn = 0; // where the last column begins, in points and drawn
        bool thinned = false; // drawn holds the current range and width
        std::vector<PlotRaster::Vertex> vertices; // drawn, in pixels of the plot image
        std::size_t openVertex = 0; // the first vertex of the last column
        bool mapped = false; // vertices hold the current drawn, axes and size
        PlotRaster::Pen pen;
    };
    // A point above the y axis: where it is (in values) and its line's colour.
    struct OffScale
    {
        QPointF at;
        QColor color;
    };
    static constexpr std::size_t MaxOffScale = 32;
    // Thins the line for the current range; says in *resumedAt where `drawn` changed (0: all
    // of it; -1: nothing changed, and false is returned).
    bool thin(Line &line, const Buckets &b, bool rangeChanged, qsizetype *resumedAt);
    // The y axis for the visible lines (ChartScale::ColumnPeaks over the thinning's columns).
    ChartScale::Fit fitY(const Buckets &b) const;
    void followData(double *x0, double *x1); // the x range and ticks that fit the data
    // Draws the lines into the plot image: all of it when `changed`, else what changed.
    void refitOnce(); // one pass of refit()
    void draw(const QRectF &area, const Buckets &buckets, const std::vector<qsizetype> &resumedAt,
        double yTop, bool changed);
    // The shown points above `limit`; whether they differ from the last call's.
    bool findOffScale(double limit, double x0, double x1);
    void paintOffScale(QPainter *painter, const QRectF &area) const;
    // Draws the lines into m_image: everything, or the columns from `left` on.
    void raster(int left);
    // Paints the visible lines as vectors (devices that are not images: printers, SVG).
    void paintVectors(QPainter *painter, const QRectF &area) const;
    int columnsFor(const QRectF &area) const;
    // Tick labels that read well for the current ranges (no exponents, no repeated labels)
    // and fit the plot's size: Qt Charts would elide them to "..." otherwise.
    void fitLabels();
    int maxXIntervals(double last) const;
    int yTickCount(double top) const;
    static QString secondsLabel(const QString &number); // "%1 s"
    static constexpr int LabelGap = 8; // Qt Charts' padding and text margins around a label
    QString m_title, m_unit;
    bool m_unitOnAxis = false;
    static constexpr int MaxRefitPasses = 3;
    bool m_refitting = false; // inside refit(): a nested call only asks for another pass
    bool m_refitAgain = false;
    std::vector<Line> m_lines;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    PlotItem *m_plot = nullptr;
    QImage m_image; // the lines over a transparent plot area, in device pixels
    QRectF m_imageArea; // the plot area m_image was drawn for
    bool m_rasterValid = false; // m_image holds every visible line at the current axes
    int m_redrawnColumns = 0;
    double m_fixedFrom = 0, m_fixedTo = 0;
    double m_dataEnd = 0;
    double m_drawnFrom = 0, m_drawnTo = 0, m_drawnTop = 0;
    int m_drawnColumns = 0;
    std::vector<OffScale> m_offScale;
};

} // namespace LockLens
