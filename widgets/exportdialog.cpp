// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include "numberspinbox.h"

#include "themepalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Widgets {

namespace {

constexpr int kPreviewWidth = 360;
constexpr int kPreviewHeight = 260;

QString formatTitle(FigureFormat format)
{
    switch (format) {
    case FigureFormat::Jpeg: return ExportDialog::tr("JPEG image (*.jpg *.jpeg)");
    case FigureFormat::Svg: return ExportDialog::tr("SVG vector drawing (*.svg)");
    case FigureFormat::Pdf: return ExportDialog::tr("PDF document (*.pdf)");
    case FigureFormat::Png: break;
    }
    return ExportDialog::tr("PNG image (*.png)");
}

constexpr FigureFormat kFormats[] = {FigureFormat::Png, FigureFormat::Jpeg, FigureFormat::Svg, FigureFormat::Pdf};

} // namespace

ExportDialog::ExportDialog(FigureContent content, const FigureOptions& options, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_content(std::move(content))
    , m_jpegQuality(options.jpegQuality)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Figure"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"exportPathEdit"_s);
    m_path->setToolTip(tr("The file to write; its ending chooses the format"));
    m_path->setClearButtonEnabled(true);
    m_path->setMinimumWidth(320);
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(u"exportBrowseButton"_s);
    browse->setToolTip(tr("Choose the file in a file dialog"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormatCombo"_s);
    m_format->setToolTip(tr("PNG and JPEG are pictures; SVG and PDF are vector drawings that stay sharp at any size"));
    for (FigureFormat f : kFormats)
        m_format->addItem(formatTitle(f), static_cast<int>(f));

    m_width = new WholeNumberSpinBox(this);
    m_width->setObjectName(u"exportWidthSpin"_s);
    m_width->setAccessibleName(tr("Width"));
    m_width->setToolTip(tr("The figure's width in logical pixels"));
    m_height = new WholeNumberSpinBox(this);
    m_height->setObjectName(u"exportHeightSpin"_s);
    m_height->setAccessibleName(tr("Height"));
    m_height->setToolTip(tr("The figure's height in logical pixels"));
    for (QSpinBox* s : {m_width, m_height}) {
        s->setRange(kMinFigureSide, kMaxFigureSide);
        s->setSingleStep(10);
        s->setAccelerated(true);
    }
    m_width->setSuffix(tr(" px wide"));
    m_height->setSuffix(tr(" px high"));
    m_plotSizeButton = new QPushButton(tr("Use plot size"), this);
    m_plotSizeButton->setObjectName(u"exportPlotSizeButton"_s);
    m_plotSizeButton->setToolTip(tr("The size the plot has on screen: the figure looks exactly like it"));
    m_plotSizeButton->setEnabled(false);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(u"×"_s, this));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_plotSizeButton);
    sizeRow->addStretch(1);

    m_scale = new QDoubleSpinBox(this);
    m_scale->setObjectName(u"exportScaleSpin"_s);
    m_scale->setRange(kMinFigureScale, kMaxFigureScale);
    m_scale->setDecimals(2);
    m_scale->setSingleStep(0.25);
    m_scale->setSuffix(u" ×"_s);
    m_scale->setToolTip(tr("Pixels per logical pixel: 2 doubles the resolution of a PNG or JPEG "
                           "without changing its layout (96 dpi × scale)"));
    m_pixels = new QLabel(this);
    m_pixels->setObjectName(u"exportPixelsLabel"_s);
    // Its text is longer for a vector page: wrapped within the row, so the dialog keeps its width
    // when the format changes.
    m_pixels->setWordWrap(true);
    m_pixels->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scale);
    scaleRow->addWidget(m_pixels, 1);

    // 0 is the screen's text size; a lecture slide wants 18 points or more.
    m_fontSize = new QDoubleSpinBox(this);
    m_fontSize->setObjectName(u"exportFontSizeSpin"_s);
    m_fontSize->setRange(kMinFigureFontSize - 1, kMaxFigureFontSize);
    m_fontSize->setDecimals(1);
    m_fontSize->setSingleStep(1);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setSpecialValueText(tr("As on screen"));
    m_fontSize->setToolTip(tr("The size of every text in the figure: ticks, axis labels and legend"));

    m_panels = new QComboBox(this);
    m_panels->setObjectName(u"exportPanelsCombo"_s);
    m_panels->setToolTip(tr("Which of the two plots the figure draws"));
    m_panels->addItem(tr("Both: f(x) above f′(x)"), static_cast<int>(Model::Panels::Both));
    m_panels->addItem(tr("f(x) only"), static_cast<int>(Model::Panels::Function));
    m_panels->addItem(tr("f′(x) only"), static_cast<int>(Model::Panels::Derivative));

    // Offered when the learning lab has a run: its four plots instead of the curves.
    m_subject = new QComboBox(this);
    m_subject->setObjectName(u"exportSubjectCombo"_s);
    m_subject->setToolTip(tr("What the figure draws: the curves, or the learning lab's plots"));
    m_subject->addItem(tr("The curves"), static_cast<int>(FigureSubject::Curves));
    if (m_content.lab)
        m_subject->addItem(tr("The learning lab (step %1)").arg(m_content.lab->frame.trace.size()),
            static_cast<int>(FigureSubject::Lab));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"exportThemeCombo"_s);
    m_theme->setToolTip(tr("The figure's colours, whatever the window's theme"));
    m_theme->addItem(tr("Light"), static_cast<int>(Model::Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Model::Theme::Dark));

    auto* form = new QFormLayout;
    // Rows holding a layout get no buddy from QFormLayout: without one the & would show.
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&File:"), m_path), pathRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("Dra&w:"), m_subject);
    form->labelForField(m_subject)->setVisible(m_content.lab != nullptr);
    m_subject->setVisible(m_content.lab != nullptr);
    form->addRow(label(tr("&Size:"), m_width), sizeRow);
    form->addRow(label(tr("S&cale:"), m_scale), scaleRow);
    form->addRow(tr("Te&xt size:"), m_fontSize);
    form->addRow(tr("&Panels:"), m_panels);
    form->addRow(tr("&Theme:"), m_theme);

    m_preview = new QLabel(this);
    m_preview->setObjectName(u"exportPreview"_s);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(kPreviewWidth, kPreviewHeight);
    m_preview->setFrameShape(QFrame::StyledPanel);

    m_error = new MessageLabel(this);
    m_error->setObjectName(u"exportError"_s);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export"));
    m_ok->setObjectName(u"exportOkButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::renderPreview);

    // Initial values, before the signals are connected.
    const FigureOptions valid = validateFigureOptions(options).isEmpty() ? options : FigureOptions{};
    m_width->setValue(valid.size.width());
    m_height->setValue(valid.size.height());
    m_scale->setValue(valid.scale);
    m_fontSize->setValue(valid.fontSize > 0 ? valid.fontSize : m_fontSize->minimum());
    m_panels->setCurrentIndex(m_panels->findData(static_cast<int>(valid.panels)));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(valid.theme)));
    m_subject->setCurrentIndex(std::max(0, m_subject->findData(static_cast<int>(valid.subject))));
    m_path->setText(path);
    if (const auto f = figureFormatForPath(path))
        m_format->setCurrentIndex(m_format->findData(static_cast<int>(*f)));

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, &ExportDialog::onPathEdited);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::refresh);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChosen);
    connect(m_plotSizeButton, &QPushButton::clicked, this, [this] {
        m_width->setValue(m_plotSize.width());
        m_height->setValue(m_plotSize.height());
    });
    for (QSpinBox* s : {m_width, m_height})
        connect(s, &QSpinBox::valueChanged, this, &ExportDialog::refresh);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::refresh);
    connect(m_fontSize, &QDoubleSpinBox::valueChanged, this, &ExportDialog::refresh);
    connect(m_panels, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    refresh();
    renderPreview();
}

FigureOptions ExportDialog::options() const
{
    FigureOptions o;
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->value();
    // Below the smallest size is the special value: the screen's.
    o.fontSize = m_fontSize->value() < kMinFigureFontSize ? 0 : m_fontSize->value();
    o.panels = static_cast<Model::Panels>(m_panels->currentData().toInt());
    o.theme = static_cast<Model::Theme>(m_theme->currentData().toInt());
    o.jpegQuality = m_jpegQuality;
    o.subject = static_cast<FigureSubject>(m_subject->currentData().toInt());
    return o;
}

QString ExportDialog::path() const { return m_path->text().trimmed(); }

std::optional<FigureFormat> ExportDialog::format() const
{
    return static_cast<FigureFormat>(m_format->currentData().toInt());
}

void ExportDialog::setPlotSize(const QSize& size)
{
    m_plotSize
        = size.boundedTo(QSize(kMaxFigureSide, kMaxFigureSide)).expandedTo(QSize(kMinFigureSide, kMinFigureSide));
    m_plotSizeButton->setEnabled(size.isValid());
    m_plotSizeButton->setToolTip(tr("%1 × %2: the size the plot has on screen, so the figure looks exactly like it")
                                     .arg(m_plotSize.width())
                                     .arg(m_plotSize.height()));
}

QString ExportDialog::problem() const
{
    if (path().isEmpty())
        return tr("Choose a file to export to.");
    if (!figureFormatForPath(path()))
        return tr("unknown file type; accepted: a file name ending in .png, .jpg, .jpeg, .svg or .pdf");
    return validateFigureOptions(options());
}

void ExportDialog::browse()
{
    const FigureFormat f = *format();
    QString start = path();
    if (start.isEmpty())
        start = QDir::home().filePath(u"figure."_s + figureFormatSuffix(f));
    QStringList filters;
    for (FigureFormat each : kFormats)
        filters << formatTitle(each);
    QString selected = formatTitle(f);
    const QString chosen
        = QFileDialog::getSaveFileName(this, tr("Export Figure"), start, filters.join(u";;"_s), &selected);
    if (chosen.isEmpty())
        return;
    QString file = chosen;
    if (!figureFormatForPath(file)) {
        for (FigureFormat each : kFormats) {
            if (formatTitle(each) == selected)
                file += u'.' + figureFormatSuffix(each);
        }
    }
    m_path->setText(file);
    onPathEdited();
}

void ExportDialog::setWriter(Writer writer) { m_writer = std::move(writer); }

void ExportDialog::accept()
{
    // A write error (a full disk, a folder that is not there) is shown here, with everything
    // still as chosen, to fix the path and try again.
    if (m_writer)
        if (const QString error = m_writer(options(), path()); !error.isEmpty()) {
            m_error->setMessage(error);
            return;
        }
    QDialog::accept();
}

void ExportDialog::onPathEdited()
{
    if (const auto f = figureFormatForPath(path())) {
        const QSignalBlocker block(m_format);
        m_format->setCurrentIndex(m_format->findData(static_cast<int>(*f)));
    }
    refresh();
}

void ExportDialog::onFormatChosen()
{
    const FigureFormat f = *format();
    QString p = path();
    if (!p.isEmpty() && figureFormatForPath(p) != f) {
        const QFileInfo info(p);
        const QString base = info.suffix().isEmpty() ? p : p.left(p.size() - info.suffix().size() - 1);
        m_path->setText(base + u'.' + figureFormatSuffix(f));
    }
    refresh();
}

void ExportDialog::refresh()
{
    const FigureOptions o = options();
    const bool vector = isVector(*format());
    m_scale->setEnabled(!vector);
    m_panels->setEnabled(o.subject == FigureSubject::Curves);
    if (vector) {
        const double wIn = o.size.width() / double(kFigureDpi);
        const double hIn = o.size.height() / double(kFigureDpi);
        m_pixels->setText(tr("vector page %1 × %2 in (%3 × %4 mm); scale does not apply")
                              .arg(wIn, 0, 'f', 2)
                              .arg(hIn, 0, 'f', 2)
                              .arg(wIn * 25.4, 0, 'f', 0)
                              .arg(hIn * 25.4, 0, 'f', 0));
    } else {
        m_pixels->setText(tr("= %1 × %2 pixels at %3 dpi")
                              .arg(qRound(o.size.width() * o.scale))
                              .arg(qRound(o.size.height() * o.scale))
                              .arg(qRound(kFigureDpi * o.scale)));
    }
    const QString why = problem();
    m_error->setMessage(path().isEmpty() ? QString() : why);
    m_ok->setEnabled(why.isEmpty());
    m_previewTimer->start();
}

void ExportDialog::renderPreview()
{
    FigureOptions o = options();
    // The whole page at a scale that fits the preview: text keeps its proportion to the page.
    o.scale = std::min({1.0, double(kPreviewWidth) / o.size.width(), double(kPreviewHeight) / o.size.height()});
    const qreal dpr = devicePixelRatioF();
    o.scale *= dpr;
    QImage image = renderFigure(m_content, o);
    image.setDevicePixelRatio(dpr);
    m_preview->setPixmap(QPixmap::fromImage(image));
}

} // namespace Widgets
