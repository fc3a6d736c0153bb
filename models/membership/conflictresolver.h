#pragma once

#include "membership/conflictdecisionstrategy.h"
#include "membership/providerconflict.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

// Decides each provider conflict through an injected strategy, one question at a time, and remembers
// "apply to all remaining conflicts" for the rest of one submit. No widgets: the dialog is a strategy.
class ConflictResolver : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(ConflictResolution)>;

    explicit ConflictResolver(QObject *parent = nullptr);

    // Not owned. Without a strategy every conflict is merged.
    void setStrategy(ConflictDecisionStrategy *strategy) { m_strategy = strategy; }
    // Preference: merge without asking.
    void setAutoMerge(bool enabled) { m_autoMerge = enabled; }
    bool autoMerge() const { return m_autoMerge; }

    void resolve(const ProviderConflict &conflict, Callback done);
    // A new submit starts: forget an earlier "apply to all".
    void reset();
    // Answers Skip to every waiting conflict and closes an open question.
    void cancelPending();
    int waiting() const { return int(m_queue.size()); }

    // The aggregate set a resolution sends (Skip: none).
    static QStringList resultingSet(const ProviderConflict &conflict, ConflictResolution resolution);

signals:
    void decided(const QString &providerUuid, ConflictResolution resolution);
    // Conflicts queued behind the current question changed (a dialog's "apply to all (N)").
    void waitingChanged(int waitingBehindCurrent);

private:
    struct Pending
    {
        ProviderConflict conflict;
        Callback done;
    };
    void askNext();
    void finishOne(const Pending &pending, ConflictResolution resolution);

    ConflictDecisionStrategy *m_strategy = nullptr;
    bool m_autoMerge = false;
    std::optional<ConflictResolution> m_applyToAll;
    QList<Pending> m_queue;
    bool m_asking = false;
    quint64 m_round = 0; // answers from a canceled round are ignored
};
