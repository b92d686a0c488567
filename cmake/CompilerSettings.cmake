# SPDX-License-Identifier: MIT
# Warnings, sanitizers and build speed settings shared by every target.

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE Debug CACHE STRING "Build type" FORCE)
endif()

add_compile_options(-Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(ECSDESK_WERROR)
    add_compile_options(-Werror)
endif()

option(ECSDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(ECSDESK_SANITIZE)
    # GCC's -fsanitize=undefined leaves out float-cast-overflow (a double outside the integer's
    # range converted to it); name it so it is caught too.
    add_compile_options(-fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined,float-cast-overflow)
    add_link_options(-fsanitize=address,undefined,float-cast-overflow)
endif()

# ccache when present. The sloppiness settings let precompiled headers hit the cache; the base
# dir makes paths relative, so a fresh clone elsewhere (as CI makes) reuses the cache.
find_program(ECSDESK_CCACHE ccache)
if(ECSDESK_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER
        ${CMAKE_COMMAND} -E env CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
        CCACHE_BASEDIR=${PROJECT_SOURCE_DIR} CCACHE_NOHASHDIR=true ${ECSDESK_CCACHE})
endif()

# Debug builds: light optimisation keeps tests quick, split DWARF keeps links quick.
set(CMAKE_CXX_FLAGS_DEBUG "-O1 -g1")

# Link with gold or lld when available: the default bfd linker is slow on Qt binaries.
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=gold" ECSDESK_HAVE_GOLD)
if(ECSDESK_HAVE_GOLD AND NOT ECSDESK_SANITIZE)
    add_link_options(-fuse-ld=gold)
endif()

# Common heavy headers for every layer library.
function(ecsdesk_precompile target)
    target_precompile_headers(${target} PRIVATE
        <QByteArray> <QString> <QStringList> <QList> <QHash> <QObject> <QJsonObject> <QJsonArray>
        <QJsonDocument> <QJsonValue> <QDateTime> <QPointer> <memory> <functional> <optional> <vector>)
endfunction()

# Adds every direct subfolder of the current source folder that has a CMakeLists.txt, so that
# parallel work on separate areas (tests/api, tests/local, bench/placement, ...) never edits
# the same list.
function(ecsdesk_add_subdirectories)
    file(GLOB children LIST_DIRECTORIES true RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/*)
    list(SORT children)
    foreach(child IN LISTS children)
        if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/${child} AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${child}/CMakeLists.txt)
            add_subdirectory(${child})
        endif()
    endforeach()
endfunction()
