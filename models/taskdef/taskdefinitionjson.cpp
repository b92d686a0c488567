// SPDX-License-Identifier: MIT
#include "models/taskdef/taskdefinitionjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace EcsDesk::Models {

QString TaskDefinitionImport::describeError() const
{
    if (line > 0)
        return QCoreApplication::translate("TaskDefinitionJson", "line %1, column %2: %3")
            .arg(line)
            .arg(column)
            .arg(errorMessage);
    if (!errorPath.isEmpty())
        return errorPath + QLatin1String(": ") + errorMessage;
    return errorMessage;
}

const QStringList& TaskDefinitionJson::readOnlyFields()
{
    // TaskDefinition members that RegisterTaskDefinitionRequest lacks (botocore ecs 2014-11-13;
    // deleteRequestedAt is in botocore 1.43, not yet in Debian's 1.29).
    static const QStringList fields {
        QStringLiteral("taskDefinitionArn"),
        QStringLiteral("revision"),
        QStringLiteral("status"),
        QStringLiteral("requiresAttributes"),
        QStringLiteral("compatibilities"),
        QStringLiteral("registeredAt"),
        QStringLiteral("registeredBy"),
        QStringLiteral("deregisteredAt"),
        QStringLiteral("deleteRequestedAt"),
    };
    return fields;
}

QJsonObject TaskDefinitionJson::toRegisterInput(QJsonObject definition, QStringList* stripped)
{
    for (const QString& field : readOnlyFields()) {
        if (definition.contains(field)) {
            definition.remove(field);
            if (stripped)
                stripped->append(field);
        }
    }
    return definition;
}

QByteArray TaskDefinitionJson::toJson(const QJsonObject& definition, bool indented)
{
    return QJsonDocument(toRegisterInput(definition))
        .toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

void TaskDefinitionJson::lineAndColumn(const QByteArray& text, qsizetype offset, int* line, int* column)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int lineNumber = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++lineNumber;
            lineStart = i + 1;
        }
    }
    *line = lineNumber;
    *column = int(QString::fromUtf8(text.constData() + lineStart, offset - lineStart).size()) + 1;
}

QString TaskDefinitionJson::describeSyntaxError(const QJsonParseError& error)
{
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
        return tr("expected ',' or '}' here (is a comma missing?)");
    case QJsonParseError::UnterminatedArray:
        return tr("expected ',' or ']' here (is a comma missing?)");
    case QJsonParseError::MissingNameSeparator:
        return tr("expected ':' after the field name");
    case QJsonParseError::MissingValueSeparator:
        return tr("expected ',' between values");
    case QJsonParseError::IllegalValue:
        return tr("not a JSON value (strings need double quotes; true, false and null are lower case; no trailing "
                  "commas)");
    case QJsonParseError::UnterminatedString:
        return tr("a string is not closed with a double quote");
    case QJsonParseError::GarbageAtEnd:
        return tr("unexpected text after the end of the document");
    default:
        return error.errorString();
    }
}

TaskDefinitionImport TaskDefinitionJson::parse(const QByteArray& input)
{
    // Editors on Windows like to start UTF-8 files with a byte order mark; JSON parsers do not.
    const QByteArray text = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    TaskDefinitionImport result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports the offset one past the first character of the token it could not use.
        const qsizetype offset = error.offset > 0 ? error.offset - 1 : 0;
        lineAndColumn(text, offset, &result.line, &result.column);
        result.errorMessage = tr("not valid JSON: %1").arg(describeSyntaxError(error));
        return result;
    }
    if (!document.isObject()) {
        result.errorMessage = tr("a task definition must be a JSON object, not %1")
                                  .arg(document.isArray() ? tr("an array") : tr("a scalar value"));
        return result;
    }
    QJsonObject root = document.object();
    const QJsonValue wrapped = root.value(QLatin1String("taskDefinition"));
    if (!wrapped.isUndefined() && !root.contains(QLatin1String("containerDefinitions"))) {
        if (!wrapped.isObject()) {
            result.errorPath = QStringLiteral("taskDefinition");
            result.errorMessage = tr("taskDefinition must be an object holding the task definition");
            return result;
        }
        result.wasWrapped = true;
        QJsonObject inner = wrapped.toObject();
        // DescribeTaskDefinition returns the tags beside the definition; registering takes them inside.
        const QJsonValue tags = root.value(QLatin1String("tags"));
        if (tags.isArray() && !tags.toArray().isEmpty() && !inner.contains(QLatin1String("tags")))
            inner.insert(QStringLiteral("tags"), tags);
        root = inner;
    }
    result.definition = toRegisterInput(root, &result.strippedFields);
    result.ok = true;
    for (const ValidationIssue& issue : TaskDefinitionValidator::validate(result.definition)) {
        if (issue.rule == QLatin1String("wrong-type") || issue.rule == QLatin1String("null-value"))
            result.structureIssues.append(issue);
    }
    return result;
}

TaskDefinitionImport TaskDefinitionJson::readFile(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        TaskDefinitionImport result;
        result.errorMessage = tr("cannot read %1: %2").arg(fileName, file.errorString());
        return result;
    }
    return parse(file.readAll());
}

} // namespace EcsDesk::Models
