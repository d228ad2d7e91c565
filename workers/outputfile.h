// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QSaveFile;

namespace LockLens {

// A file LockLens writes a result into (--json, --report, --lock-trace, report --out, the
// window's Export Report). A regular file, or a name where nothing is yet, is saved
// atomically: written beside it under a temporary name and renamed over it at commit(),
// so a failed write leaves the old file as it was. A device (/dev/null, a terminal), a
// named pipe, or a link to one is written in place as a stream and never replaced;
// /dev/stdout, /dev/stderr and /dev/fd/N write to the process's own descriptor. A folder,
// a socket and a block device are refused. Failures say the system's reason ("No space
// left on device"). One OutputFile belongs to one thread at a time.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::OutputFile)
public:
    explicit OutputFile(const QString &path);
    ~OutputFile(); // uncommitted: the target stays as it was (a stream is closed)
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // One line saying why `path` cannot take output, or "": an empty or over-long name, a
    // missing or read-only folder, a file without write permission, a folder, a socket, a
    // disk. Changes nothing and opens nothing (opening a named pipe is a signal to its
    // reader), so it is safe before a run; open() still may fail (a pipe with no reader).
    static QString check(const QString &path);

    // Whether `path` is written in place (a device, a named pipe, /dev/stdout...) rather than
    // replaced: such an output is best opened before a run, so that a pipe nobody reads is
    // found out then.
    static bool writesInPlace(const QString &path);

    // Opens for writing: a stream in place (a named pipe only when a process is reading it:
    // LockLens does not wait for one), a regular file as its temporary. False with one line.
    bool open(QString *error);
    bool isOpen() const;
    // Whether the path is written in place (a device, a pipe); known after open().
    bool isStream() const { return m_fd >= 0; }
    QString path() const { return m_path; }

    // Writes all of `data`, or fails with the system's reason.
    bool write(const QByteArray &data, QString *error);
    // A regular file replaces its target now; a stream is flushed and closed.
    bool commit(QString *error);
    // Drops what was written: a regular file's target stays as it was.
    void discard();

    // open, write and commit.
    static bool save(const QString &path, const QByteArray &data, QString *error);
    // The same, its reason a sentence of its own ("Cannot write …") for a message box.
    static bool saveForWindow(const QString &path, const QByteArray &data, QString *error);

private:
    bool fail(const QString &reason, QString *error);

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    int m_fd = -1;
};

} // namespace LockLens
