// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

#include <vector>

class QLineSeries;
class QValueAxis;

namespace LockLens {

// A line chart for live and recorded runs: named series of (seconds, value) points,
// thinned to the plot's pixel width with decimateMinMax. Qt Charts lays out the title,
// axes, grid and legend; the lines themselves are painted by one item of the chart's
// scene in a single pass of polylines. (A QLineSeries strokes the whole path into a
// hover shape on every replace(): with sixteen workers that alone cost more than a
// 10 Hz dashboard can afford.) Clicking a legend entry hides or shows its series; the y
// axis fits the visible series.
class SeriesChart : public QChartView
{
    Q_OBJECT
public:
    explicit SeriesChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

    // Adds a series and returns its index. An invalid colour picks the next of a palette.
    int addSeries(const QString &name, const QColor &color = {}, Qt::PenStyle style = Qt::SolidLine);
    int seriesCount() const { return int(m_lines.size()); }
    QString seriesName(int series) const;
    // Replaces a series' points (sorted by x). Call refit() once after a batch of updates.
    void setPoints(int series, const QList<QPointF> &points);
    const QList<QPointF> &points(int series) const { return m_lines[std::size_t(series)].points; }
    // How many points are drawn for a series after thinning (for tests and benchmarks).
    int drawnPointCount(int series) const;
    void setSeriesVisible(int series, bool visible);
    bool isSeriesVisible(int series) const;
    // Removes every series.
    void clearSeries();
    // The x range: [0, the last x of any series] unless fixed with setXRange (to <= from
    // goes back to following the data).
    void setXRange(double fromS, double toS);
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
        QList<QPointF> drawn; // points thinned for the current range and width
        bool dirty = true;
    };
    void redraw(Line &line, double x0, double x1, int columns);
    // Paints the visible lines into `area` (the plot area, in chart coordinates).
    void paintLines(QPainter *painter, const QRectF &area) const;
    int columnsFor(const QRectF &area) const;
    // Tick labels that read well for the current ranges (no exponents, no repeated labels).
    void fitLabels();
    std::vector<Line> m_lines;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    PlotItem *m_plot = nullptr;
    mutable QList<QPointF> m_mapped; // paintLines' buffer, kept between frames
    double m_fixedFrom = 0, m_fixedTo = 0;
    double m_drawnFrom = 0, m_drawnTo = 0;
    int m_drawnColumns = 0;
};

} // namespace LockLens
