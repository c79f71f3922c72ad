// SPDX-License-Identifier: MIT
#pragma once

#include <QTest>

// QVERIFY2, whose message is built only when the check fails. Qt 6.4's QVERIFY2 evaluates its
// description on every pass too; in the loops that check thousands of points, formatting numbers
// into messages nobody reads was 90% of tst_properties' and tst_analysis' time (perf). Use it where
// a check runs per point; QVERIFY2 stays everywhere else.
#define AEX_VERIFY2(statement, description)                                                                            \
    do {                                                                                                               \
        if (!static_cast<bool>(statement)) {                                                                           \
            QTest::qVerify(false, #statement, static_cast<const char*>(description), __FILE__, __LINE__);              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)
