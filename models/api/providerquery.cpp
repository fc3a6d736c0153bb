#include "api/providerquery.h"

Microversion ProviderQuery::multipleMemberOf()
{
    return Microversion(1, 24);
}

Microversion ProviderQuery::forbiddenAggregates()
{
    return Microversion(1, 32);
}

Microversion ProviderQuery::resourcesFilter()
{
    return Microversion(1, 4);
}

Microversion ProviderQuery::requiredTraits()
{
    return Microversion(1, 18);
}

QStringList ProviderQuery::memberOfParameters() const
{
    QStringList parameters;
    if (!memberOf.isEmpty())
        parameters << memberOf;
    for (const QString &more : moreMemberOf) {
        if (!more.isEmpty())
            parameters << more;
    }
    return parameters;
}

QList<ProviderQuery::Unsupported> ProviderQuery::unsupportedAt(const Microversion &version) const
{
    QList<Unsupported> unsupported;
    const auto need = [&](const QString &parameter, const Microversion &needed) {
        if (version < needed)
            unsupported.append({parameter, needed});
    };
    const QStringList memberOfs = memberOfParameters();
    if (!memberOfs.isEmpty())
        need(QStringLiteral("member_of"), Microversion::memberOf());
    if (memberOfs.size() > 1)
        need(QStringLiteral("member_of (repeated)"), multipleMemberOf());
    for (const QString &parameter : memberOfs) {
        if (parameter.startsWith(QLatin1Char('!'))) {
            need(QStringLiteral("member_of=!"), forbiddenAggregates());
            break;
        }
    }
    if (!inTree.isEmpty())
        need(QStringLiteral("in_tree"), Microversion::providerTrees());
    if (!required.isEmpty())
        need(QStringLiteral("required"), requiredTraits());
    if (required.contains(QLatin1Char('!')))
        need(QStringLiteral("required=!"), Microversion::forbiddenTraits());
    if (!resources.isEmpty())
        need(QStringLiteral("resources"), resourcesFilter());
    return unsupported;
}

Microversion ProviderQuery::neededMicroversion() const
{
    Microversion needed(1, 0);
    for (const Unsupported &entry : unsupportedAt(Microversion(1, 0))) {
        if (needed < entry.needed)
            needed = entry.needed;
    }
    return needed;
}

QString ProviderQuery::describe() const
{
    QStringList parts;
    if (!name.isEmpty())
        parts << QStringLiteral("name=") + name;
    for (const QString &parameter : memberOfParameters())
        parts << QStringLiteral("member_of=") + parameter;
    if (!inTree.isEmpty())
        parts << QStringLiteral("in_tree=") + inTree;
    if (!required.isEmpty())
        parts << QStringLiteral("required=") + required;
    if (!resources.isEmpty())
        parts << QStringLiteral("resources=") + resources;
    return parts.join(QLatin1String(", "));
}
