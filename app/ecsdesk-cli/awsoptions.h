// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/connection.h"
#include "api/core/awserror.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace EcsDesk::Api {
class AwsTransport;
}

namespace EcsDesk::Cli {

/// The options every command that calls AWS shares — --profile, --region and --endpoint-url — and
/// the connection they resolve to (with the environment and the shared config files, as the AWS CLI
/// does). A command creates it on its parser before adding its own options, so they lead its help.
class AwsOptions {
public:
    explicit AwsOptions(QCommandLineParser* parser);

    /// After parsing: empty when the values are usable, else what is wrong (a translated sentence
    /// for the command's usage message).
    QString problem() const;
    /// The connection for calls through `transport`.
    Api::Outcome<Api::Connection> connect(Api::AwsTransport* transport) const;

private:
    QCommandLineParser* m_parser;
    QCommandLineOption m_profile;
    QCommandLineOption m_region;
    QCommandLineOption m_endpoint;
};

} // namespace EcsDesk::Cli
