#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// Endpoint URL, token, and the Connect/Refresh button. Enter in either field connects.
// The button reads "Refresh" while the fields match the connection that is loaded.
class ConnectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    QString endpointText() const;
    void setEndpointText(const QString &text);
    QString token() const;
    void setToken(const QString &token);

    // What the loaded table came from; the button offers "Refresh" while the fields still match it.
    void setLoadedConnection(const QString &endpoint, const QString &token);
    bool matchesLoadedConnection() const;

    void focusEndpoint();

    QLineEdit *endpointEdit() const { return m_endpointEdit; }
    QLineEdit *tokenEdit() const { return m_tokenEdit; }
    QPushButton *connectButton() const { return m_connectButton; }

signals:
    void connectRequested();

private:
    void updateButtonText();

    QLabel *m_endpointLabel;
    QLineEdit *m_endpointEdit;
    QLabel *m_tokenLabel;
    QLineEdit *m_tokenEdit;
    QPushButton *m_connectButton;
    QString m_loadedEndpoint;
    QString m_loadedToken;
    bool m_hasLoadedConnection = false;
};
