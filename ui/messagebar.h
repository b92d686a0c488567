#pragma once

#include <QFrame>

class QLabel;

namespace EcsDesk::Ui {

/// An in-place message strip above a pane: routine errors and results of actions, closable,
/// instead of a modal box.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Error };
    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind = Kind::Information);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_label = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace EcsDesk::Ui
