#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A struct pointer passed to a function of another file whose void *
 * parameter every use converts back to the struct's pointer
 * (keep-global.c) writes none of its fields: CAP_RPM, which no store
 * sets, is never set, and nothing is reported.  keep-shadow.c is the
 * twin where the call reaches a static function of the same name.
 */
#define CAP_FIFO	(1 << 8)
#define CAP_RPM		(1 << 15)

spinlock_t port_lock;

struct s_port {
	unsigned int capabilities;
	int done;
};

void port_done(void *data);

void port_init(struct s_port *p)
{
	p->capabilities = CAP_FIFO;
	port_done(p);
}

static void rpm_get(struct s_port *p) { if (p->capabilities & CAP_RPM) msleep(1); }

void port_flush(struct s_port *p)
{
	spin_lock(&port_lock);
	rpm_get(p);
	spin_unlock(&port_lock);
}
/*
 * check-name: a struct pointer passed to another file's function that converts its void * parameter back keeps the tests of its fields decided
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/keep-global.c && sleepcheck report
 *
 */
