// SPDX-License-Identifier: MIT
#include "ui/capacity/strategyeditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace EcsDesk::Ui {

namespace {
    QLabel* errorLabel(QWidget* parent)
    {
        auto* label = new QLabel(parent);
        label->setWordWrap(true);
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28)); // as the service editor's field errors
        label->setPalette(palette);
        label->hide();
        return label;
    }
    QList<QWidget*> widgetsOf(QComboBox* provider, QSpinBox* base, QSpinBox* weight, QToolButton* remove, QLabel* error)
    {
        return { provider, base, weight, remove, error };
    }
} // namespace

StrategyEditor::StrategyEditor(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(tr("No strategy: tasks without one use the launch type."), this))
    , m_strategyError(errorLabel(this))
    , m_add(new QPushButton(tr("A&dd Provider"), this))
{
    setObjectName(QStringLiteral("strategyEditor"));
    m_strategyError->setObjectName(QStringLiteral("strategyError"));
    m_add->setObjectName(QStringLiteral("addStrategyProvider"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(0, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addWidget(m_empty);
    layout->addWidget(m_strategyError);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &StrategyEditor::addRow);
    relayout();
}

void StrategyEditor::setAvailableProviders(const QStringList& providers)
{
    m_available = providers;
    const Api::CapacityProviderStrategy current = strategy();
    setStrategy(current);
}

void StrategyEditor::setStrategy(const Api::CapacityProviderStrategy& strategy)
{
    for (const Row& row : std::as_const(m_rows))
        discard(row);
    m_rows.clear();
    for (const Api::CapacityProviderStrategyItem& item : strategy)
        appendRow(item);
    relayout();
}

Api::CapacityProviderStrategy StrategyEditor::strategy() const
{
    Api::CapacityProviderStrategy strategy;
    for (const Row& row : m_rows)
        strategy.append({ row.provider->currentText(), row.base->value(), row.weight->value() });
    return strategy;
}

Models::CapacityStrategy::Problems StrategyEditor::problems() const
{
    return Models::CapacityStrategy::check(strategy(), m_editable ? QStringList() : m_available);
}

void StrategyEditor::setProvidersEditable(bool editable)
{
    m_editable = editable;
    setStrategy(strategy());
}

void StrategyEditor::addRow()
{
    const Api::CapacityProviderStrategy current = strategy();
    QString provider;
    for (const QString& name : std::as_const(m_available)) {
        const bool used = std::any_of(current.begin(), current.end(),
            [&name](const Api::CapacityProviderStrategyItem& item) { return item.capacityProvider == name; });
        if (!used) {
            provider = name;
            break;
        }
    }
    appendRow({ provider, 0, 1 });
    relayout();
    m_rows.last().provider->setFocus();
    Q_EMIT changed();
}

void StrategyEditor::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    discard(m_rows.takeAt(row));
    relayout();
    Q_EMIT changed();
}

void StrategyEditor::appendRow(const Api::CapacityProviderStrategyItem& item)
{
    Row row;
    const int index = int(m_rows.size());
    row.provider = new QComboBox(this);
    row.provider->setObjectName(QStringLiteral("strategyProvider%1").arg(index));
    row.provider->setAccessibleName(tr("Capacity provider"));
    row.provider->setEditable(m_editable);
    row.provider->addItems(m_available);
    if (!item.capacityProvider.isEmpty() && !m_available.contains(item.capacityProvider))
        row.provider->addItem(item.capacityProvider);
    row.provider->setCurrentText(item.capacityProvider);
    row.base = new QSpinBox(this);
    row.base->setObjectName(QStringLiteral("strategyBase%1").arg(index));
    row.base->setAccessibleName(tr("Base"));
    row.base->setRange(0, Models::CapacityStrategy::maxBase);
    row.base->setPrefix(tr("base "));
    row.base->setValue(item.base);
    row.base->setToolTip(tr("The tasks this provider runs first, before the weights share the rest."));
    row.weight = new QSpinBox(this);
    row.weight->setObjectName(QStringLiteral("strategyWeight%1").arg(index));
    row.weight->setAccessibleName(tr("Weight"));
    row.weight->setRange(0, Models::CapacityStrategy::maxWeight);
    row.weight->setPrefix(tr("weight "));
    row.weight->setValue(item.weight);
    row.weight->setToolTip(tr("The provider's share of the tasks beyond the base, relative to the other weights."));
    row.remove = new QToolButton(this);
    row.remove->setText(tr("Remove"));
    row.remove->setAccessibleName(tr("Remove provider"));
    row.error = errorLabel(this);
    row.error->setObjectName(QStringLiteral("strategyRowError%1").arg(index));
    connect(row.provider, &QComboBox::currentTextChanged, this, [this] {
        showProblems();
        Q_EMIT changed();
    });
    for (QSpinBox* box : { row.base, row.weight }) {
        connect(box, &QSpinBox::valueChanged, this, [this] {
            showProblems();
            Q_EMIT changed();
        });
    }
    QToolButton* remove = row.remove;
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].remove == remove) {
                removeRow(i);
                return;
            }
        }
    });
    m_rows.append(row);
}

void StrategyEditor::discard(const Row& row)
{
    for (QWidget* widget : widgetsOf(row.provider, row.base, row.weight, row.remove, row.error)) {
        m_grid->removeWidget(widget);
        widget->hide();
        widget->disconnect(this);
        widget->deleteLater();
    }
}

void StrategyEditor::relayout()
{
    for (const Row& row : std::as_const(m_rows)) {
        for (QWidget* widget : widgetsOf(row.provider, row.base, row.weight, row.remove, row.error))
            m_grid->removeWidget(widget);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        m_grid->addWidget(row.provider, 2 * i, 0);
        m_grid->addWidget(row.base, 2 * i, 1);
        m_grid->addWidget(row.weight, 2 * i, 2);
        m_grid->addWidget(row.remove, 2 * i, 3);
        m_grid->addWidget(row.error, 2 * i + 1, 0, 1, 4);
        for (QWidget* widget : widgetsOf(row.provider, row.base, row.weight, row.remove, nullptr)) {
            if (widget)
                widget->setEnabled(!m_readOnly);
        }
    }
    m_empty->setVisible(m_rows.isEmpty());
    m_add->setEnabled(!m_readOnly && m_rows.size() < Models::CapacityStrategy::maxItems);
    showProblems();
}

void StrategyEditor::showProblems()
{
    const Models::CapacityStrategy::Problems found = problems();
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString text = found.items.value(i);
        m_rows[i].error->setText(text);
        m_rows[i].error->setVisible(!text.isEmpty());
    }
    m_strategyError->setText(found.strategy);
    m_strategyError->setVisible(!found.strategy.isEmpty());
}

void StrategyEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    relayout();
}

} // namespace EcsDesk::Ui
