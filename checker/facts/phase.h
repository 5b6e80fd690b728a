/*
 * phase.h - where a report's time and memory go: with SLEEPCHECK_PHASES
 * set in the environment, phase_mark() prints the CPU time (user+sys)
 * since the previous mark, the resident memory now and the peak so far,
 * one line on stderr per phase.  Without it, a mark costs one getenv()
 * the first time and nothing after.  For bench/ and profiling, not for
 * users: the lines are not part of any output format.
 */
#ifndef SLEEPCHECK_PHASE_H
#define SLEEPCHECK_PHASE_H

/// Ends the phase named @what (see above).
void phase_mark(const char *what);

#endif
