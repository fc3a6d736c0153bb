#pragma once

#include <QString>

// After a rename inside a folder (QSaveFile's commit), the folder's own entry must reach the disk
// too, or a power loss can bring back the old name. The journal and the provider cache both need it.
namespace DirectorySync {

void sync(const QString &directory);

} // namespace DirectorySync
