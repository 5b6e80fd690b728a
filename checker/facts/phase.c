/*
 * phase.c - phase timers for profiling a report (phase.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

#include "phase.h"

static int on = -1;
static double last, last_sys;
static long last_flt;

static double sys_now(const struct rusage *ru)
{
	return ru->ru_stime.tv_sec + ru->ru_stime.tv_usec / 1e6;
}

static double cpu_now(struct rusage *ru)
{
	getrusage(RUSAGE_SELF, ru);
	return ru->ru_utime.tv_sec + ru->ru_utime.tv_usec / 1e6 + sys_now(ru);
}

/* resident pages now, in MiB (/proc/self/statm), or -1 */
static long rss_mib(void)
{
	FILE *f = fopen("/proc/self/statm", "r");
	long size, res = -1;

	if (!f)
		return -1;
	if (fscanf(f, "%ld %ld", &size, &res) != 2)
		res = -1;
	fclose(f);
	return res < 0 ? -1 : res * (sysconf(_SC_PAGESIZE) / 1024) / 1024;
}

void phase_mark(const char *what)
{
	struct rusage ru;
	double now;

	if (on < 0) {
		const char *e = getenv("SLEEPCHECK_PHASES");

		on = e && *e && *e != '0';
	}
	if (!on)
		return;
	now = cpu_now(&ru);
	fprintf(stderr, "sleepcheck: phase %-22s %6.2fs CPU (%5.2fs sys, %6ld "
		"page faults), %5ld MiB resident, %5ld MiB peak\n", what,
		now - last, sys_now(&ru) - last_sys, ru.ru_minflt - last_flt,
		rss_mib(), ru.ru_maxrss / 1024);
	last = now;
	last_sys = sys_now(&ru);
	last_flt = ru.ru_minflt;
}
