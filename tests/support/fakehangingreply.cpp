#include "support/fakehangingreply.h"

FakeHangingReply::FakeHangingReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                                   QObject *parent)
    : FakeReply(operation, request, parent)
{
}
