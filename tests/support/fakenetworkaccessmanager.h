#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

#include <functional>

// A QNAM whose answers a test decides (the Nextcloud desktop FakeQNAM pattern). Every request is
// recorded first, then offered to the handler; a handler returning nullptr lets the request go
// to the real network stack (e.g. a PlacementServer), unless pass-through is switched off.
//
//   FakeNetworkAccessManager nam;
//   nam.setHandler([&](auto op, const QNetworkRequest &req, QIODevice *) -> QNetworkReply * {
//       if (req.url().path().endsWith(QLatin1String("/aggregates")))
//           return new FakeHangingReply(op, req, &nam);
//       return nullptr;
//   });
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<QNetworkReply *(QNetworkAccessManager::Operation, const QNetworkRequest &,
                                                  QIODevice *)>;

    struct RecordedRequest
    {
        QNetworkAccessManager::Operation operation = QNetworkAccessManager::UnknownOperation;
        QByteArray verb; // "GET", "PUT", ... also for custom verbs
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers; // raw headers as set on the request
        QByteArray body;                              // peeked, so the device stays unread
        QNetworkRequest request;

        QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
        bool hasHeader(const QByteArray &name) const;
    };

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);
    ~FakeNetworkAccessManager() override;

    void setHandler(Handler handler);
    void clearHandler();
    // When off, requests the handler does not answer fail with ConnectionRefusedError instead of
    // reaching the network, so a test cannot talk to a real host by accident. Default: on.
    void setPassThroughEnabled(bool enabled);
    bool isPassThroughEnabled() const;

    QList<RecordedRequest> requests() const;
    RecordedRequest lastRequest() const;
    int requestCount() const;
    // Recorded requests whose path ends with `pathSuffix` (and whose verb matches, if given).
    QList<RecordedRequest> requestsTo(const QString &pathSuffix, const QByteArray &verb = {}) const;
    void clearRequests();

    static QByteArray verbOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request);

signals:
    // Emitted for every request, after recording and before the handler runs.
    void requestStarted(const QUrl &url, const QByteArray &verb);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Handler m_handler;
    bool m_passThrough = true;
    QList<RecordedRequest> m_requests;
};
