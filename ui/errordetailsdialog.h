#pragma once

#include "api/apierror.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Everything known about a failed request: our summary, Placement's own detail, HTTP status and
// error code, the URL, and the request id in a field of its own with a Copy button (operators
// paste it into a log search). Non-modal; shown with show(), never exec().
class ErrorDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ErrorDetailsDialog(const ApiError &error, QWidget *parent = nullptr);

    // All details as plain text, as "Copy all" puts them on the clipboard.
    QString detailsText() const;
    QLineEdit *requestIdEdit() const { return m_requestIdEdit; }

private:
    static QString buildDetailsText(const ApiError &error);

    ApiError m_error;
    QPlainTextEdit *m_detailsEdit;
    QLineEdit *m_requestIdEdit;
    QPushButton *m_copyRequestIdButton;
    QPushButton *m_copyAllButton;
};
