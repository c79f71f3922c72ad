// SPDX-License-Identifier: MIT
#include "lens.h"

#include "jsonreader.h"
#include "qtext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Model {

namespace {

QJsonObject inputToJson(const Lens& lens)
{
    const Core::Distribution& d = lens.input;
    QJsonObject o{{u"distribution"_s, toQString(Core::distributionName(d.kind()))}};
    if (d.kind() == Core::DistributionKind::Empirical) {
        QJsonArray values;
        for (double v : d.values())
            values.append(v);
        o[u"values"_s] = values;
        o[u"source"_s] = lens.source;
        return o;
    }
    const std::span<const Core::ParamSpec> specs = Core::distributionParams(d.kind());
    const std::vector<double> params = d.params();
    for (std::size_t i = 0; i < specs.size() && i < params.size(); ++i)
        o[toQString(specs[i].name)] = params[i];
    return o;
}

Core::Distribution readInput(const QJsonValue& value, const QString& path, QString& source)
{
    const ObjectReader kindReader(
        value, path, {u"distribution"_s, u"mu"_s, u"sigma"_s, u"a"_s, u"b"_s, u"values"_s, u"source"_s});
    kindReader.required(u"distribution"_s, u"normal, uniform, laplace or data"_s);
    const Core::DistributionKind kind = kindReader.choice<Core::DistributionKind>(u"distribution"_s,
        {{u"normal"_s, Core::DistributionKind::Normal}, {u"uniform"_s, Core::DistributionKind::Uniform},
            {u"laplace"_s, Core::DistributionKind::Laplace}, {u"data"_s, Core::DistributionKind::Empirical}});
    try {
        if (kind == Core::DistributionKind::Empirical) {
            const ObjectReader r(value, path, {u"distribution"_s, u"values"_s, u"source"_s});
            const QJsonValue list = r.required(u"values"_s, u"an array of numbers"_s);
            if (!list.isArray())
                wrongType(r.path(u"values"_s), u"an array of numbers"_s, list);
            const QJsonArray array = list.toArray();
            if (array.size() > kMaxLensValues)
                refuse(
                    r.path(u"values"_s), u"%1 numbers; accepted: at most %2"_s.arg(array.size()).arg(kMaxLensValues));
            std::vector<double> values;
            values.reserve(static_cast<std::size_t>(array.size()));
            for (qsizetype i = 0; i < array.size(); ++i)
                values.push_back(ObjectReader::finiteNumber(array[i], indexPath(r.path(u"values"_s), i)));
            if (r.has(u"source"_s))
                source = r.string(u"source"_s, 1024);
            return Core::Distribution::empirical(std::move(values));
        }
        const std::span<const Core::ParamSpec> specs = Core::distributionParams(kind);
        std::vector<QString> names;
        for (const Core::ParamSpec& p : specs)
            names.push_back(toQString(p.name));
        std::vector<double> params;
        const ObjectReader r(
            value, path, {u"distribution"_s, names.size() > 0 ? names[0] : u""_s, names.size() > 1 ? names[1] : u""_s});
        for (std::size_t i = 0; i < specs.size(); ++i)
            params.push_back(r.has(names[i]) ? r.finite(names[i]) : specs[i].suggested);
        return Core::Distribution::withParams(kind, params);
    } catch (const Core::InputError& e) {
        refuse(path, QString::fromUtf8(e.what()));
    }
}

Core::Initialisation readInit(const QJsonValue& value, const QString& path)
{
    const ObjectReader r(value, path, {u"scheme"_s, u"sigma_w"_s, u"sigma_b"_s});
    r.required(u"scheme"_s, u"he, lecun, glorot, pytorch, keras or custom"_s);
    Core::Initialisation init;
    init.scheme = r.choice<Core::InitScheme>(u"scheme"_s,
        {{u"he"_s, Core::InitScheme::He}, {u"lecun"_s, Core::InitScheme::LeCun},
            {u"glorot"_s, Core::InitScheme::Glorot}, {u"pytorch"_s, Core::InitScheme::PyTorch},
            {u"keras"_s, Core::InitScheme::Keras}, {u"custom"_s, Core::InitScheme::Custom}});
    if (init.scheme == Core::InitScheme::Custom) {
        init.sigmaW = r.has(u"sigma_w"_s) ? r.finite(u"sigma_w"_s) : 1.0;
        init.sigmaB = r.has(u"sigma_b"_s) ? r.finite(u"sigma_b"_s) : 0.0;
        if (init.sigmaW < 0 || init.sigmaB < 0)
            refuse(r.path(init.sigmaW < 0 ? u"sigma_w"_s : u"sigma_b"_s),
                u"negative; accepted: a standard deviation >= 0"_s);
    } else if (r.has(u"sigma_w"_s) || r.has(u"sigma_b"_s)) {
        refuse(r.path(r.has(u"sigma_w"_s) ? u"sigma_w"_s : u"sigma_b"_s),
            u"only a custom scheme has it; accepted: \"scheme\": \"custom\" with sigma_w and sigma_b"_s);
    }
    return init;
}

} // namespace

QJsonObject lensToJson(const Lens& lens)
{
    QJsonObject init{{u"scheme"_s, toQString(Core::initName(lens.init.scheme))}};
    if (lens.init.scheme == Core::InitScheme::Custom) {
        init[u"sigma_w"_s] = lens.init.sigmaW;
        init[u"sigma_b"_s] = lens.init.sigmaB;
    }
    return {{u"shown"_s, lens.shown}, {u"input"_s, inputToJson(lens)}, {u"depth"_s, lens.depth}, {u"init"_s, init}};
}

Lens readLens(const QJsonValue& value, const QString& path)
{
    const ObjectReader r(value, path, {u"shown"_s, u"input"_s, u"depth"_s, u"init"_s});
    Lens lens;
    if (r.has(u"shown"_s))
        lens.shown = r.boolean(u"shown"_s);
    if (r.has(u"input"_s))
        lens.input = readInput(r.value(u"input"_s), r.path(u"input"_s), lens.source);
    if (r.has(u"depth"_s))
        lens.depth = static_cast<int>(r.integer(u"depth"_s, 1, Core::kMaxDepth));
    if (r.has(u"init"_s))
        lens.init = readInit(r.value(u"init"_s), r.path(u"init"_s));
    return lens;
}

} // namespace Model
