// SPDX-License-Identifier: MIT
// ListTaskDefinitions in the handler alone (issue 24): a page of 100 of 151 revisions through the JSON
// path (EcsHandler::handle, what every ECS operation does) and through the index path the
// dispatcher takes (handleRaw), on a store in a temporary directory. No HTTP, no signature.
//
//   build/release/bench/local/bench_local_handler

#include "local/api/ecshandler.h"
#include "local/clock.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using namespace EcsDesk::Local;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Store store;
    QString error;
    if (!store.open(dir.path(), &error)) {
        std::printf("open: %s\n", qPrintable(error));
        return 1;
    }
    Clock clock;
    EcsHandler ecs(EndpointContext { &store, &clock, QStringLiteral("us-east-1"), QStringLiteral("123456789012") });
    for (int i = 0; i < 151; ++i) {
        store.begin();
        ecs.handle(QStringLiteral("RegisterTaskDefinition"),
            QJsonObject { { QStringLiteral("family"), QStringLiteral("web%1").arg(i % 15) },
                { QStringLiteral("containerDefinitions"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("a") },
                        { QStringLiteral("image"), QStringLiteral("x") }, { QStringLiteral("memory"), 64 } } } } });
        store.commit(&error);
    }
    const QJsonObject in { { QStringLiteral("maxResults"), 100 } };
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer t;
        t.start();
        size_t bytes = 0;
        for (int i = 0; i < 20000; ++i)
            bytes += QJsonDocument(ecs.handle(QStringLiteral("ListTaskDefinitions"), in))
                         .toJson(QJsonDocument::Compact)
                         .size();
        const double json = t.nsecsElapsed() / 20000.0 / 1000.0;
        t.restart();
        size_t raw = 0;
        for (int i = 0; i < 20000; ++i)
            raw += ecs.handleRaw(QStringLiteral("ListTaskDefinitions"), in)->size();
        const double r = t.nsecsElapsed() / 20000.0 / 1000.0;
        std::printf("ListTaskDefinitions, a page of 100 of 151: JSON path %.1f us, index path %.1f us (%zu / %zu "
                    "bytes)\n",
            json, r, bytes / 20000, raw / 20000);
    }
}
