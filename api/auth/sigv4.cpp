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

    // Trimall: trims and folds runs of whitespace into one space.
    QByteArray foldWhitespace(const QByteArray& value) { return value.simplified(); }

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

std::optional<Authorization> Authorization::parse(const QByteArray& headerValue)
{
    const QByteArray value = headerValue.trimmed();
    if (!value.startsWith(QByteArray(algorithm.data(), algorithm.size()).append(' ')))
        return std::nullopt;
    Authorization result;
    bool haveCredential = false, haveHeaders = false, haveSignature = false;
    for (QByteArray part : value.mid(algorithm.size() + 1).split(',')) {
        part = part.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return std::nullopt;
        const QByteArray key = part.left(eq);
        const QByteArray field = part.mid(eq + 1);
        if (key == "Credential") {
            const QList<QByteArray> pieces = field.split('/');
            if (pieces.size() != 5 || pieces[4] != "aws4_request" || pieces[0].isEmpty() || pieces[1].size() != 8)
                return std::nullopt;
            result.accessKeyId = pieces[0];
            result.scope = { pieces[1], pieces[2], pieces[3] };
            haveCredential = true;
        } else if (key == "SignedHeaders") {
            result.signedHeaders = field.split(';');
            haveHeaders = !field.isEmpty();
        } else if (key == "Signature") {
            result.signature = field;
            haveSignature = field.size() == 64;
        }
    }
    if (!haveCredential || !haveHeaders || !haveSignature)
        return std::nullopt;
    return result;
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

QByteArray canonicalRequest(
    const Request& request, const QList<QByteArray>& signedHeaderNames, const QByteArray& payloadHash)
{
    QList<QByteArray> names = signedHeaderNames.isEmpty() ? signableHeaderNames(request) : signedHeaderNames;

    QByteArray canonicalHeaders;
    for (const QByteArray& name : names) {
        QList<QByteArray> values;
        for (const auto& [key, value] : request.headers) {
            if (key.trimmed().compare(name, Qt::CaseInsensitive) == 0)
                values.append(foldWhitespace(value));
        }
        if (values.isEmpty() && name == "host")
            values.append(hostFromUrl(request.url));
        canonicalHeaders += name + ':' + values.join(',') + '\n';
    }

    const QByteArray path = removeDotSegments(request.url.path(QUrl::FullyEncoded).toLatin1());
    QByteArray result;
    result += request.method.toUpper() + '\n';
    result += uriEncode(path, true) + '\n';
    result += canonicalQuery(request.url.query(QUrl::FullyEncoded).toLatin1()) + '\n';
    result += canonicalHeaders + '\n';
    result += names.join(';') + '\n';
    result += payloadHash;
    return result;
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
