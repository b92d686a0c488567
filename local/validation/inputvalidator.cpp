// SPDX-License-Identifier: MIT
#include "local/validation/inputvalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <vector>

namespace EcsDesk::Local {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::InputValidator", text); }

    enum class Type : quint8 { Structure, List, Map, String, Integer, Long, Double, Boolean, Timestamp, Blob };

    struct Shape {
        Type type = Type::String;
        bool hasMin = false;
        bool hasMax = false;
        double min = 0;
        double max = 0;
        QStringList enums; // sorted
        QHash<QString, int> members; // structure: member name -> shape index
        int member = -1; // list
        int key = -1; // map
        int value = -1; // map
    };

    /// An ECS quota on one top-level member of a request: a count (integers) or a number of items (lists).
    struct Quota {
        const char* operation;
        const char* member;
        qint64 min;
        qint64 max;
        const char* code;
        const char* message;
    };

    // ECS's request quotas (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html)
    // and the item limits of its Describe calls, with ECS's error code and wording.
    constexpr Quota ecsQuotas[] = {
        { "RunTask", "count", 1, 10, "InvalidParameterException",
            QT_TRANSLATE_NOOP("EcsDesk::Local::InputValidator", "Count must be between 1 and 10.") },
        { "StartTask", "containerInstances", 1, 10, "InvalidParameterException",
            QT_TRANSLATE_NOOP(
                "EcsDesk::Local::InputValidator", "containerInstances must contain between 1 and 10 items.") },
        { "RegisterTaskDefinition", "containerDefinitions", 0, 10, "ClientException",
            QT_TRANSLATE_NOOP("EcsDesk::Local::InputValidator", "Too many containers.") },
        // desiredCount 0..5000 (tasks per service) is the rulebook's (rules/ecsrules.cpp), with its text.
        { "DescribeTasks", "tasks", 0, 100, "InvalidParameterException",
            QT_TRANSLATE_NOOP("EcsDesk::Local::InputValidator", "tasks can have at most 100 items.") },
        { "DescribeServices", "services", 0, 10, "InvalidParameterException",
            QT_TRANSLATE_NOOP("EcsDesk::Local::InputValidator", "services can have at most 10 items.") },
        { "DescribeClusters", "clusters", 0, 100, "InvalidParameterException",
            QT_TRANSLATE_NOOP("EcsDesk::Local::InputValidator", "clusters can have at most 100 items.") },
        { "DescribeContainerInstances", "containerInstances", 0, 100, "InvalidParameterException",
            QT_TRANSLATE_NOOP("EcsDesk::Local::InputValidator", "containerInstances can have at most 100 items.") },
    };

    std::optional<Type> typeOf(const QString& name)
    {
        static const QHash<QString, Type> types {
            { QStringLiteral("structure"), Type::Structure },
            { QStringLiteral("list"), Type::List },
            { QStringLiteral("map"), Type::Map },
            { QStringLiteral("string"), Type::String },
            { QStringLiteral("integer"), Type::Integer },
            { QStringLiteral("long"), Type::Long },
            { QStringLiteral("double"), Type::Double },
            { QStringLiteral("float"), Type::Double },
            { QStringLiteral("boolean"), Type::Boolean },
            { QStringLiteral("timestamp"), Type::Timestamp },
            { QStringLiteral("blob"), Type::Blob },
        };
        const auto found = types.constFind(name);
        if (found == types.cend())
            return std::nullopt;
        return *found;
    }

    QString typeName(Type type)
    {
        switch (type) {
        case Type::Structure:
            return QStringLiteral("a Structure");
        case Type::List:
            return QStringLiteral("a List");
        case Type::Map:
            return QStringLiteral("a Map");
        case Type::String:
            return QStringLiteral("a String");
        case Type::Integer:
            return QStringLiteral("an Integer");
        case Type::Long:
            return QStringLiteral("a Long");
        case Type::Double:
            return QStringLiteral("a Double");
        case Type::Boolean:
            return QStringLiteral("a Boolean");
        case Type::Timestamp:
            return QStringLiteral("a Timestamp");
        case Type::Blob:
            return QStringLiteral("a Blob");
        }
        return {};
    }

    QString tokenOf(const QJsonValue& value)
    {
        switch (value.type()) {
        case QJsonValue::String:
            return QStringLiteral("STRING_VALUE");
        case QJsonValue::Double:
            return QStringLiteral("NUMBER_VALUE");
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("TRUE_VALUE") : QStringLiteral("FALSE_VALUE");
        default:
            return QStringLiteral("VALUE");
        }
    }
} // namespace

struct InputValidator::Service {
    QString validationCode; // the service's error for a value outside the model's constraints
    QHash<QString, int> operations; // operation -> input shape index (-1: no input)
    std::vector<Shape> shapes;
    QHash<QString, QHash<QString, const Quota*>> quotas; // operation -> member -> quota
};

namespace {
    std::shared_ptr<InputValidator::Service> loadService(
        const QString& resource, const QString& validationCode, QByteArray* targetPrefix)
    {
        QFile file(resource);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("InputValidator: missing model %s", qPrintable(resource));
            return nullptr;
        }
        const QJsonObject model = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject shapes = model.value(QLatin1String("shapes")).toObject();
        *targetPrefix = model.value(QLatin1String("targetPrefix")).toString().toLatin1();
        auto service = std::make_shared<InputValidator::Service>();
        service->validationCode = validationCode;
        QHash<QString, int> indexes;
        for (auto it = shapes.begin(); it != shapes.end(); ++it)
            indexes.insert(it.key(), int(indexes.size()));
        auto indexOf = [&](const QJsonValue& name) { return indexes.value(name.toString(), -1); };
        service->shapes.resize(size_t(indexes.size()));
        for (auto it = shapes.begin(); it != shapes.end(); ++it) {
            const QJsonObject spec = it.value().toObject();
            Shape& shape = service->shapes[size_t(indexes.value(it.key()))];
            shape.type = typeOf(spec.value(QLatin1String("type")).toString()).value_or(Type::String);
            shape.hasMin = spec.contains(QLatin1String("min"));
            shape.hasMax = spec.contains(QLatin1String("max"));
            shape.min = spec.value(QLatin1String("min")).toDouble();
            shape.max = spec.value(QLatin1String("max")).toDouble();
            for (const QJsonValue& value : spec.value(QLatin1String("enum")).toArray())
                shape.enums.append(value.toString());
            std::sort(shape.enums.begin(), shape.enums.end());
            const QJsonObject members = spec.value(QLatin1String("members")).toObject();
            for (auto member = members.begin(); member != members.end(); ++member)
                shape.members.insert(member.key(), indexOf(member.value()));
            shape.member = indexOf(spec.value(QLatin1String("member")));
            shape.key = indexOf(spec.value(QLatin1String("key")));
            shape.value = indexOf(spec.value(QLatin1String("value")));
        }
        const QJsonObject operations = model.value(QLatin1String("operations")).toObject();
        for (auto it = operations.begin(); it != operations.end(); ++it)
            service->operations.insert(it.key(), indexOf(it.value()));
        return service;
    }

    /// One walk over a request: the first type error (it wins, as AWS deserializes before it
    /// validates) and the first constraint error.
    class Walk {
    public:
        Walk(const InputValidator::Service& service, bool queryProtocol)
            : m_service(service)
            , m_query(queryProtocol)
        {
        }

        std::optional<ApiError> typeError;
        std::optional<ApiError> constraintError;

        void structure(const QJsonObject& object, const Shape& shape, const QHash<QString, const Quota*>* quotas)
        {
            for (auto it = object.begin(); it != object.end() && !typeError; ++it) {
                const QString key = it.key();
                const auto member = shape.members.constFind(key);
                if (member == shape.members.cend() || *member < 0)
                    continue; // unknown members are ignored, as AWS does
                const QJsonValue value = it.value();
                m_path.push_back({ key, -1 });
                const Quota* quota = quotas ? quotas->value(key, nullptr) : nullptr;
                if (!quota || !exceeds(value, *quota))
                    check(value, m_service.shapes[size_t(*member)]);
                m_path.pop_back();
            }
        }

    private:
        struct Step {
            QString name;
            qsizetype index;
        };

        QString path() const
        {
            QString text;
            for (const Step& step : m_path) {
                if (step.index >= 0) {
                    text += QLatin1Char('[') + QString::number(step.index) + QLatin1Char(']');
                } else {
                    if (!text.isEmpty())
                        text += QLatin1Char('.');
                    text += step.name;
                }
            }
            return text;
        }

        void wrongType(const QJsonValue& value, Type expected)
        {
            QString message;
            if (value.isObject())
                message = tr("Start of structure or map found where not expected.");
            else if (value.isArray())
                message = tr("Start of list found where not expected.");
            else
                message = tr("%1 can not be converted to %2").arg(tokenOf(value), typeName(expected));
            if (m_query && value.isString()) {
                message = tr("The value '%1' can not be converted to %2")
                              .arg(value.toString().left(256), typeName(expected));
            }
            typeError = ApiError { m_query ? m_service.validationCode : QStringLiteral("SerializationException"),
                tr("%1 (at '%2')").arg(message, path()), 400 };
        }

        void violation(const QJsonValue& value, const QString& constraint)
        {
            if (constraintError)
                return;
            QString shown;
            if (value.isString())
                shown = value.toString().left(256);
            else if (value.isDouble())
                shown = QString::number(value.toDouble(), 'g', 17);
            else if (value.isBool())
                shown = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            const QString where = path();
            constraintError = ApiError { m_service.validationCode,
                shown.isNull() ? tr("1 validation error detected: Value at '%1' failed to satisfy constraint: %2")
                                     .arg(where, constraint)
                               : tr("1 validation error detected: Value '%1' at '%2' failed to satisfy constraint: %3")
                                     .arg(shown, where, constraint),
                400 };
        }

        /// Whether `value` breaks the quota (then reported, and not walked: it may be huge).
        bool exceeds(const QJsonValue& value, const Quota& quota)
        {
            double amount = 0;
            if (value.isArray())
                amount = double(value.toArray().size());
            else if (value.isDouble())
                amount = value.toDouble();
            else
                return false; // a wrong type: the walk reports it
            if (amount >= double(quota.min) && amount <= double(quota.max))
                return false;
            if (!constraintError) {
                constraintError = ApiError { QString::fromLatin1(quota.code),
                    QCoreApplication::translate("EcsDesk::Local::InputValidator", quota.message), 400 };
            }
            return value.isArray();
        }

        void length(const QJsonValue& value, double size, const Shape& shape)
        {
            if (shape.hasMin && size < shape.min)
                violation(value, tr("Member must have length greater than or equal to %1").arg(qint64(shape.min)));
            else if (shape.hasMax && size > shape.max)
                violation(value, tr("Member must have length less than or equal to %1").arg(qint64(shape.max)));
        }

        void range(const QJsonValue& value, double number, const Shape& shape, double low, double high)
        {
            const double min = shape.hasMin ? std::max(shape.min, low) : low;
            const double max = shape.hasMax ? std::min(shape.max, high) : high;
            if (number < min)
                violation(
                    value, tr("Member must have value greater than or equal to %1").arg(QString::number(min, 'f', 0)));
            else if (number > max)
                violation(
                    value, tr("Member must have value less than or equal to %1").arg(QString::number(max, 'f', 0)));
        }

        void check(const QJsonValue& value, const Shape& shape)
        {
            if (value.isNull())
                return; // an explicit null is an absent member
            if (m_query && value.isString() && shape.type != Type::String && shape.type != Type::Blob
                && shape.type != Type::Timestamp) {
                const std::optional<QJsonValue> typed = fromText(value.toString(), shape.type);
                if (!typed)
                    return wrongType(value, shape.type);
                return check(*typed, shape);
            }
            switch (shape.type) {
            case Type::Structure:
                if (!value.isObject())
                    return wrongType(value, shape.type);
                return structure(value.toObject(), shape, nullptr);
            case Type::List: {
                if (!value.isArray())
                    return wrongType(value, shape.type);
                const QJsonArray items = value.toArray();
                length(value, double(items.size()), shape);
                if (shape.member < 0)
                    return;
                const Shape& member = m_service.shapes[size_t(shape.member)];
                m_path.push_back({ QString(), 0 });
                for (qsizetype i = 0; i < items.size() && !typeError; ++i) {
                    m_path.back().index = i;
                    check(items.at(i), member);
                }
                m_path.pop_back();
                return;
            }
            case Type::Map: {
                if (m_query)
                    return; // entry.N.key / entry.N.value forms are not decoded as maps
                if (!value.isObject())
                    return wrongType(value, shape.type);
                const QJsonObject object = value.toObject();
                length(value, double(object.size()), shape);
                for (auto it = object.begin(); it != object.end() && !typeError; ++it) {
                    m_path.push_back({ it.key(), -1 });
                    if (shape.key >= 0)
                        check(QJsonValue(it.key()), m_service.shapes[size_t(shape.key)]);
                    if (shape.value >= 0 && !typeError)
                        check(it.value(), m_service.shapes[size_t(shape.value)]);
                    m_path.pop_back();
                }
                return;
            }
            case Type::String: {
                if (!value.isString())
                    return wrongType(value, shape.type);
                if (!shape.hasMin && !shape.hasMax && shape.enums.isEmpty())
                    return;
                const QString text = value.toString();
                length(value, double(text.size()), shape);
                if (!shape.enums.isEmpty() && !std::binary_search(shape.enums.cbegin(), shape.enums.cend(), text))
                    violation(value, tr("Member must satisfy enum value set: [%1]").arg(shape.enums.join(u", ")));
                return;
            }
            case Type::Integer:
            case Type::Long: {
                if (!value.isDouble())
                    return wrongType(value, shape.type);
                const double number = value.toDouble();
                if (std::isfinite(number) && std::trunc(number) != number)
                    return wrongType(value, shape.type);
                if (shape.type == Type::Integer)
                    range(value, number, shape, -2147483648.0, 2147483647.0);
                else
                    range(value, number, shape, -9223372036854775808.0, 9223372036854775807.0);
                return;
            }
            case Type::Double:
                if (!value.isDouble())
                    return wrongType(value, shape.type);
                if (shape.hasMin && value.toDouble() < shape.min)
                    violation(value, tr("Member must have value greater than or equal to %1").arg(shape.min));
                else if (shape.hasMax && value.toDouble() > shape.max)
                    violation(value, tr("Member must have value less than or equal to %1").arg(shape.max));
                return;
            case Type::Boolean:
                if (!value.isBool())
                    return wrongType(value, shape.type);
                return;
            case Type::Timestamp:
                // Epoch seconds (what the SDKs send for JSON protocols) or an ISO 8601 text.
                if (!value.isDouble() && !value.isString())
                    return wrongType(value, shape.type);
                return;
            case Type::Blob:
                if (!value.isString())
                    return wrongType(value, shape.type);
                return;
            }
        }

        /// A query-protocol scalar as the JSON value of its type; nullopt when the text does not parse.
        static std::optional<QJsonValue> fromText(const QString& text, Type type)
        {
            bool ok = false;
            switch (type) {
            case Type::Integer:
            case Type::Long: {
                const qint64 number = text.toLongLong(&ok);
                if (ok)
                    return QJsonValue(number);
                const double wide = text.toDouble(&ok); // beyond 64 bits: refused by the range check
                if (ok && std::trunc(wide) == wide)
                    return QJsonValue(wide);
                return std::nullopt;
            }
            case Type::Double: {
                const double number = text.toDouble(&ok);
                return ok ? std::optional<QJsonValue>(QJsonValue(number)) : std::nullopt;
            }
            case Type::Boolean:
                if (text == QLatin1String("true") || text == QLatin1String("false"))
                    return QJsonValue(text == QLatin1String("true"));
                return std::nullopt;
            default:
                return std::nullopt; // text where a structure or list belongs
            }
        }

        const InputValidator::Service& m_service;
        const bool m_query;
        std::vector<Step> m_path;
    };
} // namespace

InputValidator::InputValidator()
{
    struct Model {
        const char* file;
        const char* validationCode;
        const char* key = nullptr; ///< for query-protocol-only models (no X-Amz-Target prefix): the signing name
    };
    const Model models[] = {
        { "ecs.json", "InvalidParameterException" },
        { "logs.json", "InvalidParameterException" },
        { "application-autoscaling.json", "ValidationException" },
        { "cloudwatch.json", "InvalidParameterValue" },
        { "elbv2.json", "ValidationError", "elasticloadbalancing" },
    };
    for (const Model& model : models) {
        QByteArray prefix;
        auto service = loadService(QStringLiteral(":/ecsdesk/models/") + QLatin1String(model.file),
            QString::fromLatin1(model.validationCode), &prefix);
        if (!service)
            continue;
        if (model.key)
            prefix = model.key;
        if (qstrcmp(model.file, "ecs.json") == 0) {
            for (const Quota& quota : ecsQuotas)
                service->quotas[QLatin1String(quota.operation)].insert(QLatin1String(quota.member), &quota);
        }
        m_services.insert(prefix, std::move(service));
    }
}

InputValidator::~InputValidator() = default;

const InputValidator& InputValidator::instance()
{
    static const InputValidator validator;
    return validator;
}

std::optional<ApiError> InputValidator::validate(
    const QByteArray& targetPrefix, const QString& operation, const QJsonObject& input, bool queryProtocol) const
{
    const auto service = m_services.constFind(targetPrefix);
    if (service == m_services.cend())
        return std::nullopt;
    const Service& model = **service;
    const int shape = model.operations.value(operation, -1);
    if (shape < 0)
        return std::nullopt;
    const auto quotas = model.quotas.constFind(operation);
    Walk walk(model, queryProtocol);
    walk.structure(input, model.shapes[size_t(shape)], quotas == model.quotas.cend() ? nullptr : &*quotas);
    if (walk.typeError)
        return walk.typeError;
    return walk.constraintError;
}

} // namespace EcsDesk::Local
