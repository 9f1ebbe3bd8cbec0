/*
 * asm_forms.c - every form of the x86-64 assembler (src/jit/x64/asm.h), next to its Intel-syntax
 * text, for tests/jit/asm.sh to check against GNU as.
 *
 * Usage: asm_forms OURS.txt FORMS.s
 *   OURS.txt  one line per form: "N<TAB>bytes in hex<TAB>as text<TAB>the asm.h call"
 *   FORMS.s   `.intel_syntax noprefix` source: each form N is preceded by the label FN (and the
 *             last one followed by the label F<count>), so the driver can cut the assembled .text
 *             into forms with nm.
 *
 * Forms that refer to code addresses (jumps, calls, RIP-relative operands) aim at H + k, where H
 * is the address at which the form is emitted; in the text that target is `FN+k`, so both sides
 * agree whatever the lengths of the forms before. Before writing anything the program runs a few
 * checks that are not byte comparisons (overflow, out-of-range calls); a failure there is reported
 * on stderr with exit status 1.
 */
#include "asm.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const R64[16] = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
                                     "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15" };
static const char *const R32[16] = { "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
                                     "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d",
                                     "r15d" };
static const char *const R16[16] = { "ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
                                     "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w",
                                     "r15w" };
static const char *const R8[16] = { "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
                                    "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b" };
static const char *const XMM[16] = { "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6",
                                     "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13",
                                     "xmm14", "xmm15" };
static const char *const ALU[8] = { "add", "or", "adc", "sbb", "and", "sub", "xor", "cmp" };
static const char *const SHIFT[8] = { "rol", "ror", "", "", "shl", "shr", "", "sar" };
static const char *const CC[16] = { "o", "no", "b", "ae", "e", "ne", "be", "a",
                                    "s", "ns", "p", "np", "l", "ge", "le", "g" };
static const char *const SSE[11] = { "addsd", "subsd", "mulsd", "divsd", "minsd", "maxsd",
                                     "sqrtsd", "xorpd", "andpd", "paddq", "punpcklqdq" };

static const char *rn(int w, int r) {
  return w == 8 ? R64[r] : w == 4 ? R32[r] : w == 2 ? R16[r] : R8[r];
}
static const char *kw(int w) {
  return w == 8 ? "QWORD" : w == 4 ? "DWORD" : w == 2 ? "WORD" : "BYTE";
}

/* ------------------------------------------------------------------------------------------ */
/* Form recording                                                                              */
/* ------------------------------------------------------------------------------------------ */

#define BUFSIZE (8u << 20)
#define ORIGIN (2u << 20)  /* forms start here, so that backward targets stay inside buf */
static uint8_t buf[BUFSIZE];
static X64Asm A;
static X64Asm *const a = &A;
static FILE *fours, *fs;
static int nforms;
static char L[32];       /* the current form's label */
static uint8_t *H;       /* the current form's address */
static char text[1024];  /* its as text */
static const char *call_text;

/* H + k without pointer arithmetic outside buf. */
static uint8_t *at(int64_t k) { return (uint8_t *)(uintptr_t)((uintptr_t)H + (uint64_t)k); }

static void fail(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "asm_forms: ");
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n");
  va_end(ap);
  exit(1);
}

static void form_begin(const char *call) {
  snprintf(L, sizeof L, "F%d", nforms);
  H = a->p;
  call_text = call;
}

static void form_text(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(text, sizeof text, fmt, ap);
  va_end(ap);
}

static void form_end(void) {
  if (a->overflow) fail("buffer overflow at form %d (%s)", nforms, text);
  if (a->p == H) fail("form %d (%s) emitted nothing: %s", nforms, text, call_text);
  fprintf(fours, "%d\t", nforms);
  for (uint8_t *p = H; p < a->p; p++) fprintf(fours, "%02x", *p);
  fprintf(fours, "\t%s\t%s\n", text, call_text);
  fprintf(fs, "%s:\n\t%s\n", L, text);
  nforms++;
}

/* F(call, format, args...): one form. The text arguments are evaluated after L and H are set. */
#define F(call, ...)        \
  do {                      \
    form_begin(#call);      \
    form_text(__VA_ARGS__); \
    call;                   \
    form_end();             \
  } while (0)

/* ------------------------------------------------------------------------------------------ */
/* Memory operands                                                                             */
/* ------------------------------------------------------------------------------------------ */

typedef struct MemCase {
  X64Mem m;
  int64_t rip;  /* RIP-relative (m.base X64_RIP): the target is H + rip */
} MemCase;

static MemCase mems[400];
static int nmems;

static void addm(int base, int index, int scale, int32_t disp) {
  MemCase c = { x64_memx(base, index, scale, disp), 0 };
  mems[nmems++] = c;
}
static void addrip(int64_t k) {
  MemCase c = { x64_mem_rip(NULL), k };
  mems[nmems++] = c;
}

static X64Mem getm(const MemCase *c) {
  X64Mem m = c->m;
  if (m.base == X64_RIP) m.target = at(c->rip);
  return m;
}

/* Intel-syntax text of a memory operand; w selects the size keyword (16: XMMWORD). */
static const char *mt(int w, const MemCase *c) {
  static char bufs[8][128];
  static int k;
  char *s = bufs[k++ & 7];
  const X64Mem *m = &c->m;
  int n = snprintf(s, 128, "%s PTR ", w == 16 ? "XMMWORD" : kw(w));
  if (m->base == X64_RIP) {
    snprintf(s + n, 128 - (size_t)n, "[rip+%s%+" PRId64 "]", L, c->rip);
  } else if (m->base == X64_NOREG && m->index == X64_NOREG) {
    snprintf(s + n, 128 - (size_t)n, "[%" PRId32 "]", m->disp);
  } else {
    n += snprintf(s + n, 128 - (size_t)n, "[");
    if (m->base != X64_NOREG) n += snprintf(s + n, 128 - (size_t)n, "%s", R64[m->base]);
    if (m->index != X64_NOREG)
      n += snprintf(s + n, 128 - (size_t)n, "%s%s*%d", m->base != X64_NOREG ? "+" : "",
                    R64[m->index], m->scale);
    if (m->disp != 0 || m->base == X64_NOREG)
      n += snprintf(s + n, 128 - (size_t)n, "%+" PRId32, m->disp);
    snprintf(s + n, 128 - (size_t)n, "]");
  }
  return s;
}

static void build_mems(void) {
  static const int32_t disps[] = { 0, 1, -1, 127, -128, 128, -129, 0x12345678, INT32_MAX,
                                   INT32_MIN };
  /* Every base with every kind of displacement: 0, disp8 and disp32, on both sides. */
  for (int b = 0; b < 16; b++)
    for (size_t d = 0; d < sizeof disps / sizeof disps[0]; d++)
      if (d < 7 || b % 3 == (int)d % 3 || b == X64_RSP || b == X64_RBP || b == X64_R12 ||
          b == X64_R13)
        addm(b, X64_NOREG, 1, disps[d]);
  /* Every index with every scale, over bases including rsp/rbp/r12/r13. */
  static const int bases[] = { X64_RAX, X64_RSP, X64_RBP, X64_R12, X64_R13, X64_R15, X64_RDI,
                               X64_R8 };
  int k = 0;
  for (int x = 0; x < 16; x++) {
    if (x == X64_RSP) continue;
    for (int s = 1; s <= 8; s *= 2, k++)
      addm(bases[k % 8], x, s, disps[k % 10]);
  }
  /* The index equal to the base; rbp/r13 bases with an index and no displacement. */
  addm(X64_RBX, X64_RBX, 4, 8);
  addm(X64_RBP, X64_RAX, 1, 0);
  addm(X64_R13, X64_R9, 8, 0);
  addm(X64_RSP, X64_R12, 2, 0);
  addm(X64_R12, X64_R12, 1, -8);
  /* No base: absolute, and index*scale + disp32. */
  addm(X64_NOREG, X64_NOREG, 1, 0);
  addm(X64_NOREG, X64_NOREG, 1, 0x1000);
  addm(X64_NOREG, X64_NOREG, 1, -16);
  addm(X64_NOREG, X64_NOREG, 1, INT32_MAX);
  addm(X64_NOREG, X64_NOREG, 1, INT32_MIN);
  addm(X64_NOREG, X64_RCX, 8, 16);
  addm(X64_NOREG, X64_R9, 2, -4);
  addm(X64_NOREG, X64_RBP, 1, 0);
  addm(X64_NOREG, X64_R13, 4, 0x400000);
  /* RIP-relative: behind, at, and ahead of the instruction, near and far. */
  addrip(0);
  addrip(64);
  addrip(-64);
  addrip(7);
  addrip(100000);
  addrip(-100000);
  addrip(0x40000000);
  addrip(-0x40000000);
}

/* ------------------------------------------------------------------------------------------ */
/* Checks that are not byte comparisons                                                        */
/* ------------------------------------------------------------------------------------------ */

static void self_checks(void) {
  uint8_t small[32];
  X64Asm t;

  /* Filling the buffer exactly, then overflowing: nothing is written past end, p stays. */
  memset(small, 0xcc, sizeof small);
  x64_init(&t, small, 10, 0);
  x64_mov_ri(&t, X64_RAX, 0x123456789abcdef0u);  /* movabs: exactly 10 bytes */
  if (t.overflow || x64_size(&t) != 10) fail("movabs into a 10-byte buffer");
  x64_ret(&t);
  if (!t.overflow || x64_size(&t) != 10) fail("overflow not flagged");
  if (x64_jcc(&t, X64_CC_E) != NULL || x64_jmp(&t) != NULL) fail("x64_jcc after overflow");
  x64_patch_rel32(x64_jcc(&t, X64_CC_E), small);  /* a NULL field: ignored */
  for (size_t i = 10; i < sizeof small; i++)
    if (small[i] != 0xcc) fail("write past end");

  /* An instruction that does not fit is not written at all, nor is anything after it. */
  memset(small, 0xcc, sizeof small);
  x64_init(&t, small, 8, 1);
  x64_alu_ri(&t, X64_ADD, 8, X64_RCX, 1);          /* 4 bytes */
  x64_mov_mi(&t, 8, x64_mem(X64_RAX, 0), 1000);    /* 7 bytes: does not fit */
  x64_ret(&t);                                     /* would fit, but writes have stopped */
  if (!t.overflow || x64_size(&t) != 4) fail("partial write on overflow");
  for (size_t i = 4; i < sizeof small; i++)
    if (small[i] != 0xcc) fail("partial write on overflow (bytes)");
  x64_init(&t, small, 3, 0);
  x64_nop(&t, 4);
  if (!t.overflow || x64_size(&t) != 0) fail("nop overflow");
  x64_init(&t, small, 5, 0);
  x64_cvtsi2sd(&t, 8, 1, X64_RAX);  /* xorps (3) fits, cvtsi2sd (5) does not */
  if (!t.overflow || x64_size(&t) != 3) fail("cvtsi2sd overflow");

  /* Calls beyond rel32 range are refused without emitting anything. */
  x64_init(&t, buf, BUFSIZE, 0);
  uint8_t *base = buf + ORIGIN;
  t.p = base;
  if (x64_call(&t, (uint8_t *)(uintptr_t)((uintptr_t)base + 5 + 0x80000000u)) != 0 ||
      x64_size(&t) != ORIGIN)
    fail("call out of range (forward)");
  if (x64_call(&t, (uint8_t *)(uintptr_t)((uintptr_t)base + 5 - 0x80000001u)) != 0 ||
      x64_size(&t) != ORIGIN)
    fail("call out of range (backward)");
  if (x64_call(&t, (uint8_t *)(uintptr_t)((uintptr_t)base + 5 + 0x7fffffffu)) != 1 ||
      x64_size(&t) != ORIGIN + 5 || t.overflow)
    fail("call at the edge of rel32 range");

  /* A RIP-relative operand or a jump out of rel32 range cannot be encoded: flagged like an
   * overflow (the trace is abandoned). */
  x64_init(&t, small, sizeof small, 0);
  x64_mov_rm(&t, 8, X64_RAX,
             x64_mem_rip((void *)(uintptr_t)((uintptr_t)small + 0x100000000u)));
  if (!t.overflow || x64_size(&t) != 0) fail("RIP-relative target out of range");
  x64_init(&t, small, sizeof small, 0);
  x64_jmp_to(&t, (uint8_t *)(uintptr_t)((uintptr_t)small - 0x100000000u));
  if (!t.overflow || x64_size(&t) != 0) fail("jump target out of range");

  /* A register copy onto itself is nothing; the SSE three-operand forms skip the movaps. */
  for (int v = 0; v < 2; v++) {
    x64_init(&t, small, sizeof small, v);
    x64_movsd_rr(&t, 3, 3);
    x64_movsd_rr(&t, 12, 12);
    if (x64_size(&t) != 0) fail("movsd_rr x, x emitted code");
  }

  /* x64_jcc/x64_jmp return the displacement field, which x64_patch_rel32 fills. */
  x64_init(&t, small, sizeof small, 0);
  x64_nop(&t, 3);
  uint8_t *f = x64_jcc(&t, X64_CC_NE);
  uint8_t *g = x64_jmp(&t);
  if (f != small + 5 || g != small + 10) fail("x64_jcc/x64_jmp field address");
  x64_patch_rel32(f, small);
  x64_patch_rel32(g, small + 20);
  static const uint8_t want[] = { 0x0f, 0x1f, 0x00, 0x0f, 0x85, 0xf7, 0xff, 0xff, 0xff,
                                  0xe9, 0x06, 0x00, 0x00, 0x00 };
  if (x64_size(&t) != sizeof want || memcmp(small, want, sizeof want) != 0)
    fail("x64_patch_rel32");
}

/* ------------------------------------------------------------------------------------------ */
/* The forms                                                                                   */
/* ------------------------------------------------------------------------------------------ */

/* Register pairs: every register in each position, against itself, a neighbour, its other-half
 * twin (r ^ 8) and its mirror. */
static int pair(int d, int k) {
  switch (k) {
    case 0: return d;
    case 1: return (d + 1) & 15;
    case 2: return d ^ 8;
    default: return 15 - d;
  }
}

static void gp_forms(void) {
  static const int ws[] = { 8, 4, 2, 1 };

  /* mov r, r */
  for (int wi = 0; wi < 4; wi++)
    for (int d = 0; d < 16; d++)
      for (int k = 0; k < (wi < 2 ? 4 : 2); k++) {
        int w = ws[wi], s = pair(d, k + (wi < 2 ? 0 : 1));
        F(x64_mov_rr(a, w, d, s), "mov %s, %s", rn(w, d), rn(w, s));
      }

  /* mov r, imm: the shortest of mov r32, imm32 / mov r64, simm32 / movabs. */
  static const struct { uint64_t v; int kind; } imms[] = {
    { 0, 4 }, { 1, 4 }, { 127, 4 }, { 128, 4 }, { 0x7fffffff, 4 }, { 0x80000000u, 4 },
    { 0xffffffffu, 4 }, { 0x100000000u, 10 }, { UINT64_MAX, 8 }, { (uint64_t)-128, 8 },
    { (uint64_t)-129, 8 }, { 0xffffffff80000000u, 8 }, { 0xffffffff7fffffffu, 10 },
    { 0x8000000000000000u, 10 }, { 0x7fffffffffffffffu, 10 }, { 0x123456789abcdef0u, 10 },
  };
  for (size_t i = 0; i < sizeof imms / sizeof imms[0]; i++)
    for (int d = (int)i % 4; d < 16; d += 4) {
      uint64_t v = imms[i].v;
      if (imms[i].kind == 4) F(x64_mov_ri(a, d, v), "mov %s, %" PRIu64, R32[d], v);
      else if (imms[i].kind == 8) F(x64_mov_ri(a, d, v), "mov %s, %" PRId64, R64[d], (int64_t)v);
      else F(x64_mov_ri(a, d, v), "movabs %s, 0x%" PRIx64, R64[d], v);
    }

  /* Loads: every memory operand (w 8), and a subset at w 4. */
  for (int i = 0; i < nmems; i++) {
    int r = i % 16;
    F(x64_mov_rm(a, 8, r, getm(&mems[i])), "mov %s, %s", R64[r], mt(8, &mems[i]));
  }
  for (int i = 0; i < nmems; i += 3) {
    int r = (i * 7) % 16;
    F(x64_mov_rm(a, 4, r, getm(&mems[i])), "mov %s, %s", R32[r], mt(4, &mems[i]));
  }
  /* Stores of every width; byte stores from every register (spl..dil need a REX). */
  for (int wi = 0; wi < 4; wi++)
    for (int i = wi; i < nmems; i += 4) {
      int w = ws[wi], r = (i * 5 + wi) % 16;
      F(x64_mov_mr(a, w, getm(&mems[i]), r), "mov %s, %s", mt(w, &mems[i]), rn(w, r));
    }
  for (int r = 0; r < 16; r++) {
    MemCase c = { x64_mem(r == 3 ? X64_R12 : X64_RBX, 8), 0 };
    F(x64_mov_mr(a, 1, getm(&c), r), "mov %s, %s", mt(1, &c), R8[r]);
    F(x64_mov_mr(a, 2, getm(&c), r), "mov %s, %s", mt(2, &c), R16[r]);
  }
  /* Immediate stores. */
  static const int32_t simm[] = { 0, 1, -1, 127, 128, -128, -129, INT32_MAX, INT32_MIN };
  for (int i = 0; i + 1 < nmems; i += 5) {
    int32_t v = simm[i % 9];
    F(x64_mov_mi(a, 8, getm(&mems[i]), v), "mov %s, %" PRId32, mt(8, &mems[i]), v);
    F(x64_mov_mi(a, 4, getm(&mems[i + 1]), v), "mov %s, %" PRId32, mt(4, &mems[i + 1]), v);
  }
  for (int i = 2; i < nmems; i += 23) {
    F(x64_mov_mi(a, 2, getm(&mems[i]), -2), "mov %s, -2", mt(2, &mems[i]));
    F(x64_mov_mi(a, 1, getm(&mems[i]), 0x7f), "mov %s, 127", mt(1, &mems[i]));
  }
  for (int i = 1; i < nmems; i += 7)
    F(x64_test_mi(a, getm(&mems[i]), (uint8_t)(1u << (i % 8))), "test %s, %u", mt(1, &mems[i]),
      1u << (i % 8));
  /* movzx r32, byte / word. */
  for (int i = 0; i + 1 < nmems; i += 4) {
    int r = (i / 4) % 16;
    F(x64_movzx_rm(a, 1, r, getm(&mems[i])), "movzx %s, %s", R32[r], mt(1, &mems[i]));
    F(x64_movzx_rm(a, 2, 15 - r, getm(&mems[i + 1])), "movzx %s, %s", R32[15 - r],
      mt(2, &mems[i + 1]));
  }
  /* lea */
  for (int i = 0; i < nmems; i += 2) {
    int r = (i * 3) % 16;
    F(x64_lea(a, 8, r, getm(&mems[i])), "lea %s, %s", R64[r], mt(8, &mems[i]));
  }
  for (int i = 1; i < nmems; i += 9) {
    int r = (i * 3) % 16;
    F(x64_lea(a, 4, r, getm(&mems[i])), "lea %s, %s", R32[r], mt(4, &mems[i]));
  }

  /* ALU: every operation, register-register, in every width. */
  for (int op = 0; op < 8; op++)
    for (int wi = 0; wi < 4; wi++)
      for (int d = op % 2; d < 16; d += 2 + wi) {
        int w = ws[wi], s = pair(d, (op + d) % 4);
        F(x64_alu_rr(a, (X64Alu)op, w, d, s), "%s %s, %s", ALU[op], rn(w, d), rn(w, s));
      }
  /* ALU register, immediate: imm8 / imm32 boundaries, the accumulator short forms. */
  static const int32_t aimm[] = { 0, 1, -1, 127, -128, 128, -129, 255, 0x7fff, INT32_MAX,
                                  INT32_MIN, 0x12345678 };
  static const int adst[] = { X64_RAX, X64_RCX, X64_RSP, X64_RBP, X64_RSI, X64_R8, X64_R12,
                              X64_R15 };
  for (int op = 0; op < 8; op++)
    for (int wi = 0; wi < 2; wi++)
      for (int i = 0; i < 12; i++) {
        int w = ws[wi], d = adst[(i + op) % 8];
        if (i % 4 == 0) d = X64_RAX;
        F(x64_alu_ri(a, (X64Alu)op, w, d, aimm[i]), "%s %s, %" PRId32, ALU[op], rn(w, d),
          aimm[i]);
      }
  static const int32_t imm16[] = { 0, 1, -1, 127, -128, 128, -129, 0x7fff, -0x8000 };
  for (int i = 0; i < 9; i++)
    for (int k = 0; k < 3; k++) {
      int d = adst[(i + k) % 8], op = (i + k) % 8;
      if (k == 0) d = X64_RAX;
      F(x64_alu_ri(a, (X64Alu)op, 2, d, imm16[i]), "%s %s, %" PRId32, ALU[op], R16[d],
        imm16[i]);
      F(x64_alu_ri(a, (X64Alu)op, 1, d, (int8_t)imm16[i]), "%s %s, %d", ALU[op], R8[d],
        (int8_t)imm16[i]);
    }
  /* ALU register, memory. */
  for (int op = 0; op < 8; op++)
    for (int i = op; i < nmems; i += 6) {
      int w = ws[i % 4], r = (i * 11) % 16;
      F(x64_alu_rm(a, (X64Alu)op, w, r, getm(&mems[i])), "%s %s, %s", ALU[op], rn(w, r),
        mt(w, &mems[i]));
    }
  /* ALU memory, immediate: every width. */
  for (int op = 0; op < 8; op++)
    for (int i = op * 3; i < nmems; i += 9) {
      int w = ws[(i / 9) % 4];
      int32_t v = aimm[(i / 9 + op) % 12];
      if (w == 2) v = imm16[(i / 9 + op) % 9];
      if (w == 1) v = (int8_t)v;
      F(x64_alu_mi(a, (X64Alu)op, w, getm(&mems[i]), v), "%s %s, %" PRId32, ALU[op],
        mt(w, &mems[i]), v);
    }
  /* 16-bit immediates as the CPU sees them: 0xffff is -1, an imm8. */
  {
    MemCase c = { x64_mem(X64_RAX, 0), 0 };
    F(x64_alu_mi(a, X64_ADD, 2, getm(&c), 0xffff), "add %s, -1", mt(2, &c));
    F(x64_alu_mi(a, X64_SUB, 2, getm(&c), 0xff80), "sub %s, -128", mt(2, &c));
    F(x64_alu_mi(a, X64_CMP, 1, getm(&c), 0xff), "cmp %s, -1", mt(1, &c));
    F(x64_alu_ri(a, X64_AND, 2, X64_RCX, 0xffff), "and cx, -1");
  }

  /* imul */
  for (int wi = 0; wi < 3; wi++)
    for (int d = 0; d < 16; d++) {
      int w = ws[wi], s = pair(d, (d + wi) % 4);
      F(x64_imul_rr(a, w, d, s), "imul %s, %s", rn(w, d), rn(w, s));
    }
  for (int i = 0; i < 12; i++)
    for (int wi = 0; wi < 2; wi++) {
      int w = ws[wi], d = (i * 5 + wi) % 16, s = (i * 3 + 7 * wi) % 16;
      F(x64_imul_rri(a, w, d, s, aimm[i]), "imul %s, %s, %" PRId32, rn(w, d), rn(w, s),
        aimm[i]);
    }
  F(x64_imul_rri(a, 2, X64_RAX, X64_R9, 1000), "imul ax, r9w, 1000");
  F(x64_imul_rri(a, 2, X64_R10, X64_RDX, -5), "imul r10w, dx, -5");

  /* Shifts by an immediate (1 uses the D1 form) and by cl. */
  static const int shifts[] = { X64_ROL, X64_ROR, X64_SHL, X64_SHR, X64_SAR };
  static const uint8_t counts[] = { 1, 2, 7, 31, 63, 0 };
  for (int si = 0; si < 5; si++)
    for (int wi = 0; wi < 4; wi++)
      for (int k = 0; k < 6; k++) {
        int op = shifts[si], w = ws[wi], r = (si * 7 + wi * 3 + k * 5) % 16;
        uint8_t c = counts[k];
        if (w < 8 && c == 63) c = 15;
        F(x64_shift_ri(a, (X64Shift)op, w, r, c), "%s %s, %d", SHIFT[op], rn(w, r), c);
      }
  for (int si = 0; si < 5; si++)
    for (int wi = 0; wi < 4; wi++)
      for (int k = 0; k < 2; k++) {
        int op = shifts[si], w = ws[wi], r = (si * 5 + wi * 3 + k * 8) % 16;
        F(x64_shift_rcl(a, (X64Shift)op, w, r), "%s %s, cl", SHIFT[op], rn(w, r));
      }

  /* neg, not, test, bswap */
  for (int wi = 0; wi < 4; wi++)
    for (int r = wi % 2; r < 16; r += 2) {
      int w = ws[wi];
      F(x64_neg(a, w, r), "neg %s", rn(w, r));
      F(x64_not(a, w, 15 - r), "not %s", rn(w, 15 - r));
    }
  for (int wi = 0; wi < 4; wi++)
    for (int d = 0; d < 16; d++) {
      int w = ws[wi], s = pair(d, (d + wi) % 4);
      F(x64_test_rr(a, w, d, s), "test %s, %s", rn(w, d), rn(w, s));
    }
  for (int wi = 0; wi < 4; wi++)
    for (int i = 0; i < 12; i++) {
      int w = ws[wi], r = i % 3 == 0 ? X64_RAX : (i * 5 + wi) % 16;
      int32_t v = aimm[i];
      if (w == 2) v = (int16_t)v;
      if (w == 1) v = (int8_t)v;
      F(x64_test_ri(a, w, r, v), "test %s, %" PRId32, rn(w, r), v);
    }
  for (int r = 0; r < 16; r++) {
    F(x64_bswap(a, 8, r), "bswap %s", R64[r]);
    F(x64_bswap(a, 4, r), "bswap %s", R32[r]);
  }

  /* setcc on every register (spl..dil need a REX), cmovcc in every condition. */
  for (int cc = 0; cc < 16; cc++)
    for (int r = cc % 2; r < 16; r += 2)
      F(x64_setcc(a, (X64Cond)cc, r), "set%s %s", CC[cc], R8[r]);
  for (int cc = 0; cc < 16; cc++)
    for (int wi = 0; wi < 3; wi++)
      for (int k = 0; k < 2; k++) {
        int w = ws[wi], d = (cc + 5 * wi + 8 * k) % 16, s = pair(d, (cc + k) % 4);
        F(x64_cmov_rr(a, (X64Cond)cc, w, d, s), "cmov%s %s, %s", CC[cc], rn(w, d), rn(w, s));
      }
}

static void control_forms(void) {
  for (int r = 0; r < 16; r++) {
    F(x64_push(a, r), "push %s", R64[r]);
    F(x64_pop(a, r), "pop %s", R64[r]);
    F(x64_call_r(a, r), "call %s", R64[r]);
    F(x64_jmp_r(a, r), "jmp %s", R64[r]);
  }
  F(x64_ret(a), "ret");
  F(x64_ud2(a), "ud2");

  /* The recommended NOPs, and longer paddings made of them. */
  static const char *const nops[10] = {
    "", "nop", "xchg ax, ax", "nop DWORD PTR [rax]", "{disp8} nop DWORD PTR [rax]",
    "{disp8} nop DWORD PTR [rax+rax*1]", "{disp8} nop WORD PTR [rax+rax*1]",
    "{disp32} nop DWORD PTR [rax]", "{disp32} nop DWORD PTR [rax+rax*1]",
    "{disp32} nop WORD PTR [rax+rax*1]",
  };
  for (int n = 1; n <= 20; n++) {
    char t[512] = "";
    for (int left = n; left > 0; left -= 9) {
      if (t[0]) strcat(t, "; ");
      strcat(t, nops[left > 9 ? 9 : left]);
    }
    F(x64_nop(a, n), "%s", t);
  }

  /* call rel32, near and at the edges of the range. */
  static const int64_t ctargets[] = { 0, 5, -5, 1000, -1000, 0x7fffffffLL + 5,
                                      -0x80000000LL + 5, 0x12345678, -0x12345678 };
  for (size_t i = 0; i < sizeof ctargets / sizeof ctargets[0]; i++) {
    int64_t k = ctargets[i];
    F(if (!x64_call(a, at(k))) fail("x64_call refused %" PRId64, k), "call %s%+" PRId64, L, k);
  }

  /* Jumps to known targets: rel8 at its edges (the displacement counts from the end of the
   * 2-byte short jump), rel32 beyond. */
  static const int64_t jtargets[] = { 2, 0, 2 + 127, 2 + 128, 2 - 128, 2 - 129, 1000, -1000,
                                      0x100000, -0x100000 };
  for (size_t i = 0; i < sizeof jtargets / sizeof jtargets[0]; i++) {
    int64_t k = jtargets[i];
    F(x64_jmp_to(a, at(k)), "jmp %s%+" PRId64, L, k);
    for (int cc = (int)i % 4; cc < 16; cc += 4)
      F(x64_jcc_to(a, (X64Cond)cc, at(k)), "j%s %s%+" PRId64, CC[cc], L, k);
  }
  /* rel32 at the edges of its range. */
  F(x64_jmp_to(a, at(0x7fffffffLL + 5)), "jmp %s+2147483652", L);
  F(x64_jmp_to(a, at(-0x80000000LL + 5)), "jmp %s-2147483643", L);
  F(x64_jcc_to(a, X64_CC_NE, at(0x7fffffffLL + 6)), "jne %s+2147483653", L);
  F(x64_jcc_to(a, X64_CC_L, at(-0x80000000LL + 6)), "jl %s-2147483642", L);
  /* Jumps with a rel32 field, patched later (or left at 0). */
  F(x64_jmp(a), "{disp32} jmp %s+5", L);
  F(x64_jcc(a, X64_CC_E), "{disp32} je %s+6", L);
  for (int cc = 0; cc < 16; cc++) {
    int64_t k = (cc % 3 == 0) ? 3 : (cc % 3 == 1) ? -3000 : 100000;
    F(x64_patch_rel32(x64_jcc(a, (X64Cond)cc), at(k)), "{disp32} j%s %s%+" PRId64, CC[cc], L,
      k);
  }
  F(x64_patch_rel32(x64_jmp(a), at(0)), "{disp32} jmp %s", L);
  F(x64_patch_rel32(x64_jmp(a), at(-0x7fff0000LL)), "{disp32} jmp %s-2147418112", L);
}

/* Scalar double, in the SSE (v 0) or VEX (v 1) encoding. */
static void sse_forms(int v) {
  const char *p = v ? "v" : "";
  a->vex = v;

  /* Three-operand arithmetic: xd = xs1 (two-operand form), xd = xs2 (commutative only), all
   * different (movaps first under SSE). */
  for (int op = 0; op <= X64_PUNPCKLQDQ; op++)
    for (int d = 0; d < 16; d++)
      for (int k = 0; k < 3; k++) {
        int s1, s2;
        int comm = op == X64_ADDSD || op == X64_MULSD || op == X64_XORPD || op == X64_ANDPD ||
                   op == X64_PADDQ;
        if (k == 0) { s1 = d; s2 = (d + 3 + op) & 15; }
        else if (k == 1) { s1 = d ^ 8; s2 = comm ? d : (d + 1) & 15; }
        else { s1 = 15 - d == d ? (d + 2) & 15 : 15 - d; s2 = (d + 9) & 15; }
        if ((d + op) % 2 && k == 2) continue;
        if (op == X64_SQRTSD && k == 1) s2 = d;  /* sqrtsd x, x */
        const char *n = SSE[op];
        if (v)
          F(x64_sse_rrr(a, (X64SseOp)op, d, s1, s2), "v%s %s, %s, %s", n, XMM[d], XMM[s1],
            XMM[s2]);
        else if (op == X64_SQRTSD)
          F(x64_sse_rrr(a, (X64SseOp)op, d, s1, s2), "sqrtsd %s, %s", XMM[d], XMM[s2]);
        else if (d == s1)
          F(x64_sse_rrr(a, (X64SseOp)op, d, s1, s2), "%s %s, %s", n, XMM[d], XMM[s2]);
        else if (d == s2)
          F(x64_sse_rrr(a, (X64SseOp)op, d, s1, s2), "%s %s, %s", n, XMM[d], XMM[s1]);
        else
          F(x64_sse_rrr(a, (X64SseOp)op, d, s1, s2), "movaps %s, %s; %s %s, %s", XMM[d],
            XMM[s1], n, XMM[d], XMM[s2]);
      }
  /* Three-operand with a memory source. */
  for (int op = 0; op <= X64_PUNPCKLQDQ; op++)
    for (int i = op; i < nmems; i += 11) {
      int d = (i * 5) % 16, s1 = (i % 3 == 0) ? d : (i * 3 + 1) % 16;
      int mw = op >= X64_XORPD ? 16 : 8;
      const char *n = SSE[op];
      const MemCase *c = &mems[i];
      if (v)
        F(x64_sse_rrm(a, (X64SseOp)op, d, s1, getm(c)), "v%s %s, %s, %s", n, XMM[d], XMM[s1],
          mt(mw, c));
      else if (op == X64_SQRTSD || d == s1)
        F(x64_sse_rrm(a, (X64SseOp)op, d, s1, getm(c)), "%s %s, %s", n, XMM[d], mt(mw, c));
      else
        F(x64_sse_rrm(a, (X64SseOp)op, d, s1, getm(c)), "movaps %s, %s; %s %s, %s", XMM[d],
          XMM[s1], n, XMM[d], mt(mw, c));
    }

  /* Register copies (VEX: as uses the 0x29 form for a 2-byte prefix when only xs is high). */
  for (int d = 0; d < 16; d++)
    for (int k = 1; k < 4; k++) {
      int s = pair(d, k);
      if (s == d) s = (d + 5) & 15;
      F(x64_movsd_rr(a, d, s), "%smovaps %s, %s", p, XMM[d], XMM[s]);
    }
  /* Loads and stores. */
  for (int i = v; i < nmems; i += 3) {
    int x = (i * 7) % 16;
    F(x64_movsd_rm(a, x, getm(&mems[i])), "%smovsd %s, %s", p, XMM[x], mt(8, &mems[i]));
    F(x64_movsd_mr(a, getm(&mems[i]), 15 - x), "%smovsd %s, %s", p, mt(8, &mems[i]),
      XMM[15 - x]);
    F(x64_movups_rm(a, 15 - x, getm(&mems[i])), "%smovups %s, %s", p, XMM[15 - x],
      mt(16, &mems[i]));
    F(x64_movups_mr(a, getm(&mems[i]), x), "%smovups %s, %s", p, mt(16, &mems[i]), XMM[x]);
  }
  /* GPR <-> xmm bits. */
  for (int x = 0; x < 16; x++)
    for (int k = 0; k < 3; k++) {
      int r = pair(x, k + 1);
      F(x64_movq_xr(a, x, r), "%smovq %s, %s", p, XMM[x], R64[r]);
      F(x64_movq_rx(a, r, x), "%smovq %s, %s", p, R64[r], XMM[x]);
    }
  /* Compares. */
  for (int x = 0; x < 16; x++)
    for (int k = 0; k < 3; k++) {
      int y = pair(x, k + 1);
      F(x64_ucomisd_rr(a, x, y), "%sucomisd %s, %s", p, XMM[x], XMM[y]);
    }
  for (int i = 2 + v; i < nmems; i += 7) {
    int x = (i * 3) % 16;
    F(x64_ucomisd_rm(a, x, getm(&mems[i])), "%sucomisd %s, %s", p, XMM[x], mt(8, &mems[i]));
  }
  /* Conversions. */
  for (int x = 0; x < 16; x++)
    for (int k = 0; k < 2; k++) {
      int r = pair(x, k * 2 + 1), w = k ? 4 : 8;
      if (v)
        F(x64_cvtsi2sd(a, w, x, r), "vxorps %s, %s, %s; vcvtsi2sd %s, %s, %s", XMM[x], XMM[x],
          XMM[x], XMM[x], XMM[x], rn(w, r));
      else
        F(x64_cvtsi2sd(a, w, x, r), "xorps %s, %s; cvtsi2sd %s, %s", XMM[x], XMM[x], XMM[x],
          rn(w, r));
      F(x64_cvttsd2si(a, w, r, x), "%scvttsd2si %s, %s", p, rn(w, r), XMM[x]);
      F(x64_cvtsd2si(a, 12 - w, 15 - r, x), "%scvtsd2si %s, %s", p, rn(12 - w, 15 - r), XMM[x]);
    }
  /* roundsd: floor, ceil, trunc, with and without the precision exception. */
  static const int modes[] = { 1, 2, 3, 9, 10, 11 };
  for (int d = 0; d < 16; d++)
    for (int k = 0; k < 3; k++) {
      int s = pair(d, k), mode = modes[(d + k) % 6];
      if (v)
        F(x64_roundsd(a, d, s, mode), "vroundsd %s, %s, %s, %d", XMM[d], XMM[s], XMM[s], mode);
      else
        F(x64_roundsd(a, d, s, mode), "roundsd %s, %s, %d", XMM[d], XMM[s], mode);
    }
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: asm_forms OURS.txt FORMS.s\n");
    return 2;
  }
  self_checks();
  build_mems();
  fours = fopen(argv[1], "w");
  fs = fopen(argv[2], "w");
  if (!fours || !fs) fail("cannot write the output files");
  fprintf(fs, "\t.intel_syntax noprefix\n\t.text\n");
  x64_init(a, buf, BUFSIZE, 0);
  a->p = buf + ORIGIN;
  gp_forms();
  control_forms();
  sse_forms(0);
  sse_forms(1);
  fprintf(fs, "F%d:\n", nforms);
  if (fclose(fours) != 0 || fclose(fs) != 0) fail("cannot write the output files");
  return 0;
}
