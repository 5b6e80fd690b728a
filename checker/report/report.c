/*
 * report.c - the text report: gcc-style diagnostics, one warning per
 * finding followed by its notes (where the atomic context began, where
 * a blocking gfp came from, and each call of the chain in order down to
 * the sleep source).  Baselined and suppressed findings are shown only
 * when asked for, with a note saying so.  Also what every format shares:
 * a finding's one-line message, its class, the condition of a step.
 */
#include <stdio.h>
#include <string.h>

#include "callgraph.h"
#include "fmt.h"
#include "fieldvals.h"
#include "report.h"
#include "vcond.h"

static const char *gfp_text(char cls)
{
	switch (cls) {
	case GFP_BLOCK:
		return " with GFP flags that allow blocking";
	case GFP_UNKNOWN:
		return " with GFP flags not known to forbid blocking";
	case GFP_SOFTIRQ:
		return " with GFP flags that allow blocking unless bottom halves "
		       "are disabled (gfp_any())";
	case GFP_NOTE_BH:
		return " with bottom halves enabled";
	case 0:
	case GFP_NOT:
	case GFP_NOBLOCK:
		return "";
	default:
		return " passing on its caller's GFP flags";
	}
}

/* " through inline 'kmalloc'" when the call was written as an inline */
static const char *inline_text(const struct fact_call *c, char *buf, size_t size)
{
	if (!fcx(c)->inl)
		return "";
	fmt_buf(buf, size, " through inline '%s'", fcx(c)->inl);
	return buf;
}

/* "'struct ops'.alloc" from "struct ops.alloc" */
static const char *field_text(const char *via, char *buf, size_t size)
{
	const char *dot = strrchr(via, '.');

	if (!dot)
		fmt_buf(buf, size, "'%s'", via);
	else
		fmt_buf(buf, size, "'%.*s'%s", (int)(dot - via), via, dot);
	return buf;
}

/* what a call calls, as the user wrote it (@written) or as it really is */
static const char *callee_text(const struct fact_call *c, int written,
			       char *buf, size_t size)
{
	char field[300];

	if (fcx(c)->inl && written)
		fmt_buf(buf, size, "'%s'", fcx(c)->inl);
	else if (c->callee)
		fmt_buf(buf, size, "'%s'", c->callee);
	else if (fcx(c)->via)
		fmt_buf(buf, size, "%s", field_text(fcx(c)->via, field, sizeof(field)));
	else
		fmt_buf(buf, size, "a function pointer");
	return buf;
}

/* the callee of a chain step: "'arm_dma_alloc' via 'struct ...'.alloc = ..." */
static const char *step_callee(const struct chain_step *s, char *buf, size_t size)
{
	char field[300];

	if (!s->bind)
		return callee_text(s->call, 0, buf, size);
	fmt_buf(buf, size, "'%s' via %s = %s at %s:%d:%d", s->target,
		 field_text(s->bind->via, field, sizeof(field)), s->bind->func,
		 s->bind_file->path, s->bind->line, s->bind->col);
	return buf;
}

/* " on a path taken only when its gfp parameter 2 allows blocking" */
const char *guard_condition(const struct chain_step *s, char *buf, size_t size)
{
	const struct fact_call *c = s->call;
	unsigned long long mask;
	int j, k, eq;

	if (!fcx(c)->gblk && !fcx(c)->gnblk)
		return NULL;	/* no guard: most steps */
	for (j = 0; j < GFP_MAX_PARAMS; j++)
		if (fcx(c)->gblk & (1u << j)) {
			fmt_buf(buf, size, "gfp parameter %d allows blocking", j + 1);
			return buf;
		}
	for (j = GFP_MAX_PARAMS; j < 32; j++) {
		const struct fact_atom *a = j - GFP_MAX_PARAMS < s->func->natoms ?
					    &s->func->atoms[j - GFP_MAX_PARAMS] : NULL;

		if (((fcx(c)->gblk | fcx(c)->gnblk) & (1u << j)) && a &&
		    (a->how & ATOM_FIELD) && a->value == ~0ULL) {
			snprintf(buf, size, "function pointer '%s' is %s", a->sfield,
				 fcx(c)->gblk & (1u << j) ? "set" : "NULL");
			return buf;
		}
		if (((fcx(c)->gblk | fcx(c)->gnblk) & (1u << j)) && a &&
		    (a->how & ATOM_VMEM)) {
			snprintf(buf, size, "argument %d %s vmalloc memory", a->param + 1,
				 fcx(c)->gblk & (1u << j) ? "points to" : "does not point to");
			return buf;
		}
		if (((fcx(c)->gblk | fcx(c)->gnblk) & (1u << j)) && a &&
		    (a->how & ATOM_FIELD)) {
			snprintf(buf, size, "field '%s' has %s of %#llx set", a->sfield,
				 fcx(c)->gblk & (1u << j) ? "a bit" : "no bit", a->value);
			return buf;
		}
		if (((fcx(c)->gblk | fcx(c)->gnblk) & (1u << j)) &&
		    fact_func_atom(s->func, j - GFP_MAX_PARAMS, &k, &mask, &eq))
			return vc_flag_text(k, fact_func_atom_field(s->func,
							j - GFP_MAX_PARAMS),
					    mask, eq, !!(fcx(c)->gblk & (1u << j)), buf,
					    size);
	}
	return NULL;
}

static const char *guard_text(const struct chain_step *s, char *buf, size_t size)
{
	char cond[320];

	if (!guard_condition(s, cond, sizeof(cond)))
		return "";
	/* a program-wide field atom's "field 'struct T.F' has ..." is of no
	 * argument of the function; a member atom's "field 'F' of what
	 * argument 1 points to ..." is, as the rest */
	fmt_buf(buf, size, " on a path taken only when %s%s",
		strncmp(cond, "field 'struct ", 14) ? "its " : "", cond);
	return buf;
}

const char *finding_class(const struct finding *fd)
{
	if (fd->contract)
		return "contract";
	if (fd->rt)
		return "rt-wait-context";
	return fd->indirect ? "sleep-in-atomic-indirect" : "sleep-in-atomic";
}

void rt_atomic_text(const struct finding *fd, char *buf, size_t size)
{
	size_t n = strlen(buf);

	if (!fd->rt || strncmp(buf, "spinlock", 8) || n + 5 > size)
		return;
	memmove(buf + 4, buf, n + 1);
	memcpy(buf, "raw ", 4);
}

/* where the context of a callback comes from: the rule naming its field,
 * or the call through the field made in atomic context */
const char *atomic_origin_text(const struct fact_call *c, const char *func,
			       char *buf, size_t size)
{
	char kinds[96];

	if (!fcx(c)->aassert) {
		fmt_buf(buf, size, "atomic context begins here, at '%s' in '%s'",
			 fcx(c)->awhat ? fcx(c)->awhat : "?", func);
		return buf;
	}
	atomic_describe(fcx(c)->assumed, kinds, sizeof(kinds));
	fmt_buf(buf, size, "'%s' asserts %s here, at '%s'", func,
		 kinds[0] ? kinds : "atomic context", fcx(c)->awhat ? fcx(c)->awhat : "?");
	return buf;
}

/* what a chain dispatch calls: "the blocks registered on 'h' through
 * 'atomic_notifier_call_chain'" */
static const char *chain_text(const struct nf_dispatch *nf, char *buf, size_t size)
{
	char field[300];

	if (nf->object && nf->mode != NF_FIELD) {
		field_text(fcx(&nf->c)->via, field, sizeof(field));
		if (nf->mode == NF_HEAD)
			fmt_buf(buf, size, "%s of the types set on '%s' through "
				 "'%s'", field, nf->head.name, nf->chain);
		else
			fmt_buf(buf, size, "%s of the types set on any %s through "
				 "'%s' (its object is not known)", field, nf->kind,
				 nf->chain);
		return buf;
	}
	if (nf->mode == NF_HEAD)
		fmt_buf(buf, size, "the blocks registered on '%s' through '%s'",
			 nf->head.name, nf->chain);
	else if (nf->mode == NF_KIND)
		fmt_buf(buf, size, "the blocks registered on %s chains through "
			 "'%s' (its head is not known)", nf->kind, nf->chain);
	else
		fmt_buf(buf, size, "'%s', which reaches every function bound to "
			 "%s (%s)", nf->chain, field_text(fcx(&nf->c)->via, field,
							  sizeof(field)), nf->why);
	return buf;
}

static void print_context(FILE *out, const struct finding *fd)
{
	char origin[512];

	const struct chain_step *s0 = &fd->steps[0];
	const struct fact_call *d = fd->disp_call;
	char atomic[160], field[300];

	if (fd->entry_stored && fd->entry->file)
		fmt_out(out, "%s:%d:1: note: a function stored in '%s' runs in %s "
			"context\n", rule_file_display(fd->entry->file),
			fd->entry->line, fd->entry_with, fd->entry->kind);
	if (!d)
		return;
	atomic_describe(d->depth, atomic, sizeof(atomic));
	if (fd->disp_nf && atomic_active(d->depth))
		fmt_out(out, "%s:%d:%d: note: '%s' runs in atomic context: '%s' calls "
			"%s here with %s\n", fd->disp_file->path, d->line,
			d->col, s0->func->name, fd->disp_func->name,
			chain_text(fd->disp_nf, origin, sizeof(origin)), atomic);
	else if (atomic_active(d->depth))
		fmt_out(out, "%s:%d:%d: note: '%s' runs in atomic context: '%s' calls "
			"through %s here with %s\n", fd->disp_file->path, d->line,
			d->col, s0->func->name, fd->disp_func->name,
			field_text(fcx(d)->via, field, sizeof(field)), atomic);
	else
		fmt_out(out, "%s:%d:%d: note: '%s' runs in atomic context: '%s', an "
			"atomic entry point, calls through %s here\n",
			fd->disp_file->path, d->line, d->col, s0->func->name,
			fd->disp_func->name, field_text(fcx(d)->via, field, sizeof(field)));
	if (atomic_active(d->depth) && fcx(d)->aline > 0)
		fmt_out(out, "%s:%d:%d: note: %s\n", fd->disp_file->path, fcx(d)->aline,
			fcx(d)->acol, atomic_origin_text(d, fd->disp_func->name, origin,
						    sizeof(origin)));
}

/* the other atomic calls of the same bug: a count, or each */
static void print_also(FILE *out, const struct finding *fd,
		       const struct report_opts *o)
{
	char callee[1024];
	int i;

	if (!fd->nalso)
		return;
	if (!o->show_all_paths && fd->also_via) {
		fmt_out(out, "%s:%d:%d: note: %d other call%s made in atomic context "
			"reach%s the same sleep through '%s' (--show-all-paths lists "
			"them)\n", fd->steps[0].file->path, fd->steps[0].call->line,
			fd->steps[0].call->col, fd->nalso, fd->nalso == 1 ? "" : "s",
			fd->nalso == 1 ? "es" : "", fd->also_via);
		return;
	}
	if (!o->show_all_paths) {
		fmt_out(out, "%s:%d:%d: note: %d other call%s in this atomic section "
			"reach%s the same sleep (--show-all-paths lists them)\n",
			fd->steps[0].file->path, fd->steps[0].call->line,
			fd->steps[0].call->col, fd->nalso, fd->nalso == 1 ? "" : "s",
			fd->nalso == 1 ? "es" : "");
		return;
	}
	for (i = 0; i < fd->nalso; i++) {
		const struct chain_step *s = &fd->also[i];

		fmt_out(out, "%s:%d:%d: note: '%s' also reaches it here, calling %s\n",
			s->file->path, s->call->line, s->call->col, s->func->name,
			callee_text(s->call, 1, callee, sizeof(callee)));
	}
}

/* does @m (grouped under @fd) end at the same call as @fd: the same
 * sleep in another context, or a contract of the sleeping call itself? */
static int same_sleep(const struct finding *fd, const struct finding *m)
{
	return m->steps[m->nsteps - 1].call == fd->steps[fd->nsteps - 1].call &&
	       (m->contract || m->entry) && !fd->contract;
}

/* the other findings of the same atomic call (group.c): the contexts an
 * entry point adds to the same sleep, each; the other sleeps, a count
 * and their names, or each with its chain's end and fingerprint */
static void print_same(FILE *out, const struct finding *fd,
		       const struct report_opts *o)
{
	const struct chain_step *s0 = &fd->steps[0];
	int i, n = 0, k = 0;

	for (i = 0; i < fd->nsame; i++) {
		const struct finding *m = &fd->same[i];

		if (!same_sleep(fd, m)) {
			n++;
			continue;
		}
		if (m->contract) {
			char msg[512];

			finding_message(m, 1, msg, sizeof(msg));
			fmt_out(out, "%s:%d:1: note: also: %s (contract '%s'%s%s)%s%s%s\n",
				rule_file_display(m->contract->file), m->contract->line,
				msg, m->contract->name,
				m->contract->source ? ", documented at " : "",
				m->contract->source ? m->contract->source : "",
				o->show_all_paths ? " (" : "",
				o->show_all_paths ? m->fingerprint : "",
				o->show_all_paths ? ")" : "");
			continue;
		}
		fmt_out(out, "%s:%d:%d: note: '%s' also runs in %s context: %s "
			"'%s' here%s%s%s\n", m->entry_path, m->entry_line,
			m->entry_col, s0->func->name, m->entry->kind,
			m->entry_stored ? "stored in" : "registered with",
			m->entry_with, o->show_all_paths ? " (" : "",
			o->show_all_paths ? m->fingerprint : "",
			o->show_all_paths ? ")" : "");
	}
	if (!n)
		return;
	if (!o->show_all_paths) {
		fmt_out(out, "%s:%d:%d: note: the same call reaches %d other "
			"sleep%s:", s0->file->path, s0->call->line, s0->call->col,
			n, n == 1 ? "" : "s");
		for (i = 0; i < fd->nsame && k < 3; i++) {
			const struct finding *m = &fd->same[i];
			const struct chain_step *z = &m->steps[m->nsteps - 1];

			if (same_sleep(fd, m))
				continue;
			fmt_out(out, "%s '%s' in '%s'", k++ ? "," : "",
				z->call->callee ? z->call->callee : "?", z->func->name);
		}
		fmt_out(out, "%s (--show-all-paths lists them)\n", n > 3 ? ", ..." : "");
		return;
	}
	for (i = 0; i < fd->nsame; i++) {
		const struct finding *m = &fd->same[i];
		const struct chain_step *z = &m->steps[m->nsteps - 1];

		if (same_sleep(fd, m))
			continue;
		fmt_out(out, "%s:%d:%d: note: the same call also reaches '%s' in "
			"'%s' through %d call%s%s%s%s (%s)\n", z->file->path,
			z->call->line, z->call->col,
			z->call->callee ? z->call->callee : "?", z->func->name,
			m->nsteps, m->nsteps == 1 ? "" : "s",
			m->entry ? ", in " : "", m->entry ? m->entry->kind : "",
			m->entry ? " context" : "",
			m->fingerprint[0] ? m->fingerprint : "no fingerprint");
	}
}

void finding_message(const struct finding *fd, int written, char *buf, size_t size)
{
	const struct fact_call *c = fd->steps[0].call;
	char atomic[160];
	const char *name = written && fcx(c)->inl ? fcx(c)->inl : c->callee;

	if (fd->contract && fd->contract->kind == CONTRACT_NO_INTERRUPT) {
		fmt_buf(buf, size, "'%s' runs in %s context and calls '%s', which "
			 "may not be called in interrupt context",
			 fd->steps[0].func->name, fd->entry->kind, fd->contract->name);
		return;
	}
	if (fd->disp_call) {
		atomic_describe(fd->disp_call->depth, atomic, sizeof(atomic));
		fmt_buf(buf, size, "'%s' runs in atomic context ('%s' calls it "
			 "through %s%s%s) and may sleep", fd->steps[0].func->name,
			 fd->disp_func->name, fcx(fd->disp_call)->via,
			 atomic_active(fd->disp_call->depth) ? " with " : "",
			 atomic_active(fd->disp_call->depth) ? atomic : "");
		return;
	}
	if (fd->entry) {
		fmt_buf(buf, size, "'%s' runs in %s%s context and may sleep%s",
			 fd->steps[0].func->name,
			 fd->rt && strcmp(fd->entry->kind, "hardirq") ? "hard " : "",
			 fd->entry->kind,
			 fd->rt ? " on PREEMPT_RT" : "");
		return;
	}
	if (fd->contract && fd->contract->kind == CONTRACT_IRQS_ON) {
		fmt_buf(buf, size, "call to '%s' with interrupts disabled, but it "
			 "may only be called with IRQs enabled", fd->contract->name);
		return;
	}
	if (fd->contract && fd->contract->kind == CONTRACT_ATOMIC_OK) {
		fmt_buf(buf, size, "'%s' may sleep, but it is documented as callable "
			 "in interrupt context", fd->contract->name);
		return;
	}
	if (fd->contract && fd->contract->kind == CONTRACT_ATOMIC_OK_IF) {
		fmt_buf(buf, size, "'%s' may sleep, but it is documented as callable "
			 "in atomic context when argument %d has a bit of %#llx set",
			 fd->contract->name, fd->contract->arg, fd->contract->mask);
		return;
	}
	if (fd->contract) {
		fmt_buf(buf, size, "'%s' may sleep, but it is documented as callable "
			 "with IRQs disabled when its gfp argument %d cannot block",
			 fd->contract->name, fd->contract->arg);
		return;
	}
	atomic_describe(c->depth, atomic, sizeof(atomic));
	rt_atomic_text(fd, atomic, sizeof(atomic));
	if (name)
		fmt_buf(buf, size, "call to '%s' may sleep%s with %s", name,
			 fd->rt ? " on PREEMPT_RT" : "", atomic);
	else
		fmt_buf(buf, size, "call through %s may sleep with %s",
			 fcx(c)->via ? fcx(c)->via : "a function pointer", atomic);
}

int report_shows(const struct finding *fd, const struct report_opts *o)
{
	if (fd->suppressed)
		return o->list_suppressed;
	if (fd->baselined)
		return o->show_baselined;
	return 1;
}

/* how a binding's object is named: the variable an initializer fills, or
 * the struct member an assignment fills ("struct T.F") */
static const char *by_text(const char *by, int stored)
{
	if (!by)
		return "";
	if (strncmp(by, "struct ", 7))
		return ", in the initializer of '";
	return stored ? ", in '" : ", stored in '";
}

static void print_finding(FILE *out, const struct finding *fd,
			  const struct report_opts *o)
{
	const struct chain_step *s0 = &fd->steps[0];
	const struct fact_call *c0 = s0->call;
	char atomic[160], inl[160], callee[1024], guard[400], origin[512];
	int i;

	atomic_describe(c0->depth, atomic, sizeof(atomic));
	rt_atomic_text(fd, atomic, sizeof(atomic));
	if (fd->contract) {
		char msg[512];

		finding_message(fd, 1, msg, sizeof(msg));
		fmt_out(out, "%s:%d:%d: %s: %s [-Wcontract]\n", s0->file->path,
			c0->line, c0->col, o->error ? "error" : "warning", msg);
		fmt_out(out, "%s:%d:1: note: contract '%s'%s%s%s\n",
			rule_file_display(fd->contract->file), fd->contract->line,
			fd->contract->name, fd->contract->source ? ", documented at " : "",
			fd->contract->source ? fd->contract->source : "", "");
	} else if (fd->entry)
		fmt_out(out, "%s:%d:%d: %s: call to %s may sleep%s in %s%s context, "
			"in '%s' [-W%s]\n", s0->file->path, c0->line,
			c0->col, o->error ? "error" : "warning",
			callee_text(c0, 1, callee, sizeof(callee)),
			fd->rt ? " on PREEMPT_RT" : "", fd->rt && !fd->disp_call && strcmp(fd->entry->kind, "hardirq") ? "hard " : "",
			fd->entry->kind,
			s0->func->name, finding_class(fd));
	else
		fmt_out(out, "%s:%d:%d: %s: call to %s may sleep%s with %s "
			"[-W%s]\n", s0->file->path, c0->line, c0->col,
			o->error ? "error" : "warning",
			callee_text(c0, 1, callee, sizeof(callee)),
			fd->rt ? " on PREEMPT_RT" : "", atomic,
			finding_class(fd));
	if (fd->suppressed)
		fmt_out(out, "%s:%d:%d: note: suppressed: %s\n", s0->file->path,
			c0->line, c0->col, fd->suppressed);
	else if (fd->baselined)
		fmt_out(out, "%s:%d:%d: note: in the baseline (%s)\n", s0->file->path,
			c0->line, c0->col, fd->fingerprint);
	if (fd->entry)
		print_context(out, fd);
	if (fd->disp_call)
		fmt_out(out, "%s:%d:%d: note: '%s' is bound to '%s' here%s%s%s\n",
			fd->entry_path, fd->entry_line, fd->entry_col,
			s0->func->name, fd->entry_with, by_text(fd->entry_by, 0),
			fd->entry_by ? fd->entry_by : "", fd->entry_by ? "'" : "");
	else if (fd->entry && fd->entry_stored)
		fmt_out(out, "%s:%d:%d: note: '%s' runs in %s context: stored in "
			"'%s' here%s%s%s\n", fd->entry_path, fd->entry_line,
			fd->entry_col, s0->func->name, fd->entry->kind, fd->entry_with,
			by_text(fd->entry_by, 1),
			fd->entry_by ? fd->entry_by : "", fd->entry_by ? "'" : "");
	else if (fd->entry)
		fmt_out(out, "%s:%d:%d: note: '%s' runs in %s context: '%s' registers "
			"it here with '%s'\n", fd->entry_path, fd->entry_line,
			fd->entry_col, s0->func->name, fd->entry->kind,
			fd->entry_by, fd->entry_with);
	else if (fcx(c0)->aline > 0)
		fmt_out(out, "%s:%d:%d: note: %s\n", s0->file->path, fcx(c0)->aline,
			fcx(c0)->acol, atomic_origin_text(c0, s0->func->name, origin,
						     sizeof(origin)));
	if (fd->gfp_call)
		fmt_out(out, "%s:%d:%d: note: '%s' passes %s to '%s' (argument %d)\n",
			fd->gfp_file->path,
			fd->gfp_call->line, fd->gfp_call->col, fd->gfp_func->name,
			fd->gfp_flag ? "flags that select the sleeping path" :
			"GFP flags that allow blocking",
			fd->gfp_call->callee ? fd->gfp_call->callee : "?",
			fd->gfp_param + 1);
	if (fd->may_sleep)
		fmt_out(out, "%s:%d:1: note: a function stored in '%s' may sleep: "
			"the call through it must not hold atomic state\n",
			rule_file_display(fd->may_sleep->file), fd->may_sleep->line,
			fd->may_sleep->name);
	if (fd->nrelied)
		fmt_out(out, "%s:%d:%d: note: '%s' calls it here in atomic context, "
			"as its contract allows%s%.0d%s\n", fd->relied.file->path,
			fd->relied.call->line, fd->relied.call->col,
			fd->relied.func->name, fd->nrelied > 1 ? " (and " : "",
			fd->nrelied - 1, fd->nrelied > 2 ? " other calls)" :
			fd->nrelied > 1 ? " other call)" : "");
	print_also(out, fd, o);
	print_same(out, fd, o);
	for (i = 0; i < fd->nsteps; i++) {
		const struct chain_step *s = &fd->steps[i];

		if (s->rule)
			fmt_out(out, "%s:%d:%d: note: '%s' calls '%s'%s%s%s%s\n",
				s->file->path, s->call->line,
				s->call->col, s->func->name, s->call->callee,
				inline_text(s->call, inl, sizeof(inl)),
				gfp_text(s->gfp),
				guard_text(s, guard, sizeof(guard)),
				rule_sleep_text(s->rule));
		else
			fmt_out(out, "%s:%d:%d: note: '%s' calls %s%s%s%s\n",
				s->file->path, s->call->line, s->call->col,
				s->func->name, step_callee(s, callee, sizeof(callee)),
				s->bind ? "" : inline_text(s->call, inl, sizeof(inl)),
				gfp_text(s->gfp),
				guard_text(s, guard, sizeof(guard)));
	}
	if (fd->indirect)
		fmt_out(out, "%s:%d:%d: note: '%s' calls through %s, which has %d "
			"candidate targets%s; this finding needs one of them "
			"[-W%s]\n", fd->indirect_file->path, fd->indirect_call->line,
			fd->indirect_call->col, fd->indirect_func->name,
			field_text(fcx(fd->indirect_call)->via, callee, sizeof(callee)),
			fd->indirect, fd->indirect > CG_MAX_FANOUT ? " (followed: "
			"the first " CG_MAX_FANOUT_TEXT ")" : "",
			finding_class(fd));
}

void report_text(FILE *out, const struct findings *f, const struct report_opts *o)
{
	int i;

	for (i = 0; i < f->n; i++)
		if (report_shows(&f->v[i], o))
			print_finding(out, &f->v[i], o);
}
