#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Shared by the libFuzzer targets in this folder (see scripts/fuzz).
namespace fuzz {

// Once per process: Qt's warnings go nowhere (a target prints nothing unless it crashes), except
// with PD_FUZZ_VERBOSE=1 set, when chasing why an input is rejected. qFatal still aborts.
void init();

// The input as Qt bytes. Deep copy: a parser may keep a QByteArray past the call (fromRawData
// would leave it pointing into libFuzzer's buffer).
QByteArray bytes(const uint8_t *data, size_t size);

// A private folder made on first use and reused for the whole process, for parsers that only read
// files: one folder per process keeps the file system out of the per-input cost. It lives under
// TMPDIR (scripts/fuzz points that at its scratch folder, which it removes afterwards).
QString scratchDirectory();
// Replaces `path` with `data`; aborts when it cannot, since every later input would test nothing.
void writeFile(const QString &path, const QByteArray &data);

// A broken promise of the parser under test (not a crash by itself): report and abort so that
// libFuzzer saves the input like any crash.
[[noreturn]] void fail(const char *what);

} // namespace fuzz
