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
    # Directory-wide rather than on aex_options, so that every target of the build is instrumented
    # and links the runtimes: the tests, the benchmark, the fuzz replay drivers and the targets Qt's
    # macros generate (resources, moc) alike. LeakSanitizer is part of -fsanitize=address on Linux;
    # -fno-sanitize-recover=all turns every UBSan report into a failure.
    set(AEX_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all)
    add_compile_options(${AEX_SANITIZER_FLAGS} -fno-omit-frame-pointer)
    add_link_options(${AEX_SANITIZER_FLAGS})
endif()
