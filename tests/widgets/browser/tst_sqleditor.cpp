// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL console's editor: how SQL text splits into what it colours (keywords from the
// linked SQLite, strings, blobs, numbers, comments and quoted names that go on across
// lines), the colours on screen, and completion of the catalog's names and keywords.
#include "app/core/catalogreader.h"
#include "app/core/sqlsession.h"
#include "app/core/sqltext.h"
#include "tests/fixtures/chinookfixture.h"
#include "tests/fixtures/shotfixture.h"
#include "widgets/browser/sqlcompleter.h"
#include "widgets/browser/sqlconsole.h"
#include "widgets/browser/sqlhighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace LockLens;
using Kind = SqlText::Kind;

namespace {

using Fixture::strings;

// "kind:text" for each token of `line`, starting in `state`.
QStringList tokens(const QString &line, SqlText::State state = SqlText::Normal, SqlText::State *end = nullptr)
{
    static const char *names[] = { "kw", "name", "qname", "str", "blob", "num", "comment", "param", "other" };
    std::vector<SqlText::Token> out;
    const SqlText::State e = SqlText::tokenize(line, state, &out);
    if (end)
        *end = e;
    QStringList list;
    for (const SqlText::Token &t : out)
        list << QString::fromLatin1(names[int(t.kind)]) + QLatin1Char(':') + line.mid(t.start, t.length);
    return list;
}

// The colour the editor gives the character at `pos` of line `block`.
QColor colourAt(QPlainTextEdit *editor, int block, int pos)
{
    const QTextBlock b = editor->document()->findBlockByNumber(block);
    for (const QTextLayout::FormatRange &r : b.layout()->formats())
        if (pos >= r.start && pos < r.start + r.length)
            return r.format.foreground().color();
    return QColor();
}

} // namespace

class TestSqlEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tokenize_data();
    void tokenize();
    void piecesGoOnAcrossLines();
    void keywordsComeFromSqlite();
    void completionsAndQuoting();
    void highlightsWhatItKnows();
    void completesNamesWhileTyping();
    void completesColumnsAfterATableAndNotInStrings();

private:
    Catalog::Schema m_schema;
    QTemporaryDir m_dir;
};

void TestSqlEditor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("chinook.db"));
    QCOMPARE(Fixture::makeChinook(path), QString());
    QCOMPARE(Fixture::exec(path, QStringLiteral("CREATE TABLE \"Play list\"(\"order\" INT, x)")), QString());
    SqlFailure f;
    QVERIFY(Fixture::readFile(path, &m_schema, &f));
}

void TestSqlEditor::tokenize_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("select") << "SELECT Name FROM Track;"
                            << strings({ "kw:SELECT", "name:Name", "kw:FROM", "name:Track" });
    QTest::newRow("lower case keywords")
        << "select x from t" << strings({ "kw:select", "name:x", "kw:from", "name:t" });
    QTest::newRow("string with a doubled quote") << "'it''s', 2" << strings({ "str:'it''s'", "num:2" });
    QTest::newRow("quoted names") << "\"a \"\"b\"\"\" [c d] `e`"
                                  << strings({ "qname:\"a \"\"b\"\"\"", "qname:[c d]", "qname:`e`" });
    QTest::newRow("blob") << "X'0A1b' x" << strings({ "blob:X'0A1b'", "name:x" });
    QTest::newRow("numbers") << "1 2.5 .5 3e10 1E-3 0x1F"
                             << strings({ "num:1", "num:2.5", "num:.5", "num:3e10", "num:1E-3", "num:0x1F" });
    QTest::newRow("comments") << "a -- b 'c'" << strings({ "name:a", "comment:-- b 'c'" });
    QTest::newRow("block comment") << "a /* b */ c" << strings({ "name:a", "comment:/* b */", "name:c" });
    QTest::newRow("parameters") << "?1 :p @q $r ?"
                                << strings({ "param:?1", "param::p", "param:@q", "param:$r", "param:?" });
    QTest::newRow("unicode name") << "SELECT Título" << strings({ "kw:SELECT", "name:Título" });
    QTest::newRow("keyword as a quoted name") << "\"select\"" << strings({ "qname:\"select\"" });
}

void TestSqlEditor::tokenize()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    SqlText::State end;
    QCOMPARE(tokens(line, SqlText::Normal, &end), expected);
    QCOMPARE(end, SqlText::Normal);
}

void TestSqlEditor::piecesGoOnAcrossLines()
{
    SqlText::State end;
    QCOMPARE(
        tokens(QStringLiteral("SELECT 'one"), SqlText::Normal, &end), (strings({ "kw:SELECT", "str:'one" })));
    QCOMPARE(end, SqlText::InString);
    QCOMPARE(tokens(QStringLiteral("two' AS x"), end, &end), (strings({ "str:two'", "kw:AS", "name:x" })));
    QCOMPARE(end, SqlText::Normal);
    QCOMPARE(tokens(QStringLiteral("a /* long"), SqlText::Normal, &end),
        (strings({ "name:a", "comment:/* long" })));
    QCOMPARE(end, SqlText::InComment);
    QCOMPARE(tokens(QStringLiteral("still"), end, &end), (strings({ "comment:still" })));
    QCOMPARE(end, SqlText::InComment);
    QCOMPARE(tokens(QStringLiteral("end */ b"), end, &end), (strings({ "comment:end */", "name:b" })));
    QCOMPARE(end, SqlText::Normal);
    QCOMPARE(tokens(QStringLiteral("[a"), SqlText::Normal, &end), (strings({ "qname:[a" })));
    QCOMPARE(end, SqlText::InBracketed);
}

void TestSqlEditor::keywordsComeFromSqlite()
{
    const QStringList &all = SqlText::keywords();
    QCOMPARE(all.size(), sqlite3_keyword_count());
    for (const char *k : { "SELECT", "WITHOUT", "RETURNING", "MATERIALIZED" })
        QVERIFY2(all.contains(QLatin1String(k)), k);
    QVERIFY(SqlText::isKeyword(QStringLiteral("pragma")));
    QVERIFY(!SqlText::isKeyword(QStringLiteral("Track")));
}

void TestSqlEditor::completionsAndQuoting()
{
    QCOMPARE(SqlText::typedName(QStringLiteral("Track")), QStringLiteral("Track"));
    QCOMPARE(SqlText::typedName(QStringLiteral("Play list")), QStringLiteral("\"Play list\""));
    QCOMPARE(SqlText::typedName(QStringLiteral("order")), QStringLiteral("\"order\""));
    QCOMPARE(SqlText::typedName(QStringLiteral("2x")), QStringLiteral("\"2x\""));
    QStringList shown, typed;
    for (const SqlText::Completion &c : SqlText::completions(m_schema)) {
        shown << c.shown;
        typed << c.typed;
    }
    for (const char *w :
        { "Track", "TrackId", "AlbumTitles", "\"Play list\"", "\"order\"", "SELECT", "ORDER" })
        QVERIFY2(typed.contains(QString::fromUtf8(w)), w);
    QCOMPARE(typed.at(shown.indexOf(QStringLiteral("Play list"))), QStringLiteral("\"Play list\""));
    QCOMPARE(shown.count(QStringLiteral("Name")), 1); // Artist, Genre and Track share it: offered once
    QStringList sorted = shown;
    std::sort(sorted.begin(), sorted.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(shown, sorted);
    QCOMPARE(SqlText::completions(m_schema, QStringLiteral("genre")),
        (QList<SqlText::Completion> { { QStringLiteral("GenreId"), QStringLiteral("GenreId") },
            { QStringLiteral("Name"), QStringLiteral("Name") } }));
}

void TestSqlEditor::highlightsWhatItKnows()
{
    QPlainTextEdit editor;
    SqlHighlighter highlighter(editor.document());
    highlighter.setNames({ QStringLiteral("Track"), QStringLiteral("Name") });
    editor.setPlainText(QStringLiteral("SELECT Name, other, 'a\nb', 42 -- note\nFROM \"Track\" /* x"));
    const QColor keyword = colourAt(&editor, 0, 0), name = colourAt(&editor, 0, 7);
    QVERIFY(keyword.isValid() && name.isValid() && keyword != name);
    QVERIFY(!colourAt(&editor, 0, 13).isValid()); // "other": no name the catalog knows
    const QColor string = colourAt(&editor, 0, 20);
    QVERIFY(string.isValid() && string != keyword);
    QCOMPARE(colourAt(&editor, 1, 0), string); // the string goes on into line 2
    const QColor number = colourAt(&editor, 1, 4), comment = colourAt(&editor, 1, 8);
    QVERIFY(number.isValid() && comment.isValid() && number != comment);
    QCOMPARE(colourAt(&editor, 2, 0), keyword); // FROM
    QCOMPARE(colourAt(&editor, 2, 6), name); // "Track", quoted
    QCOMPARE(colourAt(&editor, 2, 14), comment);
}

void TestSqlEditor::completesNamesWhileTyping()
{
    QPlainTextEdit editor;
    editor.resize(600, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    SqlCompleter completer(&editor);
    completer.setSchema(m_schema);
    QTest::keyClicks(&editor, QStringLiteral("sel"));
    QAbstractItemView *popup = completer.completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->currentIndex().data().toString(), QStringLiteral("SELECT"));
    QTest::keyClick(&editor, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QCOMPARE(editor.toPlainText(), QStringLiteral("SELECT"));
    QTest::keyClicks(&editor, QStringLiteral(" * FROM Tra"));
    QTRY_VERIFY(popup->isVisible());
    QStringList offered;
    for (int i = 0; i < completer.completer()->completionCount(); ++i) {
        completer.completer()->setCurrentRow(i);
        offered << completer.completer()->currentCompletion();
    }
    QCOMPARE(offered, (strings({ "Track", "TrackId", "TRANSACTION" })));
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(editor.toPlainText(), QStringLiteral("SELECT * FROM Track"));
    // A name that needs quotes comes quoted; Esc closes the list and inserts nothing.
    QTest::keyClicks(&editor, QStringLiteral(", Pla"));
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(completer.completer()->completionCount(), 2); // PLAN, Play list
    QTest::keyClick(&editor, Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QCOMPARE(editor.toPlainText(), QStringLiteral("SELECT * FROM Track, Pla"));
    QTest::keyClick(&editor, Qt::Key_Y);
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->currentIndex().data().toString(), QStringLiteral("Play list"));
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), QStringLiteral("SELECT * FROM Track, \"Play list\""));
    // Ctrl+Space lists at once, even after one letter.
    QTest::keyClicks(&editor, QStringLiteral(" W"));
    QVERIFY(!popup->isVisible());
    QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(completer.completer()->completionCount() > 3); // WHERE, WINDOW, WITH...
}

void TestSqlEditor::completesColumnsAfterATableAndNotInStrings()
{
    // The SQL console as a whole: its editor colours and completes from the catalog.
    SqlSession session;
    SqlConsole console(&session);
    console.resize(900, 500);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    console.setSchema(m_schema);
    QPlainTextEdit *editor = console.editor();
    editor->setPlainText(QStringLiteral("-- the genres\n"));
    editor->moveCursor(QTextCursor::End);
    QAbstractItemView *popup = console.completer()->completer()->popup();
    QTest::keyClicks(editor, QStringLiteral("SELECT Genre."));
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(console.completer()->completer()->completionCount(), 2); // GenreId, Name
    Fixture::shot(&console, QStringLiteral("console-completion"), { popup });
    QTest::keyClicks(editor, QStringLiteral("Na"));
    QTRY_COMPARE(console.completer()->completer()->completionCount(), 1);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(editor->toPlainText(), QStringLiteral("-- the genres\nSELECT Genre.Name"));
    QTest::keyClicks(editor, QStringLiteral(", 'Trac"));
    QVERIFY(!popup->isVisible()); // inside a string
    QTest::keyClicks(editor, QStringLiteral("' -- Trac"));
    QVERIFY(!popup->isVisible()); // inside a comment
}

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
