// SPDX-License-Identifier: MIT
#include "lab.h"

#include "jsonreader.h"
#include "qtext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Model {

QJsonObject labToJson(const Lab& lab)
{
    const Core::TrainConfig& c = lab.config;
    QJsonArray hidden;
    for (const int units : c.hidden)
        hidden.append(units);
    return {{u"shown"_s, lab.shown}, {u"task"_s, QString::fromStdString(c.task.name())}, {u"hidden"_s, hidden},
        {u"optimizer"_s, c.optimizer == Core::OptimizerKind::Sgd ? u"sgd"_s : u"adam"_s}, {u"lr"_s, c.learningRate},
        {u"momentum"_s, c.momentum}, {u"batch"_s, qint64(c.batch)}, {u"seed"_s, qint64(c.seed)}};
}

Lab readLab(const QJsonValue& value, const QString& path)
{
    const ObjectReader r(value, path,
        {u"shown"_s, u"task"_s, u"hidden"_s, u"optimizer"_s, u"lr"_s, u"momentum"_s, u"batch"_s, u"seed"_s});
    Lab lab;
    Core::TrainConfig& c = lab.config;
    if (r.has(u"shown"_s))
        lab.shown = r.boolean(u"shown"_s);
    if (r.has(u"task"_s)) {
        try {
            c.task = Core::Task::parse(r.string(u"task"_s, 64).toStdString());
        } catch (const Core::InputError& e) {
            refuse(r.path(u"task"_s), QString::fromUtf8(e.what()));
        }
    }
    if (r.has(u"hidden"_s)) {
        const QJsonValue hidden = r.value(u"hidden"_s);
        const QString accepted
            = u"one or two layers of 1 to %1 units, e.g. [16] or [16, 16], or [] for the unit alone"_s.arg(
                Core::kMaxHiddenUnits);
        if (!hidden.isArray() || hidden.toArray().size() > Core::kMaxHiddenLayers)
            wrongType(r.path(u"hidden"_s), accepted, hidden);
        c.hidden.clear();
        for (qsizetype i = 0; i < hidden.toArray().size(); ++i) {
            const double units = ObjectReader::finiteNumber(hidden.toArray()[i], indexPath(r.path(u"hidden"_s), i));
            if (units != std::floor(units) || units < 1 || units > Core::kMaxHiddenUnits)
                refuse(indexPath(r.path(u"hidden"_s), i), u"%1 units; accepted: %2"_s.arg(number(units), accepted));
            c.hidden.push_back(int(units));
        }
    }
    if (r.has(u"optimizer"_s))
        c.optimizer = r.choice<Core::OptimizerKind>(
            u"optimizer"_s, {{u"adam"_s, Core::OptimizerKind::Adam}, {u"sgd"_s, Core::OptimizerKind::Sgd}});
    if (r.has(u"lr"_s))
        c.learningRate = r.finite(u"lr"_s);
    if (r.has(u"momentum"_s))
        c.momentum = r.finite(u"momentum"_s);
    if (r.has(u"batch"_s))
        c.batch = std::size_t(r.integer(u"batch"_s, 1, qint64(Core::kTrainingPoints)));
    if (r.has(u"seed"_s))
        c.seed = std::uint64_t(r.integer(u"seed"_s, 0, qint64(1) << 53));
    try {
        c.validate();
    } catch (const Core::InputError& e) {
        refuse(path, QString::fromUtf8(e.what()));
    }
    return lab;
}

} // namespace Model
