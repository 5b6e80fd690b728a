/*
 * fuzz_db.c - libFuzzer target: any bytes as a fact database.  Opening
 * and loading a corrupted file must fail with an error line, never crash.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	char path[] = "/tmp/sleepcheck-fuzz-db.XXXXXX";
	struct fact_set set = { NULL, 0, 0, NULL };
	struct scdb *db;
	int fd = mkstemp(path);

	if (fd < 0)
		return 0;
	if (write(fd, data, size) != (ssize_t)size) {
		close(fd);
		unlink(path);
		return 0;
	}
	close(fd);
	db = db_open(path, DB_READ);
	if (db) {
		db_load(db, &set);
		db_close(db);
	}
	fact_set_free(&set);
	unlink(path);
	return 0;
}
