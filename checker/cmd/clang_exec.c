/*
 * clang_exec.c - scan and clang-check in the sleepcheck binary: run by
 * sleepcheck-clang, the same program linked with libclang, found next
 * to this binary (the build tree, or BINDIR once installed).
 *
 * sleepcheck itself does not link libclang: loading libclang and LLVM
 * (relocations, symbol lookups, static constructors) cost about 27
 * million instructions a process, and kbuild's CHECK= mode starts one
 * process a file (mm/mmzone.c: 389 million with libclang, 362 without,
 * 351 for plain sparse).  The commands that need it pay one exec.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"

static const char helper[] = "sleepcheck-clang";

/* runs @argv (argv[0] the command's name) in sleepcheck-clang; returns
 * only after an error line */
static int run_helper(int argc, char **argv)
{
	char path[PATH_MAX], **v;
	ssize_t len = readlink("/proc/self/exe", path, sizeof(path) - sizeof(helper) - 1);
	char *slash;

	if (len <= 0 || !(path[len] = '\0', slash = strrchr(path, '/'))) {
		fprintf(stderr, "sleepcheck: error: '%s': cannot find this binary's "
			"directory, where %s is\n", argv[0], helper);
		return 2;
	}
	strcpy(slash + 1, helper);
	v = calloc(argc + 2, sizeof(*v));
	if (!v)
		return 2;
	v[0] = path;
	memcpy(v + 1, argv, argc * sizeof(*v));
	fflush(stdout);
	fflush(stderr);
	execv(path, v);
	fprintf(stderr, "sleepcheck: error: '%s' runs %s: %s\n", argv[0], path,
		strerror(errno));
	free(v);
	return 2;
}

int scan_main(int argc, char **argv)
{
	return run_helper(argc, argv);
}

int clang_check_main(int argc, char **argv)
{
	return run_helper(argc, argv);
}
