#include <linux/spinlock.h>

static spinlock_t lock;

/* vmlinux's own: lib/fmt.c; the EFI stub and the module unitmod define
 * functions with these names that sleep, which vmlinux never calls */
void fmt_msg(void);
void drv_helper(void);

void core_entry(void)
{
	spin_lock(&lock);
	fmt_msg();
	drv_helper();
	spin_unlock(&lock);
}
/*
 * check-name: a vmlinux call never reaches the EFI stub's or a module's function of the same name
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file testcases/crossfile/units/lib/fmt.c testcases/crossfile/units/drivers/firmware/efi/libstub/fmt.c && sleepcheck --no-local-report -Itestcases/include -DMODULE '-DKBUILD_MODNAME="unitmod"' testcases/crossfile/units/drivers/misc/unitmod/helper.c && sleepcheck report
 *
 */
