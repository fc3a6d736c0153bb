#include "auth/servicecatalog.h"

#include "auth/connectionprofile.h"

#include <QJsonObject>

ServiceCatalog ServiceCatalog::fromJson(const QJsonArray &catalog)
{
    ServiceCatalog result;
    for (const QJsonValue &serviceValue : catalog) {
        const QJsonObject object = serviceValue.toObject();
        CatalogService service;
        service.id = object.value(QLatin1String("id")).toString();
        service.type = object.value(QLatin1String("type")).toString();
        service.name = object.value(QLatin1String("name")).toString();
        const QJsonArray endpoints = object.value(QLatin1String("endpoints")).toArray();
        for (const QJsonValue &endpointValue : endpoints) {
            const QJsonObject e = endpointValue.toObject();
            CatalogEndpoint endpoint;
            endpoint.id = e.value(QLatin1String("id")).toString();
            endpoint.interface =
                ConnectionProfile::normalizedInterface(e.value(QLatin1String("interface")).toString());
            endpoint.region = e.value(QLatin1String("region_id")).toString();
            if (endpoint.region.isEmpty())
                endpoint.region = e.value(QLatin1String("region")).toString();
            endpoint.url = QUrl(e.value(QLatin1String("url")).toString());
            service.endpoints.append(endpoint);
        }
        result.m_services.append(service);
    }
    return result;
}

QStringList ServiceCatalog::serviceTypes() const
{
    QStringList types;
    for (const CatalogService &service : m_services) {
        if (!types.contains(service.type))
            types << service.type;
    }
    return types;
}

namespace {

QString listOrNone(QStringList items)
{
    items.removeDuplicates();
    items.removeAll(QString());
    items.sort();
    return items.isEmpty() ? ServiceCatalog::tr("none") : items.join(QLatin1String(", "));
}

QUrl withoutTrailingSlash(QUrl url)
{
    // On the encoded path: the decoded one would turn an escaped "%2F" into a real "/" (another
    // path on the server) and an escape that is not UTF-8 into U+FFFD (found by fuzz_servicecatalog).
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

} // namespace

QUrl ServiceCatalog::endpointUrl(const QString &type, const QString &interface, const QString &region,
                                 QString *problem) const
{
    const QString wantedInterface =
        ConnectionProfile::normalizedInterface(interface.isEmpty() ? QStringLiteral("public") : interface);
    QList<CatalogEndpoint> endpoints;
    for (const CatalogService &service : m_services) {
        if (service.type == type)
            endpoints += service.endpoints;
    }
    if (endpoints.isEmpty()) {
        if (m_services.isEmpty())
            *problem =
                tr("Keystone's service catalog for this project is empty, so it does not say where %1 is. "
                   "Set %1_endpoint_override, or ask the cloud's administrators to register the "
                   "%1 endpoints (or the project's endpoint filter).")
                    .arg(type);
        else
            *problem = tr("Keystone's service catalog has no \"%1\" service; it lists %2. Set "
                          "%1_endpoint_override, or ask the cloud's administrators to register %1.")
                           .arg(type, listOrNone(serviceTypes()));
        return {};
    }

    QStringList regionsAtInterface;
    QStringList interfacesInRegion;
    for (const CatalogEndpoint &endpoint : std::as_const(endpoints)) {
        const bool interfaceMatches = endpoint.interface == wantedInterface;
        const bool regionMatches = region.isEmpty() || endpoint.region == region;
        if (interfaceMatches && regionMatches && endpoint.url.isValid() && !endpoint.url.host().isEmpty()) {
            problem->clear();
            return withoutTrailingSlash(endpoint.url);
        }
        if (interfaceMatches)
            regionsAtInterface << endpoint.region;
        if (regionMatches)
            interfacesInRegion << endpoint.interface;
    }
    if (!interfacesInRegion.isEmpty()) {
        // The region (or any region) has the service, just not at this interface.
        QString text =
            region.isEmpty()
                ? tr("The catalog has no %1 endpoint for interface \"%2\"; it has %3.")
                      .arg(type, wantedInterface, listOrNone(interfacesInRegion))
                : tr("The catalog has no %1 endpoint for interface \"%2\" in region \"%3\"; there it has "
                     "%4.")
                      .arg(type, wantedInterface, region, listOrNone(interfacesInRegion));
        if (!regionsAtInterface.isEmpty())
            text += QLatin1Char(' ') +
                    tr("Interface \"%1\" exists in %2.").arg(wantedInterface, listOrNone(regionsAtInterface));
        *problem = text + QLatin1Char(' ') + tr("Set interface (or region_name).");
    } else if (!regionsAtInterface.isEmpty()) {
        *problem =
            tr("The catalog has no %1 endpoint in region \"%2\" (interface %3). Regions that have one: "
               "%4. Set region_name.")
                .arg(type, region, wantedInterface, listOrNone(regionsAtInterface));
    } else {
        QStringList regions;
        QStringList interfaces;
        for (const CatalogEndpoint &endpoint : std::as_const(endpoints)) {
            regions << endpoint.region;
            interfaces << endpoint.interface;
        }
        *problem = tr("The catalog has no usable %1 endpoint for interface \"%2\" in region \"%3\". It has "
                      "interfaces %4 in regions %5.")
                       .arg(type, wantedInterface, region.isEmpty() ? tr("(any)") : region,
                            listOrNone(interfaces), listOrNone(regions));
    }
    return {};
}
