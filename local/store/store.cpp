#include "local/store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace EcsDesk::Local {

namespace {

    // Each entry migrates the schema from version i to i + 1. Append only.
    const char* const migrations[] = {
        "CREATE TABLE records (kind INTEGER NOT NULL, key TEXT NOT NULL, document BLOB NOT NULL, "
        "PRIMARY KEY (kind, key)) WITHOUT ROWID",
    };

} // namespace

Store::Store(QObject* parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("ecsdesk-local-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Store::~Store() { close(); }

int Store::schemaVersion() { return static_cast<int>(std::size(migrations)); }

bool Store::open(const QString& dataDir, QString* error)
{
    if (!QDir().mkpath(dataDir)) {
        *error = tr("cannot create the data directory %1").arg(dataDir);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("endpoint.sqlite")));
    if (!db.open()) {
        *error = tr("cannot open the store in %1: %2").arg(dataDir, db.lastError().text());
        return false;
    }
    m_open = true;
    // WAL with synchronous=NORMAL: a committed transaction survives the process being killed
    // (it is in the OS's hands once COMMIT returns); FULL would also cover power loss.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), error)
        || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        || !exec(QStringLiteral("PRAGMA busy_timeout=5000"), error) || !migrate(error) || !load(error))
        return false;
    return true;
}

void Store::close()
{
    if (!m_open)
        return;
    m_open = false;
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

bool Store::load(QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT kind, key, document FROM records"))) {
        *error = tr("cannot load the store: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        const int kind = query.value(0).toInt();
        if (kind < 0 || kind >= kindCount)
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(query.value(2).toByteArray());
        m_collections[kind][query.value(1).toString()] = document.object();
    }
    return true;
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
    QString error;
    if (!exec(QStringLiteral("BEGIN"), &error)) {
        m_sqlFailed = true;
        m_sqlError = error;
    }
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
    if (m_sqlFailed)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO records (kind, key, document) VALUES (?, ?, ?)"));
    query.addBindValue(static_cast<int>(kind));
    query.addBindValue(key);
    query.addBindValue(QJsonDocument(document).toJson(QJsonDocument::Compact));
    if (!query.exec()) {
        m_sqlFailed = true;
        m_sqlError = query.lastError().text();
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
    if (m_sqlFailed)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM records WHERE kind = ? AND key = ?"));
    query.addBindValue(static_cast<int>(kind));
    query.addBindValue(key);
    if (!query.exec()) {
        m_sqlFailed = true;
        m_sqlError = query.lastError().text();
    }
}

bool Store::commit(QString* error)
{
    Q_ASSERT(m_inTransaction);
    if (m_undo.empty() && !m_sqlFailed) {
        QString ignored;
        exec(QStringLiteral("ROLLBACK"), &ignored);
        m_inTransaction = false;
        return true;
    }
    if (m_sqlFailed || !exec(QStringLiteral("COMMIT"), &m_sqlError)) {
        *error = tr("the store could not save the change: %1").arg(m_sqlError);
        rollback();
        return false;
    }
    m_inTransaction = false;
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
        if (it->previous)
            collection[it->key] = *it->previous;
        else
            collection.erase(it->key);
    }
    m_undo.clear();
    QString ignored;
    exec(QStringLiteral("ROLLBACK"), &ignored);
    m_inTransaction = false;
}

} // namespace EcsDesk::Local
