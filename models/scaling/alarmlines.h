// SPDX-License-Identifier: MIT
#pragma once

#include "api/autoscaling/servicescalingloader.h"
#include "api/cloudwatch/alarms.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace EcsDesk::Models {

/// A horizontal line a metrics chart draws for a scaling policy: a target tracking policy's target
/// value or the threshold of a step scaling policy's alarm, with the spans its alarm spent in ALARM.
struct ThresholdLine {
    QString label; ///< "worker-cpu-60: target 60"
    QString metricName; ///< the metric the value is on: CPUUtilization, MemoryUtilization, ...
    double value = 0;
    QString alarmName; ///< the alarm whose ALARM spans go with the line (AlarmHigh for target tracking)
    QList<std::pair<qint64, qint64>> alarmSpans; ///< ms since the epoch, [start, end)
    bool operator==(const ThresholdLine&) const = default;
};

/// Builds ThresholdLines from what ServiceScalingLoader loaded and from DescribeAlarmHistory.
class AlarmLines {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Models::AlarmLines)
public:
    /// One line per target tracking policy on a predefined CPU or memory metric (its target) or a
    /// customized metric, and per step scaling policy with an alarm (the alarm's threshold).
    static QList<ThresholdLine> fromScaling(const Api::ServiceScaling& scaling);
    /// The ALARM spans within [fromMs, toMs] from an alarm's StateUpdate history items (any order);
    /// `currentState` decides when the history has no state change.
    static QList<std::pair<qint64, qint64>> alarmSpans(
        const QList<Api::AlarmHistoryItem>& items, const QString& currentState, qint64 fromMs, qint64 toMs);
};

/// Loads the threshold lines of one service: its scaling (policies and alarms), then each line's
/// alarm history (one page of up to 100 items), and emits finished() with the spans filled in.
class ThresholdLoader : public QObject {
    Q_OBJECT
public:
    ThresholdLoader(
        const Api::AutoScalingClient* scaling, const Api::CloudWatchClient* cloudWatch, QObject* parent = nullptr);
    ~ThresholdLoader() override;

    void load(const QString& cluster, const QString& service, qint64 fromMs, qint64 toMs);

Q_SIGNALS:
    void finished(const QList<EcsDesk::Models::ThresholdLine>& lines);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    void loadHistory(qsizetype index);

    const Api::CloudWatchClient* m_cloudWatch;
    Api::ServiceScalingLoader m_scalingLoader;
    QList<ThresholdLine> m_lines;
    QHash<QString, QString> m_states; ///< alarm name -> current state
    QPointer<Api::AwsReply> m_reply;
    qint64 m_from = 0;
    qint64 m_to = 0;
    quint64 m_generation = 0;
};

} // namespace EcsDesk::Models
