// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/catalog.h"
#include "app/core/diagramlayout.h"

#include <QWidget>

class QGraphicsScene;
class QGraphicsView;
class QLabel;

namespace LockLens {

// The foreign keys as a diagram: a box per table and view, an arrow from each table to the
// tables it references, broken keys and missing tables in the warning colour with the
// reason in their tooltip. Drag to pan; Ctrl+wheel, Ctrl++ and Ctrl+- zoom, Ctrl+0 fits
// the whole diagram; double-click a table to show its rows. Exports PNG and SVG.
class FkDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit FkDiagram(QWidget *parent = nullptr);
    ~FkDiagram() override;

    void setSchema(const Catalog::Schema &schema);
    const DiagramLayout &diagram() const; // laid out on first use
    QGraphicsView *view() const // its scene laid out
    {
        ensureBuilt();
        return m_view;
    }
    qreal zoom() const;

    void zoomIn();
    void zoomOut();
    void zoomToFit(); // the whole diagram, never above 100%

    // PNG at twice the diagram's size (less for a huge one); SVG by toSvg. On failure *error
    // says which file and why.
    bool exportPng(const QString &path, QString *error) const;
    bool exportSvg(const QString &path, QString *error) const;
    bool exportFile(const QString &path, QString *error) const; // PNG or SVG by the extension
    void exportWithDialog();

Q_SIGNALS:
    void tableActivated(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void ensureBuilt() const;
    void scaleBy(qreal factor, bool underMouse);
    void updateZoomLabel();

    Catalog::Schema m_schema;
    DiagramLayout m_layout;
    QGraphicsScene *m_scene = nullptr;
    QGraphicsView *m_view = nullptr;
    QLabel *m_zoomLabel = nullptr;
    bool m_fitPending = false;
    bool m_stale = true; // m_layout and the scene are older than m_schema, font or palette
    QString m_lastExport;
};

} // namespace LockLens
