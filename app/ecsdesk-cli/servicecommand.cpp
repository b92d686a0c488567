// SPDX-License-Identifier: MIT
// `ecsdesk-cli service deployments|rollback`: a service's deployment history (revision, task
// definition, times, state, reason, trigger) as text, JSON or CSV; and its rollback: while a
// deployment is in progress StopServiceDeployment ROLLBACK, otherwise UpdateService back to an
// earlier revision's task definition and settings, with the differences printed first.

#include "awsoptions.h"
#include "clicommand.h"

#include "api/core/awstransport.h"
#include "api/ecs/ecsclient.h"
#include "api/ecs/servicedeployments.h"
#include "models/deployments/deploymenthistory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

using namespace EcsDesk;
using namespace Qt::Literals::StringLiterals;

int usageError(const QString& message)
{
    QTextStream(stderr) << QCoreApplication::translate("ServiceCommand", "ecsdesk-cli service: %1").arg(message)
                        << Qt::endl;
    return 2;
}

int fail(const QString& message)
{
    QTextStream(stderr) << QCoreApplication::translate("ServiceCommand", "ecsdesk-cli service: %1").arg(message)
                        << Qt::endl;
    return 1;
}

QString iso(const QDateTime& time) { return time.isValid() ? time.toUTC().toString(Qt::ISODate) : u"-"_s; }

void write(const QByteArray& bytes)
{
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly)) {
        out.write(bytes);
        out.flush();
    }
}

/// Waits for `reply` (deleted afterwards); its JSON, or the error.
Api::Outcome<QJsonObject> wait(Api::AwsReply* reply)
{
    std::unique_ptr<Api::AwsReply> owned(reply);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &Api::AwsReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!reply->isOk())
        return Api::Outcome<QJsonObject>::failure(reply->error() ? *reply->error() : Api::AwsError {});
    return Api::Outcome<QJsonObject>::success(reply->json());
}

std::optional<Api::AwsError> loadHistory(const Api::EcsClient& client, const QString& cluster, const QString& service,
    int limit, Api::ServiceDeploymentHistory* history)
{
    Api::ServiceDeploymentsLoader loader(&client);
    return Cli::await(
        &loader, &Api::ServiceDeploymentsLoader::loaded, &Api::ServiceDeploymentsLoader::failed,
        [history](const Api::ServiceDeploymentHistory& loaded) { *history = loaded; },
        [&] { loader.load(cluster, service, limit); });
}

QString textReport(const QList<Models::DeploymentRow>& rows, const QString& service)
{
    QString out;
    QTextStream s(&out);
    if (rows.isEmpty())
        s << QCoreApplication::translate("ServiceCommand", "%1 has no service deployments.").arg(service) << '\n';
    for (const Models::DeploymentRow& row : rows) {
        s << row.deploymentId << "  " << row.status << "  "
          << (row.taskDefinition.isEmpty() ? row.revisionId : row.taskDefinition) << '\n'
          << "  "
          << QCoreApplication::translate("ServiceCommand", "revision %1, trigger %2").arg(row.revisionId, row.trigger)
          << '\n'
          << "  "
          << QCoreApplication::translate("ServiceCommand", "created %1, started %2, finished %3")
                 .arg(iso(row.createdAt), iso(row.startedAt), iso(row.finishedAt))
          << '\n'
          << "  "
          << QCoreApplication::translate("ServiceCommand", "tasks: %1 running, %2 pending of %3 requested")
                 .arg(row.running)
                 .arg(row.pending)
                 .arg(row.requested)
          << '\n';
        if (!row.statusReason.isEmpty())
            s << "  " << QCoreApplication::translate("ServiceCommand", "reason: %1").arg(row.statusReason) << '\n';
        if (!row.rollbackReason.isEmpty() && row.rollbackReason != row.statusReason)
            s << "  " << QCoreApplication::translate("ServiceCommand", "rollback: %1").arg(row.rollbackReason) << '\n';
    }
    return out;
}

struct Common {
    QString cluster;
    QString service;
};

/// Parses the options both subcommands share and `extra`; returns 0 and fills `common` when
/// usable, else the exit code after saying why (or -1 after printing help).
int parse(QCommandLineParser& parser, const Cli::AwsOptions& aws, const QStringList& arguments, const QString& name,
    Common* common)
{
    if (!parser.parse(QStringList { u"ecsdesk-cli service "_s + name } + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << Cli::commandHelpText(parser, u"ecsdesk-cli service "_s + name);
        return -1;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("ServiceCommand", "unexpected argument '%1'")
                              .arg(parser.positionalArguments().first()));
    common->cluster = parser.value(u"cluster"_s);
    common->service = parser.value(u"service"_s);
    if (common->cluster.isEmpty() || common->service.isEmpty())
        return usageError(QCoreApplication::translate("ServiceCommand", "--cluster and --service are required"));
    if (const QString problem = aws.problem(); !problem.isEmpty())
        return usageError(problem);
    return 0;
}

void addCommonOptions(QCommandLineParser& parser)
{
    parser.addOption({ u"cluster"_s, QCoreApplication::translate("ServiceCommand", "Cluster name or ARN (required)."),
        QCoreApplication::translate("ServiceCommand", "cluster") });
    parser.addOption({ u"service"_s, QCoreApplication::translate("ServiceCommand", "Service name or ARN (required)."),
        QCoreApplication::translate("ServiceCommand", "service") });
}

int deployments(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("ServiceCommand",
        "Print a service's deployments, newest first: the service revision and "
        "task definition, when it started and finished, its state, the reason and "
        "what triggered it (user, circuit breaker, alarm, auto scaling)."));
    parser.addHelpOption();
    const Cli::AwsOptions aws(&parser);
    addCommonOptions(parser);
    const QCommandLineOption format(u"format"_s,
        QCoreApplication::translate("ServiceCommand", "Output format: text (default), json or csv."),
        QCoreApplication::translate("ServiceCommand", "format"), u"text"_s);
    const QCommandLineOption limit(u"limit"_s,
        QCoreApplication::translate("ServiceCommand", "How many of the newest deployments to show (default 50)."),
        QCoreApplication::translate("ServiceCommand", "count"), u"50"_s);
    parser.addOptions({ format, limit });
    Common common;
    if (const int code = parse(parser, aws, arguments, u"deployments"_s, &common))
        return code < 0 ? 0 : code;
    const QString outputFormat = parser.value(format).toLower();
    if (outputFormat != "text"_L1 && outputFormat != "json"_L1 && outputFormat != "csv"_L1)
        return usageError(QCoreApplication::translate("ServiceCommand", "--format must be text, json or csv, not '%1'")
                              .arg(parser.value(format)));
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (!ok || count < 1)
        return usageError(QCoreApplication::translate("ServiceCommand", "--limit must be a positive number, not '%1'")
                              .arg(parser.value(limit)));

    Api::AwsTransport transport;
    const auto connection = aws.connect(&transport);
    if (!connection.ok())
        return fail(connection.error->toString());
    const Api::EcsClient client(connection.value.clientConfig(&transport, u"ecs"_s));
    Api::ServiceDeploymentHistory history;
    if (const auto error = loadHistory(client, common.cluster, common.service, count, &history))
        return fail(error->toString());
    const QList<Models::DeploymentRow> rows = Models::DeploymentHistory::rows(history);
    if (outputFormat == "json"_L1)
        write(QJsonDocument(Models::DeploymentHistory::toJson(rows)).toJson(QJsonDocument::Indented));
    else if (outputFormat == "csv"_L1)
        write(Models::DeploymentHistory::toCsv(rows).toUtf8());
    else
        write(textReport(rows, common.service).toUtf8());
    return 0;
}

/// The task definition `arn` as DescribeTaskDefinition reports it; empty when it cannot be read.
QJsonObject taskDefinition(const Api::EcsClient& client, const QString& arn)
{
    if (arn.isEmpty())
        return {};
    const auto answer = wait(client.describeTaskDefinition(arn));
    return answer.ok() ? answer.value.value("taskDefinition"_L1).toObject() : QJsonObject();
}

int rollback(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("ServiceCommand",
        "Roll a service back. While a deployment is in progress, stop it with ROLLBACK "
        "(StopServiceDeployment); otherwise update the service to an earlier revision's task "
        "definition and settings: the one --to names, or the newest earlier successful one. The "
        "differences are printed first."));
    parser.addHelpOption();
    const Cli::AwsOptions aws(&parser);
    addCommonOptions(parser);
    const QCommandLineOption to(u"to"_s,
        QCoreApplication::translate("ServiceCommand",
            "The revision to go back to: a service revision ARN or id, a deployment ARN or id, or a "
            "task definition (family:revision)."),
        QCoreApplication::translate("ServiceCommand", "revision"));
    const QCommandLineOption dryRun(
        u"dry-run"_s, QCoreApplication::translate("ServiceCommand", "Print what would change, change nothing."));
    parser.addOptions({ to, dryRun });
    Common common;
    if (const int code = parse(parser, aws, arguments, u"rollback"_s, &common))
        return code < 0 ? 0 : code;

    Api::AwsTransport transport;
    const auto connection = aws.connect(&transport);
    if (!connection.ok())
        return fail(connection.error->toString());
    const Api::EcsClient client(connection.value.clientConfig(&transport, u"ecs"_s));
    Api::ServiceDeploymentHistory history;
    if (const auto error = loadHistory(client, common.cluster, common.service, 50, &history))
        return fail(error->toString());
    const Models::RollbackPlan plan = Models::DeploymentHistory::planRollback(history, parser.value(to));
    if (plan.kind == Models::RollbackPlan::Kind::None)
        return fail(plan.problem);

    QTextStream out(stdout);
    const Api::ServiceRevision* from = history.revision(plan.fromRevisionArn);
    const Api::ServiceRevision* target = history.revision(plan.toRevisionArn);
    if (plan.kind == Models::RollbackPlan::Kind::StopDeployment)
        out << QCoreApplication::translate(
            "ServiceCommand", "Deployment %1 of %2 is in progress: stopping it with ROLLBACK.")
                   .arg(plan.deploymentArn.section(u'/', -1), common.service)
            << '\n';
    else
        out << QCoreApplication::translate("ServiceCommand", "Updating %1 to revision %2 (%3).")
                   .arg(common.service, plan.toRevisionArn.section(u'/', -1),
                       target ? target->taskDefinitionName() : QString())
            << '\n';
    if (from && target) {
        const Models::DeploymentDiff diff = Models::DeploymentHistory::compare(*from,
            taskDefinition(client, from->taskDefinition), *target, taskDefinition(client, target->taskDefinition));
        out << (diff.isEmpty() ? QCoreApplication::translate("ServiceCommand", "No differences.") + u'\n'
                               : diff.unifiedText());
    }
    out.flush();
    if (parser.isSet(dryRun))
        return 0;

    Api::Outcome<QJsonObject> answer;
    if (plan.kind == Models::RollbackPlan::Kind::StopDeployment) {
        answer = wait(
            Api::ServiceDeployments::stop(client, plan.deploymentArn, Api::ServiceDeployments::StopType::Rollback));
    } else {
        answer = wait(client.updateService(common.cluster, common.service, plan.updateInput));
    }
    if (!answer.ok())
        return fail(answer.error->toString());
    out << (plan.kind == Models::RollbackPlan::Kind::StopDeployment
            ? QCoreApplication::translate("ServiceCommand", "Rollback requested.")
            : QCoreApplication::translate("ServiceCommand", "Deployment started."))
        << Qt::endl;
    return 0;
}

int run(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == "deployments"_L1)
        return deployments(arguments.mid(1));
    if (sub == "rollback"_L1)
        return rollback(arguments.mid(1));
    if (sub == "--help"_L1 || sub == "-h"_L1) {
        QTextStream(stdout) << QCoreApplication::translate(
            "ServiceCommand", "Usage: ecsdesk-cli service deployments|rollback [options]")
                            << '\n';
        return 0;
    }
    return usageError(sub.isEmpty()
            ? QCoreApplication::translate("ServiceCommand", "expected 'deployments' or 'rollback'")
            : QCoreApplication::translate(
                "ServiceCommand", "unknown subcommand '%1' (expected 'deployments' or 'rollback')")
                  .arg(sub));
}

const EcsDesk::Cli::CommandRegistration registration({ u"service"_s, "ServiceCommand",
    QT_TRANSLATE_NOOP("ServiceCommand", "Print a service's deployments, or roll it back"), run });

} // namespace
