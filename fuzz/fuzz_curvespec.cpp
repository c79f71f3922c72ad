// SPDX-License-Identifier: MIT
// --curve FUNCTION[:FRAMEWORK][:NAME=VALUE,...] (App::parseCurveSpec).
//
// Besides not crashing: the result holds either an activation or an error text, never both and
// never neither; an accepted spec prints back (App::curveSpec) to a spec that parses to the same
// activation, and that printing is stable.
#include "check.h"
#include "curvespec.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString spec = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const App::CurveSpecResult result = App::parseCurveSpec(spec);
    AEX_FUZZ_CHECK(result.activation.has_value() == result.error.isEmpty());
    if (!result.activation)
        return 0;
    const QString printed = App::curveSpec(*result.activation);
    const App::CurveSpecResult again = App::parseCurveSpec(printed);
    AEX_FUZZ_CHECK(again.activation.has_value() && again.error.isEmpty());
    AEX_FUZZ_CHECK(*again.activation == *result.activation);
    AEX_FUZZ_CHECK(App::curveSpec(*again.activation) == printed);
    return 0;
}
