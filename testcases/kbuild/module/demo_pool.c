// SPDX-License-Identifier: GPL-2.0
/*
 * demo_pool.c - fourth file of the chain: adds __GFP_ZERO and passes the
 * caller's gfp on to demo_alloc_buf() in demo_alloc.c.
 */
#include "demo.h"

void *demo_pool_get(size_t len, gfp_t gfp)
{
	return demo_alloc_buf(len, gfp | __GFP_ZERO);
}
