// SPDX-License-Identifier: MIT
#pragma once

#include "local/domain/records.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace EcsDesk::Local {

/// The kinds of records the endpoint keeps. Records are AWS-shaped JSON documents keyed by ARN
/// (or another unique, ordered key), so a cluster's services or tasks are one contiguous range.
enum class Kind {
    // The numbers are stored in the records table: never renumber a kind, add new ones at the end.
    Cluster = 0,
    TaskDefinition = 1,
    Service = 2,
    Task = 3,
    ContainerInstance = 4,
    Tags = 5,
    AccountSetting = 6,
    LogGroup = 7,
    LogStream = 8,
    LogEvent = 9,
    MetricDatum = 10,
    ScalableTarget = 11,
    ScalingPolicy = 12,
    ScheduledAction = 13,
    ScalingActivity = 14,
    Meta = 15,
    Alarm = 16,
    AlarmHistory = 17,
    EcrRepository = 18,
    EcrImage = 19,
    Schedule = 20,
    ScheduleGroup = 21,
    EventRule = 22,
    ServiceDeployment = 23,
    ServiceRevision = 24,
    LoadBalancer = 25, ///< ELBv2 load balancer, by ARN
    TargetGroup = 26, ///< ELBv2 target group with its attributes and targets, by ARN
    Listener = 27, ///< ELBv2 listener, by ARN
    ListenerRule = 28, ///< ELBv2 listener rule, by ARN
    CapacityProvider = 29, ///< ECS capacity provider on an Auto Scaling group, by ARN
    AutoScalingGroup = 30, ///< simulated EC2 Auto Scaling group, by name
    LaunchTemplate = 31, ///< EC2 launch template, by name
    Last = LaunchTemplate, ///< keep pointing at the newest kind
};
constexpr int kindCount = static_cast<int>(Kind::Last) + 1;

/// The fields of a task that ListTasks filters on, extracted at each write so listing reads no JSON.
/// The statuses are typed (decoded once, at the write).
struct TaskFields {
    TaskStatus desiredStatus = TaskStatus::Running;
    TaskStatus lastStatus = TaskStatus::Provisioning;
    QString group;
    QString taskDefinitionArn;
    QString startedBy;
    QString launchType;
    QString containerInstanceArn;
    std::optional<HealthStatus> healthStatus; ///< what the service scheduler counts as healthy
};

/// Durable store: every record lives in memory (ordered maps, for reads) and in SQLite (WAL) in
/// the data directory. Writes happen inside a transaction that the dispatcher opens per request;
/// commit() makes them durable before the answer goes out, rollback() undoes memory and disk.
/// changed() tells observers (the simulation) which records a committed request touched.
/// WAL checkpoints (copying the log into the database file, with its fsync) run on a thread of
/// their own with their own connection, so a commit never pays for one.
class Store : public QObject {
    Q_OBJECT
public:
    using Collection = std::map<QString, QJsonObject>;

    explicit Store(QObject* parent = nullptr);
    ~Store() override;

    /// Opens (creating and migrating) `dataDir`/endpoint.sqlite and loads every record. A damaged
    /// store (SQLite's quick_check fails, a query fails, a record does not parse, or a used data
    /// directory's store is empty) is refused with a message naming the damage and how to
    /// recover: nothing of it is served as if it were whole.
    bool open(const QString& dataDir, QString* error);
    /// Salvages a damaged store: reads every record that can still be read, moves the damaged
    /// file aside (endpoint.sqlite.damaged-<time>, with its -wal/-shm) and writes what was kept
    /// into a new store. `report` says what was kept, what was lost and where the old file is.
    static bool repair(const QString& dataDir, QString* report, QString* error);
    /// A record kind's name as messages show it ("cluster", "service", ...).
    static QString kindName(Kind kind);
    void close();
    static int schemaVersion();

    const Collection& collection(Kind kind) const { return m_collections[static_cast<int>(kind)]; }
    const QJsonObject* find(Kind kind, const QString& key) const;
    /// The record as compact JSON (cached; what answers splice in without re-serialising).
    QByteArray json(Kind kind, const QString& key) const;
    /// The filter fields of a task record (nullptr when there is no such task).
    const TaskFields* taskFields(const QString& key) const;
    /// Every task's filter fields, ordered by task ARN like the task collection.
    const std::map<QString, TaskFields>& taskIndex() const { return m_taskFields; }

    void begin();
    void put(Kind kind, const QString& key, const QJsonObject& document);
    void remove(Kind kind, const QString& key);
    bool commit(QString* error);
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    /// Runs `work` in its own transaction (for code outside a request, e.g. the simulation).
    template <typename Work> bool transact(Work&& work, QString* error)
    {
        begin();
        work();
        return commit(error);
    }

signals:
    void changed(EcsDesk::Local::Kind kind, const QString& key);

private:
    static bool restrictToOwner(const QString& dataDir, const QString& databasePath, QString* error);
    class Checkpointer;
    bool migrate(QString* error);
    bool load(QString* error);
    bool checkIntegrity(QString* error);
    QString damaged(const QStringList& problems) const;
    bool exec(const QString& sql, QString* error);
    bool beginSql();
    void reindex(Kind kind, const QString& key, const QJsonObject* document);

    struct Undo {
        Kind kind;
        QString key;
        std::optional<QJsonObject> previous;
    };

    Collection m_collections[kindCount];
    mutable QHash<QString, QByteArray> m_json[kindCount];
    std::map<QString, TaskFields> m_taskFields;
    QHash<QString, const TaskFields*> m_taskFieldsByKey; ///< the same entries, for O(1) lookups
    std::vector<Undo> m_undo;
    QString m_connectionName;
    QString m_dataDir;
    bool m_open = false;
    bool m_inTransaction = false;
    bool m_sqlFailed = false;
    bool m_sqlBegun = false;
    std::unique_ptr<Checkpointer> m_checkpointer;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_delete;
    QString m_sqlError;
};

} // namespace EcsDesk::Local
