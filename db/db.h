/*
 * db.h - the fact database.  db/ is the only code that includes
 * sqlite3.h; everything else sees this small interface.
 *
 * One database holds the facts of a whole build.  Many checker
 * processes (make -j) store files into it at once: each store replaces
 * one file's facts in one IMMEDIATE transaction, so a reader sees either
 * all of a file's old facts or all of its new ones.  The schema version
 * is PRAGMA user_version; a database of another version, or a file that
 * is not a sleepcheck database, is refused and never overwritten.
 */
#ifndef SLEEPCHECK_DB_H
#define SLEEPCHECK_DB_H

#include "facts.h"

#define DB_SCHEMA_VERSION 9

struct scdb;

enum db_mode {
	DB_READ,	/* the database must exist */
	DB_WRITE,	/* created on first use */
};

/// The database named by $SLEEPCHECK_DB, else ./sleepcheck.db: where
/// every command but the CHECK= mode looks when --db is not given.
const char *db_default_path(void);

/// Opens the database at @path.
/// @return: NULL after printing a one-line error naming @path.
struct scdb *db_open(const char *path, enum db_mode mode);

/// Replaces the facts stored for @file->path with @file, atomically.
/// @return: 0, or -1 after printing an error (the old facts are kept).
int db_store_file(struct scdb *db, const struct fact_file *file);

/// The same, recording @key (what the file was parsed from) for
/// `sleepcheck scan`; db_store_file() forgets any key of the file.
int db_store_file_key(struct scdb *db, const struct fact_file *file, const char *key);

/// The kernel release the checks that follow ran against
/// (rules_kernel_version()), stored with each file; NULL or "": none.
void db_set_kernel(struct scdb *db, const char *release);

/// The kernel release most of the database's files were checked
/// against, or NULL (none recorded: an older sleepcheck's database, or
/// checks outside a kernel tree); *@nkernels says how many different
/// releases were recorded.  Caller frees.
char *db_kernel(struct scdb *db, int *nkernels);

/// The key recorded for @path by the last scan, or NULL; caller frees.
char *db_scan_key(struct scdb *db, const char *path);

/// Appends every stored file, in path order, to @set.
/// @return: 0, or -1 after printing an error.
int db_load(struct scdb *db, struct fact_set *set);

/// Stores a pack (db_pack.c) for each file of @set that db_load() read
/// from its rows (a database written by an older sleepcheck), so that
/// the next load reads one row per file; only if the database can be
/// written at once (a build writing it, or a read-only file: nothing
/// is done).  Returns the number of files packed.
int db_pack_missing(struct scdb *db, const struct fact_set *set);

void db_close(struct scdb *db);

/// Merges the facts of the @n databases @shards into @out_path, each
/// file's newest facts (db_merge.c; `sleepcheck merge`).
/// @return: the exit status, 0, or 2 after error lines.
int db_merge(const char *out_path, char **shards, int n);

#endif
