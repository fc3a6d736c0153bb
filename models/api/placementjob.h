#pragma once

#include "api/httpjob.h"

#include <QJsonObject>

class PlacementClient;

// A request to Placement: HttpJob plus what Placement needs — the client's token, microversion, TLS
// settings and limits (through PlacementClient::makeRequest()), and one replay after a 401 when the
// token source can renew the token.
class PlacementJob : public HttpJob
{
    Q_OBJECT

public:
    explicit PlacementJob(PlacementClient *client);

protected:
    QString serviceName() const override { return QStringLiteral("Placement"); }
    bool logsBodies() const override { return true; }
    // What one kind of answer may take: far above what a real cloud sends (100,000 providers must
    // still list), far below what would exhaust memory with several requests in flight.
    // Default: one provider's aggregates (GET or PUT answer).
    virtual Limits limits() const;

    PlacementClient *client() const { return m_client; }
    // "/resource_providers/{uuid}/<tail>" with the UUID percent-encoded: it comes from the server
    // and must not be able to alter the path.
    static QString providerPath(const QString &providerUuid, QLatin1String tail);
    // Parses a JSON object body; on failure reports InvalidResponse and returns false.
    bool parseObject(const QByteArray &body, QJsonObject *object);
    // Reports an answer that is JSON but not of the shape Placement sends; `what` names it ("the
    // provider's traits").
    void failShape(QNetworkReply *reply, const QString &what);

    void prepare() override;
    ApiError adjustError(const ApiError &error, const QNetworkReply *reply) override;
    bool retryFailure(QNetworkReply *reply, int status) override;

private:
    PlacementClient *m_client;
};
