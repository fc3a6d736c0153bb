#pragma once

#include "membership/providerconflict.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QVBoxLayout;
class QWidget;

// A thin view over one ProviderConflict (Nextcloud's ConflictDialog next to its ConflictSolver): what
// the server changed since load, what I changed, and the set each choice would leave on the server,
// marked with "+" / "−" against the server's current set. It decides nothing itself; the caller reads
// decision() once it finishes. Accept answers the chosen resolution, reject (Decide later, Escape,
// closing the window) answers Skip.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    // An aggregate string's name (Nova's, or the operator's local label), or empty.
    using AggregateNamer = std::function<QString(const QString &aggregate)>;

    // remainingAfterThis: conflicts still waiting behind this one ("Apply to all remaining" shows if > 0).
    explicit ConflictDialog(const ProviderConflict &conflict, int remainingAfterThis = 0,
                            QWidget *parent = nullptr);
    // Names the aggregates where `names` knows them ("+ az-north (6f1a3c58)"; the full UUID in the
    // tooltip), the exact string otherwise.
    ConflictDialog(const ProviderConflict &conflict, int remainingAfterThis, const AggregateNamer &names,
                   QWidget *parent);
    ~ConflictDialog() override;

    const ProviderConflict &conflict() const { return m_conflict; }
    int remainingAfterThis() const { return m_remaining; }
    // More conflicts arrived (or were answered) while this one is open: updates the count and
    // shows or hides "Apply to all remaining conflicts (N)".
    void setRemainingAfterThis(int remainingAfterThis);

    // The choice selected now: Merge, Overwrite or KeepServer (never Skip).
    ConflictResolution selectedResolution() const;
    // Selects a choice as a click would. Skip is not a choice: it is what rejecting answers.
    void setSelectedResolution(ConflictResolution resolution);
    bool applyToAllRemaining() const;
    // Ignored when nothing remains (the checkbox is hidden then).
    void setApplyToAllRemaining(bool applyToAll);

    // The answer: the selected choice, or Skip once rejected. applyToAllRemaining only if N > 0.
    ConflictDecision decision() const;

    // Whether the Overwrite choice carries the "undoes server-side changes" warning.
    bool hasOverwriteWarning() const;
    // The label the Apply button has for the current choice ("Merge", "Overwrite with my set", ...).
    QString applyButtonText() const;

    QPushButton *applyButton() const { return m_applyButton; }
    QPushButton *decideLaterButton() const { return m_decideLaterButton; }
    QRadioButton *radioFor(ConflictResolution resolution) const;
    QListWidget *resultListFor(ConflictResolution resolution) const;

public slots:
    void accept() override;
    void reject() override;

signals:
    // Emitted once when the dialog finishes, with what decision() returns from then on.
    void decided(const ConflictDecision &decision);

private:
    void buildHeader(QVBoxLayout *layout);
    void buildChanges(QVBoxLayout *layout);
    void buildChoices(QVBoxLayout *layout);
    QListWidget *createResultList(ConflictResolution resolution, const QString &objectName);
    QWidget *createOverwriteWarning();
    void updateButtons();
    void updateMinimumSize();

    ProviderConflict m_conflict;
    AggregateNamer m_names;
    int m_remaining = 0;
    bool m_skipped = false;
    bool m_finished = false;

    QButtonGroup *m_choiceGroup = nullptr;
    QRadioButton *m_mergeRadio = nullptr;
    QRadioButton *m_overwriteRadio = nullptr;
    QRadioButton *m_keepServerRadio = nullptr;
    QListWidget *m_mergeList = nullptr;
    QListWidget *m_overwriteList = nullptr;
    QListWidget *m_keepServerList = nullptr;
    QWidget *m_overwriteWarning = nullptr;
    QLabel *m_remainingLabel = nullptr;
    QCheckBox *m_applyToAllCheck = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_decideLaterButton = nullptr;
};
