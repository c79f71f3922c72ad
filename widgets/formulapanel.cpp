// SPDX-License-Identifier: MIT
#include "formulapanel.h"

#include "explorerdocument.h"
#include "refreshthrottle.h"

#include "aex/core/codegen.h"

#include "qtext.h"
#include "themepalette.h"

#include "aex/core/analysis.h"
#include "aex/core/describe.h"
#include "aex/core/numberformat.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>
#include <QVBoxLayout>

#include <cmath>

namespace Widgets {

namespace {

QString esc(const QString& text) { return text.toHtmlEscaped(); }

QString esc(std::string_view text) { return Model::toQString(text).toHtmlEscaped(); }

// Prose spelling of a number: the command line's shortest text, with a true minus and ∞.
QString prose(double value)
{
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    if (value == 0)
        return QStringLiteral("0"); // a bound or a position, where -0 would only distract
    QString text = QString::fromStdString(Core::formatNumber(value));
    if (text.startsWith(u'-'))
        text.replace(0, 1, QStringLiteral("−"));
    return text;
}

QString colorName(const QColor& c) { return c.name(QColor::HexRgb); }

// A term or condition never breaks inside ("0.29·x − 0.725" on one line): a narrow panel scrolls.
QString unbroken(std::string_view text) { return esc(text).replace(u' ', QStringLiteral("&nbsp;")); }

// Rich text sizes are points; the panel's are designed at the usual 9 pt text and scale with the
// widget's font, so presentation mode enlarges the formulas with everything else.
struct TextScale {
    double body;
    QString pt(double atNine) const { return QString::number(body * atNine / 9.0, 'f', 1) + QStringLiteral("pt"); }
};

QString piecewise(
    const QString& lhs, const std::vector<Core::FormulaPiece>& pieces, const QString& muted, const TextScale& scale)
{
    const QString lhsCell
        = QStringLiteral("<td class='lhs' valign='middle' style='white-space:nowrap'>%1&nbsp;=&nbsp;</td>").arg(lhs);
    if (pieces.empty())
        return {};
    if (pieces.size() == 1 && pieces.front().condition.empty()) {
        return QStringLiteral(
            "<table class='formula' cellspacing='0' cellpadding='1'><tr>%1<td class='expr' style='white-space:nowrap'>"
            "%2</td></tr></table>")
            .arg(lhsCell, unbroken(pieces.front().expression));
    }
    const int n = static_cast<int>(pieces.size());
    QString rows;
    for (int i = 0; i < n; ++i) {
        const Core::FormulaPiece& p = pieces[static_cast<std::size_t>(i)];
        QString row = QStringLiteral("<tr>");
        if (i == 0) {
            row += QStringLiteral("<td class='lhs' rowspan='%1' valign='middle' style='white-space:nowrap'>%2&nbsp;=&nbsp;</td>")
                       .arg(n)
                       .arg(lhs);
            row += QStringLiteral("<td rowspan='%1' valign='middle' style='font-size:%2; font-weight:200;'>{</td>")
                       .arg(n)
                       .arg(scale.pt(12 + 9 * (n - 1)));
        }
        const QString condition = p.condition.empty()
            ? QStringLiteral("<span style='color:%1'>%2</span>").arg(muted, FormulaPanel::tr("otherwise"))
            : QStringLiteral("<span style='color:%1'>%2</span>&nbsp;%3")
                  .arg(muted, FormulaPanel::tr("if"), unbroken(p.condition));
        // nowrap: a term never breaks, not even after "·" (a line-break opportunity in Unicode).
        row += QStringLiteral("<td class='expr' style='white-space:nowrap'>%1</td>"
                              "<td class='cond' style='white-space:nowrap'>%2</td></tr>")
                   .arg(unbroken(p.expression), condition);
        rows += row;
    }
    return QStringLiteral("<table class='formula' cellspacing='0' cellpadding='1'>%1</table>").arg(rows);
}

QString interval(const Core::Activation& activation, const Core::Interval& i, Core::DType dtype)
{
    auto closedAt = [&](double x) { return std::isfinite(x) && Core::evaluateAt(activation, x, dtype).dy == 0; };
    if (i.lo == i.hi)
        return QStringLiteral("x = %1").arg(prose(i.lo));
    return QStringLiteral("%1%2, %3%4")
        .arg(closedAt(i.lo) ? QStringLiteral("[") : QStringLiteral("("), prose(i.lo), prose(i.hi),
            closedAt(i.hi) ? QStringLiteral("]") : QStringLiteral(")"));
}

// Core::monotonicityName is the command line's English word.
QString monotonicityText(Core::Monotonicity m)
{
    switch (m) {
    case Core::Monotonicity::NonDecreasing: return FormulaPanel::tr("non-decreasing");
    case Core::Monotonicity::NonIncreasing: return FormulaPanel::tr("non-increasing");
    case Core::Monotonicity::Constant: return FormulaPanel::tr("constant");
    case Core::Monotonicity::None: break;
    }
    return FormulaPanel::tr("not monotonic");
}

QString joinPositions(const std::vector<double>& xs)
{
    QStringList parts;
    for (const double x : xs)
        parts << QStringLiteral("x = ") + prose(x);
    return parts.join(QStringLiteral(", "));
}

} // namespace

FormulaPanel::FormulaPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("formulaPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("formulaView"));
    m_view->setAccessibleName(tr("Formula"));
    m_view->setAccessibleDescription(tr("The selected curve's definition, derivative and properties"));
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->document()->setDocumentMargin(10);
    m_view->document()->setUndoRedoEnabled(false); // render() replaces the text: no history to keep
    // Lines break between words only ("max_value=None," never "No ne"); a narrow panel scrolls.
    m_view->setWordWrapMode(QTextOption::WordWrap);
    layout->addWidget(m_view);
    m_refresh = new RefreshThrottle(
        RefreshThrottle::kPanelInterval, [this] { render(); }, this);
    m_refresh->flush();
}

void FormulaPanel::setDocument(Model::ExplorerDocument* document)
{
    if (m_document)
        m_document->disconnectView(this);
    m_document = document;
    if (document)
        followSelectedCurve(document, m_refresh, this);
    m_refresh->flush();
}

QString FormulaPanel::html() const
{
    m_refresh->catchUp();
    return m_view->toHtml();
}

QString FormulaPanel::plainText() const
{
    m_refresh->catchUp();
    return m_view->toPlainText();
}

void FormulaPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && !m_rendering)
        m_refresh->flush();
}

QString FormulaPanel::callSignature(const Core::Activation& activation)
{
    // The callable "Copy as code" builds: valid Python for every framework (Keras PReLU takes an
    // initializer, not a number).
    return QString::fromStdString(Core::codeFor(activation, activation.framework()).expression);
}

void FormulaPanel::render()
{
    m_rendering = true;
    const QPalette pal = palette();
    const QString text = colorName(pal.color(QPalette::Text));
    const QString muted = colorName(mutedColor(pal));
    const QString accent = colorName(isDark(pal) ? QColor(0x8c, 0xc4, 0xff) : QColor(0x1f, 0x5f, 0xa8));
    const QString error = colorName(errorColor(pal));
    const QString codeBg = colorName(isDark(pal) ? QColor(0x2a, 0x2d, 0x33) : QColor(0xee, 0xf1, 0xf5));

    const TextScale scale{font().pointSizeF() > 0 ? font().pointSizeF() : 9.0};
    const QString css = QStringLiteral(
        "body { color:%1; }"
        "h2 { margin:0 0 2px 0; font-size:%5; font-weight:600; }"
        "h4 { margin:12px 0 4px 0; font-size:%6; font-weight:600; color:%3; text-transform:uppercase; }"
        "p { margin:2px 0; }"
        ".muted { color:%2; }"
        ".call { font-family:'DejaVu Sans Mono',monospace; background:%4; }"
        ".formula { margin:4px 0 4px 0; }"
        ".formula td { font-family:'DejaVu Serif',serif; font-size:%7; padding:1px 3px; }"
        ".formula td.lhs { font-style:italic; }"
        ".formula td.cond { padding-left:14px; }"
        ".props td { padding:1px 10px 1px 0; }"
        "li { margin:0 0 3px 0; }")
                            .arg(text, muted, accent, codeBg, scale.pt(15), scale.pt(10), scale.pt(11.5));

    QString body;
    QString subject; // what the text is about: the curve, its function and framework
    const int selected = m_document ? m_document->selected() : -1;
    const Core::DType dtype = m_document ? m_document->dtype() : Core::DType::Float64;
    if (selected < 0) {
        body = QStringLiteral("<p class='muted'>%1</p>").arg(esc(tr("Select a curve to see its formula.")));
    } else {
        const Core::Activation& a = m_document->curve(selected).activation;
        subject
            = QStringLiteral("%1 %2 %3").arg(selected).arg(Model::toQString(a.function().name)).arg(int(a.framework()));
        const Core::Description d = Core::describe(a);
        const Core::Properties props = Core::properties(a, dtype);
        const std::vector<Core::Breakpoint> bps = Core::breakpoints(a, dtype);

        body += QStringLiteral(
            "<h2>%1 <span class='muted' style='font-size:%4; font-weight:normal;'>%2 · %3</span></h2>")
                    .arg(esc(a.function().title), esc(Core::frameworkTitle(a.framework())), esc(Core::dtypeName(dtype)),
                        scale.pt(10));
        if (!a.function().summary.empty())
            body += QStringLiteral("<p class='muted'>%1</p>").arg(esc(a.function().summary));
        body += QStringLiteral("<p style='margin-top:6px;'><span class='call'>&nbsp;%1&nbsp;</span></p>")
                    .arg(esc(callSignature(a)));

        const std::vector<std::string> layerErrors = a.layerErrors();
        if (!layerErrors.empty()) {
            body
                += QStringLiteral("<p style='color:%1; margin-top:8px;'><b>%2</b></p>")
                       .arg(error,
                           esc(tr("The %1 layer rejects these values; the curves show what the function form computes:")
                                   .arg(Model::toQString(a.spec().api))));
            for (const std::string& e : layerErrors)
                body += QStringLiteral("<p style='color:%1; margin-left:10px;'>%2</p>")
                            .arg(error, esc(QString::fromStdString(e)));
        }

        body += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Definition")));
        body += piecewise(QStringLiteral("f(x)"), d.value, muted, scale);
        body += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Derivative")));
        body += piecewise(QStringLiteral("f′(x)"), d.derivative, muted, scale);

        std::vector<double> jumps, corners;
        for (const Core::Breakpoint& b : bps) {
            if (b.valueJumps())
                jumps.push_back(b.x);
            if (b.valueJumps() || b.slopeJumps())
                corners.push_back(b.x);
        }
        QString bounds;
        if (props.boundedBelow() && props.boundedAbove())
            bounds = tr("between %1 and %2").arg(prose(props.infimum), prose(props.supremum));
        else if (props.boundedBelow())
            bounds = tr("below by %1; unbounded above").arg(prose(props.infimum));
        else if (props.boundedAbove())
            bounds = tr("above by %1; unbounded below").arg(prose(props.supremum));
        else
            bounds = tr("unbounded");
        const QString yes = tr("yes"), no = tr("no");
        QString zero;
        if (props.zeroGradient.empty()) {
            zero = tr("nowhere");
        } else {
            QStringList parts;
            for (const Core::Interval& i : props.zeroGradient)
                parts << interval(a, i, dtype);
            zero = parts.join(QStringLiteral(" ∪ "));
        }
        auto row = [](const QString& name, const QString& value) {
            return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
        };
        body += QStringLiteral("<h4>%1</h4><table class='props' cellspacing='0'>").arg(esc(tr("Properties")));
        body += row(tr("Bounded"),
            (props.boundedBelow() || props.boundedAbove() ? yes + QStringLiteral(", ") : no + QStringLiteral(", "))
                + bounds);
        body += row(tr("Continuous"), props.continuous ? yes : no + tr(" — jumps at ") + joinPositions(jumps));
        body += row(tr("Differentiable"), props.differentiable ? yes : no + tr(" — not at ") + joinPositions(corners));
        body += row(tr("Monotonic"),
            props.monotonicity == Core::Monotonicity::None
                ? no
                : yes + QStringLiteral(", ") + monotonicityText(props.monotonicity));
        body += row(tr("Zero gradient"), zero);
        body += QStringLiteral("</table>");

        if (!d.notes.empty()) {
            body += QStringLiteral("<h4>%1</h4><ul style='margin-left:-20px;'>")
                        .arg(esc(tr("%1 notes").arg(Model::toQString(Core::frameworkTitle(a.framework())))));
            for (const std::string& n : d.notes)
                body += QStringLiteral("<li>%1</li>").arg(esc(QString::fromStdString(n)));
            body += QStringLiteral("</ul>");
        }
    }
    m_view->document()->setDefaultStyleSheet(css);
    showHtml(QStringLiteral("<html><body>%1</body></html>").arg(body), subject);
    m_rendering = false;
}

// New text about the same subject (a drag step changes a number) replaces the old in one edit
// block: the view keeps its scroll position, and its scroll bar, whose range did not change, is not
// drawn again. setHtml empties the document first: it scrolled to the top and repainted the scroll
// bar on every refresh, about a millisecond each (Fusion draws it with fills big enough for Qt's
// raster engine to hand to its thread pool). Another subject starts a new document, at the top. So
// does a long drag now and then: each insertHtml adds its tables' formats to the document's format
// table, which only setHtml empties.
void FormulaPanel::showHtml(const QString& html, const QString& subject)
{
    constexpr qsizetype kMaxFormats = 1000; // about 60 refreshes of the largest text
    QTextDocument* document = m_view->document();
    if (subject != m_subject || document->allFormats().size() > kMaxFormats) {
        const int scrolled = subject == m_subject ? m_view->verticalScrollBar()->value() : 0;
        m_view->setHtml(html);
        m_view->verticalScrollBar()->setValue(scrolled);
        m_subject = subject;
        return;
    }
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertHtml(html);
    cursor.endEditBlock();
}

} // namespace Widgets
