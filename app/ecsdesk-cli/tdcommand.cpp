// SPDX-License-Identifier: MIT
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
#include <QLocale>

#include <algorithm>

using namespace EcsDesk::Models;
using namespace Qt::StringLiterals;

namespace {

enum ExitCode { Ok = 0, Findings = 1, Usage = 2 };

// Text taken from a file, made safe to print: C0 and C1 control characters other than newline and
// tab (and DEL) are written as visible escapes, so a value holding ESC]0;... cannot retitle or
// reprogram the terminal.
QString printable(const QString& text)
{
    const auto isControl
        = [](char16_t c) { return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f); };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString result;
    result.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (!isControl(c.unicode()))
            result.append(c);
        else if (c.unicode() < 0x80)
            result.append(u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0'));
        else
            result.append(u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0'));
    }
    return result;
}

// JSON output: Qt escapes C0 characters in strings but writes DEL and C1 ones (U+0080..U+009F)
// as they are; the \u escapes mean the same to a JSON reader and nothing to a terminal.
QByteArray printableJson(const QByteArray& json)
{
    QByteArray result;
    result.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto byte = static_cast<unsigned char>(json.at(i));
        const auto next = i + 1 < json.size() ? static_cast<unsigned char>(json.at(i + 1)) : 0;
        if (byte == 0x7f) {
            result.append("\\u007f");
        } else if (byte == 0xc2 && next >= 0x80 && next <= 0x9f) {
            result.append("\\u00");
            result.append(QByteArray::number(next, 16).rightJustified(2, '0'));
            ++i;
        } else {
            result.append(char(byte));
        }
    }
    return result;
}

// A file, or standard input for "-" (aws ecs describe-task-definition ... | ecsdesk-cli td validate -).
// Input beyond TaskDefinitionValidator::maxFileBytes is refused unread (`tooLarge`): ECS takes at
// most 64 KiB, and a 59 MB file must not cost minutes.
struct Input {
    TaskDefinitionImport imported;
    QString tooLarge; ///< why the input was not read; empty when it was
};

QString tooLargeMessage(qint64 bytes, bool atLeast)
{
    const QString size = QLocale::c().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
    const qint64 limitKiB = TaskDefinitionValidator::maxDefinitionBytes / 1024;
    return atLeast ? QCoreApplication::translate("TdCommand",
               "the input is more than %1 MiB; a task definition is at most %2 KiB of JSON (ECS's limit), "
               "so it was not read")
                         .arg(size)
                         .arg(limitKiB)
                   : QCoreApplication::translate("TdCommand",
                       "the file is %1 MiB; a task definition is at most %2 KiB of JSON (ECS's limit), so it was "
                       "not read")
                         .arg(size)
                         .arg(limitKiB);
}

Input readInput(const QString& file)
{
    Input input;
    if (file != "-"_L1) {
        const QFileInfo info(file);
        if (info.isFile() && info.size() > TaskDefinitionValidator::maxFileBytes) {
            input.tooLarge = tooLargeMessage(info.size(), false);
            return input;
        }
        input.imported = TaskDefinitionJson::readFile(file);
        return input;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        input.imported.errorMessage = QCoreApplication::translate("TdCommand", "cannot read standard input");
        return input;
    }
    QByteArray data; // a pipe gives a little at a time: read to the end, or just past the limit
    while (data.size() <= TaskDefinitionValidator::maxFileBytes) {
        const QByteArray chunk = in.read(TaskDefinitionValidator::maxFileBytes + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (data.size() > TaskDefinitionValidator::maxFileBytes) {
        input.tooLarge = tooLargeMessage(TaskDefinitionValidator::maxFileBytes, true);
        return input;
    }
    input.imported = TaskDefinitionJson::parse(data);
    return input;
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
            out << printable(file) << ": " << printable(line) << '\n';
        }
    };
    for (const QString& file : std::as_const(files)) {
        const Input input = readInput(file);
        if (!input.tooLarge.isEmpty()) {
            ++errors;
            emitIssue(file, QString(), QStringLiteral("error"), QStringLiteral("definition-too-large"), input.tooLarge,
                QLatin1String("error: ") + input.tooLarge, nullptr);
            continue;
        }
        const TaskDefinitionImport& imported = input.imported;
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
    if (formatName == "json"_L1) {
        out.flush();
        out.device()->write(printableJson(QJsonDocument(report).toJson(QJsonDocument::Indented)));
    }
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
        const Input input = readInput(file);
        if (!input.tooLarge.isEmpty() || !input.imported.ok) {
            const QString problem = input.tooLarge.isEmpty() ? input.imported.describeError() : input.tooLarge;
            err << printable(file) << ": "
                << printable(QCoreApplication::translate("TdCommand", "error: %1").arg(problem)) << '\n';
            return Usage;
        }
        definitions.append(input.imported.definition);
    }
    const QList<TaskDefinitionChange> changes = TaskDefinitionDiff::compare(definitions.at(0), definitions.at(1));
    if (formatName == "json"_L1) {
        const QJsonObject document { { QStringLiteral("before"), files.at(0) },
            { QStringLiteral("after"), files.at(1) },
            { QStringLiteral("changes"), TaskDefinitionDiff::toJson(changes) } };
        out.flush();
        out.device()->write(printableJson(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    } else if (!changes.isEmpty()) {
        out << printable(TaskDefinitionDiff::toUnifiedText(changes, files.at(0), files.at(1)));
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
    const Input input = readInput(file);
    if (!input.tooLarge.isEmpty() || !input.imported.ok) {
        const QString problem = input.tooLarge.isEmpty() ? input.imported.describeError() : input.tooLarge;
        err << printable(file) << ": " << printable(QCoreApplication::translate("TdCommand", "error: %1").arg(problem))
            << '\n';
        return Findings;
    }
    out.flush();
    out.device()->write(printableJson(TaskDefinitionJson::toJson(input.imported.definition)));
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
    err << QCoreApplication::translate("TdCommand", "ecsdesk-cli td: unknown subcommand '%1'").arg(printable(sub))
        << '\n';
    return usage(err, Usage);
}

const EcsDesk::Cli::CommandRegistration registration({ QStringLiteral("td"), "TdCommand",
    QT_TRANSLATE_NOOP("TdCommand", "Task definitions: validate FILE..., diff A B, export FILE"), run });

} // namespace
