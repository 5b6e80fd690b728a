#!/bin/bash
# config.sh - the kernel configuration both qemu-arm kernels share:
# multi_v7_defconfig, the runtime checks issue 18 asks for
# (DEBUG_ATOMIC_SLEEP, PROVE_LOCKING, DMA_API_DEBUG, DEBUG_FS), and a trim
# so that two builds fit on a small shared machine: no modules, no
# networking, sound, graphics, media, USB, storage buses, and of the 86
# platforms in it only ARCH_VIRT (qemu -M virt).  The trim removes drivers the
# test never touches; arch/arm/mm, kernel/dma and lib/genalloc.c are built
# exactly as in multi_v7_defconfig.
#
# usage: config.sh SRC OBJ   (writes OBJ/.config; ARCH/CROSS_COMPILE set here)
set -euo pipefail
src=$1 obj=$2
mk=(ARCH=arm CROSS_COMPILE=arm-linux-gnueabihf- -C "$src" O="$obj")
mkdir -p "$obj"
make "${mk[@]}" multi_v7_defconfig >/dev/null
cfg() { "$src/scripts/config" --file "$obj/.config" "$@"; }
# platforms: every ARCH_* of multi_v7_defconfig but ARCH_VIRT
for a in $(grep -o '^CONFIG_ARCH_[A-Z0-9_a-z]*=y' "$obj/.config" | sed 's/^CONFIG_//; s/=y$//'); do
	case $a in
	ARCH_VIRT|ARCH_MULTIPLATFORM|ARCH_MULTI_V7|ARCH_MULTI_V6_V7|ARCH_HAS_*|ARCH_SUPPORTS_*|ARCH_USE_*|ARCH_WANT_*|ARCH_SELECT_*|ARCH_KEEP_*|ARCH_MMAP_*|ARCH_HIBERNATION_*|ARCH_SPARSEMEM_*|ARCH_32BIT_*|ARCH_NR_GPIO|ARCH_FORCE_*|ARCH_FLATMEM_*|ARCH_SUSPEND_POSSIBLE|ARCH_MIGHT_HAVE_*|ARCH_OPTIONAL_*|ARCH_INLINE_*|ARCH_STACKWALK|ARCH_CORRECT_*|ARCH_ENABLE_*|ARCH_PROC_*|ARCH_WANTS_*|ARCH_HIBERNATION_POSSIBLE) ;;
	*) cfg -d "$a" ;;
	esac
done
for o in MODULES NET SOUND DRM MEDIA_SUPPORT USB_SUPPORT MTD MMC SCSI ATA IIO HID \
	STAGING FB WLAN PCI SPI I2C INPUT_TOUCHSCREEN INPUT_MISC INPUT_JOYSTICK \
	INPUT_KEYBOARD INPUT_MOUSE NEW_LEDS CRYPTO_HW REMOTEPROC RPMSG PWM THERMAL \
	WATCHDOG REGULATOR_AXP20X RTC_CLASS PHY_SUN4I_USB NVMEM POWER_SUPPLY HWMON \
	CPU_FREQ CPU_IDLE DEBUG_INFO MFD_SYSCON_DUMMY SERIAL_8250 CAN BT NFC \
	EXTCON IOMMU_SUPPORT DMADEVICES MAILBOX PINCTRL_SINGLE MEMORY PM_DEVFREQ \
	KERNEL_MODE_NEON CRYPTO_AES_ARM_BS CRYPTO_CHACHA20_NEON CRYPTO_NHPOLY1305_NEON \
	CRYPTO_CURVE25519_NEON BTRFS_FS EXT4_FS F2FS_FS NFS_FS SQUASHFS UBIFS_FS \
	FUSE_FS ISO9660_FS UDF_FS VFAT_FS MSDOS_FS NTFS_FS CIFS NLS ; do
	cfg -d "$o"
done
for o in DEBUG_ATOMIC_SLEEP PROVE_LOCKING DMA_API_DEBUG DEBUG_FS DEBUG_FS_ALLOW_ALL \
	BLK_DEV_INITRD DEVTMPFS ARM_PSCI POWER_RESET SERIAL_AMBA_PL011 \
	SERIAL_AMBA_PL011_CONSOLE VIRTIO_MMIO; do
	cfg -e "$o"
done
cfg --set-val CMA_SIZE_MBYTES 16
make "${mk[@]}" olddefconfig >/dev/null
for o in DEBUG_ATOMIC_SLEEP PROVE_LOCKING DMA_API_DEBUG DEBUG_FS ARCH_VIRT BLK_DEV_INITRD; do
	grep -q "^CONFIG_$o=y" "$obj/.config" || { echo "config.sh: CONFIG_$o is not on" >&2; exit 2; }
done
