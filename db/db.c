/*
 * db.c - the sqlite3 fact database (see db.h for the contract).
 *
 * Every statement is prepared with bound parameters; no SQL text is ever
 * built from input.  Each sqlite call goes through one wrapper that
 * reports sqlite3_errmsg() with the database path and the statement.
 * Writers use WAL and a busy timeout ($SLEEPCHECK_DB_TIMEOUT seconds,
 * default 600) so that parallel checker processes queue instead of
 * failing with "database is locked".
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "db.h"
#include "db_pack.h"
#include "strpool.h"

#define APPLICATION_ID 0x536c4368	/* "SlCh" */

struct scdb {
	sqlite3 *h;
	char *path;
	/* db_load(): the files loaded from rows, not from a pack, by
	 * their index in the set, with their id and checked_at then */
	int *unpacked;
	long long *unpacked_id, *unpacked_at;
	int nunpacked;
	char *kernel;	/* db_set_kernel(): stored with each file */
};

/* what `sleepcheck scan` last parsed each file from (clang_scan.c); kept
 * apart from the schema proper so that older databases gain it */
static const char scan_sql[] =
	"CREATE TABLE IF NOT EXISTS scan(\n"
	"	path TEXT PRIMARY KEY,\n"
	"	key TEXT NOT NULL\n"
	")";

/*
 * Each file's facts as one blob (db_pack.c), written with its rows in
 * the same transaction, so that a report loads one row per file.  A
 * cache: the rows are the facts.  Any change of a file row drops its
 * pack (the triggers), so a store by a sleepcheck that writes no packs
 * leaves none stale; such a file is loaded from its rows.
 */
static const char pack_sql[] =
	"CREATE TABLE IF NOT EXISTS pack(\n"
	"	id INTEGER PRIMARY KEY,\n"
	"	file_id INTEGER NOT NULL UNIQUE REFERENCES file(id),\n"
	"	data BLOB NOT NULL\n"
	");\n"
	"CREATE TRIGGER IF NOT EXISTS pack_stale_update AFTER UPDATE ON file "
	"BEGIN DELETE FROM pack WHERE file_id = old.id; END;\n"
	"CREATE TRIGGER IF NOT EXISTS pack_stale_delete AFTER DELETE ON file "
	"BEGIN DELETE FROM pack WHERE file_id = old.id; END;\n";

/*
 * The stores each file makes into integer struct fields (facts.h
 * fact_fstore), one row each; kept apart from the schema proper, as scan
 * is, so that a database an older sleepcheck wrote gains the table: its
 * files then have none, and the solver decides no field of a struct
 * whose stores it has not seen (solve/fieldsets.c).
 */
static const char fstore_sql[] =
	"CREATE TABLE IF NOT EXISTS fstore(\n"
	"	file_id INTEGER NOT NULL REFERENCES file(id),\n"
	"	field TEXT NOT NULL,\n"
	"	what TEXT NOT NULL\n"
	");\n"
	"CREATE INDEX IF NOT EXISTS fstore_file ON fstore(file_id);\n";

/*
 * The kernel release each file was checked against (the checker's
 * rules_kernel_version() then: the tree kbuild ran it in, or
 * $SLEEPCHECK_KERNEL_VERSION), so that a report run anywhere applies the
 * rules of that kernel (db_kernel()).  Keyed by path, as scan is, so a
 * merge carries it with its file; kept apart from the schema proper so
 * that older databases gain it (their files then have none).
 */
static const char release_sql[] =
	"CREATE TABLE IF NOT EXISTS release(\n"
	"	path TEXT PRIMARY KEY,\n"
	"	kernel TEXT NOT NULL\n"
	")";

static const char schema_sql[] =
	"CREATE TABLE file(\n"
	"	id INTEGER PRIMARY KEY,\n"
	"	path TEXT NOT NULL UNIQUE,\n"
	"	checked_at INTEGER NOT NULL,\n"
	"	unit TEXT\n"
	");\n"
	"CREATE TABLE tagdef(\n"
	"	file_id INTEGER NOT NULL REFERENCES file(id),\n"
	"	tag TEXT NOT NULL,\n"
	"	def TEXT\n"
	");\n"
	"CREATE INDEX tagdef_file ON tagdef(file_id);\n"
	"CREATE TABLE func(\n"
	"	id INTEGER PRIMARY KEY,\n"
	"	file_id INTEGER NOT NULL REFERENCES file(id),\n"
	"	name TEXT NOT NULL,\n"
	"	is_static INTEGER NOT NULL,\n"
	"	line INTEGER NOT NULL,\n"
	"	col INTEGER NOT NULL,\n"
	"	rets TEXT,\n"
	"	atoms TEXT\n"
	");\n"
	"CREATE INDEX func_file ON func(file_id);\n"
	"CREATE INDEX func_name ON func(name);\n"
	"CREATE TABLE call(\n"
	"	id INTEGER PRIMARY KEY,\n"
	"	func_id INTEGER NOT NULL REFERENCES func(id),\n"
	"	callee TEXT,\n"
	"	via TEXT,\n"
	"	objs TEXT,\n"
	"	gblk INTEGER NOT NULL,\n"
	"	gnblk INTEGER NOT NULL,\n"
	"	inline_from TEXT,\n"
	"	fnargs TEXT,\n"
	"	callee_static INTEGER NOT NULL,\n"
	"	line INTEGER NOT NULL,\n"
	"	col INTEGER NOT NULL,\n"
	"	spin INTEGER NOT NULL,\n"
	"	irq INTEGER NOT NULL,\n"
	"	preempt INTEGER NOT NULL,\n"
	"	bh INTEGER NOT NULL,\n"
	"	rcu INTEGER NOT NULL,\n"
	"	aline INTEGER,\n"
	"	acol INTEGER,\n"
	"	awhat TEXT,\n"
	"	args TEXT,\n"
	"	vals TEXT,\n"
	"	asserted INTEGER NOT NULL DEFAULT 0,\n"
	"	raw INTEGER NOT NULL DEFAULT 0,\n"
	"	rawat TEXT,\n"
	"	sib TEXT\n"
	");\n"
	"CREATE INDEX call_func ON call(func_id);\n"
	"CREATE TABLE binding(\n"
	"	id INTEGER PRIMARY KEY,\n"
	"	file_id INTEGER NOT NULL REFERENCES file(id),\n"
	"	via TEXT NOT NULL,\n"
	"	func TEXT NOT NULL,\n"
	"	func_static INTEGER NOT NULL,\n"
	"	object TEXT,\n"
	"	object_static INTEGER NOT NULL,\n"
	"	line INTEGER NOT NULL,\n"
	"	col INTEGER NOT NULL,\n"
	"	binder TEXT,\n"
	"	sibs TEXT\n"
	");\n"
	"CREATE INDEX binding_file ON binding(file_id);\n"
	"CREATE INDEX call_callee ON call(callee);\n";

static int db_fail(struct scdb *db, const char *what)
{
	if (sqlite3_errcode(db->h) == SQLITE_NOTADB) {
		fprintf(stderr, "sleepcheck: error: database '%s' is not an sqlite "
			"database; not touching it\n", db->path);
		return -1;
	}
	/* a full disk or a read-only directory: say which, and what to do */
	switch (sqlite3_errcode(db->h) & 0xff) {
	case SQLITE_FULL:
	case SQLITE_IOERR:
	case SQLITE_CANTOPEN:
	case SQLITE_READONLY: {
		int err = sqlite3_system_errno(db->h);

		fprintf(stderr, "sleepcheck: error: database '%s': %s%s%s (%s); "
			"the facts already stored are kept\n", db->path,
			sqlite3_errmsg(db->h), err ? ": " : "", err ? strerror(err) : "",
			what);
		return -1;
	}
	default:
		break;
	}
	fprintf(stderr, "sleepcheck: error: database '%s': %s (%s)\n",
		db->path, sqlite3_errmsg(db->h), what);
	return -1;
}

static int db_exec(struct scdb *db, const char *sql)
{
	if (sqlite3_exec(db->h, sql, NULL, NULL, NULL) != SQLITE_OK)
		return db_fail(db, sql);
	return 0;
}

static sqlite3_stmt *db_prepare(struct scdb *db, const char *sql)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK) {
		db_fail(db, sql);
		return NULL;
	}
	return st;
}

/* returns the integer result of a one-value query, or -1 */
static long long db_int_query(struct scdb *db, const char *sql)
{
	sqlite3_stmt *st = db_prepare(db, sql);
	long long v = -1;

	if (!st)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	else
		db_fail(db, sql);
	sqlite3_finalize(st);
	return v;
}

static int db_timeout_ms(void)
{
	const char *s = getenv("SLEEPCHECK_DB_TIMEOUT");
	long v;

	if (!s || !*s)
		return 600 * 1000;
	v = strtol(s, NULL, 10);
	if (v < 0)
		v = 0;
	if (v > 86400)
		v = 86400;
	return (int)v * 1000;
}

/* reads the header fields; inside a transaction they are one snapshot */
static int read_header(struct scdb *db, long long *version, long long *appid,
		       long long *tables)
{
	/* one error line is enough: stop at the first failure */
	if ((*version = db_int_query(db, "PRAGMA user_version")) < 0 ||
	    (*appid = db_int_query(db, "PRAGMA application_id")) < 0 ||
	    (*tables = db_int_query(db, "SELECT count(*) FROM sqlite_master")) < 0)
		return -1;
	return 0;
}

static int create_schema(struct scdb *db)
{
	char pragma[96];

	if (db_exec(db, schema_sql))
		return -1;
	snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d",
		 DB_SCHEMA_VERSION);
	if (db_exec(db, pragma))
		return -1;
	snprintf(pragma, sizeof(pragma), "PRAGMA application_id = %d",
		 APPLICATION_ID);
	return db_exec(db, pragma);
}

/*
 * Decides whether the database is ours and current.  The header is read
 * inside a transaction (IMMEDIATE when writing), so a process that is
 * creating the schema at the same moment is either waited for or seen
 * complete, never half done; an empty file is given the schema there.
 */
static int db_check_schema(struct scdb *db, enum db_mode mode)
{
	long long version, appid, tables;
	int ret = -1;

	if (db_exec(db, mode == DB_WRITE ? "BEGIN IMMEDIATE" : "BEGIN"))
		return -1;
	if (read_header(db, &version, &appid, &tables))
		goto out;
	if (version == 0 && appid == 0 && tables == 0) {
		if (mode == DB_READ) {
			fprintf(stderr, "sleepcheck: error: database '%s' is empty; "
				"run the build with CHECK=sleepcheck first\n", db->path);
			goto out;
		}
		ret = create_schema(db);
	} else if (appid != APPLICATION_ID) {
		fprintf(stderr, "sleepcheck: error: database '%s' is an sqlite file "
			"of another program; not touching it\n", db->path);
	} else if (version != DB_SCHEMA_VERSION) {
		fprintf(stderr, "sleepcheck: error: database '%s' has schema version "
			"%lld, this sleepcheck uses %d; remove it and rebuild\n",
			db->path, version, DB_SCHEMA_VERSION);
	} else {
		ret = 0;
	}
out:
	if (ret == 0 && db_exec(db, "COMMIT") == 0)
		return 0;
	sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

const char *db_default_path(void)
{
	const char *env = getenv("SLEEPCHECK_DB");

	return env && *env ? env : "sleepcheck.db";
}

/*
 * Switches a new database to WAL.  The switch needs the database alone,
 * and when two checks of a `make -j` open a new database at once, SQLite
 * may answer SQLITE_BUSY at once instead of calling the busy handler (it
 * would otherwise risk a deadlock), so the switch is retried with short
 * sleeps up to the timeout.  A database that stays in rollback mode is
 * still safe, only slower: that is said once, not an error.
 */
static void set_wal(struct scdb *db)
{
	int waited = 0, limit = db_timeout_ms(), rc;

	for (;;) {
		sqlite3_stmt *st = NULL;

		rc = sqlite3_prepare_v2(db->h, "PRAGMA journal_mode = WAL", -1, &st, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc == SQLITE_ROW || rc == SQLITE_DONE)
			return;
		if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
			break;
		if (waited >= limit)
			break;
		sqlite3_sleep(20);
		waited += 20;
	}
	fprintf(stderr, "sleepcheck: warning: database '%s' stays in rollback "
		"mode: %s\n", db->path, sqlite3_errmsg(db->h));
}

/*
 * Before sqlite's first use in the process: no memory statistics, which
 * take a global mutex at each of sqlite's allocations and frees (the
 * checker never asks for them).  Once sqlite is initialized (a merge's
 * sqlite3_open_v2() first) the call fails, harmlessly.
 */
static void db_configure(void)
{
	static int done;

	if (done)
		return;
	done = 1;
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

struct scdb *db_open(const char *path, enum db_mode mode)
{
	struct scdb *db;
	struct stat st;
	int flags, rc;

	db_configure();
	if (stat(path, &st) == 0) {
		if (!S_ISREG(st.st_mode)) {
			fprintf(stderr, "sleepcheck: error: database '%s' is not a "
				"regular file\n", path);
			return NULL;
		}
	} else if (mode == DB_READ) {
		fprintf(stderr, "sleepcheck: error: cannot open database '%s': %s; "
			"run the build with CHECK=sleepcheck first\n", path,
			strerror(errno));
		return NULL;
	}

	db = sc_calloc(1, sizeof(*db));
	db->path = sc_strdup(path);
	/* one connection per process, used by one thread: no mutex taken at
	 * each column read (a tenth of loading a million functions) */
	flags = mode == DB_WRITE ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
				 : SQLITE_OPEN_READONLY;
	flags |= SQLITE_OPEN_NOMUTEX;
	rc = sqlite3_open_v2(path, &db->h, flags, NULL);
	if (rc != SQLITE_OK) {
		fprintf(stderr, "sleepcheck: error: cannot open database '%s': %s\n",
			path, db->h ? sqlite3_errmsg(db->h) : sqlite3_errstr(rc));
		goto fail;
	}
	sqlite3_busy_timeout(db->h, db_timeout_ms());
	if (db_check_schema(db, mode))
		goto fail;
	if (mode == DB_WRITE) {
		set_wal(db);
		if (db_exec(db, "PRAGMA synchronous = NORMAL"))
			goto fail;
		if (db_exec(db, scan_sql) || db_exec(db, pack_sql) ||
		    db_exec(db, fstore_sql) || db_exec(db, release_sql))
			goto fail;
	}
	return db;
fail:
	db_close(db);
	return NULL;
}

void db_close(struct scdb *db)
{
	if (!db)
		return;
	sqlite3_close(db->h);
	free(db->path);
	free(db->unpacked);
	free(db->unpacked_id);
	free(db->unpacked_at);
	free(db->kernel);
	free(db);
}

void db_set_kernel(struct scdb *db, const char *release)
{
	free(db->kernel);
	db->kernel = release && *release ? sc_strdup(release) : NULL;
}

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

static int step_done(struct scdb *db, sqlite3_stmt *st, const char *what)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, what);
	return 0;
}

static const char sql_del_calls[] =
	"DELETE FROM call WHERE func_id IN "
	"(SELECT func.id FROM func JOIN file ON func.file_id = file.id "
	"WHERE file.path = ?1)";
static const char sql_del_funcs[] =
	"DELETE FROM func WHERE file_id IN (SELECT id FROM file WHERE path = ?1)";
static const char sql_upsert_file[] =
	"INSERT INTO file(path, checked_at, unit) VALUES (?1, ?2, ?3) "
	"ON CONFLICT(path) DO UPDATE SET checked_at = excluded.checked_at, "
	"unit = excluded.unit";
static const char sql_file_id[] = "SELECT id FROM file WHERE path = ?1";
static const char sql_ins_func[] =
	"INSERT INTO func(file_id, name, is_static, line, col, rets, atoms) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
#define SQL_INS_CALL_HEAD \
	"INSERT INTO call(func_id, callee, via, callee_static, line, col, " \
	"spin, irq, preempt, bh, rcu, aline, acol, awhat, args, inline_from, " \
	"objs, gblk, gnblk, fnargs, vals, asserted, raw, rawat, sib) VALUES "
static const char sql_ins_call_head[] = SQL_INS_CALL_HEAD;
static const char sql_ins_call[] = SQL_INS_CALL_HEAD
	"(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
	"?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)";
#define CALL_COLS	25
#define CALL_BATCH	16	/* rows of a call insert (400 parameters) */

/* @head and @rows groups of @cols parameters: "(?, ...), (?, ...)" */
static char *batch_sql(const char *head, int cols, int rows)
{
	size_t len = strlen(head), cap = len + (size_t)rows * (3 * (size_t)cols + 4) + 1;
	char *sql = sc_malloc(cap), *p;
	int r, c;

	memcpy(sql, head, len);
	p = sql + len;
	for (r = 0; r < rows; r++) {
		if (r)
			*p++ = ',';
		*p++ = '(';
		for (c = 0; c < cols; c++) {
			if (c)
				*p++ = ',';
			*p++ = '?';
		}
		*p++ = ')';
	}
	*p = '\0';
	return sql;
}

/* what one call's row binds that must live until its statement runs */
struct call_row {
	char *objs, *fnargs, *vals;
	char at[300];
};

static void free_row(struct call_row *r)
{
	free(r->objs);
	free(r->fnargs);
	free(r->vals);
}

/* the 25 columns of call @c of function @func_id, from parameter @b + 1 */
static void bind_call(sqlite3_stmt *st, int b, long long func_id,
		      const struct fact_call *c, struct call_row *r)
{
	int k;

	sqlite3_bind_int64(st, b + 1, func_id);
	bind_text(st, b + 2, c->callee);
	bind_text(st, b + 3, fcx(c)->via);
	sqlite3_bind_int(st, b + 4, c->callee_static);
	sqlite3_bind_int(st, b + 5, c->line);
	sqlite3_bind_int(st, b + 6, c->col);
	for (k = 0; k < AK_NR; k++)
		sqlite3_bind_int(st, b + 7 + k, c->depth[k]);
	sqlite3_bind_int(st, b + 12, fcx(c)->aline);
	sqlite3_bind_int(st, b + 13, fcx(c)->acol);
	bind_text(st, b + 14, fcx(c)->awhat);
	bind_text(st, b + 15, c->args);
	bind_text(st, b + 16, fcx(c)->inl);
	r->objs = fact_objs_text(c);
	bind_text(st, b + 17, r->objs);
	sqlite3_bind_int64(st, b + 18, fcx(c)->gblk);
	sqlite3_bind_int64(st, b + 19, fcx(c)->gnblk);
	r->fnargs = fact_fnargs_text(c);
	bind_text(st, b + 20, r->fnargs);
	r->vals = fact_vals_text(c->vals);
	bind_text(st, b + 21, r->vals);
	sqlite3_bind_int64(st, b + 22, asserted_pack(c));
	sqlite3_bind_int64(st, b + 23, raw_pack(c));
	bind_text(st, b + 24, raw_at(c, r->at, sizeof(r->at)));
	bind_text(st, b + 25, fcx(c)->sib);
}
static const char sql_ins_bind[] =
	"INSERT INTO binding(file_id, via, func, func_static, object, "
	"object_static, line, col, binder, sibs) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
static const char sql_del_binds[] =
	"DELETE FROM binding WHERE file_id IN (SELECT id FROM file WHERE path = ?1)";
static const char sql_ins_tag[] =
	"INSERT INTO tagdef(file_id, tag, def) VALUES (?1, ?2, ?3)";
static const char sql_del_tags[] =
	"DELETE FROM tagdef WHERE file_id IN (SELECT id FROM file WHERE path = ?1)";

static const char sql_ins_fstore[] =
	"INSERT INTO fstore(file_id, field, what) VALUES (?1, ?2, ?3)";
static const char sql_del_fstores[] =
	"DELETE FROM fstore WHERE file_id IN (SELECT id FROM file WHERE path = ?1)";

static int store_fstores(struct scdb *db, const struct fact_file *file,
			 long long file_id)
{
	sqlite3_stmt *st = db_prepare(db, sql_ins_fstore);
	int i, ret = -1;

	if (!st)
		return -1;
	for (i = 0; i < file->nfstores; i++) {
		sqlite3_bind_int64(st, 1, file_id);
		bind_text(st, 2, file->fstores[i].field);
		bind_text(st, 3, file->fstores[i].what);
		if (step_done(db, st, sql_ins_fstore))
			goto out;
	}
	ret = 0;
out:
	sqlite3_finalize(st);
	return ret;
}

static int store_tags(struct scdb *db, const struct fact_file *file,
		      long long file_id)
{
	sqlite3_stmt *st = db_prepare(db, sql_ins_tag);
	int i, ret = -1;

	if (!st)
		return -1;
	for (i = 0; i < file->ntags; i++) {
		sqlite3_bind_int64(st, 1, file_id);
		bind_text(st, 2, file->tags[i].tag);
		bind_text(st, 3, file->tags[i].def);
		if (step_done(db, st, sql_ins_tag))
			goto out;
	}
	ret = 0;
out:
	sqlite3_finalize(st);
	return ret;
}

static int store_binds(struct scdb *db, const struct fact_file *file,
		       long long file_id)
{
	sqlite3_stmt *st = db_prepare(db, sql_ins_bind);
	int i, ret = -1;

	if (!st)
		return -1;
	for (i = 0; i < file->nbinds; i++) {
		const struct fact_binding *b = &file->binds[i];

		sqlite3_bind_int64(st, 1, file_id);
		bind_text(st, 2, b->via);
		bind_text(st, 3, b->func);
		sqlite3_bind_int(st, 4, b->func_static);
		bind_text(st, 5, b->object);
		/* the column holds both flags: bit 0 static, bit 1 fresh */
		sqlite3_bind_int(st, 6, (b->object_static ? 1 : 0) | (b->fresh ? 2 : 0));
		sqlite3_bind_int(st, 7, b->line);
		sqlite3_bind_int(st, 8, b->col);
		bind_text(st, 9, b->binder);
		bind_text(st, 10, b->sibs);
		if (step_done(db, st, sql_ins_bind))
			goto out;
	}
	ret = 0;
out:
	sqlite3_finalize(st);
	return ret;
}

static const char sql_del_pack[] = "DELETE FROM pack WHERE file_id = ?1";
static const char sql_ins_pack[] =
	"INSERT INTO pack(file_id, data) VALUES (?1, ?2)";

/* @file's pack (db_pack.c), replacing any it had */
static int store_pack_h(sqlite3 *h, struct scdb *db,
			const struct fact_file *file, long long file_id)
{
	sqlite3_stmt *st = NULL;
	unsigned char *data;
	size_t len;
	int ret = -1;

	if (sqlite3_prepare_v2(h, sql_del_pack, -1, &st, NULL) != SQLITE_OK)
		goto fail;
	sqlite3_bind_int64(st, 1, file_id);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto fail;
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(h, sql_ins_pack, -1, &st, NULL) != SQLITE_OK)
		goto fail;
	data = pack_file(file, &len);
	sqlite3_bind_int64(st, 1, file_id);
	sqlite3_bind_blob64(st, 2, data, len, free);
	if (sqlite3_step(st) == SQLITE_DONE)
		ret = 0;
fail:
	if (ret && db)
		db_fail(db, sql_ins_pack);
	sqlite3_finalize(st);
	return ret;
}

static int store_pack(struct scdb *db, const struct fact_file *file,
		      long long file_id)
{
	return store_pack_h(db->h, db, file, file_id);
}

static int store_funcs(struct scdb *db, const struct fact_file *file,
		       long long file_id)
{
	sqlite3_stmt *fst = db_prepare(db, sql_ins_func);
	sqlite3_stmt *cst = db_prepare(db, sql_ins_call), *bst = NULL;
	struct call_row rows[CALL_BATCH];
	long long *func_ids = NULL;
	char *text, *text2, *sql;
	int i, j, k, n = 0, ncalls = 0, ret = -1;

	if (!fst || !cst)
		goto out;
	func_ids = sc_malloc((size_t)(file->nfuncs + 1) * sizeof(*func_ids));
	for (i = 0; i < file->nfuncs; i++) {
		const struct fact_func *fn = &file->funcs[i];

		sqlite3_bind_int64(fst, 1, file_id);
		bind_text(fst, 2, fn->name);
		sqlite3_bind_int(fst, 3, fn->is_static);
		sqlite3_bind_int(fst, 4, fn->line);
		sqlite3_bind_int(fst, 5, fn->col);
		text2 = fact_vals_text(fn->rets);
		bind_text(fst, 6, text2);
		text = fact_atoms_text(fn);
		bind_text(fst, 7, text);
		k = step_done(db, fst, sql_ins_func);
		free(text);
		free(text2);
		if (k)
			goto out;
		func_ids[i] = sqlite3_last_insert_rowid(db->h);
		ncalls += fn->ncalls;
	}
	/*
	 * The calls after all the functions, CALL_BATCH rows a statement:
	 * each table numbers its rows in its own order of insertion, so
	 * the rows are those of one function's calls after it, and one
	 * statement's end (sqlite3_step(), reset) is paid per batch.
	 */
	if (ncalls >= CALL_BATCH) {
		sql = batch_sql(sql_ins_call_head, CALL_COLS, CALL_BATCH);
		bst = db_prepare(db, sql);
		free(sql);
		if (!bst)
			goto out;
	}
	for (i = 0; i < file->nfuncs; i++) {
		const struct fact_func *fn = &file->funcs[i];

		for (j = 0; j < fn->ncalls; j++) {
			if (!n && ncalls < CALL_BATCH) {
				/* fewer than a batch left: one row a statement */
				bind_call(cst, 0, func_ids[i], &fn->calls[j], &rows[0]);
				k = step_done(db, cst, sql_ins_call);
				free_row(&rows[0]);
				ncalls--;
				if (k)
					goto out;
				continue;
			}
			bind_call(bst, n * CALL_COLS, func_ids[i], &fn->calls[j], &rows[n]);
			if (++n < CALL_BATCH)
				continue;
			k = step_done(db, bst, sql_ins_call);
			while (n > 0)
				free_row(&rows[--n]);
			ncalls -= CALL_BATCH;
			if (k)
				goto out;
		}
	}
	ret = store_binds(db, file, file_id);
	if (!ret)
		ret = store_tags(db, file, file_id);
	if (!ret)
		ret = store_fstores(db, file, file_id);
	if (!ret)
		ret = store_pack(db, file, file_id);
out:
	while (n > 0)
		free_row(&rows[--n]);
	free(func_ids);
	sqlite3_finalize(fst);
	sqlite3_finalize(cst);
	sqlite3_finalize(bst);
	return ret;
}

/* statement @sql run with @path bound, and @value after it unless NULL:
 * 0, or -1 after an error */
static int run_path_value_stmt(struct scdb *db, const char *sql, const char *path,
			       const char *value)
{
	sqlite3_stmt *st = db_prepare(db, sql);
	int ret;

	if (!st)
		return -1;
	bind_text(st, 1, path);
	if (value)
		bind_text(st, 2, value);
	ret = step_done(db, st, sql);
	sqlite3_finalize(st);
	return ret;
}

static int run_path_stmt(struct scdb *db, const char *sql, const char *path)
{
	return run_path_value_stmt(db, sql, path, NULL);
}

static const char sql_del_scan[] = "DELETE FROM scan WHERE path = ?1";
static const char sql_set_scan[] =
	"INSERT OR REPLACE INTO scan(path, key) VALUES (?1, ?2)";
static const char sql_get_scan[] = "SELECT key FROM scan WHERE path = ?1";
static const char sql_del_release[] = "DELETE FROM release WHERE path = ?1";
static const char sql_set_release[] =
	"INSERT OR REPLACE INTO release(path, kernel) VALUES (?1, ?2)";
/* the release most files were checked against (the first in name order
 * of those as many), and how many releases there are */
static const char sql_get_release[] =
	"SELECT kernel, (SELECT count(DISTINCT kernel) FROM release) FROM release "
	"GROUP BY kernel ORDER BY count(*) DESC, kernel LIMIT 1";

char *db_kernel(struct scdb *db, int *nkernels)
{
	sqlite3_stmt *st;
	char *kernel = NULL;

	*nkernels = 0;
	if (sqlite3_prepare_v2(db->h, sql_get_release, -1, &st, NULL) != SQLITE_OK)
		return NULL;	/* a database an older sleepcheck wrote */
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
		kernel = sc_strdup((const char *)sqlite3_column_text(st, 0));
		*nkernels = sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	return kernel;
}

char *db_scan_key(struct scdb *db, const char *path)
{
	sqlite3_stmt *st;
	char *key = NULL;

	if (sqlite3_prepare_v2(db->h, sql_get_scan, -1, &st, NULL) != SQLITE_OK)
		return NULL;	/* a database no scan wrote to */
	bind_text(st, 1, path);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		key = sc_strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return key;
}

int db_store_file(struct scdb *db, const struct fact_file *file)
{
	return db_store_file_key(db, file, NULL);
}

int db_store_file_key(struct scdb *db, const struct fact_file *file, const char *key)
{
	sqlite3_stmt *st, *id_st = NULL;
	long long file_id = -1;
	int known;

	if (db_exec(db, "BEGIN IMMEDIATE"))
		return -1;
	/* a file the database has no row of has no rows to delete below
	 * (each delete goes through its file row): a new database's
	 * files skip five statements */
	id_st = db_prepare(db, sql_file_id);
	if (!id_st)
		goto fail;
	bind_text(id_st, 1, file->path);
	known = sqlite3_step(id_st) != SQLITE_DONE;
	sqlite3_reset(id_st);
	/* each replaced, or forgotten when this check has none */
	if ((key ? run_path_value_stmt(db, sql_set_scan, file->path, key) :
		   run_path_stmt(db, sql_del_scan, file->path)) ||
	    (db->kernel ? run_path_value_stmt(db, sql_set_release, file->path, db->kernel) :
			  run_path_stmt(db, sql_del_release, file->path)))
		goto fail;
	if (known && (run_path_stmt(db, sql_del_calls, file->path) ||
		      run_path_stmt(db, sql_del_funcs, file->path) ||
		      run_path_stmt(db, sql_del_binds, file->path) ||
		      run_path_stmt(db, sql_del_tags, file->path) ||
		      run_path_stmt(db, sql_del_fstores, file->path)))
		goto fail;
	st = db_prepare(db, sql_upsert_file);
	if (!st)
		goto fail;
	bind_text(st, 1, file->path);
	sqlite3_bind_int64(st, 2, (long long)time(NULL));
	bind_text(st, 3, file->unit);
	if (step_done(db, st, sql_upsert_file)) {
		sqlite3_finalize(st);
		goto fail;
	}
	sqlite3_finalize(st);
	if (sqlite3_step(id_st) == SQLITE_ROW)
		file_id = sqlite3_column_int64(id_st, 0);
	sqlite3_finalize(id_st);
	id_st = NULL;
	if (file_id < 0) {
		db_fail(db, sql_file_id);
		goto fail;
	}
	if (store_funcs(db, file, file_id))
		goto fail;
	if (db_exec(db, "COMMIT"))
		goto fail;
	return 0;
fail:
	sqlite3_finalize(id_st);
	sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

static const char *col_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

/* func ids are loaded in increasing order, so lookups bisect */
struct func_ref {
	long long id;
	int file, func;
};

static struct func_ref *find_func(struct func_ref *refs, int n, long long id)
{
	int lo = 0, hi = n - 1;

	while (lo <= hi) {
		int mid = lo + (hi - lo) / 2;

		if (refs[mid].id == id)
			return &refs[mid];
		if (refs[mid].id < id)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

static const char sql_load_funcs[] =
	"SELECT file.path, func.id, func.name, func.is_static, func.line, "
	"func.col, func.rets, func.atoms FROM func JOIN file ON func.file_id = file.id "
	"ORDER BY file.path, func.id";
static const char sql_load_calls[] =
	"SELECT func_id, callee, via, callee_static, line, col, spin, irq, "
	"preempt, bh, rcu, aline, acol, awhat, args, inline_from, objs, gblk, "
	"gnblk, fnargs, vals, asserted, raw, rawat, sib FROM call ORDER BY id";
static const char sql_load_files[] =
	"SELECT path, unit, id, checked_at FROM file ORDER BY path";
static const char sql_load_packs[] = "SELECT file_id, data FROM pack";
static const char sql_load_tags[] =
	"SELECT file.path, tag, def FROM tagdef JOIN file ON tagdef.file_id = file.id "
	"ORDER BY file.path, tag";
static const char sql_load_fstores[] =
	"SELECT file.path, field, what FROM fstore JOIN file ON fstore.file_id = file.id "
	"ORDER BY file.path, fstore.rowid";
static const char sql_load_binds[] =
	"SELECT file.path, via, func, func_static, object, object_static, "
	"binding.line, binding.col, binder, sibs FROM binding JOIN file ON binding.file_id = file.id "
	"ORDER BY file.path, binding.id";

/* rows come in path order: the file of @path at or after index @k */
static int file_at(const struct fact_set *set, int k, const char *path)
{
	while (k < set->nfiles && path && strcmp(set->files[k].path, path))
		k++;
	return k;
}

static int cmp_ref(const void *a, const void *b)
{
	const struct func_ref *x = a, *y = b;

	return (x->id > y->id) - (x->id < y->id);
}

/* one row of sql_load_calls into @c, its strings in @pool */
static void load_call(struct strpool *pool, sqlite3_stmt *st, struct fact_call *c)
{
	int i;

	memset(c, 0, sizeof(*c));
	c->callee = strpool_copy(pool, col_text(st, 1));
	if (col_text(st, 2))
		fact_call_x(c)->via = strpool_copy(pool, col_text(st, 2));
	c->callee_static = sqlite3_column_int(st, 3);
	c->line = sqlite3_column_int(st, 4);
	c->col = sqlite3_column_int(st, 5);
	for (i = 0; i < AK_NR; i++) {
		int d = sqlite3_column_int(st, 6 + i);

		c->depth[i] = d < -AK_MAX_DEPTH ? -AK_MAX_DEPTH :
			      d > AK_MAX_DEPTH ? AK_MAX_DEPTH : d;
	}
	/* the rare part only when some of it is set */
	if (sqlite3_column_int(st, 11) || sqlite3_column_int(st, 12) ||
	    col_text(st, 13)) {
		fact_call_x(c)->aline = sqlite3_column_int(st, 11);
		c->x->acol = sqlite3_column_int(st, 12);
		c->x->awhat = strpool_copy(pool, col_text(st, 13));
	}
	c->args = strpool_copy(pool, col_text(st, 14));
	if (col_text(st, 15))
		fact_call_x(c)->inl = strpool_copy(pool, col_text(st, 15));
	fact_objs_parse(c, col_text(st, 16), pool);
	if (sqlite3_column_int64(st, 17) || sqlite3_column_int64(st, 18)) {
		fact_call_x(c)->gblk = (unsigned)sqlite3_column_int64(st, 17);
		c->x->gnblk = (unsigned)sqlite3_column_int64(st, 18);
	}
	fact_fnargs_parse(c, col_text(st, 19), pool);
	c->vals = fact_vals_parse(col_text(st, 20), pool, NULL);
	asserted_unpack(c, sqlite3_column_int64(st, 21));
	raw_unpack(pool, c, sqlite3_column_int64(st, 22), col_text(st, 23));
	if (col_text(st, 24))
		fact_call_x(c)->sib = strpool_copy(pool, col_text(st, 24));
}

/*
 * The calls of one function, gathered in @stage, appended to it in an
 * array of their exact size: growing each function's array by doubling
 * would leave a third of a million-function database's calls unused.
 * Rows come in table order (by id, so each function's calls keep their
 * order; a scan of the table, not of the func_id index with a lookup of
 * each row), where one function's calls follow each other.
 */
static void stage_flush(struct fact_set *set, const struct func_ref *r,
			const struct fact_call *stage, int n)
{
	struct fact_func *fn;

	if (!r || !n)
		return;
	fn = &set->files[r->file].funcs[r->func];
	fn->calls = sc_realloc(fn->calls, (fn->ncalls + n) * sizeof(*fn->calls));
	memcpy(fn->calls + fn->ncalls, stage, n * sizeof(*stage));
	fn->ncalls += n;
	fn->calls_cap = fn->ncalls;
}

/* a file's id, for finding its index from a pack row */
struct file_ref {
	long long id;
	int k;
};

static int cmp_file_ref(const void *a, const void *b)
{
	const struct file_ref *x = a, *y = b;

	return (x->id > y->id) - (x->id < y->id);
}

/*
 * The packs of the files of @set from @base on (their ids @ids): each
 * decoded into its file, *@packed set for it.  A database without the
 * pack table has none; a pack that does not decode is left to the rows.
 */
static int load_packs(struct scdb *db, struct fact_set *set, int base,
		      struct file_ref *ids, char *packed)
{
	sqlite3_stmt *st;
	struct fact_vals_memo *memo;
	int n = set->nfiles - base, rc;
	const char *rows = getenv("SLEEPCHECK_DB_ROWS");

	if (rows && *rows && strcmp(rows, "0"))
		return 0;	/* as if it had no packs: tests compare */
	if (!n)
		return 0;
	if (sqlite3_prepare_v2(db->h, sql_load_packs, -1, &st, NULL) != SQLITE_OK)
		return 0;	/* written by a sleepcheck without packs */
	qsort(ids, n, sizeof(*ids), cmp_file_ref);
	/* a vals or rets text many calls share is read once */
	memo = fact_vals_memo_new();
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct file_ref key = { sqlite3_column_int64(st, 0), 0 }, *r;
		struct fact_file *f;
		char *unit;
		const void *data = sqlite3_column_blob(st, 1);
		int len = sqlite3_column_bytes(st, 1);

		r = bsearch(&key, ids, n, sizeof(*ids), cmp_file_ref);
		if (!r || !data || packed[r->k - base])
			continue;
		f = &set->files[r->k];
		unit = f->unit;		/* the pack has it too */
		f->unit = NULL;
		if (!unpack_file(set->pool, memo, data, len, f)) {
			packed[r->k - base] = 1;
			free(unit);
		} else {
			f->unit = unit;
		}
	}
	sqlite3_finalize(st);
	fact_vals_memo_free(memo);
	if (rc != SQLITE_DONE)
		return db_fail(db, sql_load_packs);
	return 0;
}

/* each file's stores into fields (not in its pack); a database with no
 * fstore table has none */
static int load_fstores(struct scdb *db, struct fact_set *set, int base)
{
	sqlite3_stmt *st;
	int k = base, rc;

	if (sqlite3_prepare_v2(db->h, sql_load_fstores, -1, &st, NULL) != SQLITE_OK)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		k = file_at(set, k, col_text(st, 0));
		if (k == set->nfiles || !col_text(st, 1) || !col_text(st, 2))
			break;
		fact_file_add_fstore(&set->files[k], col_text(st, 1), col_text(st, 2));
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return db_fail(db, sql_load_fstores);
	return 0;
}

int db_load(struct scdb *db, struct fact_set *set)
{
	sqlite3_stmt *st;
	struct func_ref *refs = NULL, *cur = NULL;
	struct fact_call *stage = NULL;
	struct file_ref *ids = NULL;
	long long *at = NULL;
	char *packed = NULL;
	int nrefs = 0, cap = 0, base = set->nfiles, rc, k, nfiles;
	int nstage = 0, stage_cap = 0, idcap = 0;
	int ret = -1;

	if (db_exec(db, "BEGIN"))
		return -1;
	st = db_prepare(db, sql_load_files);
	if (!st)
		goto out;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct fact_file *f = fact_set_add(set, col_text(st, 0) ?
						   col_text(st, 0) : "");
		int i = set->nfiles - 1 - base;

		f->unit = sc_strdup(col_text(st, 1));
		if (i == idcap) {
			idcap = idcap ? 2 * idcap : 1024;
			ids = sc_realloc(ids, idcap * sizeof(*ids));
			at = sc_realloc(at, idcap * sizeof(*at));
		}
		ids[i].id = sqlite3_column_int64(st, 2);
		ids[i].k = set->nfiles - 1;
		at[i] = sqlite3_column_int64(st, 3);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		db_fail(db, sql_load_files);
		goto out;
	}
	nfiles = set->nfiles - base;
	if (!set->pool)
		set->pool = sc_calloc(1, sizeof(*set->pool));
	packed = sc_calloc(nfiles + 1, 1);
	/* the files without a pack: from their rows, and remembered for
	 * db_pack_missing() */
	if (load_packs(db, set, base, ids, packed) || load_fstores(db, set, base))
		goto out;
	free(db->unpacked);
	free(db->unpacked_id);
	free(db->unpacked_at);
	db->unpacked = sc_malloc((nfiles + 1) * sizeof(int));
	db->unpacked_id = sc_malloc((nfiles + 1) * sizeof(long long));
	db->unpacked_at = sc_malloc((nfiles + 1) * sizeof(long long));
	db->nunpacked = 0;
	for (k = 0; k < nfiles; k++) {
		int f = ids[k].k;

		if (packed[f - base])
			continue;
		db->unpacked[db->nunpacked] = f;
		db->unpacked_id[db->nunpacked] = ids[k].id;
		db->unpacked_at[db->nunpacked] = at[f - base];
		db->nunpacked++;
	}
	if (!db->nunpacked) {
		ret = 0;
		goto out;
	}
	st = db_prepare(db, sql_load_funcs);
	if (!st)
		goto out;
	k = base;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *path = col_text(st, 0);
		struct fact_func *fn;

		k = file_at(set, k, path);
		if (k == set->nfiles || !col_text(st, 2)) {
			rc = SQLITE_CORRUPT;
			break;
		}
		if (packed[k - base])
			continue;
		fn = fact_file_add_func(&set->files[k], NULL);
		set->files[k].pooled = 1;
		fn->name = strpool_copy(set->pool, col_text(st, 2));
		fn->is_static = sqlite3_column_int(st, 3);
		fn->line = sqlite3_column_int(st, 4);
		fn->col = sqlite3_column_int(st, 5);
		fn->rets = fact_rets_parse(col_text(st, 6), set->pool, NULL);
		fact_atoms_parse(fn, col_text(st, 7));
		if (nrefs == cap) {
			cap = cap ? 2 * cap : 1024;
			refs = sc_realloc(refs, cap * sizeof(*refs));
		}
		refs[nrefs].id = sqlite3_column_int64(st, 1);
		refs[nrefs].file = k;
		refs[nrefs].func = set->files[k].nfuncs - 1;
		nrefs++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		if (rc == SQLITE_CORRUPT)
			fprintf(stderr, "sleepcheck: error: database '%s' is "
				"inconsistent (function without file)\n", db->path);
		else
			db_fail(db, sql_load_funcs);
		goto out;
	}
	if (nrefs)
		qsort(refs, nrefs, sizeof(*refs), cmp_ref);

	st = db_prepare(db, sql_load_binds);
	if (!st)
		goto out;
	k = base;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *path = col_text(st, 0);
		struct fact_binding *b;

		k = file_at(set, k, path);
		if (k == set->nfiles || !col_text(st, 1) || !col_text(st, 2))
			break;
		if (packed[k - base])
			continue;
		b = fact_file_add_binding(&set->files[k], col_text(st, 1),
					  col_text(st, 2));
		b->func_static = sqlite3_column_int(st, 3);
		b->object = sc_strdup(col_text(st, 4));
		b->object_static = sqlite3_column_int(st, 5) & 1;
		b->fresh = sqlite3_column_int(st, 5) >> 1 & 1;
		b->line = sqlite3_column_int(st, 6);
		b->col = sqlite3_column_int(st, 7);
		b->binder = sc_strdup(col_text(st, 8));
		b->sibs = sc_strdup(col_text(st, 9));
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		db_fail(db, sql_load_binds);
		goto out;
	}

	st = db_prepare(db, sql_load_tags);
	if (!st)
		goto out;
	k = base;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		k = file_at(set, k, col_text(st, 0));
		if (k == set->nfiles || !col_text(st, 1))
			break;
		if (packed[k - base])
			continue;
		fact_file_add_tag(&set->files[k], col_text(st, 1), col_text(st, 2));
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		db_fail(db, sql_load_tags);
		goto out;
	}

	if (!nrefs) {
		ret = 0;
		goto out;
	}
	st = db_prepare(db, sql_load_calls);
	if (!st)
		goto out;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(st, 0);
		/* a function's calls follow each other: search once for each */
		struct func_ref *r = cur && cur->id == id ? cur : find_func(refs, nrefs, id);
		struct fact_call *c;

		if (!r)
			continue;	/* orphan row: ignored */
		if (r != cur) {
			stage_flush(set, cur, stage, nstage);
			cur = r;
			nstage = 0;
		}
		if (nstage == stage_cap) {
			stage_cap = stage_cap ? 2 * stage_cap : 64;
			stage = sc_realloc(stage, stage_cap * sizeof(*stage));
		}
		c = &stage[nstage++];
		load_call(set->pool, st, c);
	}
	stage_flush(set, cur, stage, nstage);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		db_fail(db, sql_load_calls);
		goto out;
	}
	ret = 0;
out:
	free(stage);
	free(refs);
	free(ids);
	free(at);
	free(packed);
	sqlite3_exec(db->h, "COMMIT", NULL, NULL, NULL);
	return ret;
}

/*
 * A second connection, read-write, that waits for nobody: a report
 * must not stall a build, nor fail when it cannot write.  Each file is
 * packed only if its row is still the one loaded (same id, same
 * checked_at): a check that stored it since wrote its own pack.
 */
int db_pack_missing(struct scdb *db, const struct fact_set *set)
{
	sqlite3 *h = NULL;
	sqlite3_stmt *st = NULL;
	int i, n = 0;

	if (!db->nunpacked)
		return 0;
	if (sqlite3_open_v2(db->path, &h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
			    NULL) != SQLITE_OK ||
	    sqlite3_exec(h, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		goto out;
	if (sqlite3_exec(h, pack_sql, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h, "SELECT checked_at FROM file WHERE id = ?1", -1,
			       &st, NULL) != SQLITE_OK)
		goto fail;
	for (i = 0; i < db->nunpacked; i++) {
		int same;

		sqlite3_bind_int64(st, 1, db->unpacked_id[i]);
		same = sqlite3_step(st) == SQLITE_ROW &&
		       sqlite3_column_int64(st, 0) == db->unpacked_at[i];
		sqlite3_reset(st);
		if (!same)
			continue;
		if (store_pack_h(h, NULL, &set->files[db->unpacked[i]],
				 db->unpacked_id[i]))
			goto fail;
		n++;
	}
	sqlite3_finalize(st);
	st = NULL;
	if (sqlite3_exec(h, "COMMIT", NULL, NULL, NULL) == SQLITE_OK) {
		db->nunpacked = 0;
		goto out;
	}
fail:
	n = 0;
	sqlite3_finalize(st);
	sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
out:
	sqlite3_close(h);
	return n;
}
