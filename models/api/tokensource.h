#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QObject>

// Where the client gets the X-Auth-Token for each request: a fixed token, or a Keystone session that
// renews its token before expiry and once more after a 401.
class TokenSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~TokenSource() override = default;

    virtual QByteArray token() const = 0;

    // Whether refresh() can obtain a new token (a static token cannot).
    virtual bool canRefresh() const { return false; }
    // Starts obtaining a new token; later emits refreshed() or refreshFailed(). Jobs that got a 401 wait
    // for it and replay their request once.
    virtual void refresh() {}

signals:
    void refreshed();
    void refreshFailed(const ApiError &error);
};

class StaticTokenSource : public TokenSource
{
    Q_OBJECT

public:
    explicit StaticTokenSource(const QByteArray &token, QObject *parent = nullptr)
        : TokenSource(parent), m_token(token)
    {
    }
    QByteArray token() const override { return m_token; }

private:
    QByteArray m_token;
};
