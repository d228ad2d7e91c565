// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report: the HTML report's blocks laid out by QTextDocument on A4 pages, charts
// drawn as vectors by the same layout the SVG uses, a footer with the page number on each
// page, and no section heading left alone at the foot of a page.
#include "app/reports/reportdocument.h"
#include "app/reports/reportpdfcharts.h"
#include "app/reports/reportwriters.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace LockLens::Report {

namespace {

// Builds the document from the blocks and remembers each section heading, so that pages
// can be broken before a heading that would end a page.
class Builder
{
public:
    Builder(QTextDocument *doc, ChartObjects *charts)
        : m_charts(charts)
        , m_cursor(doc)
    {
    }

    void add(const Block &b);
    const std::vector<int> &headings() const { return m_headings; }

private:
    void heading(const QString &text, double points, double above, double below);
    void paragraph(const Block &b);
    void table(const Table &t, bool wrapLastRow);
    void list(const QStringList &items, const std::vector<QColor> &colours);
    void chart(const ChartSpec &spec);
    QTextBlockFormat blockFormat(double above, double below) const;
    QTextCharFormat charFormat(double points, const QColor &colour, bool bold = false) const;
    void nextBlock(const QTextBlockFormat &format);

    ChartObjects *m_charts;
    QTextCursor m_cursor;
    bool m_emptyBlock = true; // the document's first block, empty, is filled by the first block
    std::vector<int> m_headings; // block numbers
};

QTextBlockFormat Builder::blockFormat(double above, double below) const
{
    QTextBlockFormat f;
    f.setTopMargin(above);
    f.setBottomMargin(below);
    return f;
}

QTextCharFormat Builder::charFormat(double points, const QColor &colour, bool bold) const
{
    QTextCharFormat f;
    f.setFontPointSize(points);
    f.setForeground(colour);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return f;
}

void Builder::nextBlock(const QTextBlockFormat &format)
{
    // The block's own character format draws a list's bullet: body text, not the heading's.
    const QTextCharFormat body = charFormat(9.5, PdfInk::Ink);
    m_cursor.movePosition(QTextCursor::End);
    if (m_emptyBlock) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(body);
        m_emptyBlock = false;
    } else {
        m_cursor.insertBlock(format, body);
    }
}

void Builder::heading(const QString &text, double points, double above, double below)
{
    nextBlock(blockFormat(above, below));
    m_headings.push_back(m_cursor.block().blockNumber());
    m_cursor.insertText(text, charFormat(points, PdfInk::Ink, true));
}

void Builder::paragraph(const Block &b)
{
    nextBlock(blockFormat(2, 4));
    const QColor tone = b.tone == Block::Tone::Good ? PdfInk::Good
        : b.tone == Block::Tone::Bad                ? PdfInk::Bad
        : b.tone == Block::Tone::Muted              ? PdfInk::Muted
                                                    : PdfInk::Ink;
    if (b.lead.isEmpty()) {
        m_cursor.insertText(b.text, charFormat(9.5, tone));
        return;
    }
    m_cursor.insertText(b.lead, charFormat(9.5, tone, true));
    m_cursor.insertText(QStringLiteral(" ") + b.text, charFormat(9.5, PdfInk::Ink));
}

// The widths of a full-width table's columns where the layout left to itself would squeeze
// the words: empty to leave it all to the layout.
QList<QTextLength> columnWidths(const Table &t)
{
    const int columns = int(t.header.size());
    QList<QTextLength> widths(columns, QTextLength(QTextLength::VariableLength, 0));
    if (t.textColumns > 1 && t.textColumns < columns) {
        // Several columns of words (a cause and who held it) before the figures: the words
        // take 70 % of the width, shared by how long their cells are.
        std::vector<double> chars(std::size_t(t.textColumns), 1);
        for (const QStringList &row : t.rows)
            for (int c = 0; c < t.textColumns; ++c)
                chars[std::size_t(c)] = std::max(chars[std::size_t(c)], double(row.value(c).size()));
        const double all = std::accumulate(chars.begin(), chars.end(), 0.0);
        for (int c = 0; c < t.textColumns; ++c)
            widths[c] = QTextLength(QTextLength::PercentageLength, 70.0 * chars[std::size_t(c)] / all);
        return widths;
    }
    // When the labels hold the longest words, their column keeps room for them: left to
    // itself, a 13-column comparison split "Throughput" across two lines.
    std::vector<qsizetype> longest(std::size_t(columns), 0);
    const auto measure = [&](const QStringList &row) {
        for (int c = 0; c < columns && c < int(row.size()); ++c) {
            for (const QString &word : row.at(c).split(QLatin1Char(' ')))
                longest[std::size_t(c)] = std::max(longest[std::size_t(c)], word.size());
        }
    };
    measure(t.header);
    for (const QStringList &row : t.rows)
        measure(row);
    if (columns < 2 || longest[0] <= *std::max_element(longest.cbegin() + 1, longest.cend()))
        return {};
    widths[0] = QTextLength(QTextLength::PercentageLength, std::min(30.0, 2.0 + double(longest[0])));
    return widths;
}

void Builder::table(const Table &t, bool wrapLastRow)
{
    if (t.rows.isEmpty())
        return;
    nextBlock(blockFormat(0, 0));
    const int columns = int(t.header.size());
    const double points = columns <= 4 ? 8.5 : columns <= 8 ? 7.5 : 6.5;
    QTextTableFormat f;
    f.setBorder(0.5);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderBrush(PdfInk::Rule);
    f.setBorderCollapse(true);
    f.setCellPadding(2.5);
    f.setCellSpacing(0);
    f.setHeaderRowCount(1);
    f.setTopMargin(4);
    f.setBottomMargin(8);
    if (columns > 4 || wrapLastRow) { // narrow tables keep their own width
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        if (const QList<QTextLength> widths = columnWidths(t); !widths.isEmpty())
            f.setColumnWidthConstraints(widths);
    }
    QTextTable *table = m_cursor.insertTable(int(t.rows.size()) + 1, columns, f);
    // Shading first, then the text cell after cell with one cursor.
    for (int r = 0; r <= int(t.rows.size()); ++r) {
        for (int c = 0; c < (r == 0 ? columns : 1); ++c) {
            QTextTableCell cell = table->cellAt(r, c);
            QTextCharFormat fill = cell.format();
            fill.setBackground(PdfInk::HeaderFill);
            cell.setFormat(fill);
        }
    }
    QTextCursor cursor = table->cellAt(0, 0).firstCursorPosition();
    for (int r = 0; r <= int(t.rows.size()); ++r) {
        const QStringList &row = r == 0 ? t.header : t.rows.at(r - 1);
        const bool free = wrapLastRow && r == int(t.rows.size());
        for (int c = 0; c < columns; ++c) {
            const bool head = r == 0 || c == 0;
            QTextBlockFormat bf = cursor.blockFormat();
            bf.setAlignment(
                !head && c >= t.textColumns && t.numericColumns && !free ? Qt::AlignRight : Qt::AlignLeft);
            cursor.setBlockFormat(bf);
            cursor.insertText(row.value(c), charFormat(points, PdfInk::Ink, head));
            cursor.movePosition(QTextCursor::NextCell);
        }
    }
    // QTextDocument keeps an empty block after a table. Filled with the next heading, that
    // block would not move when its margin grows (keepLinesOffPageEnds), so it stays empty
    // and takes no height.
    m_cursor.movePosition(QTextCursor::End);
    QTextBlockFormat flat;
    flat.setLineHeight(0, QTextBlockFormat::FixedHeight);
    m_cursor.setBlockFormat(flat);
}

void Builder::list(const QStringList &items, const std::vector<QColor> &colours)
{
    QTextListFormat lf;
    lf.setStyle(QTextListFormat::ListDisc);
    lf.setIndent(1);
    QTextList *list = nullptr;
    for (qsizetype i = 0; i < items.size(); ++i) {
        nextBlock(blockFormat(1, 2));
        if (!list)
            list = m_cursor.createList(lf);
        else
            list->add(m_cursor.block());
        m_cursor.insertText(items.at(i), charFormat(9.5, colours.at(std::size_t(i))));
    }
}

void Builder::chart(const ChartSpec &spec)
{
    nextBlock(blockFormat(4, 6));
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), m_charts->objectFormat(spec));
}

void Builder::add(const Block &b)
{
    switch (b.kind) {
    case Block::Kind::Title:
        nextBlock(blockFormat(0, 6));
        m_cursor.insertText(b.text, charFormat(17, PdfInk::Ink, true));
        return;
    case Block::Kind::Section:
        heading(b.text, 12.5, 14, 4);
        return;
    case Block::Kind::Subsection:
        heading(b.text, 10.5, 8, 2);
        return;
    case Block::Kind::Paragraph:
        paragraph(b);
        return;
    case Block::Kind::Table:
        table(b.table, b.wrapLastRow);
        return;
    case Block::Kind::Findings: {
        QStringList texts;
        std::vector<QColor> colours;
        for (const Conclusion &c : b.findings) {
            texts << c.text;
            colours.push_back(c.warning ? PdfInk::Bad : PdfInk::Ink);
        }
        list(texts, colours);
        return;
    }
    case Block::Kind::Items:
        heading(b.text, 10.5, 8, 2);
        list(b.items, std::vector<QColor>(std::size_t(b.items.size()), PdfInk::Ink));
        return;
    case Block::Kind::Chart:
        chart(b.chart);
        return;
    }
}

// The height of a block's lines, without its margins or any page break inside it.
double linesHeight(const QTextBlock &block)
{
    double h = 0;
    const QTextLayout *layout = block.layout();
    for (int i = 0; layout && i < layout->lineCount(); ++i)
        h += layout->lineAt(i).height();
    return h;
}

// Format lengths (margins) are scaled to the paint device from the screen's resolution;
// measured rather than assumed, since that resolution differs between platforms.
double deviceUnitsPerMargin(QPaintDevice *device)
{
    QTextDocument probe;
    probe.documentLayout()->setPaintDevice(device);
    QTextFrameFormat root = probe.rootFrame()->frameFormat();
    root.setMargin(0);
    probe.rootFrame()->setFrameFormat(root);
    QTextCursor c(&probe);
    c.insertText(QStringLiteral("x"));
    QTextBlockFormat f;
    f.setTopMargin(100);
    c.insertBlock(f);
    c.insertText(QStringLiteral("x"));
    const QAbstractTextDocumentLayout *layout = probe.documentLayout();
    const double gap = layout->blockBoundingRect(probe.lastBlock()).top()
        - layout->blockBoundingRect(probe.firstBlock()).bottom();
    return gap > 0 ? gap / 100 : 1;
}

// Puts lines where a page ends onto the next page, after QTextDocument's own pagination:
// - a block of the page's flow (not a table cell) whose first line would be cut by the end
//   of a page starts the next page instead (Qt 6.4 lets the line after a table straddle
//   two pages when the table ends near the end of one);
// - a heading starts the next page when what follows it would not start on its page: below
//   a heading there must be room for the first block after it (a chart, a table's first
//   row, a paragraph) and at least `minimum`, up to half a page.
// A block is moved by growing its top margin to the end of the page: a forced page break
// there is taken from the same miscounted page end and would leave a blank page. Each move
// shifts what comes after, so blocks are checked in order, laid out again after each move.
void keepLinesOffPageEnds(QTextDocument *doc, const std::vector<int> &headings, double minimum)
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const double page = doc->pageSize().height();
    const double unit = deviceUnitsPerMargin(layout->paintDevice());
    for (QTextFrame::iterator it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue;
        const QRectF rect = layout->blockBoundingRect(block); // lays the block out if it was not yet
        if (!block.layout() || block.layout()->lineCount() == 0)
            continue;
        const QTextLine first = block.layout()->lineAt(0);
        const double top = rect.top() + first.y();
        double offset = top - std::floor(top / page) * page;
        if (offset > page - 0.5)
            offset -= page; // at the top of the next page, give or take rounding
        const double bottom = offset + first.height();
        const bool heading = std::binary_search(headings.cbegin(), headings.cend(), block.blockNumber());
        const double keep = heading ? std::min(std::max(linesHeight(block.next()), minimum), page / 2)
                + linesHeight(block) - first.height()
                                    : 0;
        // A line already at the top of a page stays (moving it would leave a blank page).
        if (offset > block.blockFormat().topMargin() * unit + 1
            && (bottom > page + 0.5 || bottom + keep > page)) {
            QTextCursor c(block);
            QTextBlockFormat f = block.blockFormat();
            f.setTopMargin(f.topMargin() + (page - offset) / unit);
            c.setBlockFormat(f);
            doc->pageCount(); // lays out what follows again before it is measured
        }
    }
}

// A4 at 600 dpi, with the report's margins, title and creator.
void setUpWriter(QPdfWriter &writer, const Model &m)
{
    writer.setResolution(600);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
    writer.setTitle(m.title());
    writer.setCreator(
        QStringLiteral("LockLens %1").arg(m.runs.empty() ? QString() : m.runs.front().lockLensVersion));
}

// The application's font at 9.5 points, without ligatures.
QFont reportFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(9.5);
    // Any letter spacing turns ligatures off, so that text copied from the PDF (or found by
    // a search) reads "Verification", not "Veri" + the one-character ligature U+FB01 + "cation".
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // 1/20 of a 600 dpi pixel (0 below 1/64)
    return font;
}

// The report's blocks in doc, laid out on pages of `body` for the writer, with lines kept
// off page ends and at least `keepBelowHeading` below a heading on its page.
void layOut(QTextDocument &doc, const Model &m, const QFont &font, QPdfWriter &writer, const QSizeF &body,
    double keepBelowHeading)
{
    doc.setDefaultFont(font);
    QTextFrameFormat root = doc.rootFrame()->frameFormat();
    root.setMargin(0);
    doc.rootFrame()->setFrameFormat(root);
    auto *charts = new ChartObjects(&doc);
    charts->setFont(font);

    // Built before it has a layout: once it has one, the document is laid out again after
    // every insertion (that took a report 2 to 3 s instead of 0.15 s).
    Builder builder(&doc, charts);
    for (const Block &b : outline(m))
        builder.add(b);
    doc.documentLayout()->registerHandler(ChartObjects::ObjectType, charts);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(body);
    keepLinesOffPageEnds(&doc, builder.headings(), keepBelowHeading);
}

// Page `page` of the laid-out document, in the body's rectangle.
void drawPageBody(QPainter &painter, QTextDocument &doc, int page, const QSizeF &body)
{
    const QRectF view(0, page * body.height(), body.width(), body.height());
    painter.save();
    painter.translate(0, -view.top());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    // Lines are drawn unless they lie wholly outside this clip, and a line that starts a
    // page touches the previous page's edge: drawn there too (clipped, so unseen) its
    // text would still be in the PDF, found by a search and copied out twice.
    context.clip = view.adjusted(0, 1, 0, -1);
    context.palette.setColor(QPalette::Text, PdfInk::Ink);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

// A rule along the top of `foot`, the title on the left (shortened to fit) and
// "page N of M" on the right.
void drawFooter(QPainter &painter, QPdfWriter &writer, const QRectF &foot, const QFont &small,
    const QString &title, int page, int pages)
{
    const double mm = writer.resolution() / 25.4;
    painter.setPen(QPen(PdfInk::Rule, 0.2 * mm));
    painter.drawLine(foot.topLeft(), foot.topRight());
    painter.setPen(PdfInk::Muted);
    painter.setFont(small);
    const QString number = Tr::tr("page %1 of %2").arg(page + 1).arg(pages);
    const QFontMetricsF metrics(small, &writer);
    const double room = foot.width() - metrics.horizontalAdvance(number) - 6 * mm;
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(title, Qt::ElideRight, room));
    painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, number);
}

} // namespace

bool toPdf(const Model &m, QByteArray *out, int *pageCount, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = Tr::tr("a PDF report needs fonts, and Qt's GUI module was not started in this process");
        return false;
    }
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpWriter(writer, m);
    const double mm = writer.resolution() / 25.4;
    const double footer = 8 * mm;
    const QSizeF body(writer.width(), writer.height() - footer);

    QTextDocument doc;
    const QFont font = reportFont();
    layOut(doc, m, font, writer, body, 20 * mm);

    const int pages = doc.pageCount();
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = Tr::tr("the PDF could not be started");
        return false;
    }
    QFont small = font;
    small.setPointSizeF(7.5);
    const QRectF foot(0, body.height() + 3 * mm, body.width(), footer - 3 * mm);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        drawPageBody(painter, doc, page, body);
        drawFooter(painter, writer, foot, small, m.title(), page, pages);
    }
    if (!painter.end()) {
        *error = Tr::tr("the PDF could not be finished");
        return false;
    }
    if (pageCount)
        *pageCount = pages;
    return true;
}

} // namespace LockLens::Report
