# Apogee build.  `make` builds build/apogee, the libraries (build/libapogee.a, build/libapogee.so)
# and build/apogee.pc; `make test` runs the test suite; `make install PREFIX=... DESTDIR=...`.
CC ?= cc
ifeq ($(origin CC),default)
CC = gcc
endif
OPT ?= -O2
# Code for the CPU the build runs on: with AVX, SSE arithmetic is emitted in its VEX encoding,
# which measured 10-15% faster in the interpreter's number handlers on the reference machine
# (same instructions otherwise; no FMA, so results do not change). ARCH= builds a portable
# x86-64 binary.
ARCH ?= $(shell grep -qw avx /proc/cpuinfo 2>/dev/null && echo -mavx)
CFLAGS ?= $(OPT) -g $(ARCH)
# Link-time optimisation of the binary's code that GCC builds (all but the interpreter, see
# VMCC below): the calls between files on the library paths (a coroutine's resume, lua_* API
# calls from the libraries, table and string helpers) are inlined; json, patterns and
# coroutines measured 4-9% faster. The binary gets objects of its own for it (build/lto/); the
# libraries keep plain ones, so that a program linking libapogee.a does no LTO of Apogee.
# LTO= turns it off.
ifeq ($(shell $(CC) --version 2>/dev/null | grep -qi 'free software foundation' && echo 1),1)
LTO ?= -flto=auto
endif
WARN = -Wall -Wextra
CPPFLAGS_ALL = -std=c11 -D_GNU_SOURCE -Iinclude -Isrc/core -Isrc/vm -Isrc/front -Isrc/api -Isrc/jit $(CPPFLAGS)
LDLIBS = -lm -ldl -lpthread
BUILD ?= build

VERSION = 0.1.0
SOVERSION = 0
# Installation layout.  Headers go to $(INCLUDEDIR)/apogee/ so they never clash with a PUC Lua
# installed in the same prefix; `pkg-config --cflags apogee` points there.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
MANDIR ?= $(PREFIX)/share/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
# A "Lua directory" for LuaRocks (`luarocks --lua-dir=$(LUADIR) --lua-version=5.1`): symlinks
# bin/lua5.1 -> apogee, include -> the headers, lib/liblua5.1.so -> libapogee.so, the names
# LuaRocks looks for.  It is private to Apogee, so nothing named lua* is installed in
# $(BINDIR), $(INCLUDEDIR) or $(LIBDIR) and a PUC Lua in the same prefix is left alone.
LUADIR ?= $(LIBDIR)/apogee
HEADERS = include/lua.h include/luaconf.h include/lualib.h include/lauxlib.h include/apogee.h
INSTALL ?= install

CORE_SRC = $(wildcard src/core/*.c) $(wildcard src/vm/*.c) $(wildcard src/front/*.c) \
           $(wildcard src/api/*.c) $(wildcard src/lib/*.c) $(wildcard src/jit/*.c) \
           $(wildcard src/jit/x64/*.c)
CLI_SRC = $(wildcard src/cli/*.c)
CORE_OBJ = $(CORE_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ = $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
# The shared library is built from position-independent objects in their own directory, so the
# binary and the static library keep the (faster) non-PIC objects.
PIC_OBJ = $(CORE_SRC:%.c=$(BUILD)/pic/%.o)
LTO_OBJ = $(CORE_SRC:%.c=$(BUILD)/lto/%.o)
BIN_OBJ = $(if $(LTO),$(LTO_OBJ),$(CORE_OBJ))
DEPS = $(CORE_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(PIC_OBJ:.o=.d) $(LTO_OBJ:.o=.d)

.PHONY: all lib example test test-jit test-asan test-goto test-gccheck test-long debug install uninstall clean FORCE

all: $(BUILD)/apogee lib

lib: $(BUILD)/libapogee.a $(BUILD)/libapogee.so $(BUILD)/apogee.pc

# -Wl,-E exports the lua_* API from the binary, so C modules loaded by require resolve to it.
$(BUILD)/apogee: $(BIN_OBJ) $(CLI_OBJ)
	$(CC) $(CFLAGS) $(LTO) $(LDFLAGS) -Wl,-E -o $@ $^ $(LDLIBS)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS) $(WARN) -MMD -MP -c -o $@ $<

$(BUILD)/lto/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS) $(LTO) $(WARN) -MMD -MP -c -o $@ $<

# The interpreter (src/vm/vm.c) is compiled by VMCC. By default that is clang-19 when it is
# installed: with it vm.c builds the tail-calling interpreter (preserve_none + musttail, see the
# top of vm.c), the fastest one. Otherwise, or with VMCC=$(CC), it is the direct-threaded
# (computed goto) interpreter. The rest of the code is built by CC either way.
ifeq ($(origin VMCC),undefined)
VMCC := $(shell command -v clang-19 2>/dev/null)
ifeq ($(VMCC),)
VMCC := $(CC)
endif
endif
VM_IS_CLANG := $(shell $(VMCC) --version 2>/dev/null | grep -q clang && echo 1)
VM_OBJS = $(BUILD)/obj/src/vm/vm.o $(BUILD)/pic/src/vm/vm.o $(BUILD)/lto/src/vm/vm.o
$(VM_OBJS): CC := $(VMCC)
# Not LTO: clang-19's objects would be LLVM bitcode, and GCC's interpreter keeps its own flags.
$(BUILD)/lto/src/vm/vm.o: LTO :=
ifeq ($(VM_IS_CLANG),1)
# DWARF 4: the valgrind of Debian 12 cannot read clang-19's default DWARF 5.
$(VM_OBJS): CFLAGS += -gdwarf-4
else
# GCC merges the interpreter's dispatch jumps into one shared indirect jump unless told not to;
# one jump per handler lets the branch predictor learn each opcode's successor.
$(VM_OBJS): CFLAGS += -fno-gcse -fno-crossjumping
endif

# jit.p (the -jp profiler, src/lib/jit_p.lua) is embedded in the binary as a C string; the
# generated header is kept in the source tree so that a build needs no Lua.
src/lib/jit_p.h: src/lib/jit_p.lua
	sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $< > $@

$(BUILD)/pic/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS) $(WARN) -fPIC -MMD -MP -c -o $@ $<

$(BUILD)/libapogee.a: $(CORE_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

# Only the public API (lua_*, luaL_*, luaopen_*, and apogee_* of include/apogee.h) is exported
# from the shared library; the version script is generated here (again when the Makefile
# changes).  build/libapogee.so.0 (the soname) lets programs linked against build/libapogee.so
# run with LD_LIBRARY_PATH=build.
$(BUILD)/libapogee.map: Makefile
	@mkdir -p $(dir $@)
	printf '{\n  global: lua_*; luaL_*; luaopen_*; apogee_*;\n  local: *;\n};\n' > $@

$(BUILD)/libapogee.so: $(PIC_OBJ) $(BUILD)/libapogee.map
	$(CC) $(CFLAGS) $(LDFLAGS) -shared -Wl,-soname,libapogee.so.$(SOVERSION) \
	  -Wl,--version-script,$(BUILD)/libapogee.map -o $@ $(PIC_OBJ) $(LDLIBS)
	ln -sf libapogee.so $(BUILD)/libapogee.so.$(SOVERSION)

# apogee.pc for the configured PREFIX/LIBDIR/INCLUDEDIR (rewritten only when they change).
# Directories under $(PREFIX) are written relative to ${prefix}, as pkg-config files usually are.
pc_rel = $(patsubst $(PREFIX)/%,$${prefix}/%,$(1))
$(BUILD)/apogee.pc: apogee.pc.in FORCE
	@mkdir -p $(dir $@)
	@sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@LIBDIR@|$(call pc_rel,$(LIBDIR))|g' \
	  -e 's|@INCLUDEDIR@|$(call pc_rel,$(INCLUDEDIR))|g' -e 's|@VERSION@|$(VERSION)|g' \
	  apogee.pc.in > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv -f $@.tmp $@; echo "generated $@"; fi

# The examples: a host program (examples/embed) and a sandbox running an untrusted script under
# resource limits (examples/sandbox), linked with the static library.
example: $(BUILD)/embed-host $(BUILD)/sandbox-host

$(BUILD)/sandbox-host: examples/sandbox/sandbox.c $(BUILD)/libapogee.a $(HEADERS)
	$(CC) -std=c11 -Iinclude $(CFLAGS) $(WARN) $(LDFLAGS) -o $@ examples/sandbox/sandbox.c \
	  $(BUILD)/libapogee.a $(LDLIBS)

$(BUILD)/embed-host: examples/embed/host.c $(BUILD)/libapogee.a $(HEADERS)
	$(CC) -std=c11 -Iinclude $(CFLAGS) $(WARN) $(LDFLAGS) -Wl,-E -o $@ examples/embed/host.c \
	  $(BUILD)/libapogee.a $(LDLIBS)

test: $(BUILD)/apogee lib example
	tests/run --vm $(BUILD)/apogee

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer, in its own build dir.
test-asan:
	$(MAKE) BUILD=build-asan OPT=-O1 VMCC="$(CC)" LTO= \
	  CFLAGS="-O1 -g -fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer -fno-sanitize-recover=undefined,float-cast-overflow" \
	  LDFLAGS="-fsanitize=address,undefined,float-cast-overflow" build-asan/apogee build-asan/libapogee.a \
	  build-asan/libapogee.so
	APOGEE_CAPI_CFLAGS="-fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=undefined,float-cast-overflow" \
	TEST_TIMEOUT=$${TEST_TIMEOUT:-60} ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 tests/run --vm build-asan/apogee

# The suite with every loop compiled at its first iteration (the JIT's stress mode).
test-jit: $(BUILD)/apogee lib example
	APOGEE_HOTLOOP=1 APOGEE_HOTEXIT=1 tests/run --vm $(BUILD)/apogee

# The suite against the direct-threaded interpreter (vm.c built by CC, as where clang-19 is
# absent), in its own build dir.
test-goto:
	$(MAKE) BUILD=build-goto VMCC="$(CC)" build-goto/apogee build-goto/libapogee.a \
	  build-goto/libapogee.so
	tests/run --vm build-goto/apogee

# Installs the command, both libraries (libapogee.so.$(VERSION) with the usual symlinks), the
# headers into $(INCLUDEDIR)/apogee/, apogee.pc, the man page and the LuaRocks directory
# $(LUADIR) (see LUADIR above).  DESTDIR is prepended to
# every destination (staged installs); PREFIX and the *DIR variables describe the final layout.
install: all
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR)/apogee \
	  $(DESTDIR)$(PKGCONFIGDIR) $(DESTDIR)$(MANDIR)/man1
	$(INSTALL) -m 755 $(BUILD)/apogee $(DESTDIR)$(BINDIR)/apogee
	$(INSTALL) -m 644 $(BUILD)/libapogee.a $(DESTDIR)$(LIBDIR)/libapogee.a
	$(INSTALL) -m 755 $(BUILD)/libapogee.so $(DESTDIR)$(LIBDIR)/libapogee.so.$(VERSION)
	ln -sf libapogee.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libapogee.so.$(SOVERSION)
	ln -sf libapogee.so.$(SOVERSION) $(DESTDIR)$(LIBDIR)/libapogee.so
	$(INSTALL) -m 644 $(HEADERS) $(DESTDIR)$(INCLUDEDIR)/apogee/
	$(INSTALL) -m 644 $(BUILD)/apogee.pc $(DESTDIR)$(PKGCONFIGDIR)/apogee.pc
	$(INSTALL) -m 644 doc/apogee.1 $(DESTDIR)$(MANDIR)/man1/apogee.1
	$(INSTALL) -d $(DESTDIR)$(LUADIR)/bin $(DESTDIR)$(LUADIR)/lib
	ln -sfn $(BINDIR)/apogee $(DESTDIR)$(LUADIR)/bin/lua5.1
	ln -sfn $(INCLUDEDIR)/apogee $(DESTDIR)$(LUADIR)/include
	ln -sfn $(LIBDIR)/libapogee.so $(DESTDIR)$(LUADIR)/lib/liblua5.1.so

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/apogee $(DESTDIR)$(LIBDIR)/libapogee.a \
	  $(DESTDIR)$(LIBDIR)/libapogee.so $(DESTDIR)$(LIBDIR)/libapogee.so.$(SOVERSION) \
	  $(DESTDIR)$(LIBDIR)/libapogee.so.$(VERSION) $(DESTDIR)$(PKGCONFIGDIR)/apogee.pc \
	  $(DESTDIR)$(MANDIR)/man1/apogee.1
	rm -f $(addprefix $(DESTDIR)$(INCLUDEDIR)/apogee/,$(notdir $(HEADERS)))
	-rmdir $(DESTDIR)$(INCLUDEDIR)/apogee 2>/dev/null
	rm -f $(DESTDIR)$(LUADIR)/bin/lua5.1 $(DESTDIR)$(LUADIR)/include \
	  $(DESTDIR)$(LUADIR)/lib/liblua5.1.so
	-rmdir $(DESTDIR)$(LUADIR)/bin $(DESTDIR)$(LUADIR)/lib $(DESTDIR)$(LUADIR) 2>/dev/null

# The suite with the collector stepping at every allocation point and the tri-colour invariant
# verified after every step.
test-gccheck:
	$(MAKE) BUILD=build-gccheck VMCC="$(CC)" LTO= CFLAGS="-O1 -g -DAPOGEE_GCCHECK -DAPOGEE_GCSTRESS" build-gccheck/apogee \
	  build-gccheck/libapogee.a
	TEST_TIMEOUT=120 tests/run --vm build-gccheck/apogee

clean:
	rm -rf build build-asan build-gccheck build-clang build-debug build-goto

-include $(DEPS)

# Long stress runs, kept out of `make test`, and the LuaRocks test (tests/long/luarocks.sh: `make
# install` into a scratch prefix, skipped when luarocks is absent); then a short run of each crash
# fuzzer when clang-19 with libFuzzer is installed (skipped, with a note, otherwise).
test-long: all
	TEST_TIMEOUT=$${TEST_TIMEOUT:-120} tests/run --vm $(BUILD)/apogee tests/long
	@if FUZZ_CC=$(FUZZ_CC) tests/fuzz/libfuzzer/run --check; then \
	  $(MAKE) --no-print-directory fuzz-crash FUZZ_TIME=$(FUZZ_LONG_TIME); \
	else \
	  echo "crash fuzzing SKIPPED: $(FUZZ_CC) with libFuzzer is not installed"; \
	fi

# ---- benchmarks (issue 6): bench/, bench/run -------------------------------------------
# `make bench` runs the full suite against every installed peer VM (apogee, lua5.1,
# luajit -joff, luajit); `make bench-quick` checks every benchmark's checksum under apogee
# at small sizes (one run each; used in CI).
.PHONY: bench bench-quick

$(BUILD)/bench-measure: bench/measure.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 $(CFLAGS) $(WARN) $(LDFLAGS) -o $@ bench/measure.c

bench: $(BUILD)/apogee $(BUILD)/bench-measure
	bench/run --apogee $(BUILD)/apogee --measure $(BUILD)/bench-measure

bench-quick: $(BUILD)/apogee $(BUILD)/bench-measure
	bench/run --quick --apogee $(BUILD)/apogee --measure $(BUILD)/bench-measure
# ---- end of benchmarks -------------------------------------------------------------------

# A debug build: no optimisation, and API misuse caught by api_check (as PUC's LUA_USE_APICHECK).
debug:
	$(MAKE) BUILD=build-debug LTO= CFLAGS="-O0 -g -DAPOGEE_APICHECK" build-debug/apogee build-debug/libapogee.a

# Differential fuzzing against PUC Lua 5.1 (lua5.1 must be installed): 2,000 generated programs,
# one process at a time; mismatches and minimised repros land in tests/fuzz/found/.
# FUZZ_START / FUZZ_COUNT pick the seeds; FUZZ_FLAGS (see tests/fuzz/gen.lua) mutes known classes.
FUZZ_START ?= 1
FUZZ_COUNT ?= 2000
.PHONY: fuzz-diff
fuzz-diff: $(BUILD)/apogee
	APOGEE_VM=$(BUILD)/apogee tests/fuzz/diff $(FUZZ_START) $(FUZZ_COUNT)

# Crash fuzzing with libFuzzer (clang-19), ASan and UBSan: four harnesses in tests/fuzz/libfuzzer/
# (source text, binary chunks, patterns, string.format), built into build/fuzz/fuzz_<target>.
# `make fuzz-crash` builds them and runs each for FUZZ_TIME seconds (tests/fuzz/libfuzzer/run);
# `make fuzz-crash-build` only builds.  See tests/fuzz/README.md.
FUZZ_CC ?= clang-19
FUZZ_CFLAGS ?= -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_TIME ?= 60
FUZZ_LONG_TIME ?= 45
FUZZ_TARGETS = source chunk pattern format source_jit
FUZZ_DIR = build/fuzz
FUZZ_OBJ = $(CORE_SRC:%.c=$(FUZZ_DIR)/obj/%.o)
.PHONY: fuzz-crash fuzz-crash-build

$(FUZZ_DIR)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CPPFLAGS_ALL) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(WARN) -MMD -MP -c -o $@ $<

$(FUZZ_DIR)/fuzz_%: tests/fuzz/libfuzzer/fuzz_%.c tests/fuzz/libfuzzer/fuzz_source.c tests/fuzz/libfuzzer/fuzz_common.h $(FUZZ_OBJ)
	$(FUZZ_CC) -std=c11 -D_GNU_SOURCE -Iinclude $(FUZZ_CFLAGS) -fsanitize=fuzzer $(WARN) -o $@ $< \
	  $(FUZZ_OBJ) $(LDLIBS)

.SECONDARY: $(FUZZ_OBJ)
fuzz-crash-build: $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)

fuzz-crash: fuzz-crash-build
	FUZZ_CC=$(FUZZ_CC) tests/fuzz/libfuzzer/run -t $(FUZZ_TIME) $(FUZZ_TARGETS)

-include $(FUZZ_OBJ:.o=.d)
