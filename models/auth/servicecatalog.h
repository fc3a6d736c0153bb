#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// One endpoint of a catalog entry: {id, interface, region, region_id, url}.
struct CatalogEndpoint
{
    QString id;
    QString interface; // public, internal or admin
    QString region;    // region_id, else the older region field
    QUrl url;
};

// One service of a Keystone v3 catalog: {id, type, name, endpoints}.
struct CatalogService
{
    QString id;
    QString type; // "placement"
    QString name;
    QList<CatalogEndpoint> endpoints;
};

// The service catalog of a Keystone token, and the lookup openstacksdk does: service type, then
// interface, then region. Lookup failures say what the catalog offers instead.
class ServiceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalog)

public:
    static ServiceCatalog fromJson(const QJsonArray &catalog);

    QList<CatalogService> services() const { return m_services; }
    bool isEmpty() const { return m_services.isEmpty(); }
    QStringList serviceTypes() const;

    // The URL of `type` at `interface` in `region` (empty region: the first endpoint at that
    // interface). Trailing slashes are dropped, path prefixes such as /placement are kept. On failure
    // returns an invalid URL and a translated sentence listing what the catalog does have.
    QUrl endpointUrl(const QString &type, const QString &interface, const QString &region,
                     QString *problem) const;

private:
    QList<CatalogService> m_services;
};
