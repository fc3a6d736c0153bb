#include "membership/aggregatelabels.h"

#include "api/uuids.h"
#include "membership/editjournal.h"
#include "nova/novaaggregate.h"
#include "nova/novadirectory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace {

const auto FormatName = QLatin1String("placement-desk-aggregate-labels");
constexpr int FormatVersion = 1;

// Characters that make one label look like another or break a header: controls (also tab and
// newline), and the explicit text-direction marks, embeddings, overrides and isolates.
bool isUnsafe(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x200e || u == 0x200f ||
           (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029;
}

// One entry of a file: the key must be a UUID (kept verbatim), the label valid.
bool addEntry(const QString &key, const QString &value, QHash<QString, QString> *labels, QString *error,
              const QString &where)
{
    if (!Uuids::isValid(key)) {
        *error = AggregateLabels::tr("%1: \"%2\" is not an aggregate UUID").arg(where, key.left(80));
        return false;
    }
    QString reason;
    const QString label = AggregateLabels::cleaned(value, &reason);
    if (label.isNull()) {
        *error = AggregateLabels::tr("%1: the label of %2 %3").arg(where, key, reason);
        return false;
    }
    if (labels->size() >= AggregateLabels::MaxEntries && !labels->contains(key)) {
        *error =
            AggregateLabels::tr("%1: more than %n label(s)", nullptr, AggregateLabels::MaxEntries).arg(where);
        return false;
    }
    labels->insert(key, label);
    return true;
}

bool checkHeader(const QString &format, bool hasFormat, qint64 version, bool hasVersion, QString *error)
{
    if (hasFormat && format != FormatName) {
        *error = AggregateLabels::tr("the file is not a Placement Desk label file (format \"%1\")")
                     .arg(format.left(80));
        return false;
    }
    if (hasVersion && version > FormatVersion) {
        *error = AggregateLabels::tr("the file was written by a newer Placement Desk (format version %1); "
                                     "update the app to read it")
                     .arg(version);
        return false;
    }
    if (hasVersion && version < 1) {
        *error = AggregateLabels::tr("the file has an invalid format version (%1)").arg(version);
        return false;
    }
    return true;
}

bool parseJson(const QByteArray &data, QHash<QString, QString> *labels, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = AggregateLabels::tr("not valid JSON (at byte %1): %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = AggregateLabels::tr("the JSON document is not an object of labels");
        return false;
    }
    QJsonObject root = document.object();
    const bool wrapped = root.contains(QLatin1String("labels"));
    if (wrapped) {
        const QJsonValue format = root.value(QLatin1String("format"));
        const QJsonValue version = root.value(QLatin1String("version"));
        if ((!format.isUndefined() && !format.isString()) ||
            (!version.isUndefined() && !version.isDouble())) {
            *error = AggregateLabels::tr("\"format\" must be a string and \"version\" a number");
            return false;
        }
        if (!checkHeader(format.toString(), format.isString(), qint64(version.toDouble()), version.isDouble(),
                         error))
            return false;
        if (!root.value(QLatin1String("labels")).isObject()) {
            *error = AggregateLabels::tr("\"labels\" is not an object of UUID: label");
            return false;
        }
        root = root.value(QLatin1String("labels")).toObject();
    }
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!it.value().isString()) {
            *error = AggregateLabels::tr("the label of %1 is not a string").arg(it.key().left(80));
            return false;
        }
        if (!addEntry(it.key(), it.value().toString(), labels, error,
                      AggregateLabels::tr("entry \"%1\"").arg(it.key().left(80))))
            return false;
    }
    return true;
}

QString lineText(const YAML::Mark &mark)
{
    return mark.is_null() ? AggregateLabels::tr("the file")
                          : AggregateLabels::tr("line %1").arg(mark.line + 1);
}

bool parseYaml(const QByteArray &data, QHash<QString, QString> *labels, QString *error)
{
    try {
        const YAML::Node root = YAML::Load(data.toStdString());
        if (root.IsNull())
            return true; // an empty file holds no labels
        if (!root.IsMap()) {
            *error =
                AggregateLabels::tr("%1: the document is not a mapping of labels").arg(lineText(root.Mark()));
            return false;
        }
        YAML::Node entries = root;
        if (const YAML::Node wrapped = root["labels"]) {
            const YAML::Node format = root["format"];
            const YAML::Node version = root["version"];
            if ((format && !format.IsScalar()) || (version && !version.IsScalar())) {
                *error = AggregateLabels::tr("\"format\" and \"version\" must be plain values");
                return false;
            }
            bool numeric = true;
            qint64 number = 0;
            if (version) {
                number = QString::fromStdString(version.Scalar()).toLongLong(&numeric);
                if (!numeric) {
                    *error =
                        AggregateLabels::tr("%1: \"version\" is not a number").arg(lineText(version.Mark()));
                    return false;
                }
            }
            if (!checkHeader(format ? QString::fromStdString(format.Scalar()) : QString(), bool(format),
                             number, bool(version), error))
                return false;
            if (wrapped.IsNull())
                return true;
            if (!wrapped.IsMap()) {
                *error = AggregateLabels::tr("%1: \"labels\" is not a mapping of UUID: label")
                             .arg(lineText(wrapped.Mark()));
                return false;
            }
            entries = wrapped;
        }
        // Only plain scalars are looked at: an alias to a mapping or a sequence is refused before
        // anything walks it, so alias loops and bombs cost nothing here.
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const QString where = lineText(it->first.Mark());
            if (!it->first.IsScalar() || !it->second.IsScalar()) {
                *error = AggregateLabels::tr("%1: each entry must be UUID: label").arg(where);
                return false;
            }
            if (!addEntry(QString::fromStdString(it->first.Scalar()),
                          QString::fromStdString(it->second.Scalar()), labels, error, where))
                return false;
        }
        return true;
    } catch (const YAML::Exception &e) {
        *error = AggregateLabels::tr("not valid YAML (%1): %2")
                     .arg(lineText(e.mark), QString::fromStdString(e.msg).left(200));
    }
    return false;
}

} // namespace

AggregateLabels::AggregateLabels(QObject *parent) : QObject(parent), m_directory(defaultDirectory()) {}

QString AggregateLabels::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/labels");
}

void AggregateLabels::setDirectory(const QString &directory)
{
    m_directory = directory;
    if (!m_endpoint.isEmpty())
        setEndpoint(m_endpoint);
}

QString AggregateLabels::filePath() const
{
    // One file per cloud: the journal's normalization (no user info, lower-case host), and a bare
    // "/" path is no path ("http://ctl:8778/" and "http://ctl:8778" are one cloud).
    QString cloud = EditJournal::normalizedEndpoint(m_endpoint);
    if (cloud.endsWith(QLatin1Char('/')))
        cloud.chop(1);
    const QByteArray key = cloud.toUtf8();
    return m_directory + QLatin1String("/labels-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16)) +
           QLatin1String(".json");
}

void AggregateLabels::setEndpoint(const QUrl &endpoint)
{
    m_endpoint = endpoint;
    readFile();
    emit labelsChanged();
}

void AggregateLabels::readFile()
{
    m_labels.clear();
    m_problem.clear();
    QFile file(filePath());
    if (file.exists()) {
        QString error;
        QHash<QString, QString> labels;
        if (!file.open(QIODevice::ReadOnly)) {
            error = file.errorString();
        } else if (file.size() > MaxFileBytes) {
            error = tr("larger than %1 KiB").arg(MaxFileBytes / 1024);
        } else if (parse(file.readAll(), Format::Json, &labels, &error)) {
            m_labels = labels;
        }
        if (!error.isEmpty())
            m_problem =
                tr("The aggregate labels in %1 could not be read (%2); labels cannot be changed until "
                   "the file is mended or removed.")
                    .arg(QDir::toNativeSeparators(filePath()), error);
    }
    rebuildKeys();
}

bool AggregateLabels::refresh(QString *error)
{
    // Another instance (a second window, a colleague's import on a shared home) may have written
    // the file since: change what is on disk now, so neither side's labels are lost.
    const QHash<QString, QString> before = m_labels;
    readFile();
    if (!m_problem.isEmpty()) {
        *error = m_problem;
        return false;
    }
    if (m_labels != before)
        emit labelsChanged();
    return true;
}

void AggregateLabels::rebuildKeys()
{
    m_byKey.clear();
    // Sorted, so which spelling's label names a column does not depend on hash order.
    QStringList keys = m_labels.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &aggregate : std::as_const(keys)) {
        const QString key = Uuids::key(aggregate);
        if (!m_byKey.contains(key))
            m_byKey.insert(key, m_labels.value(aggregate));
    }
}

QString AggregateLabels::label(const QString &aggregate) const
{
    const auto exact = m_labels.constFind(aggregate);
    if (exact != m_labels.constEnd())
        return *exact;
    return m_byKey.value(Uuids::key(aggregate));
}

QString AggregateLabels::nameOf(const NovaDirectory *nova, const AggregateLabels *labels,
                                const QString &aggregate)
{
    if (const NovaAggregate *known = nova ? nova->aggregateFor(aggregate) : nullptr)
        return known->name;
    const QString label = labels ? labels->label(aggregate) : QString();
    return label.isEmpty() ? QString() : tr("“%1”").arg(label);
}

QString AggregateLabels::cleaned(const QString &text, QString *error)
{
    const QString label = text.trimmed();
    if (label.isEmpty()) {
        *error = tr("is empty");
        return {};
    }
    if (label.size() > MaxLabelLength) {
        *error = tr("is longer than %n character(s)", nullptr, MaxLabelLength);
        return {};
    }
    if (std::any_of(label.cbegin(), label.cend(), isUnsafe)) {
        *error = tr("holds control or text-direction characters");
        return {};
    }
    // A lone surrogate (JSON's "\ud800") cannot be written back as UTF-8: what was saved would
    // come back as another label.
    if (!label.isValidUtf16()) {
        *error = tr("is not valid text (a lone UTF-16 surrogate)");
        return {};
    }
    return label;
}

bool AggregateLabels::setLabel(const QString &aggregate, const QString &text, QString *error)
{
    if (!refresh(error))
        return false;
    if (!Uuids::isValid(aggregate)) {
        *error = tr("\"%1\" is not an aggregate UUID").arg(aggregate.left(80));
        return false;
    }
    const QHash<QString, QString> before = m_labels;
    if (text.trimmed().isEmpty()) {
        if (!m_labels.remove(aggregate))
            return true;
    } else {
        QString reason;
        const QString label = cleaned(text, &reason);
        if (label.isNull()) {
            *error = tr("The label %1.").arg(reason);
            return false;
        }
        if (m_labels.value(aggregate) == label)
            return true;
        if (!m_labels.contains(aggregate) && m_labels.size() >= MaxEntries) {
            *error = tr("This cloud already has %n label(s), the most the app keeps.", nullptr, MaxEntries);
            return false;
        }
        m_labels.insert(aggregate, label);
    }
    if (!save(error)) {
        m_labels = before;
        return false;
    }
    rebuildKeys();
    emit labelChanged(aggregate);
    return true;
}

int AggregateLabels::importFile(const QString &path, int *replaced, QString *error)
{
    if (!refresh(error))
        return -1;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return -1;
    }
    // Read one byte more than allowed, so a larger file is told from one of exactly the limit
    // (and a pipe or device that never ends cannot make us read forever).
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes) {
        *error = tr("%1 is larger than %2 KiB; a label file is much smaller.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(MaxFileBytes / 1024);
        return -1;
    }
    QHash<QString, QString> imported;
    QString reason;
    if (!parse(data, formatFor(path), &imported, &reason)) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), reason);
        return -1;
    }
    QHash<QString, QString> merged = m_labels;
    int changed = 0;
    for (auto it = imported.constBegin(); it != imported.constEnd(); ++it) {
        if (merged.contains(it.key()) && merged.value(it.key()) != it.value())
            ++changed;
        merged.insert(it.key(), it.value());
    }
    if (merged.size() > MaxEntries) {
        *error =
            tr("Together with this cloud's labels that makes more than %n label(s).", nullptr, MaxEntries);
        return -1;
    }
    const QHash<QString, QString> before = m_labels;
    m_labels = merged;
    if (!save(error)) {
        m_labels = before;
        return -1;
    }
    rebuildKeys();
    if (replaced)
        *replaced = changed;
    emit labelsChanged();
    return int(imported.size());
}

bool AggregateLabels::exportFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(serialize(m_labels, formatFor(path), EditJournal::normalizedEndpoint(m_endpoint))) < 0 ||
        !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool AggregateLabels::save(QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        *error = tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    const QString path = filePath();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(serialize(m_labels, Format::Json, EditJournal::normalizedEndpoint(m_endpoint))) < 0 ||
        !file.commit()) {
        *error = tr("The labels could not be saved to %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool AggregateLabels::parse(const QByteArray &data, Format format, QHash<QString, QString> *labels,
                            QString *error)
{
    labels->clear();
    if (data.size() > MaxFileBytes) {
        *error = tr("larger than %1 KiB").arg(MaxFileBytes / 1024);
        return false;
    }
    QHash<QString, QString> result;
    const bool ok =
        format == Format::Json ? parseJson(data, &result, error) : parseYaml(data, &result, error);
    if (ok)
        *labels = result;
    return ok;
}

QByteArray AggregateLabels::serialize(const QHash<QString, QString> &labels, Format format,
                                      const QString &cloud)
{
    QStringList keys = labels.keys();
    std::sort(keys.begin(), keys.end());
    if (format == Format::Json) {
        QJsonObject entries;
        for (const QString &key : std::as_const(keys))
            entries.insert(key, labels.value(key));
        QJsonObject root;
        root.insert(QLatin1String("format"), FormatName);
        root.insert(QLatin1String("version"), FormatVersion);
        if (!cloud.isEmpty())
            root.insert(QLatin1String("cloud"), cloud);
        root.insert(QLatin1String("labels"), entries);
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    YAML::Emitter out;
    out << YAML::Comment(
        "Placement Desk: local labels of Placement aggregates (File > Import Aggregate Labels)");
    out << YAML::BeginMap;
    out << YAML::Key << "format" << YAML::Value << FormatName.latin1();
    out << YAML::Key << "version" << YAML::Value << FormatVersion;
    if (!cloud.isEmpty())
        out << YAML::Key << "cloud" << YAML::Value << YAML::DoubleQuoted << cloud.toStdString();
    out << YAML::Key << "labels" << YAML::Value << YAML::BeginMap;
    for (const QString &key : std::as_const(keys))
        out << YAML::Key << YAML::DoubleQuoted << key.toStdString() << YAML::Value << YAML::DoubleQuoted
            << labels.value(key).toStdString();
    out << YAML::EndMap << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

AggregateLabels::Format AggregateLabels::formatFor(const QString &path)
{
    const QString lower = path.toLower();
    return lower.endsWith(QLatin1String(".yaml")) || lower.endsWith(QLatin1String(".yml")) ? Format::Yaml
                                                                                           : Format::Json;
}
