// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/recorder/programsqlite.h"

#include <dlfcn.h>
#include <link.h>

#include <cstring>
#include <string>
#include <vector>

namespace LockLens::Trace {

namespace {

template<typename F> void find(void *library, F *fn, const char *name)
{
    *fn = reinterpret_cast<F>(::dlsym(library, name));
}

} // namespace

// Where the program's SQLite is: the next definition after this library in the global
// lookup order (a program linked with it), or a loaded library that defines the open
// function (Python loads its sqlite3 module, and the SQLite it needs, into a local scope
// that RTLD_NEXT does not search). It is loaded by the time the program opens a database.
void *ProgramSqlite::findLibrary()
{
    if (::dlsym(RTLD_NEXT, "sqlite3_open_v2"))
        return RTLD_NEXT;
    // The loaded objects' names first: dl_iterate_phdr holds a loader lock, and dlopen
    // inside its callback takes another in the opposite order to a dlopen on another
    // thread (a deadlock seen with a thread importing extensions meanwhile).
    std::vector<std::string> names;
    ::dl_iterate_phdr(
        [](struct dl_phdr_info *info, std::size_t, void *data) -> int {
            if (info->dlpi_name && *info->dlpi_name)
                static_cast<std::vector<std::string> *>(data)->emplace_back(info->dlpi_name);
            return 0;
        },
        &names);
    for (const std::string &name : names) {
        void *h = ::dlopen(name.c_str(), RTLD_LAZY | RTLD_NOLOAD);
        if (!h)
            continue;
        void *open = ::dlsym(h, "sqlite3_open_v2");
        Dl_info where {};
        if (open && ::dladdr(open, &where) && where.dli_fname && name == where.dli_fname
            && open != reinterpret_cast<void *>(&sqlite3_open_v2))
            return h; // kept open: the library stays for the life of the process
        ::dlclose(h);
    }
    return nullptr;
}

bool ProgramSqlite::resolve()
{
    void *library = findLibrary();
    if (!library)
        return false;
    find(library, &openV2, "sqlite3_open_v2");
    find(library, &open, "sqlite3_open");
    find(library, &open16, "sqlite3_open16");
    find(library, &close, "sqlite3_close");
    find(library, &closeV2, "sqlite3_close_v2");
    find(library, &step, "sqlite3_step");
    find(library, &finalize, "sqlite3_finalize");
    find(library, &prepare, "sqlite3_prepare");
    find(library, &prepareV2, "sqlite3_prepare_v2");
    find(library, &prepareV3, "sqlite3_prepare_v3");
    find(library, &prepare16, "sqlite3_prepare16");
    find(library, &prepare16V2, "sqlite3_prepare16_v2");
    find(library, &prepare16V3, "sqlite3_prepare16_v3");
    find(library, &dbHandle, "sqlite3_db_handle");
    find(library, &sql, "sqlite3_sql");
    find(library, &stmtBusy, "sqlite3_stmt_busy");
    find(library, &autocommit, "sqlite3_get_autocommit");
    find(library, &totalChanges, "sqlite3_total_changes");
    find(library, &dbMutex, "sqlite3_db_mutex");
    find(library, &mutexEnter, "sqlite3_mutex_enter");
    find(library, &mutexLeave, "sqlite3_mutex_leave");
    find(library, &dbFilename, "sqlite3_db_filename");
    find(library, &vfsFind, "sqlite3_vfs_find");
    find(library, &vfsRegister, "sqlite3_vfs_register");
    return openV2 && step && dbHandle && sql && stmtBusy && autocommit && totalChanges && dbMutex && mutexEnter && mutexLeave && vfsFind && vfsRegister;
}

} // namespace LockLens::Trace
