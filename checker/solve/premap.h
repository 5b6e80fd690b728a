/*
 * premap.h - the objects a function's sleeps never happen for
 * (premap.c), for the solver's VC_MAPPED conditions: ACPICA's
 * acpi_hw_read() and acpi_hw_write() reach ioremap() only for a
 * register the kernel did not map at boot (kernel-assume.rules,
 * `premapped`).
 */
#ifndef SLEEPCHECK_PREMAP_H
#define SLEEPCHECK_PREMAP_H

#include "callgraph.h"

/// Per function of @g, 1 + the argument (from 0) that a premapped rule
/// names, else 0; NULL when no function has one.  The caller frees it.
unsigned char *pm_args(const struct callgraph *g);

/// Is argument @j of a call with values @vals the address of a global
/// object a premapped rule of function @name names?
int pm_arg_mapped(const struct rules *rules, const char *name,
		  const struct fact_vals *vals, int j);

#endif
