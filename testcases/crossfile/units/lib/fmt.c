/* vmlinux's functions: neither sleeps */
void fmt_msg(void)
{
}

void drv_helper(void)
{
}
/*
 * check-name: a vmlinux call never reaches the EFI stub's or a module's function of the same name (libclang)
 * check-exit-value: 0
 * check-command: sleepcheck clang-check -Itestcases/include testcases/crossfile/units/kernel/caller.c $file testcases/crossfile/units/drivers/firmware/efi/libstub/fmt.c && sleepcheck clang-check -Itestcases/include -DMODULE '-DKBUILD_MODNAME="unitmod"' testcases/crossfile/units/drivers/misc/unitmod/helper.c && sleepcheck report
 *
 */
