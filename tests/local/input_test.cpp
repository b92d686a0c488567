// SPDX-License-Identifier: MIT
// The endpoint's input readers: a number outside an integer's range is a type error, not undefined
// behaviour (the asan preset's float-cast-overflow check fails this test on the old reader).

#include "local/api/servicehandler.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace EcsDesk::Local;

TEST(Input, IntegersOutsideTheRangeOfQint64AreTypeErrors)
{
    for (const double huge : { 1e300, -1e300, 9223372036854775808.0, -9300000000000000000.0 }) {
        const QJsonObject in { { QStringLiteral("desiredCount"), huge } };
        try {
            Input::integer(in, QLatin1String("desiredCount"));
            ADD_FAILURE() << "accepted " << huge;
        } catch (const ApiError& error) {
            EXPECT_EQ(error.status, 400) << huge;
        }
    }
}

TEST(Input, IntegersInsideTheRangeAreRead)
{
    EXPECT_EQ(Input::integer({ { QStringLiteral("n"), 4294967297.0 } }, QLatin1String("n")), 4294967297LL);
    EXPECT_EQ(Input::integer({ { QStringLiteral("n"), -3 } }, QLatin1String("n")), -3);
    EXPECT_EQ(Input::integer({}, QLatin1String("n")), std::nullopt);
    EXPECT_THROW(Input::integer({ { QStringLiteral("n"), 1.5 } }, QLatin1String("n")), ApiError);
}
