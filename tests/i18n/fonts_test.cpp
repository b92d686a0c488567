// SPDX-License-Identifier: MIT
// Every shipped language can be read on this machine: for each catalogue, a font that the system's
// font database offers draws every character of its translations. Without a CJK font the Chinese
// interface renders as boxes; scripts/install-deps.sh installs the fonts the .deb recommends.

#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

// The characters of every finished translation in a .ts file.
QSet<char32_t> translatedCharacters(const QString& tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<char32_t> characters;
    QXmlStreamReader xml(&file);
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("translation"))
            inTranslation = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
            inTranslation = false;
        else if (inTranslation && xml.isCharacters()) {
            for (char32_t c : xml.text().toString().toUcs4()) {
                if (c > 0x7f && !QChar::isSpace(c) && QChar::category(c) != QChar::Other_Format)
                    characters.insert(c);
            }
        }
    }
    return characters;
}

// The characters no font of the writing system's families can draw; empty when one family covers all.
QList<char32_t> missingGlyphs(QFontDatabase::WritingSystem system, const QSet<char32_t>& characters, QString* family)
{
    QList<char32_t> bestMissing(characters.begin(), characters.end());
    for (const QString& candidate : QFontDatabase::families(system)) {
        const QFontMetrics metrics { QFont(candidate) };
        QList<char32_t> missing;
        for (char32_t c : characters) {
            if (!metrics.inFontUcs4(c))
                missing << c;
        }
        if (missing.size() < bestMissing.size()) {
            bestMissing = missing;
            *family = candidate;
        }
        if (missing.isEmpty())
            break;
    }
    return bestMissing;
}

struct Catalogue {
    const char* file;
    QFontDatabase::WritingSystem system;
};

class CatalogueFonts : public ::testing::TestWithParam<Catalogue> { };

} // namespace

TEST_P(CatalogueFonts, aSystemFontDrawsEveryTranslatedCharacter)
{
    const QString path = QStringLiteral(ECSDESK_SOURCE_DIR "/translations/") + QLatin1String(GetParam().file);
    const QSet<char32_t> characters = translatedCharacters(path);
    ASSERT_FALSE(characters.isEmpty()) << "no translations read from " << path.toStdString();

    QString family;
    const QList<char32_t> missing = missingGlyphs(GetParam().system, characters, &family);
    QString sample;
    for (qsizetype i = 0; i < std::min<qsizetype>(missing.size(), 20); ++i)
        sample += QString::fromUcs4(&missing[i], 1);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " of " << characters.size() << " characters of "
                                   << GetParam().file << " have no glyph in any installed font (best: '"
                                   << family.toStdString() << "'), e.g. " << sample.toStdString()
                                   << "; run scripts/install-deps.sh (fonts-noto-cjk, fonts-dejavu-core)";
}

INSTANTIATE_TEST_SUITE_P(Languages, CatalogueFonts,
    ::testing::Values(Catalogue { "ecsdesk_zh_CN.ts", QFontDatabase::SimplifiedChinese },
        Catalogue { "ecsdesk_vi.ts", QFontDatabase::Vietnamese }, Catalogue { "ecsdesk_de.ts", QFontDatabase::Latin }),
    [](const ::testing::TestParamInfo<Catalogue>& info) {
        return std::string(info.param.file).substr(8, std::string(info.param.file).size() - 11);
    });
