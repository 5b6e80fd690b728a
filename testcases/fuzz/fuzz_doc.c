/*
 * fuzz_doc.c - libFuzzer target: any bytes as API documentation for
 * `sleepcheck rules-from-doc`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "docmine.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static int quiet;
	char path[] = "/tmp/sleepcheck-fuzz-doc.XXXXXX";
	char *docs[] = { path };
	int fd;

	if (!quiet && freopen("/dev/null", "w", stdout))
		quiet = 1;
	fd = mkstemp(path);
	if (fd < 0)
		return 0;
	if (write(fd, data, size) != (ssize_t)size) {
		close(fd);
		unlink(path);
		return 0;
	}
	close(fd);
	docmine(FUZZ_PATTERNS, docs, 1);
	unlink(path);
	return 0;
}
