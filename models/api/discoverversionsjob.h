#pragma once

#include "api/microversion.h"
#include "api/placementjob.h"

struct VersionInfo
{
    Microversion minimum;
    Microversion maximum;
    QString status;
    Microversion negotiated; // highest version both sides speak, at least Microversion::clientMinimum()
};
Q_DECLARE_METATYPE(VersionInfo)

// GET / — Placement's version document (needs no token) and microversion negotiation.
class DiscoverVersionsJob : public PlacementJob
{
    Q_OBJECT

public:
    explicit DiscoverVersionsJob(PlacementClient *client, const Microversion &clientMaximum = {});

    // Interprets a version document; sets *error (NotPlacement/UnsupportedVersion) when it is unusable.
    static VersionInfo parseVersionDocument(const QByteArray &body, const Microversion &clientMaximum,
                                            ApiError *error);

signals:
    void finished(const VersionInfo &info);

protected:
    Limits limits() const override;
    QNetworkReply *sendRequest() override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
    ApiError adjustError(const ApiError &error, const QNetworkReply *reply) override;

private:
    Microversion m_clientMaximum;
};
