// SPDX-License-Identifier: MIT
// `ecsdesk-cli ecr repositories|images`: the account's ECR repositories (with their image count and
// size) or one repository's images (tags, size, push and pull times, findings by severity), as JSON
// or CSV on stdout; errors on stderr and a non-zero exit.

#include "awsoptions.h"
#include "clicommand.h"

#include "api/core/awstransport.h"
#include "api/ecr/ecrclient.h"
#include "api/ecs/clustersnapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

using namespace EcsDesk;
using namespace Qt::Literals::StringLiterals;

const char* const severities[] = { "CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL" };

QString iso(const QDateTime& time) { return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString(); }

QByteArray csvLine(const QStringList& fields)
{
    QStringList escaped;
    for (const QString& field : fields)
        escaped.append(Api::SnapshotExport::csvField(field));
    return escaped.join(QLatin1Char(',')).toUtf8() + '\n';
}

/// Every image of `repository`; false (after saying why) when loading fails.
bool loadImages(Api::EcrListLoader& loader, const QString& repository, QList<Api::EcrImage>* images)
{
    const auto failure = Cli::await(
        &loader, &Api::EcrListLoader::imagesLoaded, &Api::EcrListLoader::failed,
        [images](const QString&, const QList<Api::EcrImage>& loaded) { *images = loaded; },
        [&] { loader.loadImages(repository); });
    if (failure)
        QTextStream(stderr) << QCoreApplication::translate("EcrCommand", "ecsdesk-cli ecr: %1").arg(failure->toString())
                            << Qt::endl;
    return !failure;
}

QByteArray repositoriesOutput(Api::EcrListLoader& loader, bool csv, bool* ok)
{
    QList<Api::EcrRepository> repositories;
    const auto failure = Cli::await(
        &loader, &Api::EcrListLoader::repositoriesLoaded, &Api::EcrListLoader::failed,
        [&repositories](const QList<Api::EcrRepository>& loaded) { repositories = loaded; },
        [&loader] { loader.loadRepositories(); });
    if (failure) {
        QTextStream(stderr) << QCoreApplication::translate("EcrCommand", "ecsdesk-cli ecr: %1").arg(failure->toString())
                            << Qt::endl;
        *ok = false;
        return {};
    }
    QByteArray out = csv ? csvLine({ u"name"_s, u"uri"_s, u"createdAt"_s, u"imageTagMutability"_s, u"scanOnPush"_s,
                         u"encryptionType"_s, u"imageCount"_s, u"totalSizeInBytes"_s })
                         : QByteArray();
    QJsonArray array;
    for (const Api::EcrRepository& repository : std::as_const(repositories)) {
        QList<Api::EcrImage> images;
        if (!loadImages(loader, repository.name, &images)) {
            *ok = false;
            return {};
        }
        qint64 total = 0;
        for (const Api::EcrImage& image : std::as_const(images))
            total += image.sizeInBytes;
        if (csv) {
            out += csvLine({ repository.name, repository.uri, iso(repository.createdAt), repository.tagMutability,
                repository.scanOnPush ? u"true"_s : u"false"_s, repository.encryptionType,
                QString::number(images.size()), QString::number(total) });
        } else {
            QJsonObject json = repository.raw;
            json.insert("imageCount"_L1, images.size());
            json.insert("totalSizeInBytes"_L1, total);
            array.append(json);
        }
    }
    *ok = true;
    return csv ? out : QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray imagesOutput(Api::EcrListLoader& loader, const QString& repository, bool csv, bool* ok)
{
    QList<Api::EcrImage> images;
    *ok = loadImages(loader, repository, &images);
    if (!*ok)
        return {};
    if (!csv) {
        QJsonArray array;
        for (const Api::EcrImage& image : std::as_const(images))
            array.append(image.raw);
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    QStringList header { u"digest"_s, u"tags"_s, u"pushedAt"_s, u"sizeInBytes"_s, u"lastPulledAt"_s, u"scanStatus"_s };
    for (const char* severity : severities)
        header.append(QString::fromLatin1(severity).toLower());
    QByteArray out = csvLine(header);
    for (const Api::EcrImage& image : std::as_const(images)) {
        QStringList fields { image.digest, image.tags.join(QLatin1Char(' ')), iso(image.pushedAt),
            QString::number(image.sizeInBytes), iso(image.lastPulledAt), image.scanStatus };
        for (const char* severity : severities)
            fields.append(QString::number(image.findings(QLatin1String(severity))));
        out += csvLine(fields);
    }
    return out;
}

int run(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("EcrCommand",
        "List the ECR repositories of an account and region (with their image count "
        "and size), or the images of one repository (tags, size, push and pull "
        "times, scan findings by severity), as JSON or CSV."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"what"_s, QCoreApplication::translate("EcrCommand", "repositories or images"));
    const Cli::AwsOptions aws(&parser);
    const QCommandLineOption repository(u"repository"_s,
        QCoreApplication::translate("EcrCommand", "The repository whose images to list (images)."),
        QCoreApplication::translate("EcrCommand", "name"));
    const QCommandLineOption format(u"format"_s,
        QCoreApplication::translate("EcrCommand", "Output format: json (default) or csv."),
        QCoreApplication::translate("EcrCommand", "format"), u"json"_s);
    parser.addOptions({ repository, format });
    const auto usage = [&err](const QString& message) {
        err << QCoreApplication::translate("EcrCommand", "ecsdesk-cli ecr: %1").arg(message) << Qt::endl;
        return 2;
    };
    if (!parser.parse(QStringList { u"ecsdesk-cli ecr"_s } + arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << Cli::commandHelpText(parser, u"ecsdesk-cli ecr"_s);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if (positional.size() != 1 || (what != "repositories"_L1 && what != "images"_L1))
        return usage(QCoreApplication::translate("EcrCommand", "say what to list: repositories or images"));
    if (what == "images"_L1 && parser.value(repository).isEmpty())
        return usage(QCoreApplication::translate("EcrCommand", "images needs --repository"));
    const QString outputFormat = parser.value(format).toLower();
    if (outputFormat != "json"_L1 && outputFormat != "csv"_L1)
        return usage(QCoreApplication::translate("EcrCommand", "--format must be json or csv, not '%1'")
                         .arg(parser.value(format)));
    if (const QString problem = aws.problem(); !problem.isEmpty())
        return usage(problem);

    Api::AwsTransport transport;
    const auto connection = aws.connect(&transport);
    if (!connection.ok()) {
        err << QCoreApplication::translate("EcrCommand", "ecsdesk-cli ecr: %1").arg(connection.error->toString())
            << Qt::endl;
        return 1;
    }
    Api::EcrListLoader loader(Api::EcrClient(connection.value.clientConfig(&transport, u"ecr"_s)));
    bool ok = false;
    const bool csv = outputFormat == "csv"_L1;
    const QByteArray output = what == "repositories"_L1 ? repositoriesOutput(loader, csv, &ok)
                                                        : imagesOutput(loader, parser.value(repository), csv, &ok);
    if (!ok)
        return 1;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        err << QCoreApplication::translate("EcrCommand", "ecsdesk-cli ecr: cannot write to stdout") << Qt::endl;
        return 1;
    }
    out.write(output);
    out.flush();
    return 0;
}

const EcsDesk::Cli::CommandRegistration registration({ QStringLiteral("ecr"), "EcrCommand",
    QT_TRANSLATE_NOOP("EcrCommand", "List ECR repositories or a repository's images as JSON or CSV"), run });

} // namespace
