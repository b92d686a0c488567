// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace EcsDesk::Api {

/// The HTTP proxy to use for a URL, read from the environment the way the AWS CLI (Python's
/// urllib) reads it: `https_proxy` / `HTTPS_PROXY` for https://, `http_proxy` / `HTTP_PROXY` for
/// http:// (the lower-case name wins), and `no_proxy` / `NO_PROXY`: a comma-separated list of
/// host names (which also match their subdomains; a leading dot or `*.` is allowed), IP
/// addresses, CIDR ranges, each optionally with `:port`, or `*` for everything. Loopback
/// addresses (the embedded local endpoint, moto) never go through a proxy unless
/// `bypassLoopback` is turned off.
class ProxySettings {
public:
    struct Proxy {
        QString host;
        quint16 port = 0;
        QString user;
        QString password;
        bool operator==(const Proxy&) const = default;
    };

    static ProxySettings fromEnvironment(
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    /// The proxy for `url`, or nothing for a direct connection.
    std::optional<Proxy> proxyFor(const QUrl& url) const;
    /// proxyFor() as Qt expresses it (QNetworkProxy::NoProxy for a direct connection).
    QNetworkProxy networkProxyFor(const QUrl& url) const;
    /// A proxy variable that could not be used (e.g. an https:// proxy, which Qt's sockets cannot
    /// speak TLS to); empty when all is well. Calls through such a proxy fail with this text.
    QString problemFor(const QUrl& url) const;
    bool isEmpty() const { return !m_http && !m_https; }

    void setBypassLoopback(bool bypass) { m_bypassLoopback = bypass; }

private:
    bool bypassed(const QUrl& url) const;

    std::optional<Proxy> m_http;
    std::optional<Proxy> m_https;
    QString m_httpProblem;
    QString m_httpsProblem;
    QStringList m_noProxy;
    bool m_bypassLoopback = true;
};

} // namespace EcsDesk::Api
