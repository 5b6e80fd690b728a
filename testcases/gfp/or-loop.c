#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/bug.h>

/*
 * __filemap_get_folio() (mm/filemap.c:1937-2018) tests FGP_LOCK on flags
 * it may have ORed FGP_LOCK into on its FGP_CREAT path before looping
 * back (`if (WARN_ON_ONCE(!(fgp_flags & (FGP_LOCK | FGP_FOR_MMAP))))
 * fgp_flags |= FGP_LOCK;`): the sleeping branch is taken only where the
 * caller passed FGP_LOCK (the OR runs only where the kernel warns), or,
 * without the warning (get_page()), FGP_CREAT and the loop came round.
 * Here callers pass FGP_LOCK, and FGP_CREAT to get_page(), under a lock:
 * both may sleep; FGP_CREAT | FGP_FOR_MMAP to get_folio() never does
 * (clean twin: or-loop-clean.c passes FGP_ACCESSED and 0).
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

int create_locked(struct mapping *m)
{
	int r;

	spin_lock(&m->lock);
	r = get_folio(m, 1, FGP_CREAT | FGP_FOR_MMAP);
	spin_unlock(&m->lock);
	return r;
}

int create_page_locked(struct mapping *m)
{
	int r;

	spin_lock(&m->lock);
	r = get_page(m, 1, FGP_CREAT);
	spin_unlock(&m->lock);
	return r;
}

int find_locked(struct mapping *m)
{
	int r;

	spin_lock(&m->lock);
	r = get_folio(m, 1, FGP_LOCK);
	spin_unlock(&m->lock);
	return r;
}
/*
 * check-name: a flag ORed in on one path of a loop: the test is true where the caller passed that flag or the path's own
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 * check-exit-value: 1
 *
 * check-output-start
testcases/gfp/or-loop.c:86:13: warning: call to 'get_page' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/or-loop.c:85:9: note: atomic context begins here, at '_raw_spin_lock' in 'create_page_locked'
testcases/gfp/or-loop.c:86:13: note: 'create_page_locked' calls 'get_page'
testcases/gfp/or-loop.c:59:17: note: 'get_page' calls 'msleep' on a path taken only when its argument 3 has a bit of 0x6 set, which may sleep
testcases/gfp/or-loop.c:96:13: warning: call to 'get_folio' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/or-loop.c:95:9: note: atomic context begins here, at '_raw_spin_lock' in 'find_locked'
testcases/gfp/or-loop.c:96:13: note: 'find_locked' calls 'get_folio'
testcases/gfp/or-loop.c:37:17: note: 'get_folio' calls 'msleep' on a path taken only when its argument 3 has a bit of 0x2 set, which may sleep
 * check-output-end
 */
