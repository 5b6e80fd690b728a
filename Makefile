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
#   SANITIZE=1 make check   the same

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
RULESDIR ?= $(PREFIX)/share/sleepcheck/rules
MANDIR ?= $(PREFIX)/share/man
CC ?= cc
CFLAGS ?= -O2 -g
SANITIZE ?=
ifeq ($(SANITIZE),1)
override SANITIZE := address,undefined
endif

BUILD := build
SPARSE_DIR := $(BUILD)/sparse
SPARSE_LIB := $(SPARSE_DIR)/libsparse.a

SQLITE_CFLAGS := $(shell pkg-config --cflags sqlite3 2>/dev/null)
SQLITE_LIBS := $(shell pkg-config --libs sqlite3 2>/dev/null || echo -lsqlite3)

WARN := -std=gnu11 -Wall -Wextra -Werror -Wno-unused-parameter
ifneq ($(SANITIZE),)
SAN := -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
endif
ALL_CFLAGS := $(WARN) $(CFLAGS) $(SAN) -DRULES_INSTALL_DIR='"$(RULESDIR)"'

# the libclang front end (sleepcheck scan), built when libclang is found
LLVM_CONFIG ?= $(firstword $(foreach c,llvm-config llvm-config-14 llvm-config-15 \
	llvm-config-16,$(if $(shell command -v $(c) 2>/dev/null),$(c))))
LLVM_PREFIX := $(if $(LLVM_CONFIG),$(shell $(LLVM_CONFIG) --prefix 2>/dev/null))
HAVE_LIBCLANG := $(if $(LLVM_PREFIX),$(wildcard $(LLVM_PREFIX)/include/clang-c/Index.h))
ifneq ($(HAVE_LIBCLANG),)
ALL_CFLAGS += -DHAVE_LIBCLANG
CLANG_INC := -isystem $(LLVM_PREFIX)/include
CLANG_LIBS := -L$(shell $(LLVM_CONFIG) --libdir) -lclang \
	-Wl,-rpath,$(shell $(LLVM_CONFIG) --libdir)
else
$(info sleepcheck: libclang not found (no llvm-config with clang-c/Index.h): \
	building without the libclang front end; 'make deps' installs libclang-14-dev)
endif

# The layers, one folder each (ARCHITECTURE.md), lowest first.  INC_<dir>
# lists the folders whose headers a file of <dir> may include: only those
# (and its own) are on its include path, so an include from any other
# layer is a compile error.  EXT_<dir> adds a library's headers: sparse's
# only for the sparse front end, libclang's only for the clang front end
# and the scan command, sqlite's only for db/ (sqlite3.h is in
# /usr/include, so every other folder finds a sqlite3.h in $(POISON) first
# that is an #error).  scripts/check-layers.py (run by make check) checks
# the same rules on the text and the objects, and finds include cycles
# and files that use each other.
LAYERS := checker/facts checker/rules checker/analysis db \
	checker/frontend/sparse $(if $(HAVE_LIBCLANG),checker/frontend/clang) \
	checker/solve checker/report checker/cmd
INC_checker/facts :=
INC_checker/rules := checker/facts
INC_checker/analysis := checker/facts
INC_db := checker/facts
INC_checker/frontend/sparse := checker/analysis checker/rules checker/facts
INC_checker/frontend/clang := checker/analysis checker/rules checker/facts
INC_checker/solve := checker/rules checker/facts
INC_checker/report := checker/solve checker/rules checker/facts
INC_checker/cmd := $(filter-out checker/cmd checker/frontend/clang,$(LAYERS)) \
	checker/frontend/clang
EXT_db := $(SQLITE_CFLAGS)
EXT_checker/frontend/sparse := -isystem $(SPARSE_DIR)
EXT_checker/frontend/clang := $(CLANG_INC)
EXT_checker/cmd/clang_scan.c := $(CLANG_INC)
# files with a rule of their own (INC_<file>), the exceptions: none
LAYER_FILES :=
POISON := $(BUILD)/poison
layer_cflags = $(addprefix -I,$(1) $(INC_$(1)) $(INC_$(2))) $(EXT_$(1)) $(EXT_$(2)) \
	$(if $(filter db,$(1)),,-I$(POISON))

OBJDIR ?= $(BUILD)/obj$(if $(SANITIZE),-san)
LIB := $(OBJDIR)/libsleepcheck.a
# every .c of a layer's folder; the commands are the binary, the rest is
# the library the binary, the fuzzers and the benchmarks link
CMD_SRCS := $(filter-out $(if $(HAVE_LIBCLANG),,checker/cmd/clang_%.c), \
	$(wildcard checker/cmd/*.c))
LIB_SRCS := $(wildcard $(addsuffix /*.c,$(filter-out checker/cmd,$(LAYERS))))
CMD_OBJS := $(patsubst %.c,$(OBJDIR)/%.o,$(CMD_SRCS))
# with libclang: sleepcheck hands scan and clang-check to sleepcheck-clang
# (clang_exec.c), the same commands linked with libclang, so that the
# CHECK= mode, a process a file, does not load libclang
HELPER := $(if $(HAVE_LIBCLANG),sleepcheck-clang)
MAIN_OBJS := $(filter-out $(OBJDIR)/checker/cmd/clang_check.o \
	$(OBJDIR)/checker/cmd/clang_scan.o,$(CMD_OBJS))
HELPER_OBJS := $(filter-out $(OBJDIR)/checker/cmd/clang_exec.o,$(CMD_OBJS))
LIB_OBJS := $(patsubst %.c,$(OBJDIR)/%.o,$(LIB_SRCS))
LINK_LIBS := $(SPARSE_LIB) $(SQLITE_LIBS) -lm -lpthread

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

# header dependencies come from the compiler (-MMD -MP, the .d files);
# sparse's headers are system headers to it, so its library stands for them
$(POISON)/sqlite3.h:
	@mkdir -p $(dir $@)
	echo '#error "sqlite3.h belongs to db/ only (ARCHITECTURE.md, Layer rules)"' >$@

$(OBJDIR)/%.o: %.c | $(POISON)/sqlite3.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(call layer_cflags,$(patsubst %/,%,$(dir $<)),$<) \
		-MMD -MP -c -o $@ $<

$(filter $(OBJDIR)/checker/frontend/sparse/%,$(LIB_OBJS)): $(SPARSE_LIB)

-include $(LIB_OBJS:.o=.d) $(CMD_OBJS:.o=.d)

$(LIB): $(LIB_OBJS)
	rm -f $@
	$(AR) rcs $@ $^

sleepcheck: $(MAIN_OBJS) $(LIB) $(SPARSE_LIB) $(HELPER)
	$(CC) $(CFLAGS) $(SAN) -o $@ $(MAIN_OBJS) $(LIB) $(LINK_LIBS)

sleepcheck-clang: $(HELPER_OBJS) $(LIB) $(SPARSE_LIB)
	$(CC) $(CFLAGS) $(SAN) -o $@ $(HELPER_OBJS) $(LIB) $(LINK_LIBS) $(CLANG_LIBS)

ALLOC_SRCS := allocator/dmapool.c allocator/platform_user.c
ALLOC_HDRS := allocator/dmapool.h allocator/platform.h

allocator/test_pool$(if $(SANITIZE),-san): allocator/test_pool.c $(ALLOC_SRCS) $(ALLOC_HDRS)
	$(CC) $(WARN) $(CFLAGS) $(SAN) -o $@ allocator/test_pool.c $(ALLOC_SRCS) -lpthread

# ThreadSanitizer cannot be combined with ASan: a build of its own
allocator/test_pool-tsan: allocator/test_pool.c $(ALLOC_SRCS) $(ALLOC_HDRS)
	-$(CC) $(WARN) -O1 -g -fsanitize=thread -o $@ allocator/test_pool.c $(ALLOC_SRCS) -lpthread

check: sleepcheck bench/synth $(BUILD)/tests/fact_text_test$(if $(SANITIZE),-san) allocator/test_pool$(if $(SANITIZE),-san) $(if $(SANITIZE),,allocator/test_pool-tsan)
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
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(RULESDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 sleepcheck $(HELPER) $(DESTDIR)$(BINDIR)/
	install -m 644 rules/*.rules rules/README rules/doc-patterns rules/kdoc-patterns \
		$(DESTDIR)$(RULESDIR)/
	install -m 644 sleepcheck.1 $(DESTDIR)$(MANDIR)/man1/sleepcheck.1

clean:
	rm -rf $(BUILD)/obj $(BUILD)/obj-san $(BUILD)/obj-fuzz $(BUILD)/poison $(BUILD)/tests sleepcheck sleepcheck-clang allocator/test_pool \
		allocator/test_pool-san allocator/test_pool-tsan bench/synth bench/alloc-bench

distclean:
	rm -rf $(BUILD) sleepcheck sleepcheck-clang

# the layer rules, for scripts/check-layers.py (testcases/scripts/layers.sh)
print-layers:
	@$(foreach w,$(LAYERS) $(LAYER_FILES),echo '$(w): $(INC_$(w))';)

.PHONY: all check demo deps install clean distclean arm-kernel x86-kernel print-layers qemu-arm

# the facts' sub-records through their text and the database
# (testcases/scripts/fact-text.sh)
$(BUILD)/tests/fact_text_test$(if $(SANITIZE),-san): testcases/unit/fact_text_test.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(SAN) $(call layer_cflags,db) -o $@ testcases/unit/fact_text_test.c $(LIB) $(SQLITE_LIBS)

# benchmarks: not tests; they write bench/RESULTS.md
bench/synth: bench/synth.c $(LIB)
	$(CC) $(WARN) $(CFLAGS) $(SAN) $(call layer_cflags,db) -o $@ bench/synth.c $(LIB) $(SQLITE_LIBS)

bench/alloc-bench: bench/alloc-bench.c $(ALLOC_SRCS) $(ALLOC_HDRS)
	$(CC) $(WARN) -O2 -g -DPOOL_BENCH_NOSIGMASK -o $@ bench/alloc-bench.c $(ALLOC_SRCS) -lpthread

bench: sleepcheck bench/synth bench/alloc-bench
	bash bench/alloc.sh
	bash bench/solver-scale.sh
	bash bench/kernel-vs-sparse.sh
	bash bench/icount-vs-sparse.sh
	bash bench/scan-vs-kbuild.sh

.PHONY: bench

# libFuzzer targets (clang, libclang-rt); results go to bench/RESULTS.md
FUZZ_SECONDS ?= 60
fuzz: sleepcheck
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash testcases/fuzz/run.sh

.PHONY: fuzz
