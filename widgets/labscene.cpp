// SPDX-License-Identifier: MIT
#include "labscene.h"

#include "plotpalette.h"
#include "plotscene/axes.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Widgets {

namespace {

constexpr int kGrid = 48; // the decision region's cells a side

// The plot's four panels, in the layout's order.
enum Rect { Region, Loss, Alphas, Dead };

} // namespace

LabPicture labPicture(const Core::Trainer& trainer)
{
    LabPicture p;
    const Core::Task& task = trainer.config().task;
    std::vector<double> x;
    if (task.classification()) {
        p.nx = p.ny = kGrid;
        for (int j = 0; j < kGrid; ++j)
            for (int i = 0; i < kGrid; ++i)
                x.insert(x.end(), {p.lo + (p.hi - p.lo) * (i + 0.5) / kGrid, p.lo + (p.hi - p.lo) * (j + 0.5) / kGrid});
        p.values = trainer.predict(x);
        for (double& v : p.values)
            v = 1 / (1 + std::exp(-v)); // the logit as a probability
    } else {
        p.lo = -3.5;
        p.hi = 3.5;
        p.nx = 200;
        p.ny = 1;
        for (int i = 0; i < p.nx; ++i)
            x.push_back(p.lo + (p.hi - p.lo) * i / (p.nx - 1));
        p.values = trainer.predict(x);
    }
    p.units = trainer.units();
    return p;
}

QString labSummary(const Core::TrainStep& s)
{
    QString text = QObject::tr("step %1 · loss %2").arg(s.step).arg(s.loss, 0, 'g', 4);
    if (!std::isnan(s.accuracy))
        text += QObject::tr(" · accuracy %1%").arg(100 * s.accuracy, 0, 'f', 1);
    text += QObject::tr(" · %1 dead unit(s)").arg(s.deadUnits);
    if (!s.alphas.empty()) {
        const auto [lo, hi] = std::minmax_element(s.alphas.begin(), s.alphas.end());
        text += *lo == *hi ? QObject::tr(" · α %1").arg(*lo, 0, 'g', 4)
                           : QObject::tr(" · α %1 to %2").arg(*lo, 0, 'g', 4).arg(*hi, 0, 'g', 4);
    }
    return text;
}

LabScene::LabScene(QCustomPlot* plot)
    : m_plot(plot)
{
    // The panels sit in a grid of their own, so that a title can span them.
    m_plot->plotLayout()->clear();
    auto* grid = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(0, 0, grid);
    const QStringList labels{QObject::tr("x₂ (or y)"), QObject::tr("loss"), QObject::tr("α per unit"),
        QObject::tr("dead units")};
    for (int i = 0; i < 4; ++i) {
        m_rects[std::size_t(i)] = new QCPAxisRect(m_plot);
        grid->addElement(i / 2, i % 2, rect(i));
        setUpAxes(rect(i), labels[i], true);
        // Four small panels: fewer ticks than a full-size plot, or the step numbers run together.
        setMostTicks(rect(i)->axis(QCPAxis::atBottom), 5);
        setMostTicks(rect(i)->axis(QCPAxis::atLeft), 5);
    }
    QCPAxis* loss = rect(Loss)->axis(QCPAxis::atLeft);
    loss->setScaleType(QCPAxis::stLogarithmic);
    loss->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    // Accuracy shares the loss panel, on its right axis.
    QCPAxis* accuracy = rect(Loss)->axis(QCPAxis::atRight);
    accuracy->setPadding(4);
    accuracy->setRange(0, 100);
    setMostTicks(accuracy, 5);
    // Dead units are a count: whole ticks only.
    auto counts = QSharedPointer<QCPAxisTickerFixed>::create();
    counts->setTickStep(1);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    rect(Dead)->axis(QCPAxis::atLeft)->setTicker(counts);
    for (const Rect r : {Loss, Alphas, Dead})
        rect(r)->axis(QCPAxis::atBottom)->setLabel(QObject::tr("step"));
    // Which colour is which curve, once Compare Runs has overlaid them.
    m_plot->setAutoAddPlottableToLegend(false);
    m_legend = new QCPLegend;
    rect(Dead)->insetLayout()->addElement(m_legend, Qt::AlignRight | Qt::AlignTop);
    m_legend->setLayer(QStringLiteral("legend"));
    m_legend->setVisible(false);
}

void LabScene::setTitle(const QString& title)
{
    if (!m_title && title.isEmpty())
        return;
    if (!m_title) {
        m_plot->plotLayout()->insertRow(0);
        m_title = new QCPTextElement(m_plot, title);
        m_plot->plotLayout()->addElement(0, 0, m_title);
    }
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    QFont bold = m_font;
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextColor(plotPalette(m_theme).text);
}

void LabScene::setTheme(Model::Theme theme, const QFont& font)
{
    m_theme = theme;
    const PlotPalette p = plotPalette(theme);
    m_plot->setBackground(QBrush(p.background));
    for (QCPAxisRect* r : m_rects)
        applyAxesTheme(r, p, font, font);
    m_font = font;
    m_legend->setBrush(QBrush(p.legendBackground));
    m_legend->setBorderPen(QPen(p.legendBorder, 0));
    m_legend->setTextColor(p.text);
    m_legend->setFont(font);
    setTitle(m_title ? m_title->text() : QString());
}

void LabScene::draw(const LabFrame& frame, std::optional<Model::Rgba> color, const QList<LabRun>& comparison)
{
    m_plot->clearPlottables();
    const PlotPalette palette = plotPalette(m_theme);
    const QColor own = color ? displayColor(*color, m_theme) : palette.text;
    const std::vector<Core::TrainStep>& trace = frame.trace;
    const LabPicture& picture = frame.picture;
    const Core::Dataset& points = frame.data;
    const bool classes = frame.config.task.classification();
    const auto axes = [this](Rect r) {
        return std::pair{rect(r)->axis(QCPAxis::atBottom), rect(r)->axis(QCPAxis::atLeft)};
    };
    const QColor classColor[2] = {QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x72, 0xb2)}; // Okabe-Ito

    // The data, over what the network computes now.
    auto [rx, ry] = axes(Region);
    if (classes && picture.nx > 0) {
        auto* map = new QCPColorMap(rx, ry);
        map->data()->setSize(picture.nx, picture.ny);
        map->data()->setRange(QCPRange(picture.lo, picture.hi), QCPRange(picture.lo, picture.hi));
        for (int j = 0; j < picture.ny; ++j)
            for (int i = 0; i < picture.nx; ++i)
                map->data()->setCell(i, j, picture.values[std::size_t(j * picture.nx + i)]);
        const bool dark = m_theme == Model::Theme::Dark;
        QCPColorGradient gradient;
        gradient.setColorStops({{0, classColor[0].lighter(dark ? 60 : 170)}, {0.5, palette.panel},
            {1, classColor[1].lighter(dark ? 60 : 170)}});
        map->setGradient(gradient);
        map->setDataRange(QCPRange(0, 1));
        map->setInterpolate(true);
        for (int c = 0; c < 2; ++c) {
            QCPGraph* dots = m_plot->addGraph(rx, ry);
            dots->setLineStyle(QCPGraph::lsNone);
            dots->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(palette.background, 1), QBrush(classColor[c]), 7));
            for (std::size_t i = 0; i < points.size(); ++i)
                if ((points.y[i] > 0.5) == (c == 1))
                    dots->addData(points.x[2 * i], points.x[2 * i + 1]);
        }
        rx->setRange(picture.lo, picture.hi);
        ry->setRange(picture.lo, picture.hi);
        rx->setLabel(QObject::tr("x₁"));
        ry->setLabel(QObject::tr("x₂"));
    } else if (picture.nx > 0) {
        QCPGraph* targets = m_plot->addGraph(rx, ry);
        targets->setLineStyle(QCPGraph::lsNone);
        targets->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, palette.axis, palette.axis, 4));
        for (std::size_t i = 0; i < points.size(); ++i)
            targets->addData(points.x[i], points.y[i]);
        QCPGraph* fit = m_plot->addGraph(rx, ry);
        fit->setPen(QPen(own, 2.5));
        for (int i = 0; i < picture.nx; ++i)
            fit->addData(picture.lo + (picture.hi - picture.lo) * i / (picture.nx - 1), picture.values[std::size_t(i)]);
        rx->setRange(picture.lo, picture.hi);
        ry->rescale();
        ry->scaleRange(1.15);
        rx->setLabel(QObject::tr("x"));
        ry->setLabel(QObject::tr("y"));
    }

    // Loss, accuracy, α and dead units over the steps: this run, and Compare Runs' overlay.
    const auto series = [&](QCPAxis* x, QCPAxis* y, const std::vector<Core::TrainStep>& rows, const QPen& pen,
                            auto value) {
        QCPGraph* g = m_plot->addGraph(x, y);
        g->setPen(pen);
        QVector<double> keys, values;
        keys.reserve(qsizetype(rows.size()));
        values.reserve(qsizetype(rows.size()));
        for (const Core::TrainStep& s : rows) {
            keys << double(s.step);
            values << value(s);
        }
        g->setData(keys, values, true);
        return g;
    };
    QCPAxis* accuracyAxis = rect(Loss)->axis(QCPAxis::atRight);
    const auto loss = [](const Core::TrainStep& s) { return s.loss; };
    const auto accuracy = [](const Core::TrainStep& s) { return 100 * s.accuracy; };
    const auto dead = [](const Core::TrainStep& s) { return double(s.deadUnits); };
    const auto runLines = [&](const std::vector<Core::TrainStep>& rows, const QColor& c, double width) {
        auto [lx, ly] = axes(Loss);
        QCPGraph* lossLine = series(lx, ly, rows, QPen(c, width), loss);
        if (classes)
            series(lx, accuracyAxis, rows, QPen(c, width * 0.6, Qt::DashLine), accuracy);
        auto [dx, dy] = axes(Dead);
        series(dx, dy, rows, QPen(c, width), dead)->setLineStyle(QCPGraph::lsStepLeft);
        return lossLine;
    };
    m_legend->clearItems();
    for (const LabRun& run : comparison) {
        runLines(run.trace, displayColor(run.color, m_theme), 1.5);
        QCPGraph* deadLine = m_plot->graph(m_plot->graphCount() - 1);
        deadLine->setName(run.name);
        deadLine->addToLegend(m_legend);
    }
    m_legend->setVisible(!comparison.isEmpty());
    // Where it hides the least: the α panel while it is empty (no PReLU), else the dead units'.
    const std::size_t alphaCount = trace.empty() ? 0 : trace.front().alphas.size();
    QCPAxisRect* home = alphaCount == 0 ? rect(Alphas) : rect(Dead);
    if (!home->insetLayout()->elements(false).contains(m_legend)) {
        for (QCPAxisRect* r : m_rects)
            if (r->insetLayout()->elements(false).contains(m_legend))
                r->insetLayout()->take(m_legend);
        home->insetLayout()->addElement(m_legend, Qt::AlignRight | Qt::AlignTop);
    }
    QCPGraph* ownLoss = runLines(trace, own, 2.5);
    for (std::size_t a = 0; a < alphaCount; ++a) {
        auto [x, y] = axes(Alphas);
        series(x, y, trace, QPen(own, 1.0), [a](const Core::TrainStep& s) { return s.alphas[a]; });
    }
    for (const Rect r : {Loss, Alphas, Dead}) {
        auto [x, y] = axes(r);
        x->rescale();
        if (x->range().size() <= 0)
            x->setRange(0, 10);
        y->rescale();
        // A diverged run in the overlay (loss 1e280) would flatten this run's curve.
        if (r == Loss && !trace.empty()) {
            bool found = false;
            const QCPRange mine = ownLoss->getValueRange(found, QCP::sdBoth);
            if (found)
                y->setRange(std::max(y->range().lower, mine.lower / 3), std::min(y->range().upper, mine.upper * 3));
        }
        if (r == Dead) {
            y->setRange(-0.5, double(frame.config.units()) + 0.5);
        } else if (y->range().size() <= 0) {
            y->setRange(y->range().lower - 0.5, y->range().upper + 0.5);
        }
    }
    if (alphaCount == 0) // an empty panel keeps the steps' axis of the others
        axes(Alphas).first->setRange(axes(Loss).first->range());
    accuracyAxis->setRange(0, 100);
    accuracyAxis->setLabel(classes ? QObject::tr("accuracy %") : QString());
    accuracyAxis->setTicks(classes);
    accuracyAxis->setTickLabels(classes);
    axes(Alphas).second->setLabel(alphaCount == 0 ? QObject::tr("α (PReLU only)") : QObject::tr("α per unit"));
}

} // namespace Widgets
