// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QPointF>

#include <vector>

class QPen;

namespace LockLens {

struct Buckets;

// The lines of a chart drawn straight into an image of its plot area, so that a line that
// grows is redrawn only where it changed: every pixel of a segment depends on its two
// vertices and the dash phase at the first one alone, and each vertex keeps that phase.
// (QPainter's stroker carries state from one segment to the next, so a polyline redrawn
// from its middle would not match.) Lines are one device pixel wide and opaque.
namespace PlotRaster {

// Value to pixel of the image: column floor((x - x0) * sx), row floor(height - y * sy).
struct PixelMap
{
    double x0 = 0, sx = 1, sy = 1, height = 0;
    int column(double x) const;
    int row(double y) const;
};

// A vertex of a polyline in the image's pixels, with the dash phase at which the segment
// leaving it starts. A line with gaps is drawn in pieces: no segment joins the vertex that
// begins a piece to the one before.
struct Vertex
{
    int x = 0, y = 0;
    int phase = 0;
    bool pieceStart = false;
    bool operator==(const Vertex &o) const { return x == o.x && y == o.y && pieceStart == o.pieceStart; }
};

// A line's colour and dash pattern in pixels (on, off, ...; empty: solid).
class Pen
{
public:
    Pen() = default;
    explicit Pen(const QPen &pen);
    QRgb color() const { return m_color; } // premultiplied
    int period() const { return int(m_on.size()); } // 0: solid
    bool on(int phase) const { return m_on.empty() || m_on[std::size_t(phase)]; }

private:
    QRgb m_color = 0xff000000;
    std::vector<bool> m_on; // per phase
};

// Appends the vertices of drawn[from, end) — a line thinned column by column with `b`
// (thinColumns) — to *out. Each column of more than two points becomes its highest and
// lowest pixel, the one nearer the column's first point first: the same envelope with
// fewer pixels. The line's last point is kept. A point whose y is NaN is a gap: the next
// vertex begins a piece. Returns the index in *out at which the
// last column's vertices begin (to continue from there when the line grows).
std::size_t appendVertices(const QList<QPointF> &drawn, qsizetype from, const Buckets &b, const PixelMap &m,
    const Pen &pen, std::vector<Vertex> *out);

// Draws the segments of `v` from vertex `from` on (a piece of a single vertex: a dot) into
// `image`, only the pixels inside `clip`. Every segment leaves out its first pixel, the
// previous segment's last, except a piece's first segment.
void drawLine(
    QImage *image, const QRect &clip, const std::vector<Vertex> &v, std::size_t from, const Pen &pen);

// The first vertex from which drawLine must draw to cover the columns from `left` on.
std::size_t firstTouching(const std::vector<Vertex> &v, int left);

constexpr int DotRadius = 2; // a line of one point is a dot of this radius (pixels, plus a half)

} // namespace PlotRaster
} // namespace LockLens
