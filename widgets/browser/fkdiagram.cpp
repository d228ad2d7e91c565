// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/browser/fkdiagram.h"

#include "widgets/common/icons.h"
#include "workers/outputfile.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsView>
#include <QImageWriter>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QBuffer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace LockLens {

namespace {

constexpr qreal minZoom = 0.1, maxZoom = 4.0;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// The diagram's colours from the palette, so that it follows light and dark themes; the
// PNG and SVG exports use the same.
SvgStyle styleFor(const QPalette &pal, const QFont &font)
{
    const QColor base = pal.color(QPalette::Base), text = pal.color(QPalette::Text);
    SvgStyle s;
    s.fontFamily = QStringLiteral("'%1', sans-serif").arg(font.family());
    s.fontSize = QFontInfo(font).pixelSize();
    s.background = pal.color(QPalette::Window).name();
    s.boxFill = base.name();
    s.titleFill = mix(base, pal.color(QPalette::Highlight), 0.18).name();
    s.viewTitleFill = mix(base, text, 0.08).name();
    s.border = mix(base, text, 0.55).name();
    s.text = text.name();
    s.dimText = mix(base, text, 0.6).name();
    s.edge = mix(base, text, 0.55).name();
    s.warning = Icons::warningColor().name();
    return s;
}

QString richToolTip(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &l : lines)
        escaped << l.toHtmlEscaped();
    return QStringLiteral("<qt>%1</qt>").arg(escaped.join(QLatin1String("<br>")));
}

class BoxItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    explicit BoxItem(const DiagramBox &box)
        : m_box(box)
    {
        setZValue(2);
    }
    int type() const override { return Type; }
    const DiagramBox &box() const { return m_box; }
    QRectF boundingRect() const override { return m_box.rect.adjusted(-2, -2, 2, 2); }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const SvgStyle st = styleFor(scene()->palette(), scene()->font());
        const QRectF &r = m_box.rect;
        const bool missing = m_box.kind == DiagramBox::Kind::Missing;
        const QColor warning(st.warning);
        p->setPen(Qt::NoPen);
        p->setBrush(missing ? QColor(st.background) : QColor(st.boxFill));
        p->drawRoundedRect(r, 4, 4);
        p->save();
        p->setClipRect(QRectF(r.topLeft(), QPointF(r.right(), m_box.titleRect.bottom())));
        QColor band(m_box.kind == DiagramBox::Kind::View ? st.viewTitleFill : st.titleFill);
        if (missing)
            band = QColor(warning.red(), warning.green(), warning.blue(), 40);
        p->setBrush(band);
        p->drawRoundedRect(r, 4, 4);
        p->restore();
        QPen outline(m_box.problem ? warning : QColor(st.border), 1.2);
        if (m_box.problem)
            outline.setStyle(Qt::DashLine);
        if (!m_box.rows.empty()) {
            p->setPen(QPen(QColor(st.border), 0.6));
            p->drawLine(
                QPointF(r.left(), m_box.titleRect.bottom()), QPointF(r.right(), m_box.titleRect.bottom()));
        }
        p->setPen(outline);
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(r, 4, 4);

        QFont font = scene()->font(), bold = font, italic = font, small = font;
        bold.setBold(true);
        italic.setItalic(true);
        small.setBold(true);
        if (font.pointSizeF() > 0)
            small.setPointSizeF(font.pointSizeF() * 0.85);
        else
            small.setPixelSize(qRound(font.pixelSize() * 0.85));
        const auto text = [p](const QRectF &r, const QFont &f, const QColor &c, int align, const QString &s) {
            p->setFont(f);
            p->setPen(c);
            p->drawText(r, align | Qt::AlignVCenter | Qt::TextSingleLine, s);
        };
        text(m_box.titleRect, bold, missing ? warning : QColor(st.text), Qt::AlignLeft, m_box.title);
        text(m_box.titleRect, italic, QColor(st.dimText), Qt::AlignRight, m_box.tag);
        for (const DiagramRow &row : m_box.rows) {
            text(row.rect, small, QColor(st.dimText), Qt::AlignLeft, row.marker);
            text(row.rect.adjusted(m_box.nameOffset, 0, 0, 0), row.more ? italic : font,
                QColor(row.more ? st.dimText : st.text), Qt::AlignLeft, row.name);
            text(row.rect, font, QColor(st.dimText), Qt::AlignRight, row.type);
        }
    }

private:
    DiagramBox m_box;
};

class EdgeItem : public QGraphicsItem
{
public:
    EdgeItem(const DiagramEdge &edge, qreal arrow)
        : m_edge(edge)
    {
        for (const DiagramCurve &c : edgeCurves(edge)) {
            if (m_path.isEmpty())
                m_path.moveTo(c.from);
            m_path.cubicTo(c.c1, c.c2, c.to);
        }
        const auto head = arrowHead(edge, arrow);
        m_head = QPolygonF({ head[0], head[1], head[2] });
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        QPainterPath extra;
        extra.addPolygon(m_head);
        if (!edge.label.isEmpty())
            extra.addRect(edge.labelRect);
        m_shape = stroker.createStroke(m_path).united(extra);
        setAcceptHoverEvents(true);
        setZValue(edge.label.isEmpty() ? 0 : 1);
    }
    QRectF boundingRect() const override { return m_shape.boundingRect().adjusted(-2, -2, 2, 2); }
    QPainterPath shape() const override { return m_shape; }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const SvgStyle st = styleFor(scene()->palette(), scene()->font());
        const QColor colour(m_edge.problem ? st.warning : (m_hover ? st.text : st.edge));
        QPen pen(colour, m_hover ? 2.4 : 1.4);
        if (m_edge.problem)
            pen.setDashPattern({ 4, 3 });
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(m_path);
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawPolygon(m_head);
        if (m_edge.label.isEmpty())
            return;
        QColor background(st.background);
        background.setAlpha(230);
        p->setBrush(background);
        p->drawRoundedRect(m_edge.labelRect, 3, 3);
        p->setPen(m_edge.problem ? colour : QColor(st.dimText));
        p->setFont(scene()->font());
        p->drawText(m_edge.labelRect, Qt::AlignCenter | Qt::TextSingleLine, m_edge.label);
    }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override { setHover(true); }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override { setHover(false); }

private:
    void setHover(bool on)
    {
        m_hover = on;
        update();
    }
    DiagramEdge m_edge;
    QPainterPath m_path, m_shape;
    QPolygonF m_head;
    bool m_hover = false;
};

} // namespace

FkDiagram::FkDiagram(QWidget *parent)
    : QWidget(parent)
    , m_scene(new QGraphicsScene(this))
    , m_view(new QGraphicsView(m_scene, this))
    , m_zoomLabel(new QLabel(this))
{
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->viewport()->installEventFilter(this);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto action = [&](const QString &text, const QList<QKeySequence> &keys, void (FkDiagram::*slot)()) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!keys.isEmpty())
            a->setToolTip(tr("%1 (%2)").arg(text, keys.first().toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        bar->addAction(a);
    };
    action(tr("Zoom Out"), { QKeySequence::ZoomOut }, &FkDiagram::zoomOut);
    action(
        tr("Zoom In"), { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) }, &FkDiagram::zoomIn);
    action(tr("Fit"), { QKeySequence(Qt::CTRL | Qt::Key_0) }, &FkDiagram::zoomToFit);
    bar->addWidget(m_zoomLabel);
    bar->addSeparator();
    action(tr("Export…"), {}, &FkDiagram::exportWithDialog);
    m_zoomLabel->setToolTip(tr("Ctrl+wheel zooms; drag to move around"));
    auto *hint = new QLabel(tr("Arrows point from child to parent; dashed orange: a key that cannot work; "
                               "double-click a table to open it."),
        this);
    hint->setEnabled(false); // a quiet caption, not a control
    hint->setWordWrap(true);
    hint->setContentsMargins(8, 2, 8, 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_view);
    layout->addWidget(hint);
    rebuild();
}

FkDiagram::~FkDiagram() = default;

void FkDiagram::setSchema(const Catalog::Schema &schema)
{
    m_schema = schema;
    // Laid out when first looked at: a schema is read again after every DDL statement,
    // and a big one takes a while to lay out.
    m_stale = true;
    m_fitPending = true;
    if (isVisible()) {
        ensureBuilt();
        zoomToFit();
    }
}

const DiagramLayout &FkDiagram::diagram() const
{
    ensureBuilt();
    return m_layout;
}

void FkDiagram::ensureBuilt() const
{
    if (m_stale)
        const_cast<FkDiagram *>(this)->rebuild();
}

void FkDiagram::rebuild()
{
    m_scene->clear();
    m_scene->setFont(font());
    m_scene->setPalette(palette());
    m_view->setBackgroundBrush(palette().color(QPalette::Window));
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF plain(font()), strong(bold);
    DiagramMetrics metrics;
    metrics.lineHeight = std::ceil(plain.height() * 1.4);
    metrics.textWidth = [plain, strong](const QString &s, bool b) {
        return std::ceil((b ? strong : plain).horizontalAdvance(s)) + 1;
    };
    m_layout = layoutDiagram(m_schema, metrics);
    m_stale = false;

    for (const DiagramEdge &e : m_layout.edges) {
        auto *item = new EdgeItem(e, m_layout.lineHeight * 0.5);
        const DiagramBox &child = m_layout.boxes[e.child], &parent = m_layout.boxes[e.parent];
        const QString parentKey = e.parentColumns.isEmpty()
            ? parent.title
            : QStringLiteral("%1(%2)").arg(parent.title, e.parentColumns.join(QLatin1String(", ")));
        QStringList tip {
            tr("%1(%2) references %3").arg(child.title, e.childColumns.join(QLatin1String(", ")), parentKey)
        };
        if (!e.onUpdate.isEmpty() || !e.onDelete.isEmpty())
            tip << tr("ON UPDATE %1, ON DELETE %2").arg(e.onUpdate, e.onDelete);
        if (e.problem)
            tip << tr("Problem: %1").arg(e.problemText);
        item->setToolTip(richToolTip(tip));
        m_scene->addItem(item);
    }
    for (const DiagramBox &b : m_layout.boxes) {
        auto *item = new BoxItem(b);
        QStringList tip { b.title };
        if (b.kind == DiagramBox::Kind::View)
            tip << tr("View");
        if (b.problem)
            tip << tr("Problem: %1").arg(b.problemText);
        if (b.kind != DiagramBox::Kind::Missing)
            tip << tr("Double-click to show its rows.");
        item->setToolTip(richToolTip(tip));
        m_scene->addItem(item);
    }
    QRectF rect = m_layout.bounds;
    if (m_layout.boxes.empty()) {
        auto *note = m_scene->addSimpleText(tr("No tables or views to draw."));
        note->setBrush(palette().color(QPalette::PlaceholderText));
        rect = note->boundingRect().adjusted(-20, -20, 20, 20);
    }
    m_scene->setSceneRect(rect);
}

qreal FkDiagram::zoom() const
{
    return m_view->transform().m11();
}

void FkDiagram::scaleBy(qreal factor, bool underMouse)
{
    const qreal z = std::clamp(zoom() * factor, minZoom, maxZoom);
    m_view->setTransformationAnchor(
        underMouse ? QGraphicsView::AnchorUnderMouse : QGraphicsView::AnchorViewCenter);
    m_view->scale(z / zoom(), z / zoom());
    updateZoomLabel();
}

void FkDiagram::zoomIn()
{
    scaleBy(1.25, false);
}

void FkDiagram::zoomOut()
{
    scaleBy(0.8, false);
}

void FkDiagram::zoomToFit()
{
    const QRectF r = m_scene->sceneRect();
    const QSize vp = m_view->maximumViewportSize() - QSize(4, 4); // as if there were no scroll bars
    if (r.isEmpty() || vp.isEmpty())
        return;
    const qreal z = std::clamp(std::min(vp.width() / r.width(), vp.height() / r.height()), minZoom, 1.0);
    m_view->setTransform(QTransform::fromScale(z, z));
    m_view->centerOn(r.center());
    m_fitPending = false;
    updateZoomLabel();
}

void FkDiagram::updateZoomLabel()
{
    m_zoomLabel->setText(tr("%1%").arg(qRound(zoom() * 100)));
}

void FkDiagram::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitPending && isVisible())
        zoomToFit();
}

void FkDiagram::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureBuilt();
    if (m_fitPending)
        zoomToFit();
}

void FkDiagram::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_stale = true;
        if (isVisible())
            rebuild();
    }
}

bool FkDiagram::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (!(wheel->modifiers() & Qt::ControlModifier))
            return false; // plain wheel scrolls
        scaleBy(std::pow(1.0015, wheel->angleDelta().y()), true);
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            scaleBy(1 + gesture->value(), true);
            return true;
        }
    }
    if (event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        for (QGraphicsItem *item : m_view->items(mouse->position().toPoint()))
            if (item->type() == BoxItem::Type) {
                const DiagramBox &box = static_cast<BoxItem *>(item)->box();
                if (box.kind != DiagramBox::Kind::Missing)
                    Q_EMIT tableActivated(box.name);
                return true;
            }
    }
    return false;
}

bool FkDiagram::exportPng(const QString &path, QString *error) const
{
    ensureBuilt();
    const QRectF source = m_scene->sceneRect();
    // Twice the size for sharpness, less when that would make an unwieldy image.
    const qreal scale = std::min({ 2.0, 16000 / source.width(), 16000 / source.height(),
        std::sqrt(100e6 / (source.width() * source.height())) });
    QImage image(QSize(int(std::ceil(source.width() * scale)), int(std::ceil(source.height() * scale))),
        QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = tr("The diagram is too large to export as an image; export it as SVG instead.");
        return false;
    }
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Window));
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    QImageWriter writer(&png, "png");
    if (!writer.write(image)) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
        return false;
    }
    // A regular file is replaced once written whole; a named pipe or a device is written into.
    return OutputFile::saveForWindow(path, png.data(), error);
}

bool FkDiagram::exportSvg(const QString &path, QString *error) const
{
    ensureBuilt();
    return OutputFile::saveForWindow(path, toSvg(m_layout, styleFor(palette(), font())).toUtf8(), error);
}

bool FkDiagram::exportFile(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return exportPng(path, error);
    if (suffix == QLatin1String("svg"))
        return exportSvg(path, error);
    *error = tr("Cannot export to %1: choose a file name ending in .png or .svg.")
                 .arg(QDir::toNativeSeparators(path));
    return false;
}

void FkDiagram::exportWithDialog()
{
    const QString png = tr("PNG image (*.png)"), svg = tr("SVG drawing (*.svg)");
    QString filter = m_lastExport.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ? svg : png;
    const QString start = m_lastExport.isEmpty()
        ? QDir::home().filePath(tr("foreign-keys") + QLatin1String(".png"))
        : m_lastExport;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Diagram"), start, png + QLatin1String(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg ? QLatin1String(".svg") : QLatin1String(".png");
    QString error;
    if (!exportFile(path, &error)) {
        QMessageBox::warning(this, tr("Export Diagram"), error);
        return;
    }
    m_lastExport = path;
}

} // namespace LockLens
