# SPDX-License-Identifier: MIT
# aex_options: the language level, warnings and Qt strictness that every target links PRIVATE.
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(aex_options INTERFACE)
target_compile_features(aex_options INTERFACE cxx_std_20)
target_compile_options(aex_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Wunused -Woverloaded-virtual -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)

# The numeric core also rejects silent conversions: a float32 path that quietly widens to double
# would no longer reproduce the framework bit for bit. Qt code uses int/qreal freely, so only core.
add_library(aex_numeric_options INTERFACE)
target_compile_options(aex_numeric_options INTERFACE
    -Wconversion -Wsign-conversion -Wdouble-promotion)
target_compile_definitions(aex_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CONTEXTLESS_CONNECT QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER)

option(AEX_WERROR "Treat warnings as errors" OFF)
if(AEX_WERROR)
    target_compile_options(aex_options INTERFACE -Werror)
endif()

option(AEX_ENABLE_SANITIZERS "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(AEX_ENABLE_SANITIZERS)
    target_compile_options(aex_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(aex_options INTERFACE -fsanitize=address,undefined)
endif()
