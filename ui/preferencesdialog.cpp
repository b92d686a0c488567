// SPDX-License-Identifier: MIT
#include "ui/preferencesdialog.h"

#include "translations/translator.h"
#include "ui/appsettings.h"
#include "ui/exec/execlauncher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_interval(new QComboBox(this))
    , m_readOnly(new QLineEdit(this))
    , m_terminal(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_startLanguage(AppSettings::instance().language())
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(I18n::nativeLanguageName(QStringLiteral("en")), QStringLiteral("en"));
    for (const QString& code : I18n::availableLanguages())
        m_language->addItem(I18n::nativeLanguageName(code), code);

    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    for (int seconds : { 0, 5, 15, 30, 60, 300 })
        m_interval->addItem(seconds == 0 ? tr("Off") : tr("Every %n second(s)", nullptr, seconds), seconds);

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setText(tr("The new language is used the next time ECS Desk starts."));
    m_restartNote->setWordWrap(true);

    m_readOnly->setObjectName(QStringLiteral("readOnlyConnections"));
    m_readOnly->setPlaceholderText(tr("production, prod-admin"));
    m_readOnly->setToolTip(tr("Profiles or connections, separated by commas, whose resources ECS Desk only "
                              "shows: every action that changes something is disabled."));

    m_terminal->setObjectName(QStringLiteral("terminal"));
    m_terminal->setEditable(true);
    m_terminal->addItem(tr("Detect"), QString());
    for (const QString& name : ExecLauncher::detectedTerminals(QProcessEnvironment::systemEnvironment()))
        m_terminal->addItem(name, name);
    m_terminal->setToolTip(tr("The terminal emulator Open Shell runs the AWS CLI in: a program on PATH or a "
                              "path. Detect tries $TERMINAL, x-terminal-emulator, gnome-terminal, konsole and xterm."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Auto-refresh:"), m_interval);
    form->addRow(tr("&Read-only connections:"), m_readOnly);
    form->addRow(tr("&Terminal for Open Shell:"), m_terminal);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(buttons);

    setLanguage(m_startLanguage);
    setRefreshIntervalSeconds(AppSettings::instance().refreshIntervalSeconds());
    setReadOnlyConnections(AppSettings::instance().readOnlyConnections());
    setTerminal(AppSettings::instance().terminal());
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    updateRestartNote();
}

QString PreferencesDialog::language() const { return m_language->currentData().toString(); }

void PreferencesDialog::setLanguage(const QString& code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

int PreferencesDialog::refreshIntervalSeconds() const { return m_interval->currentData().toInt(); }

void PreferencesDialog::setRefreshIntervalSeconds(int seconds)
{
    int index = m_interval->findData(seconds);
    if (index < 0) { // a value set elsewhere (an older version, the settings file): keep it selectable
        m_interval->addItem(tr("Every %n second(s)", nullptr, seconds), seconds);
        index = m_interval->count() - 1;
    }
    m_interval->setCurrentIndex(index);
}

QStringList PreferencesDialog::readOnlyConnections() const
{
    QStringList names;
    for (const QString& name : m_readOnly->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty() && !names.contains(name.trimmed()))
            names.append(name.trimmed());
    }
    return names;
}

void PreferencesDialog::setReadOnlyConnections(const QStringList& names)
{
    m_readOnly->setText(names.join(QLatin1String(", ")));
}

QString PreferencesDialog::terminal() const
{
    // "Detect" shows a text in an editable box: the item's data says it is the empty choice.
    const int index = m_terminal->findText(m_terminal->currentText());
    return index >= 0 ? m_terminal->itemData(index).toString() : m_terminal->currentText().trimmed();
}

void PreferencesDialog::setTerminal(const QString& program)
{
    int index = m_terminal->findData(program);
    if (index < 0) {
        m_terminal->addItem(program, program);
        index = m_terminal->count() - 1;
    }
    m_terminal->setCurrentIndex(index);
}

bool PreferencesDialog::needsRestart() const { return language() != m_startLanguage; }

void PreferencesDialog::updateRestartNote() { m_restartNote->setVisible(needsRestart()); }

void PreferencesDialog::accept()
{
    AppSettings::instance().setLanguage(language());
    AppSettings::instance().setRefreshIntervalSeconds(refreshIntervalSeconds());
    AppSettings::instance().setReadOnlyConnections(readOnlyConnections());
    AppSettings::instance().setTerminal(terminal());
    QDialog::accept();
}

} // namespace EcsDesk::Ui
