// SPDX-License-Identifier: MIT
#pragma once

#include "ui/exec/execlauncher.h"

#include <QAbstractTableModel>
#include <QList>

class QProcess;

namespace EcsDesk::Ui {

/// The active port forwards: each an `aws ssm start-session` child process (no terminal), listed
/// with its state, stoppable one by one, all stopped when this object goes (the app quits).
class PortForwards : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LocalPortColumn, TargetColumn, TaskColumn, StateColumn, ColumnCount };

    explicit PortForwards(QObject* parent = nullptr);
    ~PortForwards() override;

    /// Starts a forward; its row is added at once (state "Starting").
    void start(const ExecConnection& connection, const PortForwardSpec& spec,
        const QProcessEnvironment& base = QProcessEnvironment::systemEnvironment());
    /// Stops the forward of `row` (its process group gets SIGTERM, then SIGKILL); the row goes.
    void stop(int row);
    void stopAll();
    int activeCount() const;
    QString programOf(int row) const;
    QStringList argumentsOf(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Forward {
        PortForwardSpec spec;
        QProcess* process = nullptr;
        QString state;
        QString output; ///< the last lines the CLI printed
    };
    int rowOf(const QProcess* process) const;
    void changed(int row);
    static void terminate(QProcess* process);

    QList<Forward> m_forwards;
};

} // namespace EcsDesk::Ui
