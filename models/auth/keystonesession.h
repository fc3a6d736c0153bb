#pragma once

#include "api/tokensource.h"
#include "auth/connectionprofile.h"
#include "auth/securitywarning.h"
#include "auth/servicecatalog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

class HttpJob;
class KeystoneTokenJob;
class PlacementClient;
class QNetworkAccessManager;
struct KeystoneToken;

// A login to an OpenStack cloud for Placement Desk: obtains a Keystone token (POST /v3/auth/tokens)
// for the profile's auth type, finds Placement in the catalog, renews the token before it expires and
// after a 401, and carries the TLS configuration for every request. admin_token and none need no
// Keystone: the profile's token and endpoint are used as they are.
//
// Tokens and passwords stay in memory; they are never logged or put into error texts. Everything is
// asynchronous on the injected QNetworkAccessManager.
//
//   auto session = std::make_shared<KeystoneSession>(nam);
//   session->setProfile(profile);
//   connect(session.get(), &KeystoneSession::authenticated, this, [=] {
//       KeystoneSession::configureClient(session, client); // base URL, token, TLS, microversion cap
//       ...discover versions, load providers...
//   });
//   connect(session.get(), &KeystoneSession::authenticationFailed, this, &X::showError);
//   session->authenticate();
class KeystoneSession : public TokenSource
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Authenticating, // first login in flight
        Authenticated,  // a token (and Placement URL) is available; renewals happen in this state
        Failed,         // the last login failed; authenticate() may be called again
    };
    Q_ENUM(State)

    explicit KeystoneSession(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~KeystoneSession() override;

    // Takes effect at the next authenticate().
    void setProfile(const ConnectionProfile &profile);
    const ConnectionProfile &profile() const { return m_profile; }

    // Logs in; emits authenticated() or authenticationFailed(), never both, never synchronously.
    void authenticate();
    // Abandons a login or renewal in flight (a running login reports Kind::Canceled) and stops renewing.
    void cancel();

    State state() const { return m_state; }
    bool isAuthenticated() const { return m_state == State::Authenticated; }

    // TokenSource
    QByteArray token() const override;
    bool canRefresh() const override; // password and application credential logins
    void refresh() override;

    // Valid once authenticated.
    QUrl placementUrl() const { return m_placementUrl; }
    // Nova's compute endpoint: compute_endpoint_override, else the catalog's "compute" service at
    // the profile's interface and region. Invalid (and `problem` says why) when there is none: the
    // app then works on Placement alone.
    QUrl computeUrl(QString *problem = nullptr) const;
    QUrl keystoneUrl() const { return m_profile.authUrl; }
    QSslConfiguration sslConfiguration() const { return m_sslConfiguration; }
    QDateTime expiresAt() const { return m_expiresAt; } // UTC; invalid for admin_token / none
    QString userName() const { return m_userName; }
    QString userId() const { return m_userId; }
    QString projectName() const { return m_projectName; }
    QString projectId() const { return m_projectId; }
    QStringList roleNames() const { return m_roleNames; }
    ServiceCatalog catalog() const { return m_catalog; }

    // Persistent warnings the window should show while connected (verify: false, http:// to a remote
    // host), for both Keystone and Placement. Updated when authenticated; see securityWarningsChanged().
    QList<SecurityWarning> securityWarnings() const { return m_warnings; }

    // Renew this long before expiry: 10 % of the token's lifetime, at most 5 minutes.
    static qint64 renewMarginMsecs(qint64 lifetimeMsecs);
    // Timer-driven renewal; on by default. Off, an expired token is renewed only after a 401. After a
    // failed renewal the timer tries again 30 s later (not sooner), while the current token lasts.
    void setAutoRenew(bool enabled);
    bool autoRenew() const { return m_autoRenew; }
    // When the timer renews the token next, in ms from now; -1 when it will not (timer off, a failed
    // login, a token without expiry, admin_token / none).
    int msecsUntilRenewal() const { return m_renewTimer.isActive() ? m_renewTimer.remainingTime() : -1; }
    void setTransferTimeout(int msecs) { m_transferTimeoutMs = msecs; } // Keystone requests, default 30 s
    // refresh() within this time after a new token reuses it instead of logging in again (the wave of
    // 401s for requests sent with the token a renewal just replaced). Default 2 s; tests shorten it.
    void setRecentTokenWindow(qint64 msecs) { m_recentTokenMsecs = msecs; }

    // Shorthands for KeystoneRequests::tokensUrl() and authRequestBody().
    static QUrl tokensUrl(const QUrl &authUrl);
    static QByteArray authRequestBody(const ConnectionProfile &profile, bool unscoped = false);

    // Points `client` at this session's Placement: base URL, TLS configuration, token source and the
    // profile's placement_api_version as the highest microversion. Call after authenticated().
    static void configureClient(const std::shared_ptr<KeystoneSession> &session, PlacementClient *client);

signals:
    void authenticated();
    void authenticationFailed(const ApiError &error);
    void stateChanged(KeystoneSession::State state);
    // A new token replaced the old one (timer or refresh()); refreshed() is emitted too.
    void tokenRenewed(const QDateTime &expiresAt);
    void securityWarningsChanged(const QList<SecurityWarning> &warnings);

private:
    enum class Purpose {
        Login,
        Renew,
    };

    void setState(State state);
    KeystoneTokenJob *newTokenJob(const QByteArray &body);
    void track(HttpJob *job);
    void abortJobs();
    void startTokenRequest(Purpose purpose);
    void explainUnauthorized(const ApiError &keystoneError, Purpose purpose);
    void listProjectsWithToken(const QByteArray &unscopedToken, const ApiError &keystoneError,
                               Purpose purpose);
    // A token Keystone should not have issued (KeystoneToken::problem()): fails `purpose` and returns true.
    bool refuseUnusable(const KeystoneToken &response, Purpose purpose);
    void finishLogin(const KeystoneToken &response);
    void finishRenewal(const KeystoneToken &response);
    void fail(const ApiError &error, Purpose purpose);
    void scheduleRenewal();
    void onRenewTimer();
    void updateSecurityWarnings();

    QNetworkAccessManager *m_network;
    ConnectionProfile m_profile;
    State m_state = State::Idle;
    QSslConfiguration m_sslConfiguration;
    QList<QPointer<HttpJob>> m_jobs;
    qint64 m_recentTokenMsecs = 2000;
    bool m_renewing = false;
    bool m_autoRenew = true;
    int m_transferTimeoutMs = 30000;

    QByteArray m_token;
    QDateTime m_issuedAt;
    QDateTime m_expiresAt;
    QElapsedTimer m_sinceToken; // since the last renewal: coalesces the 401 wave it answered
    QElapsedTimer m_sinceFailure;
    ApiError m_lastRenewError;
    QTimer m_renewTimer;
    QUrl m_placementUrl;
    QString m_userName;
    QString m_userId;
    QString m_projectName;
    QString m_projectId;
    QStringList m_roleNames;
    ServiceCatalog m_catalog;
    QList<SecurityWarning> m_warnings;
};
