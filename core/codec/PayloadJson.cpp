#include "PayloadJson.h"

#include "CodecUtil.h"
#include "JsonReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <memory>
#include <vector>

namespace lwc::codec {

using lwm2m::Path;
using lwm2m::Record;
using lwm2m::Value;
using lwm2m::ValueType;

namespace {

// ------------------------------------------------------------ a small DOM

// Built from JsonReader so numbers stay exact; every string is wiped when
// the tree goes (the input may hold a key in hex).
struct Node {
    enum class Kind { Null, Bool, Number, String, Array, Object } kind = Kind::Null;
    bool boolean = false;
    QByteArray text; // String: UTF-8; Number: the literal
    bool integral = true;
    std::vector<std::unique_ptr<Node>> items; // Array
    std::vector<std::pair<QByteArray, std::unique_ptr<Node>>> members; // Object
    qsizetype offset = 0;

    ~Node() { wipeByteArray(text); }

    const Node* member(const char* name) const
    {
        for (const auto& [key, value] : members) {
            if (key == name)
                return value.get();
        }
        return nullptr;
    }
};

Result<std::unique_ptr<Node>> parseNode(JsonReader& reader, JsonReader::Token t)
{
    using Token = JsonReader::Token;
    auto node = std::make_unique<Node>();
    node->offset = reader.offset();
    switch (t) {
    case Token::Null:
        break;
    case Token::True:
    case Token::False:
        node->kind = Node::Kind::Bool;
        node->boolean = t == Token::True;
        break;
    case Token::Number:
        node->kind = Node::Kind::Number;
        node->text = reader.numberText().toByteArray();
        node->integral = reader.numberIsIntegral();
        break;
    case Token::String:
        node->kind = Node::Kind::String;
        node->text = reader.takeString();
        break;
    case Token::BeginArray:
        node->kind = Node::Kind::Array;
        while (true) {
            const Token next = reader.next();
            if (next == Token::EndArray)
                break;
            if (next == Token::Error)
                return reader.error();
            LWC_TRY(auto item, parseNode(reader, next));
            node->items.push_back(std::move(item));
        }
        break;
    case Token::BeginObject:
        node->kind = Node::Kind::Object;
        while (true) {
            const Token key = reader.next();
            if (key == Token::EndObject)
                break;
            if (key == Token::Error)
                return reader.error();
            QByteArray name = reader.takeString();
            const Token value = reader.next();
            if (value == Token::Error)
                return reader.error();
            LWC_TRY(auto item, parseNode(reader, value));
            node->members.emplace_back(std::move(name), std::move(item));
        }
        break;
    default:
        return reader.error();
    }
    return node;
}

Error recordError(qsizetype index, const QString& userText, const QString& details = {})
{
    return makeError(
        QStringLiteral("codec.payloadJson.invalid"),
        QCoreApplication::translate("lwc::codec::PayloadJson", "Record %1: %2").arg(index + 1).arg(userText), details);
}

bool isPrintableText(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    const auto text = decodeUtf8(bytes);
    if (!text)
        return false;
    for (QChar c : *text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

std::optional<qint64> toInt64(const Node& n)
{
    if (n.kind != Node::Kind::Number && n.kind != Node::Kind::String)
        return std::nullopt;
    if (n.kind == Node::Kind::Number && !n.integral)
        return std::nullopt;
    qint64 v = 0;
    auto [p, ec] = std::from_chars(n.text.constData(), n.text.constData() + n.text.size(), v);
    if (ec != std::errc() || p != n.text.constData() + n.text.size() || n.text.isEmpty())
        return std::nullopt;
    return v;
}

std::optional<quint64> toUint64(const Node& n)
{
    if ((n.kind != Node::Kind::Number && n.kind != Node::Kind::String) || n.text.startsWith('-'))
        return std::nullopt;
    if (n.kind == Node::Kind::Number && !n.integral)
        return std::nullopt;
    quint64 v = 0;
    auto [p, ec] = std::from_chars(n.text.constData(), n.text.constData() + n.text.size(), v);
    if (ec != std::errc() || p != n.text.constData() + n.text.size() || n.text.isEmpty())
        return std::nullopt;
    return v;
}

std::optional<QByteArray> strictHex(QByteArrayView text)
{
    if (text.size() % 2)
        return std::nullopt;
    QByteArray out(text.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < out.size(); ++i) {
        int v = 0;
        for (int k = 0; k < 2; ++k) {
            const char c = text[2 * i + k];
            const int h = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f'         ? c - 'a' + 10
                : c >= 'A' && c <= 'F'         ? c - 'A' + 10
                                               : -1;
            if (h < 0) {
                wipeByteArray(out);
                return std::nullopt;
            }
            v = v * 16 + h;
        }
        out[i] = char(v);
    }
    return out;
}

Result<Value> parseValue(qsizetype index, const Path& path, ValueType type, const Node& rec, bool secret)
{
    const Node* v = rec.member("value");
    const auto need = [&](const QString& what) {
        return recordError(
            index, QCoreApplication::translate("lwc::codec::PayloadJson", "%1 needs %2.").arg(path.toString(), what));
    };
    switch (type) {
    case ValueType::None:
        return Value();
    case ValueType::String:
    case ValueType::Corelnk: {
        if (!v || v->kind != Node::Kind::String)
            return need(QStringLiteral("\"value\": \"text\""));
        const QString text = QString::fromUtf8(v->text);
        return type == ValueType::String ? Value::string(text) : Value::corelnk(text);
    }
    case ValueType::Integer:
    case ValueType::Time: {
        std::optional<qint64> i = v ? toInt64(*v) : std::nullopt;
        if (!v && type == ValueType::Time) {
            if (const Node* iso = rec.member("iso"); iso && iso->kind == Node::Kind::String) {
                const QDateTime dt = QDateTime::fromString(QString::fromUtf8(iso->text), Qt::ISODate);
                if (dt.isValid())
                    i = dt.toSecsSinceEpoch();
            }
        }
        if (!i)
            return need(QStringLiteral("\"value\": <whole number>"));
        return type == ValueType::Integer ? Value::integer(*i) : Value::time(*i);
    }
    case ValueType::UnsignedInteger: {
        const auto u = v ? toUint64(*v) : std::nullopt;
        if (!u)
            return need(QStringLiteral("\"value\": <whole number >= 0>"));
        return Value::unsignedInteger(*u);
    }
    case ValueType::Float: {
        if (v && v->kind == Node::Kind::String) {
            if (v->text == "NaN")
                return Value::floating(qQNaN());
            if (v->text == "Infinity")
                return Value::floating(qInf());
            if (v->text == "-Infinity")
                return Value::floating(-qInf());
        }
        double d = 0;
        if (!v || v->kind != Node::Kind::Number)
            return need(QStringLiteral("\"value\": <number>"));
        auto [p, ec] = std::from_chars(v->text.constData(), v->text.constData() + v->text.size(), d);
        if (ec != std::errc() || p != v->text.constData() + v->text.size())
            return need(QStringLiteral("\"value\": <number>"));
        return Value::floating(d);
    }
    case ValueType::Boolean:
        if (!v || v->kind != Node::Kind::Bool)
            return need(QStringLiteral("\"value\": true|false"));
        return Value::boolean(v->boolean);
    case ValueType::Objlnk: {
        if (!v || v->kind != Node::Kind::String)
            return need(QStringLiteral("\"value\": \"66:0\""));
        LWC_TRY(const lwm2m::Objlnk link, lwm2m::Objlnk::parse(QString::fromUtf8(v->text)));
        return Value::objlnk(link);
    }
    case ValueType::Opaque: {
        if (v && v->kind == Node::Kind::String && v->text.startsWith("<secret:"))
            return makeError(QStringLiteral("codec.payloadJson.redacted"),
                             QCoreApplication::translate("lwc::codec::PayloadJson",
                                                         "Record %1: the value of %2 was redacted when it was "
                                                         "decoded; decode again with --reveal-secrets or give the "
                                                         "bytes as \"hex\".")
                                 .arg(index + 1)
                                 .arg(path.toString()),
                             path.toString());
        const Node* hex = rec.member("hex");
        const Node* b64 = rec.member("base64");
        const Node* text = rec.member("text");
        std::optional<QByteArray> bytes;
        if (hex && hex->kind == Node::Kind::String)
            bytes = strictHex(hex->text);
        else if (b64 && b64->kind == Node::Kind::String)
            bytes = decodeBase64Any(b64->text);
        else if (text && text->kind == Node::Kind::String)
            bytes = text->text;
        if (!bytes)
            return need(QStringLiteral("\"hex\", \"base64\" or \"text\""));
        if (secret)
            return Value::secret(SecretBytes::takeFrom(*bytes));
        return Value::opaque(std::move(*bytes));
    }
    }
    return Value();
}

void appendRecordJson(QByteArray& out, const Record& r, bool revealSecrets)
{
    const Value& v = r.value;
    out += "{\"path\": ";
    JsonWriter::appendString(out, QStringView(r.path.toString()));
    out += ", \"type\": ";
    JsonWriter::appendString(out, QStringView(lwm2m::valueTypeName(v.type())));
    switch (v.type()) {
    case ValueType::None:
        break;
    case ValueType::String:
    case ValueType::Corelnk:
        out += ", \"value\": ";
        JsonWriter::appendString(out, QStringView(v.toText()));
        break;
    case ValueType::Integer:
        out += ", \"value\": " + QByteArray::number(v.toInteger());
        break;
    case ValueType::Time: {
        out += ", \"value\": " + QByteArray::number(v.toInteger());
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(v.toInteger(), Qt::UTC);
        if (dt.isValid() && std::llabs(v.toInteger()) < 253402300800LL) {
            out += ", \"iso\": ";
            JsonWriter::appendString(out, QStringView(dt.toString(Qt::ISODate)));
        }
        break;
    }
    case ValueType::UnsignedInteger:
        out += ", \"value\": " + QByteArray::number(v.toUnsigned());
        break;
    case ValueType::Float: {
        const double d = v.toDouble();
        out += ", \"value\": ";
        if (std::isnan(d))
            out += "\"NaN\"";
        else if (std::isinf(d))
            out += d > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        else
            out += formatDouble(d);
        break;
    }
    case ValueType::Boolean:
        out += v.toBool() ? ", \"value\": true" : ", \"value\": false";
        break;
    case ValueType::Objlnk:
        out += ", \"value\": ";
        JsonWriter::appendString(out, QStringView(v.toObjlnk().toString()));
        break;
    case ValueType::Opaque:
        if (v.isSecret()) {
            out += ", \"secret\": true";
            if (!revealSecrets) {
                out += ", \"value\": ";
                JsonWriter::appendString(out, QStringView(v.secretBytes()->describe()));
                break;
            }
        }
        out += ", \"hex\": \"";
        for (char c : v.opaqueView()) {
            static const char digits[] = "0123456789abcdef";
            out += digits[quint8(c) >> 4];
            out += digits[quint8(c) & 0xF];
        }
        out += '"';
        if (!v.isSecret() && isPrintableText(v.opaqueView())) {
            out += ", \"text\": ";
            JsonWriter::appendString(out, v.opaqueView());
        }
        break;
    }
    if (r.time) {
        out += ", \"t\": ";
        const double t = *r.time;
        out += std::trunc(t) == t && std::fabs(t) < 9e15 ? QByteArray::number(qint64(t))
                                                         : QByteArray::number(t, 'g', QLocale::FloatingPointShortest);
    }
    out += '}';
}

} // namespace

bool PayloadJson::containsSecret(const QList<Record>& records)
{
    return std::any_of(records.begin(), records.end(), [](const Record& r) { return r.value.isSecret(); });
}

QByteArray PayloadJson::fromRecords(std::optional<ContentFormat> format, const Path& target,
                                    const QList<Record>& records, bool revealSecrets)
{
    QByteArray out;
    // Room up front: a revealed key never leaves a copy behind in a reallocation.
    out.reserve(estimateEncodedSize(records) * 2);
    out += "{\n";
    if (format) {
        out += "  \"format\": ";
        JsonWriter::appendString(out, QStringView(contentFormatName(*format)));
        out += ",\n";
    }
    out += "  \"path\": ";
    JsonWriter::appendString(out, QStringView(target.toString()));
    out += ",\n  \"records\": [";
    for (qsizetype i = 0; i < records.size(); ++i) {
        out += i ? ",\n    " : "\n    ";
        appendRecordJson(out, records.at(i), revealSecrets);
    }
    out += records.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

QByteArray PayloadJson::fromLinks(const QList<Link>& links)
{
    QByteArray out = "{\n  \"format\": \"link\",\n  \"links\": [";
    for (qsizetype i = 0; i < links.size(); ++i) {
        const Link& link = links.at(i);
        out += i ? ",\n    " : "\n    ";
        out += "{\"target\": ";
        JsonWriter::appendString(out, QStringView(link.target));
        out += ", \"attributes\": [";
        for (qsizetype k = 0; k < link.attributes.size(); ++k) {
            const LinkAttribute& a = link.attributes.at(k);
            out += k ? ", {\"name\": " : "{\"name\": ";
            JsonWriter::appendString(out, QStringView(a.name));
            if (a.hasValue) {
                out += ", \"value\": ";
                JsonWriter::appendString(out, QStringView(a.value));
                if (a.quoted)
                    out += ", \"quoted\": true";
            }
            out += '}';
        }
        out += "]}";
    }
    out += links.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

Result<PayloadJson::Document> PayloadJson::parse(QByteArrayView json, const lwm2m::ObjectRegistry& registry)
{
    JsonReader reader(json);
    const JsonReader::Token first = reader.next();
    if (first == JsonReader::Token::Error)
        return reader.error();
    LWC_TRY(const std::unique_ptr<Node> root, parseNode(reader, first));
    if (reader.next() != JsonReader::Token::End)
        return reader.error();

    Document doc;
    const Node* records = nullptr;
    const Node* links = nullptr;
    if (root->kind == Node::Kind::Array) {
        records = root.get();
    } else if (root->kind == Node::Kind::Object) {
        if (const Node* f = root->member("format")) {
            const auto format
                = f->kind == Node::Kind::String ? contentFormatFromName(QString::fromUtf8(f->text)) : std::nullopt;
            if (!format)
                return makeError(
                    QStringLiteral("codec.payloadJson.invalid"),
                    QCoreApplication::translate("lwc::codec::PayloadJson", "The \"format\" is not one of %1.")
                        .arg(contentFormatNames()));
            doc.format = format;
        }
        if (const Node* p = root->member("path")) {
            if (p->kind != Node::Kind::String)
                return makeError(
                    QStringLiteral("codec.payloadJson.invalid"),
                    QCoreApplication::translate("lwc::codec::PayloadJson", "The \"path\" must be a text like \"/0\"."));
            LWC_TRY(const Path path, Path::parse(QString::fromUtf8(p->text)));
            doc.path = path;
        }
        records = root->member("records");
        links = root->member("links");
    }
    if (links) {
        if (links->kind != Node::Kind::Array)
            return makeError(
                QStringLiteral("codec.payloadJson.invalid"),
                QCoreApplication::translate("lwc::codec::PayloadJson", "\"links\" must be a list of links."));
        doc.hasLinks = true;
        for (const auto& item : links->items) {
            const Node* target = item->kind == Node::Kind::Object ? item->member("target") : nullptr;
            if (!target || target->kind != Node::Kind::String)
                return makeError(QStringLiteral("codec.payloadJson.invalid"),
                                 QCoreApplication::translate("lwc::codec::PayloadJson",
                                                             "Each link needs a \"target\" text like \"/0/1\"."));
            Link link;
            link.target = QString::fromUtf8(target->text);
            if (const Node* attrs = item->member("attributes"); attrs && attrs->kind == Node::Kind::Array) {
                for (const auto& a : attrs->items) {
                    const Node* name = a->kind == Node::Kind::Object ? a->member("name") : nullptr;
                    if (!name || name->kind != Node::Kind::String)
                        return makeError(QStringLiteral("codec.payloadJson.invalid"),
                                         QCoreApplication::translate("lwc::codec::PayloadJson",
                                                                     "Each link attribute needs a \"name\"."));
                    LinkAttribute attr;
                    attr.name = QString::fromUtf8(name->text);
                    if (const Node* value = a->member("value")) {
                        attr.hasValue = true;
                        attr.value = value->kind == Node::Kind::String ? QString::fromUtf8(value->text)
                                                                       : QString::fromLatin1(value->text);
                    }
                    const Node* quoted = a->member("quoted");
                    attr.quoted = attr.hasValue && quoted && quoted->kind == Node::Kind::Bool && quoted->boolean;
                    link.attributes.append(std::move(attr));
                }
            }
            doc.links.append(std::move(link));
        }
        return doc;
    }
    if (!records || records->kind != Node::Kind::Array)
        return makeError(QStringLiteral("codec.payloadJson.invalid"),
                         QCoreApplication::translate("lwc::codec::PayloadJson",
                                                     "The JSON needs a \"records\" list (or \"links\" for link "
                                                     "format)."));
    for (qsizetype i = 0; i < qsizetype(records->items.size()); ++i) {
        const Node& rec = *records->items[size_t(i)];
        const Node* p = rec.kind == Node::Kind::Object ? rec.member("path") : nullptr;
        if (!p || p->kind != Node::Kind::String)
            return recordError(i,
                               QCoreApplication::translate("lwc::codec::PayloadJson",
                                                           "each record needs a \"path\" like \"/0/1/3\"."));
        auto path = Path::parse(QString::fromUtf8(p->text));
        if (!path)
            return recordError(i, path.error().userText, path.error().details);
        std::optional<ValueType> type;
        if (const Node* t = rec.member("type")) {
            type = t->kind == Node::Kind::String ? lwm2m::valueTypeFromName(QString::fromUtf8(t->text)) : std::nullopt;
            if (!type)
                return recordError(i,
                                   QCoreApplication::translate("lwc::codec::PayloadJson",
                                                               "the \"type\" of %1 is not one of none, string, "
                                                               "integer, unsigned, float, boolean, opaque, time, "
                                                               "objlnk, corelnk.")
                                       .arg(path->toString()));
        } else if (const lwm2m::ResourceDefinition* def = registry.resource(*path)) {
            type = def->type;
        } else {
            return recordError(
                i,
                QCoreApplication::translate("lwc::codec::PayloadJson", "%1 has no definition; give its \"type\".")
                    .arg(path->toString()));
        }
        const Node* secretFlag = rec.member("secret");
        const bool secret
            = registry.isSecret(*path) || (secretFlag && secretFlag->kind == Node::Kind::Bool && secretFlag->boolean);
        LWC_TRY(Value value, parseValue(i, *path, *type, rec, secret));
        Record r {*path, std::move(value), std::nullopt};
        if (const Node* t = rec.member("t")) {
            double d = 0;
            auto [ptr, ec] = std::from_chars(t->text.constData(), t->text.constData() + t->text.size(), d);
            if (t->kind != Node::Kind::Number || ec != std::errc())
                return recordError(
                    i,
                    QCoreApplication::translate("lwc::codec::PayloadJson", "the time \"t\" of %1 must be a number.")
                        .arg(path->toString()));
            r.time = d;
        }
        doc.records.append(std::move(r));
    }
    return doc;
}

} // namespace lwc::codec
