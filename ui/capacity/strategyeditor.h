// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"
#include "models/capacity/capacitystrategy.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace EcsDesk::Ui {

/// Edits a capacity provider strategy: one row per provider (provider, base, weight, remove),
/// checked as ECS checks it while the user types (Models::CapacityStrategy), with the problem of
/// each row under it and the strategy's own problem at the bottom. Used for a cluster's default
/// strategy (the Capacity tab); knows no AWS call.
class StrategyEditor : public QWidget {
    Q_OBJECT
public:
    explicit StrategyEditor(QWidget* parent = nullptr);

    /// The providers a row can choose (the cluster's); a strategy's provider not among them is
    /// still shown (and reported).
    void setAvailableProviders(const QStringList& providers);
    QStringList availableProviders() const { return m_available; }
    /// Lets a row name a provider not among the available ones (typed in its combo box), for a
    /// strategy whose cluster's providers are not known here (Run Task); such names are not
    /// reported as unknown.
    void setProvidersEditable(bool editable);
    void setStrategy(const Api::CapacityProviderStrategy& strategy);
    Api::CapacityProviderStrategy strategy() const;
    Models::CapacityStrategy::Problems problems() const;
    bool isValid() const { return problems().isEmpty(); }

    /// Appends a row with the first provider not used yet (weight 1).
    void addRow();
    void removeRow(int row);
    int rowCount() const { return int(m_rows.size()); }
    QComboBox* providerBox(int row) const { return m_rows.value(row).provider; }
    QSpinBox* baseBox(int row) const { return m_rows.value(row).base; }
    QSpinBox* weightBox(int row) const { return m_rows.value(row).weight; }
    /// The row's problem (hidden when none).
    QLabel* rowError(int row) const { return m_rows.value(row).error; }
    /// The strategy's problem (hidden when none).
    QLabel* strategyError() const { return m_strategyError; }
    QPushButton* addButton() const { return m_add; }

    void setReadOnly(bool readOnly);

Q_SIGNALS:
    /// A row was added, removed or edited.
    void changed();

private:
    struct Row {
        QComboBox* provider = nullptr;
        QSpinBox* base = nullptr;
        QSpinBox* weight = nullptr;
        QToolButton* remove = nullptr;
        QLabel* error = nullptr;
    };
    void appendRow(const Api::CapacityProviderStrategyItem& item);
    void discard(const Row& row);
    void relayout();
    void showProblems();

    QStringList m_available;
    QList<Row> m_rows;
    QGridLayout* m_grid;
    QLabel* m_empty;
    QLabel* m_strategyError;
    QPushButton* m_add;
    bool m_readOnly = false;
    bool m_editable = false;
};

} // namespace EcsDesk::Ui
