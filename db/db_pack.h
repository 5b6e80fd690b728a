/*
 * db_pack.h - one file's facts as one blob (db_pack.c), and the packed
 * columns of the call table.  Private to db/.
 */
#ifndef SLEEPCHECK_DB_PACK_H
#define SLEEPCHECK_DB_PACK_H

#include <stddef.h>

#include "facts.h"
#include "strpool.h"

/// @file's facts as a pack: malloc'ed, *@len bytes.  What unpack_file()
/// makes of it is what loading @file's rows makes of them.
unsigned char *pack_file(const struct fact_file *file, size_t *len);

/// Decodes the pack @data of @len bytes into @file, which has its path
/// and nothing else; its functions' and calls' strings in @pool, their
/// vals and rets read through @memo (facts.h fact_vals_parse(); NULL:
/// none).  @return: 0, or -1 when @data is not a pack (@file is then
/// emptied of what was decoded, keeping its path).
int unpack_file(struct strpool *pool, struct fact_vals_memo *memo,
		const void *data, size_t len, struct fact_file *file);

/* call.asserted, call.raw and call.rawat (db.c's schema) */
long long asserted_pack(const struct fact_call *c);
void asserted_unpack(struct fact_call *c, long long v);
long long raw_pack(const struct fact_call *c);
void raw_unpack(struct strpool *pool, struct fact_call *c, long long v,
		const char *at);
char *raw_at(const struct fact_call *c, char *buf, size_t size);

/// The depth loaded from a stored @d: within AK_MAX_DEPTH.
signed char depth_clamp(long long d);

#endif
