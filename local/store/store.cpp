// SPDX-License-Identifier: MIT
#include "local/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace EcsDesk::Local {

namespace {

    // Each entry migrates the schema from version i to i + 1. Append only.
    const char* const migrations[] = {
        "CREATE TABLE records (kind INTEGER NOT NULL, key TEXT NOT NULL, document BLOB NOT NULL, "
        "PRIMARY KEY (kind, key)) WITHOUT ROWID",
    };

    /// Metric points and log events are many and never spliced into answers: caching their JSON
    /// would only grow (and rehash) a huge table on the writer's thread.
    bool cachesJson(Kind kind) { return kind != Kind::MetricDatum && kind != Kind::LogEvent; }

    QString storeFileName() { return QStringLiteral("endpoint.sqlite"); }

    /// Why `bytes` is not a stored record (a JSON object), or an empty string when it is one.
    QString recordProblem(const QByteArray& bytes, QJsonObject* object)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return QStringLiteral("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        if (!document.isObject())
            return QStringLiteral("not a JSON object");
        *object = document.object();
        return {};
    }

    constexpr int maxProblemsShown = 5;

} // namespace

/// Checkpoints the WAL from a thread of its own (PASSIVE: it never blocks the writer), about once
/// a second while there are new commits, so the writer's auto-checkpoint (and its fsync, tens of
/// milliseconds after a burst of writes) never lands on the thread that answers requests.
class Store::Checkpointer {
public:
    explicit Checkpointer(QString path)
        : m_path(std::move(path))
        , m_thread([this] { run(); })
    {
    }
    ~Checkpointer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    void committed()
    {
        std::lock_guard lock(m_mutex);
        m_dirty = true;
    }

private:
    void run()
    {
        const QString name
            = QStringLiteral("ecsdesk-local-checkpoint-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            if (db.open()) {
                QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout=1000"));
                std::unique_lock lock(m_mutex);
                while (!m_stop) {
                    m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stop; });
                    if (m_stop || !m_dirty)
                        continue;
                    m_dirty = false;
                    lock.unlock();
                    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
                    lock.lock();
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_dirty = false;
    std::thread m_thread;
};

Store::Store(QObject* parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("ecsdesk-local-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Store::~Store() { close(); }

bool Store::restrictToOwner(const QString& dataDir, const QString& databasePath, QString* error)
{
    constexpr auto ownerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QFile::setPermissions(dataDir, ownerFile | QFileDevice::ExeOwner)) {
        *error = tr("cannot restrict the data directory %1 to its owner").arg(dataDir);
        return false;
    }
    if (!QFile::exists(databasePath)) {
        QFile file(databasePath);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerFile)) {
            *error = tr("cannot create the store %1: %2").arg(databasePath, file.errorString());
            return false;
        }
    }
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QString path = databasePath + suffix;
        if (QFile::exists(path) && !QFile::setPermissions(path, ownerFile)) {
            *error = tr("cannot restrict %1 to its owner").arg(path);
            return false;
        }
    }
    return true;
}

int Store::schemaVersion() { return static_cast<int>(std::size(migrations)); }

bool Store::open(const QString& dataDir, QString* error)
{
    if (!QDir().mkpath(dataDir)) {
        *error = tr("cannot create the data directory %1").arg(dataDir);
        return false;
    }
    // The store holds task definitions with their environment values: readable by its owner only.
    // SQLite gives the -wal and -shm files the database file's mode, so creating that one 0600
    // first is enough; stores made by earlier versions (0755 / 0644) are tightened here too.
    m_dataDir = dataDir;
    const QString databasePath = QDir(dataDir).filePath(storeFileName());
    // An empty file where a used data directory's store should be is a lost store, not a new one
    // (a new store gets its schema the moment it is created, before the credentials are written).
    const QFileInfo existing(databasePath);
    if (existing.exists() && existing.size() == 0 && !QFileInfo::exists(databasePath + QLatin1String("-wal"))
        && QFileInfo::exists(QDir(dataDir).filePath(QStringLiteral("credentials.json")))) {
        *error = damaged({ tr("the file is empty (0 bytes) although this data directory has been used") });
        return false;
    }
    if (!restrictToOwner(dataDir, databasePath, error))
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(databasePath);
    if (!db.open()) {
        *error = tr("cannot open the store in %1: %2").arg(dataDir, db.lastError().text());
        return false;
    }
    m_open = true;
    // WAL with synchronous=NORMAL: a committed transaction survives the process being killed
    // (it is in the OS's hands once COMMIT returns); FULL would also cover power loss.
    if (!checkIntegrity(error))
        return false;
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), error)
        || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        || !exec(QStringLiteral("PRAGMA busy_timeout=5000"), error)
        || !exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"), error) || !migrate(error) || !load(error)) {
        for (auto& collection : m_collections)
            collection.clear();
        return false;
    }
    m_checkpointer = std::make_unique<Checkpointer>(db.databaseName());
    return true;
}

void Store::close()
{
    if (!m_open)
        return;
    m_open = false;
    m_checkpointer.reset();
    m_insert.reset();
    m_delete.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::exec(const QString& sql, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql)) {
        *error = tr("store error in \"%1\": %2").arg(sql, query.lastError().text());
        return false;
    }
    return true;
}

bool Store::migrate(QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = tr("cannot read the store's schema version: %1").arg(query.lastError().text());
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > schemaVersion()) {
        *error = tr("the store has schema version %1, newer than this program's %2").arg(version).arg(schemaVersion());
        return false;
    }
    for (int v = version; v < schemaVersion(); ++v) {
        if (!exec(QStringLiteral("BEGIN"), error))
            return false;
        if (!exec(QString::fromLatin1(migrations[v]), error)
            || !exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1), error)) {
            QString ignored;
            exec(QStringLiteral("ROLLBACK"), &ignored);
            return false;
        }
        if (!exec(QStringLiteral("COMMIT"), error))
            return false;
    }
    return true;
}

bool Store::checkIntegrity(QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *error = damaged({ query.lastError().text() });
        return false;
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line.simplified());
    }
    if (query.lastError().isValid())
        problems.append(query.lastError().text());
    if (!problems.isEmpty()) {
        *error = damaged(problems);
        return false;
    }
    return true;
}

QString Store::damaged(const QStringList& problems) const
{
    QStringList shown = problems.mid(0, maxProblemsShown);
    if (problems.size() > maxProblemsShown)
        shown.append(tr("%n more problem(s)", nullptr, int(problems.size() - maxProblemsShown)));
    return tr("the store %1 is damaged (%2). Nothing of it is served, so that no partial account passes for a "
              "whole one. To keep what can still be read, run: ecsdesk-local --data-dir \"%3\" --repair "
              "(it reports what was lost and keeps the damaged file beside the new one); or restore %1 from a "
              "backup.")
        .arg(QDir(m_dataDir).filePath(storeFileName()), shown.join(QStringLiteral("; ")), m_dataDir);
}

QString Store::kindName(Kind kind)
{
    static const char* const names[kindCount] = { "cluster", "task definition", "service", "task", "container instance",
        "tags", "account setting", "log group", "log stream", "log event", "metric datum", "scalable target",
        "scaling policy", "scheduled action", "scaling activity", "endpoint metadata", "alarm", "alarm history item",
        "ECR repository", "ECR image", "schedule", "schedule group", "event rule", "service deployment",
        "service revision", "load balancer", "target group", "listener", "listener rule", "capacity provider",
        "Auto Scaling group", "launch template" };
    const int index = static_cast<int>(kind);
    return index >= 0 && index < kindCount ? QString::fromLatin1(names[index]) : tr("kind %1").arg(index);
}

bool Store::load(QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT kind, key, document FROM records"))) {
        *error = damaged({ tr("cannot read its records: %1").arg(query.lastError().text()) });
        return false;
    }
    QStringList problems;
    while (query.next()) {
        const int kind = query.value(0).toInt();
        const QString key = query.value(1).toString();
        if (kind < 0 || kind >= kindCount) {
            problems.append(tr("a record of unknown kind %1 (%2)").arg(kind).arg(key));
            continue;
        }
        const QByteArray bytes = query.value(2).toByteArray();
        QJsonObject document;
        const QString problem = recordProblem(bytes, &document);
        if (!problem.isEmpty() || key.isEmpty()) {
            problems.append(tr("the %1 record \"%2\" does not parse: %3")
                                .arg(kindName(Kind(kind)), key, key.isEmpty() ? tr("no key") : problem));
            continue;
        }
        auto& stored = m_collections[kind][key] = std::move(document);
        if (cachesJson(Kind(kind)))
            m_json[kind].insert(key, bytes);
        reindex(Kind(kind), key, &stored);
    }
    if (query.lastError().isValid())
        problems.append(tr("reading its records stopped: %1").arg(query.lastError().text()));
    if (!problems.isEmpty()) {
        *error = damaged(problems);
        return false;
    }
    return true;
}

bool Store::repair(const QString& dataDir, QString* report, QString* error)
{
    const QString databasePath = QDir(dataDir).filePath(storeFileName());
    if (!QFileInfo::exists(databasePath)) {
        *error = tr("there is no store to repair in %1").arg(dataDir);
        return false;
    }
    struct Salvaged {
        int kind;
        QString key;
        QByteArray bytes;
    };
    std::vector<Salvaged> kept;
    QStringList lost;
    qint64 unreadable = 0; // records counted but not readable (in damaged pages)
    bool countUnknown = false;
    const QString name = QStringLiteral("ecsdesk-local-repair-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            for (int kind = 0; kind < kindCount; ++kind) {
                // Read forwards until a damaged page stops the scan, then backwards to it: the records
                // on both sides of the damage are kept.
                std::map<QString, QByteArray> rows;
                for (const char* order : { "ASC", "DESC" }) {
                    QSqlQuery query(db);
                    query.setForwardOnly(true);
                    query.prepare(QStringLiteral("SELECT key, document FROM records WHERE kind = ? ORDER BY key %1")
                                      .arg(QLatin1String(order)));
                    query.bindValue(0, kind);
                    if (!query.exec())
                        continue;
                    while (query.next()) {
                        const QString key = query.value(0).toString();
                        if (!rows.emplace(key, query.value(1).toByteArray()).second)
                            break; // met the forward scan
                    }
                }
                QSqlQuery count(db);
                if (count.exec(QStringLiteral("SELECT count(*) FROM records WHERE kind = %1").arg(kind))
                    && count.next())
                    unreadable += std::max<qint64>(0, count.value(0).toLongLong() - qint64(rows.size()));
                else
                    countUnknown = true;
                for (auto& [key, bytes] : rows) {
                    QJsonObject document;
                    const QString problem = recordProblem(bytes, &document);
                    if (problem.isEmpty() && !key.isEmpty())
                        kept.push_back({ kind, key, std::move(bytes) });
                    else
                        lost.append(tr("%1 \"%2\" (%3)").arg(kindName(Kind(kind)), key, problem));
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    const QString aside = databasePath + QLatin1String(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"));
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFileInfo::exists(databasePath + suffix) && !QFile::rename(databasePath + suffix, aside + suffix)) {
            *error = tr("cannot move %1 aside to %2").arg(databasePath + suffix, aside + suffix);
            return false;
        }
    }
    Store store;
    if (!store.open(dataDir, error))
        return false;
    store.begin();
    std::map<int, int> keptByKind;
    for (const Salvaged& record : kept) {
        store.put(Kind(record.kind), record.key, QJsonDocument::fromJson(record.bytes).object());
        ++keptByKind[record.kind];
    }
    if (!store.commit(error))
        return false;
    store.close();

    QStringList keptParts;
    for (const auto& [kind, count] : keptByKind)
        keptParts.append(QStringLiteral("%1 %2").arg(count).arg(kindName(Kind(kind))));
    QStringList lines;
    lines.append(tr("Kept %n record(s): %1.", nullptr, int(kept.size()))
                     .arg(keptParts.isEmpty() ? tr("none") : keptParts.join(QStringLiteral(", "))));
    if (lost.isEmpty() && unreadable == 0 && !countUnknown)
        lines.append(tr("Nothing readable was lost."));
    if (!lost.isEmpty()) {
        lines.append(tr("Lost %n record(s) that do not parse:", nullptr, int(lost.size())));
        for (const QString& record : std::as_const(lost).mid(0, 50))
            lines.append(QStringLiteral("  ") + record);
        if (lost.size() > 50)
            lines.append(tr("  and %n more", nullptr, int(lost.size() - 50)));
    }
    if (unreadable > 0)
        lines.append(tr("Lost %n record(s) in damaged pages.", nullptr, int(unreadable)));
    if (countUnknown)
        lines.append(tr("Lost: the records in damaged parts of the file, which cannot be read or counted."));
    lines.append(tr("The damaged store is kept as %1.").arg(aside));
    *report = lines.join(QLatin1Char('\n'));
    return true;
}

void Store::reindex(Kind kind, const QString& key, const QJsonObject* document)
{
    if (kind != Kind::Task)
        return;
    if (!document) {
        m_taskFields.erase(key);
        m_taskFieldsByKey.remove(key);
        return;
    }
    auto text = [document](const char* field) { return document->value(QLatin1String(field)).toString(); };
    const auto [entry, inserted] = m_taskFields.insert_or_assign(key,
        TaskFields { fromWire<TaskStatus>(text("desiredStatus")).value_or(TaskStatus::Running),
            fromWire<TaskStatus>(text("lastStatus")).value_or(TaskStatus::Provisioning), text("group"),
            text("taskDefinitionArn"), text("startedBy"), text("launchType"), text("containerInstanceArn"),
            fromWire<HealthStatus>(text("healthStatus")) });
    if (inserted)
        m_taskFieldsByKey.insert(key, &entry->second); // map nodes never move
}

const TaskFields* Store::taskFields(const QString& key) const { return m_taskFieldsByKey.value(key, nullptr); }

QByteArray Store::json(Kind kind, const QString& key) const
{
    QHash<QString, QByteArray>& cache = m_json[static_cast<int>(kind)];
    const auto cached = cache.constFind(key);
    if (cached != cache.cend())
        return *cached;
    const QJsonObject* document = find(kind, key);
    if (!document)
        return {};
    const QByteArray bytes = QJsonDocument(*document).toJson(QJsonDocument::Compact);
    if (cachesJson(kind))
        cache.insert(key, bytes);
    return bytes;
}

const QJsonObject* Store::find(Kind kind, const QString& key) const
{
    const Collection& collection = m_collections[static_cast<int>(kind)];
    const auto it = collection.find(key);
    return it == collection.end() ? nullptr : &it->second;
}

void Store::begin()
{
    Q_ASSERT(!m_inTransaction);
    m_inTransaction = true;
    m_undo.clear();
    m_sqlFailed = false;
    m_sqlBegun = false;
}

bool Store::beginSql()
{
    if (m_sqlFailed)
        return false;
    if (m_sqlBegun)
        return true;
    // The SQL transaction starts with the first write, so read-only requests never touch SQLite.
    QString error;
    if (!exec(QStringLiteral("BEGIN"), &error)) {
        m_sqlFailed = true;
        m_sqlError = error;
        return false;
    }
    m_sqlBegun = true;
    return true;
}

void Store::put(Kind kind, const QString& key, const QJsonObject& document)
{
    Q_ASSERT(m_inTransaction);
    Collection& collection = m_collections[static_cast<int>(kind)];
    auto it = collection.find(key);
    if (it == collection.end()) {
        m_undo.push_back({ kind, key, std::nullopt });
        collection.emplace(key, document);
    } else {
        m_undo.push_back({ kind, key, it->second });
        it->second = document;
    }
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Compact);
    if (cachesJson(kind))
        m_json[static_cast<int>(kind)].insert(key, bytes);
    reindex(kind, key, &document);
    if (!beginSql())
        return;
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        m_insert->prepare(QStringLiteral("INSERT OR REPLACE INTO records (kind, key, document) VALUES (?, ?, ?)"));
    }
    m_insert->bindValue(0, static_cast<int>(kind));
    m_insert->bindValue(1, key);
    m_insert->bindValue(2, bytes);
    if (!m_insert->exec()) {
        m_sqlFailed = true;
        m_sqlError = m_insert->lastError().text();
    }
}

void Store::remove(Kind kind, const QString& key)
{
    Q_ASSERT(m_inTransaction);
    Collection& collection = m_collections[static_cast<int>(kind)];
    auto it = collection.find(key);
    if (it == collection.end())
        return;
    m_undo.push_back({ kind, key, it->second });
    collection.erase(it);
    m_json[static_cast<int>(kind)].remove(key);
    reindex(kind, key, nullptr);
    if (!beginSql())
        return;
    if (!m_delete) {
        m_delete = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        m_delete->prepare(QStringLiteral("DELETE FROM records WHERE kind = ? AND key = ?"));
    }
    m_delete->bindValue(0, static_cast<int>(kind));
    m_delete->bindValue(1, key);
    if (!m_delete->exec()) {
        m_sqlFailed = true;
        m_sqlError = m_delete->lastError().text();
    }
}

bool Store::commit(QString* error)
{
    Q_ASSERT(m_inTransaction);
    if (m_undo.empty() && !m_sqlFailed) {
        if (m_sqlBegun) {
            QString ignored;
            exec(QStringLiteral("ROLLBACK"), &ignored);
        }
        m_inTransaction = false;
        return true;
    }
    if (m_sqlFailed || !exec(QStringLiteral("COMMIT"), &m_sqlError)) {
        *error = tr("the store could not save the change: %1").arg(m_sqlError);
        rollback();
        return false;
    }
    m_sqlBegun = false;
    m_inTransaction = false;
    if (m_checkpointer)
        m_checkpointer->committed();
    std::vector<Undo> touched;
    touched.swap(m_undo);
    for (const Undo& undo : touched)
        emit changed(undo.kind, undo.key);
    return true;
}

void Store::rollback()
{
    Q_ASSERT(m_inTransaction);
    for (auto it = m_undo.rbegin(); it != m_undo.rend(); ++it) {
        Collection& collection = m_collections[static_cast<int>(it->kind)];
        m_json[static_cast<int>(it->kind)].remove(it->key);
        if (it->previous)
            collection[it->key] = *it->previous;
        else
            collection.erase(it->key);
        reindex(it->kind, it->key, it->previous ? &*it->previous : nullptr);
    }
    m_undo.clear();
    if (m_sqlBegun) {
        QString ignored;
        exec(QStringLiteral("ROLLBACK"), &ignored);
    }
    m_sqlBegun = false;
    m_inTransaction = false;
}

} // namespace EcsDesk::Local
