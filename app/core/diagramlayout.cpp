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

DiagramLayout layoutDiagram(const Schema &schema, const DiagramMetrics &m)
{
    DiagramLayout d;
    const Spacing sp(m.lineHeight);
    const qreal lh = m.lineHeight;
    d.lineHeight = lh;
    for (const Table &t : schema.tables)
        d.boxes.push_back(tableBox(schema, t));
    for (size_t ti = 0; ti < schema.tables.size(); ++ti) {
        for (const ForeignKey &fk : schema.tables[ti].foreignKeys) {
            DiagramEdge e;
            e.child = int(ti);
            if (const Table *p = schema.table(fk.parent)) {
                e.parent = int(p - schema.tables.data());
            } else { // a placeholder, one for every spelling of the name, with the columns the keys name
                const auto it = std::find_if(d.boxes.begin() + long(schema.tables.size()), d.boxes.end(),
                    [&](const DiagramBox &b) { return sameName(b.name, fk.parent); });
                e.parent = int(it - d.boxes.begin());
                if (it == d.boxes.end()) {
                    d.boxes.emplace_back();
                    d.boxes.back().name = fk.parent;
                    d.boxes.back().kind = DiagramBox::Kind::Missing;
                    d.boxes.back().tag = DiagramLayout::tr("missing");
                    d.boxes.back().problem = true;
                    d.boxes.back().problemText = fk.problemText;
                }
                DiagramBox &b = d.boxes[e.parent];
                for (const QString &c : fk.to)
                    if (std::none_of(b.rows.begin(), b.rows.end(),
                            [&](const DiagramRow &r) { return sameName(r.name, c); }))
                        addRow(b, c, QString(), false, false);
            }
            e.childColumns = fk.from;
            e.parentColumns = fk.parentColumns();
            e.onUpdate = fk.onUpdate;
            e.onDelete = fk.onDelete;
            e.problem = fk.problem != FkProblem::None;
            e.problemText = fk.problemText;
            if (fk.from.size() > 1)
                e.label
                    = QStringLiteral("(%1) → (%2)")
                          .arg(fk.from.join(QLatin1String(", ")), e.parentColumns.join(QLatin1String(", ")));
            d.edges.push_back(e);
        }
    }
    std::vector<int> loops(d.boxes.size(), 0);
    for (const DiagramEdge &e : d.edges)
        loops[e.child] += e.child == e.parent;
    for (DiagramBox &b : d.boxes)
        sizeBox(b, m);
    Graph g = buildGraph(d, sp);
    orderColumns(g);
    placeNodes(g, sp);

    // Column widths (room for self-references), gaps wide enough for composite keys' labels.
    const size_t n = g.columns.size();
    std::vector<qreal> colX(n, sp.margin), colW(n, 0), gapW(n, sp.columnGap);
    for (const Node &node : g.nodes)
        if (node.box >= 0)
            colW[node.column] = std::max(colW[node.column],
                d.boxes[node.box].rect.width() + (loops[node.box] ? sp.loop + lh * 0.4 : 0));
    for (DiagramEdge &e : d.edges) {
        e.labelRect
            = QRectF(0, 0, e.label.isEmpty() ? 0 : std::ceil(m.textWidth(e.label, false) + lh * 0.6), lh);
        const int c = d.boxes[e.child].layer, p = d.boxes[e.parent].layer;
        if (!e.label.isEmpty() && e.child != e.parent)
            gapW[c > p ? c - 1 : c] = std::max(gapW[c > p ? c - 1 : c], e.labelRect.width() + 2 * lh);
    }
    qreal bottom = 0, right = 0;
    for (size_t c = 1; c < n; ++c)
        colX[c] = colX[c - 1] + colW[c - 1] + gapW[c - 1];
    for (const Node &node : g.nodes) {
        if (node.box >= 0)
            moveBox(d.boxes[node.box], QPointF(colX[node.column], node.top));
        bottom = std::max(bottom, node.top + node.height);
        right = std::max(right, colX[node.column] + colW[node.column]);
    }

    // Boxes no key joins to another: rows below, in schema order.
    qreal area = 0;
    for (size_t v = 0; v < d.boxes.size(); ++v)
        if (g.nodeOfBox[v] < 0)
            area += (d.boxes[v].rect.width() + lh * 2) * (d.boxes[v].rect.height() + sp.boxGap);
    const qreal wrap = std::max(right - sp.margin, std::sqrt(area * 1.6));
    qreal x = sp.margin, y = g.nodes.empty() ? sp.margin : bottom + lh * 2, rowH = 0;
    for (size_t v = 0; v < d.boxes.size(); ++v) {
        if (g.nodeOfBox[v] >= 0)
            continue;
        const qreal w = d.boxes[v].rect.width() + (loops[v] ? sp.loop + lh * 0.4 : 0);
        if (x > sp.margin && x + w > sp.margin + wrap) {
            x = sp.margin;
            y += rowH + sp.boxGap;
            rowH = 0;
        }
        moveBox(d.boxes[v], QPointF(x, y));
        x += w + lh * 2;
        rowH = std::max(rowH, d.boxes[v].rect.height());
    }

    // The edges' points, child first, through their waypoints.
    QRectF bounds;
    for (size_t i = 0; i < d.edges.size(); ++i) {
        DiagramEdge &e = d.edges[i];
        const DiagramBox &c = d.boxes[e.child], &p = d.boxes[e.parent];
        const qreal yc = c.rect.top() + attachOffset(c, e.childColumns),
                    yp = p.rect.top() + attachOffset(p, e.parentColumns);
        if (e.child == e.parent) { // a loop on the right, the inner ones smaller
            const qreal spread = std::abs(yc - yp) < lh * 0.5 ? lh * 0.3 : 0;
            const qreal r = c.rect.right(), out = r + sp.loop - lh * 0.3 * --loops[e.child];
            e.points = { { r, yc - spread }, { out, yc - spread }, { out, yp + spread }, { r, yp + spread } };
            e.labelRect.moveTopLeft(QPointF(out + lh * 0.2, (yc + yp) / 2 - lh / 2));
        }
        for (size_t k = 0; k < g.chains[i].size(); ++k) {
            const Node &node = g.nodes[g.chains[i][k]];
            const qreal left = colX[node.column], right = left + colW[node.column];
            const qreal yy = node.box < 0 ? node.top + sp.waypoint / 2 : node.box == e.child ? yc : yp;
            if (node.box < 0) {
                e.points.insert(e.points.end(), { { left, yy }, { right, yy } });
            } else if (k == 0) { // leaves the left box on its right, straight to the column's edge
                e.points.emplace_back(d.boxes[node.box].rect.right(), yy);
                if (d.boxes[node.box].rect.right() < right)
                    e.points.emplace_back(right, yy);
            } else {
                e.points.emplace_back(left, yy);
            }
        }
        if (c.layer > p.layer)
            std::reverse(e.points.begin(), e.points.end());
        if (!e.label.isEmpty() && e.child != e.parent) { // on the curve, mid-gap next to the child
            const qreal gx = c.layer > p.layer ? colX[c.layer] - gapW[c.layer - 1] / 2
                                               : colX[c.layer] + colW[c.layer] + gapW[c.layer] / 2;
            QPointF at = e.points.front();
            for (const DiagramCurve &curve : edgeCurves(e))
                for (int s = 0; s <= 32; ++s)
                    if (std::abs(cubicAt(curve, s / 32.0).x() - gx) < std::abs(at.x() - gx))
                        at = cubicAt(curve, s / 32.0);
            e.labelRect.moveCenter(at);
        }
        for (const QPointF &pt : e.points)
            bounds |= QRectF(pt, QSizeF(1, 1));
        if (!e.label.isEmpty())
            bounds |= e.labelRect;
    }
    for (const DiagramBox &b : d.boxes)
        bounds |= b.rect;
    d.bounds = QRectF(0, 0, bounds.right() + sp.margin, bounds.bottom() + sp.margin);
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
