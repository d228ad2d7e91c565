// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/icons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

#include <functional>

namespace LockLens::Icons {

namespace {

using Painter = std::function<void(QPainter &, const QRectF &)>;

class VectorIcon : public QIconEngine
{
public:
    explicit VectorIcon(Painter paint)
        : m_paint(std::move(paint))
    {
    }
    void paint(QPainter *p, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled)
            p->setOpacity(0.4);
        m_paint(*p, QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5));
        p->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(), size), mode, state);
        return pm;
    }
    QIconEngine *clone() const override { return new VectorIcon(m_paint); }

private:
    Painter m_paint;
};

QIcon badge(const QColor &fill, const QString &letter)
{
    return QIcon(new VectorIcon([fill, letter](QPainter &p, const QRectF &r) {
        const qreal s = qMin(r.width(), r.height());
        const QRectF box(r.center().x() - s / 2, r.center().y() - s / 2, s, s);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(box.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06), s * 0.2, s * 0.2);
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(qMax(6, int(s * 0.62)));
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, letter);
    }));
}

} // namespace

QColor warningColor()
{
    return QColor(0xd0, 0x6a, 0x00);
}

QIcon forTable(const Catalog::Table &t)
{
    using Catalog::RowidKind;
    if (t.view)
        return badge(QColor(0x6a, 0x5a, 0xcd), QStringLiteral("V"));
    switch (t.rowid) {
    case RowidKind::Alias:
        return badge(QColor(0x2e, 0x7d, 0x32), t.autoincrement ? QStringLiteral("A") : QStringLiteral("#"));
    case RowidKind::Implicit:
        return badge(QColor(0x55, 0x6b, 0x7d), QStringLiteral("r"));
    case RowidKind::WithoutRowid:
        return badge(QColor(0x1f, 0x5f, 0xa8), QStringLiteral("W"));
    case RowidKind::Shadowed:
        return badge(QColor(0x8e, 0x24, 0xaa), QStringLiteral("S"));
    case RowidKind::None:
        break;
    }
    return badge(Qt::gray, QStringLiteral("?"));
}

QIcon key()
{
    return QIcon(new VectorIcon([](QPainter &p, const QRectF &r) {
        const qreal s = qMin(r.width(), r.height());
        p.setPen(QPen(QColor(0xb8, 0x86, 0x0b), s * 0.12));
        p.setBrush(Qt::NoBrush);
        const QPointF c(r.left() + s * 0.32, r.center().y());
        p.drawEllipse(c, s * 0.2, s * 0.2);
        p.drawLine(QPointF(c.x() + s * 0.2, c.y()), QPointF(r.left() + s * 0.92, c.y()));
        p.drawLine(QPointF(r.left() + s * 0.78, c.y()), QPointF(r.left() + s * 0.78, c.y() + s * 0.2));
    }));
}

namespace {
// A horizontal arrow, pointing right (to a parent) or left (from children).
QIcon arrow(QColor color, bool pointsRight)
{
    return QIcon(new VectorIcon([color, pointsRight](QPainter &p, const QRectF &r) {
        const qreal s = qMin(r.width(), r.height());
        p.setPen(QPen(color, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const qreal y = r.center().y();
        const qreal tip = pointsRight ? r.left() + s * 0.86 : r.left() + s * 0.14;
        const qreal back = pointsRight ? -s * 0.25 : s * 0.25;
        p.drawLine(QPointF(r.left() + s * 0.14, y), QPointF(r.left() + s * 0.86, y));
        p.drawLine(QPointF(tip + back, y - s * 0.22), QPointF(tip, y));
        p.drawLine(QPointF(tip + back, y + s * 0.22), QPointF(tip, y));
    }));
}
} // namespace

QIcon link()
{
    return arrow(QColor(0x1f, 0x5f, 0xa8), true);
}

QIcon incomingLink()
{
    return arrow(QColor(0x2b, 0x8a, 0x3e), false);
}

QIcon back()
{
    return arrow(QColor(0x44, 0x4c, 0x56), false);
}

QIcon forward()
{
    return arrow(QColor(0x44, 0x4c, 0x56), true);
}

QIcon padlock()
{
    return QIcon(new VectorIcon([](QPainter &p, const QRectF &r) {
        const qreal s = qMin(r.width(), r.height());
        const QColor color(0xb0, 0x20, 0x20);
        const QRectF body(r.left() + s * 0.18, r.top() + s * 0.45, s * 0.64, s * 0.47);
        p.setPen(QPen(color, s * 0.11, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(r.left() + s * 0.3, r.top() + s * 0.1, s * 0.4, s * 0.5), 0, 180 * 16);
        p.drawLine(QPointF(r.left() + s * 0.3, r.top() + s * 0.35), QPointF(r.left() + s * 0.3, body.top()));
        p.drawLine(QPointF(r.left() + s * 0.7, r.top() + s * 0.35), QPointF(r.left() + s * 0.7, body.top()));
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(body, s * 0.08, s * 0.08);
    }));
}

QIcon warning()
{
    return QIcon(new VectorIcon([](QPainter &p, const QRectF &r) {
        const qreal s = qMin(r.width(), r.height());
        QPainterPath tri;
        tri.moveTo(r.center().x(), r.top() + s * 0.08);
        tri.lineTo(r.left() + s * 0.96, r.top() + s * 0.9);
        tri.lineTo(r.left() + s * 0.04, r.top() + s * 0.9);
        tri.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(warningColor());
        p.drawPath(tri);
        p.setPen(QPen(Qt::white, s * 0.11, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(r.center().x(), r.top() + s * 0.35), QPointF(r.center().x(), r.top() + s * 0.6));
        p.drawPoint(QPointF(r.center().x(), r.top() + s * 0.76));
    }));
}

} // namespace LockLens::Icons
