#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

// A fault-injecting HTTP/1.1 proxy in front of a real server, in the test's own event loop. Each
// request is decided by a rule: forwarded unchanged, answered with an injected error before it
// reaches the server (not applied), forwarded and then answered with the error instead of the
// server's answer (applied, answer lost), or the connection reset before or after forwarding.
// Keep-alive on both sides (one upstream connection per client connection); the upstream answer is
// re-framed with its own Content-Length.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Action {
        Forward,
        FailBefore,  // the injected answer; the server never sees the request
        FailAfter,   // the server applies the request; the client gets the injected answer
        ResetBefore, // the connection is closed without an answer; the server never sees it
        ResetAfter,  // the server applies it; the connection is closed without an answer
        HangAfter,   // the server applies it; the answer never comes (a hung or trickling proxy)
    };
    struct Request
    {
        QByteArray method;
        QByteArray path; // with the query
        QByteArray body;
        int index = 0; // 0-based, over all requests this proxy has seen
    };
    using Rule = std::function<Action(const Request &)>;

    explicit FaultProxy(const QUrl &upstream, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool start(QString *error = nullptr);
    QUrl url() const;

    void setRule(Rule rule) { m_rule = std::move(rule); }
    // What FailBefore/FailAfter answer. Default: 500 with a Placement-shaped "database is locked" body.
    void setInjectedAnswer(int status, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers = {});

    int requestCount() const { return m_requests; }
    int injectedCount() const { return m_injected; } // FailBefore/FailAfter/Reset* actually applied
    int countOf(Action action) const { return m_actions.value(int(action)); }

private:
    struct Connection;
    void onNewConnection();
    void process(Connection *connection);
    void forward(Connection *connection, const QByteArray &head, const Request &request, Action action);
    void upstreamData(Connection *connection, bool closed);
    void answer(Connection *connection, const QByteArray &response);
    QByteArray injectedResponse() const;

    QUrl m_upstream;
    QTcpServer *m_server;
    Rule m_rule;
    int m_status = 500;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    int m_requests = 0;
    int m_injected = 0;
    QHash<int, int> m_actions;
};
