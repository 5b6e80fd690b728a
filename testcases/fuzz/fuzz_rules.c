/*
 * fuzz_rules.c - libFuzzer target: any bytes as a rules file.  The
 * parser must accept or reject with an error line, never crash or leak.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rules.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	char path[] = "/tmp/sleepcheck-fuzz-rules.XXXXXX";
	struct rules r;
	int fd = mkstemp(path);

	if (fd < 0)
		return 0;
	if (write(fd, data, size) != (ssize_t)size) {
		close(fd);
		unlink(path);
		return 0;
	}
	close(fd);
	memset(&r, 0, sizeof(r));
	rules_load_file(&r, path);
	rules_lookup(&r, "msleep");
	rules_entry(&r, "request_threaded_irq", 2);
	rules_contract(&r, "dma_free_coherent");
	rules_free(&r);
	unlink(path);
	return 0;
}
