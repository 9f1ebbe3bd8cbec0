/*
 * fuzz_source_jit: fuzz_source with the trace compiler taking every loop and exit at once
 * (FZ_JIT in fuzz_common.h: hotloop=1, hotexit=1, and a deadline instead of the instruction
 * budget, under which no trace is recorded). Seeds and dictionary: those of `source`.
 */
#define FZ_JIT 1
#include "fuzz_source.c"
