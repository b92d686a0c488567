// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace EcsDesk::Ui {

/// A custom connection the user defines: where (endpoint URL, optional for AWS itself) and the
/// region. Its access keys live in the OS keychain only (KeychainCredentialStore), never here.
struct CustomConnection {
    QString name;
    QUrl endpointUrl;
    QString region;
    bool operator==(const CustomConnection&) const = default;
};

} // namespace EcsDesk::Ui
