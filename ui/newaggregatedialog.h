#pragma once

#include <QDialog>

#include <functional>

class MembershipStore;
class QLabel;
class QLineEdit;
class QPushButton;

// "New aggregate…": paste a UUID in any spelling Placement accepts (any case, with or without dashes,
// braces, urn:uuid:) or generate a fresh one. Validates as the operator types, explains what is wrong
// inline, and keeps OK disabled until the text is a UUID that is not a column yet (case-insensitive).
// The result is the canonical lower-case dashed form.
class NewAggregateDialog : public QDialog
{
    Q_OBJECT

public:
    // Whether an aggregate is already present; gets the canonical form.
    using ExistsFunction = std::function<bool(const QString &canonicalUuid)>;

    explicit NewAggregateDialog(ExistsFunction exists, QWidget *parent = nullptr);
    // Present means: a column of the store.
    explicit NewAggregateDialog(const MembershipStore *store, QWidget *parent = nullptr);

    enum class State {
        Empty,
        Invalid,
        Duplicate,
        Valid,
    };
    State state() const { return m_state; }
    bool isInputValid() const { return m_state == State::Valid; }

    // The canonical UUID when the input is valid, else a null QString.
    QString canonicalUuid() const;
    QString text() const;
    void setText(const QString &text);
    // The inline message for the current input.
    QString message() const;

    QLineEdit *uuidEdit() const { return m_uuidEdit; }
    QPushButton *generateButton() const { return m_generateButton; }
    QPushButton *okButton() const { return m_okButton; }

public slots:
    // Fills the field with a new random UUID (never one already present).
    void generate();

private:
    void validate();
    void setMessage(State state, const QString &text);
    static QString invalidReason(const QString &text);

    ExistsFunction m_exists;
    State m_state = State::Empty;
    QLineEdit *m_uuidEdit;
    QPushButton *m_generateButton;
    QLabel *m_messageIcon;
    QLabel *m_messageLabel;
    QPushButton *m_okButton = nullptr;
};
