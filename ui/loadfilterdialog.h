#pragma once

#include "api/microversion.h"
#include "api/providerquery.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

// File > Load Only…: the server-side filters of GET /resource_providers as a form — exact name,
// member of any / all / none of some aggregates (by UUID in any spelling, Nova name or local label),
// in the tree of a provider (name or UUID), required and forbidden traits, free resources. Each row
// says which microversion it needs and is disabled when the connected server is older. Accept
// loads with query(); "Load Everything" clears it. It loads nothing itself.
class LoadFilterDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Membership {
        Any,  // member_of=in:A,B
        All,  // member_of=A&member_of=B (1.24+)
        None, // member_of=!in:A,B (1.32+)
    };
    Q_ENUM(Membership)

    // Maps what the operator typed for an aggregate (UUID, Nova name, label) to the exact string to
    // send, or a null QString; the same for a provider (name or UUID) to its UUID.
    using Resolver = std::function<QString(const QString &)>;

    LoadFilterDialog(const Microversion &serverVersion, Resolver aggregate, Resolver provider,
                     QWidget *parent = nullptr);

    void setQuery(const ProviderQuery &query);
    // The query of the form; problems() says what could not be resolved (then it is not accepted).
    ProviderQuery query() const;
    QStringList problems() const;
    // "needs 1.32" for each row the server is too old for.
    QString hintFor(const QString &row) const { return m_hints.value(row); }

    QLineEdit *nameEdit() const { return m_nameEdit; }
    QComboBox *membershipCombo() const { return m_membershipCombo; }
    QLineEdit *aggregatesEdit() const { return m_aggregatesEdit; }
    QLineEdit *treeEdit() const { return m_treeEdit; }
    QLineEdit *traitsEdit() const { return m_traitsEdit; }
    QLineEdit *resourcesEdit() const { return m_resourcesEdit; }
    // Accepting with this one clears every filter.
    bool clearRequested() const { return m_clear; }

    void accept() override;

private:
    void updateHints();
    static QStringList split(const QString &text);

    Microversion m_version;
    Resolver m_aggregate;
    Resolver m_provider;
    QLineEdit *m_nameEdit;
    QComboBox *m_membershipCombo;
    QLineEdit *m_aggregatesEdit;
    QLineEdit *m_treeEdit;
    QLineEdit *m_traitsEdit;
    QLineEdit *m_resourcesEdit;
    QLabel *m_problemLabel;
    QHash<QString, QString> m_hints;
    QHash<QString, QLabel *> m_hintLabels;
    bool m_clear = false;
};
