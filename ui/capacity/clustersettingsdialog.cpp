// SPDX-License-Identifier: MIT
#include "ui/capacity/clustersettingsdialog.h"

#include "api/core/awstransport.h"
#include "api/core/replyguard.h"
#include "api/ecs/ecsclient.h"
#include "api/ecs/requests.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace EcsDesk::Ui {

namespace {
    constexpr int maxTags = 50;
    constexpr int maxKeyLength = 128;
    constexpr int maxValueLength = 256;
} // namespace

ClusterSettingsDialog::ClusterSettingsDialog(const Api::EcsClient* ecs, const QString& cluster, QWidget* parent)
    : QDialog(parent)
    , m_ecs(ecs)
    , m_cluster(cluster)
    , m_replies(new Api::ReplyGuard(this))
    , m_insights(new QComboBox(this))
    , m_tags(new QTableWidget(0, 2, this))
    , m_addTag(new QPushButton(tr("&Add Tag"), this))
    , m_removeTag(new QPushButton(tr("&Remove Tag"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Cluster Settings: %1").arg(cluster.section(QLatin1Char('/'), -1)));
    setObjectName(QStringLiteral("clusterSettingsDialog"));
    m_insights->setObjectName(QStringLiteral("containerInsights"));
    m_insights->addItem(tr("Enabled"), QStringLiteral("enabled"));
    m_insights->addItem(tr("Enhanced observability"), QStringLiteral("enhanced"));
    m_insights->addItem(tr("Disabled"), QStringLiteral("disabled"));
    m_tags->setObjectName(QStringLiteral("clusterTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setHorizontalHeaderLabels({ tr("Key"), tr("Value") });
    m_tags->horizontalHeader()->setStretchLastSection(true);
    m_tags->verticalHeader()->hide();
    m_status->setObjectName(QStringLiteral("clusterSettingsStatus"));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Container &Insights:"), m_insights);
    auto* tagButtons = new QHBoxLayout;
    tagButtons->addWidget(m_addTag);
    tagButtons->addWidget(m_removeTag);
    tagButtons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Tags:"), this));
    layout->addWidget(m_tags, 1);
    layout->addLayout(tagButtons);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(520, 420);

    connect(m_addTag, &QPushButton::clicked, this, [this] {
        addTagRow({}, {});
        m_tags->setCurrentCell(m_tags->rowCount() - 1, 0);
        m_tags->editItem(m_tags->item(m_tags->rowCount() - 1, 0));
    });
    connect(m_removeTag, &QPushButton::clicked, this, [this] {
        if (m_tags->currentRow() >= 0)
            m_tags->removeRow(m_tags->currentRow());
        revalidate();
    });
    connect(m_tags, &QTableWidget::itemChanged, this, &ClusterSettingsDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClusterSettingsDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

QPushButton* ClusterSettingsDialog::okButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

QString ClusterSettingsDialog::statusText() const { return m_status->text(); }

void ClusterSettingsDialog::load()
{
    okButton()->setEnabled(false);
    if (!m_ecs)
        return;
    m_status->setText(tr("Loading…"));
    m_replies->watch(
        m_ecs->describeClusters({ m_cluster }, { QStringLiteral("SETTINGS"), QStringLiteral("TAGS") }), this,
        [this](Api::AwsReply* reply) {
            const QJsonArray clusters = reply->json().value(QLatin1String("clusters")).toArray();
            if (clusters.isEmpty()) {
                m_status->setText(tr("The cluster %1 was not found.").arg(m_cluster));
                Q_EMIT loadFinished();
                return;
            }
            m_loaded = Api::Cluster::fromJson(clusters.first().toObject());
            const int index = m_insights->findData(m_loaded.containerInsights);
            m_insights->setCurrentIndex(index >= 0 ? index : m_insights->findData(QStringLiteral("disabled")));
            m_tags->setRowCount(0);
            for (const Api::Tag& tag : std::as_const(m_loaded.tags))
                addTagRow(tag.key, tag.value);
            m_status->clear();
            revalidate();
            Q_EMIT loadFinished();
        },
        [this](const QString& error) {
            m_status->setText(tr("The settings could not be read: %1").arg(error));
            Q_EMIT loadFinished();
        });
}

void ClusterSettingsDialog::addTagRow(const QString& key, const QString& value)
{
    const QSignalBlocker blocker(m_tags);
    const int row = m_tags->rowCount();
    m_tags->insertRow(row);
    m_tags->setItem(row, 0, new QTableWidgetItem(key));
    m_tags->setItem(row, 1, new QTableWidgetItem(value));
}

QList<Api::Tag> ClusterSettingsDialog::tags() const
{
    QList<Api::Tag> result;
    for (int row = 0; row < m_tags->rowCount(); ++row) {
        const QString key = m_tags->item(row, 0) ? m_tags->item(row, 0)->text().trimmed() : QString();
        const QString value = m_tags->item(row, 1) ? m_tags->item(row, 1)->text() : QString();
        if (!key.isEmpty())
            result.append({ key, value });
    }
    return result;
}

QString ClusterSettingsDialog::validate() const
{
    const QList<Api::Tag> edited = tags();
    if (edited.size() > maxTags)
        return tr("A cluster can have at most %1 tags.").arg(maxTags);
    QSet<QString> keys;
    for (const Api::Tag& tag : edited) {
        if (tag.key.size() > maxKeyLength)
            return tr("The tag key %1 is longer than %2 characters.").arg(tag.key.left(20)).arg(maxKeyLength);
        if (tag.value.size() > maxValueLength)
            return tr("The value of tag %1 is longer than %2 characters.").arg(tag.key).arg(maxValueLength);
        if (tag.key.startsWith(QLatin1String("aws:"), Qt::CaseInsensitive))
            return tr("Tag keys starting with aws: are reserved for AWS.");
        if (keys.contains(tag.key))
            return tr("The tag key %1 appears more than once.").arg(tag.key);
        keys.insert(tag.key);
    }
    return {};
}

void ClusterSettingsDialog::revalidate()
{
    const QString problem = validate();
    if (m_pending == 0)
        m_status->setText(problem);
    okButton()->setEnabled(problem.isEmpty() && !m_loaded.arn.isEmpty() && m_pending == 0);
}

void ClusterSettingsDialog::apply()
{
    if (!validate().isEmpty() || m_loaded.arn.isEmpty() || !m_ecs)
        return;
    QList<Api::AwsReply*> writes;
    const QString insights = m_insights->currentData().toString();
    if (insights != m_loaded.containerInsights) {
        Api::UpdateClusterRequest request;
        request.cluster = m_loaded.arn;
        request.containerInsights = insights;
        writes.append(m_ecs->updateCluster(request));
    }
    const QList<Api::Tag> edited = tags();
    QStringList removed;
    for (const Api::Tag& before : std::as_const(m_loaded.tags)) {
        if (std::none_of(edited.begin(), edited.end(), [&](const Api::Tag& t) { return t.key == before.key; }))
            removed.append(before.key);
    }
    QList<Api::Tag> changed;
    for (const Api::Tag& tag : edited) {
        if (!m_loaded.tags.contains(tag))
            changed.append(tag);
    }
    if (!removed.isEmpty())
        writes.append(m_ecs->untagResource(m_loaded.arn, removed));
    if (!changed.isEmpty())
        writes.append(m_ecs->tagResource(m_loaded.arn, changed));
    if (writes.isEmpty()) {
        accept();
        return;
    }
    m_errors.clear();
    m_pending = int(writes.size());
    okButton()->setEnabled(false);
    m_status->setText(tr("Saving…"));
    for (Api::AwsReply* reply : writes) {
        m_replies->watch(
            reply, this, [this](Api::AwsReply*) { finishWrite(); },
            [this](const QString& error) {
                m_errors.append(error);
                finishWrite();
            });
    }
}

void ClusterSettingsDialog::finishWrite()
{
    if (--m_pending > 0)
        return;
    if (m_errors.isEmpty()) {
        Q_EMIT applied();
        accept();
        return;
    }
    // Some changes may have gone through: read the cluster again, then show what failed.
    const QStringList errors = m_errors;
    connect(
        this, &ClusterSettingsDialog::loadFinished, this,
        [this, errors] { m_status->setText(tr("Not every change was saved: %1").arg(errors.join(QLatin1Char('\n')))); },
        Qt::SingleShotConnection);
    load();
}

} // namespace EcsDesk::Ui
