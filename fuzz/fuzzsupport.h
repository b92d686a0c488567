// SPDX-License-Identifier: MIT
#pragma once
// Shared by the fuzz targets (docs/fuzzing.md): the libFuzzer entry point's declaration, a check that
// aborts in every build (so the corpus replay under GCC fails on a broken invariant too), and
// splitting an input into a first line and the rest.

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace EcsDesk::Fuzz {

/// Aborts with `what` when `condition` is false: a finding, like a sanitizer report.
inline void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// The text before the first newline and what follows it (empty when there is no newline).
inline std::pair<QByteArray, QByteArray> firstLine(const QByteArray& input)
{
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return { input, QByteArray() };
    return { input.left(newline), input.mid(newline + 1) };
}

} // namespace EcsDesk::Fuzz
