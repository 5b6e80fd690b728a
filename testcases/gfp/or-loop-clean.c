#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/bug.h>

/*
 * Clean twin of or-loop.c: __filemap_get_folio()'s callers that pass
 * neither FGP_LOCK nor FGP_CREAT (find_get_page_flags(mapping, index,
 * FGP_ACCESSED) in __find_get_block_slow(), filemap_get_folio()'s 0)
 * never take the sleeping branch, however the loop goes.
 */
#define FGP_ACCESSED	0x01
#define FGP_LOCK	0x02
#define FGP_CREAT	0x04
#define FGP_FOR_MMAP	0x40

struct mapping {
	spinlock_t lock;
};

extern int lookup(struct mapping *m, int index);
extern int add(struct mapping *m, int index);

int get_folio(struct mapping *m, int index, int fgp_flags)
{
	int folio;

repeat:
	folio = lookup(m, index);
	if (!folio)
		goto no_page;
	if (fgp_flags & FGP_LOCK)
		msleep(1);
	return folio;
no_page:
	if (fgp_flags & FGP_CREAT) {
		if (WARN_ON_ONCE(!(fgp_flags & (FGP_LOCK | FGP_FOR_MMAP))))
			fgp_flags |= FGP_LOCK;
		if (add(m, index))
			goto repeat;
	}
	return 0;
}

/* the same without the warning: the OR runs on the FGP_CREAT path */
int get_page(struct mapping *m, int index, int fgp_flags)
{
	int folio;

repeat:
	folio = lookup(m, index);
	if (!folio)
		goto no_page;
	if (fgp_flags & FGP_LOCK)
		msleep(1);
	return folio;
no_page:
	if (fgp_flags & FGP_CREAT) {
		if (!(fgp_flags & (FGP_LOCK | FGP_FOR_MMAP)))
			fgp_flags |= FGP_LOCK;
		if (add(m, index))
			goto repeat;
	}
	return 0;
}

int find_accessed(struct mapping *m)
{
	int r;

	spin_lock(&m->lock);
	r = get_folio(m, 1, FGP_ACCESSED);
	spin_unlock(&m->lock);
	return r;
}

int find_plain(struct mapping *m)
{
	int r;

	spin_lock(&m->lock);
	r = get_folio(m, 1, 0) + get_page(m, 1, FGP_ACCESSED);
	spin_unlock(&m->lock);
	return r;
}
/*
 * check-name: a flag ORed in on one path of a loop, clean: callers that pass neither flag the test or the path needs
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 * check-exit-value: 0
 */
