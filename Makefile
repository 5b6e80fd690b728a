# sleepcheck - finds Linux kernel code that may sleep in atomic context.
#
#   make            build ./sleepcheck (fetches and builds libsparse first)
#   make check      build and run every test (testcases/run-tests.sh)
#   make demo       install what is missing, build, run on the seed bug
#   make install    PREFIX=/usr/local DESTDIR=
#   make deps       install build dependencies (Debian 12, as root)
#   make arm-kernel run on Linux 6.1 ARM multi_v7 (arch/arm/mm kernel/dma mm)
#   make x86-kernel run on Linux 6.1 x86_64 defconfig (kernel/ mm/)
#   make x86-kernel SCOPE=all   the same on the whole tree
#   make x86-kernel KVER=6.12   the same on Linux 6.12 (arm-kernel too)
#   SANITIZE=address,undefined make check   sanitizer build of everything

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
RULESDIR ?= $(PREFIX)/share/sleepcheck/rules
CC ?= cc
CFLAGS ?= -O2 -g
SANITIZE ?=

BUILD := build
SPARSE_DIR := $(BUILD)/sparse
SPARSE_LIB := $(SPARSE_DIR)/libsparse.a

SQLITE_CFLAGS := $(shell pkg-config --cflags sqlite3 2>/dev/null)
SQLITE_LIBS := $(shell pkg-config --libs sqlite3 2>/dev/null || echo -lsqlite3)

WARN := -std=gnu11 -Wall -Wextra -Werror -Wno-unused-parameter
ifneq ($(SANITIZE),)
SAN := -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
endif
ALL_CFLAGS := $(WARN) $(CFLAGS) $(SAN) -isystem $(SPARSE_DIR) $(SQLITE_CFLAGS) \
	-DRULES_INSTALL_DIR='"$(RULESDIR)"'

# the libclang front end (sleepcheck scan), built when libclang is found
LLVM_CONFIG ?= $(firstword $(foreach c,llvm-config llvm-config-14 llvm-config-15 \
	llvm-config-16,$(if $(shell command -v $(c) 2>/dev/null),$(c))))
LLVM_PREFIX := $(if $(LLVM_CONFIG),$(shell $(LLVM_CONFIG) --prefix 2>/dev/null))
HAVE_LIBCLANG := $(if $(LLVM_PREFIX),$(wildcard $(LLVM_PREFIX)/include/clang-c/Index.h))
ifneq ($(HAVE_LIBCLANG),)
CLANG_CFLAGS := -DHAVE_LIBCLANG -isystem $(LLVM_PREFIX)/include
CLANG_LIBS := -L$(shell $(LLVM_CONFIG) --libdir) -lclang \
	-Wl,-rpath,$(shell $(LLVM_CONFIG) --libdir)
CLANG_SRCS := checker/clang_ast.c checker/clang_lower.c checker/clang_ir.c checker/clang_fields.c \
	checker/clang_frontend.c checker/clang_check.c checker/clang_scan.c \
	checker/clang_params.c checker/clang_assert.c
else
$(info sleepcheck: libclang not found (no llvm-config with clang-c/Index.h): \
	building without the libclang front end; 'make deps' installs libclang-14-dev)
endif
ALL_CFLAGS += $(CLANG_CFLAGS)

OBJDIR := $(BUILD)/obj$(if $(SANITIZE),-san)
SRCS := checker/main.c checker/dump.c checker/flow.c checker/facts.c checker/rules.c checker/solver.c checker/rtwait.c \
	checker/fieldvals.c checker/objfields.c checker/vcond.c \
	checker/report.c checker/report_json.c checker/report_sarif.c \
	checker/report_dot.c checker/report_html.c checker/baseline.c checker/docmine.c checker/kdocmine.c checker/callgraph.c checker/notifier.c checker/rulecheck.c \
	checker/blame.c checker/merge.c checker/summary.c \
	checker/analysis/ir.c checker/analysis/analyze.c checker/analysis/ir_limits.c \
	checker/sparse_frontend.c checker/sparse_ir.c \
	checker/sparse_inline.c checker/sparse_pointers.c \
	checker/sparse_params.c checker/sparse_fields.c \
	checker/sparse_asmgoto.c checker/sparse_context.c \
	checker/sparse_assert.c \
	db/db.c db/db_merge.c $(CLANG_SRCS)
OBJS := $(patsubst %.c,$(OBJDIR)/%.o,$(SRCS))
HDRS := $(wildcard checker/*.h checker/analysis/*.h db/*.h)

all: sleepcheck

$(SPARSE_DIR)/linearize.c:
	sh scripts/fetch-sparse.sh $(SPARSE_DIR)

# Sparse 0.6.4 stringifies a macro argument into a MAX_STRING (8191 byte)
# buffer; Linux 6.12's trace event headers stringify longer ones ("too long
# token expansion" in include/trace/events/kmem.h, dma.h), so the fetched
# source is built with 64 KiB.  Only that constant changes; the stamp
# records it, and a tree fetched before is rebuilt.
SPARSE_STAMP := $(SPARSE_DIR)/.max-string-65535
$(SPARSE_STAMP): $(SPARSE_DIR)/linearize.c
	sed -i 's/^#define MAX_STRING 8191$$/#define MAX_STRING 65535/' $(SPARSE_DIR)/token.h
	grep -q '^#define MAX_STRING 65535$$' $(SPARSE_DIR)/token.h
	$(MAKE) -C $(SPARSE_DIR) clean >/dev/null 2>&1 || true
	touch $@

$(SPARSE_LIB): $(SPARSE_STAMP)
	$(MAKE) -C $(SPARSE_DIR) libsparse.a CFLAGS="-O2 -g" >$(BUILD)/sparse-build.log 2>&1 || \
		{ tail -n 20 $(BUILD)/sparse-build.log; exit 1; }

$(OBJDIR)/%.o: %.c $(HDRS) $(SPARSE_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

sleepcheck: $(OBJS) $(SPARSE_LIB)
	$(CC) $(CFLAGS) $(SAN) -o $@ $(OBJS) $(SPARSE_LIB) $(SQLITE_LIBS) $(CLANG_LIBS) -lm -lpthread

ALLOC_SRCS := allocator/dmapool.c allocator/platform_user.c
ALLOC_HDRS := allocator/dmapool.h allocator/platform.h

allocator/test_pool$(if $(SANITIZE),-san): allocator/test_pool.c $(ALLOC_SRCS) $(ALLOC_HDRS)
	$(CC) $(WARN) $(CFLAGS) $(SAN) -o $@ allocator/test_pool.c $(ALLOC_SRCS) -lpthread

# ThreadSanitizer cannot be combined with ASan: a build of its own
allocator/test_pool-tsan: allocator/test_pool.c $(ALLOC_SRCS) $(ALLOC_HDRS)
	-$(CC) $(WARN) -O1 -g -fsanitize=thread -o $@ allocator/test_pool.c $(ALLOC_SRCS) -lpthread

check: sleepcheck allocator/test_pool$(if $(SANITIZE),-san) $(if $(SANITIZE),,allocator/test_pool-tsan)
	SANITIZE=$(SANITIZE) bash testcases/run-tests.sh

demo:
	@sh scripts/install-deps.sh --quiet
	@$(MAKE) --no-print-directory sleepcheck
	@sh scripts/demo.sh

deps:
	sh scripts/install-deps.sh

# sleepcheck on Debian's linux-source-6.1 (minutes, not part of check)
arm-kernel: sleepcheck
	KVER=$(or $(KVER),6.1) bash scripts/kernel-run.sh arm $(if $(filter all,$(SCOPE)),all)

x86-kernel: sleepcheck
	KVER=$(or $(KVER),6.1) bash scripts/kernel-run.sh x86 $(if $(filter all,$(SCOPE)),all)

# allocator/'s pool inside ARM Linux 6.1 against genalloc, booted in QEMU
# (builds two kernels outside the repo; an hour or more, not part of check)
qemu-arm: sleepcheck
	bash scripts/qemu-arm.sh

install: sleepcheck
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(RULESDIR)
	install -m 755 sleepcheck $(DESTDIR)$(BINDIR)/sleepcheck
	install -m 644 rules/*.rules rules/README $(DESTDIR)$(RULESDIR)/

clean:
	rm -rf $(BUILD)/obj $(BUILD)/obj-san $(BUILD)/tests sleepcheck allocator/test_pool \
		allocator/test_pool-san allocator/test_pool-tsan bench/synth bench/alloc-bench

distclean:
	rm -rf $(BUILD) sleepcheck

.PHONY: all check demo deps install clean distclean arm-kernel x86-kernel qemu-arm

# benchmarks: not tests; they write bench/RESULTS.md
bench/synth: bench/synth.c checker/facts.c db/db.c $(HDRS)
	$(CC) $(WARN) $(CFLAGS) $(SQLITE_CFLAGS) -o $@ bench/synth.c checker/facts.c db/db.c $(SQLITE_LIBS)

bench/alloc-bench: bench/alloc-bench.c $(ALLOC_SRCS) $(ALLOC_HDRS)
	$(CC) $(WARN) -O2 -g -DPOOL_BENCH_NOSIGMASK -o $@ bench/alloc-bench.c $(ALLOC_SRCS) -lpthread

bench: sleepcheck bench/synth bench/alloc-bench
	bash bench/alloc.sh
	bash bench/solver-scale.sh
	bash bench/kernel-vs-sparse.sh
	bash bench/scan-vs-kbuild.sh

.PHONY: bench

# libFuzzer targets (clang, libclang-rt); results go to bench/RESULTS.md
FUZZ_SECONDS ?= 60
fuzz: sleepcheck
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash testcases/fuzz/run.sh

.PHONY: fuzz
