// SPDX-License-Identifier: GPL-2.0
/*
 * init.c - the whole user space of the qemu-arm initramfs (built static
 * with arm-linux-gnueabihf-gcc).  It waits until the kernel log holds the
 * self-test's last line ("dma-pool-selftest: done"), prints the pool's
 * debugfs counters (/sys/kernel/debug/dma_atomic_pool, present in the
 * dmapool kernel only) with a "pool-stats: " prefix, and powers off.
 * After WAIT_SECONDS without the line it says so and powers off anyway,
 * so a hung test still ends the boot.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <unistd.h>

#define WAIT_SECONDS	300

/* reads the new records of /dev/kmsg; 1 once one contains @needle */
static int kmsg_has(int fd, const char *needle)
{
	char rec[2048];
	ssize_t n;

	while ((n = read(fd, rec, sizeof(rec) - 1)) > 0) {
		rec[n] = '\0';
		if (strstr(rec, needle))
			return 1;
	}
	return 0;
}

static void print_stats(void)
{
	char line[256];
	FILE *f = fopen("/sys/kernel/debug/dma_atomic_pool", "r");

	if (!f) {
		printf("pool-stats: none (no /sys/kernel/debug/dma_atomic_pool)\n");
		return;
	}
	while (fgets(line, sizeof(line), f))
		printf("pool-stats: %s", line);
	fclose(f);
}

int main(void)
{
	int fd, i, found = 0;

	mount("sysfs", "/sys", "sysfs", 0, NULL);
	mount("debugfs", "/sys/kernel/debug", "debugfs", 0, NULL);
	fd = open("/dev/kmsg", O_RDONLY | O_NONBLOCK);
	for (i = 0; fd >= 0 && i < WAIT_SECONDS && !found; i++) {
		found = kmsg_has(fd, "dma-pool-selftest: done");
		if (!found)
			sleep(1);
	}
	printf(found ? "init: self-test finished\n" :
	       "init: no 'dma-pool-selftest: done' after %d s\n", WAIT_SECONDS);
	print_stats();
	fflush(stdout);
	sync();
	reboot(RB_POWER_OFF);
	return 0;
}
