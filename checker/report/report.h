/*
 * report.h - prints findings: gcc-style text (report.c), JSON
 * (report_json.c), SARIF 2.1.0 (report_sarif.c), Graphviz dot
 * (report_dot.c) and a self-contained HTML page (report_html.c).
 */
#ifndef SLEEPCHECK_REPORT_H
#define SLEEPCHECK_REPORT_H

#include <stdio.h>

#include "solver.h"

struct report_opts {
	int error;		/* -Werror: findings are errors */
	int show_baselined;	/* also print baselined findings */
	int list_suppressed;	/* also print suppressed findings */
	const char *srcroot;	/* SARIF: paths relative to this directory */
	int show_all_paths;	/* list each call merged into a finding */
};

/// Does @fd belong in the output under @o?
int report_shows(const struct finding *fd, const struct report_opts *o);

/// One warning per atomic call: the findings of one call in one function
/// to one target, in one state (new, baselined, suppressed), go under the
/// one shown (its same[]); call after fingerprints, suppressions and the
/// baseline are applied.
void findings_group_calls(struct findings *f);

/// gcc-style: one warning per finding, then note lines for where the
/// atomic context began and each step of the chain.
void report_text(FILE *out, const struct findings *f, const struct report_opts *o);
void report_json(FILE *out, const struct findings *f, const struct report_opts *o);
void report_sarif(FILE *out, const struct findings *f, const struct report_opts *o);
void report_dot(FILE *out, const struct findings *f, const struct report_opts *o);
void report_html(FILE *out, const struct findings *f, const struct report_opts *o);

/* shared by the writers */
/// The note at the start of call @c's atomic context, in function @func:
/// "atomic context begins here, at 'P' in 'F'", or, where an assertion
/// began it, "'F' asserts spinlock held here, at 'lockdep_assert_held'".
const char *atomic_origin_text(const struct fact_call *c, const char *func,
			       char *buf, size_t size);
void json_string(FILE *out, const char *s);
const char *gfp_class_name(char cls);
const char *step_resolution(const struct chain_step *s);
/// "sleep-in-atomic", "sleep-in-atomic-indirect" or "contract": the
/// warning's -W name, the SARIF and JSON rule.
const char *finding_class(const struct finding *fd);

/// An rt-wait-context finding's atomic text (atomic_describe() of its
/// raw depth) says the spinlock is raw: "raw spinlock held".
void rt_atomic_text(const struct finding *fd, char *buf, size_t size);

/// The condition under which step @s's call runs ("gfp parameter 1
/// allows blocking", "argument 2 has no bit of 0x1 set") in @buf, or NULL.
const char *guard_condition(const struct chain_step *s, char *buf, size_t size);
/// The one-line message of finding @fd in @buf: "call to 'f' may sleep
/// with ...", or the contract's or the entry's wording; @written names
/// the inline function the user wrote rather than its callee.
void finding_message(const struct finding *fd, int written, char *buf, size_t size);

#endif
