# Apogee build.  `make` builds build/apogee; `make test` runs the test suite.
CC ?= cc
ifeq ($(origin CC),default)
CC = gcc
endif
OPT ?= -O2
CFLAGS ?= $(OPT) -g
WARN = -Wall -Wextra
CPPFLAGS_ALL = -std=c11 -D_GNU_SOURCE -Iinclude -Isrc/core -Isrc/vm -Isrc/front -Isrc/api $(CPPFLAGS)
LDLIBS = -lm -ldl
BUILD ?= build

CORE_SRC = $(wildcard src/core/*.c) $(wildcard src/vm/*.c) $(wildcard src/front/*.c) \
           $(wildcard src/api/*.c) $(wildcard src/lib/*.c)
CLI_SRC = src/cli/apogee.c
CORE_OBJ = $(CORE_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ = $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
DEPS = $(CORE_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

.PHONY: all test test-asan clean

all: $(BUILD)/apogee

$(BUILD)/apogee: $(CORE_OBJ) $(CLI_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -Wl,-E -o $@ $^ $(LDLIBS)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS) $(WARN) -MMD -MP -c -o $@ $<

test: $(BUILD)/apogee
	tests/run --vm $(BUILD)/apogee

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer, in its own build dir.
test-asan:
	$(MAKE) BUILD=build-asan OPT=-O1 \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	  LDFLAGS="-fsanitize=address,undefined" build-asan/apogee
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 tests/run --vm build-asan/apogee

clean:
	rm -rf build build-asan

-include $(DEPS)
