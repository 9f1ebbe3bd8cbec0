/*
 * asm.c - the x86-64 encoder behind asm.h.
 *
 * Every instruction is first built in a small staging record (Ins) and then committed to the
 * buffer as a whole: an instruction that does not fit sets `overflow` and nothing of it is
 * written, and nothing is written after that. A RIP-relative displacement is filled in at commit
 * time, when the address of the end of the instruction (immediates included) is known.
 *
 * Where x86 offers several encodings of the same instruction, the one GNU as picks is used
 * (tests/jit/asm.sh checks every form byte for byte): the r/m,reg direction (0x89, 0x01, ...) for
 * register-register integer operations, the accumulator short forms (0x05, 0xA9, ...) for 32-bit
 * immediates on rax, imm8 forms when the immediate fits, the 2-byte VEX prefix when it can encode
 * the operands, and for vmovaps the store opcode (0x29) when that makes a 2-byte VEX possible.
 */
#include "asm.h"

#include <assert.h>
#include <string.h>

/* ------------------------------------------------------------------------------------------ */
/* Staging and committing                                                                      */
/* ------------------------------------------------------------------------------------------ */

typedef struct Ins {
  uint8_t b[24];       /* the longest x86 instruction is 15 bytes */
  int n;
  int rip;             /* offset of a RIP-relative disp32 field in b, or -1 */
  const void *target;  /* what that field refers to */
} Ins;

static void ins_init(Ins *i) {
  i->n = 0;
  i->rip = -1;
  i->target = NULL;
}

static void b1(Ins *i, unsigned v) { i->b[i->n++] = (uint8_t)v; }
static void b2(Ins *i, unsigned v) { b1(i, v); b1(i, v >> 8); }
static void b4(Ins *i, uint32_t v) { b2(i, v & 0xffff); b2(i, v >> 16); }
static void b8(Ins *i, uint64_t v) { b4(i, (uint32_t)v); b4(i, (uint32_t)(v >> 32)); }

static void put32(uint8_t *p, int32_t v) {
  uint32_t u = (uint32_t)v;
  p[0] = (uint8_t)u;
  p[1] = (uint8_t)(u >> 8);
  p[2] = (uint8_t)(u >> 16);
  p[3] = (uint8_t)(u >> 24);
}

static int fits8(int64_t v) { return v >= -128 && v <= 127; }
static int fits32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

/* target - (from + len), as a signed distance (without pointer arithmetic across objects). */
static int64_t dist(const void *target, const void *from, int len) {
  return (int64_t)((uintptr_t)target - (uintptr_t)from) - len;
}

/* Write the staged instruction; 1 if it was written. A RIP-relative target out of rel32 range
 * cannot be encoded: that fails like an overflow (the trace is abandoned). */
static int commit(X64Asm *a, Ins *i) {
  if (a->overflow) return 0;
  if (a->end - a->p < i->n) {
    a->overflow = 1;
    return 0;
  }
  if (i->rip >= 0) {
    int64_t d = dist(i->target, a->p, i->n);
    if (!fits32(d)) {
      a->overflow = 1;
      return 0;
    }
    put32(i->b + i->rip, (int32_t)d);
  }
  memcpy(a->p, i->b, (size_t)i->n);
  a->p += i->n;
  return 1;
}

void x64_init(X64Asm *a, uint8_t *buf, size_t size, int vex) {
  a->start = buf;
  a->p = buf;
  a->end = buf + size;
  a->overflow = 0;
  a->vex = vex;
}

/* ------------------------------------------------------------------------------------------ */
/* Operand encoding                                                                            */
/* ------------------------------------------------------------------------------------------ */

static int is_gpr(int r) { return r >= 0 && r < 16; }

static int scale_bits(int scale) {
  switch (scale) {
    case 1: return 0;
    case 2: return 1;
    case 4: return 2;
    case 8: return 3;
  }
  assert(0 && "x64: bad scale");
  return 0;
}

static void check_mem(const X64Mem *m) {
  (void)m;
  assert(is_gpr(m->base) || m->base == X64_RIP || m->base == X64_NOREG);
  assert(m->index == X64_NOREG || (is_gpr(m->index) && m->index != X64_RSP));
  assert(m->base != X64_RIP || m->index == X64_NOREG);
}

/* The REX.X and REX.B bits (0x02, 0x01) a memory operand needs. */
static unsigned mem_xb(const X64Mem *m) {
  unsigned x = (m->index != X64_NOREG && (m->index & 8)) ? 2u : 0u;
  unsigned b = (is_gpr(m->base) && (m->base & 8)) ? 1u : 0u;
  return x | b;
}

/* ModRM, SIB and displacement for [m], with `reg` in the ModRM reg field. */
static void modrm_mem(Ins *i, int reg, const X64Mem *m) {
  unsigned r = (unsigned)(reg & 7) << 3;
  check_mem(m);
  if (m->base == X64_RIP) {
    b1(i, 0x05 | r);
    i->rip = i->n;
    i->target = m->target;
    b4(i, 0);
    return;
  }
  if (m->base == X64_NOREG) {  /* [index*scale + disp32] or [disp32]: SIB with no base */
    b1(i, 0x04 | r);
    if (m->index == X64_NOREG) b1(i, 0x25);
    else b1(i, (unsigned)scale_bits(m->scale) << 6 | (unsigned)(m->index & 7) << 3 | 5);
    b4(i, (uint32_t)m->disp);
    return;
  }
  unsigned base = m->base & 7;
  unsigned mod = (m->disp == 0 && base != 5) ? 0 : fits8(m->disp) ? 1 : 2;  /* rbp/r13: disp8 */
  if (m->index == X64_NOREG && base != 4) {  /* rsp/r12 as base need a SIB */
    b1(i, mod << 6 | r | base);
  } else {
    unsigned idx = m->index == X64_NOREG ? 4 : (unsigned)(m->index & 7);
    unsigned ss = m->index == X64_NOREG ? 0 : (unsigned)scale_bits(m->scale);
    b1(i, mod << 6 | r | 4);
    b1(i, ss << 6 | idx << 3 | base);
  }
  if (mod == 1) b1(i, (unsigned)m->disp);
  else if (mod == 2) b4(i, (uint32_t)m->disp);
}

static void opcode(Ins *i, uint32_t op) {
  if (op > 0xffff) b1(i, op >> 16);
  if (op > 0xff) b1(i, op >> 8);
  b1(i, op);
}

/* Flags for enc(): the reg / rm field names a byte register (spl..dil need a REX prefix). */
enum { F_REGB = 1, F_RMB = 2 };

/* A legacy-encoded instruction: [pfx] [REX] op ModRM..., with `reg` in the reg field (a register
 * or a /digit) and either register `rm` (m NULL) or memory *m. pfx is 0 or a mandatory / operand
 * size prefix (0x66, 0xF2, 0xF3); op is 1 to 3 opcode bytes, packed (0x0F3A0B). */
static void enc(Ins *i, unsigned pfx, int rexw, int flags, uint32_t op, int reg, int rm,
                const X64Mem *m) {
  unsigned rex = (rexw ? 8u : 0u) | ((reg & 8) ? 4u : 0u);
  int force = (flags & F_REGB) && reg >= 4 && reg < 8;
  assert(reg >= 0 && reg < 16);
  if (m) {
    rex |= mem_xb(m);
  } else {
    assert(is_gpr(rm));
    rex |= (rm & 8) ? 1u : 0u;
    if ((flags & F_RMB) && rm >= 4 && rm < 8) force = 1;
  }
  if (pfx) b1(i, pfx);
  if (rex || force) b1(i, 0x40 | rex);
  opcode(i, op);
  if (m) modrm_mem(i, reg, m);
  else b1(i, 0xc0 | (unsigned)(reg & 7) << 3 | (unsigned)(rm & 7));
}

/* Integer instruction of width w (1, 2, 4, 8): op1 is the byte opcode, op the others; the
 * operand size prefix and REX.W follow from w. regreg: the reg field is a register (not a
 * /digit), so a byte register there may need a REX. */
static void encw(Ins *i, int w, uint32_t op1, uint32_t op, int reg, int regreg, int rm,
                 const X64Mem *m) {
  assert(w == 1 || w == 2 || w == 4 || w == 8);
  int flags = w == 1 ? (F_RMB | (regreg ? F_REGB : 0)) : 0;
  enc(i, w == 2 ? 0x66 : 0, w == 8, flags, w == 1 ? op1 : op, reg, rm, m);
}

/* An immediate of the operand size (imm32 for w 8). */
static void immw(Ins *i, int w, int32_t imm) {
  if (w == 1) b1(i, (unsigned)imm);
  else if (w == 2) b2(i, (unsigned)imm & 0xffff);
  else b4(i, (uint32_t)imm);
}

/* The immediate as the CPU sees it for width w (truncated, sign-extended), for the imm8 test. */
static int32_t immval(int w, int32_t imm) {
  if (w == 1) return (int8_t)(uint8_t)imm;
  if (w == 2) return (int16_t)(uint16_t)imm;
  return imm;
}

/* VEX-encoded instruction. pp: 0 none, 1 0x66, 2 0xF3, 3 0xF2; map: 1 0F, 2 0F38, 3 0F3A.
 * vvvv is the extra source register (0 when unused). The 2-byte form is used when possible. */
static void vexenc(Ins *i, unsigned pp, unsigned map, int w, int vvvv, uint8_t op, int reg, int rm,
                   const X64Mem *m) {
  unsigned r = (reg & 8) ? 1u : 0u, x = 0, b = 0;
  assert(reg >= 0 && reg < 16 && vvvv >= 0 && vvvv < 16);
  if (m) {
    unsigned xb = mem_xb(m);
    x = xb >> 1;
    b = xb & 1;
  } else {
    assert(rm >= 0 && rm < 16);
    b = (rm & 8) ? 1u : 0u;
  }
  unsigned v = (~(unsigned)vvvv & 15u) << 3;
  if (map == 1 && !w && !x && !b) {
    b1(i, 0xc5);
    b1(i, (r ^ 1) << 7 | v | pp);
  } else {
    b1(i, 0xc4);
    b1(i, (r ^ 1) << 7 | (x ^ 1) << 6 | (b ^ 1) << 5 | map);
    b1(i, (w ? 0x80u : 0u) | v | pp);
  }
  b1(i, op);
  if (m) modrm_mem(i, reg, m);
  else b1(i, 0xc0 | (unsigned)(reg & 7) << 3 | (unsigned)(rm & 7));
}

/* ------------------------------------------------------------------------------------------ */
/* Moves                                                                                       */
/* ------------------------------------------------------------------------------------------ */

void x64_mov_rr(X64Asm *a, int w, int dst, int src) {
  Ins i;
  ins_init(&i);
  encw(&i, w, 0x88, 0x89, src, 1, dst, NULL);
  commit(a, &i);
}

void x64_mov_ri(X64Asm *a, int dst, uint64_t imm) {
  Ins i;
  ins_init(&i);
  assert(is_gpr(dst));
  if (imm <= 0xffffffffu) {  /* mov r32, imm32 (zero-extends) */
    if (dst & 8) b1(&i, 0x41);
    b1(&i, 0xb8 + (unsigned)(dst & 7));
    b4(&i, (uint32_t)imm);
  } else if (fits32((int64_t)imm)) {  /* mov r64, simm32 */
    enc(&i, 0, 1, 0, 0xc7, 0, dst, NULL);
    b4(&i, (uint32_t)imm);
  } else {  /* movabs r64, imm64 */
    b1(&i, (dst & 8) ? 0x49 : 0x48);
    b1(&i, 0xb8 + (unsigned)(dst & 7));
    b8(&i, imm);
  }
  commit(a, &i);
}

void x64_mov_rm(X64Asm *a, int w, int dst, X64Mem m) {
  Ins i;
  ins_init(&i);
  encw(&i, w, 0x8a, 0x8b, dst, 1, 0, &m);
  commit(a, &i);
}

void x64_mov_mr(X64Asm *a, int w, X64Mem m, int src) {
  Ins i;
  ins_init(&i);
  encw(&i, w, 0x88, 0x89, src, 1, 0, &m);
  commit(a, &i);
}

void x64_mov_mi(X64Asm *a, int w, X64Mem m, int32_t imm) {
  Ins i;
  ins_init(&i);
  encw(&i, w, 0xc6, 0xc7, 0, 0, 0, &m);
  immw(&i, w, imm);
  commit(a, &i);
}

void x64_movzx_rm(X64Asm *a, int w, int dst, X64Mem m) {
  Ins i;
  ins_init(&i);
  assert(w == 1 || w == 2);
  enc(&i, 0, 0, 0, w == 1 ? 0x0fb6 : 0x0fb7, dst, 0, &m);
  commit(a, &i);
}

void x64_lea(X64Asm *a, int w, int dst, X64Mem m) {
  Ins i;
  ins_init(&i);
  assert(w != 1);
  encw(&i, w, 0x8d, 0x8d, dst, 1, 0, &m);
  commit(a, &i);
}

/* ------------------------------------------------------------------------------------------ */
/* Arithmetic                                                                                  */
/* ------------------------------------------------------------------------------------------ */

void x64_alu_rr(X64Asm *a, X64Alu op, int w, int dst, int src) {
  Ins i;
  ins_init(&i);
  uint32_t o = (uint32_t)op << 3;
  encw(&i, w, o, o + 1, src, 1, dst, NULL);
  commit(a, &i);
}

/* op r/m, imm: 0x80 (byte), 0x83 (imm8) or 0x81. */
static void alu_imm(Ins *i, X64Alu op, int w, int rm, const X64Mem *m, int32_t imm) {
  if (w == 1) {
    encw(i, w, 0x80, 0x80, (int)op, 0, rm, m);
    b1(i, (unsigned)imm);
  } else if (fits8(immval(w, imm))) {
    encw(i, w, 0x83, 0x83, (int)op, 0, rm, m);
    b1(i, (unsigned)imm);
  } else {
    encw(i, w, 0x81, 0x81, (int)op, 0, rm, m);
    immw(i, w, imm);
  }
}

void x64_alu_ri(X64Asm *a, X64Alu op, int w, int dst, int32_t imm) {
  Ins i;
  ins_init(&i);
  if (dst == X64_RAX && (w == 1 || !fits8(immval(w, imm)))) {
    /* The accumulator forms (add al, imm8 / add eax, imm32 ...) are shorter. */
    if (w == 2) b1(&i, 0x66);
    if (w == 8) b1(&i, 0x48);
    b1(&i, ((unsigned)op << 3) + (w == 1 ? 4u : 5u));
    immw(&i, w, imm);
  } else {
    alu_imm(&i, op, w, dst, NULL, imm);
  }
  commit(a, &i);
}

void x64_alu_rm(X64Asm *a, X64Alu op, int w, int dst, X64Mem m) {
  Ins i;
  ins_init(&i);
  uint32_t o = (uint32_t)op << 3;
  encw(&i, w, o + 2, o + 3, dst, 1, 0, &m);
  commit(a, &i);
}

void x64_alu_mi(X64Asm *a, X64Alu op, int w, X64Mem m, int32_t imm) {
  Ins i;
  ins_init(&i);
  alu_imm(&i, op, w, 0, &m, imm);
  commit(a, &i);
}

void x64_imul_rr(X64Asm *a, int w, int dst, int src) {
  Ins i;
  ins_init(&i);
  assert(w != 1);
  encw(&i, w, 0x0faf, 0x0faf, dst, 1, src, NULL);
  commit(a, &i);
}

void x64_imul_rri(X64Asm *a, int w, int dst, int src, int32_t imm) {
  Ins i;
  ins_init(&i);
  assert(w != 1);
  if (fits8(immval(w, imm))) {
    encw(&i, w, 0x6b, 0x6b, dst, 1, src, NULL);
    b1(&i, (unsigned)imm);
  } else {
    encw(&i, w, 0x69, 0x69, dst, 1, src, NULL);
    immw(&i, w, imm);
  }
  commit(a, &i);
}

void x64_shift_ri(X64Asm *a, X64Shift op, int w, int r, uint8_t imm) {
  Ins i;
  ins_init(&i);
  if (imm == 1) {
    encw(&i, w, 0xd0, 0xd1, (int)op, 0, r, NULL);
  } else {
    encw(&i, w, 0xc0, 0xc1, (int)op, 0, r, NULL);
    b1(&i, imm);
  }
  commit(a, &i);
}

void x64_shift_rcl(X64Asm *a, X64Shift op, int w, int r) {
  Ins i;
  ins_init(&i);
  encw(&i, w, 0xd2, 0xd3, (int)op, 0, r, NULL);
  commit(a, &i);
}

void x64_neg(X64Asm *a, int w, int r) {
  Ins i;
  ins_init(&i);
  encw(&i, w, 0xf6, 0xf7, 3, 0, r, NULL);
  commit(a, &i);
}

void x64_not(X64Asm *a, int w, int r) {
  Ins i;
  ins_init(&i);
  encw(&i, w, 0xf6, 0xf7, 2, 0, r, NULL);
  commit(a, &i);
}

void x64_test_rr(X64Asm *a, int w, int r1, int r2) {
  Ins i;
  ins_init(&i);
  encw(&i, w, 0x84, 0x85, r2, 1, r1, NULL);
  commit(a, &i);
}

void x64_test_mi(X64Asm *a, X64Mem m, uint8_t imm) {
  Ins i;
  ins_init(&i);
  encw(&i, 1, 0xf6, 0xf7, 0, 0, 0, &m);
  immw(&i, 1, imm);
  commit(a, &i);
}

void x64_test_ri(X64Asm *a, int w, int r, int32_t imm) {
  Ins i;
  ins_init(&i);
  if (r == X64_RAX) {  /* test al/ax/eax/rax, imm: the accumulator form */
    if (w == 2) b1(&i, 0x66);
    if (w == 8) b1(&i, 0x48);
    b1(&i, w == 1 ? 0xa8 : 0xa9);
  } else {
    encw(&i, w, 0xf6, 0xf7, 0, 0, r, NULL);
  }
  immw(&i, w, imm);
  commit(a, &i);
}

void x64_bswap(X64Asm *a, int w, int r) {
  Ins i;
  ins_init(&i);
  assert((w == 4 || w == 8) && is_gpr(r));
  if (w == 8 || (r & 8)) b1(&i, 0x40 | (w == 8 ? 8u : 0u) | ((r & 8) ? 1u : 0u));
  b1(&i, 0x0f);
  b1(&i, 0xc8 + (unsigned)(r & 7));
  commit(a, &i);
}

void x64_setcc(X64Asm *a, X64Cond cc, int r) {
  Ins i;
  ins_init(&i);
  enc(&i, 0, 0, F_RMB, 0x0f90 + ((unsigned)cc & 15), 0, r, NULL);
  commit(a, &i);
}

void x64_cmov_rr(X64Asm *a, X64Cond cc, int w, int dst, int src) {
  Ins i;
  ins_init(&i);
  assert(w != 1);
  uint32_t o = 0x0f40 + ((unsigned)cc & 15);
  encw(&i, w, o, o, dst, 1, src, NULL);
  commit(a, &i);
}

/* ------------------------------------------------------------------------------------------ */
/* Stack and calls                                                                             */
/* ------------------------------------------------------------------------------------------ */

static void pushpop(X64Asm *a, unsigned op, int r) {
  Ins i;
  ins_init(&i);
  assert(is_gpr(r));
  if (r & 8) b1(&i, 0x41);
  b1(&i, op + (unsigned)(r & 7));
  commit(a, &i);
}

void x64_push(X64Asm *a, int r) { pushpop(a, 0x50, r); }
void x64_pop(X64Asm *a, int r) { pushpop(a, 0x58, r); }

static void bytes(X64Asm *a, const uint8_t *p, int n) {
  Ins i;
  ins_init(&i);
  for (int k = 0; k < n; k++) b1(&i, p[k]);
  commit(a, &i);
}

void x64_ret(X64Asm *a) {
  static const uint8_t ret[] = { 0xc3 };
  bytes(a, ret, 1);
}

void x64_ud2(X64Asm *a) {
  static const uint8_t ud2[] = { 0x0f, 0x0b };
  bytes(a, ud2, 2);
}

int x64_call(X64Asm *a, const void *target) {
  Ins i;
  ins_init(&i);
  int64_t d = dist(target, a->p, 5);
  if (!fits32(d)) return 0;
  b1(&i, 0xe8);
  b4(&i, (uint32_t)(int32_t)d);
  commit(a, &i);
  return 1;
}

void x64_call_r(X64Asm *a, int r) {
  Ins i;
  ins_init(&i);
  enc(&i, 0, 0, 0, 0xff, 2, r, NULL);
  commit(a, &i);
}

void x64_jmp_r(X64Asm *a, int r) {
  Ins i;
  ins_init(&i);
  enc(&i, 0, 0, 0, 0xff, 4, r, NULL);
  commit(a, &i);
}

/* The recommended multi-byte NOPs (Intel SDM, "Recommended Multi-Byte Sequence of NOP"). */
void x64_nop(X64Asm *a, int n) {
  static const uint8_t nops[9][9] = {
    { 0x90 },
    { 0x66, 0x90 },
    { 0x0f, 0x1f, 0x00 },
    { 0x0f, 0x1f, 0x40, 0x00 },
    { 0x0f, 0x1f, 0x44, 0x00, 0x00 },
    { 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00 },
    { 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00 },
    { 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
    { 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
  };
  while (n > 0) {
    int k = n > 9 ? 9 : n;
    bytes(a, nops[k - 1], k);
    n -= k;
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Jumps                                                                                       */
/* ------------------------------------------------------------------------------------------ */

uint8_t *x64_jcc(X64Asm *a, X64Cond cc) {
  Ins i;
  ins_init(&i);
  b1(&i, 0x0f);
  b1(&i, 0x80 + ((unsigned)cc & 15));
  b4(&i, 0);
  return commit(a, &i) ? a->p - 4 : NULL;
}

uint8_t *x64_jmp(X64Asm *a) {
  Ins i;
  ins_init(&i);
  b1(&i, 0xe9);
  b4(&i, 0);
  return commit(a, &i) ? a->p - 4 : NULL;
}

/* A jump to a known target: rel8 when it fits, else rel32 (a target beyond rel32 fails like an
 * overflow). short_op is the rel8 opcode; the rel32 one is long_op (1 or 2 bytes, packed). */
static void jump_to(X64Asm *a, unsigned short_op, uint32_t long_op, const uint8_t *target) {
  Ins i;
  ins_init(&i);
  int64_t d = dist(target, a->p, 2);
  if (fits8(d)) {
    b1(&i, short_op);
    b1(&i, (unsigned)d);
  } else {
    int len = long_op > 0xff ? 6 : 5;
    d = dist(target, a->p, len);
    if (!fits32(d)) {
      a->overflow = 1;
      return;
    }
    opcode(&i, long_op);
    b4(&i, (uint32_t)(int32_t)d);
  }
  commit(a, &i);
}

void x64_jcc_to(X64Asm *a, X64Cond cc, const uint8_t *target) {
  unsigned c = (unsigned)cc & 15;
  jump_to(a, 0x70 + c, 0x0f80 + c, target);
}

void x64_jmp_to(X64Asm *a, const uint8_t *target) {
  jump_to(a, 0xeb, 0xe9, target);
}

/* A NULL field (x64_jcc / x64_jmp after an overflow) is ignored: the caller finds the overflow
 * at the end. */
void x64_patch_rel32(uint8_t *field, const uint8_t *target) {
  if (!field) return;
  int64_t d = dist(target, field, 4);
  assert(fits32(d));
  put32(field, (int32_t)d);
}

/* ------------------------------------------------------------------------------------------ */
/* Scalar double                                                                               */
/* ------------------------------------------------------------------------------------------ */

/* Mandatory prefix and opcode (after 0F) of each X64SseOp. */
static const struct { uint8_t pfx, op; } sse_ops[] = {
  [X64_ADDSD] = { 0xf2, 0x58 }, [X64_SUBSD] = { 0xf2, 0x5c }, [X64_MULSD] = { 0xf2, 0x59 },
  [X64_DIVSD] = { 0xf2, 0x5e }, [X64_MINSD] = { 0xf2, 0x5d }, [X64_MAXSD] = { 0xf2, 0x5f },
  [X64_SQRTSD] = { 0xf2, 0x51 }, [X64_XORPD] = { 0x66, 0x57 }, [X64_ANDPD] = { 0x66, 0x54 },
  [X64_PADDQ] = { 0x66, 0xd4 }, [X64_PUNPCKLQDQ] = { 0x66, 0x6c },
};

/* VEX pp field for a legacy mandatory prefix. */
static unsigned vex_pp(unsigned pfx) {
  return pfx == 0x66 ? 1 : pfx == 0xf3 ? 2 : pfx == 0xf2 ? 3 : 0;
}

#define is_xmm(x) ((x) >= 0 && (x) < 16)

/* xd := xs1 op xs2 (or [m]). */
static void sse_op(X64Asm *a, X64SseOp op, int xd, int xs1, int xs2, const X64Mem *m) {
  Ins i;
  ins_init(&i);
  assert((unsigned)op <= X64_PUNPCKLQDQ && is_xmm(xd) && is_xmm(xs1));
  unsigned pfx = sse_ops[op].pfx, opc = sse_ops[op].op;
  if (a->vex) {
    vexenc(&i, vex_pp(pfx), 1, 0, xs1, (uint8_t)opc, xd, xs2, m);
    commit(a, &i);
    return;
  }
  /* Legacy SSE is two-operand: xd op= src. sqrtsd only reads its source, and its upper half
   * comes from xd rather than xs1 (callers do not look at the upper half). */
  if (op != X64_SQRTSD && xd != xs1) {
    if (!m && xd == xs2) {
      /* xd := xs2 op xs1 - only valid for the commutative operations. */
      assert(op == X64_ADDSD || op == X64_MULSD || op == X64_XORPD || op == X64_ANDPD ||
             op == X64_PADDQ);
      xs2 = xs1;
    } else {
      x64_movsd_rr(a, xd, xs1);
    }
  }
  enc(&i, pfx, 0, 0, 0x0f00 | opc, xd, xs2, m);
  commit(a, &i);
}

void x64_sse_rrr(X64Asm *a, X64SseOp op, int xd, int xs1, int xs2) {
  assert(is_xmm(xs2));
  sse_op(a, op, xd, xs1, xs2, NULL);
}

void x64_sse_rrm(X64Asm *a, X64SseOp op, int xd, int xs1, X64Mem m) {
  sse_op(a, op, xd, xs1, 0, &m);
}

void x64_movsd_rr(X64Asm *a, int xd, int xs) {
  Ins i;
  ins_init(&i);
  assert(is_xmm(xd) && is_xmm(xs));
  if (xd == xs) return;
  if (!a->vex) enc(&i, 0, 0, 0, 0x0f28, xd, xs, NULL);
  else if ((xs & 8) && !(xd & 8)) vexenc(&i, 0, 1, 0, 0, 0x29, xs, xd, NULL);  /* 2-byte VEX */
  else vexenc(&i, 0, 1, 0, 0, 0x28, xd, xs, NULL);
  commit(a, &i);
}

/* An instruction with one xmm/reg operand and one r/m operand, VEX (no vvvv) or legacy. */
static void xop(X64Asm *a, unsigned pfx, int w, uint8_t op, int reg, int rm, const X64Mem *m) {
  Ins i;
  ins_init(&i);
  if (a->vex) vexenc(&i, vex_pp(pfx), 1, w, 0, op, reg, rm, m);
  else enc(&i, pfx, w, 0, 0x0f00 | op, reg, rm, m);
  commit(a, &i);
}

void x64_movsd_rm(X64Asm *a, int xd, X64Mem m) { xop(a, 0xf2, 0, 0x10, xd, 0, &m); }
void x64_movsd_mr(X64Asm *a, X64Mem m, int xs) { xop(a, 0xf2, 0, 0x11, xs, 0, &m); }
void x64_movups_rm(X64Asm *a, int xd, X64Mem m) { xop(a, 0, 0, 0x10, xd, 0, &m); }
void x64_movups_mr(X64Asm *a, X64Mem m, int xs) { xop(a, 0, 0, 0x11, xs, 0, &m); }
void x64_movq_xr(X64Asm *a, int xd, int r) { xop(a, 0x66, 1, 0x6e, xd, r, NULL); }
void x64_movq_rx(X64Asm *a, int r, int xs) { xop(a, 0x66, 1, 0x7e, xs, r, NULL); }
void x64_ucomisd_rr(X64Asm *a, int x1, int x2) { xop(a, 0x66, 0, 0x2e, x1, x2, NULL); }
void x64_ucomisd_rm(X64Asm *a, int x1, X64Mem m) { xop(a, 0x66, 0, 0x2e, x1, 0, &m); }

void x64_cvtsi2sd(X64Asm *a, int w, int xd, int r) {
  Ins i;
  ins_init(&i);
  assert(w == 4 || w == 8);
  if (a->vex) {
    /* vcvtsi2sd merges into the upper half of its first source: zeroing xd first (an idiom
     * that breaks dependencies) keeps the conversion off the chain of whatever last wrote xd,
     * such as a division in the previous iteration of a loop. */
    vexenc(&i, 0, 1, 0, xd, 0x57, xd, xd, NULL);  /* vxorps xd, xd, xd */
    commit(a, &i);
    ins_init(&i);
    vexenc(&i, 3, 1, w == 8, xd, 0x2a, xd, r, NULL);  /* vcvtsi2sd xd, xd, r */
  } else {
    enc(&i, 0, 0, 0, 0x0f57, xd, xd, NULL);  /* xorps xd, xd */
    commit(a, &i);
    ins_init(&i);
    enc(&i, 0xf2, w == 8, 0, 0x0f2a, xd, r, NULL);
  }
  commit(a, &i);
}

void x64_cvttsd2si(X64Asm *a, int w, int r, int xs) {
  assert(w == 4 || w == 8);
  xop(a, 0xf2, w == 8, 0x2c, r, xs, NULL);
}

void x64_cvtsd2si(X64Asm *a, int w, int r, int xs) {
  assert(w == 4 || w == 8);
  xop(a, 0xf2, w == 8, 0x2d, r, xs, NULL);
}

void x64_roundsd(X64Asm *a, int xd, int xs, int mode) {
  Ins i;
  ins_init(&i);
  assert(is_xmm(xd) && is_xmm(xs));
  if (a->vex) vexenc(&i, 1, 3, 0, xs, 0x0b, xd, xs, NULL);  /* vroundsd xd, xs, xs, mode */
  else enc(&i, 0x66, 0, 0, 0x0f3a0b, xd, xs, NULL);
  b1(&i, (unsigned)mode);
  commit(a, &i);
}
