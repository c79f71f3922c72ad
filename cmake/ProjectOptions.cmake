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

# GNU gold (part of binutils, so wherever g++ is) links the tests and the program several times faster
# than the default BFD linker, with the same result; the build falls back to the default without it.
# clang links with lld instead: gold warns about every local symbol of clang's sanitizer runtime it
# cannot export, over a thousand lines in the asan build.
option(AEX_FAST_LINKER "Link with GNU gold (GCC) or lld (clang) when the compiler accepts it" ON)
if(AEX_FAST_LINKER)
    include(CheckLinkerFlag)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        set(aex_linker lld)
    else()
        set(aex_linker gold)
    endif()
    check_linker_flag(CXX "-fuse-ld=${aex_linker}" AEX_HAVE_LD_${aex_linker})
    if(AEX_HAVE_LD_${aex_linker})
        add_link_options(-fuse-ld=${aex_linker})
    endif()
endif()

# aex_unity_build(target): compiles the target's sources a few at a time as one translation unit each.
# Every Qt widget source otherwise re-parses the same Qt and QCustomPlot headers, which is most of what
# it costs to compile; GCC's precompiled headers of them (hundreds of MB) were measured slower to load
# than to parse. The lint preset turns it off, so that each file is checked with exactly its includes.
option(AEX_UNITY_BUILD "Compile the Qt libraries' sources in batches (unity build)" ON)
function(aex_unity_build target)
    if(AEX_UNITY_BUILD)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
    endif()
endfunction()

# aex_precompile_headers(target HEADER...): with clang, the Qt and QCustomPlot headers that each of the
# target's unity batches parses again, precompiled once for the target. clang reads a precompiled header
# lazily: a widgets batch compiles in half the time. Making one costs about as much as two batches save,
# so only the widget libraries and the GUI test groups use it. The GUI groups compile at -O0, where
# parsing is half of a batch: with it, both groups took 49 s of CPU instead of 67 to 79 s. The core test
# group (-O2, code generation) and aex_model lost as much as they won.
# Only with the unity build: the lint preset checks each file with exactly the includes it has.
option(AEX_PRECOMPILED_HEADERS "With clang and the unity build, precompile the Qt headers per target" ON)
function(aex_precompile_headers target)
    if(AEX_PRECOMPILED_HEADERS AND AEX_UNITY_BUILD AND CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()
