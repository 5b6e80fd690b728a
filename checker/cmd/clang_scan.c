/*
 * clang_scan.c - `sleepcheck scan`: every entry of a compile_commands.json
 * through the libclang front end, in parallel, then the report (report.c,
 * with the report options scan was given).
 *
 * Each entry's compiler options are kept except the ones that name the
 * output or dependency files, and the gcc-only options clang refuses
 * (gcc_only[] below, extended with --drop-flag=).  A file is parsed
 * again only when its key changed: a hash of its text, its options and
 * the rules, stored beside its facts in the same transaction.  Header
 * changes are not seen by the key (use --force after changing headers).
 *
 * Work is shared by N worker processes (-j), each taking the next file
 * from a pipe and storing its facts itself; the database serialises the
 * writers.  On a terminal the parent shows files done, rate and time
 * left on one line; without one it prints only errors, the findings and
 * a one-line summary.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <clang-c/CXCompilationDatabase.h>

#include "clang_frontend.h"
#include "cmd.h"
#include "db.h"

/* gcc options clang does not accept (the kernel's among them) */
static const char *const gcc_only[] = {
	"-fconserve-stack", "-mindirect-branch=thunk-extern",
	"-mindirect-branch-register", "-mindirect-branch-cs-prefix",
	"-fno-allow-store-data-races",
	"-mrecord-mcount", "-fno-var-tracking-assignments", "-mskip-rax-setup",
	"-mpreferred-stack-boundary=", "-mfunction-return=thunk-extern",
	"-fmin-function-alignment=", "-fno-ipa-sra", "-mno-fp-ret-in-387",
	"-fno-inline-functions-called-once", "-femit-struct-debug-baseonly",
	"-fno-tree-loop-im", "-fsanitize-coverage=trace-pc", "-fplugin=",
	"-fplugin-arg-", "-Wa,", "-fzero-call-used-regs=", "-mharden-sls=",
	"-fstrict-flex-arrays", "-falign-jumps=", "-fno-stack-clash-protection",
	"-fno-code-hoisting", "-mabi=lp64", "-fno-ipa-bit-cp",
	"-fdiagnostics-show-context", "-mno-fdpic", "-mtp=cp15", "-fno-ipa-icf",
	"-ftrivial-auto-var-init=", "-fcf-protection=", "-mno-80387",
	NULL
};

struct entry {
	char *file;		/* absolute */
	char *path;		/* as stored: relative to its directory when under it */
	char *dir;		/* its directory (the kernel tree, under kbuild) */
	char **args;
	int nargs;
	char *key;
};

struct scan_opts {
	const char *build_dir, *ccjson, *db_path, *rules_dir;
	char **paths;
	int npaths, jobs, force, progress;
	char **drop;
	int ndrop;
	char **report_argv;
	int report_argc;
};

static int starts(const char *s, const char *p)
{
	return !strncmp(s, p, strlen(p));
}

static int dropped(const struct scan_opts *o, const char *a)
{
	int i;

	for (i = 0; gcc_only[i]; i++) {
		size_t n = strlen(gcc_only[i]);

		if (gcc_only[i][n - 1] == '=' || gcc_only[i][n - 1] == ',' ||
		    gcc_only[i][n - 1] == '-' ? starts(a, gcc_only[i]) : !strcmp(a, gcc_only[i]))
			return 1;
	}
	for (i = 0; i < o->ndrop; i++)
		if (starts(a, o->drop[i]))
			return 1;
	return 0;
}

/* FNV-1a, 64 bits */
static unsigned long long hash(unsigned long long h, const void *p, size_t n)
{
	const unsigned char *s = p;

	if (!h)
		h = 1469598103934665603ull;
	while (n--) {
		h ^= *s++;
		h *= 1099511628211ull;
	}
	return h;
}

static unsigned long long hash_file(unsigned long long h, const char *path, int *ok)
{
	char buf[65536];
	FILE *f = fopen(path, "rb");
	size_t n;

	*ok = f != NULL;
	if (!f)
		return h;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		h = hash(h, buf, n);
	fclose(f);
	return h;
}

static unsigned long long hash_rules(const char *dir)
{
	char cmd[PATH_MAX + 64], line[PATH_MAX];
	unsigned long long h = hash(0, "sleepcheck-scan-1", 17);
	FILE *p;
	int ok;

	/* every *.rules file, in name order, as rules_load_dir reads them */
	snprintf(cmd, sizeof(cmd), "ls '%s' 2>/dev/null | grep '\\.rules$' | LC_ALL=C sort", dir);
	p = popen(cmd, "r");
	if (!p)
		return h;
	while (fgets(line, sizeof(line), p)) {
		char path[2 * PATH_MAX + 2];

		line[strcspn(line, "\n")] = '\0';
		snprintf(path, sizeof(path), "%s/%s", dir, line);
		h = hash(h, line, strlen(line));
		h = hash_file(h, path, &ok);
	}
	pclose(p);
	return h;
}

static int under(const char *file, char **paths, int n)
{
	int i;

	if (!n)
		return 1;
	for (i = 0; i < n; i++) {
		size_t l = strlen(paths[i]);

		if (!strncmp(file, paths[i], l) &&
		    (file[l] == '/' || file[l] == '\0' || paths[i][l - 1] == '/'))
			return 1;
	}
	return 0;
}

static void usage_error(const char *msg, const char *arg)
{
	fprintf(stderr, "sleepcheck: error: %s%s%s%s\n", msg, arg ? " '" : "",
		arg ? arg : "", arg ? "'" : "");
}

static int load_entries(const struct scan_opts *o, unsigned long long rules_hash,
			struct entry **out, int *nout)
{
	CXCompilationDatabase_Error err;
	CXCompilationDatabase cdb;
	CXCompileCommands cmds;
	char dir[PATH_MAX];
	unsigned i, n;
	int cap = 0;

	if (o->ccjson) {
		const char *slash = strrchr(o->ccjson, '/');
		struct stat st;

		if (stat(o->ccjson, &st)) {
			fprintf(stderr, "%s: error: cannot read: %s\n", o->ccjson, strerror(errno));
			return -1;
		}
		if (strcmp(slash ? slash + 1 : o->ccjson, "compile_commands.json")) {
			fprintf(stderr, "%s: error: must be named compile_commands.json\n",
				o->ccjson);
			return -1;
		}
		snprintf(dir, sizeof(dir), "%.*s", slash ? (int)(slash - o->ccjson) : 1,
			 slash ? o->ccjson : ".");
	} else {
		snprintf(dir, sizeof(dir), "%s", o->build_dir);
	}
	{
		char path[PATH_MAX + 32];
		FILE *f;
		int saved;

		snprintf(path, sizeof(path), "%s/compile_commands.json", dir);
		f = fopen(path, "r");
		if (!f) {
			fprintf(stderr, "%s: error: cannot read: %s\n", path, strerror(errno));
			return -1;
		}
		fclose(f);
		/* libclang prints its own account of a bad file; ours is one line */
		fflush(stderr);
		saved = dup(2);
		f = freopen("/dev/null", "w", stderr);
		cdb = clang_CompilationDatabase_fromDirectory(dir, &err);
		fflush(stderr);
		if (saved >= 0) {
			dup2(saved, 2);
			close(saved);
		}
		setvbuf(stderr, NULL, _IONBF, 0);
		(void)f;
		if (err != CXCompilationDatabase_NoError || !cdb) {
			fprintf(stderr, "%s: error: not a compilation database libclang "
				"can read (JSON array of directory, file, command or "
				"arguments)\n", path);
			return -1;
		}
	}
	cmds = clang_CompilationDatabase_getAllCompileCommands(cdb);
	n = cmds ? clang_CompileCommands_getSize(cmds) : 0;
	for (i = 0; i < n; i++) {
		CXCompileCommand c = clang_CompileCommands_getCommand(cmds, i);
		CXString sd = clang_CompileCommand_getDirectory(c);
		CXString sf = clang_CompileCommand_getFilename(c);
		const char *d = clang_getCString(sd), *f = clang_getCString(sf);
		char abs[PATH_MAX * 2 + 2], real[PATH_MAX];
		unsigned na = clang_CompileCommand_getNumArgs(c), a;
		unsigned long long h = rules_hash;
		struct entry *e;
		size_t dl;
		int ok;

		if (f[0] == '/')
			snprintf(abs, sizeof(abs), "%s", f);
		else
			snprintf(abs, sizeof(abs), "%s/%s", d, f);
		if (realpath(abs, real))
			snprintf(abs, sizeof(abs), "%s", real);
		if (!under(abs, o->paths, o->npaths)) {
			clang_disposeString(sd);
			clang_disposeString(sf);
			continue;
		}
		if (*nout == cap) {
			cap = cap ? 2 * cap : 64;
			*out = sc_realloc(*out, cap * sizeof(**out));
		}
		e = &(*out)[(*nout)++];
		memset(e, 0, sizeof(*e));
		e->file = sc_strdup(abs);
		if (realpath(d, real))
			d = real;
		dl = strlen(d);
		e->path = sc_strdup(!strncmp(abs, d, dl) && abs[dl] == '/' ? abs + dl + 1 : abs);
		e->dir = sc_strdup(d);
		e->args = sc_calloc(na + 5, sizeof(*e->args));
		/* argv[0] is the compiler; the file itself is given apart */
		for (a = 1; a < na; a++) {
			CXString sa = clang_CompileCommand_getArg(c, a);
			const char *x = clang_getCString(sa);

			size_t xl = strlen(x);

			/* the source, however the command spells its path */
			if (!strcmp(x, "-c") || !strcmp(x, f) || !strcmp(x, abs) ||
			    (x[0] != '-' && xl > 2 && !strcmp(x + xl - 2, ".c") &&
			     (a == 0 || strcmp(e->args[e->nargs ? e->nargs - 1 : 0] ?
						e->args[e->nargs ? e->nargs - 1 : 0] : "", "-include"))) ||
			    starts(x, "-Wp,-M") || !strcmp(x, "-MD") || !strcmp(x, "-MMD") ||
			    dropped(o, x)) {
				/* nothing */
			} else if (!strcmp(x, "-o") || !strcmp(x, "-MF") || !strcmp(x, "-MT") ||
				   !strcmp(x, "-MQ")) {
				a++;
			} else {
				e->args[e->nargs++] = sc_strdup(x);
				h = hash(h, x, strlen(x) + 1);
			}
			clang_disposeString(sa);
		}
		/* clang runs in the entry's directory: relative -I paths */
		e->args[e->nargs++] = sc_strdup("-working-directory");
		e->args[e->nargs++] = sc_strdup(d);
		/* warnings, -Werror among them, are the compiler's business */
		e->args[e->nargs++] = sc_strdup("-w");
		e->args[e->nargs++] = sc_strdup("-Wno-error");
		h = hash(h, d, strlen(d) + 1);
		h = hash_file(h, abs, &ok);
		e->key = sc_malloc(17);
		snprintf(e->key, 17, "%016llx", ok ? h : 0ull);
		clang_disposeString(sd);
		clang_disposeString(sf);
	}
	if (cmds)
		clang_CompileCommands_dispose(cmds);
	clang_CompilationDatabase_dispose(cdb);
	return 0;
}

/* check entry @e and store it; returns 0, or 2 when it failed */
static int scan_one(struct entry *e, const struct rules *rules, struct scdb *db)
{
	const char *crash = getenv("SLEEPCHECK_TEST_CRASH_ON");
	struct fact_file facts;
	int ret;

	/* fault injection for testcases/scripts/scan.sh: a crash on one file */
	if (crash && !strcmp(crash, e->path))
		raise(SIGKILL);	/* a sanitizer cannot catch it */
	memset(&facts, 0, sizeof(facts));
	facts.path = sc_strdup(e->path);
	ret = clang_check_file(e->file, (const char *const *)e->args, e->nargs, rules,
			       &facts);
	if (!ret && db_store_file_key(db, &facts, e->key))
		ret = 2;
	fact_file_free(&facts);
	return ret;
}

/*
 * What a worker tells the parent, in one write (atomic on a pipe): that
 * it starts entry @idx (st 'S'), or how that entry ended (0 or 2).
 */
struct wmsg {
	int worker, idx;
	char st;
};

/*
 * The kernel release entry @e is checked against, recorded with its facts
 * (db_set_kernel()): $SLEEPCHECK_KERNEL_VERSION, else the tree its command
 * runs in (kbuild's top, the headers' for an M= module: what the CHECK=
 * mode sees), else the one here.
 */
static const char *entry_kernel(const struct entry *e)
{
	/* the last directory's answer: entries share one tree */
	static char buf[128], dir[PATH_MAX];
	static int found;

	if (getenv("SLEEPCHECK_KERNEL_VERSION"))
		return rules_kernel_version();
	if (strcmp(dir, e->dir)) {
		snprintf(dir, sizeof(dir), "%s", e->dir);
		found = !rules_kernel_release_in(e->dir, buf, sizeof(buf));
	}
	return found ? buf : rules_kernel_version();
}

/* a worker: reads entry numbers from @in, reports each on @out */
static void worker(struct entry *v, const struct rules *rules, const char *db_path,
		   int id, int in, int out)
{
	struct scdb *db = db_open(db_path, DB_WRITE);
	struct wmsg m;
	int i;

	memset(&m, 0, sizeof(m));
	m.worker = id;
	while (read(in, &i, sizeof(i)) == (ssize_t)sizeof(i)) {
		m.idx = i;
		m.st = 'S';
		if (write(out, &m, sizeof(m)) != (ssize_t)sizeof(m))
			break;
		if (db)
			db_set_kernel(db, entry_kernel(&v[i]));
		m.st = db ? (char)scan_one(&v[i], rules, db) : 2;
		if (write(out, &m, sizeof(m)) != (ssize_t)sizeof(m))
			break;
	}
	db_close(db);
	fflush(NULL);
	_exit(0);
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void show_progress(int done, int total, double start)
{
	double el = now() - start, rate = el > 0 ? done / el : 0;
	int left = rate > 0 ? (int)((total - done) / rate) : 0;

	fprintf(stderr, "\r\033[Ksleepcheck: %d/%d files, %.1f files/s, %d:%02d left",
		done, total, rate, left / 60, left % 60);
	fflush(stderr);
}

/*
 * N workers take entry numbers from one pipe and report on another.  A
 * worker killed while it checks a file (a crash in libclang or in the
 * front end) costs that file only: it is named in an error line, its
 * earlier facts are kept, and new workers go on with the rest.
 */
static int run_workers(struct entry *v, int *todo, int ntodo, const struct rules *rules,
		       const struct scan_opts *o, int *failed)
{
	int jobs = o->jobs < 1 ? 1 : o->jobs > ntodo ? ntodo : o->jobs;
	int tw[2], i, done = 0, rounds = 0;
	int *cur = sc_malloc(jobs * sizeof(int));
	pid_t *pids = sc_calloc(jobs, sizeof(*pids)), feeder;
	double start = now();
	struct wmsg m;

	if (!ntodo) {
		free(cur);
		free(pids);
		return 0;
	}
	if (pipe(tw)) {
		perror("sleepcheck: error: pipe");
		return -1;
	}
	fflush(NULL);
	/* the work list fits in the pipe for any real build; write it in a
	 * child so that a large one cannot block the parent */
	feeder = fork();
	if (feeder == 0) {
		close(tw[0]);
		for (i = 0; i < ntodo; i++)
			if (write(tw[1], &todo[i], sizeof(todo[i])) != (ssize_t)sizeof(todo[i]))
				_exit(1);
		_exit(0);
	}
	close(tw[1]);
	while (done < ntodo && rounds++ <= ntodo) {
		int fw[2], status;

		if (pipe(fw)) {
			perror("sleepcheck: error: pipe");
			break;
		}
		for (i = 0; i < jobs; i++) {
			cur[i] = -1;
			pids[i] = fork();
			if (pids[i] < 0) {
				perror("sleepcheck: error: fork");
				break;
			}
			if (!pids[i]) {
				close(fw[0]);
				worker(v, rules, o->db_path, i, tw[0], fw[1]);
			}
		}
		close(fw[1]);
		while (read(fw[0], &m, sizeof(m)) == (ssize_t)sizeof(m)) {
			if (m.worker < 0 || m.worker >= jobs)
				continue;
			if (m.st == 'S') {
				cur[m.worker] = m.idx;
				continue;
			}
			cur[m.worker] = -1;
			done++;
			if (m.st)
				(*failed)++;
			if (o->progress)
				show_progress(done, ntodo, start);
		}
		close(fw[0]);
		for (i = 0; i < jobs; i++) {
			if (pids[i] <= 0 || waitpid(pids[i], &status, 0) < 0)
				continue;
			if (cur[i] < 0)
				continue;
			if (o->progress)
				fprintf(stderr, "\r\033[K");
			if (WIFSIGNALED(status))
				fprintf(stderr, "sleepcheck: error: checking '%s' was killed by "
					"signal %d; its earlier facts are kept\n",
					v[cur[i]].path, WTERMSIG(status));
			else
				fprintf(stderr, "sleepcheck: error: checking '%s' stopped "
					"(exit %d); its earlier facts are kept\n", v[cur[i]].path,
					WIFEXITED(status) ? WEXITSTATUS(status) : -1);
			done++;
			(*failed)++;
		}
	}
	close(tw[0]);
	waitpid(feeder, NULL, 0);
	free(cur);
	free(pids);
	if (o->progress)
		fprintf(stderr, "\r\033[K");
	/* entries no worker reached (fork failed) */
	*failed += ntodo - done;
	return 0;
}

enum { S_P = 'p', S_J = 'j', S_CCJSON = 512, S_DROP, S_FORCE, S_PROGRESS,
	S_NO_PROGRESS, S_HELP };

/* scan's own options; report's (report_options[]) are taken too and
 * handed to the report, --db and --rules used by both */
static const struct option scan_options[] = {
	{ "p", required_argument, NULL, S_P },	/* `-p DIR`: not --progress */
	{ "compile-commands", required_argument, NULL, S_CCJSON },
	{ "j", required_argument, NULL, S_J },
	{ "drop-flag", required_argument, NULL, S_DROP },
	{ "force", no_argument, NULL, S_FORCE },
	{ "progress", no_argument, NULL, S_PROGRESS },
	{ "no-progress", no_argument, NULL, S_NO_PROGRESS },
	{ "help", no_argument, NULL, S_HELP },
	{ NULL, 0, NULL, 0 }
};

/* scan_options[] then report_options[] but for the names scan has */
static struct option *all_options(void)
{
	size_t ns = sizeof(scan_options) / sizeof(scan_options[0]) - 1, n = ns;
	struct option *v;
	size_t i, k;

	for (i = 0; report_options[i].name; i++)
		;
	v = sc_calloc(ns + i + 1, sizeof(*v));
	memcpy(v, scan_options, ns * sizeof(*v));
	for (i = 0; report_options[i].name; i++) {
		for (k = 0; k < ns && strcmp(scan_options[k].name, report_options[i].name); k++)
			;
		if (k == ns)
			v[n++] = report_options[i];
	}
	return v;
}

static int parse_args(int argc, char **argv, struct scan_opts *o)
{
	struct option *opts = all_options();
	const struct option *r;
	char *fwd;
	int c, i;

	o->report_argv = sc_calloc(argc + 2, sizeof(char *));
	o->report_argv[o->report_argc++] = sc_strdup("report");
	optind = 0;
	while ((c = cmd_getopt(argc, argv, "p:j:", opts, 1, "scan")) != -1) {
		switch (c) {
		case S_P: o->build_dir = optarg; continue;
		case S_CCJSON: o->ccjson = optarg; continue;
		case S_J:
			o->jobs = cmd_number("-j", optarg);
			if (o->jobs < 0)
				goto fail;
			continue;
		case S_DROP:
			o->drop = sc_realloc(o->drop, (o->ndrop + 1) * sizeof(char *));
			o->drop[o->ndrop++] = optarg;
			continue;
		case S_FORCE: o->force = 1; continue;
		case S_PROGRESS: o->progress = 1; continue;
		case S_NO_PROGRESS: o->progress = 0; continue;
		case S_HELP:
			cmd_help(scan_synopsis);
			exit(0);
		case '?':
			goto fail;
		}
		/* one of report's: kept for the report, as --name[=value] */
		for (r = opts; r->name && r->val != c; r++)
			;
		if (!r->name)
			goto fail;
		if (!strcmp(r->name, "db"))
			o->db_path = optarg;
		else if (!strcmp(r->name, "rules"))
			o->rules_dir = optarg;
		if (asprintf(&fwd, "--%s%s%s", r->name, optarg ? "=" : "",
			     optarg ? optarg : "") < 0)
			goto fail;
		o->report_argv[o->report_argc++] = fwd;
	}
	for (i = optind; i < argc; i++) {
		char real[PATH_MAX];

		if (!realpath(argv[i], real)) {
			fprintf(stderr, "%s: error: %s\n", argv[i], strerror(errno));
			goto fail;
		}
		o->paths = sc_realloc(o->paths, (o->npaths + 1) * sizeof(char *));
		o->paths[o->npaths++] = sc_strdup(real);
	}
	free(opts);
	if (o->build_dir && o->ccjson) {
		usage_error("give -p or --compile-commands, not both", NULL);
		return -1;
	}
	if (!o->build_dir && !o->ccjson)
		o->build_dir = ".";
	if (o->jobs <= 0) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);

		o->jobs = n > 0 ? (int)n : 1;
	}
	return 0;
fail:
	free(opts);
	return -1;
}

int scan_main(int argc, char **argv)
{
	struct scan_opts o;
	struct rules rules;
	struct entry *v = NULL;
	struct scdb *db;
	int n = 0, i, ntodo = 0, failed = 0, ret;
	int *todo;
	double start = now();

	memset(&o, 0, sizeof(o));
	o.progress = isatty(2);
	o.db_path = db_default_path();
	if (parse_args(argc, argv, &o))
		return 2;
	memset(&rules, 0, sizeof(rules));
	if (rules_load_dir(&rules, o.rules_dir ? o.rules_dir : rules_default_dir()))
		return 2;
	if (load_entries(&o, hash_rules(o.rules_dir ? o.rules_dir : rules_default_dir()),
			 &v, &n))
		return 2;
	db = db_open(o.db_path, DB_WRITE);
	if (!db)
		return 2;
	todo = sc_calloc(n + 1, sizeof(*todo));
	for (i = 0; i < n; i++) {
		char *key = o.force ? NULL : db_scan_key(db, v[i].path);

		if (!key || strcmp(key, v[i].key))
			todo[ntodo++] = i;
		free(key);
	}
	db_close(db);
	if (run_workers(v, todo, ntodo, &rules, &o, &failed))
		return 2;
	fprintf(stderr, "sleepcheck: scanned %d of %d files (%d unchanged, %d failed) "
		"in %.1f s\n", ntodo - failed, n, n - ntodo, failed, now() - start);
	fflush(stderr);
	ret = report_main(o.report_argc, o.report_argv);
	for (i = 0; i < n; i++) {
		int k;

		for (k = 0; k < v[i].nargs; k++)
			free(v[i].args[k]);
		free(v[i].args);
		free(v[i].file);
		free(v[i].path);
		free(v[i].dir);
		free(v[i].key);
	}
	free(v);
	free(todo);
	for (i = 0; i < o.report_argc; i++)
		free(o.report_argv[i]);
	free(o.report_argv);
	free(o.paths);
	free(o.drop);
	rules_free(&rules);
	return failed && ret != 2 ? 2 : ret;
}
