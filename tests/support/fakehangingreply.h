#pragma once

#include "support/fakereply.h"

// Never answers. It ends only through abort() (OperationCanceledError, like QNAM) or through
// the request's transfer timeout, which FakeReply simulates because a fake reply bypasses the
// QNAM backend that normally enforces it.
class FakeHangingReply : public FakeReply
{
    Q_OBJECT

public:
    FakeHangingReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                     QObject *parent = nullptr);
};
