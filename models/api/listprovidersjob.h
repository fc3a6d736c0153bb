#pragma once

#include "api/placementjob.h"
#include "api/providerquery.h"

#include <QList>
#include <QStringList>

// One provider as GET /resource_providers lists it.
struct ProviderInfo
{
    QString uuid;
    QString name;
    qint64 generation = -1;
    QString parentUuid; // empty for a root, or before 1.14
    QString rootUuid;   // empty before 1.14
};

// GET /resource_providers with optional name, member_of and in_tree filters.
class ListProvidersJob : public PlacementJob
{
    Q_OBJECT

public:
    ListProvidersJob(PlacementClient *client, const ProviderQuery &query);

    // Parses {"resource_providers": [...]}; false if the shape is wrong.
    static bool parseProviders(const QJsonObject &object, QList<ProviderInfo> *providers);
    // The entries a client can address: a valid UUID, listed once (the first is kept). The others
    // (at most 64 characters of their uuid each) go to `rejected`. A server sends none; a proxy or a
    // broken deployment might.
    static QList<ProviderInfo> addressable(const QList<ProviderInfo> &listed,
                                           QStringList *rejected = nullptr);

signals:
    void finished(const QList<ProviderInfo> &providers);

protected:
    Limits limits() const override;
    QNetworkReply *sendRequest() override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    struct ParsedListing; // what parsing gave, on whichever thread it ran
    void report(const ParsedListing &parsed, const QUrl &url);

    ProviderQuery m_query;
};
