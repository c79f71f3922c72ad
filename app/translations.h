// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

namespace App {

// Installs the translators for `locale`'s UI languages on the running application: ours (the .qm
// files embedded under :/i18n) and Qt's own qtbase (the Ok/Cancel of standard dialogs), where the
// system has it. Then makes the C locale the default, so that every number a person sees reads back
// in Python and on our command line ("0.3", never "0,3"), whatever the language.
// Returns the language loaded ("de"), or an empty string when the window stays in English.
QString installTranslations(const QLocale& locale = QLocale::system());

} // namespace App
