#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

// Operator-given names for the aggregates Nova does not name ("Placement only": sharing providers,
// routed-network segments, hand-made sets such as a maintenance window). Placement has no field for
// them, so they live on this computer, one file per cloud (per Placement endpoint, as the edit
// journal) in the app's data folder, and travel between colleagues as small JSON or YAML files
// (export, import). A label is keyed by the aggregate's exact string; a label written for another
// spelling of the same UUID (a colleague's file, lower case) still names the column.
class NovaDirectory;

class AggregateLabels : public QObject
{
    Q_OBJECT

public:
    // Sized for people, not machines: a header shows the first dozen characters, a team file holds
    // a few hundred entries at most. Larger input is refused, not truncated.
    static constexpr int MaxLabelLength = 64;
    static constexpr int MaxEntries = 10000;
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    enum class Format {
        Json,
        Yaml,
    };

    explicit AggregateLabels(QObject *parent = nullptr);

    // <AppDataLocation>/labels
    static QString defaultDirectory();
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }
    // Loads that cloud's labels (none yet: empty). A file that cannot be read stays untouched and
    // blocks changes (problem() says why) rather than being overwritten by an empty set.
    void setEndpoint(const QUrl &endpoint);
    QString filePath() const;
    QString problem() const { return m_problem; }

    // The label of an aggregate string: its own, else one given to another spelling of the UUID.
    QString label(const QString &aggregate) const;
    // The one naming rule of the app: Nova's name of the aggregate, else the local label in quotes
    // (“maint-nov”: the operator's word, not a name the cloud knows), else empty. Either may be null.
    static QString nameOf(const NovaDirectory *nova, const AggregateLabels *labels, const QString &aggregate);
    const QHash<QString, QString> &labels() const { return m_labels; }
    int count() const { return int(m_labels.size()); }
    // Sets (or with an empty text removes) a label and saves the cloud's file at once, on top of what
    // the file holds now (another instance's labels are kept). False with a translated reason for an
    // invalid UUID or label, or a file that could not be read or written.
    bool setLabel(const QString &aggregate, const QString &text, QString *error);

    // Reads a shared file and merges it into this cloud's labels (an imported label replaces the
    // one for the same aggregate string). Returns the number of labels read, or -1 with the reason.
    int importFile(const QString &path, int *replaced, QString *error);
    bool exportFile(const QString &path, QString *error) const;

    // The file formats alone (public for the fuzz target and the unit tests). parse() accepts the
    // app's own file ({"format": …, "version": 1, "labels": {UUID: label}}) and a bare {UUID:
    // label} mapping (what scripts/seed-demo writes), in JSON or YAML; every key must be a UUID and
    // every label valid, or the whole file is refused with the entry that is wrong.
    static bool parse(const QByteArray &data, Format format, QHash<QString, QString> *labels, QString *error);
    static QByteArray serialize(const QHash<QString, QString> &labels, Format format, const QString &cloud);
    // YAML for .yaml/.yml, JSON otherwise.
    static Format formatFor(const QString &path);
    // The label as stored: trimmed; null with the reason when empty, too long, or holding control or
    // text-direction characters (which could make one label look like another).
    static QString cleaned(const QString &text, QString *error);

signals:
    // The whole set changed (another cloud, an import).
    void labelsChanged();
    // One aggregate's label changed.
    void labelChanged(const QString &aggregate);

private:
    void readFile();
    // Reads the file again before a change (false with the reason when it cannot be read).
    bool refresh(QString *error);
    bool save(QString *error);
    void rebuildKeys();

    QString m_directory;
    QUrl m_endpoint;
    QHash<QString, QString> m_labels; // exact aggregate string -> label
    QHash<QString, QString> m_byKey;  // Uuids::key -> label, for other spellings
    QString m_problem;
};
