// SPDX-License-Identifier: MIT
// Keystroke-to-preview latency of the task definition editor on a 50-container definition:
// one key typed into a form field until the JSON pane shows it, and one key typed into the JSON
// pane until the form shows it (the debounce is skipped: flushPendingSync() applies at once).
#include "models/taskdef/taskdefinitiondocument.h"
#include "ui/editor/taskdefinitioneditor.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <Qsci/qsciscintilla.h>

#include <benchmark/benchmark.h>

using namespace EcsDesk;

namespace {

QByteArray fiftyContainers()
{
    QJsonArray containers;
    for (int i = 0; i < 50; ++i) {
        QJsonArray environment;
        for (int e = 0; e < 10; ++e)
            environment.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("VAR_%1").arg(e) },
                { QStringLiteral("value"), QStringLiteral("value-%1-%2").arg(i).arg(e) } });
        containers.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("container-%1").arg(i) },
            { QStringLiteral("image"), QStringLiteral("registry.example.com/team/app-%1:1.0").arg(i) },
            { QStringLiteral("essential"), i == 0 }, { QStringLiteral("memory"), 128 },
            { QStringLiteral("portMappings"),
                QJsonArray { QJsonObject { { QStringLiteral("containerPort"), 8000 + i } } } },
            { QStringLiteral("environment"), environment },
            { QStringLiteral("logConfiguration"),
                QJsonObject { { QStringLiteral("logDriver"), QStringLiteral("awslogs") },
                    { QStringLiteral("options"),
                        QJsonObject { { QStringLiteral("awslogs-group"), QStringLiteral("/ecs/big") },
                            { QStringLiteral("awslogs-region"), QStringLiteral("us-east-1") },
                            { QStringLiteral("awslogs-stream-prefix"), QStringLiteral("c%1").arg(i) } } } } } });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("family"), QStringLiteral("big") },
                             { QStringLiteral("networkMode"), QStringLiteral("bridge") },
                             { QStringLiteral("containerDefinitions"), containers } })
        .toJson();
}

void FormEditToJsonPane(benchmark::State& state)
{
    Ui::TaskDefinitionEditor editor;
    editor.openDocument(fiftyContainers());
    editor.show();
    editor.flushPendingSync();
    auto* image = qobject_cast<QLineEdit*>(editor.fieldWidget(QStringLiteral("containerDefinitions[0].image")));
    image->setFocus();
    image->end(false);
    bool add = true;
    for (auto _ : state) {
        QTest::keyClick(image, add ? Qt::Key_X : Qt::Key_Backspace);
        editor.flushPendingSync();
        add = !add;
    }
    if (!editor.jsonPane()->text().contains(editor.document()->containerImage(0)))
        state.SkipWithError("the JSON pane did not follow the form");
}
BENCHMARK(FormEditToJsonPane)->Unit(benchmark::kMillisecond);

void JsonEditToForm(benchmark::State& state)
{
    Ui::TaskDefinitionEditor editor;
    editor.openDocument(fiftyContainers());
    editor.show();
    editor.flushPendingSync();
    QsciScintilla* json = editor.jsonPane();
    auto* family = qobject_cast<QLineEdit*>(editor.fieldWidget(QStringLiteral("family")));
    const qsizetype at = json->text().indexOf(QStringLiteral("\"family\": \"big")) + 14;
    int line = 0;
    int index = 0;
    json->lineIndexFromPosition(int(at), &line, &index);
    json->setFocus();
    json->setCursorPosition(line, index);
    bool add = true;
    for (auto _ : state) {
        QTest::keyClick(json, add ? Qt::Key_X : Qt::Key_Backspace);
        editor.flushPendingSync();
        add = !add;
    }
    if (family->text() != editor.document()->family())
        state.SkipWithError("the form did not follow the JSON pane");
}
BENCHMARK(JsonEditToForm)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // `--show FILE [SECONDS]`: shows the editor on FILE (for screenshots), then quits.
    if (argc >= 3 && qstrcmp(argv[1], "--show") == 0) {
        QFile file(QString::fromLocal8Bit(argv[2]));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        Ui::TaskDefinitionEditor editor;
        editor.openDocument(
            file.readAll(), QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task-definition/demo:3"));
        editor.resize(1600, 1000);
        editor.show();
        editor.setCurrentContainer(editor.document()->containerCount() > 1 ? 1 : 0);
        // An edit, so the history, the title and the per-field messages have something to show.
        editor.document()->setContainerMemoryReservation(0, 4096);
        editor.document()->setContainerMemory(0, 512);
        editor.compareWithSource();
        editor.fieldWidget(QStringLiteral("containerDefinitions[0].memoryReservation"));
        editor.flushPendingSync();
        if (auto* dock = editor.findChild<QDockWidget*>(QStringLiteral("problemsDock")))
            dock->raise();
        // exit(), not quit(): quit() closes the window, which asks about the unsaved edit.
        QTimer::singleShot(1000 * (argc >= 4 ? atoi(argv[3]) : 5), &app, [] { QCoreApplication::exit(0); });
        return app.exec();
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
