#include "api/concurrencylimit.h"

#include <QtGlobal>

#include <algorithm>

namespace {
constexpr int MaxCap = 64;
} // namespace

ConcurrencyLimit::ConcurrencyLimit(int cap) : m_cap(qBound(1, cap, MaxCap))
{
    reset();
}

void ConcurrencyLimit::setCap(int cap)
{
    m_cap = qBound(1, cap, MaxCap);
    if (m_limit > m_cap)
        setLimit(m_cap, Phase::Steady);
}

void ConcurrencyLimit::reset()
{
    m_limit = 1;
    m_phase = Phase::Probing;
    m_stallLevel = 0;
    m_stalls = 0;
    m_changes = 0;
    m_skip = 0;
    m_firstUs = m_lastUs = -1;
    m_count = 0;
    m_latencies.clear();
    m_rateAt = QList<double>(MaxCap + 2, 0.0);
    m_steadyRate = 0;
    m_steadyLatencyUs = 0;
    m_medianLatencyUs = -1;
    m_steadyWindows = 0;
    m_probedFrom = 0;
    m_growByDoubling = true;
    m_slowWindows = 0;
    m_sustainedLevel = 0;
    m_levelSinceUs = -1;
    m_windowsSinceStall = 0;
    // The first answers carry a new connection's and a cold worker's costs: measuring level 1 on
    // them would make level 2 look like a gain it is not.
    m_skip = 2;
}

int ConcurrencyLimit::windowSize() const
{
    // Enough answers that one slow answer does not decide, few enough that probing 1..6 costs a
    // few percent of a 1,000-provider load.
    return std::max(12, 4 * m_limit);
}

void ConcurrencyLimit::setLimit(int limit, Phase phase)
{
    limit = qBound(1, limit, m_cap);
    if (limit != m_limit) {
        ++m_changes;
        // Answers of requests sent under the old level describe neither level.
        m_skip = std::min(m_limit, limit);
        m_steadyWindows = 0;
        m_levelSinceUs = -1;
    }
    m_limit = limit;
    m_phase = phase;
    if (phase == Phase::Steady)
        m_growByDoubling = false;
    discardWindow();
}

void ConcurrencyLimit::completed(qint64 nowUs, qint64 latencyUs)
{
    if (!m_adaptive)
        return;
    if (m_skip > 0) {
        --m_skip;
        return;
    }
    if (m_firstUs < 0)
        m_firstUs = nowUs; // the first answer opens the window; the rate counts the intervals after it
    if (m_levelSinceUs < 0)
        m_levelSinceUs = nowUs;
    m_lastUs = nowUs;
    ++m_count;
    m_latencies.append(latencyUs);
    if (m_count > windowSize())
        closeWindow();
}

void ConcurrencyLimit::discardWindow()
{
    m_firstUs = m_lastUs = -1;
    m_count = 0;
    m_latencies.clear();
}

void ConcurrencyLimit::closeWindow()
{
    const double rate = double(m_count - 1) * 1e6 / double(std::max<qint64>(1, m_lastUs - m_firstUs));
    QList<qint64> latencies = m_latencies;
    std::nth_element(latencies.begin(), latencies.begin() + latencies.size() / 2, latencies.end());
    const qint64 median = latencies.at(latencies.size() / 2);
    m_medianLatencyUs = median;
    if (m_levelSinceUs >= 0 && m_lastUs - m_levelSinceUs >= SustainedStallThresholds * stallAfterUs())
        m_sustainedLevel = std::max(m_sustainedLevel, m_limit);
    discardWindow();

    const int top = m_stallLevel > 0 ? std::min(m_cap, m_stallLevel - 1) : m_cap;
    if (m_phase == Phase::Probing) {
        m_rateAt[m_limit] = rate;
        const double below = m_probedFrom > 0 ? m_rateAt.at(m_probedFrom) : 0.0;
        if (below > 0 && rate < below * GainNeeded) {
            // No real gain: the level probed from is as fast with fewer connections.
            setLimit(m_probedFrom, Phase::Steady);
            m_steadyRate = below;
            m_steadyLatencyUs = median;
            return;
        }
        if (m_limit < top) {
            // Doubling while nothing is known (1, 2, 4, ...: the level is found within a few
            // windows), one step at a time when re-probing from a settled level.
            m_probedFrom = m_limit;
            setLimit(std::min(top, m_growByDoubling ? m_limit * 2 : m_limit + 1), Phase::Probing);
            return;
        }
        setLimit(m_limit, Phase::Steady);
        m_steadyRate = rate;
        m_steadyLatencyUs = median;
        return;
    }

    if (m_steadyRate <= 0) { // the first window at a level reached by backing off
        m_steadyRate = rate;
        m_steadyLatencyUs = median;
        return;
    }
    if (rate<m_steadyRate * SlowdownRate &&double(median)> double(m_steadyLatencyUs) * SlowdownLatency) {
        // Much slower and answers take much longer, twice in a row (once is a hiccup): the server
        // is busier (other clients, a slow disk) or another one behind the same address. What was
        // learned no longer holds; learn again from one request, as at the start (a stall level
        // stays: those connections are still not served).
        if (++m_slowWindows >= 2) {
            m_slowWindows = 0;
            m_rateAt.fill(0.0);
            m_probedFrom = 0;
            m_sustainedLevel = 0;
            m_growByDoubling = true;
            m_steadyRate = 0;
            setLimit(1, Phase::Probing);
        }
        return;
    }
    m_slowWindows = 0;
    // A stall level is not forever: a busy machine or a GIL-bound worker can make a served request
    // look stalled. After a while the next re-probe may try that level again (a real stall then
    // costs one more stall and is learned again).
    if (m_stallLevel > 0 && ++m_windowsSinceStall >= StallForgetWindows) {
        m_stallLevel = 0;
        m_windowsSinceStall = 0;
    }
    // Follow slow drift, so the baseline stays the server's present speed.
    m_steadyRate = 0.8 * m_steadyRate + 0.2 * rate;
    m_steadyLatencyUs = qint64(0.8 * double(m_steadyLatencyUs) + 0.2 * double(median));
    if (++m_steadyWindows >= ReprobeAfterWindows) {
        m_steadyWindows = 0;
        if (m_limit < top) {
            m_rateAt[m_limit] = m_steadyRate;
            m_probedFrom = m_limit;
            setLimit(m_limit + 1, Phase::Probing);
        }
    }
}

void ConcurrencyLimit::stalled(int inFlightAtSend)
{
    ++m_stalls;
    if (inFlightAtSend <= 1 || !m_adaptive)
        return; // sent alone: a slow server, which no lower limit would help
    // A level that ran clean for several stall thresholds has every connection served (an
    // unserved one would have stalled by then): a stall there is a slow request (a busy machine, a
    // worker waiting for the GIL) or a race in the network layer, sent again but no limit.
    m_levelSinceUs = -1;
    if (inFlightAtSend <= m_sustainedLevel)
        return;
    m_stallLevel = m_stallLevel > 0 ? std::min(m_stallLevel, inFlightAtSend) : inFlightAtSend;
    m_windowsSinceStall = 0;
    if (m_limit >= m_stallLevel) {
        setLimit(m_stallLevel - 1, Phase::Steady);
        m_steadyRate = 0;
    }
}

qint64 ConcurrencyLimit::stallAfterUs() const
{
    if (m_medianLatencyUs < 0 || !m_adaptive)
        return -1;
    return std::max(MinStallUs, StallLatencyFactor * m_medianLatencyUs);
}

qint64 ConcurrencyLimit::suspectAfterUs() const
{
    return m_adaptive && m_medianLatencyUs < 0 ? UnmeasuredSuspectUs : -1;
}

QString ConcurrencyLimit::describe() const
{
    if (!m_adaptive)
        return QStringLiteral("fixed limit %1").arg(m_cap);
    QString text = QStringLiteral("limit %1 of %2 (%3")
                       .arg(m_limit)
                       .arg(m_cap)
                       .arg(m_phase == Phase::Probing ? QStringLiteral("probing") : QStringLiteral("steady"));
    if (m_stallLevel > 0)
        text += QStringLiteral("; stalled at %1").arg(m_stallLevel);
    return text + QLatin1Char(')');
}
