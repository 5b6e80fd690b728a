#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * The clean twin of table-elem.c: event 2's enable bit is bit register 4,
 * whose parent register is 2 (PM1 enable, mapped at boot: premapped);
 * bit register 0's parent is 1 (PM1 status), and element 1's, read with
 * a constant index, is 2.  rtc-cmos's cmos_check_acpi_rtc_status() under
 * rtc_lock (drivers/rtc/rtc-cmos.c:884) in miniature.
 */
struct acpi_generic_address {
	unsigned char space_id;
	unsigned char bit_width;
	u64 address;
};

struct acpi_table_fadt {
	unsigned int flags;
	struct acpi_generic_address xpm1a_control_block;
	struct acpi_generic_address xpm2_control_block;
};

struct acpi_generic_address acpi_gbl_xpm1a_status;
struct acpi_generic_address acpi_gbl_xpm1b_status;
struct acpi_generic_address acpi_gbl_xpm1a_enable;
struct acpi_generic_address acpi_gbl_xpm1b_enable;
struct acpi_table_fadt acpi_gbl_FADT;

void *ioremap_cache(u64 phys, unsigned long size);
void *acpi_map_vaddr_lookup(u64 phys, unsigned int size);
u32 readw(void *virt);

/* utglobal.c: each bit register's parent register (1 PM1 status, 2 PM1
 * enable, 3 PM1 control, 4 PM2 control), and each fixed event's status
 * and enable bit registers */
struct acpi_bit_register_info {
	unsigned char parent_register;
	unsigned char bit_position;
	unsigned short access_bit_mask;
};

struct acpi_fixed_event_info {
	unsigned char status_register_id;
	unsigned char enable_register_id;
	unsigned short status_bit_mask;
	unsigned short enable_bit_mask;
};

struct acpi_bit_register_info acpi_gbl_bit_register_info[5] = {
	{1, 0, 0x1},
	{2, 0, 0x1},
	[2] = {.parent_register = 3, .bit_position = 1},
	{4, 2, 0x4},
	{2, 5, 0x20},
};

struct acpi_fixed_event_info acpi_gbl_fixed_event_info[3] = {
	{0, 1, 1, 1},
	{2, 3, 4, 0x4},
	{.status_register_id = 0, .enable_register_id = 4},
};

/* osl.c: a register no mapping covers is ioremap()ed */
int acpi_hw_read(u64 *value, struct acpi_generic_address *reg)
{
	void *virt = acpi_map_vaddr_lookup(reg->address, 2);

	if (!virt)
		virt = ioremap_cache(reg->address, 2);
	*value = readw(virt);
	return 0;
}

static int acpi_hw_read_multiple(u32 *value, struct acpi_generic_address *a,
				 struct acpi_generic_address *b)
{
	u64 v = 0;
	int status = acpi_hw_read(&v, a);

	if (!status && b->address)
		status = acpi_hw_read(&v, b);
	*value = (u32)v;
	return status;
}

/* hwregs.c: PM1 status and enable are mapped at boot (premapped) */
int acpi_hw_register_read(u32 register_id, u32 *ret)
{
	u64 v = 0;
	int status;

	switch (register_id) {
	case 1:
		return acpi_hw_read_multiple(ret, &acpi_gbl_xpm1a_status,
					     &acpi_gbl_xpm1b_status);
	case 2:
		return acpi_hw_read_multiple(ret, &acpi_gbl_xpm1a_enable,
					     &acpi_gbl_xpm1b_enable);
	case 3:
		status = acpi_hw_read(&v, &acpi_gbl_FADT.xpm1a_control_block);
		break;
	case 4:
		status = acpi_hw_read(&v, &acpi_gbl_FADT.xpm2_control_block);
		break;
	default:
		status = -1;
		break;
	}
	*ret = (u32)v;
	return status;
}

struct acpi_bit_register_info *acpi_hw_get_bit_register_info(u32 register_id)
{
	if (register_id > 4)
		return NULL;
	return &acpi_gbl_bit_register_info[register_id];
}

/* hwxface.c */
int acpi_read_bit_register(u32 register_id, u32 *value)
{
	struct acpi_bit_register_info *info;
	u32 reg;
	int status;

	info = acpi_hw_get_bit_register_info(register_id);
	if (!info)
		return -1;
	status = acpi_hw_register_read(info->parent_register, &reg);
	*value = (reg & info->access_bit_mask) >> info->bit_position;
	return status;
}

/* evxfevnt.c */
int acpi_get_event_status(u32 event, u32 *status)
{
	if (event > 2)
		return -1;
	return acpi_read_bit_register(acpi_gbl_fixed_event_info[event].enable_register_id,
				      status);
}

static spinlock_t rtc_lock;

void cmos_check_rtc(void)
{
	u32 s;

	spin_lock_irq(&rtc_lock);
	acpi_get_event_status(2, &s);
	acpi_read_bit_register(0, &s);
	acpi_hw_register_read(acpi_gbl_bit_register_info[1].parent_register, &s);
	spin_unlock_irq(&rtc_lock);
}

/*
 * check-name: table entries whose parent registers are mapped at boot, read under a spinlock (tables; clean twin of table-elem.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
