#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A bool member no store of the program sets but initializers, which
 * leave it out: mm/compaction.c:896 isolate_migratepages_block() calls
 * isolate_or_dissolve_huge_page() (mm/hugetlb.c:3039, which may
 * cond_resched()) only `if (PageHuge(page) && cc->alloc_contig)`, with
 * the zone's lock possibly held from an earlier round of its loop (here
 * held over the whole loop).  Each
 * struct compact_control of mm/compaction.c is made by a designated
 * initializer that leaves alloc_contig out (compact_zone_order() :2520,
 * proactive_compact_node(), compact_node(), kcompactd_do_work()): 0; the
 * one store of true (mm/page_alloc.c:9288 alloc_contig_range(),
 * mm/page_isolation.c:417) is not built without CONFIG_CONTIG_ALLOC.
 * The test comes after two other member tests (the field atoms it needs
 * were cut at two), and the object is also passed as the `unsigned long
 * private` of migrate_pages() (mm/compaction.c:2414, a mem-keep rule),
 * which hands it to a callback that converts it back ("*from:ip",
 * :1679 compaction_alloc()): neither writes it other than field by
 * field.  The object here is a global one, whose members no caller's
 * local object tells.  compact-zero-set.c is the twin with the store.
 */
struct page;
struct compact_control {
	int order;
	unsigned long nr_freepages;
	bool direct_compaction;
	bool ignore_skip_hint;
	bool alloc_contig;
	spinlock_t *lock;
};

typedef struct page *new_page_t(struct page *page, unsigned long private);

extern int PageHuge(struct page *page);
extern struct page *pfn_to_page(unsigned long pfn);
extern void note_skip(void);
extern int migrate_pages(struct page *from, new_page_t get_new_page,
			 void *put_new_page, unsigned long private, int mode,
			 int reason, unsigned int *ret_succeeded);

int isolate_or_dissolve_huge_page(struct page *page)
{
	might_sleep();	/* cond_resched() */
	return 0;
}

int isolate_block(struct compact_control *cc, unsigned long pfn,
		  unsigned long end)
{
	int ret = 0;

	if (cc->direct_compaction)
		note_skip();
	spin_lock(cc->lock);
	for (; pfn < end; pfn++) {
		struct page *page = pfn_to_page(pfn);

		if (!cc->ignore_skip_hint)
			note_skip();
		if (PageHuge(page) && cc->alloc_contig) {
			ret = isolate_or_dissolve_huge_page(page);
			if (ret < 0)
				break;
		}
	}
	spin_unlock(cc->lock);
	return ret;
}

static struct page *compaction_alloc(struct page *page, unsigned long data)
{
	struct compact_control *cc = (struct compact_control *)data;

	cc->nr_freepages--;
	return page;
}

static spinlock_t zone_lock;

static struct compact_control global_cc = {
	.order = -1,
	.ignore_skip_hint = true,
	.lock = &zone_lock,
};

int compact_zone(struct page *list)
{
	migrate_pages(list, compaction_alloc, NULL, (unsigned long)&global_cc, 0, 0, NULL);
	return isolate_block(&global_cc, 0, 512);
}
/*
 * check-name: a bool member only initializers give (0) decides its test: no sleep under the zone lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
