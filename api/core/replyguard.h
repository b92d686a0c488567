// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace EcsDesk::Api {

class AwsReply;

/// The text a user sees for a failed reply: its typed error, or "unknown error" when it has none.
QString replyErrorText(const AwsReply* reply);

/// Hands AWS replies back to the code that sent them while that code still wants the answer, and
/// deletes every reply once it has finished, wanted or not (modelled on Hotspot's JobTracker). Its
/// generation goes up with invalidate(), called when the owner moves on (another session, another
/// cluster): replies sent before are then dropped unseen. A destroyed guard or a destroyed
/// `context` drops them too. One guard per owner: a page, a dialog, the session, a loader (Qt Core
/// only, so models/ and api/ use it as well as ui/).
class ReplyGuard : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(AwsReply* reply)>;
    using Failed = std::function<void(const QString& errorText)>;

    explicit ReplyGuard(QObject* parent = nullptr);

    /// Drops every reply in flight: their callbacks never run (the replies are still deleted).
    void invalidate();
    quint64 generation() const { return m_generation; }
    /// Replies watched whose answer is still wanted and has not come.
    int pending() const { return m_pending; }

    /// Calls `done(reply)` when `reply` finishes, success or not, unless invalidate() was called
    /// since or this guard or `context` (when given) is gone; then deletes the reply (deleteLater).
    void watch(AwsReply* reply, QObject* context, Done done);
    /// As watch(), success and failure apart: `failed` gets replyErrorText(reply).
    void watch(AwsReply* reply, QObject* context, Done succeeded, Failed failed);

private:
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace EcsDesk::Api
