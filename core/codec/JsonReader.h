#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace lwc::codec {

// A strict RFC 8259 JSON pull reader for the codecs: exact byte offsets in
// errors, numbers kept as text (so 64-bit integers stay exact), strings
// unescaped into a buffer sized before it is filled (no reallocation, so a
// secret's base64 text leaves no stray copy; take it with takeString() and
// wipe it).
class JsonReader {
public:
    enum class Token {
        BeginArray,
        EndArray,
        BeginObject,
        EndObject,
        Key,
        String,
        Number,
        True,
        False,
        Null,
        End,
        Error
    };
    static constexpr int kMaxDepth = 64;

    explicit JsonReader(QByteArrayView text) : m_text(text) { }

    // The next token. After End or Error it keeps returning the same.
    Token next();
    // Skips the value that starts with `token` (a container is skipped whole).
    bool skipValue(Token token);

    // Offset of the current token's first byte.
    qsizetype offset() const { return m_tokenOffset; }
    // Key and String tokens: the unescaped UTF-8 bytes.
    const QByteArray& string() const { return m_string; }
    QByteArray takeString() { return std::exchange(m_string, QByteArray()); }
    // Number tokens: the literal, and whether it has a fraction or exponent.
    QByteArrayView numberText() const { return m_number; }
    bool numberIsIntegral() const { return m_numberIntegral; }
    // Set after an Error token.
    const Error& error() const { return m_error; }
    int depth() const { return int(m_stack.size()); }

private:
    enum class State { Value, ValueOrEnd, KeyOrEnd, Key, Colon, CommaOrEnd, Done };
    Token fail(const QString& what);
    Token value();
    Token afterValue(Token t);
    bool parseString();
    void skipWhitespace();

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    qsizetype m_tokenOffset = 0;
    State m_state = State::Value;
    std::vector<char> m_stack;
    QByteArray m_string;
    QByteArrayView m_number;
    bool m_numberIntegral = true;
    bool m_failed = false;
    Error m_error;
};

// The writing side: JSON string literals.
class JsonWriter {
public:
    // Appends "text" with the escapes JSON needs (quote, backslash, controls).
    static void appendString(QByteArray& out, QStringView text);
    static void appendString(QByteArray& out, QByteArrayView utf8);
};

} // namespace lwc::codec
