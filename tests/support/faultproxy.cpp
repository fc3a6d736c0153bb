#include "support/faultproxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <utility>

struct FaultProxy::Connection
{
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    bool busy = false;              // a request is being forwarded; the next waits (no pipelining)
    QTcpSocket *upstream = nullptr; // a child of socket
    QByteArray upstreamBuffer;
    FaultProxy::Action pending = FaultProxy::Action::Forward;
};

namespace {

// The value of a header in a raw head, case-insensitively; empty if absent.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray dechunk(const QByteArray &body)
{
    QByteArray out;
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype end = body.indexOf("\r\n", pos);
        if (end < 0)
            break;
        bool ok = false;
        const qsizetype size = body.mid(pos, end - pos).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size == 0)
            break;
        out += body.mid(end + 2, size);
        pos = end + 2 + size + 2;
    }
    return out;
}

// The upstream answer with its own framing: keep-alive towards the client, exact Content-Length.
QByteArray reframe(const QByteArray &raw)
{
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return {};
    const QByteArray head = raw.left(headEnd);
    QByteArray body = raw.mid(headEnd + 4);
    if (headerValue(head, "Transfer-Encoding").toLower().contains("chunked"))
        body = dechunk(body);
    else if (const QByteArray length = headerValue(head, "Content-Length"); !length.isEmpty())
        body = body.left(length.toLongLong());
    QList<QByteArray> lines = head.split('\n');
    QByteArray out = lines.takeFirst().trimmed() + "\r\n";
    for (const QByteArray &line : std::as_const(lines)) {
        const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
        if (name == "connection" || name == "content-length" || name == "transfer-encoding" ||
            name == "keep-alive")
            continue;
        out += line.trimmed() + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n";
    return out + body;
}

} // namespace

FaultProxy::FaultProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent), m_upstream(upstream), m_server(new QTcpServer(this)),
      m_body(
          R"({"errors": [{"status": 500, "title": "Internal Server Error", "detail": "(sqlite3.OperationalError) database is locked", "request_id": "req-faultproxy"}]})")
{
    m_headers = {{"Content-Type", "application/json"}, {"x-openstack-request-id", "req-faultproxy"}};
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::start(QString *error)
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
    return true;
}

QUrl FaultProxy::url() const
{
    QUrl url = m_upstream;
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

void FaultProxy::setInjectedAnswer(int status, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_status = status;
    m_body = body;
    m_headers = headers;
}

QByteArray FaultProxy::injectedResponse() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(m_status) + " Injected\r\n";
    for (const auto &[name, value] : m_headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\nConnection: keep-alive\r\n\r\n";
    return out + m_body;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new Connection;
        connection->socket = socket;
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] {
            connection->buffer += connection->socket->readAll();
            process(connection);
        });
        connect(socket, &QTcpSocket::disconnected, this, [socket] { socket->deleteLater(); });
        // The socket owns its Connection (the socket as context: this runs even when the proxy is
        // destroyed first). Its upstream child outlives destroyed() for a moment and may still
        // signal, so it is cut off before the Connection goes.
        connect(socket, &QObject::destroyed, socket, [connection] {
            if (connection->upstream)
                connection->upstream->disconnect();
            delete connection;
        });
    }
}

void FaultProxy::process(Connection *connection)
{
    if (connection->busy)
        return;
    const qsizetype headEnd = connection->buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QByteArray head = connection->buffer.left(headEnd);
    const qsizetype length = headerValue(head, "Content-Length").toLongLong();
    if (connection->buffer.size() < headEnd + 4 + length)
        return;
    Request request;
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    request.body = connection->buffer.mid(headEnd + 4, length);
    request.index = m_requests++;
    connection->buffer.remove(0, headEnd + 4 + length);

    const Action action = m_rule ? m_rule(request) : Action::Forward;
    ++m_actions[int(action)];
    if (action != Action::Forward)
        ++m_injected;
    switch (action) {
    case Action::FailBefore:
        answer(connection, injectedResponse());
        return;
    case Action::ResetBefore:
        connection->socket->abort();
        return;
    case Action::Forward:
    case Action::FailAfter:
    case Action::ResetAfter:
    case Action::HangAfter:
        forward(connection, head, request, action);
        return;
    }
}

void FaultProxy::forward(Connection *connection, const QByteArray &head, const Request &request,
                         Action action)
{
    // One kept-alive upstream connection per client connection, as a real reverse proxy keeps them:
    // a fresh connection per request makes a uwsgi server slow to accept.
    connection->busy = true;
    connection->pending = action;
    connection->upstreamBuffer.clear();
    if (!connection->upstream || connection->upstream->state() != QAbstractSocket::ConnectedState) {
        if (connection->upstream)
            connection->upstream->deleteLater();
        auto *upstream = new QTcpSocket(connection->socket);
        connection->upstream = upstream;
        connect(upstream, &QTcpSocket::readyRead, this, [this, connection, upstream] {
            if (connection->upstream != upstream)
                return;
            connection->upstreamBuffer += upstream->readAll();
            upstreamData(connection, false);
        });
        connect(upstream, &QTcpSocket::disconnected, this, [this, connection, upstream] {
            if (connection->upstream == upstream)
                upstreamData(connection, true);
        });
        connect(upstream, &QTcpSocket::errorOccurred, this,
                [this, connection, upstream](QAbstractSocket::SocketError error) {
                    if (connection->upstream == upstream && error != QAbstractSocket::RemoteHostClosedError)
                        upstreamData(connection, true); // refused, ...: no disconnected() follows
                });
        upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
    }
    connection->upstream->write(head + "\r\n\r\n" + request.body);
}

void FaultProxy::upstreamData(Connection *connection, bool closed)
{
    if (!connection->busy)
        return;
    const QByteArray &raw = connection->upstreamBuffer;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    bool complete = false;
    if (headEnd >= 0) {
        const QByteArray head = raw.left(headEnd);
        const int status = head.mid(9, 3).toInt();
        const QByteArray length = headerValue(head, "Content-Length");
        if (status == 204 || status == 304 || (status >= 100 && status < 200))
            complete = true;
        else if (headerValue(head, "Transfer-Encoding").toLower().contains("chunked"))
            complete = raw.endsWith("\r\n0\r\n\r\n") || raw.mid(headEnd + 4).startsWith("0\r\n\r\n");
        else if (!length.isEmpty())
            complete = raw.size() >= headEnd + 4 + length.toLongLong();
        else
            complete = closed;
    }
    if (!complete && !closed)
        return;
    connection->busy = false;
    const QByteArray response = complete ? reframe(raw) : QByteArray();
    connection->upstreamBuffer.clear();
    if (connection->pending == Action::HangAfter)
        return; // busy for good: the client waits until it gives up
    if (connection->pending == Action::ResetAfter) {
        connection->socket->abort();
        return;
    }
    answer(connection, connection->pending == Action::FailAfter ? injectedResponse() : response);
}

void FaultProxy::answer(Connection *connection, const QByteArray &response)
{
    if (response.isEmpty()) {
        connection->socket->abort(); // the server sent nothing usable
        return;
    }
    connection->socket->write(response);
    process(connection); // the next request may already be buffered
}
