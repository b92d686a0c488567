// SPDX-License-Identifier: MIT
#include "local/auth/endpointidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

namespace EcsDesk::Local {

namespace {

    QString randomString(int length, QLatin1String alphabet)
    {
        QString out;
        out.reserve(length);
        for (int i = 0; i < length; ++i)
            out += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
        return out;
    }

    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::EndpointIdentity", text); }

} // namespace

namespace {

    bool save(const QString& path, const EndpointIdentity& identity, QString* error)
    {
        const QJsonObject object {
            { QLatin1String("accountId"), identity.accountId },
            { QLatin1String("accessKeyId"), identity.credentials.accessKeyId },
            { QLatin1String("secretAccessKey"), identity.credentials.secretAccessKey },
        };
        QSaveFile out(path);
        // The temporary file gets owner-only permissions before the secret is written into it.
        if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = tr("cannot write %1: %2").arg(path, out.errorString());
            return false;
        }
        out.write(QJsonDocument(object).toJson());
        if (!out.commit()) {
            *error = tr("cannot write %1: %2").arg(path, out.errorString());
            return false;
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return true;
    }

} // namespace

bool EndpointIdentity::loadOrCreate(
    const QString& dataDir, const QString& storedAccountId, EndpointIdentity* identity, QString* error)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("credentials.json"));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        identity->accountId = object.value(QLatin1String("accountId")).toString();
        identity->credentials.accessKeyId = object.value(QLatin1String("accessKeyId")).toString();
        identity->credentials.secretAccessKey = object.value(QLatin1String("secretAccessKey")).toString();
        if (!identity->credentials.isValid() || (identity->accountId.size() != 12 && storedAccountId.isEmpty())) {
            *error = storedAccountId.isEmpty()
                ? tr("%1 is damaged; remove it to generate new credentials").arg(path)
                : tr("%1 is damaged; remove it to generate new access keys (the account %2 and everything in "
                     "it are kept)")
                      .arg(path, storedAccountId);
            return false;
        }
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!storedAccountId.isEmpty() && identity->accountId != storedAccountId) {
            identity->accountId = storedAccountId; // the store's resources belong to it
            return save(path, *identity, error);
        }
        return true;
    }
    identity->accountId = storedAccountId.isEmpty() ? randomString(12, QLatin1String("0123456789")) : storedAccountId;
    identity->credentials.accessKeyId
        = QLatin1String("AKIA") + randomString(16, QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
    identity->credentials.secretAccessKey
        = randomString(40, QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"));
    return save(path, *identity, error);
}

} // namespace EcsDesk::Local
