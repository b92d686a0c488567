// SPDX-License-Identifier: MIT
#include "ui/messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace EcsDesk::Ui {

namespace {
    /// How long a success message stays before it fades.
    constexpr int successMessageMs = 6000;
} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_actionButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setToolTip(tr("Close"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    m_actionButton->setObjectName(QStringLiteral("messageBarAction"));
    m_actionButton->hide();
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        const std::function<void()> action = std::exchange(m_action, {});
        hide();
        if (action)
            action();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 3, 3);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_actionButton);
    layout->addWidget(close);
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind, const QString& actionText, std::function<void()> action)
{
    showMessage(text, kind);
    m_action = std::move(action);
    m_actionButton->setText(actionText);
    m_actionButton->show();
}

void MessageBar::showSuccess(const QString& text)
{
    showMessage(text, Kind::Information);
    const int serial = m_serial;
    QTimer::singleShot(successMessageMs, this, [this, serial] {
        if (m_serial == serial && m_kind == Kind::Information)
            hide();
    });
}

void MessageBar::showMessage(const QString& text, Kind kind)
{
    ++m_serial;
    m_kind = kind;
    m_action = {};
    m_actionButton->hide();
    m_label->setText(text);
    QPalette pal = palette();
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    // Tinted from the current palette so light and dark themes both read well.
    QColor tint = kind == Kind::Error ? QColor(220, 50, 47) : base.color(QPalette::Highlight);
    QColor background = base.color(QPalette::Window);
    background = QColor::fromRgbF(background.redF() * 0.8f + tint.redF() * 0.2f,
        background.greenF() * 0.8f + tint.greenF() * 0.2f, background.blueF() * 0.8f + tint.blueF() * 0.2f);
    pal.setColor(QPalette::Window, background);
    setPalette(pal);
    show();
}

QString MessageBar::text() const { return m_label->text(); }

} // namespace EcsDesk::Ui
