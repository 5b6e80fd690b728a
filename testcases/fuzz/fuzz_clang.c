/*
 * fuzz_clang.c - libFuzzer target: any bytes as a C file for the libclang
 * front end (parse, lowering, data flow, facts), with the stub headers of
 * testcases/include and the shipped rules.  Whatever clang makes of the
 * input, the front end must produce facts or one error, never crash,
 * hang or read out of bounds.  libclang keeps no state between units,
 * so every input runs in this process and coverage guides the search.
 * (The sparse front end keeps global state and exits on some errors;
 * the hostile-input tests and crash-safety.sh cover it.)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clang_frontend.h"

static struct rules rules;
static int loaded;

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	char path[] = "/tmp/sleepcheck-fuzz-c.XXXXXX.c";
	const char *args[] = { "-I" FUZZ_INCLUDE, "-w" };
	struct fact_file facts;
	int fd;

	if (!loaded) {
		if (rules_load_dir(&rules, FUZZ_RULES))
			abort();
		loaded = 1;
	}
	fd = mkstemps(path, 2);
	if (fd < 0)
		return 0;
	if (write(fd, data, size) != (ssize_t)size) {
		close(fd);
		unlink(path);
		return 0;
	}
	close(fd);
	memset(&facts, 0, sizeof(facts));
	facts.path = sc_strdup(path);
	clang_check_file(path, args, 2, &rules, &facts);
	fact_file_free(&facts);
	unlink(path);
	return 0;
}
