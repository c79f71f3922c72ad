# SPDX-License-Identifier: MIT
# CPack DEB (make package): one .deb of the install component "app" (the tests and tools are not
# installed). dpkg-shlibdeps derives Depends from the binary's linked libraries (Qt 6, QCustomPlot,
# libsleef, libstdc++, libc), so it stays right when a library is added or dropped.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME activation-explorer)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Activation Explorer developers")
set(CPACK_PACKAGE_CONTACT "Activation Explorer developers <maintainers@activationexplorer.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "activation functions exactly as Keras and PyTorch compute them")
set(CPACK_PACKAGE_DESCRIPTION
    "Activation Explorer plots neural-network activation functions and their gradients exactly as
Keras 3, tf.keras 2 and PyTorch compute them: the value, the gradient at every kink, signed zeros,
NaN and infinities, and each framework's defaults and error messages. It compares functions,
shows what they do to a distribution of inputs and through a deep network, trains a small network,
and exports figures and samples, from the window or the command line.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/activationexplorer/activation-explorer")
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL app)
# All of component "app" in one package, named as above rather than after the component.
set(CPACK_DEB_COMPONENT_INSTALL OFF)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own translations: the standard buttons and dialogs in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-translations-l10n)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
include(CPack)
