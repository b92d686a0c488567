// SPDX-License-Identifier: MIT
#include "api/core/proxysettings.h"

#include <QHostAddress>

namespace EcsDesk::Api {

namespace {

    /// The variable's value, lower-case name first (set but empty: no proxy), as urllib does.
    QString variable(const QProcessEnvironment& environment, const QString& lowerName)
    {
        if (environment.contains(lowerName))
            return environment.value(lowerName).trimmed();
        return environment.value(lowerName.toUpper()).trimmed();
    }

    std::optional<ProxySettings::Proxy> parseProxy(const QString& value, QString& problem)
    {
        if (value.isEmpty())
            return std::nullopt;
        const QString text = value.contains(QLatin1String("://")) ? value : QLatin1String("http://") + value;
        const QUrl url(text);
        if (!url.isValid() || url.host().isEmpty()) {
            problem = QStringLiteral("the proxy address \"%1\" is not a valid URL").arg(value);
            return std::nullopt;
        }
        if (url.scheme() != QLatin1String("http")) {
            problem = QStringLiteral("the proxy \"%1\" is not supported: only http:// proxies are").arg(value);
            return std::nullopt;
        }
        return ProxySettings::Proxy { url.host(), quint16(url.port(80)), url.userName(QUrl::FullyDecoded),
            url.password(QUrl::FullyDecoded) };
    }

} // namespace

ProxySettings ProxySettings::fromEnvironment(const QProcessEnvironment& environment)
{
    ProxySettings settings;
    settings.m_http = parseProxy(variable(environment, QStringLiteral("http_proxy")), settings.m_httpProblem);
    settings.m_https = parseProxy(variable(environment, QStringLiteral("https_proxy")), settings.m_httpsProblem);
    const QStringList entries = variable(environment, QStringLiteral("no_proxy")).split(QLatin1Char(','));
    for (const QString& entry : entries) {
        const QString trimmed = entry.trimmed().toLower();
        if (!trimmed.isEmpty())
            settings.m_noProxy.append(trimmed);
    }
    return settings;
}

bool ProxySettings::bypassed(const QUrl& url) const
{
    const QString host = url.host().toLower();
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    const QHostAddress address(host);
    if (m_bypassLoopback && (host == QLatin1String("localhost") || address.isLoopback()))
        return true;
    for (const QString& entry : m_noProxy) {
        if (entry == QLatin1String("*"))
            return true;
        QString pattern = entry;
        // "host:port" (an IPv6 address has more colons and no port here).
        if (pattern.count(QLatin1Char(':')) == 1) {
            const qsizetype colon = pattern.indexOf(QLatin1Char(':'));
            bool ok = false;
            const int entryPort = pattern.mid(colon + 1).toInt(&ok);
            if (!ok || entryPort != port)
                continue;
            pattern = pattern.left(colon);
        }
        if (pattern.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(pattern);
            if (!address.isNull() && subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol
                && address.isInSubnet(subnet))
                return true;
            continue;
        }
        if (pattern.startsWith(QLatin1String("*.")))
            pattern = pattern.mid(2);
        else if (pattern.startsWith(QLatin1Char('.')))
            pattern = pattern.mid(1);
        if (host == pattern || host.endsWith(QLatin1Char('.') + pattern))
            return true;
    }
    return false;
}

std::optional<ProxySettings::Proxy> ProxySettings::proxyFor(const QUrl& url) const
{
    const bool tls = url.scheme() == QLatin1String("https");
    const std::optional<Proxy>& proxy = tls ? m_https : m_http;
    if (!proxy || bypassed(url))
        return std::nullopt;
    return proxy;
}

QNetworkProxy ProxySettings::networkProxyFor(const QUrl& url) const
{
    const std::optional<Proxy> proxy = proxyFor(url);
    if (!proxy)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return QNetworkProxy(QNetworkProxy::HttpProxy, proxy->host, proxy->port, proxy->user, proxy->password);
}

QString ProxySettings::problemFor(const QUrl& url) const
{
    const QString& problem = url.scheme() == QLatin1String("https") ? m_httpsProblem : m_httpProblem;
    return problem.isEmpty() || bypassed(url) ? QString() : problem;
}

} // namespace EcsDesk::Api
