#include <linux/spinlock.h>

/*
 * The store compact-zero-set.c adds to compact-zero.c: mm/page_alloc.c:
 * 9288 alloc_contig_range()'s `struct compact_control cc = { ...,
 * .alloc_contig = true, }` (CONFIG_CONTIG_ALLOC).
 */
struct page;
struct compact_control {
	int order;
	unsigned long nr_freepages;
	bool direct_compaction;
	bool ignore_skip_hint;
	bool alloc_contig;
	void *lock;
};

extern int isolate_block(struct compact_control *cc, unsigned long pfn,
			 unsigned long end);

int alloc_contig_range(unsigned long start, unsigned long end)
{
	struct compact_control cc = {
		.order = -1,
		.ignore_skip_hint = true,
		.alloc_contig = true,
	};

	return isolate_block(&cc, start, end);
}
/*
 * check-name: a store of true into compact_control.alloc_contig (with compact-zero.c, compact-zero-set.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
