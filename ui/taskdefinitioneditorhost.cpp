// SPDX-License-Identifier: MIT
#include "ui/taskdefinitioneditorhost.h"

#include "api/auth/connection.h"
#include "ui/clustersession.h"
#include "ui/editor/taskdefinitioneditor.h"
#include "ui/pagearea.h"
#include "ui/pages/taskdefinitionpage.h"

#include <QJsonDocument>
#include <QTimer>

namespace EcsDesk::Ui {

namespace {
    /// Owns the network and ECS client of one editor window, so the editor keeps working when
    /// the main window switches connection, and lets go after the editor is gone.
    class EditorConnection : public QObject {
    public:
        explicit EditorConnection(const Api::Connection& connection)
            : m_transport(new Api::AwsTransport(this))
            , m_client(connection.clientConfig(m_transport, QStringLiteral("ecs")))
        {
        }
        Api::EcsClient* client() { return &m_client; }

    private:
        Api::AwsTransport* m_transport;
        Api::EcsClient m_client;
    };
} // namespace

TaskDefinitionEditorHost::TaskDefinitionEditorHost(const PageHost* host, const PageArea* pages, QWidget* window)
    : QObject(window)
    , m_host(host)
    , m_pages(pages)
    , m_window(window)
{
}

TaskDefinitionEditor* TaskDefinitionEditorHost::create()
{
    ClusterSession* session = m_host->session();
    if (!session)
        return nullptr;
    auto* connection = new EditorConnection(session->connection());
    TaskDefinitionEditorContext context;
    context.cluster = m_host->openCluster();
    if (const ResourcePage* page = m_pages->currentPage())
        context.service = page->observedItem().service; // a selected service: the deploy target
    auto* editor = new TaskDefinitionEditor(connection->client(), context);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QObject::destroyed, connection, &QObject::deleteLater);
    // A registered revision or a deployment shows in the panes at once.
    connect(editor, &TaskDefinitionEditor::registered, this, [this](const QString& arn) {
        if (auto* definitions = m_pages->find<TaskDefinitionPage>())
            definitions->addRegisteredFamily(ClusterSession::familyRevision(arn).section(QLatin1Char(':'), 0, 0));
        Q_EMIT refreshWanted();
    });
    connect(editor, &TaskDefinitionEditor::deploymentStarted, this, &TaskDefinitionEditorHost::refreshWanted);
    return editor;
}

TaskDefinitionEditor* TaskDefinitionEditorHost::open(const Api::TaskDefinition* definition)
{
    TaskDefinitionEditor* editor = create();
    if (!editor)
        return nullptr;
    if (definition)
        editor->openDocument(QJsonDocument(definition->raw).toJson(), definition->arn);
    else
        editor->newDocument();
    editor->show();
    return editor;
}

void TaskDefinitionEditorHost::offerRecoveryOnce()
{
    if (!m_offerRecovery)
        return;
    m_offerRecovery = false;
    if (TaskDefinitionEditor::recoveryFiles().isEmpty())
        return;
    QTimer::singleShot(
        0, this, [this] { TaskDefinitionEditor::offerRecovery([this] { return create(); }, QString(), m_window); });
}

} // namespace EcsDesk::Ui
