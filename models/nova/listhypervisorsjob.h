#pragma once

#include "nova/novahypervisor.h"
#include "nova/novajob.h"

#include <QList>

struct HypervisorPage
{
    QList<NovaHypervisor> hypervisors;
    QString nextMarker; // from the "next" link; empty on the last page
};
Q_DECLARE_METATYPE(HypervisorPage)

// One page of GET /os-hypervisors/detail?limit=N&marker=M (2.53+: ids are compute node UUIDs).
class ListHypervisorsJob : public NovaJob
{
    Q_OBJECT

public:
    ListHypervisorsJob(NovaClient *client, int limit, const QString &marker);

    // Parses {"hypervisors": [...], "hypervisors_links": [...]}; false if the shape is wrong.
    static bool parsePage(const QJsonObject &object, HypervisorPage *page);

signals:
    void finished(const HypervisorPage &page);

protected:
    Limits limits() const override;
    QNetworkReply *sendRequest() override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    int m_limit;
    QString m_marker;
};
