#include "keystonesession.h"

#include "microversion.h"
#include "placementclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <functional>
#include <memory>

// Never put tokens, passwords or request bodies into this category (or any other).
Q_LOGGING_CATEGORY(lcKeystone, "pd.auth.keystone", QtInfoMsg)

namespace {

// Keystone answers too large for a catalog are refused: a misbehaving server must not exhaust memory.
const qint64 MaxKeystoneAnswerBytes = 32ll * 1024 * 1024;
// refresh() within this time after a new token reuses it instead of logging in again.
const qint64 RecentTokenMsecs = 2000;
// refresh() within this time after a failed renewal reports that failure again.
const qint64 RecentFailureMsecs = 3000;

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

// Keystone writes "2026-11-22T02:45:54.000000Z"; Qt's ISO parser wants at most milliseconds.
QDateTime parseKeystoneTime(const QString &text)
{
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d*"));
    QString normalized = text.trimmed();
    normalized.replace(fraction, QStringLiteral(".\\1"));
    QDateTime time = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    return time.toUTC();
}

QJsonObject domainRef(const QString &id, const QString &name)
{
    if (!id.isEmpty())
        return {{QStringLiteral("id"), id}};
    if (!name.isEmpty())
        return {{QStringLiteral("name"), name}};
    return {{QStringLiteral("id"), QStringLiteral("default")}}; // the openstack CLI's default domain
}

QJsonObject userRef(const ConnectionProfile &profile)
{
    if (!profile.userId.isEmpty())
        return {{QStringLiteral("id"), profile.userId}};
    return {{QStringLiteral("name"), profile.username},
            {QStringLiteral("domain"), domainRef(profile.userDomainId, profile.userDomainName)}};
}

QString describeDomain(const QString &id, const QString &name)
{
    if (!name.isEmpty())
        return name;
    return id.isEmpty() ? QStringLiteral("default") : id;
}

} // namespace

struct KeystoneSession::TokenResponse
{
    QByteArray token;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QString userName;
    QString userId;
    QString projectName;
    QString projectId;
    QStringList roleNames;
    ServiceCatalog catalog;
};

KeystoneSession::KeystoneSession(QNetworkAccessManager *network, QObject *parent)
    : TokenSource(parent), m_network(network)
{
    m_renewTimer.setSingleShot(true);
    m_renewTimer.setTimerType(Qt::PreciseTimer); // short test lifetimes; a coarse timer may fire late
    connect(&m_renewTimer, &QTimer::timeout, this, &KeystoneSession::onRenewTimer);
}

KeystoneSession::~KeystoneSession()
{
    abortRequests();
}

void KeystoneSession::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
}

void KeystoneSession::setAutoRenew(bool enabled)
{
    m_autoRenew = enabled;
    if (!enabled)
        m_renewTimer.stop();
    else if (m_state == State::Authenticated)
        scheduleRenewal();
}

qint64 KeystoneSession::renewMarginMsecs(qint64 lifetimeMsecs)
{
    return qMin<qint64>(5 * 60 * 1000, qMax<qint64>(0, lifetimeMsecs) / 10);
}

QByteArray KeystoneSession::token() const
{
    return m_token;
}

bool KeystoneSession::canRefresh() const
{
    return m_state == State::Authenticated &&
           (m_profile.authType == ConnectionProfile::AuthType::Password ||
            m_profile.authType == ConnectionProfile::AuthType::ApplicationCredential);
}

void KeystoneSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QUrl KeystoneSession::tokensUrl(const QUrl &authUrl)
{
    QUrl url = authUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v2.0")))
        path.chop(5); // Keystone v2 is gone; its v3 API lives beside it
    if (!path.endsWith(QLatin1String("/v3")))
        path += QLatin1String("/v3");
    url.setPath(path + QLatin1String("/auth/tokens"));
    return url;
}

QByteArray KeystoneSession::authRequestBody(const ConnectionProfile &profile, bool unscoped)
{
    using AuthType = ConnectionProfile::AuthType;
    QJsonObject identity;
    switch (profile.authType) {
    case AuthType::ApplicationCredential: {
        QJsonObject credential{{QStringLiteral("secret"), profile.applicationCredentialSecret}};
        if (!profile.applicationCredentialId.isEmpty()) {
            credential.insert(QStringLiteral("id"), profile.applicationCredentialId);
        } else {
            credential.insert(QStringLiteral("name"), profile.applicationCredentialName);
            credential.insert(QStringLiteral("user"), userRef(profile));
        }
        identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("application_credential")}},
                    {QStringLiteral("application_credential"), credential}};
        // An application credential carries its own scope; Keystone rejects another one.
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("auth"), QJsonObject{{QStringLiteral("identity"), identity}}}})
            .toJson(QJsonDocument::Compact);
    }
    case AuthType::Token:
        identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("token")}},
                    {QStringLiteral("token"), QJsonObject{{QStringLiteral("id"), profile.token}}}};
        break;
    case AuthType::Password:
    case AuthType::AdminToken:
    case AuthType::None: {
        QJsonObject user = userRef(profile);
        user.insert(QStringLiteral("password"), profile.password);
        identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                    {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}};
        break;
    }
    }
    QJsonObject auth{{QStringLiteral("identity"), identity}};
    if (unscoped) {
        auth.insert(QStringLiteral("scope"), QStringLiteral("unscoped"));
    } else if (!profile.projectId.isEmpty()) {
        auth.insert(
            QStringLiteral("scope"),
            QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), profile.projectId}}}});
    } else if (!profile.projectName.isEmpty()) {
        auth.insert(
            QStringLiteral("scope"),
            QJsonObject{{QStringLiteral("project"),
                         QJsonObject{{QStringLiteral("name"), profile.projectName},
                                     {QStringLiteral("domain"),
                                      domainRef(profile.projectDomainId, profile.projectDomainName)}}}});
    } else if (!profile.domainId.isEmpty() || !profile.domainName.isEmpty()) {
        auth.insert(QStringLiteral("scope"),
                    QJsonObject{{QStringLiteral("domain"), domainRef(profile.domainId, profile.domainName)}});
    } else if (profile.systemScope) {
        auth.insert(QStringLiteral("scope"),
                    QJsonObject{{QStringLiteral("system"), QJsonObject{{QStringLiteral("all"), true}}}});
    }
    // No scope at all: Keystone scopes the token to the user's default project, if it has one.
    return QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson(QJsonDocument::Compact);
}

void KeystoneSession::configureClient(const std::shared_ptr<KeystoneSession> &session,
                                      PlacementClient *client)
{
    client->setBaseUrl(session->placementUrl());
    client->setSslConfiguration(session->sslConfiguration());
    client->setTokenSource(session);
    const QString wanted = session->profile().placementApiVersion.trimmed();
    const Microversion cap = Microversion::parse(wanted);
    if (cap.isValid())
        client->setMaximumMicroversion(cap);
    else if (wanted.isEmpty() || wanted.compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0)
        client->setMaximumMicroversion({});
}

// ---- login ------------------------------------------------------------------------------------

void KeystoneSession::authenticate()
{
    abortRequests();
    m_renewTimer.stop();
    m_renewing = false;
    m_token.clear();
    m_issuedAt = {};
    m_expiresAt = {};
    m_placementUrl = QUrl();
    m_catalog = {};
    m_roleNames.clear();
    m_userName.clear();
    m_userId.clear();
    m_projectName.clear();
    m_projectId.clear();
    m_lastRenewError = {};
    m_sinceToken.invalidate();
    m_sinceFailure.invalidate();
    setState(State::Authenticating);

    QString problem;
    if (!m_profile.validate(&problem)) {
        ApiError error(ApiError::Kind::Configuration, problem);
        QTimer::singleShot(0, this, [this, error] { fail(error, Purpose::Login); });
        return;
    }
    QSslConfiguration configuration;
    if (!m_profile.tls.buildConfiguration(&configuration, &problem)) {
        ApiError error(ApiError::Kind::Configuration, problem);
        QTimer::singleShot(0, this, [this, error] { fail(error, Purpose::Login); });
        return;
    }
    m_sslConfiguration = configuration;
    // Qt reuses kept-alive connections by host and port only, whatever TLS settings they were opened
    // with: a login with other TLS settings must not ride on a connection verified (or not) under the
    // previous ones. The manager remembers the settings it was last used with.
    const QString tlsKey =
        QStringList{m_profile.tls.verify ? QStringLiteral("verify") : QStringLiteral("noverify"),
                    m_profile.tls.caFile, m_profile.tls.certFile, m_profile.tls.keyFile}
            .join(QLatin1Char('\n'));
    const char *const tlsProperty = "_pd_tlsSettings";
    if (m_network->property(tlsProperty).toString() != tlsKey) {
        if (m_network->property(tlsProperty).isValid())
            m_network->clearConnectionCache();
        m_network->setProperty(tlsProperty, tlsKey);
    }

    if (!m_profile.usesKeystone()) {
        // admin_token / none: nothing to ask Keystone; report on the next turn like a real login.
        QTimer::singleShot(0, this, [this] {
            if (m_state != State::Authenticating)
                return;
            m_token = m_profile.authType == ConnectionProfile::AuthType::AdminToken ? m_profile.token.toUtf8()
                                                                                    : QByteArray();
            m_placementUrl = m_profile.fixedPlacementUrl();
            qCInfo(lcKeystone).noquote() << QStringLiteral("no Keystone login (%1); Placement at %2")
                                                .arg(ConnectionProfile::authTypeName(m_profile.authType),
                                                     m_placementUrl.toDisplayString(QUrl::RemoveUserInfo));
            updateSecurityWarnings();
            setState(State::Authenticated);
            emit authenticated();
        });
        return;
    }
    startTokenRequest(Purpose::Login);
}

void KeystoneSession::cancel()
{
    const bool wasLoggingIn = m_state == State::Authenticating;
    const bool wasRenewing = m_renewing;
    abortRequests();
    m_renewTimer.stop();
    m_renewing = false;
    ApiError canceled =
        ApiError::fromNetworkError(QNetworkReply::OperationCanceledError, {}, m_profile.authUrl);
    canceled.setService(ApiError::Service::Keystone);
    if (wasLoggingIn) {
        setState(State::Failed);
        emit authenticationFailed(canceled);
    }
    if (wasRenewing)
        emit refreshFailed(canceled); // jobs waiting for a new token must not wait forever
}

void KeystoneSession::refresh()
{
    if (!canRefresh()) {
        ApiError error(ApiError::Kind::Http,
                       m_state != State::Authenticated
                           ? tr("Not logged in to Keystone.")
                           : tr("The token was rejected and this login (%1) cannot renew it. Connect again.")
                                 .arg(ConnectionProfile::authTypeName(m_profile.authType)));
        error.setService(ApiError::Service::Keystone);
        QTimer::singleShot(0, this, [this, error] { emit refreshFailed(error); });
        return;
    }
    if (m_renewing)
        return; // the renewal in flight answers every caller
    if (m_sinceToken.isValid() && m_sinceToken.elapsed() < RecentTokenMsecs) {
        // A wave of 401s for requests sent with the token a renewal just replaced: the new one is
        // already here.
        QTimer::singleShot(0, this, [this] { emit refreshed(); });
        return;
    }
    if (m_sinceFailure.isValid() && m_sinceFailure.elapsed() < RecentFailureMsecs &&
        m_lastRenewError.isError()) {
        const ApiError error = m_lastRenewError;
        QTimer::singleShot(0, this, [this, error] { emit refreshFailed(error); });
        return;
    }
    startTokenRequest(Purpose::Renew);
}

QNetworkRequest KeystoneSession::keystoneRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, PlacementClient::userAgent());
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setSslConfiguration(m_sslConfiguration);
    // A login must not be answered from a cache or replayed to another host by a redirect.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

namespace {

// Follows one reply: collects certificate errors and the body (within a size limit), then calls back.
void track(
    QObject *context, QNetworkReply *reply,
    std::function<void(QNetworkReply *, const QByteArray &, const QList<QSslError> &, bool tooLarge)> done)
{
    struct State
    {
        QList<QSslError> sslErrors;
        QByteArray body;
        bool tooLarge = false;
    };
    auto state = std::make_shared<State>();
    QObject::connect(reply, &QNetworkReply::sslErrors, context,
                     [state](const QList<QSslError> &errors) { state->sslErrors = errors; });
    QObject::connect(reply, &QNetworkReply::readyRead, context, [state, reply] {
        if (state->tooLarge)
            return;
        state->body += reply->readAll();
        if (state->body.size() > MaxKeystoneAnswerBytes) {
            state->tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, context, [state, reply, done] {
        reply->deleteLater();
        if (!state->tooLarge)
            state->body += reply->readAll();
        done(reply, state->body, state->sslErrors, state->tooLarge);
    });
}

} // namespace

QNetworkReply *KeystoneSession::post(const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request = keystoneRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->post(request, body);
    m_replies.append(reply);
    return reply;
}

void KeystoneSession::abortRequests()
{
    const QList<QPointer<QNetworkReply>> replies = m_replies;
    m_replies.clear();
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void KeystoneSession::startTokenRequest(Purpose purpose)
{
    if (purpose == Purpose::Renew) {
        if (m_renewing)
            return;
        m_renewing = true;
        qCInfo(lcKeystone) << "renewing the Keystone token";
    } else {
        qCInfo(lcKeystone).noquote() << "logging in to"
                                     << tokensUrl(m_profile.authUrl).toDisplayString(QUrl::RemoveUserInfo)
                                     << "with" << ConnectionProfile::authTypeName(m_profile.authType) << "as"
                                     << m_profile.displayName();
    }
    QNetworkReply *reply = post(tokensUrl(m_profile.authUrl), authRequestBody(m_profile));
    track(
        this, reply,
        [this, purpose](QNetworkReply *finished, const QByteArray &body, const QList<QSslError> &sslErrors,
                        bool tooLarge) {
            m_replies.removeAll(finished);
            const int status = finished->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (tooLarge) {
                ApiError error(ApiError::Kind::ResponseTooLarge,
                               tr("Keystone's answer exceeded %1 MiB and was refused.")
                                   .arg(MaxKeystoneAnswerBytes / (1024 * 1024)));
                fail(keystoneError(error), purpose);
                return;
            }
            if (status == 0) {
                fail(transportError(finished, sslErrors), purpose);
                return;
            }
            if (status == 200 || status == 201) {
                TokenResponse response;
                ApiError error;
                if (!parseTokenResponse(finished, body, &response, &error)) {
                    fail(error, purpose);
                    return;
                }
                if (purpose == Purpose::Login)
                    finishLogin(response);
                else
                    finishRenewal(response);
                return;
            }
            const QUrl url = finished->request().url();
            ApiError error = keystoneError(
                ApiError::fromHttp(status, body, finished->rawHeader("x-openstack-request-id"), url));
            if (status == 401) {
                if (!finished->rawHeader("Openstack-Auth-Receipt").isEmpty()) {
                    error.setSummary(tr("Keystone wants a second factor for this user (multi-factor "
                                        "authentication), which Placement Desk does not support. Use an "
                                        "application credential instead."));
                    fail(error, purpose);
                    return;
                }
                explainUnauthorized(error, purpose);
                return;
            }
            switch (status) {
            case 400:
                error.setSummary(
                    tr("Keystone at %1 rejected the login request as invalid (HTTP 400). Check the "
                       "user, project and domain settings.")
                        .arg(hostAndPort(url)));
                break;
            case 403:
                error.setSummary(tr("Keystone at %1 refused this login (HTTP 403): the user or application "
                                    "credential may not get a token for this scope.")
                                     .arg(hostAndPort(url)));
                break;
            case 404:
            case 405:
                error.setSummary(
                    tr("There is no Keystone v3 API at %1 (HTTP %2). Check auth_url, for example "
                       "https://keystone.example.com:5000/v3.")
                        .arg(url.adjusted(QUrl::RemoveUserInfo).toDisplayString(), QString::number(status)));
                break;
            default:
                if (status >= 300 && status < 400)
                    error.setSummary(tr("Keystone at %1 redirected the login (HTTP %2); logins are not "
                                        "followed to another address. Use the final URL as auth_url.")
                                         .arg(hostAndPort(url), QString::number(status)));
                else if (status >= 500)
                    error.setSummary(tr("Keystone at %1 failed to handle the login (HTTP %2). Try again "
                                        "later, or check Keystone's log.")
                                         .arg(hostAndPort(url), QString::number(status)));
                else
                    error.setSummary(tr("Keystone at %1 answered the login with HTTP %2.")
                                         .arg(hostAndPort(url), QString::number(status)));
                break;
            }
            fail(error, purpose);
        });
}

bool KeystoneSession::parseTokenResponse(QNetworkReply *reply, const QByteArray &body,
                                         TokenResponse *response, ApiError *error)
{
    const QUrl url = reply->request().url();
    response->token = reply->rawHeader("X-Subject-Token");
    const QJsonObject token = QJsonDocument::fromJson(body).object().value(QLatin1String("token")).toObject();
    if (response->token.isEmpty() || token.isEmpty()) {
        *error =
            keystoneError(ApiError(ApiError::Kind::InvalidResponse,
                                   tr("%1 answered the login, but not like Keystone v3 (no X-Subject-Token "
                                      "header or no token in the body). Check auth_url.")
                                       .arg(hostAndPort(url))));
        error->setUrl(url);
        response->token.clear();
        return false;
    }
    response->issuedAt = parseKeystoneTime(token.value(QLatin1String("issued_at")).toString());
    response->expiresAt = parseKeystoneTime(token.value(QLatin1String("expires_at")).toString());
    const QJsonObject user = token.value(QLatin1String("user")).toObject();
    response->userName = user.value(QLatin1String("name")).toString();
    response->userId = user.value(QLatin1String("id")).toString();
    const QJsonObject project = token.value(QLatin1String("project")).toObject();
    response->projectName = project.value(QLatin1String("name")).toString();
    response->projectId = project.value(QLatin1String("id")).toString();
    const QJsonArray roles = token.value(QLatin1String("roles")).toArray();
    for (const QJsonValue &role : roles)
        response->roleNames << role.toObject().value(QLatin1String("name")).toString();
    response->catalog = ServiceCatalog::fromJson(token.value(QLatin1String("catalog")).toArray());
    return true;
}

void KeystoneSession::finishLogin(const TokenResponse &response)
{
    QUrl placement = m_profile.fixedPlacementUrl();
    if (placement.isEmpty()) {
        QString problem;
        placement = response.catalog.endpointUrl(QStringLiteral("placement"), m_profile.interface,
                                                 m_profile.regionName, &problem);
        if (placement.isEmpty()) {
            ApiError error(ApiError::Kind::Configuration, problem);
            error.setService(ApiError::Service::Keystone);
            error.setUrl(m_profile.authUrl);
            fail(error, Purpose::Login);
            return;
        }
    }
    m_token = response.token;
    m_issuedAt = response.issuedAt;
    m_expiresAt = response.expiresAt;
    m_sinceToken.invalidate(); // a 401 right after a login is not a leftover of an older token
    m_userName = response.userName;
    m_userId = response.userId;
    m_projectName = response.projectName;
    m_projectId = response.projectId;
    m_roleNames = response.roleNames;
    m_catalog = response.catalog;
    m_placementUrl = placement;
    qCInfo(lcKeystone).noquote() << "logged in as" << m_userName << "in project" << m_projectName
                                 << "with roles" << m_roleNames.join(QLatin1Char(',')) << "until"
                                 << m_expiresAt.toString(Qt::ISODate) << "; Placement at"
                                 << m_placementUrl.toDisplayString(QUrl::RemoveUserInfo);
    updateSecurityWarnings();
    scheduleRenewal();
    setState(State::Authenticated);
    emit authenticated();
}

void KeystoneSession::finishRenewal(const TokenResponse &response)
{
    m_renewing = false;
    m_token = response.token;
    m_issuedAt = response.issuedAt;
    m_expiresAt = response.expiresAt;
    m_sinceToken.start();
    m_lastRenewError = {};
    m_sinceFailure.invalidate();
    m_roleNames = response.roleNames;
    qCInfo(lcKeystone).noquote() << "token renewed until" << m_expiresAt.toString(Qt::ISODate);
    scheduleRenewal();
    emit tokenRenewed(m_expiresAt);
    emit refreshed();
}

void KeystoneSession::fail(const ApiError &error, Purpose purpose)
{
    qCInfo(lcKeystone).noquote() << (purpose == Purpose::Login ? "login failed:" : "renewal failed:")
                                 << error.summary();
    if (purpose == Purpose::Login) {
        abortRequests();
        m_token.clear();
        setState(State::Failed);
        emit authenticationFailed(error);
        return;
    }
    m_renewing = false;
    m_lastRenewError = error;
    m_sinceFailure.start();
    // Keep trying while the current token lasts: Keystone may be back in a moment.
    if (m_autoRenew && canRefresh() && m_expiresAt.isValid()) {
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt);
        if (left > 2000)
            m_renewTimer.start(int(qBound(qint64(1000), left / 2, qint64(30000))));
    }
    emit refreshFailed(error);
}

// ---- explaining a 401 -------------------------------------------------------------------------

void KeystoneSession::explainUnauthorized(const ApiError &keystoneError, Purpose purpose)
{
    using AuthType = ConnectionProfile::AuthType;
    ApiError error = keystoneError;
    const QString user = !m_profile.username.isEmpty() ? m_profile.username : m_profile.userId;
    const QString userDomain = describeDomain(m_profile.userDomainId, m_profile.userDomainName);
    switch (m_profile.authType) {
    case AuthType::ApplicationCredential:
        error.setSummary(
            tr("Keystone rejected application credential \"%1\" (HTTP 401): the secret is wrong, or "
               "the credential was deleted or has expired.")
                .arg(!m_profile.applicationCredentialId.isEmpty() ? m_profile.applicationCredentialId
                                                                  : m_profile.applicationCredentialName));
        fail(error, purpose);
        return;
    case AuthType::Token:
        error.setSummary(
            tr("Keystone rejected the token (HTTP 401): it has expired or was revoked, or it may not "
               "be used for this project. Log in again."));
        fail(error, purpose);
        return;
    case AuthType::Password:
    case AuthType::AdminToken:
    case AuthType::None:
        break;
    }
    const QString credentialsText =
        tr("Keystone rejected the login of user \"%1\" (domain \"%2\") with HTTP 401: the password is wrong, "
           "the "
           "user or its domain does not exist, or the account is disabled or locked.")
            .arg(user, userDomain);
    const bool scoped = !m_profile.projectId.isEmpty() || !m_profile.projectName.isEmpty() ||
                        !m_profile.domainId.isEmpty() || !m_profile.domainName.isEmpty() ||
                        m_profile.systemScope;
    if (!scoped) {
        error.setSummary(credentialsText);
        fail(error, purpose);
        return;
    }
    // Keystone answers the same 401 for a wrong password and for a project the user may not use.
    // An unscoped login with the same credentials tells them apart.
    QNetworkReply *probe = post(tokensUrl(m_profile.authUrl), authRequestBody(m_profile, true));
    track(this, probe,
          [this, error, credentialsText, purpose](QNetworkReply *finished, const QByteArray &,
                                                  const QList<QSslError> &, bool) {
              m_replies.removeAll(finished);
              const int status = finished->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
              const QByteArray unscopedToken = finished->rawHeader("X-Subject-Token");
              if ((status == 200 || status == 201) && !unscopedToken.isEmpty()) {
                  listProjectsWithToken(unscopedToken, error, purpose);
                  return;
              }
              ApiError credentials = error;
              credentials.setSummary(credentialsText);
              fail(credentials, purpose);
          });
}

void KeystoneSession::listProjectsWithToken(const QByteArray &unscopedToken, const ApiError &keystoneError,
                                            Purpose purpose)
{
    QUrl url = tokensUrl(m_profile.authUrl);
    QString path = url.path();
    path.chop(int(qstrlen("tokens")));
    url.setPath(path + QLatin1String("projects"));
    QNetworkRequest request = keystoneRequest(url);
    request.setRawHeader("X-Auth-Token", unscopedToken);
    QNetworkReply *reply = m_network->get(request);
    m_replies.append(reply);
    track(this, reply,
          [this, keystoneError, purpose](QNetworkReply *finished, const QByteArray &body,
                                         const QList<QSslError> &, bool) {
              m_replies.removeAll(finished);
              const int status = finished->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
              QStringList projects;
              const QJsonArray list =
                  QJsonDocument::fromJson(body).object().value(QLatin1String("projects")).toArray();
              for (const QJsonValue &value : list) {
                  const QJsonObject project = value.toObject();
                  projects << tr("%1 (domain %2)", "project (domain id)")
                                  .arg(project.value(QLatin1String("name")).toString(),
                                       project.value(QLatin1String("domain_id")).toString());
              }
              projects.sort();
              const QString user = !m_profile.username.isEmpty() ? m_profile.username : m_profile.userId;
              QString scope;
              if (!m_profile.projectId.isEmpty())
                  scope = tr("project %1").arg(m_profile.projectId);
              else if (!m_profile.projectName.isEmpty())
                  scope = tr("project \"%1\" in domain \"%2\"")
                              .arg(m_profile.projectName,
                                   describeDomain(m_profile.projectDomainId, m_profile.projectDomainName));
              else if (!m_profile.domainId.isEmpty() || !m_profile.domainName.isEmpty())
                  scope = tr("domain \"%1\"").arg(describeDomain(m_profile.domainId, m_profile.domainName));
              else
                  scope = tr("the system scope");
              QString text =
                  tr("User \"%1\" logged in, but may not use %2: it does not exist, or the user has no "
                     "role on it (HTTP 401).")
                      .arg(user, scope);
              if (status == 200 && projects.isEmpty())
                  text += QLatin1Char(' ') + tr("The user has no role on any project.");
              else if (status == 200)
                  text += QLatin1Char(' ') +
                          tr("Projects this user has a role on: %1.").arg(projects.join(QLatin1String(", ")));
              ApiError error = keystoneError;
              error.setSummary(text);
              fail(error, purpose);
          });
}

// ---- renewal ----------------------------------------------------------------------------------

void KeystoneSession::scheduleRenewal()
{
    m_renewTimer.stop();
    if (!m_autoRenew || !m_expiresAt.isValid() ||
        (m_profile.authType != ConnectionProfile::AuthType::Password &&
         m_profile.authType != ConnectionProfile::AuthType::ApplicationCredential))
        return;
    // Lifetime from Keystone's own clock (issued_at to expires_at), so a skewed local clock does not matter.
    const qint64 lifetime = m_issuedAt.isValid() ? m_issuedAt.msecsTo(m_expiresAt)
                                                 : QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt);
    const qint64 delay = qMax<qint64>(1000, lifetime - renewMarginMsecs(lifetime));
    m_renewTimer.start(int(qMin<qint64>(delay, std::numeric_limits<int>::max())));
    qCDebug(lcKeystone) << "token renewal in" << delay / 1000 << "s";
}

void KeystoneSession::onRenewTimer()
{
    if (m_state == State::Authenticated && !m_renewing)
        startTokenRequest(Purpose::Renew);
}

// ---- errors and warnings ----------------------------------------------------------------------

ApiError KeystoneSession::keystoneError(ApiError error) const
{
    error.setService(ApiError::Service::Keystone);
    return error;
}

ApiError KeystoneSession::transportError(QNetworkReply *reply, const QList<QSslError> &sslErrors) const
{
    const QUrl url = reply->request().url();
    const QNetworkReply::NetworkError code = reply->error();
    if (code == QNetworkReply::SslHandshakeFailedError && !sslErrors.isEmpty())
        return keystoneError(ApiError::fromSslErrors(sslErrors, url));
    ApiError error = ApiError::fromNetworkError(code, reply->errorString(), url);
    const QString host = hostAndPort(url);
    switch (error.kind()) {
    case ApiError::Kind::Canceled:
        // We disconnect before aborting, so a cancel seen here is Qt's transfer timeout.
        error = ApiError(
            ApiError::Kind::Timeout,
            tr("Keystone at %1 did not answer within %2 seconds.").arg(host).arg(m_transferTimeoutMs / 1000));
        error.setUrl(url);
        break;
    case ApiError::Kind::Tls:
        error.setSummary(
            tr("The secure connection to Keystone at %1 failed: %2").arg(host, reply->errorString()));
        break;
    default:
        error.setSummary(tr("Cannot reach Keystone at %1: %2. Check auth_url and that Keystone is running.")
                             .arg(host, reply->errorString()));
        break;
    }
    return keystoneError(error);
}

void KeystoneSession::updateSecurityWarnings()
{
    QList<SecurityWarning> warnings;
    QList<QUrl> urls;
    if (m_profile.usesKeystone())
        urls << m_profile.authUrl;
    urls << m_placementUrl;
    for (const QUrl &url : std::as_const(urls)) {
        const QList<SecurityWarning> found = SecurityWarning::forUrl(url, m_profile.tls);
        for (const SecurityWarning &warning : found) {
            if (!warnings.contains(warning))
                warnings << warning;
        }
    }
    if (warnings == m_warnings)
        return;
    m_warnings = warnings;
    for (const SecurityWarning &warning : std::as_const(m_warnings))
        qCWarning(lcKeystone).noquote() << warning.text();
    emit securityWarningsChanged(m_warnings);
}
