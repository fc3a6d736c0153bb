#pragma once

#include "api/microversion.h"
#include "nova/novajob.h"

struct NovaVersionInfo
{
    Microversion minimum;
    Microversion maximum;
    Microversion negotiated; // highest version both sides speak, within NovaClient's range
};
Q_DECLARE_METATYPE(NovaVersionInfo)

// GET {compute endpoint}/ — the v2.1 version document ({"version": {...}}; the unversioned root's
// {"versions": [...]} is read too) and microversion negotiation.
class NovaVersionsJob : public NovaJob
{
    Q_OBJECT

public:
    explicit NovaVersionsJob(NovaClient *client);

    // Interprets a version document; sets *error (UnsupportedVersion, InvalidResponse) when unusable.
    static NovaVersionInfo parseVersionDocument(const QByteArray &body, ApiError *error);

signals:
    void finished(const NovaVersionInfo &info);

protected:
    QNetworkReply *sendRequest() override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
};
