// SPDX-License-Identifier: MIT
#include "models/taskrow.h"

#include "api/ecs/taskaddresses.h"

#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QJsonArray>
#include <QMutexLocker>
#include <QtEndian>

#include <vector>

#include <zlib.h>

namespace EcsDesk::Models {

namespace {
    /// CBOR of the object, zlib-compressed, in qCompress()'s format (so qUncompress() reads it).
    /// The encoder and compressor write into per-thread buffers that are reused, so converting
    /// 100,000 tasks allocates nothing but the result: no freed temporaries left between the rows'
    /// bytes, which would keep the heap fragmented (and resident) after the answers are gone.
    QByteArray pack(const QJsonObject& json)
    {
        thread_local QByteArray cbor;
        thread_local std::vector<Bytef> packed;
        cbor.resize(0); // keeps the capacity
        {
            QCborStreamWriter writer(&cbor);
            QCborMap::fromJsonObject(json).toCborValue().toCbor(writer);
        }
        uLongf packedSize = compressBound(uLong(cbor.size()));
        if (packed.size() < packedSize)
            packed.resize(packedSize);
        // Level 1: about a third of the size at a fraction of the default level's cost.
        if (compress2(
                packed.data(), &packedSize, reinterpret_cast<const Bytef*>(cbor.constData()), uLong(cbor.size()), 1)
            != Z_OK)
            return {};
        QByteArray result(qsizetype(4 + packedSize), Qt::Uninitialized);
        qToBigEndian<quint32>(quint32(cbor.size()), result.data());
        std::copy_n(packed.data(), packedSize, reinterpret_cast<Bytef*>(result.data() + 4));
        return result;
    }

    QJsonObject unpack(const QByteArray& bytes)
    {
        return QCborValue::fromCbor(qUncompress(bytes)).toMap().toJsonObject();
    }
} // namespace

QString StringPool::intern(const QString& value)
{
    if (value.isEmpty())
        return {};
    const QMutexLocker locker(&m_mutex);
    const auto it = m_strings.constFind(value);
    if (it != m_strings.cend())
        return *it;
    // A copy of its own: sharing the caller's string would keep the page of the answer it was parsed
    // from allocated long after the answer is gone.
    const QString copy(value.constData(), value.size());
    m_strings.insert(copy);
    return copy;
}

void StringPool::clear()
{
    const QMutexLocker locker(&m_mutex);
    m_strings.clear();
}

qsizetype StringPool::size() const
{
    const QMutexLocker locker(&m_mutex);
    return m_strings.size();
}

std::optional<int> taskExitCode(const Api::Task& task)
{
    std::optional<int> result;
    for (const Api::Container& container : task.containers) {
        if (!container.exitCode)
            continue;
        if (!result || *container.exitCode != 0)
            result = container.exitCode;
        if (*result != 0)
            break;
    }
    return result;
}

qint64 taskVersion(const Api::Task& task)
{
    const QJsonValue version = task.raw.value(QLatin1String("version"));
    return version.isDouble() ? version.toInteger(-1) : -1;
}

QJsonObject taskJson(const Api::Task& task)
{
    if (!task.raw.isEmpty())
        return task.raw;
    QJsonObject json;
    auto put = [&json](const char* key, const QString& value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    auto putTime = [&json](const char* key, const QDateTime& value) {
        if (value.isValid())
            json.insert(QLatin1String(key), double(value.toMSecsSinceEpoch()) / 1000.0);
    };
    put("taskArn", task.arn);
    put("clusterArn", task.clusterArn);
    put("taskDefinitionArn", task.taskDefinitionArn);
    put("containerInstanceArn", task.containerInstanceArn);
    put("group", task.group);
    put("startedBy", task.startedBy);
    put("lastStatus", task.lastStatus);
    put("desiredStatus", task.desiredStatus);
    put("healthStatus", task.healthStatus);
    put("launchType", task.launchType);
    put("availabilityZone", task.availabilityZone);
    put("cpu", task.cpu);
    put("memory", task.memory);
    put("stopCode", task.stopCode);
    put("stoppedReason", task.stoppedReason);
    putTime("createdAt", task.createdAt);
    putTime("startedAt", task.startedAt);
    putTime("stoppingAt", task.stoppingAt);
    putTime("stoppedAt", task.stoppedAt);
    QJsonArray containers;
    for (const Api::Container& c : task.containers) {
        QJsonObject container = c.raw;
        if (container.isEmpty()) {
            container.insert(QLatin1String("name"), c.name);
            if (!c.arn.isEmpty())
                container.insert(QLatin1String("containerArn"), c.arn);
            if (!c.image.isEmpty())
                container.insert(QLatin1String("image"), c.image);
            if (!c.lastStatus.isEmpty())
                container.insert(QLatin1String("lastStatus"), c.lastStatus);
            if (!c.healthStatus.isEmpty())
                container.insert(QLatin1String("healthStatus"), c.healthStatus);
            if (c.exitCode)
                container.insert(QLatin1String("exitCode"), *c.exitCode);
            if (!c.reason.isEmpty())
                container.insert(QLatin1String("reason"), c.reason);
        }
        containers.append(container);
    }
    if (!containers.isEmpty())
        json.insert(QLatin1String("containers"), containers);
    if (!task.tags.isEmpty())
        json.insert(QLatin1String("tags"), Api::EcsJson::tagsToJson(task.tags));
    return json;
}

TaskContext TaskContext::fromCluster(
    const QList<Api::ContainerInstance>& containerInstances, const QList<Api::Service>& services)
{
    TaskContext context;
    context.ec2InstanceByContainerInstance.reserve(containerInstances.size());
    for (const Api::ContainerInstance& instance : containerInstances) {
        if (!instance.ec2InstanceId.isEmpty())
            context.ec2InstanceByContainerInstance.insert(instance.arn, instance.ec2InstanceId);
    }
    for (const Api::Service& service : services) {
        for (const Api::Deployment& deployment : service.deployments) {
            if (!deployment.id.isEmpty())
                context.serviceByDeployment.insert(deployment.id, service.name);
        }
    }
    return context;
}

QString TaskContext::ec2InstanceOf(const Api::Task& task) const { return ec2InstanceFor(task.containerInstanceArn); }

QStringView TaskContext::serviceNameFor(const QString& group, const QString& startedBy) const
{
    static const QLatin1String servicePrefix("service:");
    if (group.startsWith(servicePrefix))
        return QStringView(group).mid(servicePrefix.size());
    if (startedBy.startsWith(QLatin1String("ecs-svc/"))) {
        const auto found = serviceByDeployment.constFind(startedBy);
        if (found != serviceByDeployment.cend())
            return *found;
    }
    return {};
}

TaskRow TaskRow::fromTask(const Api::Task& task, StringPool& pool, const TaskContext& context)
{
    TaskRow row;
    row.arn = QString(task.arn.constData(), task.arn.size()); // not pinning the parsed answer's memory
    row.clusterArn = pool.intern(task.clusterArn);
    row.taskDefinitionArn = pool.intern(task.taskDefinitionArn);
    row.containerInstanceArn = pool.intern(task.containerInstanceArn);
    row.ec2InstanceId = pool.intern(context.ec2InstanceOf(task));
    row.group = pool.intern(task.group);
    if (task.startedBy.startsWith(QLatin1String("ecs-svc/")))
        row.startedBy = pool.intern(task.startedBy); // one per deployment; other values are not needed
    row.serviceName = pool.intern(context.serviceOf(task));
    row.lastStatus = pool.intern(task.lastStatus);
    row.desiredStatus = pool.intern(task.desiredStatus);
    row.healthStatus = pool.intern(task.healthStatus);
    row.launchType = pool.intern(task.launchType);
    row.availabilityZone = pool.intern(task.availabilityZone);
    row.cpu = pool.intern(task.cpu);
    row.memory = pool.intern(task.memory);
    row.stoppedReason = pool.intern(task.stoppedReason);
    row.startedAt = task.startedAt;
    row.exitCode = taskExitCode(task);
    row.version = taskVersion(task);
    const QJsonObject json = taskJson(task);
    row.setAddresses(json, pool);
    row.packedJson = pack(json);
    return row;
}

namespace {

    /// "10.0.1.23" -> its number; 0 when `text` is not a dotted IPv4 address.
    quint32 parseIpv4(const QString& text)
    {
        const QList<QStringView> parts = QStringView(text).split(QLatin1Char('.'));
        if (parts.size() != 4)
            return 0;
        quint32 number = 0;
        for (const QStringView part : parts) {
            bool ok = false;
            const uint value = part.toUInt(&ok);
            if (!ok || value > 255 || part.size() > 3)
                return 0;
            number = number * 256 + value;
        }
        return number;
    }

    QString formatIpv4(quint32 number)
    {
        return QStringLiteral("%1.%2.%3.%4")
            .arg(number >> 24)
            .arg((number >> 16) & 0xff)
            .arg((number >> 8) & 0xff)
            .arg(number & 0xff);
    }

    const QChar addressSeparator(0x1f);

} // namespace

void TaskRow::setAddresses(const QJsonObject& task, StringPool& pool)
{
    const Api::TaskAddresses addresses = Api::TaskAddresses::fromTaskJson(task);
    privateIpv4 = parseIpv4(addresses.privateIp);
    publicIpv4 = parseIpv4(addresses.publicIp);
    eniLow = 0;
    eniHigh = 0;
    eniDigits = 0;
    QString otherEni = addresses.eniId;
    if (addresses.eniId.startsWith(QLatin1String("eni-"))) {
        const QStringView hex = QStringView(addresses.eniId).mid(4);
        bool ok = !hex.isEmpty() && hex.size() <= 17;
        for (const QChar c : hex)
            ok = ok
                && ((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                    || (c >= QLatin1Char('a') && c <= QLatin1Char('f')));
        if (ok) {
            eniLow = hex.right(16).toULongLong(nullptr, 16);
            eniHigh = hex.size() > 16 ? quint8(hex.left(1).toUInt(nullptr, 16)) : 0;
            eniDigits = quint8(hex.size());
            otherEni.clear();
        }
    }
    const QString otherPrivate = privateIpv4 ? QString() : addresses.privateIp;
    const QString otherPublic = publicIpv4 ? QString() : addresses.publicIp;
    QString text = addresses.subnetId + addressSeparator + addresses.hostPortsText();
    if (!otherEni.isEmpty() || !otherPrivate.isEmpty() || !otherPublic.isEmpty())
        text += addressSeparator + otherEni + addressSeparator + otherPrivate + addressSeparator + otherPublic;
    addressText = text.size() == 1 ? QString() : pool.intern(text);
}

QString TaskRow::address(AddressField field) const
{
    const auto part = [this](int at) { return QStringView(addressText).split(addressSeparator).value(at).toString(); };
    switch (field) {
    case AddressField::PrivateIp:
        return privateIpv4 ? formatIpv4(privateIpv4) : part(3);
    case AddressField::PublicIp:
        return publicIpv4 ? formatIpv4(publicIpv4) : part(4);
    case AddressField::Eni:
        if (eniDigits == 0)
            return part(2);
        return QLatin1String("eni-")
            + (eniDigits > 16
                    ? QString::number(eniHigh, 16) + QStringLiteral("%1").arg(eniLow, 16, 16, QLatin1Char('0'))
                    : QStringLiteral("%1").arg(eniLow, eniDigits, 16, QLatin1Char('0')));
    case AddressField::Subnet:
        return part(0);
    case AddressField::HostPorts:
        return part(1);
    }
    return {};
}

QJsonObject TaskRow::json() const { return unpack(packedJson); }

Api::Task TaskRow::task() const { return Api::Task::fromJson(json()); }

void TaskRow::applyContext(const TaskContext& context, StringPool& pool)
{
    const QString ec2 = context.ec2InstanceFor(containerInstanceArn);
    if (ec2 != ec2InstanceId)
        ec2InstanceId = pool.intern(ec2);
    const QStringView service = context.serviceNameFor(group, startedBy);
    if (service != serviceName)
        serviceName = pool.intern(service.toString());
}

bool TaskRow::isStopped() const
{
    return lastStatus == QLatin1String("STOPPED") || desiredStatus == QLatin1String("STOPPED");
}

} // namespace EcsDesk::Models
