/*
 * sparse_frontend.h - the libsparse front end: turns a translation unit
 * parsed by sparse into a struct fact_file.
 */
#ifndef SLEEPCHECK_SPARSE_FRONTEND_H
#define SLEEPCHECK_SPARSE_FRONTEND_H

#include "lib.h"

#include "facts.h"
#include "rules.h"

/* expression->op of the markers that sparse_inline.c adds */
#define SC_MARKER_OP 0x53430001

struct symbol;
struct entrypoint;

/* call sites of one function: inline expansions and direct calls */
struct sc_site {
	unsigned line, col;
	struct ident *inl;	/* inline function expanded here, or NULL */
	int direct;		/* a direct call is at the same place too */
};

/* what the front end knows about the file being checked */
struct sc_unit {
	const struct rules *rules;
	struct fact_file *facts;
	int stream;			/* sparse stream of the main file */
	int have_mask;			/* gfp_blocking_mask is valid */
	unsigned long long gfp_blocking_mask;
	struct sc_site *sites;	/* of the function being collected */
	int nsites, sites_cap;
};

/// Rewrites positions inside inline expansions of @fn (sparse_inline.c).
void sc_prepare_body(struct sc_unit *unit, struct symbol *fn);

/// Records @fn and its calls, with atomic state and gfp classes, from
/// its linearized form @ep (sparse_facts.c).
void sc_collect_function(struct sc_unit *unit, struct symbol *fn,
			 struct entrypoint *ep);

/// The `sleepcheck [sparse options] FILE...` mode (sparse_frontend.c).
/// @return: the process exit status.
int sc_check_main(int argc, char **argv);

#endif
