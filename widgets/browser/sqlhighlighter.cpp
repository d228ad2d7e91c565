// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/browser/sqlhighlighter.h"

#include "app/core/sqltext.h"

namespace LockLens {

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_keyword.setForeground(QColor(0x1f, 0x4e, 0xb4));
    m_keyword.setFontWeight(QFont::Bold);
    m_string.setForeground(QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(QColor(0x09, 0x86, 0x58));
    m_comment.setForeground(QColor(0x6a, 0x73, 0x7d));
    m_comment.setFontItalic(true);
    m_name.setForeground(QColor(0x79, 0x3e, 0x9c));
    m_parameter.setForeground(QColor(0xb3, 0x5c, 0x00));
}

void SqlHighlighter::setNames(const QStringList &names)
{
    m_names.clear();
    for (const QString &n : names)
        m_names.insert(n.toLower());
    rehighlight();
}

bool SqlHighlighter::known(const QString &token) const
{
    QString name = token;
    if (name.size() >= 2
        && (name.front() == QLatin1Char('"') || name.front() == QLatin1Char('[')
            || name.front() == QLatin1Char('`'))) {
        const QChar quote = name.front() == QLatin1Char('[') ? QChar() : name.front();
        name = name.mid(1, name.size() - 2);
        if (!quote.isNull())
            name.replace(QString(2, quote), QString(quote));
    }
    return m_names.contains(name.toLower());
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    std::vector<SqlText::Token> tokens;
    const SqlText::State end
        = SqlText::tokenize(text, previous < 0 ? SqlText::Normal : SqlText::State(previous), &tokens);
    setCurrentBlockState(end);
    for (const SqlText::Token &t : tokens) {
        switch (t.kind) {
        case SqlText::Kind::Keyword:
            setFormat(t.start, t.length, m_keyword);
            break;
        case SqlText::Kind::String:
        case SqlText::Kind::Blob:
            setFormat(t.start, t.length, m_string);
            break;
        case SqlText::Kind::Number:
            setFormat(t.start, t.length, m_number);
            break;
        case SqlText::Kind::Comment:
            setFormat(t.start, t.length, m_comment);
            break;
        case SqlText::Kind::Parameter:
            setFormat(t.start, t.length, m_parameter);
            break;
        case SqlText::Kind::Name:
        case SqlText::Kind::QuotedName:
            if (known(text.mid(t.start, t.length)))
                setFormat(t.start, t.length, m_name);
            break;
        case SqlText::Kind::Other:
            break;
        }
    }
}

} // namespace LockLens
