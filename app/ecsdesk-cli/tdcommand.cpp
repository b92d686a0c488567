// `ecsdesk-cli td validate FILE...` and `ecsdesk-cli td diff A B`: task definition checks for CI and
// the shell, on the same document, validator and diff as the editor.

#include "clicommand.h"

#include "models/taskdef/taskdefinitiondiff.h"
#include "models/taskdef/taskdefinitionjson.h"
#include "models/taskdef/taskdefinitionvalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace EcsDesk::Models;
using namespace Qt::StringLiterals;

namespace {

enum ExitCode { Ok = 0, Findings = 1, Usage = 2 };

// A file, or standard input for "-" (aws ecs describe-task-definition ... | ecsdesk-cli td validate -).
TaskDefinitionImport readInput(const QString& file)
{
    if (file != "-"_L1)
        return TaskDefinitionJson::readFile(file);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        TaskDefinitionImport result;
        result.errorMessage = QCoreApplication::translate("TdCommand", "cannot read standard input");
        return result;
    }
    return TaskDefinitionJson::parse(in.readAll());
}

int usage(QTextStream& stream, int code)
{
    stream << QCoreApplication::translate("TdCommand",
        "Usage: ecsdesk-cli td validate [--errors-only] [--warnings-as-errors] [--format text|json] FILE...")
           << '\n'
           << QCoreApplication::translate("TdCommand", "       ecsdesk-cli td diff [--format text|json] BEFORE AFTER")
           << '\n'
           << QCoreApplication::translate("TdCommand", "       ecsdesk-cli td export FILE") << '\n'
           << '\n'
           << QCoreApplication::translate("TdCommand",
                  "validate  checks task definitions (bare or DescribeTaskDefinition output); prints\n"
                  "          'file: path: severity: message' and exits 1 when there are errors.\n"
                  "          FILE '-' reads standard input; a folder stands for its *.json files.")
           << '\n'
           << QCoreApplication::translate(
                  "TdCommand", "diff      compares two task definitions structurally; exits 1 when they differ.")
           << '\n'
           << QCoreApplication::translate("TdCommand",
                  "export    prints the registrable JSON (unwrapped, read-only fields dropped), for\n"
                  "          aws ecs register-task-definition --cli-input-json.")
           << '\n';
    return code;
}

bool parseArguments(QCommandLineParser& parser, const QString& name, const QStringList& arguments,
    const QList<QCommandLineOption>& options, QTextStream& err)
{
    parser.addOptions(options);
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("ecsdesk-cli td ") + name } + arguments)) {
        err << "ecsdesk-cli td " << name << ": " << parser.errorText() << '\n';
        return false;
    }
    return true;
}

int validate(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption errorsOnly(
        QStringLiteral("errors-only"), QCoreApplication::translate("TdCommand", "Print errors only, not warnings."));
    const QCommandLineOption strict(
        QStringLiteral("warnings-as-errors"), QCoreApplication::translate("TdCommand", "Exit 1 on warnings too."));
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("TdCommand", "text (default) or json."), QStringLiteral("format"),
        QStringLiteral("text"));
    if (!parseArguments(parser, QStringLiteral("validate"), arguments, { errorsOnly, strict, format }, err))
        return usage(err, Usage);
    if (parser.isSet(QStringLiteral("help")))
        return usage(out, Ok);
    const QString formatName = parser.value(format);
    if (parser.positionalArguments().isEmpty() || (formatName != "text"_L1 && formatName != "json"_L1))
        return usage(err, Usage);

    // A folder stands for the *.json files in it (deploy/ in CI).
    QStringList files;
    for (const QString& argument : parser.positionalArguments()) {
        const QFileInfo info(argument);
        if (argument != "-"_L1 && info.isDir()) {
            const QDir dir(argument);
            for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
                files.append(dir.filePath(name));
        } else {
            files.append(argument);
        }
    }

    int errors = 0;
    int warnings = 0;
    QJsonArray report;
    auto emitIssue = [&](const QString& file, const QString& path, const QString& severity, const QString& rule,
                         const QString& message, const QString& line, const TaskDefinitionImport* syntax) {
        if (formatName == "json"_L1) {
            QJsonObject entry { { QStringLiteral("file"), file }, { QStringLiteral("path"), path },
                { QStringLiteral("severity"), severity }, { QStringLiteral("rule"), rule },
                { QStringLiteral("message"), message } };
            if (syntax && syntax->line > 0) {
                entry.insert(QStringLiteral("line"), syntax->line);
                entry.insert(QStringLiteral("column"), syntax->column);
            }
            report.append(entry);
        } else {
            out << file << ": " << line << '\n';
        }
    };
    for (const QString& file : std::as_const(files)) {
        const TaskDefinitionImport imported = readInput(file);
        if (!imported.ok) {
            ++errors;
            const QString place = imported.line > 0
                ? QCoreApplication::translate("TdCommand", "line %1, column %2").arg(imported.line).arg(imported.column)
                : imported.errorPath;
            emitIssue(file, imported.line > 0 ? QString() : place, QStringLiteral("error"),
                imported.line > 0 ? QStringLiteral("json-syntax") : QStringLiteral("import"), imported.errorMessage,
                (place.isEmpty() ? QString() : place + QLatin1String(": ")) + QLatin1String("error: ")
                    + imported.errorMessage,
                &imported);
            continue;
        }
        for (const ValidationIssue& issue : TaskDefinitionValidator::validate(imported.definition)) {
            issue.isError() ? ++errors : ++warnings;
            if (!issue.isError() && parser.isSet(errorsOnly))
                continue;
            emitIssue(file, issue.path, issue.severityName(), issue.rule, issue.message, issue.toString(), nullptr);
        }
    }
    if (formatName == "json"_L1)
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    out.flush();
    err << QCoreApplication::translate("TdCommand", "%1 file(s) checked: %2 error(s), %3 warning(s)")
               .arg(files.size())
               .arg(errors)
               .arg(warnings)
        << '\n';
    return errors > 0 || (parser.isSet(strict) && warnings > 0) ? Findings : Ok;
}

int diff(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("TdCommand", "text (default) or json."), QStringLiteral("format"),
        QStringLiteral("text"));
    if (!parseArguments(parser, QStringLiteral("diff"), arguments, { format }, err))
        return usage(err, Usage);
    if (parser.isSet(QStringLiteral("help")))
        return usage(out, Ok);
    const QStringList files = parser.positionalArguments();
    const QString formatName = parser.value(format);
    if (files.size() != 2 || (formatName != "text"_L1 && formatName != "json"_L1))
        return usage(err, Usage);

    QList<QJsonObject> definitions;
    for (const QString& file : files) {
        const TaskDefinitionImport imported = readInput(file);
        if (!imported.ok) {
            err << file << ": " << QCoreApplication::translate("TdCommand", "error: %1").arg(imported.describeError())
                << '\n';
            return Usage;
        }
        definitions.append(imported.definition);
    }
    const QList<TaskDefinitionChange> changes = TaskDefinitionDiff::compare(definitions.at(0), definitions.at(1));
    if (formatName == "json"_L1) {
        const QJsonObject document { { QStringLiteral("before"), files.at(0) },
            { QStringLiteral("after"), files.at(1) },
            { QStringLiteral("changes"), TaskDefinitionDiff::toJson(changes) } };
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else if (!changes.isEmpty()) {
        out << TaskDefinitionDiff::toUnifiedText(changes, files.at(0), files.at(1));
    }
    return changes.isEmpty() ? Ok : Findings;
}

int exportDefinition(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, QStringLiteral("export"), arguments, {}, err))
        return usage(err, Usage);
    if (parser.isSet(QStringLiteral("help")))
        return usage(out, Ok);
    if (parser.positionalArguments().size() != 1)
        return usage(err, Usage);
    const QString file = parser.positionalArguments().first();
    const TaskDefinitionImport imported = readInput(file);
    if (!imported.ok) {
        err << file << ": " << QCoreApplication::translate("TdCommand", "error: %1").arg(imported.describeError())
            << '\n';
        return Findings;
    }
    out << TaskDefinitionJson::toJson(imported.definition);
    return Ok;
}

int run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty())
        return usage(err, Usage);
    const QString sub = arguments.first();
    if (sub == "validate"_L1)
        return validate(arguments.mid(1), out, err);
    if (sub == "diff"_L1)
        return diff(arguments.mid(1), out, err);
    if (sub == "export"_L1)
        return exportDefinition(arguments.mid(1), out, err);
    if (sub == "--help"_L1 || sub == "-h"_L1 || sub == "help"_L1)
        return usage(out, Ok);
    err << QCoreApplication::translate("TdCommand", "ecsdesk-cli td: unknown subcommand '%1'").arg(sub) << '\n';
    return usage(err, Usage);
}

const EcsDesk::Cli::CommandRegistration registration({ QStringLiteral("td"), "TdCommand",
    QT_TRANSLATE_NOOP("TdCommand", "Task definitions: validate FILE..., diff A B, export FILE"), run });

} // namespace
