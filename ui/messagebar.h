// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace EcsDesk::Ui {

/// An in-place message strip above a pane: routine errors and results of actions, closable,
/// instead of a modal box.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Error };
    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind = Kind::Information);
    /// The same with a button that runs `action` (and closes the bar), e.g. "Sign In Again…".
    void showMessage(const QString& text, Kind kind, const QString& actionText, std::function<void()> action);
    /// A result that fades after a while (errors stay), unless another message replaced it.
    void showSuccess(const QString& text);
    QString text() const;
    /// The action button (hidden when the message has none).
    QPushButton* actionButton() const { return m_actionButton; }
    Kind kind() const { return m_kind; }

private:
    QLabel* m_label = nullptr;
    QPushButton* m_actionButton = nullptr;
    std::function<void()> m_action;
    Kind m_kind = Kind::Information;
    int m_serial = 0; ///< counts the messages shown, so a fading one hides only itself
};

} // namespace EcsDesk::Ui
