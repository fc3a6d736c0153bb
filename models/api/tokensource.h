#pragma once

#include <QByteArray>

// Where the client gets the X-Auth-Token for each request: a fixed token today, Keystone later.
class TokenSource
{
public:
    virtual ~TokenSource() = default;
    virtual QByteArray token() const = 0;
};

class StaticTokenSource : public TokenSource
{
public:
    explicit StaticTokenSource(const QByteArray &token) : m_token(token) {}
    QByteArray token() const override { return m_token; }

private:
    QByteArray m_token;
};
