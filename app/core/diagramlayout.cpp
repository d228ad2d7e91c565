// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/diagramlayout.h"

#include "app/core/diagramboxes.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>
#include <tuple>

namespace LockLens {

using namespace Catalog;
using namespace DiagramBoxes;

namespace {

// The least-squares nondecreasing fit of t (pool adjacent violators).
std::vector<qreal> isotonic(const std::vector<qreal> &t)
{
    std::vector<std::pair<qreal, int>> blocks; // sum, count
    for (qreal x : t) {
        blocks.emplace_back(x, 1);
        while (blocks.size() > 1
            && blocks[blocks.size() - 2].first / blocks[blocks.size() - 2].second
                > blocks.back().first / blocks.back().second) {
            blocks[blocks.size() - 2].first += blocks.back().first;
            blocks[blocks.size() - 2].second += blocks.back().second;
            blocks.pop_back();
        }
    }
    std::vector<qreal> out;
    for (const auto &[sum, count] : blocks)
        out.insert(out.end(), size_t(count), sum / count);
    return out;
}

// Reference depth: parents left of children. Tables are taken in turn, each once all its
// parents are (the first in schema order when several are ready); in a cycle, the one with
// fewest parents left goes first, which breaks it there. A table that references nothing
// then moves next to its leftmost child. Arcs are (parent, child).
std::vector<int> referenceDepth(int n, const std::vector<std::pair<int, int>> &arcs)
{
    std::vector<std::vector<int>> children(static_cast<size_t>(n));
    std::vector<int> waiting(static_cast<size_t>(n), 0), depth(waiting), parents(waiting), order;
    std::vector<bool> done(static_cast<size_t>(n), false);
    for (const auto &[parent, child] : arcs) {
        children[parent].push_back(child);
        ++waiting[child];
    }
    while (int(order.size()) < n) {
        int v = -1;
        for (int w = 0; w < n; ++w)
            if (!done[w] && (v < 0 || waiting[w] < waiting[v]))
                v = w;
        done[v] = true;
        order.push_back(v);
        for (int w : children[v])
            if (!done[w]) {
                depth[w] = std::max(depth[w], depth[v] + 1);
                --waiting[w];
                ++parents[w];
            }
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        int nearest = INT_MAX;
        for (int w : children[*it])
            if (depth[w] > depth[*it])
                nearest = std::min(nearest, depth[w]);
        if (parents[*it] == 0 && nearest != INT_MAX)
            depth[*it] = nearest - 1;
    }
    return depth;
}

// Distances, all from the line height.
struct Spacing
{
    explicit Spacing(qreal lh)
        : line(lh)
        , margin(std::round(lh))
        , boxGap(std::round(lh * 1.2))
        , waypointGap(std::round(lh * 0.5))
        , waypoint(std::round(lh * 0.5))
        , columnGap(std::round(lh * 4))
        , loop(std::round(lh * 0.9))
    {
    }
    qreal line, margin, boxGap, waypointGap, waypoint, columnGap, loop;
};

struct Node
{
    int box = -1; // -1: a waypoint where an edge passes a column, between its boxes
    int column = 0;
    int group = 0; // tables joined by keys; the largest group is 0
    qreal height = 0;
    qreal top = 0;
};

struct Segment // joins nodes in adjacent columns
{
    int left, right;
    qreal leftOff, rightOff; // where it meets each node, from the node's top
};

struct Graph
{
    std::vector<Node> nodes;
    std::vector<std::vector<int>> columns; // node ids, top to bottom
    std::vector<Segment> segments;
    std::vector<std::vector<int>> chains; // per edge: its nodes left to right; empty for a loop
    std::vector<int> nodeOfBox; // -1 for a box no key joins to another
    int groups = 0;
};

Graph buildGraph(DiagramLayout &d, const Spacing &sp)
{
    Graph g;
    const int nb = int(d.boxes.size());
    std::vector<std::pair<int, int>> arcs;
    std::vector<int> arcEdge, root(d.boxes.size()), members(d.boxes.size(), 0);
    std::vector<bool> linked(d.boxes.size(), false);
    for (size_t e = 0; e < d.edges.size(); ++e)
        if (d.edges[e].child != d.edges[e].parent) {
            arcs.emplace_back(d.edges[e].parent, d.edges[e].child);
            arcEdge.push_back(int(e));
            linked[d.edges[e].parent] = linked[d.edges[e].child] = true;
        }
    const std::vector<int> depth = referenceDepth(nb, arcs);
    // Groups of tables joined by keys, largest first, then in schema order.
    std::iota(root.begin(), root.end(), 0);
    const auto find = [&](int v) {
        while (root[v] != v)
            v = root[v] = root[root[v]];
        return v;
    };
    for (const auto &[u, v] : arcs) {
        const int a = find(u), b = find(v);
        root[std::max(a, b)] = std::min(a, b);
    }
    for (int v = 0; v < nb; ++v)
        members[find(v)] += linked[v];
    std::vector<std::pair<int, int>> groups;
    for (int v = 0; v < nb; ++v)
        if (members[v] > 0)
            groups.emplace_back(-members[v], v);
    std::sort(groups.begin(), groups.end());
    for (size_t i = 0; i < groups.size(); ++i)
        members[groups[i].second] = int(i); // now the group's rank
    g.groups = int(groups.size());

    std::vector<int> used;
    for (int v = 0; v < nb; ++v)
        if (linked[v])
            used.push_back(depth[v]);
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    g.columns.resize(used.size());
    g.nodeOfBox.assign(d.boxes.size(), -1);
    for (int v = 0; v < nb; ++v) {
        if (!linked[v])
            continue;
        const int c = int(std::lower_bound(used.begin(), used.end(), depth[v]) - used.begin());
        d.boxes[v].layer = c;
        g.nodeOfBox[v] = int(g.nodes.size());
        g.columns[c].push_back(int(g.nodes.size()));
        g.nodes.push_back({ v, c, members[find(v)], d.boxes[v].rect.height(), 0 });
    }
    g.chains.resize(d.edges.size());
    for (size_t a = 0; a < arcs.size(); ++a) {
        const DiagramEdge &e = d.edges[arcEdge[a]];
        int u = g.nodeOfBox[e.parent], v = g.nodeOfBox[e.child];
        qreal uOff = attachOffset(d.boxes[e.parent], e.parentColumns),
              vOff = attachOffset(d.boxes[e.child], e.childColumns);
        if (g.nodes[u].column > g.nodes[v].column) {
            std::swap(u, v);
            std::swap(uOff, vOff);
        }
        std::vector<int> &chain = g.chains[arcEdge[a]];
        chain.push_back(u);
        for (int c = g.nodes[u].column + 1; c < g.nodes[v].column; ++c) {
            g.columns[c].push_back(int(g.nodes.size()));
            chain.push_back(int(g.nodes.size()));
            g.nodes.push_back({ -1, c, g.nodes[u].group, sp.waypoint, 0 });
        }
        chain.push_back(v);
        for (size_t k = 0; k + 1 < chain.size(); ++k)
            g.segments.push_back({ chain[k], chain[k + 1], k == 0 ? uOff : sp.waypoint / 2,
                k + 2 == chain.size() ? vOff : sp.waypoint / 2 });
    }
    for (auto &column : g.columns)
        std::stable_sort(
            column.begin(), column.end(), [&](int a, int b) { return g.nodes[a].group < g.nodes[b].group; });
    return g;
}

// The order within each column: barycentre sweeps, keeping the order with fewest crossings.
void orderColumns(Graph &g)
{
    std::vector<int> pos(g.nodes.size(), 0);
    const auto renumber = [&] {
        for (const auto &column : g.columns)
            for (size_t i = 0; i < column.size(); ++i)
                pos[column[i]] = int(i);
    };
    const auto crossings = [&] {
        int c = 0;
        for (size_t i = 0; i < g.segments.size(); ++i)
            for (size_t j = i + 1; j < g.segments.size(); ++j) {
                const Segment &s = g.segments[i], &t = g.segments[j];
                c += g.nodes[s.left].column == g.nodes[t.left].column
                    && (pos[s.left] - pos[t.left]) * (pos[s.right] - pos[t.right]) < 0;
            }
        return c;
    };
    renumber();
    int best = crossings();
    auto bestColumns = g.columns;
    const int n = int(g.columns.size());
    for (int sweep = 0; sweep < 16 && best > 0; ++sweep) {
        const bool fromLeft = sweep % 2 == 0;
        for (int k = 1; k < n; ++k) {
            std::vector<int> &column = g.columns[fromLeft ? k : n - 1 - k];
            std::vector<std::tuple<int, qreal, int>> keyed;
            for (int v : column) {
                qreal sum = 0;
                int count = 0;
                for (const Segment &s : g.segments)
                    if (fromLeft ? s.right == v : s.left == v) {
                        sum += pos[fromLeft ? s.left : s.right];
                        ++count;
                    }
                keyed.emplace_back(g.nodes[v].group, count ? sum / count : pos[v], v);
            }
            std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
                return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
            });
            for (size_t i = 0; i < column.size(); ++i)
                column[i] = std::get<2>(keyed[i]);
            renumber();
        }
        if (const int c = crossings(); c < best) {
            best = c;
            bestColumns = g.columns;
        }
    }
    g.columns = bestColumns;
}

// Heights: each node near its neighbours' attachment points, in column order, never
// overlapping; then the groups stacked top to bottom.
void placeNodes(Graph &g, const Spacing &sp)
{
    const auto gap
        = [&](int a, int b) { return g.nodes[a].box < 0 || g.nodes[b].box < 0 ? sp.waypointGap : sp.boxGap; };
    // Each group's run of a column on its own (side: -1 left neighbours, 1 right, 0 both).
    const auto place = [&](const std::vector<int> &column, int side, bool stacked) {
        for (size_t begin = 0, end = 0; begin < column.size(); begin = end) {
            while (end < column.size() && g.nodes[column[end]].group == g.nodes[column[begin]].group)
                ++end;
            std::vector<qreal> target;
            qreal offset = 0;
            for (size_t i = begin; i < end; ++i) {
                const int v = column[i];
                qreal sum = 0;
                int count = 0;
                for (const Segment &s : g.segments) {
                    if (s.right == v && side <= 0)
                        sum += g.nodes[s.left].top + s.leftOff - s.rightOff;
                    else if (s.left == v && side >= 0)
                        sum += g.nodes[s.right].top + s.rightOff - s.leftOff;
                    else
                        continue;
                    ++count;
                }
                target.push_back((stacked ? 0 : count ? sum / count : g.nodes[v].top) - offset);
                if (i + 1 < end)
                    offset += g.nodes[v].height + gap(v, column[i + 1]);
            }
            const std::vector<qreal> fit = isotonic(target);
            offset = 0;
            for (size_t i = begin; i < end; ++i) {
                g.nodes[column[i]].top = fit[i - begin] + offset;
                if (i + 1 < end)
                    offset += g.nodes[column[i]].height + gap(column[i], column[i + 1]);
            }
        }
    };
    const int n = int(g.columns.size());
    for (const auto &column : g.columns)
        place(column, 0, true);
    for (int round = 0; round < 2; ++round)
        for (const auto &column : g.columns)
            place(column, 0, false);
    // Ending right to left: a parent is level with its children's keys where it can be.
    for (int round = 0; round < 6; ++round) {
        for (int k = 1; k < n; ++k)
            place(g.columns[k], -1, false);
        for (int k = n - 2; k >= 0; --k)
            place(g.columns[k], 1, false);
    }
    std::vector<qreal> low(size_t(g.groups), 1e18), high(size_t(g.groups), -1e18), shift(size_t(g.groups));
    for (const Node &node : g.nodes) {
        low[node.group] = std::min(low[node.group], node.top);
        high[node.group] = std::max(high[node.group], node.top + node.height);
    }
    qreal y = sp.margin;
    for (int i = 0; i < g.groups; ++i) {
        shift[i] = y - low[i];
        y += high[i] - low[i] + sp.line * 2;
    }
    for (Node &node : g.nodes)
        node.top += shift[node.group];
}

QPointF cubicAt(const DiagramCurve &c, qreal t)
{
    const qreal u = 1 - t;
    return u * u * u * c.from + 3 * u * u * t * c.c1 + 3 * u * t * t * c.c2 + t * t * t * c.to;
}

} // namespace

DiagramMetrics DiagramMetrics::fixedPitch(qreal charWidth, qreal lineHeight)
{
    DiagramMetrics m;
    m.lineHeight = lineHeight;
    m.textWidth = [charWidth](const QString &s, bool bold) {
        return qreal(s.toUcs4().size()) * charWidth * (bold ? 1.1 : 1.0);
    };
    return m;
}

int DiagramLayout::boxIndex(const QString &name) const
{
    for (size_t i = 0; i < boxes.size(); ++i)
        if (boxes[i].name == name)
            return int(i);
    return -1;
}

namespace {

// How many keys of each box reference its own table.
std::vector<int> selfReferences(const DiagramLayout &d)
{
    std::vector<int> loops(d.boxes.size(), 0);
    for (const DiagramEdge &e : d.edges)
        loops[e.child] += e.child == e.parent;
    return loops;
}

// The width a box takes in a row or column: its own, and right of it its loops, if any.
qreal footprint(const DiagramBox &b, int loops, const Spacing &sp)
{
    return b.rect.width() + (loops ? sp.loop + sp.line * 0.4 : 0);
}

// The graph's columns, left to right: where each starts, its width, the gap after it.
struct Columns
{
    std::vector<qreal> x, width, gap;
};

// Columns wide enough for their boxes' loops, gaps wide enough for the labels of the
// composite keys that cross them (each edge's label is measured here).
Columns measureColumns(DiagramLayout &d, const Graph &g, const Spacing &sp, const DiagramMetrics &m,
    const std::vector<int> &loops)
{
    const size_t n = g.columns.size();
    const qreal lh = sp.line;
    Columns cols { std::vector<qreal>(n, sp.margin), std::vector<qreal>(n, 0),
        std::vector<qreal>(n, sp.columnGap) };
    for (const Node &node : g.nodes)
        if (node.box >= 0)
            cols.width[node.column]
                = std::max(cols.width[node.column], footprint(d.boxes[node.box], loops[node.box], sp));
    for (DiagramEdge &e : d.edges) {
        e.labelRect
            = QRectF(0, 0, e.label.isEmpty() ? 0 : std::ceil(m.textWidth(e.label, false) + lh * 0.6), lh);
        const int c = d.boxes[e.child].layer, p = d.boxes[e.parent].layer;
        if (!e.label.isEmpty() && e.child != e.parent)
            cols.gap[c > p ? c - 1 : c] = std::max(cols.gap[c > p ? c - 1 : c], e.labelRect.width() + 2 * lh);
    }
    for (size_t c = 1; c < n; ++c)
        cols.x[c] = cols.x[c - 1] + cols.width[c - 1] + cols.gap[c - 1];
    return cols;
}

// Moves the graph's boxes into their columns; returns the graph's bottom right corner.
QPointF placeGraphBoxes(DiagramLayout &d, const Graph &g, const Columns &cols)
{
    qreal bottom = 0, right = 0;
    for (const Node &node : g.nodes) {
        if (node.box >= 0)
            moveBox(d.boxes[node.box], QPointF(cols.x[node.column], node.top));
        bottom = std::max(bottom, node.top + node.height);
        right = std::max(right, cols.x[node.column] + cols.width[node.column]);
    }
    return { right, bottom };
}

// Boxes no key joins to another: rows below the graph, in schema order, as wide as the
// graph or as a square holding them, whichever is wider.
void placeUnlinkedBoxes(
    DiagramLayout &d, const Graph &g, const Spacing &sp, const std::vector<int> &loops, QPointF graphEnd)
{
    const qreal lh = sp.line;
    qreal area = 0;
    for (size_t v = 0; v < d.boxes.size(); ++v)
        if (g.nodeOfBox[v] < 0)
            area += (d.boxes[v].rect.width() + lh * 2) * (d.boxes[v].rect.height() + sp.boxGap);
    const qreal wrap = std::max(graphEnd.x() - sp.margin, std::sqrt(area * 1.6));
    qreal x = sp.margin, y = g.nodes.empty() ? sp.margin : graphEnd.y() + lh * 2, rowH = 0;
    for (size_t v = 0; v < d.boxes.size(); ++v) {
        if (g.nodeOfBox[v] >= 0)
            continue;
        const qreal w = footprint(d.boxes[v], loops[v], sp);
        if (x > sp.margin && x + w > sp.margin + wrap) {
            x = sp.margin;
            y += rowH + sp.boxGap;
            rowH = 0;
        }
        moveBox(d.boxes[v], QPointF(x, y));
        x += w + lh * 2;
        rowH = std::max(rowH, d.boxes[v].rect.height());
    }
}

// A self-reference: a loop on the box's right from row yc to row yp, the `inner`-th from
// the outside (inner ones smaller).
void routeLoop(DiagramEdge &e, const DiagramBox &box, qreal yc, qreal yp, const Spacing &sp, int inner)
{
    const qreal lh = sp.line;
    const qreal spread = std::abs(yc - yp) < lh * 0.5 ? lh * 0.3 : 0;
    const qreal r = box.rect.right(), out = r + sp.loop - lh * 0.3 * inner;
    e.points = { { r, yc - spread }, { out, yc - spread }, { out, yp + spread }, { r, yp + spread } };
    e.labelRect.moveTopLeft(QPointF(out + lh * 0.2, (yc + yp) / 2 - lh / 2));
}

// Through the columns of the edge's chain, left to right: out of the left box on its right
// (straight on to its column's edge), across each waypoint, into the right box on its left.
void routeChain(DiagramEdge &e, const std::vector<int> &chain, const std::vector<DiagramBox> &boxes,
    const Graph &g, const Columns &cols, const Spacing &sp, qreal yc, qreal yp)
{
    for (size_t k = 0; k < chain.size(); ++k) {
        const Node &node = g.nodes[chain[k]];
        const qreal left = cols.x[node.column], right = left + cols.width[node.column];
        const qreal yy = node.box < 0 ? node.top + sp.waypoint / 2 : node.box == e.child ? yc : yp;
        if (node.box < 0) {
            e.points.insert(e.points.end(), { { left, yy }, { right, yy } });
        } else if (k == 0) {
            e.points.emplace_back(boxes[node.box].rect.right(), yy);
            if (boxes[node.box].rect.right() < right)
                e.points.emplace_back(right, yy);
        } else {
            e.points.emplace_back(left, yy);
        }
    }
}

// A composite key's label: on the curve, mid-gap next to the child's column.
void placeLabel(DiagramEdge &e, int childLayer, int parentLayer, const Columns &cols)
{
    const int c = childLayer;
    const qreal gx
        = c > parentLayer ? cols.x[c] - cols.gap[c - 1] / 2 : cols.x[c] + cols.width[c] + cols.gap[c] / 2;
    QPointF at = e.points.front();
    for (const DiagramCurve &curve : edgeCurves(e))
        for (int s = 0; s <= 32; ++s)
            if (std::abs(cubicAt(curve, s / 32.0).x() - gx) < std::abs(at.x() - gx))
                at = cubicAt(curve, s / 32.0);
    e.labelRect.moveCenter(at);
}

// The edge's points, child first, through its waypoints; its label beside them.
// loopsLeft: the loops on its box not yet drawn (a self-reference takes one).
void routeEdge(DiagramEdge &e, const std::vector<int> &chain, const std::vector<DiagramBox> &boxes,
    const Graph &g, const Columns &cols, const Spacing &sp, int &loopsLeft)
{
    const DiagramBox &c = boxes[e.child], &p = boxes[e.parent];
    const qreal yc = c.rect.top() + attachOffset(c, e.childColumns),
                yp = p.rect.top() + attachOffset(p, e.parentColumns);
    if (e.child == e.parent)
        routeLoop(e, c, yc, yp, sp, --loopsLeft);
    routeChain(e, chain, boxes, g, cols, sp, yc, yp);
    if (c.layer > p.layer)
        std::reverse(e.points.begin(), e.points.end());
    if (!e.label.isEmpty() && e.child != e.parent)
        placeLabel(e, c.layer, p.layer, cols);
}

// What is drawn, from the origin, and a margin right of it and below.
QRectF diagramBounds(const DiagramLayout &d, const Spacing &sp)
{
    QRectF bounds;
    for (const DiagramEdge &e : d.edges) {
        for (const QPointF &pt : e.points)
            bounds |= QRectF(pt, QSizeF(1, 1));
        if (!e.label.isEmpty())
            bounds |= e.labelRect;
    }
    for (const DiagramBox &b : d.boxes)
        bounds |= b.rect;
    return QRectF(0, 0, bounds.right() + sp.margin, bounds.bottom() + sp.margin);
}

} // namespace

DiagramLayout layoutDiagram(const Schema &schema, const DiagramMetrics &m)
{
    DiagramLayout d;
    const Spacing sp(m.lineHeight);
    d.lineHeight = m.lineHeight;
    addBoxesAndEdges(d, schema, m);
    std::vector<int> loops = selfReferences(d);
    Graph g = buildGraph(d, sp);
    orderColumns(g);
    placeNodes(g, sp);
    const Columns cols = measureColumns(d, g, sp, m, loops);
    placeUnlinkedBoxes(d, g, sp, loops, placeGraphBoxes(d, g, cols));
    for (size_t i = 0; i < d.edges.size(); ++i)
        routeEdge(d.edges[i], g.chains[i], d.boxes, g, cols, sp, loops[d.edges[i].child]);
    d.bounds = diagramBounds(d, sp);
    return d;
}

std::vector<DiagramCurve> edgeCurves(const DiagramEdge &edge)
{
    std::vector<DiagramCurve> out;
    for (size_t i = 0; i + 1 < edge.points.size(); ++i) {
        const QPointF a = edge.points[i], b = edge.points[i + 1];
        const qreal mx = (a.x() + b.x()) / 2;
        out.push_back({ a, { mx, a.y() }, { mx, b.y() }, b });
    }
    return out;
}

std::array<QPointF, 3> arrowHead(const DiagramEdge &edge, qreal size)
{
    const size_t n = edge.points.size();
    if (n < 2)
        return {};
    const QPointF tip = edge.points[n - 1];
    const qreal dir = tip.x() >= edge.points[n - 2].x() ? 1 : -1;
    return { tip, QPointF(tip.x() - dir * size, tip.y() - size * 0.45),
        QPointF(tip.x() - dir * size, tip.y() + size * 0.45) };
}

} // namespace LockLens
