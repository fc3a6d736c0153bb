#pragma once

#include "api/httpjob.h"

#include <QJsonObject>

class NovaClient;

// A request to Nova's compute API: HttpJob plus the cloud's token, TLS settings and timeouts (from
// the Placement client), Nova's microversion, per-kind limits, one replay after a 401, and errors
// that name Nova (ApiError::Service::Nova, "Nova says: …").
class NovaJob : public HttpJob
{
    Q_OBJECT

public:
    explicit NovaJob(NovaClient *client);

    // Rewords an error of a Nova request so it names Nova (ApiError's own sentences speak of
    // Placement); Nova's detail and request id are kept. Pure, for the tests.
    static ApiError explain(ApiError error, const QUrl &url);

protected:
    QString serviceName() const override { return QStringLiteral("Nova"); }
    bool logsBodies() const override { return true; }
    // Default: one small answer (versions, an aggregate action).
    virtual Limits limits() const;
    // Whether a transient fault may be retried: Nova answers a second add_host with 409, so actions
    // are sent once and their outcome read back instead.
    virtual bool isIdempotent() const { return true; }

    NovaClient *client() const { return m_client; }
    // Parses a JSON object body; on failure reports InvalidResponse and returns false.
    bool parseObject(const QByteArray &body, QJsonObject *object);
    // Reports an answer of the wrong shape (`what` says which).
    void failInvalid(const QNetworkReply *reply, const QString &what);

    void prepare() override;
    ApiError adjustError(const ApiError &error, const QNetworkReply *reply) override;
    bool retryFailure(QNetworkReply *reply, int status) override;

private:
    NovaClient *m_client;
};
