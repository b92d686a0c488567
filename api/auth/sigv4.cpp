// SPDX-License-Identifier: MIT
#include "api/auth/sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace EcsDesk::Api::SigV4 {

namespace {

    bool isUnreserved(char c)
    {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.' || c == '~';
    }

    QByteArray hmac(const QByteArray& key, QByteArrayView message)
    {
        return QMessageAuthenticationCode::hash(message.toByteArray(), key, QCryptographicHash::Sha256);
    }

    // RFC 3986 5.2.4, plus the removal of empty segments AWS asks for (as botocore does).
    QByteArray removeDotSegments(const QByteArray& path)
    {
        if (path.isEmpty())
            return QByteArrayLiteral("/");
        QList<QByteArray> output;
        for (const QByteArray& segment : path.split('/')) {
            if (segment.isEmpty() || segment == ".")
                continue;
            if (segment == "..") {
                if (!output.isEmpty())
                    output.removeLast();
                continue;
            }
            output.append(segment);
        }
        QByteArray result = path.startsWith('/') ? QByteArrayLiteral("/") : QByteArray();
        result += output.join('/');
        if (path.endsWith('/') && !output.isEmpty())
            result += '/';
        return result;
    }

    QByteArray hostFromUrl(const QUrl& url)
    {
        QByteArray host = url.host(QUrl::FullyEncoded).toLower().toLatin1();
        if (host.contains(':'))
            host = '[' + host + ']';
        const int port = url.port();
        const int defaultPort
            = url.scheme() == QLatin1String("https") ? 443 : (url.scheme() == QLatin1String("http") ? 80 : -1);
        if (port != -1 && port != defaultPort)
            host += ':' + QByteArray::number(port);
        return host;
    }

    QByteArray canonicalQuery(const QByteArray& rawQuery)
    {
        if (rawQuery.isEmpty())
            return {};
        QList<std::pair<QByteArray, QByteArray>> pairs;
        for (const QByteArray& pair : rawQuery.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq < 0)
                pairs.append({ pair, QByteArray() });
            else
                pairs.append({ pair.left(eq), pair.mid(eq + 1) });
        }
        std::sort(pairs.begin(), pairs.end());
        QByteArray result;
        for (const auto& [key, value] : pairs) {
            if (!result.isEmpty())
                result += '&';
            result += key + '=' + value;
        }
        return result;
    }

    bool isSignable(const QByteArray& lowerName)
    {
        return lowerName != "expect" && lowerName != "user-agent" && lowerName != "x-amzn-trace-id"
            && lowerName != "authorization";
    }

    void removeHeader(HeaderList& headers, QByteArrayView name)
    {
        headers.removeIf([name](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    }

} // namespace

QByteArray Scope::toString() const { return date + '/' + region + '/' + service + "/aws4_request"; }

namespace {
    // An Authorization header's fields as views into it.
    struct AuthorizationFields {
        QByteArrayView accessKeyId, date, region, service, signedHeaders, signature;
    };

    // Scanned over views: a server reads this header for every request, twice (its head check and
    // its verifier), so nothing is copied until a caller keeps a field (issue 16).
    std::optional<AuthorizationFields> scanAuthorization(QByteArrayView headerValue)
    {
        const QByteArrayView value = headerValue.trimmed();
        if (value.size() <= algorithm.size() || !value.startsWith(algorithm) || value[algorithm.size()] != ' ')
            return std::nullopt;
        AuthorizationFields result;
        bool haveCredential = false, haveHeaders = false, haveSignature = false;
        QByteArrayView rest = value.sliced(algorithm.size() + 1);
        while (true) {
            const qsizetype comma = rest.indexOf(',');
            const QByteArrayView part = (comma < 0 ? rest : rest.first(comma)).trimmed();
            const qsizetype eq = part.indexOf('=');
            if (eq <= 0)
                return std::nullopt;
            const QByteArrayView key = part.first(eq);
            const QByteArrayView field = part.sliced(eq + 1);
            if (key == "Credential") {
                // key id / date / region / service / aws4_request: exactly five pieces
                QByteArrayView pieces[5];
                qsizetype count = 0;
                bool more = false;
                for (qsizetype from = 0;;) {
                    const qsizetype slash = field.indexOf('/', from);
                    if (count == 5) {
                        more = true;
                        break;
                    }
                    pieces[count++] = field.sliced(from, (slash < 0 ? field.size() : slash) - from);
                    if (slash < 0)
                        break;
                    from = slash + 1;
                }
                if (count != 5 || more || pieces[4] != "aws4_request" || pieces[0].isEmpty() || pieces[1].size() != 8)
                    return std::nullopt;
                result.accessKeyId = pieces[0];
                result.date = pieces[1];
                result.region = pieces[2];
                result.service = pieces[3];
                haveCredential = true;
            } else if (key == "SignedHeaders") {
                result.signedHeaders = field;
                haveHeaders = !field.isEmpty();
            } else if (key == "Signature") {
                result.signature = field;
                haveSignature = field.size() == 64;
            }
            if (comma < 0)
                break;
            rest = rest.sliced(comma + 1);
        }
        if (!haveCredential || !haveHeaders || !haveSignature)
            return std::nullopt;
        return result;
    }
} // namespace

std::optional<Authorization> Authorization::parse(const QByteArray& headerValue)
{
    const std::optional<AuthorizationFields> fields = scanAuthorization(headerValue);
    if (!fields)
        return std::nullopt;
    Authorization result;
    result.accessKeyId = fields->accessKeyId.toByteArray();
    result.scope = { fields->date.toByteArray(), fields->region.toByteArray(), fields->service.toByteArray() };
    for (qsizetype from = 0;;) {
        const qsizetype semicolon = fields->signedHeaders.indexOf(';', from);
        result.signedHeaders.append(
            fields->signedHeaders.sliced(from, (semicolon < 0 ? fields->signedHeaders.size() : semicolon) - from)
                .toByteArray());
        if (semicolon < 0)
            break;
        from = semicolon + 1;
    }
    result.signature = fields->signature.toByteArray();
    return result;
}

QByteArray Authorization::accessKeyIdOf(const QByteArray& headerValue)
{
    const std::optional<AuthorizationFields> fields = scanAuthorization(headerValue);
    return fields ? fields->accessKeyId.toByteArray() : QByteArray();
}

QByteArray amzDate(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray sha256Hex(QByteArrayView data) { return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex(); }

QByteArray uriEncode(QByteArrayView raw, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(raw.size() * 3 / 2);
    for (const char c : raw) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0x0f];
        }
    }
    return out;
}

QByteArray headerValue(const HeaderList& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QByteArray> signableHeaderNames(const Request& request)
{
    QList<QByteArray> names;
    bool haveHost = false;
    for (const auto& header : request.headers) {
        const QByteArray name = header.first.trimmed().toLower();
        if (!isSignable(name) || names.contains(name))
            continue;
        haveHost = haveHost || name == "host";
        names.append(name);
    }
    if (!haveHost)
        names.append(QByteArrayLiteral("host"));
    std::sort(names.begin(), names.end());
    return names;
}

namespace {
    bool isFoldedSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

    // Appends `value` trimmed, with each run of whitespace folded into one space (what
    // QByteArray::simplified() gives, without a copy per header).
    void appendFolded(QByteArray& out, QByteArrayView value)
    {
        bool pendingSpace = false;
        bool started = false;
        for (const char c : value) {
            if (isFoldedSpace(c)) {
                pendingSpace = started;
                continue;
            }
            if (pendingSpace)
                out += ' ';
            out += c;
            pendingSpace = false;
            started = true;
        }
    }

    // The canonical request from its parts; `host` gives the Host value when no header names it.
    template <typename HostFallback>
    QByteArray canonicalFromParts(const QByteArray& method, const QByteArray& path, const QByteArray& rawQuery,
        const HeaderList& headers, const QList<QByteArray>& names, const QByteArray& payloadHash, HostFallback host)
    {
        QByteArray result;
        result.reserve(256 + 64 * headers.size());
        result += method.toUpper();
        result += '\n';
        result += uriEncode(path, true);
        result += '\n';
        result += canonicalQuery(rawQuery);
        result += '\n';
        for (const QByteArray& name : names) {
            result += name;
            result += ':';
            bool first = true;
            for (const auto& [key, value] : headers) {
                if (QByteArrayView(key).trimmed().compare(name, Qt::CaseInsensitive) != 0)
                    continue;
                if (!first)
                    result += ',';
                appendFolded(result, value);
                first = false;
            }
            if (first && name == "host")
                result += host();
            result += '\n';
        }
        result += '\n';
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (i > 0)
                result += ';';
            result += names[i];
        }
        result += '\n';
        result += payloadHash;
        return result;
    }

    // A request target of unreserved characters and slashes only (ECS's "/", a REST path of plain
    // names): QUrl would give it back unchanged, so it is used as it is.
    bool isPlainTarget(QByteArrayView target)
    {
        return target.startsWith('/')
            && std::all_of(target.begin(), target.end(), [](char c) { return c == '/' || isUnreserved(c); });
    }
} // namespace

QByteArray canonicalRequest(
    const Request& request, const QList<QByteArray>& signedHeaderNames, const QByteArray& payloadHash)
{
    const QList<QByteArray> names = signedHeaderNames.isEmpty() ? signableHeaderNames(request) : signedHeaderNames;
    return canonicalFromParts(request.method, removeDotSegments(request.url.path(QUrl::FullyEncoded).toLatin1()),
        request.url.query(QUrl::FullyEncoded).toLatin1(), request.headers, names, payloadHash,
        [&request] { return hostFromUrl(request.url); });
}

QByteArray canonicalRequest(const QByteArray& method, const QByteArray& target, const HeaderList& headers,
    const QList<QByteArray>& signedHeaderNames, const QByteArray& payloadHash)
{
    if (isPlainTarget(target)) {
        return canonicalFromParts(method, removeDotSegments(target), QByteArray(), headers, signedHeaderNames,
            payloadHash, [] { return QByteArrayLiteral("local"); });
    }
    Request request;
    request.method = method;
    request.url = QUrl::fromEncoded(QByteArray("http://local") + target);
    request.headers = headers;
    return canonicalRequest(request, signedHeaderNames, payloadHash);
}

QByteArray stringToSign(const QByteArray& amzDate, const Scope& scope, const QByteArray& canonicalRequest)
{
    return QByteArray(algorithm.data(), algorithm.size()) + '\n' + amzDate + '\n' + scope.toString() + '\n'
        + sha256Hex(canonicalRequest);
}

QByteArray signingKey(const QString& secretAccessKey, const Scope& scope)
{
    // The key depends only on the secret, the day, the region and the service: every request of a
    // refresh signs with the same one, so the last one is kept per thread. The secret itself is
    // not kept, only its SHA-256 (to notice a different secret).
    struct Cached {
        QByteArray secretHash;
        Scope scope;
        QByteArray key;
    };
    thread_local Cached cached;
    const QByteArray secretHash = QCryptographicHash::hash(secretAccessKey.toUtf8(), QCryptographicHash::Sha256);
    if (!cached.key.isEmpty() && cached.secretHash == secretHash && cached.scope.date == scope.date
        && cached.scope.region == scope.region && cached.scope.service == scope.service)
        return cached.key;
    const QByteArray dateKey = hmac("AWS4" + secretAccessKey.toUtf8(), scope.date);
    const QByteArray regionKey = hmac(dateKey, scope.region);
    const QByteArray serviceKey = hmac(regionKey, scope.service);
    cached = Cached { secretHash, scope, hmac(serviceKey, "aws4_request") };
    return cached.key;
}

QByteArray signature(const QString& secretAccessKey, const Scope& scope, const QByteArray& stringToSign)
{
    return hmac(signingKey(secretAccessKey, scope), stringToSign).toHex();
}

void sign(Request& request, const Credentials& credentials, const QByteArray& region, const QByteArray& service,
    const QDateTime& nowUtc)
{
    removeHeader(request.headers, "authorization");
    removeHeader(request.headers, "x-amz-date");
    removeHeader(request.headers, "x-amz-security-token");

    const QByteArray date = amzDate(nowUtc);
    request.headers.append({ QByteArrayLiteral("X-Amz-Date"), date });
    if (!credentials.sessionToken.isEmpty())
        request.headers.append({ QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken.toUtf8() });

    QByteArray payloadHash = headerValue(request.headers, "x-amz-content-sha256");
    if (payloadHash.isEmpty())
        payloadHash = sha256Hex(request.body);

    const Scope scope { date.left(8), region, service };
    const QList<QByteArray> names = signableHeaderNames(request);
    const QByteArray canonical = canonicalRequest(request, names, payloadHash);
    const QByteArray sig = signature(credentials.secretAccessKey, scope, stringToSign(date, scope, canonical));

    request.headers.append({ QByteArrayLiteral("Authorization"),
        QByteArray(algorithm.data(), algorithm.size()) + " Credential=" + credentials.accessKeyId.toUtf8() + '/'
            + scope.toString() + ", SignedHeaders=" + names.join(';') + ", Signature=" + sig });
}

} // namespace EcsDesk::Api::SigV4
