// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/catalogreader.h"
#include "app/core/demodatabase.h"
#include "app/core/diagramlayout.h"
#include "tests/fixtures/filefixture.h"
#include "widgets/browser/fkdiagram.h"

#include <QGraphicsItem>
#include <QGraphicsView>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace LockLens;
using Catalog::Schema;

class TestFkDiagram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyTableAndViewHasABox();
    void boxesEdgesAndLabelsDoNotOverlap_data();
    void boxesEdgesAndLabelsDoNotOverlap();
    void onlyTheBrokenKeyIsAProblem();
    void missingParentGetsAPlaceholder();
    void longTablesAreCut();
    void hostileNamesSurviveIntoSvg();
    void layoutIsDeterministic();
    void exportsPng();
    void exportToMissingDirectoryFails();
    void doubleClickActivatesTable();
    void edgeToolTipExplainsTheReference();
    void zoomsAndFits();

private:
    Schema schemaOf(const QString &name, const QStringList &statements);

    QTemporaryDir m_dir;
    Schema m_demo, m_hostile, m_large;
};

Schema TestFkDiagram::schemaOf(const QString &name, const QStringList &statements)
{
    const auto where = DatabaseLocation::file(m_dir.filePath(name));
    SqlFailure f;
    {
        auto db = DbConnection::open(where, DbConnection::Access::ReadWrite, name, &f, true);
        if (!db)
            qFatal("%s", qPrintable(f.text()));
        for (const QString &s : statements)
            if (!db->exec(s, &f))
                qFatal("%s: %s", qPrintable(s), qPrintable(f.text()));
    }
    Schema schema;
    if (!Catalog::readSchema(where, {}, &schema, &f))
        qFatal("%s", qPrintable(f.text()));
    return schema;
}

void TestFkDiagram::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto demo = DatabaseLocation::file(m_dir.filePath(QStringLiteral("shop.db")));
    SqlFailure f;
    QVERIFY2(createDemoDatabase(demo, &f), qPrintable(f.text()));
    QVERIFY2(Catalog::readSchema(demo, {}, &m_demo, &f), qPrintable(f.text()));

    m_hostile = schemaOf(QStringLiteral("hostile.db"),
        { QStringLiteral("CREATE TABLE \"\" (x INTEGER PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE \"a\"\"b\" (id INTEGER PRIMARY KEY, p REFERENCES \"\"(x))"),
            QStringLiteral("CREATE TABLE \"<x&y>\" (id INTEGER PRIMARY KEY, k REFERENCES \"a\"\"b\"(id))"),
            QStringLiteral("CREATE TABLE \"Ünïcødé ✓ 表 🦀\" (z REFERENCES \"<x&y>\"(id), "
                           "w REFERENCES \"<gone & 'away'>\"(id))"),
            // %1..%9 in names: no template may take them for its own places.
            QStringLiteral("CREATE TABLE \"p%1\" (\"k%4\" INTEGER PRIMARY KEY)"),
            QStringLiteral(
                "CREATE TABLE \"c%2\" (\"r%1\" INTEGER PRIMARY KEY, \"k%4\" REFERENCES \"p%1\"(\"k%4\"))") });

    // Sixty tables: chains, a fan-in, a cycle, a self-reference, a composite key, a wide
    // table and some tables no key touches.
    QStringList sql;
    quint32 x = 12345;
    const auto next = [&x](quint32 n) {
        x = x * 1103515245u + 12345u;
        return (x >> 16) % n;
    };
    for (int i = 0; i < 60; ++i) {
        QString t = QStringLiteral("CREATE TABLE t%1 (id INTEGER PRIMARY KEY, name TEXT")
                        .arg(i, 2, 10, QLatin1Char('0'));
        if (i > 0 && i % 7 != 3)
            for (quint32 k = 0, n = 1 + next(3); k < n; ++k)
                t += QStringLiteral(", ref%1 INTEGER REFERENCES t%2(id)")
                         .arg(k)
                         .arg(next(quint32(i)), 2, 10, QLatin1Char('0'));
        if (i == 5)
            t += QStringLiteral(", parent_id INTEGER REFERENCES t05(id), back INTEGER REFERENCES t40(id)");
        if (i == 40)
            t += QStringLiteral(", cycle INTEGER REFERENCES t05(id)");
        if (i == 20)
            for (int c = 0; c < 18; ++c)
                t += QStringLiteral(", extra_%1 TEXT").arg(c);
        sql << t + QLatin1Char(')');
    }
    sql << QStringLiteral("CREATE TABLE pair (a INTEGER, b INTEGER, PRIMARY KEY (a, b))")
        << QStringLiteral(
               "CREATE TABLE pair_use (x INTEGER, y INTEGER, FOREIGN KEY (x, y) REFERENCES pair(a, b))");
    m_large = schemaOf(QStringLiteral("large.db"), sql);

    // LOCKLENS_DIAGRAM_DIR=/some/dir writes the diagrams as PNG and SVG, to look at them.
    const QString out = qEnvironmentVariable("LOCKLENS_DIAGRAM_DIR");
    if (!out.isEmpty()) {
        FkDiagram w;
        const std::pair<const char *, const Schema *> all[]
            = { { "demo", &m_demo }, { "hostile", &m_hostile }, { "large", &m_large } };
        for (const auto &[name, schema] : all) {
            w.setSchema(*schema);
            QString error;
            QVERIFY2(w.exportPng(QDir(out).filePath(QLatin1String(name) + QLatin1String(".png")), &error),
                qPrintable(error));
            QVERIFY2(w.exportSvg(QDir(out).filePath(QLatin1String(name) + QLatin1String(".svg")), &error),
                qPrintable(error));
        }
        QPalette dark;
        for (const auto &[role, colour] :
            { std::pair(QPalette::Window, 0x2b2b2b), std::pair(QPalette::Base, 0x1e1e1e),
                std::pair(QPalette::Text, 0xe0e0e0), std::pair(QPalette::Highlight, 0x3d6fb4) })
            dark.setColor(role, QColor::fromRgb(QRgb(colour)));
        w.setPalette(dark);
        w.setSchema(m_demo);
        QString error;
        QVERIFY2(w.exportPng(QDir(out).filePath(QStringLiteral("demo-dark.png")), &error), qPrintable(error));
    }
}

void TestFkDiagram::everyTableAndViewHasABox()
{
    const DiagramLayout d = layoutDiagram(m_demo, DiagramMetrics::fixedPitch());
    QCOMPARE(d.boxes.size(), m_demo.tables.size()); // no placeholders: every parent exists
    for (const Catalog::Table &t : m_demo.tables) {
        const int i = d.boxIndex(t.name);
        QVERIFY2(i >= 0, qPrintable(t.name));
        QCOMPARE(d.boxes[i].kind, t.view ? DiagramBox::Kind::View : DiagramBox::Kind::Table);
        QVERIFY(d.bounds.contains(d.boxes[i].rect));
    }
    QVERIFY(d.boxIndex(QStringLiteral("order_totals")) >= 0);
    // Columns with their key markers: order_items' primary key includes its foreign key.
    const DiagramBox &items = d.boxes[size_t(d.boxIndex(QStringLiteral("order_items")))];
    QCOMPARE(items.rows.size(), size_t(4));
    QCOMPARE(items.rows[0].name, QStringLiteral("order_id"));
    QVERIFY(items.rows[0].primaryKey && items.rows[0].foreignKey);
    QVERIFY(!items.rows[3].primaryKey && !items.rows[3].foreignKey); // quantity
    // Parents left of their children.
    for (const DiagramEdge &e : d.edges)
        QVERIFY(d.boxes[e.parent].rect.right() < d.boxes[e.child].rect.left());
}

void TestFkDiagram::boxesEdgesAndLabelsDoNotOverlap_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("demo") << QStringLiteral("demo");
    QTest::newRow("hostile") << QStringLiteral("hostile");
    QTest::newRow("sixty tables") << QStringLiteral("large");
}

void TestFkDiagram::boxesEdgesAndLabelsDoNotOverlap()
{
    QFETCH(QString, which);
    const Schema &s = which == QLatin1String("demo") ? m_demo
        : which == QLatin1String("hostile")          ? m_hostile
                                                     : m_large;
    const DiagramLayout d = layoutDiagram(s, DiagramMetrics::fixedPitch());
    QVERIFY(d.boxes.size() >= s.tables.size());
    for (size_t i = 0; i < d.boxes.size(); ++i) {
        QVERIFY(d.boxes[i].rect.width() > 0 && d.boxes[i].rect.height() > 0);
        for (size_t j = i + 1; j < d.boxes.size(); ++j)
            QVERIFY2(!d.boxes[i].rect.intersects(d.boxes[j].rect),
                qPrintable(d.boxes[i].name + QLatin1String(" / ") + d.boxes[j].name));
    }
    // An edge touches only the two boxes it joins; a label no box.
    for (const DiagramEdge &e : d.edges) {
        QVERIFY(e.points.size() >= 2);
        for (size_t b = 0; b < d.boxes.size(); ++b) {
            if (!e.label.isEmpty())
                QVERIFY2(!e.labelRect.intersects(d.boxes[b].rect), qPrintable(e.label));
            if (int(b) == e.child || int(b) == e.parent)
                continue;
            const QRectF inner = d.boxes[b].rect.adjusted(1, 1, -1, -1);
            for (const DiagramCurve &c : edgeCurves(e))
                for (int k = 0; k <= 20; ++k) {
                    const qreal t = k / 20.0, u = 1 - t;
                    const QPointF p
                        = u * u * u * c.from + 3 * u * u * t * c.c1 + 3 * u * t * t * c.c2 + t * t * t * c.to;
                    QVERIFY2(!inner.contains(p),
                        qPrintable(QStringLiteral("%1 -> %2 crosses %3")
                                       .arg(d.boxes[e.child].name, d.boxes[e.parent].name, d.boxes[b].name)));
                }
        }
    }
}

void TestFkDiagram::onlyTheBrokenKeyIsAProblem()
{
    const DiagramLayout d = layoutDiagram(m_demo, DiagramMetrics::fixedPitch());
    QCOMPARE(d.edges.size(), size_t(6));
    int problems = 0;
    for (const DiagramEdge &e : d.edges) {
        const bool carriers = d.boxes[e.child].name == QLatin1String("shipments")
            && d.boxes[e.parent].name == QLatin1String("carriers");
        QCOMPARE(e.problem, carriers);
        QCOMPARE(e.problemText.isEmpty(), !carriers);
        problems += e.problem;
    }
    QCOMPARE(problems, 1);
    for (const DiagramBox &b : d.boxes)
        QVERIFY2(!b.problem, qPrintable(b.name));
}

void TestFkDiagram::missingParentGetsAPlaceholder()
{
    const Schema s = schemaOf(QStringLiteral("ghost.db"),
        { QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, g INTEGER REFERENCES Ghost(id), "
                         "h INTEGER REFERENCES ghost(code))") });
    const DiagramLayout d = layoutDiagram(s, DiagramMetrics::fixedPitch());
    QCOMPARE(d.boxes.size(), size_t(2)); // one placeholder for both spellings
    const int ghost = d.boxes[1].kind == DiagramBox::Kind::Missing ? 1 : 0;
    QCOMPARE(d.boxes[ghost].name.toLower(), QStringLiteral("ghost"));
    const DiagramBox &b = d.boxes[ghost];
    QCOMPARE(b.kind, DiagramBox::Kind::Missing);
    QVERIFY(b.problem);
    QCOMPARE(b.problemText, s.tables[0].foreignKeys[0].problemText);
    QCOMPARE(b.rows.size(), size_t(2)); // the columns the keys name: id, code
    QCOMPARE(d.edges.size(), size_t(2));
    for (const DiagramEdge &e : d.edges) {
        QCOMPARE(e.parent, ghost);
        QVERIFY(e.problem);
        QVERIFY(e.problemText.contains(QLatin1String("does not exist")));
    }
    QVERIFY(toSvg(d).contains(QLatin1String("stroke-dasharray")));
}

void TestFkDiagram::longTablesAreCut()
{
    const DiagramLayout d = layoutDiagram(m_large, DiagramMetrics::fixedPitch());
    const DiagramBox &wide = d.boxes[size_t(d.boxIndex(QStringLiteral("t20")))];
    QCOMPARE(wide.rows.size(), size_t(12));
    QVERIFY(wide.rows.back().more);
    QVERIFY(wide.rows.back().name.contains(QLatin1String("more")));
    // The key columns stay visible, so that edges reach their rows.
    int refs = 0;
    for (const DiagramRow &r : wide.rows)
        refs += r.foreignKey;
    QCOMPARE(refs, int(m_large.table(QStringLiteral("t20"))->foreignKeys.size()));
    QVERIFY(wide.rows[0].primaryKey);
}

void TestFkDiagram::hostileNamesSurviveIntoSvg()
{
    const DiagramLayout d = layoutDiagram(m_hostile, DiagramMetrics::fixedPitch());
    const QString svg = toSvg(d);
    QXmlStreamReader xml(svg);
    QStringList texts, titles;
    bool svgRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg"))
            svgRoot = xml.namespaceUri() == QLatin1String("http://www.w3.org/2000/svg")
                && xml.attributes().value(QLatin1String("version")) == QLatin1String("1.1");
        else if (xml.name() == QLatin1String("text"))
            texts << xml.readElementText();
        else if (xml.name() == QLatin1String("title"))
            titles << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svgRoot);
    for (const QString &name :
        { QStringLiteral("a\"b"), QStringLiteral("<x&y>"), QStringLiteral("Ünïcødé ✓ 表 🦀"),
            QStringLiteral("<gone & 'away'>"), QStringLiteral("\"\""), QStringLiteral("p%1"),
            QStringLiteral("c%2"), QStringLiteral("k%4"), QStringLiteral("r%1") })
        QVERIFY2(texts.contains(name), qPrintable(name));
    QVERIFY(d.boxIndex(QString()) >= 0); // the table named ""
    // One broken key, the missing parent: its reason, Catalog's sentence, as its <title>.
    const auto &keys = m_hostile.table(QStringLiteral("Ünïcødé ✓ 表 🦀"))->foreignKeys;
    const Catalog::ForeignKey &broken = *std::find_if(keys.begin(), keys.end(),
        [](const Catalog::ForeignKey &fk) { return fk.problem != Catalog::FkProblem::None; });
    QCOMPARE(broken.parent, QStringLiteral("<gone & 'away'>"));
    QCOMPARE(titles, QStringList { broken.problemText });
}

void TestFkDiagram::layoutIsDeterministic()
{
    const Schema *schemas[] = { &m_demo, &m_large };
    for (const Schema *s : schemas) {
        const DiagramLayout a = layoutDiagram(*s, DiagramMetrics::fixedPitch());
        const DiagramLayout b = layoutDiagram(*s, DiagramMetrics::fixedPitch());
        QCOMPARE(a.boxes.size(), b.boxes.size());
        for (size_t i = 0; i < a.boxes.size(); ++i)
            QCOMPARE(a.boxes[i].rect, b.boxes[i].rect);
        for (size_t i = 0; i < a.edges.size(); ++i)
            QCOMPARE(a.edges[i].points, b.edges[i].points);
        QCOMPARE(toSvg(a), toSvg(b));
    }
}

void TestFkDiagram::exportsPng()
{
    FkDiagram w;
    w.setSchema(m_demo);
    const QString path = m_dir.filePath(QStringLiteral("diagram.png"));
    QString error;
    QVERIFY2(w.exportPng(path, &error), qPrintable(error));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), int(std::ceil(w.diagram().bounds.width() * 2)));
    QCOMPARE(image.height(), int(std::ceil(w.diagram().bounds.height() * 2)));
    // Not a blank image: the boxes' borders and texts differ from the background.
    QCOMPARE(image.pixel(0, 0), w.palette().color(QPalette::Window).rgb());
    const DiagramBox &orders = w.diagram().boxes[size_t(w.diagram().boxIndex(QStringLiteral("orders")))];
    QVERIFY(image.pixel((orders.rect.topLeft() * 2).toPoint() + QPoint(20, 1)) != image.pixel(0, 0));

    const QString svgPath = m_dir.filePath(QStringLiteral("diagram.svg"));
    QVERIFY2(w.exportFile(svgPath, &error), qPrintable(error));
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().startsWith("<?xml"));
}

void TestFkDiagram::exportToMissingDirectoryFails()
{
    FkDiagram w;
    w.setSchema(m_demo);
    const QString dir = m_dir.filePath(QStringLiteral("no/such/dir"));
    QString error;
    QVERIFY(!w.exportPng(dir + QLatin1String("/d.png"), &error));
    QVERIFY2(error.contains(QLatin1String("no/such/dir: the folder does not exist")), qPrintable(error));
    error.clear();
    QVERIFY(!w.exportSvg(dir + QLatin1String("/d.svg"), &error));
    QVERIFY2(error.startsWith(QLatin1String("Cannot write into")), qPrintable(error));
    error.clear();
    QVERIFY(!w.exportFile(m_dir.filePath(QStringLiteral("d.txt")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("d.txt"))));
#ifdef Q_OS_UNIX
    // Into a named pipe: written into it, and it stays a pipe.
    const QByteArray svg = Fixture::savedIntoFifo(
        m_dir.filePath(QStringLiteral("d.svg")),
        [&](const QString &path, QString *why) { return w.exportSvg(path, why); }, &error);
    QVERIFY2(svg.startsWith("<?xml"), qPrintable(error));
#endif
}

void TestFkDiagram::doubleClickActivatesTable()
{
    FkDiagram w;
    w.resize(900, 700);
    w.setSchema(m_large);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy activated(&w, &FkDiagram::tableActivated);
    const DiagramBox &box = w.diagram().boxes[size_t(w.diagram().boxIndex(QStringLiteral("t42")))];
    w.view()->centerOn(box.rect.center());
    QTest::mouseDClick(w.view()->viewport(), Qt::LeftButton, {}, w.view()->mapFromScene(box.rect.center()));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("t42"));
    // Empty space does nothing.
    w.view()->centerOn(w.diagram().bounds.bottomRight());
    QTest::mouseDClick(w.view()->viewport(), Qt::LeftButton, {},
        w.view()->mapFromScene(w.diagram().bounds.bottomRight() - QPointF(2, 2)));
    QCOMPARE(activated.count(), 1);
}

void TestFkDiagram::edgeToolTipExplainsTheReference()
{
    FkDiagram w;
    w.setSchema(m_demo);
    const auto &keys = m_demo.table(QStringLiteral("shipments"))->foreignKeys;
    const Catalog::ForeignKey &broken = *std::find_if(keys.begin(), keys.end(),
        [](const Catalog::ForeignKey &fk) { return fk.parent == QLatin1String("carriers"); });
    QVERIFY(!broken.problemText.isEmpty());
    QStringList tips;
    for (QGraphicsItem *item : w.view()->scene()->items())
        tips << item->toolTip();
    const auto withText = [&](const QString &a, const QString &b) {
        return std::count_if(
            tips.begin(), tips.end(), [&](const QString &t) { return t.contains(a) && t.contains(b); });
    };
    QCOMPARE(withText(QStringLiteral("shipments(carrier_code) references carriers(code)"),
                 broken.problemText.toHtmlEscaped()),
        1);
    QCOMPARE(withText(QStringLiteral("orders(customer_id) references customers(id)"),
                 QStringLiteral("ON UPDATE CASCADE, ON DELETE CASCADE")),
        1);
}

void TestFkDiagram::zoomsAndFits()
{
    FkDiagram w;
    w.resize(800, 600);
    w.setSchema(m_large);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.zoom() < 1.0); // sixty tables do not fit at 100%
    const QRect visible = w.view()->mapFromScene(w.diagram().bounds).boundingRect();
    QVERIFY(w.view()->viewport()->rect().adjusted(-2, -2, 2, 2).contains(visible));
    const qreal fit = w.zoom();
    QTest::keyClick(w.view()->viewport(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(w.zoom() > fit);
    w.zoomOut();
    w.zoomOut();
    QVERIFY(w.zoom() < fit);
    QTest::keyClick(w.view()->viewport(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(w.zoom(), fit);
}

QTEST_MAIN(TestFkDiagram)
#include "tst_fkdiagram.moc"
