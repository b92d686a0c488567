// SPDX-License-Identifier: MIT
#pragma once

// What a user of ECS Desk sees, for the tests that walk every widget (accessibility, "no English
// left"): the main window on its embedded local endpoint with a small account (a cluster, a
// service with a running task, a task definition) opened on that cluster with the service
// selected, every dialog it opens (action dialogs, connection, preferences, command palette) and
// the task definition editor. Widgets are named by stable paths so that two builds of the same
// surfaces (in two languages) can be compared widget by widget.

#include "api/core/awstransport.h"
#include "api/ecs/ecsclient.h"
#include "common/localendpointsupport.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "models/clustermodel.h"
#include "models/servicemodel.h"
#include "models/taskdef/taskdefinitiondocument.h"
#include "ui/actiondialogs.h"
#include "ui/commandpalette.h"
#include "ui/connectiondialog.h"
#include "ui/editor/taskdefinitioneditor.h"
#include "ui/mainwindow.h"
#include "ui/panewidget.h"
#include "ui/preferencesdialog.h"
#include "ui/serviceeditor/serviceeditordialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace EcsDesk::Testing {

/// A widget's path from its surface: object names where set, else Class[n] among its siblings of
/// the same class, e.g. "main window/centralWidget/QSplitter[0]/servicesPane/QLineEdit[0]".
inline QString widgetPath(const QObject* object, const QObject* top, const QString& surface)
{
    QStringList segments;
    for (const QObject* o = object; o && o != top; o = o->parent()) {
        QString segment = o->objectName();
        if (segment.startsWith(QLatin1String("qt_")))
            continue; // Qt's own parts (a tab widget's stack, a scroll area's viewport)
        if (segment.isEmpty()) {
            const char* className = o->metaObject()->className();
            int index = 0;
            if (o->parent()) {
                for (const QObject* sibling : o->parent()->children()) {
                    if (sibling == o)
                        break;
                    if (qstrcmp(sibling->metaObject()->className(), className) == 0)
                        ++index;
                }
            }
            segment = QStringLiteral("%1[%2]").arg(QString::fromLatin1(className)).arg(index);
        }
        segments.prepend(segment);
    }
    segments.prepend(surface);
    return segments.join(QLatin1Char('/'));
}

/// The main window on a fresh local endpoint, its dialogs and its editor. Built in the language
/// whose translators are installed when it is constructed.
class UiSurfaces {
public:
    struct Surface {
        QString name;
        QPointer<QWidget> widget;
    };

    UiSurfaces()
    {
        m_window = std::make_unique<Ui::MainWindow>(options());
        m_window->resize(1400, 860);
        m_window->show();
        EXPECT_NE(m_window->localEndpoint(), nullptr);
        if (!m_window->localEndpoint())
            return;
        setUpAccount();
        bool loaded = false;
        for (int attempt = 0; attempt < 15 && !loaded; ++attempt) {
            m_window->selectCluster(QStringLiteral("c1"));
            loaded = waitFor(
                [&] { return m_window->snapshotsApplied() >= 1 && m_window->serviceModel()->rowCount() == 1; }, 2000);
        }
        EXPECT_TRUE(loaded) << "the cluster did not load";
        if (loaded) {
            m_window->showPane(m_window->servicesPane());
            m_window->servicesPane()->selectArn(m_window->serviceModel()->rowAt(0).arn);
        }
        QCoreApplication::processEvents();

        add(QStringLiteral("main window"), m_window.get());
        add(QStringLiteral("create cluster"), new Ui::CreateClusterDialog);
        add(QStringLiteral("desired count"), new Ui::DesiredCountDialog(QStringLiteral("s1"), 1));
        add(QStringLiteral("stop task"), new Ui::StopTaskDialog({ QStringLiteral("0123456789abcdef") }));
        add(QStringLiteral("run task"), new Ui::RunTaskDialog({ QStringLiteral("td1:1") }));
        add(QStringLiteral("create service"), new Ui::CreateServiceDialog({ QStringLiteral("td1:1") }));
        add(QStringLiteral("new service"),
            new Ui::ServiceEditorDialog(Models::ServiceForm::forCreate(), {}, { QStringLiteral("td1:1") }));
        if (loaded)
            add(QStringLiteral("edit service"),
                new Ui::ServiceEditorDialog(Models::ServiceForm::forUpdate(m_window->serviceModel()->rowAt(0).raw), {},
                    { QStringLiteral("td1:1") }));
        add(QStringLiteral("connection"), new Ui::ConnectionDialog);
        add(QStringLiteral("preferences"), new Ui::PreferencesDialog);
        add(QStringLiteral("command palette"),
            new Ui::CommandPalette({ { QStringLiteral("c1"), QStringLiteral("arn:aws:ecs:::cluster/c1"), 0 } }));
        Ui::TaskDefinitionEditor* editor = m_window->openTaskDefinitionEditor(nullptr);
        EXPECT_NE(editor, nullptr);
        if (editor)
            add(QStringLiteral("editor"), editor);
        for (const Surface& surface : std::as_const(m_surfaces)) {
            if (surface.widget != m_window.get())
                surface.widget->show();
        }
        QCoreApplication::processEvents();
    }

    ~UiSurfaces()
    {
        for (const Surface& surface : std::as_const(m_surfaces)) {
            if (surface.widget && surface.widget != m_window.get())
                delete surface.widget;
        }
        m_window.reset();
    }

    const QList<Surface>& surfaces() const { return m_surfaces; }
    Ui::MainWindow* window() const { return m_window.get(); }

    /// The dialogs the window and the editor open for a moment (the Delete Service confirmation,
    /// the Update to Revision chooser, the editor's question about unsaved edits): each is visited
    /// while it is open, then cancelled. Expects each of them to open.
    void visitTransientDialogs(const std::function<void(const QString& name, QWidget* dialog)>& visit)
    {
        for (const auto& [name, actionName] : { std::pair { QStringLiteral("delete service"), "deleteService" },
                 std::pair { QStringLiteral("update to revision"), "updateRevision" } }) {
            QAction* action = m_window->action(QString::fromLatin1(actionName));
            EXPECT_TRUE(action && action->isEnabled()) << actionName;
            if (action && action->isEnabled()) {
                const bool opened = visitModal([action] { action->trigger(); }, name, visit);
                EXPECT_TRUE(opened) << name.toStdString();
            }
        }
        for (const Surface& surface : std::as_const(m_surfaces)) {
            auto* editor = qobject_cast<Ui::TaskDefinitionEditor*>(surface.widget.data());
            if (!editor)
                continue;
            editor->document()->setFamily(QStringLiteral("changed"));
            EXPECT_TRUE(visitModal([editor] { editor->close(); }, QStringLiteral("editor unsaved changes"), visit));
        }
    }

private:
    static Ui::MainWindow::Options options()
    {
        static QTemporaryDir dataRoot;
        Ui::MainWindow::Options options;
        static int count = 0;
        options.localDataDir = dataRoot.filePath(QString::number(++count));
        options.localSeed = QStringLiteral("none");
        options.listProfiles = false;
        options.offerEditorRecovery = false;
        return options;
    }

    void setUpAccount()
    {
        Api::AwsTransport transport;
        Api::EcsClient ecs(endpointConfig(*m_window->localEndpoint(), &transport));
        call(ecs.createCluster(QStringLiteral("c1")));
        call(ecs.registerTaskDefinition(QJsonObject { { QStringLiteral("family"), QStringLiteral("td1") },
            { QStringLiteral("networkMode"), QStringLiteral("awsvpc") },
            { QStringLiteral("requiresCompatibilities"), QJsonArray { QStringLiteral("FARGATE") } },
            { QStringLiteral("cpu"), QStringLiteral("256") }, { QStringLiteral("memory"), QStringLiteral("512") },
            { QStringLiteral("containerDefinitions"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                    { QStringLiteral("image"), QStringLiteral("nginx:1.25") },
                    { QStringLiteral("essential"), true } } } } }));
        const QJsonObject network { { QStringLiteral("awsvpcConfiguration"),
            QJsonObject { { QStringLiteral("subnets"), QJsonArray { QStringLiteral("subnet-12345678") } } } } };
        call(ecs.createService(QStringLiteral("c1"),
            QJsonObject { { QStringLiteral("serviceName"), QStringLiteral("s1") },
                { QStringLiteral("taskDefinition"), QStringLiteral("td1") }, { QStringLiteral("desiredCount"), 1 },
                { QStringLiteral("launchType"), QStringLiteral("FARGATE") },
                { QStringLiteral("networkConfiguration"), network } }));
        // The window lists the new cluster (asked again while the window is still connecting).
        bool listed = false;
        for (int attempt = 0; attempt < 15 && !listed; ++attempt) {
            m_window->refresh();
            listed = waitFor([&] { return m_window->clusterModel()->rowCount() == 1; }, 2000);
        }
        EXPECT_TRUE(listed) << "the window does not list the cluster";
    }

    void add(const QString& name, QWidget* widget) { m_surfaces.append({ name, widget }); }

    /// Runs `open`, visits the modal dialog it opens (at once or after an answer from the
    /// endpoint) and cancels it; false when none opened.
    static bool visitModal(const std::function<void()>& open, const QString& name,
        const std::function<void(const QString&, QWidget*)>& visit)
    {
        bool seen = false;
        QTimer timer;
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            timer.stop();
            seen = true;
            visit(name, modal);
            auto* box = qobject_cast<QMessageBox*>(modal);
            if (QAbstractButton* cancel = box ? box->button(QMessageBox::Cancel) : nullptr)
                cancel->click();
            else if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
        });
        timer.start();
        open();
        waitFor([&] { return seen; }, 10000);
        timer.stop();
        QCoreApplication::processEvents();
        return seen;
    }

    std::unique_ptr<Ui::MainWindow> m_window;
    QList<Surface> m_surfaces;
};

} // namespace EcsDesk::Testing
