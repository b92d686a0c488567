// SPDX-License-Identifier: MIT
// The corpus replay: feeds every file of the folders (or files) given to the target's
// LLVMFuzzerTestOneInput, as libFuzzer would, in a build without libFuzzer (GCC, CI). A crash,
// sanitizer report or broken invariant ends the process with a failure; registered with ctest as
// fuzz_replay_<target> (label unit) so the committed corpus, crash inputs included, runs every time.

#include "fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdio>

int main(int argc, char** argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else {
            files.append(path);
        }
    }
    std::sort(files.begin(), files.end());
    if (files.isEmpty()) {
        std::fprintf(stderr, "replay: no input files in the paths given\n");
        return 2;
    }
    for (const QString& file : std::as_const(files)) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(file));
            return 2;
        }
        const QByteArray data = in.readAll();
        std::fprintf(stderr, "replay: %s (%lld bytes)\n", qPrintable(file), static_cast<long long>(data.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size()));
    }
    std::printf("replay: %lld inputs, no finding\n", static_cast<long long>(files.size()));
    return 0;
}
