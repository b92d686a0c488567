// SPDX-License-Identifier: MIT
// `column:value` filter terms in a translated interface: the translated header ("gewünscht:3")
// and the English one the documentation uses ("desired:3") both name the column.

#include "api/ecs/types.h"
#include "models/itemroles.h"
#include "models/panefilterproxymodel.h"
#include "models/servicemodel.h"
#include "translations/translator.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace EcsDesk;

namespace {

Api::Service service(const QString& name, int desired)
{
    Api::Service s;
    s.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:service/c/") + name;
    s.name = name;
    s.status = QStringLiteral("ACTIVE");
    s.desiredCount = desired;
    return s;
}

QStringList shownNames(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, Models::ServiceModel::NameColumn).data().toString();
    names.sort();
    return names;
}

} // namespace

TEST(FilterKeys, translatedAndEnglishColumnNamesBothFilter)
{
    I18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("de"));
    Models::ServiceModel model;
    model.setServices(
        { service(QStringLiteral("web"), 3), service(QStringLiteral("api"), 2), service(QStringLiteral("worker"), 3) });
    Models::PaneFilterProxyModel proxy;
    proxy.setSourceModel(&model);

    const int desired = Models::ServiceModel::DesiredColumn;
    EXPECT_EQ(model.headerData(desired, Qt::Horizontal).toString(), QStringLiteral("Gewünscht"));
    EXPECT_EQ(model.headerData(desired, Qt::Horizontal, Models::ColumnKeyRole).toString(), QStringLiteral("Desired"));

    proxy.setFilterText(QStringLiteral("gewünscht:3"));
    EXPECT_EQ(shownNames(proxy), (QStringList { QStringLiteral("web"), QStringLiteral("worker") }));
    proxy.setFilterText(QStringLiteral("desired:2"));
    EXPECT_EQ(shownNames(proxy), QStringList { QStringLiteral("api") });
    proxy.setFilterText(QStringLiteral("launchtype:EC2")); // "Launch type", spaces dropped
    EXPECT_TRUE(shownNames(proxy).isEmpty());
    proxy.setFilterText(QStringLiteral("nosuchcolumn:3")); // not a column: free text, matches nothing here
    EXPECT_TRUE(shownNames(proxy).isEmpty());
    ASSERT_EQ(proxy.problems().size(), 1);
    EXPECT_EQ(proxy.problems().first().name, QStringLiteral("nosuchcolumn"));

    // Prefixes work in both languages, and the English one is taken when both fit.
    proxy.setFilterText(QStringLiteral("gewün:3"));
    EXPECT_EQ(shownNames(proxy), (QStringList { QStringLiteral("web"), QStringLiteral("worker") }));
    proxy.setFilterText(QStringLiteral("desi:2"));
    EXPECT_EQ(shownNames(proxy), QStringList { QStringLiteral("api") });
    EXPECT_TRUE(proxy.problems().isEmpty());

    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

TEST(FilterKeys, everyPaneColumnHasAnEnglishKey)
{
    Models::ServiceModel services;
    for (int column = 0; column < services.columnCount(); ++column)
        EXPECT_FALSE(services.headerData(column, Qt::Horizontal, Models::ColumnKeyRole).toString().isEmpty()) << column;
}
