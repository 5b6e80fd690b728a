/*
 * served.h - which functions run only serving a softirq (served.c), for
 * the solver's VC_BH conditions: gfp_any() is GFP_ATOMIC there.
 */
#ifndef SLEEPCHECK_SERVED_H
#define SLEEPCHECK_SERVED_H

#include "callgraph.h"

/// Per function of @g, 1 if it runs only serving a softirq: a static
/// function no call in @g reaches, whose every registration (a function
/// passed to a call, stored in a field) is one a ctx-entry rule says
/// runs serving a softirq (a timer_list timer, a tasklet), and there is
/// one; else 0.  The caller frees it.
unsigned char *served_only(const struct callgraph *g);

#endif
