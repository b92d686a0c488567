// SPDX-License-Identifier: MIT
#include "api/core/replyguard.h"

#include "api/core/awstransport.h"

#include <QPointer>

namespace EcsDesk::Api {

QString replyErrorText(const AwsReply* reply)
{
    if (reply && reply->error())
        return reply->error()->toString();
    return ReplyGuard::tr("unknown error");
}

ReplyGuard::ReplyGuard(QObject* parent)
    : QObject(parent)
{
}

void ReplyGuard::invalidate()
{
    ++m_generation;
    m_pending = 0;
}

void ReplyGuard::watch(AwsReply* reply, QObject* context, Done done)
{
    if (!reply)
        return;
    ++m_pending;
    // Connected in the reply's own context so that it is deleted even when the guard is gone.
    QPointer<ReplyGuard> guard(this);
    QPointer<QObject> receiver(context);
    const bool hasContext = context != nullptr;
    const quint64 generation = m_generation;
    QObject::connect(
        reply, &AwsReply::finished, reply, [reply, guard, receiver, hasContext, generation, done = std::move(done)] {
            reply->deleteLater();
            if (!guard || guard->m_generation != generation)
                return; // the owner has moved on
            --guard->m_pending;
            if (hasContext && !receiver)
                return;
            if (done)
                done(reply);
        });
}

void ReplyGuard::watch(AwsReply* reply, QObject* context, Done succeeded, Failed failed)
{
    watch(reply, context, [succeeded = std::move(succeeded), failed = std::move(failed)](AwsReply* finished) {
        if (finished->isOk()) {
            if (succeeded)
                succeeded(finished);
        } else if (failed) {
            failed(replyErrorText(finished));
        }
    });
}

} // namespace EcsDesk::Api
