// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/plotraster.h"

#include "app/core/decimate.h"

#include <QPen>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>

namespace LockLens::PlotRaster {

namespace {

// A pixel coordinate far outside any image but safe to add and subtract.
int clampPixel(double v)
{
    constexpr double limit = 1 << 24;
    return int(std::floor(std::clamp(v, -limit, limit)));
}

// The pixels drawn into: the image's, inside the clip.
struct Canvas
{
    Canvas(QImage *image, const QRect &c)
        : bits(reinterpret_cast<QRgb *>(image->bits())) // detaches once, not per pixel
        , stride(image->bytesPerLine() / qsizetype(sizeof(QRgb)))
        , clip(c & image->rect())
    {
    }
    void plot(int x, int y, QRgb color) const
    {
        if (x >= clip.left() && x <= clip.right() && y >= clip.top() && y <= clip.bottom())
            bits[y * stride + x] = color;
    }
    QRgb *bits;
    qsizetype stride;
    QRect clip;
};

void drawDot(const Canvas &canvas, const Vertex &c, const Pen &pen)
{
    constexpr int r = DotRadius;
    for (int dy = -r; dy <= r; ++dy) {
        for (int dx = -r; dx <= r; ++dx) {
            if (dx * dx + dy * dy <= r * r + r)
                canvas.plot(c.x + dx, c.y + dy, pen.color());
        }
    }
}

// A segment of n = max(|dx|, |dy|) steps: step i is at a + i along the major axis and
// a + round(i * minor / n) along the other, with dash phase a.phase + i. Steps outside the
// clip's span of the major axis are skipped without being walked.
void drawSegment(const Canvas &canvas, const Vertex &a, const Vertex &b, bool skipFirst, const Pen &pen)
{
    const QRect &clip = canvas.clip;
    const int dx = b.x - a.x, dy = b.y - a.y;
    const bool xMajor = std::abs(dx) >= std::abs(dy);
    const int n = std::max(std::abs(dx), std::abs(dy));
    if (n == 0) {
        if (!skipFirst && pen.on(a.phase))
            canvas.plot(a.x, a.y, pen.color());
        return;
    }
    const int major = xMajor ? dx : dy, minor = xMajor ? dy : dx;
    const int majorStep = major > 0 ? 1 : -1, minorStep = minor >= 0 ? 1 : -1;
    const int start = xMajor ? a.x : a.y;
    const int lowest = xMajor ? clip.left() : clip.top(), highest = xMajor ? clip.right() : clip.bottom();
    int i0 = skipFirst ? 1 : 0, i1 = n;
    if (majorStep > 0) {
        i0 = std::max(i0, lowest - start);
        i1 = std::min(i1, highest - start);
    } else {
        i0 = std::max(i0, start - highest);
        i1 = std::min(i1, start - lowest);
    }
    if (i0 > i1)
        return;
    const long long twiceN = 2LL * n, twiceMinor = 2LL * std::abs(minor);
    const long long at = twiceMinor * i0 + n;
    int q = int(at / twiceN); // the minor offset at step i0
    long long rest = at % twiceN;
    const int period = pen.period();
    int phase = period ? (a.phase + i0) % period : 0;
    const QRgb color = pen.color();
    for (int i = i0; i <= i1; ++i) {
        if (pen.on(phase)) {
            if (xMajor)
                canvas.plot(a.x + majorStep * i, a.y + minorStep * q, color);
            else
                canvas.plot(a.x + minorStep * q, a.y + majorStep * i, color);
        }
        if (period && ++phase == period)
            phase = 0;
        rest += twiceMinor;
        if (rest >= twiceN) {
            rest -= twiceN;
            ++q;
        }
    }
}

} // namespace

int PixelMap::column(double x) const
{
    return clampPixel((x - x0) * sx);
}

int PixelMap::row(double y) const
{
    return clampPixel(height - y * sy);
}

Pen::Pen(const QPen &pen)
    : m_color(qPremultiply(pen.color().rgba()))
{
    if (pen.style() == Qt::SolidLine)
        return;
    const QList<qreal> pattern = pen.dashPattern(); // in pen widths: pixels for a one-pixel pen
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const int length = std::max(1, int(std::lround(pattern[i] * std::max(1.0, pen.widthF()))));
        m_on.insert(m_on.end(), std::size_t(length), i % 2 == 0);
    }
}

std::size_t appendVertices(const QList<QPointF> &drawn, qsizetype from, const Buckets &b, const PixelMap &m,
    const Pen &pen, std::vector<Vertex> *out)
{
    // A gap just before `from` (the end of the column before) still parts the pieces.
    bool gap = from > 0 && from <= drawn.size() && std::isnan(drawn[from - 1].y());
    const auto push = [&](int x, int y) {
        if (!gap && !out->empty() && out->back().x == x && out->back().y == y)
            return;
        int phase = 0;
        if (!out->empty() && pen.period()) {
            const Vertex &p = out->back();
            phase = int((p.phase + std::max(std::abs(x - p.x), std::abs(y - p.y))) % pen.period());
        }
        out->push_back({ x, y, phase, gap && !out->empty() });
        gap = false;
    };
    const auto finite = [&drawn](qsizetype k) { return !std::isnan(drawn[k].y()); };
    const qsizetype n = drawn.size();
    // The finite points [i, j) of one column: at most two as they are, more as their envelope.
    const auto run = [&](qsizetype i, qsizetype j) {
        if (j - i <= 2) {
            for (qsizetype k = i; k < j; ++k)
                push(m.column(drawn[k].x()), m.row(drawn[k].y()));
            return;
        }
        int top = INT_MAX, low = INT_MIN;
        for (qsizetype k = i; k < j; ++k) {
            const int r = m.row(drawn[k].y());
            top = std::min(top, r);
            low = std::max(low, r);
        }
        const int first = m.row(drawn[i].y());
        const bool topFirst = std::abs(first - top) <= std::abs(first - low);
        push(m.column(drawn[i].x()), topFirst ? top : low);
        push(m.column(drawn[j - 1].x()), topFirst ? low : top);
        if (j == n)
            push(m.column(drawn[j - 1].x()), m.row(drawn[j - 1].y()));
    };
    std::size_t lastColumn = out->size();
    qsizetype i = from;
    while (i < n) {
        // A column as thinColumns wrote it, its gaps included.
        lastColumn = out->size();
        const long long column = b.of(drawn[i].x());
        qsizetype j = i + 1;
        while (j < n && b.of(drawn[j].x()) == column)
            ++j;
        for (qsizetype k = i; k < j;) {
            if (!finite(k)) {
                gap = true;
                ++k;
                continue;
            }
            qsizetype e = k + 1;
            while (e < j && finite(e))
                ++e;
            run(k, e);
            k = e;
        }
        i = j;
    }
    return lastColumn;
}

void drawLine(
    QImage *image, const QRect &clip, const std::vector<Vertex> &v, std::size_t from, const Pen &pen)
{
    const Canvas canvas(image, clip);
    if (canvas.clip.isEmpty())
        return;
    for (std::size_t k = from; k < v.size(); ++k) {
        const bool begins = k == 0 || v[k].pieceStart;
        const bool continues = k + 1 < v.size() && !v[k + 1].pieceStart;
        if (begins && !continues)
            drawDot(canvas, v[k], pen); // a piece of one point
        else if (continues)
            drawSegment(canvas, v[k], v[k + 1], !begins, pen);
    }
}

std::size_t firstTouching(const std::vector<Vertex> &v, int left)
{
    // Vertices go left to right; segment k spans the columns from v[k].x to v[k + 1].x.
    const auto it
        = std::lower_bound(v.begin(), v.end(), left, [](const Vertex &p, int x) { return p.x < x; });
    const std::size_t k = std::size_t(it - v.begin());
    return k > 0 ? k - 1 : 0;
}

} // namespace LockLens::PlotRaster
