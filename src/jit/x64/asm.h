/*
 * asm.h - an x86-64 assembler (encoder) for the trace compiler's backend.
 *
 * The lowering (lower.c) talks to this interface, never to raw bytes. Code is emitted forward into
 * a caller-provided buffer; running past the end sets `overflow` and stops writing (the caller
 * checks it once at the end and aborts the trace). Every form the backend emits is listed in
 * tests/jit/asm_forms.c and checked byte for byte against GNU as.
 *
 * Scalar floating point comes in two encodings: legacy SSE and VEX (AVX). `vex` in X64Asm selects
 * one; the three-operand entry points emit `op xd, xs1, xs2` natively under VEX, and under SSE as
 * `movaps xd, xs1` (when xd != xs1) followed by the two-operand instruction. Callers never pass
 * xd == xs2 != xs1 to a non-commutative operation (asserted).
 */
#ifndef APOGEE_JIT_X64_ASM_H
#define APOGEE_JIT_X64_ASM_H

#include <stddef.h>
#include <stdint.h>

/* General-purpose registers, by hardware number. */
enum {
  X64_RAX, X64_RCX, X64_RDX, X64_RBX, X64_RSP, X64_RBP, X64_RSI, X64_RDI,
  X64_R8, X64_R9, X64_R10, X64_R11, X64_R12, X64_R13, X64_R14, X64_R15,
  X64_RIP = 16,      /* as a memory base only: RIP-relative addressing */
  X64_NOREG = 0xff   /* no base / no index */
};
/* XMM registers are numbered 0..15 in their own space. */

/* A memory operand: [base + index*scale + disp]. base X64_NOREG means an absolute disp32;
 * base X64_RIP means [rip + disp] where disp is filled from `target` (see x64_mem_rip). */
typedef struct X64Mem {
  uint8_t base;
  uint8_t index;     /* X64_NOREG for none; never X64_RSP */
  uint8_t scale;     /* 1, 2, 4 or 8 */
  int32_t disp;
  const void *target;  /* RIP-relative only: the absolute address referred to */
} X64Mem;

static inline X64Mem x64_mem(int base, int32_t disp) {
  X64Mem m = { (uint8_t)base, X64_NOREG, 1, disp, 0 };
  return m;
}
static inline X64Mem x64_memx(int base, int index, int scale, int32_t disp) {
  X64Mem m = { (uint8_t)base, (uint8_t)index, (uint8_t)scale, disp, 0 };
  return m;
}
static inline X64Mem x64_mem_rip(const void *target) {
  X64Mem m = { X64_RIP, X64_NOREG, 1, 0, target };
  return m;
}

typedef struct X64Asm {
  uint8_t *start;   /* first byte of the buffer */
  uint8_t *p;       /* next byte to write */
  uint8_t *end;     /* one past the buffer */
  int overflow;     /* set once a write would pass end (writes stop) */
  int vex;          /* emit scalar floating point in the VEX encoding */
} X64Asm;

void x64_init(X64Asm *a, uint8_t *buf, size_t size, int vex);
static inline size_t x64_size(const X64Asm *a) { return (size_t)(a->p - a->start); }

/* Integer ALU operations (the /digit of opcodes 0x80..0x83 and the 0x00..0x3B families). */
typedef enum { X64_ADD = 0, X64_OR = 1, X64_ADC = 2, X64_SBB = 3, X64_AND = 4, X64_SUB = 5,
               X64_XOR = 6, X64_CMP = 7 } X64Alu;
/* Shifts and rotates (the /digit of 0xC1 / 0xD3). */
typedef enum { X64_ROL = 0, X64_ROR = 1, X64_SHL = 4, X64_SHR = 5, X64_SAR = 7 } X64Shift;
/* Condition codes (the low nibble of Jcc / SETcc / CMOVcc). */
typedef enum { X64_CC_O, X64_CC_NO, X64_CC_B, X64_CC_AE, X64_CC_E, X64_CC_NE, X64_CC_BE,
               X64_CC_A, X64_CC_S, X64_CC_NS, X64_CC_P, X64_CC_NP, X64_CC_L, X64_CC_GE,
               X64_CC_LE, X64_CC_G } X64Cond;
/* Scalar double operations, and two on 128-bit integer vectors (the frames of a link, lower.c):
 * paddq adds two pairs of 64-bit words, punpcklqdq pairs the low words of its operands. The
 * memory forms of the packed operations read 16 bytes (16-byte aligned under SSE). */
typedef enum { X64_ADDSD, X64_SUBSD, X64_MULSD, X64_DIVSD, X64_MINSD, X64_MAXSD, X64_SQRTSD,
               X64_XORPD, X64_ANDPD, X64_PADDQ, X64_PUNPCKLQDQ } X64SseOp;

/* w is the operand width in bytes: 8 (64-bit, REX.W) or 4 (32-bit); where noted also 2 or 1. */

/* Moves. */
void x64_mov_rr(X64Asm *a, int w, int dst, int src);
void x64_mov_ri(X64Asm *a, int dst, uint64_t imm);   /* shortest of mov r32,imm32 (zero-extends),
                                                        mov r64,simm32 and movabs */
void x64_mov_rm(X64Asm *a, int w, int dst, X64Mem m);  /* load; w 8 or 4 */
void x64_mov_mr(X64Asm *a, int w, X64Mem m, int src);  /* store; w 8, 4, 2 or 1 */
void x64_mov_mi(X64Asm *a, int w, X64Mem m, int32_t imm);  /* store; w 8 (imm sign-extended) or 4 */
void x64_movzx_rm(X64Asm *a, int w, int dst, X64Mem m);   /* zero-extending load of w = 1 or 2
                                                             bytes into a 32-bit register */
void x64_lea(X64Asm *a, int w, int dst, X64Mem m);

/* Arithmetic. */
void x64_alu_rr(X64Asm *a, X64Alu op, int w, int dst, int src);
void x64_alu_ri(X64Asm *a, X64Alu op, int w, int dst, int32_t imm);  /* imm8 form when it fits */
void x64_alu_rm(X64Asm *a, X64Alu op, int w, int dst, X64Mem m);      /* op dst, [m] */
void x64_alu_mi(X64Asm *a, X64Alu op, int w, X64Mem m, int32_t imm);  /* op [m], imm; w 8, 4, 2
                                                                         or 1 */
void x64_imul_rr(X64Asm *a, int w, int dst, int src);
void x64_imul_rri(X64Asm *a, int w, int dst, int src, int32_t imm);
void x64_shift_ri(X64Asm *a, X64Shift op, int w, int r, uint8_t imm);  /* imm 1 uses the D1 form */
void x64_shift_rcl(X64Asm *a, X64Shift op, int w, int r);            /* shift by CL */
void x64_neg(X64Asm *a, int w, int r);
void x64_not(X64Asm *a, int w, int r);
void x64_test_rr(X64Asm *a, int w, int r1, int r2);
void x64_test_ri(X64Asm *a, int w, int r, int32_t imm);
void x64_test_mi(X64Asm *a, X64Mem m, uint8_t imm);  /* test byte [m], imm8 */
void x64_bswap(X64Asm *a, int w, int r);
void x64_setcc(X64Asm *a, X64Cond cc, int r);      /* setcc r8 (REX where needed for sil/dil..) */
void x64_cmov_rr(X64Asm *a, X64Cond cc, int w, int dst, int src);

/* Stack and calls. */
void x64_push(X64Asm *a, int r);
void x64_pop(X64Asm *a, int r);
void x64_ret(X64Asm *a);
int x64_call(X64Asm *a, const void *target);   /* call rel32; 0 if target is out of +-2 GiB */
void x64_call_r(X64Asm *a, int r);
void x64_jmp_r(X64Asm *a, int r);
void x64_ud2(X64Asm *a);
void x64_nop(X64Asm *a, int n);                 /* n bytes of padding (recommended multi-byte NOPs) */

/* Jumps. The forms returning uint8_t * emit a rel32 jump with a zero displacement and return the
 * address of that displacement, to be filled in by x64_patch_rel32 once the target is known
 * (NULL on overflow). The _to forms jump to a known address, using rel8 when it fits. */
uint8_t *x64_jcc(X64Asm *a, X64Cond cc);
uint8_t *x64_jmp(X64Asm *a);
void x64_jcc_to(X64Asm *a, X64Cond cc, const uint8_t *target);
void x64_jmp_to(X64Asm *a, const uint8_t *target);
void x64_patch_rel32(uint8_t *field, const uint8_t *target);

/* Scalar double (xmm registers). */
void x64_sse_rrr(X64Asm *a, X64SseOp op, int xd, int xs1, int xs2);  /* xd := xs1 op xs2;
                                                                          SQRTSD: xd := sqrt(xs2) */
void x64_sse_rrm(X64Asm *a, X64SseOp op, int xd, int xs1, X64Mem m);  /* xd := xs1 op [m] */
void x64_movsd_rr(X64Asm *a, int xd, int xs);   /* register copy (movaps) */
void x64_movsd_rm(X64Asm *a, int xd, X64Mem m);
void x64_movsd_mr(X64Asm *a, X64Mem m, int xs);
void x64_movups_rm(X64Asm *a, int xd, X64Mem m);  /* 16 bytes, unaligned */
void x64_movups_mr(X64Asm *a, X64Mem m, int xs);
void x64_movq_xr(X64Asm *a, int xd, int r);     /* xmm := r64 bits (upper half zeroed) */
void x64_movq_rx(X64Asm *a, int r, int xs);     /* r64 := xmm bits */
void x64_ucomisd_rr(X64Asm *a, int x1, int x2);
void x64_ucomisd_rm(X64Asm *a, int x1, X64Mem m);
void x64_cvtsi2sd(X64Asm *a, int w, int xd, int r);   /* xd := (double)r (w 4 or 8); under SSE
                                                         the destination is zeroed first (xorps)
                                                         to break the dependency */
void x64_cvttsd2si(X64Asm *a, int w, int r, int xs);  /* truncating */
void x64_cvtsd2si(X64Asm *a, int w, int r, int xs);   /* current rounding mode */
void x64_roundsd(X64Asm *a, int xd, int xs, int mode);  /* SSE4.1; mode 1 floor, 2 ceil, 3 trunc
                                                           (| 8: suppress precision exception) */

#endif
