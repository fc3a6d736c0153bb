#pragma once

#include "membership/providerconflict.h"

#include <functional>

// How the resolver asks for a decision: a dialog in the app, a fixed policy in tests and for the
// "merge automatically" preference. answer must be called exactly once, now or later.
class ConflictDecisionStrategy
{
public:
    virtual ~ConflictDecisionStrategy() = default;
    virtual void decide(const ProviderConflict &conflict, int remainingAfterThis,
                        std::function<void(const ConflictDecision &)> answer) = 0;
    // The submit was canceled while a question may be open: close it (answer with Skip).
    virtual void abandon() {}
};

class FixedConflictStrategy : public ConflictDecisionStrategy
{
public:
    explicit FixedConflictStrategy(ConflictResolution resolution) : m_resolution(resolution) {}
    void decide(const ProviderConflict &, int, std::function<void(const ConflictDecision &)> answer) override
    {
        answer({m_resolution, false});
    }

private:
    ConflictResolution m_resolution;
};
