// Aggregate label files (File > Import Aggregate Labels, and the per-cloud file in the data
// folder) as AggregateLabels::parse() reads them, in both formats: the first byte picks JSON (even)
// or YAML (odd), the rest is the file. What parses must hold only UUID keys and clean labels, and
// must survive serialize() and parse() again unchanged, in both formats.
#include "api/uuids.h"
#include "fuzz/fuzzsupport.h"
#include "membership/aggregatelabels.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    if (size == 0)
        return 0;
    const auto format = (data[0] & 1) ? AggregateLabels::Format::Yaml : AggregateLabels::Format::Json;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    QHash<QString, QString> labels;
    QString error;
    if (!AggregateLabels::parse(input, format, &labels, &error)) {
        if (error.isEmpty())
            fuzz::fail("parse() failed without saying why");
        if (!labels.isEmpty())
            fuzz::fail("parse() failed but left labels behind");
        return 0;
    }
    if (labels.size() > AggregateLabels::MaxEntries)
        fuzz::fail("more labels than the cap");
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        if (!Uuids::isValid(it.key()))
            fuzz::fail("a key that is not a UUID");
        QString reason;
        if (AggregateLabels::cleaned(it.value(), &reason) != it.value())
            fuzz::fail("a label that is not clean");
    }
    for (const auto again : {AggregateLabels::Format::Json, AggregateLabels::Format::Yaml}) {
        QHash<QString, QString> back;
        if (!AggregateLabels::parse(AggregateLabels::serialize(labels, again, QStringLiteral("http://fuzz")),
                                    again, &back, &error))
            fuzz::fail("serialize() wrote what parse() refuses");
        if (back != labels)
            fuzz::fail("serialize() and parse() changed the labels");
    }
    return 0;
}
