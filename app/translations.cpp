// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace App {

QString installTranslations(const QLocale& locale)
{
    // Owned by the application, so that a second call (a test) replaces nothing it still uses.
    auto* ours = new QTranslator(QCoreApplication::instance());
    QString language;
    if (ours->load(locale, u"activation-explorer"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(ours);
        language = ours->language();
    } else {
        delete ours;
    }
    // Qt's strings only with ours: an English window keeps English buttons.
    if (!language.isEmpty()) {
        auto* qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    QLocale::setDefault(QLocale::c());
    return language;
}

} // namespace App
