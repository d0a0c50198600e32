#include "JsonReader.h"

#include <QCoreApplication>

namespace lwc::codec {

namespace {

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool validUtf8(const quint8* p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        const quint8 c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        quint32 cp;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (n - i <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        static const quint32 minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

void appendUtf8(QByteArray& out, quint32 cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

JsonReader::Token JsonReader::fail(const QString& what)
{
    if (!m_failed) {
        m_failed = true;
        m_error = makeError(
            QStringLiteral("codec.json.syntax"),
            QCoreApplication::translate("lwc::codec::JsonReader", "The JSON text is not valid at byte %1.").arg(m_pos),
            QStringLiteral("byte %1: %2").arg(m_pos).arg(what));
    }
    return Token::Error;
}

void JsonReader::skipWhitespace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++m_pos;
    }
}

bool JsonReader::parseString()
{
    // m_pos is at the opening quote. Find the closing quote first, so the
    // buffer can be sized once.
    const qsizetype start = m_pos + 1;
    qsizetype end = start;
    while (end < m_text.size() && m_text[end] != '"') {
        if (m_text[end] == '\\')
            ++end;
        ++end;
    }
    if (end >= m_text.size()) {
        fail(QStringLiteral("unterminated string"));
        return false;
    }
    wipeByteArray(m_string);
    m_string = QByteArray();
    m_string.reserve(end - start);
    const auto* p = reinterpret_cast<const quint8*>(m_text.data());
    qsizetype i = start;
    while (i < end) {
        const quint8 c = p[i];
        if (c < 0x20) {
            m_pos = i;
            fail(QStringLiteral("control character in string"));
            return false;
        }
        if (c != '\\') {
            // Copy a run of plain bytes, validating UTF-8 as we go.
            qsizetype j = i;
            while (j < end && p[j] != '\\' && p[j] >= 0x20)
                ++j;
            if (!validUtf8(p + i, j - i)) {
                m_pos = i;
                fail(QStringLiteral("invalid UTF-8 in string"));
                return false;
            }
            m_string.append(reinterpret_cast<const char*>(p + i), j - i);
            i = j;
            continue;
        }
        m_pos = i;
        const char e = char(p[i + 1]);
        i += 2;
        switch (e) {
        case '"':
            m_string.append('"');
            break;
        case '\\':
            m_string.append('\\');
            break;
        case '/':
            m_string.append('/');
            break;
        case 'b':
            m_string.append('\b');
            break;
        case 'f':
            m_string.append('\f');
            break;
        case 'n':
            m_string.append('\n');
            break;
        case 'r':
            m_string.append('\r');
            break;
        case 't':
            m_string.append('\t');
            break;
        case 'u': {
            auto hex4 = [&](qsizetype at, quint32& out) {
                if (at + 4 > end)
                    return false;
                out = 0;
                for (int k = 0; k < 4; ++k) {
                    const int h = hexValue(char(p[at + k]));
                    if (h < 0)
                        return false;
                    out = (out << 4) | quint32(h);
                }
                return true;
            };
            quint32 cp;
            if (!hex4(i, cp)) {
                fail(QStringLiteral("bad \\u escape"));
                return false;
            }
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                quint32 low;
                if (i + 6 > end || p[i] != '\\' || p[i + 1] != 'u' || !hex4(i + 2, low) || low < 0xDC00
                    || low > 0xDFFF) {
                    fail(QStringLiteral("unpaired surrogate"));
                    return false;
                }
                i += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                fail(QStringLiteral("unpaired surrogate"));
                return false;
            }
            appendUtf8(m_string, cp);
            break;
        }
        default:
            fail(QStringLiteral("bad escape"));
            return false;
        }
    }
    m_pos = end + 1;
    return true;
}

JsonReader::Token JsonReader::afterValue(Token t)
{
    m_state = m_stack.empty() ? State::Done : State::CommaOrEnd;
    return t;
}

JsonReader::Token JsonReader::value()
{
    if (m_pos >= m_text.size())
        return fail(QStringLiteral("unexpected end of text"));
    m_tokenOffset = m_pos;
    const char c = m_text[m_pos];
    switch (c) {
    case '{':
    case '[':
        if (int(m_stack.size()) >= kMaxDepth)
            return fail(QStringLiteral("nested deeper than %1").arg(kMaxDepth));
        m_stack.push_back(c);
        ++m_pos;
        m_state = c == '{' ? State::KeyOrEnd : State::ValueOrEnd;
        return c == '{' ? Token::BeginObject : Token::BeginArray;
    case '"':
        if (!parseString())
            return Token::Error;
        return afterValue(Token::String);
    case 't':
    case 'f':
    case 'n': {
        const QByteArrayView word = c == 't' ? QByteArrayView("true")
            : c == 'f'                       ? QByteArrayView("false")
                                             : QByteArrayView("null");
        if (m_text.sliced(m_pos).size() < word.size() || m_text.sliced(m_pos, word.size()) != word)
            return fail(QStringLiteral("unknown literal"));
        m_pos += word.size();
        return afterValue(c == 't' ? Token::True : c == 'f' ? Token::False : Token::Null);
    }
    default:
        break;
    }
    // Number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const qsizetype start = m_pos;
    qsizetype i = m_pos;
    const qsizetype n = m_text.size();
    auto digit = [&](qsizetype at) { return at < n && m_text[at] >= '0' && m_text[at] <= '9'; };
    if (i < n && m_text[i] == '-')
        ++i;
    if (!digit(i))
        return fail(QStringLiteral("unexpected character"));
    if (m_text[i] == '0') {
        ++i;
    } else {
        while (digit(i))
            ++i;
    }
    m_numberIntegral = true;
    if (i < n && m_text[i] == '.') {
        ++i;
        if (!digit(i)) {
            m_pos = i;
            return fail(QStringLiteral("digit expected after '.'"));
        }
        while (digit(i))
            ++i;
        m_numberIntegral = false;
    }
    if (i < n && (m_text[i] == 'e' || m_text[i] == 'E')) {
        ++i;
        if (i < n && (m_text[i] == '+' || m_text[i] == '-'))
            ++i;
        if (!digit(i)) {
            m_pos = i;
            return fail(QStringLiteral("digit expected in exponent"));
        }
        while (digit(i))
            ++i;
        m_numberIntegral = false;
    }
    m_number = m_text.sliced(start, i - start);
    m_pos = i;
    return afterValue(Token::Number);
}

JsonReader::Token JsonReader::next()
{
    if (m_failed)
        return Token::Error;
    while (true) {
        skipWhitespace();
        switch (m_state) {
        case State::Done:
            if (m_pos < m_text.size())
                return fail(QStringLiteral("data after the end of the JSON value"));
            m_tokenOffset = m_pos;
            return Token::End;
        case State::ValueOrEnd:
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                m_tokenOffset = m_pos++;
                m_stack.pop_back();
                return afterValue(Token::EndArray);
            }
            return value();
        case State::Value:
            return value();
        case State::KeyOrEnd:
        case State::Key:
            if (m_pos >= m_text.size())
                return fail(QStringLiteral("unexpected end of text"));
            if (m_state == State::KeyOrEnd && m_text[m_pos] == '}') {
                m_tokenOffset = m_pos++;
                m_stack.pop_back();
                return afterValue(Token::EndObject);
            }
            if (m_text[m_pos] != '"')
                return fail(QStringLiteral("object key expected"));
            m_tokenOffset = m_pos;
            if (!parseString())
                return Token::Error;
            m_state = State::Colon;
            return Token::Key;
        case State::Colon:
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return fail(QStringLiteral("':' expected"));
            ++m_pos;
            m_state = State::Value;
            continue;
        case State::CommaOrEnd: {
            if (m_pos >= m_text.size())
                return fail(QStringLiteral("unexpected end of text"));
            const char top = m_stack.back();
            const char c = m_text[m_pos];
            if (c == ',') {
                ++m_pos;
                m_state = top == '{' ? State::Key : State::Value;
                continue;
            }
            if ((top == '{' && c == '}') || (top == '[' && c == ']')) {
                m_tokenOffset = m_pos++;
                m_stack.pop_back();
                return afterValue(top == '{' ? Token::EndObject : Token::EndArray);
            }
            return fail(top == '{' ? QStringLiteral("',' or '}' expected") : QStringLiteral("',' or ']' expected"));
        }
        }
    }
}

bool JsonReader::skipValue(Token token)
{
    if (token != Token::BeginArray && token != Token::BeginObject)
        return token != Token::Error && token != Token::End;
    const int target = depth() - 1;
    while (depth() > target) {
        const Token t = next();
        if (t == Token::Error || t == Token::End)
            return false;
    }
    return true;
}

void JsonWriter::appendString(QByteArray& out, QStringView text)
{
    appendString(out, QByteArrayView(text.toUtf8()));
}

void JsonWriter::appendString(QByteArray& out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char ch : utf8) {
        const auto c = quint8(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xF]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

} // namespace lwc::codec
