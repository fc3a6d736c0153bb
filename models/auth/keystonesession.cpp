#include "auth/keystonesession.h"

#include "api/microversion.h"
#include "api/placementclient.h"
#include "auth/keystoneprojectsjob.h"
#include "auth/keystonerequests.h"
#include "auth/keystonestatus.h"
#include "auth/keystonetokenjob.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <limits>

// Never put tokens, passwords or request bodies into this category (or any other).
Q_LOGGING_CATEGORY(lcKeystone, "placementdesk.auth.keystone", QtInfoMsg)

namespace {

// refresh() within this time after a failed renewal reports that failure again.
const qint64 RecentFailureMsecs = 3000;
// Timer-driven renewals after a failure, or of a token that is already expired when it arrives, wait
// this long: a Keystone in trouble (or one handing out unusable tokens) is not asked every second.
const qint64 RenewalBackoffMsecs = 30000;

QString describeDomain(const QString &id, const QString &name)
{
    if (!name.isEmpty())
        return name;
    return id.isEmpty() ? QStringLiteral("default") : id;
}

} // namespace

KeystoneSession::KeystoneSession(QNetworkAccessManager *network, QObject *parent)
    : TokenSource(parent), m_network(network)
{
    m_renewTimer.setSingleShot(true);
    m_renewTimer.setTimerType(Qt::PreciseTimer); // short test lifetimes; a coarse timer may fire late
    connect(&m_renewTimer, &QTimer::timeout, this, &KeystoneSession::onRenewTimer);
}

KeystoneSession::~KeystoneSession()
{
    abortJobs();
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
    return KeystoneRequests::tokensUrl(authUrl);
}

QByteArray KeystoneSession::authRequestBody(const ConnectionProfile &profile, bool unscoped)
{
    return KeystoneRequests::authRequestBody(profile, unscoped);
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
    abortJobs();
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
    abortJobs();
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
    if (m_sinceToken.isValid() && m_sinceToken.elapsed() < m_recentTokenMsecs) {
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

// ---- requests ---------------------------------------------------------------------------------

KeystoneTokenJob *KeystoneSession::newTokenJob(const QByteArray &body)
{
    auto *job = new KeystoneTokenJob(m_network, KeystoneRequests::tokensUrl(m_profile.authUrl), body, this);
    job->setSslConfiguration(m_sslConfiguration);
    job->setTransferTimeout(m_transferTimeoutMs);
    track(job);
    return job;
}

void KeystoneSession::track(HttpJob *job)
{
    m_jobs.append(job);
    connect(job, &HttpJob::done, this, [this, job] { m_jobs.removeAll(job); });
}

void KeystoneSession::abortJobs()
{
    const QList<QPointer<HttpJob>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<HttpJob> &job : jobs) {
        if (!job)
            continue;
        job->disconnect(this); // a cancel is reported by the caller, not by each job
        job->abort();
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
        qCInfo(lcKeystone).noquote()
            << "logging in to"
            << KeystoneRequests::tokensUrl(m_profile.authUrl).toDisplayString(QUrl::RemoveUserInfo) << "with"
            << ConnectionProfile::authTypeName(m_profile.authType) << "as" << m_profile.displayName();
    }
    KeystoneTokenJob *job = newTokenJob(KeystoneRequests::authRequestBody(m_profile));
    connect(job, &KeystoneTokenJob::finished, this, [this, purpose](const KeystoneToken &token) {
        if (purpose == Purpose::Login)
            finishLogin(token);
        else
            finishRenewal(token);
    });
    connect(job, &HttpJob::failed, this, [this, job, purpose](const ApiError &error) {
        if (error.httpStatus() == 401 && !job->secondFactorRequested())
            explainUnauthorized(error, purpose);
        else
            fail(error, purpose);
    });
    job->start();
}

bool KeystoneSession::refuseUnusable(const KeystoneToken &response, Purpose purpose)
{
    const QString problem = response.problem();
    if (problem.isEmpty())
        return false;
    ApiError error(ApiError::Kind::InvalidResponse, problem);
    error.setService(ApiError::Service::Keystone);
    error.setUrl(KeystoneRequests::tokensUrl(m_profile.authUrl));
    fail(error, purpose);
    return true;
}

QUrl KeystoneSession::computeUrl(QString *problem) const
{
    if (m_profile.computeEndpointOverride.isValid() && !m_profile.computeEndpointOverride.isEmpty())
        return m_profile.computeEndpointOverride;
    QString reason;
    QUrl url;
    if (m_catalog.isEmpty())
        reason = tr("This connection has no service catalog; set compute_endpoint_override to use Nova.");
    else
        url = m_catalog.endpointUrl(QStringLiteral("compute"), m_profile.interface, m_profile.regionName,
                                    &reason);
    if (problem)
        *problem = url.isValid() ? QString() : reason;
    return url;
}

void KeystoneSession::finishLogin(const KeystoneToken &response)
{
    if (refuseUnusable(response, Purpose::Login))
        return;
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

void KeystoneSession::finishRenewal(const KeystoneToken &response)
{
    if (refuseUnusable(response, Purpose::Renew)) // keeps the current token
        return;
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
        abortJobs();
        m_token.clear();
        setState(State::Failed);
        emit authenticationFailed(error);
        return;
    }
    m_renewing = false;
    m_lastRenewError = error;
    m_sinceFailure.start();
    // Keep trying while the current token lasts: Keystone may be back in a moment. Not sooner than the
    // back-off, though, however little time is left: every attempt may fail the same way.
    if (m_autoRenew && canRefresh() && m_expiresAt.isValid()) {
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt);
        if (left > 2000)
            m_renewTimer.start(int(RenewalBackoffMsecs));
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
    auto *probe = newTokenJob(KeystoneRequests::authRequestBody(m_profile, true));
    connect(probe, &KeystoneTokenJob::finished, this, [this, error, purpose](const KeystoneToken &unscoped) {
        listProjectsWithToken(unscoped.token, error, purpose);
    });
    connect(probe, &HttpJob::failed, this, [this, error, credentialsText, purpose](const ApiError &) {
        ApiError credentials = error;
        credentials.setSummary(credentialsText);
        fail(credentials, purpose);
    });
    probe->start();
}

void KeystoneSession::listProjectsWithToken(const QByteArray &unscopedToken, const ApiError &keystoneError,
                                            Purpose purpose)
{
    auto *job = new KeystoneProjectsJob(m_network, KeystoneRequests::projectsUrl(m_profile.authUrl),
                                        unscopedToken, m_sslConfiguration, m_transferTimeoutMs, this);
    track(job);
    const auto report = [this, keystoneError, purpose](bool listed, const QStringList &projects) {
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
        QString text = tr("User \"%1\" logged in, but may not use %2: it does not exist, or the user has no "
                          "role on it (HTTP 401).")
                           .arg(user, scope);
        if (listed && projects.isEmpty())
            text += QLatin1Char(' ') + tr("The user has no role on any project.");
        else if (listed)
            text += QLatin1Char(' ') +
                    tr("Projects this user has a role on: %1.").arg(projects.join(QLatin1String(", ")));
        ApiError error = keystoneError;
        error.setSummary(text);
        fail(error, purpose);
    };
    connect(job, &KeystoneProjectsJob::finished, this,
            [report](const QStringList &projects) { report(true, projects); });
    connect(job, &HttpJob::failed, this, [report](const ApiError &) { report(false, {}); });
    job->start();
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
    // Without issued_at, a local clock ahead of Keystone's sees the token expired already; renewing at
    // once would bring one just like it. (With issued_at, such tokens are refused; see refuseUnusable().)
    const qint64 delay =
        lifetime <= 0 ? RenewalBackoffMsecs : qMax<qint64>(1000, lifetime - renewMarginMsecs(lifetime));
    m_renewTimer.start(int(qMin<qint64>(delay, std::numeric_limits<int>::max())));
    qCDebug(lcKeystone) << "token renewal in" << delay / 1000 << "s";
}

void KeystoneSession::onRenewTimer()
{
    if (m_state == State::Authenticated && !m_renewing)
        startTokenRequest(Purpose::Renew);
}

// ---- warnings ---------------------------------------------------------------------------------

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
