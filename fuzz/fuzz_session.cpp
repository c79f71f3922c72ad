// SPDX-License-Identifier: MIT
// Session files (Model::sessionFromJson), the one file format the app reads.
//
// Besides not crashing: the result holds either a session or an error with a field and a
// problem, never both; an accepted session writes (Model::sessionToJson) a file that reads back
// to the same session, bit for bit (-0 stays -0), which writes the very same bytes; and the
// document takes it whole.
#include "check.h"
#include "explorerdocument.h"
#include "session.h"

#include <QByteArray>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <utility>

namespace {

bool same(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }

bool same(const std::optional<std::pair<double, double>>& a, const std::optional<std::pair<double, double>>& b)
{
    return a.has_value() == b.has_value() && (!a || (same(a->first, b->first) && same(a->second, b->second)));
}

bool same(const Core::Activation& a, const Core::Activation& b)
{
    if (&a.function() != &b.function() || a.framework() != b.framework())
        return false;
    for (std::size_t i = 0; i < Core::kMaxParams; ++i)
        if (a.params().none[i] != b.params().none[i] || !same(a.params().value[i], b.params().value[i]))
            return false;
    return true;
}

bool same(const Model::Session& a, const Model::Session& b)
{
    if (a.curves.size() != b.curves.size())
        return false;
    for (qsizetype i = 0; i < a.curves.size(); ++i) {
        const Model::Curve &x = a.curves[i], &y = b.curves[i];
        if (!same(x.activation, y.activation) || x.name != y.name || x.color != y.color || x.visible != y.visible
            || x.autoNamed != y.autoNamed)
            return false;
    }
    return a.selected == b.selected && same(a.domain.min, b.domain.min) && same(a.domain.max, b.domain.max)
        && a.domain.samples == b.domain.samples && a.dtype == b.dtype && same(a.view.x, b.view.x)
        && same(a.view.f, b.view.f) && same(a.view.df, b.view.df) && a.theme == b.theme && a.panels == b.panels
        && a.valuesInput == b.valuesInput;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Model::SessionResult result = Model::sessionFromJson(json);
    if (!result) {
        AEX_FUZZ_CHECK(!result.error.field.isEmpty() && !result.error.problem.isEmpty());
        return 0;
    }
    AEX_FUZZ_CHECK(result.error.field.isEmpty() && result.error.problem.isEmpty());
    const QByteArray written = Model::sessionToJson(*result.session);
    const Model::SessionResult again = Model::sessionFromJson(written);
    AEX_FUZZ_CHECK(again.session.has_value());
    AEX_FUZZ_CHECK(same(*again.session, *result.session));
    AEX_FUZZ_CHECK(Model::sessionToJson(*again.session) == written);
    Model::ExplorerDocument document;
    document.assign(*again.session);
    AEX_FUZZ_CHECK(document.curves().size() == again.session->curves.size());
    AEX_FUZZ_CHECK(document.domain().samples == again.session->domain.samples);
    return 0;
}
