#include "membership/traitisolationcheck.h"

#include "api/listprovidersjob.h"
#include "api/placementclient.h"
#include "membership/membershipstore.h"
#include "nova/novaaggregate.h"
#include "nova/novadirectory.h"

#include <QTimer>

TraitIsolationCheck::TraitIsolationCheck(PlacementClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

QStringList TraitIsolationCheck::requiredTraits(const QMap<QString, QString> &metadata)
{
    QStringList traits;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("trait:")) && it.value() == QLatin1String("required") &&
            it.key().size() > 6)
            traits << it.key().mid(6);
    }
    return traits;
}

bool TraitIsolationCheck::isRunning() const
{
    return !m_queue.isEmpty() || !m_job.isNull();
}

void TraitIsolationCheck::clear()
{
    cancel();
    m_findings.clear();
    m_problems.clear();
    m_unknownTraits.clear();
}

void TraitIsolationCheck::cancel()
{
    ++m_generation;
    m_queue.clear();
    if (m_job)
        m_job->abort();
    m_job = nullptr;
}

void TraitIsolationCheck::start(const NovaDirectory &directory, const MembershipStore &store)
{
    clear();
    QList<TraitFinding> queue;
    if (directory.isLoaded()) {
        for (const NovaAggregate &aggregate : directory.aggregates()) {
            const QStringList traits = requiredTraits(aggregate.metadata);
            if (traits.isEmpty())
                continue;
            // Every spelling Placement stores of the UUID is its own aggregate: ask about each.
            for (int column = 0; column < store.aggregateCount(); ++column) {
                const QString exact = store.aggregateUuid(column);
                if (NovaDirectory::matchKey(exact) != NovaDirectory::matchKey(aggregate.uuid))
                    continue;
                for (const QString &trait : traits)
                    queue.append({exact, aggregate.name, trait, {}});
            }
        }
    }
    if (!queue.isEmpty() && m_client->microversion() < Microversion::forbiddenTraits()) {
        m_problems << tr("Placement %1 cannot list providers without a trait (needs 1.22): members of "
                         "aggregates with required traits are not checked.")
                          .arg(m_client->microversion().toString());
        queue.clear();
    }
    m_queue = queue;
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            next();
    });
}

void TraitIsolationCheck::next()
{
    if (m_queue.isEmpty()) {
        m_job = nullptr;
        emit finished();
        return;
    }
    const int generation = m_generation;
    TraitFinding finding = m_queue.takeFirst();
    ProviderQuery query;
    query.memberOf = finding.aggregate;
    // A trait no provider has was never created in Placement, which then refuses to filter by it
    // (400 "No such trait"): every member lacks it, so the members alone are the answer.
    const bool unknownTrait = m_unknownTraits.contains(finding.trait);
    if (!unknownTrait)
        query.required = QLatin1Char('!') + finding.trait;
    ListProvidersJob *job = m_client->listProviders(query);
    m_job = job;
    connect(job, &ListProvidersJob::finished, this,
            [this, generation, finding](const QList<ProviderInfo> &providers) mutable {
                if (generation != m_generation)
                    return;
                for (const ProviderInfo &provider : providers)
                    finding.providers << provider.uuid;
                if (!finding.providers.isEmpty())
                    m_findings << finding;
                next();
            });
    connect(job, &HttpJob::failed, this, [this, generation, finding, unknownTrait](const ApiError &error) {
        if (generation != m_generation)
            return;
        if (!unknownTrait && error.httpStatus() == 400 &&
            error.detail().contains(QLatin1String("No such trait"), Qt::CaseInsensitive)) {
            m_unknownTraits.insert(finding.trait);
            m_queue.prepend(finding); // again, as a plain member list
            next();
            return;
        }
        m_problems << tr("Members of %1 lacking %2 could not be listed: %3")
                          .arg(finding.aggregateName, finding.trait, error.summary());
        next();
    });
    job->start();
}
