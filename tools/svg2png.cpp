// SPDX-License-Identifier: MIT
// aex-svg2png SVG OUTDIR SIZE...: renders SVG into OUTDIR/SIZExSIZE/apps/NAME.png for each SIZE, NAME
// being the SVG's file name without .svg. Used at build time for the hicolor icon theme's PNGs, so
// that packaging needs no SVG tool beyond the Qt the project already builds with.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    const QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        std::fputs("usage: aex-svg2png SVG OUTDIR SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "aex-svg2png: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString name = QFileInfo(args.at(1)).completeBaseName();
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "aex-svg2png: bad size %s\n", qPrintable(args.at(i)));
            return 2;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
        }
        if (!QDir().mkpath(dir) || !image.save(dir + u'/' + name + QStringLiteral(".png"))) {
            std::fprintf(stderr, "aex-svg2png: cannot write into %s\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
