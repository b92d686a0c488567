// SPDX-License-Identifier: MIT
#pragma once

#include "models/taskdef/taskdefinitionvalidator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

namespace EcsDesk::Models {

/// What importing a task definition produced: the definition in RegisterTaskDefinition input
/// shape, or an error with its place (line and column for JSON syntax, a JSON path otherwise).
struct TaskDefinitionImport {
    bool ok = false;
    QJsonObject definition;
    bool wasWrapped = false; ///< the text was DescribeTaskDefinition output
    QStringList strippedFields; ///< read-only fields that were removed, in the order found
    QString errorMessage; ///< translated, says what is wrong
    int line = 0; ///< 1-based, for syntax errors (0 when not about a position)
    int column = 0; ///< 1-based, in characters
    QString errorPath; ///< JSON path for structural errors ("" is the document itself)
    /// Parsed, but parts have the wrong shape (`portMappings` an object where a list belongs,
    /// a null): the validator's structural findings, each with its JSON path. The definition is
    /// still imported so that it can be fixed in the editor.
    QList<ValidationIssue> structureIssues;

    /// "line 3, column 7: ..." or the message alone; used by the CLI and the editor's banner.
    QString describeError() const;
};

/// Reading and writing task definition JSON: bare RegisterTaskDefinition input, or wrapped
/// DescribeTaskDefinition output (`{"taskDefinition": {...}, "tags": [...]}`) whose read-only
/// fields (revision, status, ARNs, ...) are dropped so that what we export can be registered.
class TaskDefinitionJson {
    Q_DECLARE_TR_FUNCTIONS(TaskDefinitionJson)
public:
    static TaskDefinitionImport parse(const QByteArray& text);
    static TaskDefinitionImport readFile(const QString& fileName);

    /// The TaskDefinition fields that RegisterTaskDefinition does not accept.
    static const QStringList& readOnlyFields();
    /// `definition` without read-only fields: the RegisterTaskDefinition input.
    static QJsonObject toRegisterInput(QJsonObject definition, QStringList* stripped = nullptr);
    /// Indented JSON of the registrable definition.
    static QByteArray toJson(const QJsonObject& definition, bool indented = true);

    /// A plain-words explanation of a JSON syntax error.
    static QString describeSyntaxError(const QJsonParseError& error);
    /// 1-based line and column (in characters) of a UTF-8 byte offset into `text`.
    static void lineAndColumn(const QByteArray& text, qsizetype offset, int* line, int* column);
};

} // namespace EcsDesk::Models
