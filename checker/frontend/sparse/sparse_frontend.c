/*
 * sparse_frontend.c - the sparse front end over a command line
 * (sc_check(), sparse_check.h), run by the kbuild CHECK= mode
 * (cmd/check.c).
 *
 * sparse_initialize() takes every option sparse takes; each file is then
 * parsed with its file scope kept open, so that a probe declaration can
 * evaluate the gfp blocking flags (rules: gfp-blocking-flags) with this
 * file's own macros.  Each function defined in the file is expanded,
 * its inline expansions are re-positioned (sparse_inline.c), linearized
 * and turned into facts (sparse_ir.c, analysis/), which go to the
 * command's hook (cmd/check.c stores them and prints the findings this
 * file alone proves, as sparse prints its warnings).  A file that cannot
 * be read or parsed gets one error line, keeps its old facts, and makes
 * the exit status 2.
 */
#include <errno.h>
#include <fcntl.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ir_limits.h"
#include "sparse_check.h"
#include "sparse_frontend.h"

#include "allocate.h"
#include "evaluate.h"
#include "expression.h"
#include "linearize.h"
#include "parse.h"
#include "symbol.h"
#include "token.h"

#include "options.h"

static const char probe_name[] = "__sleepcheck_gfp_probe";

/* the declarations of C text @text (@len bytes) read with the file's
 * macros; sparse keeps the buffer's tokens, so the text must stay too */
static struct symbol_list *probe_parse(char *text, int len)
{
	struct symbol_list *list = NULL;
	struct token *tok, *end;

	tok = tokenize_buffer(text, len, &end);
	tok = preprocess(tok);
	while (!eof_token(tok))
		tok = external_declaration(tok, &list, NULL);
	return list;
}

/* evaluate the rules' gfp blocking flags with the file's macros */
static void probe_gfp(struct sc_unit *unit)
{
	const char *flags = unit->rules->gfp_blocking;
	struct symbol_list *list;
	struct symbol *sym;
	char *text;
	int len;

	unit->have_mask = 0;
	if (!flags)
		return;
	len = snprintf(NULL, 0, "#ifdef %s\nstatic const unsigned long long %s = "
		       "(__attribute__((force)) unsigned long long)(%s);\n#endif\n",
		       flags, probe_name, flags);
	text = sc_malloc(len + 1);
	snprintf(text, len + 1, "#ifdef %s\nstatic const unsigned long long %s = "
		 "(__attribute__((force)) unsigned long long)(%s);\n#endif\n",
		 flags, probe_name, flags);
	list = probe_parse(text, len);
	evaluate_symbol_list(list);
	FOR_EACH_PTR(list, sym) {
		if (!sym->ident || strcmp(show_ident(sym->ident), probe_name))
			continue;
		expand_symbol(sym);
		if (sym->initializer && sym->initializer->type == EXPR_VALUE) {
			unit->gfp_blocking_mask = sym->initializer->value;
			unit->have_mask = unit->gfp_blocking_mask != 0;
		}
	} END_FOR_EACH_PTR(sym);
}

/* the assertion rules that say nothing in this file's configuration
 * (rules_assert_probe(), read with the file's macros) */
static void probe_asserts(struct sc_unit *unit)
{
	const struct rules *r = unit->rules;
	char *text = rules_assert_probe(r);
	struct symbol_list *list;
	struct symbol *sym;
	int i;

	if (!text)
		return;
	list = probe_parse(text, (int)strlen(text));
	FOR_EACH_PTR(list, sym) {
		i = rules_noassert_index(r, sym->ident ? show_ident(sym->ident) : NULL);
		if (i < 0)
			continue;
		if (!unit->noassert)
			unit->noassert = sc_calloc((size_t)r->nasserts, 1);
		unit->noassert[i] = 1;
	} END_FOR_EACH_PTR(sym);
}

/* inline function @name stays a call (keep_tests()) */
static void keep_call(const char *name)
{
	struct symbol *sym;

	/* the file scope, headers included, lives until the next file */
	for (sym = built_in_ident(name)->symbols; sym; sym = sym->next_id) {
		if (!(sym->namespace & NS_SYMBOL))
			continue;
		sym->ctype.modifiers &= ~MOD_INLINE;
		if (sym->definition)
			sym->definition->ctype.modifiers &= ~MOD_INLINE;
	}
}

/*
 * A test named by an implies-blocking rule (is_highmem_idx) must stay a
 * call: sparse folds an inlined test into the branches around it, and
 * the branch would no longer say what it tests (sparse_ir.c).  So must a
 * gfp-softirq function (gfp_any()): its call is what gives the value
 * its class; and a mem-linear one (lowmem_page_address(), page_address()
 * on x86_64): its call is what says the pointer is no vmalloc memory
 * (the vals and rets %^L:C, solve/vmem.c).
 */
static void keep_tests(const struct rules *rules)
{
	int i;

	for (i = 0; i < rules->n; i++)
		if (rules->v[i].kind == RULE_IMPLIES_BLOCKING ||
		    rules->v[i].kind == RULE_GFP_SOFTIRQ)
			keep_call(rules->v[i].name);
	for (i = 0; i < rules->nmems; i++)
		if (rules->mems[i].kind == MEM_LINEAR)
			keep_call(rules->mems[i].name);
}

/*
 * sparse calls exit(1) on a few fatal input errors (an #include that
 * cannot be found, for one).  While a file is parsed, such an exit is
 * turned into our one-line error and status 2.
 */
static const char *parsing_file;

/*
 * sparse prints its own diagnostics to stderr as it goes.  They are
 * captured while a file is processed and shown only when the file does
 * not parse, or with --sparse-warnings.  With SLEEPCHECK_IR_DUMP set
 * nothing is captured: the dump, printed to stderr as functions are
 * analysed, must reach it (sparse's warnings stay off without
 * --sparse-warnings; its errors go through as they come).
 */
static struct {
	FILE *tmp;
	int saved;
} capture = { NULL, -1 };

static void capture_begin(void)
{
	if (getenv("SLEEPCHECK_IR_DUMP"))
		return;
	fflush(stderr);
	capture.tmp = tmpfile();
	if (!capture.tmp)
		return;		/* no capture: sparse's output goes through */
	capture.saved = dup(2);
	if (capture.saved < 0 || dup2(fileno(capture.tmp), 2) < 0) {
		fclose(capture.tmp);
		capture.tmp = NULL;
	}
}

static void capture_end(int replay)
{
	char buf[4096];
	size_t n;

	if (!capture.tmp)
		return;
	fflush(stderr);
	dup2(capture.saved, 2);
	close(capture.saved);
	capture.saved = -1;
	if (replay) {
		rewind(capture.tmp);
		while ((n = fread(buf, 1, sizeof(buf), capture.tmp)) > 0)
			fwrite(buf, 1, n, stderr);
	}
	fclose(capture.tmp);
	capture.tmp = NULL;
}

/*
 * The status of a check that failed (a file that does not parse, an
 * internal error, a database that cannot be written): 2, but 0 under
 * kbuild (KBUILD_CHECKSRC set by `make C=1/C=2`), as sparse itself exits
 * 0 after its errors, so a file sleepcheck cannot check never stops the
 * build; the error line is in the build log.  SLEEPCHECK_STRICT=1 keeps 2.
 * Set once, before any handler may read it.
 */
static int fail_status = 2;

static void set_fail_status(void)
{
	const char *k = getenv("KBUILD_CHECKSRC"), *s = getenv("SLEEPCHECK_STRICT");

	fail_status = k && *k && strcmp(k, "0") && !(s && !strcmp(s, "1")) ? 0 : 2;
}

static void exit_during_parse(void)
{
	if (!parsing_file)
		return;
	capture_end(1);
	fprintf(stderr, "sleepcheck: error: '%s' does not parse; its earlier "
		"facts are kept\n", parsing_file);
	fflush(stderr);
	_exit(fail_status);
}

static int is_definition(struct symbol *sym)
{
	struct symbol *base = sym->ctype.base_type;

	return sym->type == SYM_NODE && base && base->type == SYM_FN &&
	       base->stmt && sym->ident;
}

/*
 * Sparse puts a declarator at its first token: the '*' of
 * `void *f(void)`.  Facts put a function at its name, as gcc and the
 * libclang front end do, so the name is looked for from there on the
 * same line, tabs counted to the next multiple of 8 as sparse counts.
 */
/*
 * A static function defined, not inline, in a header the file includes
 * (kernel/rcu/tree_plugin.h's rcu_initiate_boost() in tree.c): it has no
 * facts of its own (the file's are its own functions'), but what it
 * leaves released counts at the file's calls (analysis/exits.c).
 */
static int header_static(struct symbol *sym)
{
	struct symbol *t = sym->ctype.base_type;

	return (sym->ctype.modifiers & MOD_STATIC) &&
	       !(sym->ctype.modifiers & MOD_INLINE) && t && t->type == SYM_FN;
}

/* the functions by declarator line (then by index: the order they
 * were in), for name_columns() */
static const struct fact_file *by_line_facts;

static int cmp_by_line(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	int lx = by_line_facts->funcs[x].line, ly = by_line_facts->funcs[y].line;

	return lx != ly ? (lx < ly ? -1 : 1) : (x > y) - (x < y);
}

/*
 * The file's text, mapped (fgets() of every line cost more than the
 * search); each "line" is then what fgets() into 4096 bytes gave: up to
 * and with a newline, at most 4095 bytes.  An empty file maps to "".
 */
static const char *map_text(const char *file, size_t *size)
{
	struct stat st;
	void *text;
	int fd = open(file, O_RDONLY);

	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) < 0) {
		close(fd);
		return NULL;
	}
	*size = (size_t)st.st_size;
	text = *size ? mmap(NULL, *size, PROT_READ, MAP_PRIVATE, fd, 0) : (void *)"";
	close(fd);
	return text == MAP_FAILED ? NULL : text;
}

static int next_line(const char *text, size_t size, size_t *pos, char *line,
		     size_t line_size)
{
	size_t max = size - *pos, len;
	const char *nl;

	if (!max)
		return 0;
	if (max > line_size - 1)
		max = line_size - 1;
	nl = memchr(text + *pos, '\n', max);
	len = nl ? (size_t)(nl - (text + *pos)) + 1 : max;
	memcpy(line, text + *pos, len);
	line[len] = '\0';
	*pos += len;
	return 1;
}

static void name_columns(struct fact_file *facts, const char *file)
{
	char line[4096];
	const char *text;
	size_t size = 0, pos = 0;
	int lineno = 0, i, k, lo = 0, *order, *from;

	if (!(text = map_text(file, &size)))
		return;
	/* where each function's name is still looked for: from its
	 * declarator's line on, a few lines down (`struct x *\nname(...)`);
	 * the functions sorted by that line, so that each line of the
	 * file is matched against those whose window it is in */
	order = sc_calloc(facts->nfuncs + 1, sizeof(*order));
	from = sc_calloc(facts->nfuncs + 1, sizeof(*from));
	for (i = 0; i < facts->nfuncs; i++)
		order[i] = i;
	by_line_facts = facts;
	qsort(order, facts->nfuncs, sizeof(*order), cmp_by_line);
	for (k = 0; k < facts->nfuncs; k++)
		from[k] = facts->funcs[order[k]].line;
	while (lo < facts->nfuncs && next_line(text, size, &pos, line, sizeof(line))) {
		lineno++;
		while (lo < facts->nfuncs && from[lo] + 3 < lineno)
			lo++;
		for (k = lo; k < facts->nfuncs && from[k] <= lineno; k++) {
			struct fact_func *fn = &facts->funcs[order[k]];
			size_t n = strlen(fn->name);
			const char *p, *r;
			int col;

			if (from[k] < 0 || !n)
				continue;	/* found (a function has a name) */
			/* the leftmost whole word that is the name, from the
			 * declarator's column on its line; the line holds one
			 * newline at most, at its end */
			for (p = line; (p = strstr(p, fn->name)); p++) {
				if (isalnum((unsigned char)p[n]) || p[n] == '_' ||
				    (p != line && (isalnum((unsigned char)p[-1]) || p[-1] == '_')))
					continue;
				for (col = 1, r = line; r < p; r++)
					col = *r == '\t' ? ((col - 1 + 8) & ~7) + 1 : col + 1;
				if (lineno > from[k] || col >= fn->col) {
					fn->line = lineno;
					fn->col = col;
					from[k] = -1;
					break;
				}
			}
		}
	}
	free(order);
	free(from);
	if (size)
		munmap((void *)text, size);
}

static int readable_file(const char *path)
{
	struct stat st;
	int fd;

	if (stat(path, &st) < 0) {
		fprintf(stderr, "sleepcheck: error: cannot open '%s': %s\n", path,
			strerror(errno));
		return 0;
	}
	if (S_ISDIR(st.st_mode)) {
		fprintf(stderr, "sleepcheck: error: '%s' is a directory\n", path);
		return 0;
	}
	fd = open(path, O_RDONLY);
	if (fd < 0) {
		fprintf(stderr, "sleepcheck: error: cannot open '%s': %s\n", path,
			strerror(errno));
		return 0;
	}
	close(fd);
	return 1;
}

static const char *clean_path(const char *path)
{
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	return path;
}

/* checks one file; returns 0, or 2 after an error line */
static int check_file(char *file, const struct sc_check_opts *o)
{
	struct symbol_list *list;
	struct fact_file facts;
	struct sc_unit unit;
	struct symbol *sym;
	int ret = 0, bad;

	if (!readable_file(file))
		return 2;
	memset(&facts, 0, sizeof(facts));
	facts.path = sc_strdup(clean_path(file));
	facts.unit = sc_strdup(o->unit);
	sc_pointers_begin(&facts);
	sc_whole_begin();
	sc_fn_begin();
	memset(&unit, 0, sizeof(unit));
	unit.rules = o->rules;
	unit.facts = &facts;

	has_error = 0;
	parsing_file = file;
	capture_begin();
	list = sparse_keep_tokens(file);
	/*
	 * Only syntax errors make a file unusable.  Type errors found while
	 * evaluating (sparse reports some in real kernel code, and exits 0
	 * for them) leave the rest of the file's facts sound.
	 */
	bad = has_error & ERROR_CURR_PHASE;
	if (!bad) {
		sc_cleanup_rewrite(list);
		sc_bind_initializers(&unit, list, file);
		evaluate_symbol_list(list);
		sc_fstores_globals(&unit, list, file);
		sc_tables_globals(&unit, list, file);
		sc_bind_sibs(&unit);
		keep_tests(o->rules);
		probe_gfp(&unit);
		sc_gfp_blocking_fact(&unit);
		probe_asserts(&unit);
		sc_ref_wrappers(&unit, list);	/* before inline expansion */
		/* all bodies expanded first: the calls decide which
		 * parameters are constant (sparse_params.c) */
		FOR_EACH_PTR(list, sym) {
			if (is_definition(sym) &&
			    (!strcmp(stream_name(sym->pos.stream), file) ||
			     header_static(sym)))
				expand_symbol(sym);
		} END_FOR_EACH_PTR(sym);
		sc_param_constants(&unit, list);
		FOR_EACH_PTR(list, sym) {
			struct entrypoint *ep;
			int here;

			if (!is_definition(sym))
				continue;
			here = !strcmp(stream_name(sym->pos.stream), file);
			if (!here && !header_static(sym))
				continue;	/* defined in a header */
			sc_prepare_body(&unit, sym);
			if (here)
				sc_fstores_body(&unit, sym);
			sc_param_assign(&unit, sym);
			if (unit.asm_goto)	/* seen by sc_prepare_body()'s walk */
				sc_asm_goto_edges(sym);
			ep = linearize_symbol(sym);
			sc_collect_function(&unit, sym, ep, here);
		} END_FOR_EACH_PTR(sym);
		ir_unit_finish(&unit.irs);
	}
	capture_end(bad || o->sparse_warnings);
	if (!bad)
		name_columns(&facts, file);
	if (!bad && getenv("SLEEPCHECK_IR_STATS"))
		ir_stats_flush(stderr, file);
	parsing_file = NULL;
	clear_token_alloc();
	if (bad) {
		fprintf(stderr, "sleepcheck: error: '%s' does not parse; its "
			"earlier facts are kept\n", file);
		sc_pointers_begin(NULL);
		fact_file_free(&facts);
		return 2;
	}

	fact_file_prune_tags(&facts);
	ret = o->file_done(&facts, o->arg);
	sc_pointers_begin(NULL);
	fact_file_free(&facts);
	for (int i = 0; i < unit.nsites; i++) {
		free(unit.sites[i].via);
		free(unit.sites[i].objfield);
		free(unit.sites[i].objpath);
	}
	for (int i = 0; i < unit.nstores; i++)
		free(unit.stores[i].field);
	pconst_free(&unit.pconst);
	free(unit.sites);
	free(unit.noassert);
	free(unit.stores);
	free(unit.rets);
	free(unit.refwraps);
	return ret;
}

/*
 * sparse parses by recursive descent: 10,000 nested parentheses take
 * more than the usual 8 MiB of stack.  Each file is checked on a thread
 * with CHECK_STACK bytes of stack (reserved, touched only as used), and
 * a stack overflow beyond that, or any other fatal signal, ends the run
 * with one error line naming the file and status 2, the database as it
 * was (the file's transaction never began).
 */
#define CHECK_STACK ((size_t)1 << 30)

struct check_job {
	char *file;
	const struct sc_check_opts *o;
	int ret;
};

static void *check_thread(void *arg)
{
	static char altstack[64 * 1024];	/* one checking thread at a time */
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof(altstack) }, old;
	struct check_job *j = arg;
	int set;

	/* the signal handler needs a stack of its own on this thread too;
	 * the one there was (a sanitizer's) is put back before the thread
	 * ends, since whoever made it frees it then */
	set = sigaltstack(&ss, &old) == 0;
	j->ret = check_file(j->file, j->o);
	if (set)
		sigaltstack(&old, NULL);
	return NULL;
}

static void on_fatal_signal(int sig)
{
	static const char pre[] = "sleepcheck: error: '", post[] =
		"': nesting too deep or internal error; its earlier facts are kept\n";
	const char *f = parsing_file ? parsing_file : "?";
	size_t n = 0;

	while (f[n])
		n++;
	if (capture.saved >= 0)
		dup2(capture.saved, 2);
	if (write(2, pre, sizeof(pre) - 1) < 0 || write(2, f, n) < 0 ||
	    write(2, post, sizeof(post) - 1) < 0)
		_exit(fail_status);
	(void)sig;
	_exit(fail_status);
}

static void catch_fatal_signals(void)
{
	static char altstack[64 * 1024];
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof(altstack) };
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fatal_signal;
	sa.sa_flags = SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	sigaltstack(&ss, NULL);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
}

static int check_on_big_stack(char *file, const struct sc_check_opts *o)
{
	struct check_job j = { file, o, 2 };
	pthread_attr_t attr;
	pthread_t t;

	if (pthread_attr_init(&attr) ||
	    pthread_attr_setstacksize(&attr, CHECK_STACK) ||
	    pthread_create(&t, &attr, check_thread, &j))
		return check_file(file, o);
	pthread_join(t, NULL);
	pthread_attr_destroy(&attr);
	return j.ret;
}

/*
 * sparse keeps extern declarations in its global scope from one file to
 * the next, so a header's prototypes from the first file would clash
 * with the second file's own types.  Several files on one command line
 * are therefore checked each in a child forked after option parsing,
 * which starts from the same state as a fresh process.
 */
static int check_in_child(char *file, const struct sc_check_opts *o)
{
	pid_t pid;
	int status;

	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0) {
		fprintf(stderr, "sleepcheck: error: cannot fork to check '%s': %s\n",
			file, strerror(errno));
		return 2;
	}
	if (pid == 0) {
		int r = check_on_big_stack(file, o);

		if (o->child_exit)
			o->child_exit(o->arg);
		fflush(stdout);
		fflush(stderr);
		_exit(r);
	}
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR)
			return 2;
	}
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	fprintf(stderr, "sleepcheck: error: checking '%s' was killed by signal %d\n",
		file, WIFSIGNALED(status) ? WTERMSIG(status) : 0);
	return 2;
}

int sc_check(const struct sc_check_opts *o, int argc, char **argv)
{
	struct string_list *files = NULL;
	char *file;
	int ret = 0, nfiles = 0;

	set_fail_status();
	atexit(exit_during_parse);
	catch_fatal_signals();

	sc_assert_predefine(o->rules);
	sc_cleanup_predefine();
	argv = sc_cleanup_argv(argc++, argv);
	sparse_initialize(argc, argv, &files);
	if (!o->sparse_warnings)
		fmax_warnings = 0;
	if (has_error) {
		fprintf(stderr, "sleepcheck: error: bad command line or "
			"pre-included file\n");
		return 2;
	}
	FOR_EACH_PTR(files, file) {
		nfiles++;
	} END_FOR_EACH_PTR(file);
	FOR_EACH_PTR(files, file) {
		int r;

		if (nfiles == 1)
			r = check_on_big_stack(file, o);
		else
			r = check_in_child(file, o);
		if (r > ret)
			ret = r;
	} END_FOR_EACH_PTR(file);
	if (!nfiles) {
		fprintf(stderr, "sleepcheck: error: no input files "
			"(try 'sleepcheck --help')\n");
		ret = 2;
	}
	return ret == 2 ? fail_status : ret;
}
