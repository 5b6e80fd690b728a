#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

/*
 * The gfp convention: a function whose body is not in the database and
 * that takes a gfp_t may sleep when its flags allow blocking, as
 * usb_submit_urb() does; no rule names these.  A nosleep rule exempts a
 * function (the second report).
 */
struct urb;
int submit_urb(struct urb *urb, gfp_t mem_flags);
int queue_request(void *req, int prio, gfp_t gfp);

void convention(struct urb *urb, void *req)
{
	spin_lock(&lock);
	submit_urb(urb, GFP_KERNEL);
	queue_request(req, 1, GFP_NOIO);
	spin_unlock(&lock);
}
/*
 * check-name: a callee with no body that takes GFP_KERNEL may sleep (the gfp convention)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report; echo "report exit $?"; mkdir $tmp/r && cp rules/*.rules $tmp/r && echo "nosleep submit_urb" > $tmp/r/zz.rules && sleepcheck report --rules=$tmp/r; echo "report exit $?"; sleepcheck report --format=json | grep -c '"convention": "gfp"'
 *
 * check-output-start
testcases/gfp/convention.c:19:9: warning: call to 'submit_urb' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/convention.c:18:9: note: atomic context begins here, at '_raw_spin_lock' in 'convention'
testcases/gfp/convention.c:19:9: note: 'convention' calls 'submit_urb' with GFP flags that allow blocking, which may sleep by the gfp convention (its body is not in the database)
testcases/gfp/convention.c:20:9: warning: call to 'queue_request' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/convention.c:18:9: note: atomic context begins here, at '_raw_spin_lock' in 'convention'
testcases/gfp/convention.c:20:9: note: 'convention' calls 'queue_request' with GFP flags that allow blocking, which may sleep by the gfp convention (its body is not in the database)
report exit 1
testcases/gfp/convention.c:20:9: warning: call to 'queue_request' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/convention.c:18:9: note: atomic context begins here, at '_raw_spin_lock' in 'convention'
testcases/gfp/convention.c:20:9: note: 'convention' calls 'queue_request' with GFP flags that allow blocking, which may sleep by the gfp convention (its body is not in the database)
report exit 1
2
 * check-output-end
 */
