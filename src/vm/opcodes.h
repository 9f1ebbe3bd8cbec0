/*
 * opcodes.h - the bytecode instruction set, defined once.
 *
 * An instruction is 32 bits in one of two formats:
 *
 *     bits  0..7   8..15  16..23  24..31
 *     ABC:   op     A      B       C
 *     AD:    op     A      D (16 bits: B | C << 8)
 *
 * R(x) is register x of the current frame, K(x) constant x of the prototype (a number or a string),
 * P(x) nested prototype x. sD is D as a signed value: D - 0x8000 (jumps are relative to the next
 * instruction). "top" is the first free slot after a call or vararg that produced a variable number
 * of values (the B=0 / C=0 conventions).
 *
 * Comparisons and tests (IS*) are always followed by a JMP: if the condition holds, the JMP is
 * executed, otherwise it is skipped. A store's value is always in R(A).
 *
 * Wide constants. A function has up to 262,143 constants (Lua 5.1's limit, MAXARG_Bx), but D
 * holds 16 bits and C 8. An instruction whose constant does not fit takes a register instead:
 * the constant is loaded by KWIDE, which reads its index from the data word that follows it,
 * then the register form is used (ADDVV for ADDVK, TGETV for TGETS, ISEQV for ISEQS, GGETV for
 * GGET, ...). Constants are numbered in order of first use, so only code after the 65,536th
 * distinct constant of a function (256th, for C operands) pays the extra instruction.
 *
 * Data words. KWIDE and SETLIST with C = 0 are followed by one data word: its low byte is
 * BC_DATA, which is no opcode, and its upper 24 bits hold the value (constant index, block
 * number). The handler consumes it; nothing else ever executes it, and no jump targets it. Being
 * no opcode, a data word is never taken for an instruction by code that looks at neighbours (the
 * compiler merging nil loads or finding the test before a jump, the verifier, disassemblers).
 *
 * Each entry: name, format, operand kinds (for the disassembler and the JIT) and the semantics.
 * Every table derived from the instruction set is generated from this list.
 */
#ifndef APOGEE_OPCODES_H
#define APOGEE_OPCODES_H

#include <stdint.h>

#define BC_OPCODES(_) \
  /* moves and constants */ \
  _(MOV,      AD,  "R(A) := R(D)") \
  _(KSTR,     AD,  "R(A) := K(D), a string") \
  _(KNUM,     AD,  "R(A) := K(D), a number") \
  _(KSHORT,   AD,  "R(A) := sD as a number") \
  _(KPRI,     AD,  "R(A) := nil, false, true for D = 0, 1, 2") \
  _(KNIL,     AD,  "R(A) .. R(D) := nil") \
  /* unary */ \
  _(NOT,      AD,  "R(A) := not R(D)") \
  _(UNM,      AD,  "R(A) := -R(D)") \
  _(LEN,      AD,  "R(A) := #R(D)") \
  /* binary arithmetic: VV register-register, VK register-constant, KV constant-register */ \
  _(ADDVV,    ABC, "R(A) := R(B) + R(C)") \
  _(SUBVV,    ABC, "R(A) := R(B) - R(C)") \
  _(MULVV,    ABC, "R(A) := R(B) * R(C)") \
  _(DIVVV,    ABC, "R(A) := R(B) / R(C)") \
  _(MODVV,    ABC, "R(A) := R(B) % R(C)") \
  _(ADDVK,    ABC, "R(A) := R(B) + K(C), K(C) a number") \
  _(SUBVK,    ABC, "R(A) := R(B) - K(C)") \
  _(MULVK,    ABC, "R(A) := R(B) * K(C)") \
  _(DIVVK,    ABC, "R(A) := R(B) / K(C)") \
  _(MODVK,    ABC, "R(A) := R(B) % K(C)") \
  _(ADDKV,    ABC, "R(A) := K(C) + R(B), K(C) a number") \
  _(SUBKV,    ABC, "R(A) := K(C) - R(B)") \
  _(MULKV,    ABC, "R(A) := K(C) * R(B)") \
  _(DIVKV,    ABC, "R(A) := K(C) / R(B)") \
  _(MODKV,    ABC, "R(A) := K(C) % R(B)") \
  _(POW,      ABC, "R(A) := R(B) ^ R(C)") \
  _(CAT,      ABC, "R(A) := R(B) .. ... .. R(C), B < C") \
  /* comparisons, each followed by a JMP taken when the condition holds */ \
  _(ISLT,     AD,  "if R(A) < R(D) then JMP") \
  _(ISGE,     AD,  "if not (R(A) < R(D)) then JMP") \
  _(ISLE,     AD,  "if R(A) <= R(D) then JMP") \
  _(ISGT,     AD,  "if not (R(A) <= R(D)) then JMP") \
  _(ISEQV,    AD,  "if R(A) == R(D) then JMP") \
  _(ISNEV,    AD,  "if R(A) ~= R(D) then JMP") \
  _(ISEQS,    AD,  "if R(A) == K(D), a string, then JMP") \
  _(ISNES,    AD,  "if R(A) ~= K(D), a string, then JMP") \
  _(ISEQN,    AD,  "if R(A) == K(D), a number, then JMP") \
  _(ISNEN,    AD,  "if R(A) ~= K(D), a number, then JMP") \
  _(ISEQP,    AD,  "if R(A) == nil, false, true for D = 0, 1, 2 then JMP") \
  _(ISNEP,    AD,  "if R(A) ~= nil, false, true for D = 0, 1, 2 then JMP") \
  /* truth tests, each followed by a JMP */ \
  _(IST,      AD,  "if R(D) is truthy then JMP") \
  _(ISF,      AD,  "if R(D) is falsy then JMP") \
  _(ISTC,     AD,  "if R(D) is truthy then R(A) := R(D); JMP") \
  _(ISFC,     AD,  "if R(D) is falsy then R(A) := R(D); JMP") \
  /* globals and upvalues */ \
  _(GGET,     AD,  "R(A) := Env[K(D)], K(D) a string") \
  _(GSET,     AD,  "Env[K(D)] := R(A)") \
  _(UGET,     AD,  "R(A) := Upvalue[D]") \
  _(USET,     AD,  "Upvalue[D] := R(A)") \
  /* tables */ \
  _(TNEW,     ABC, "R(A) := {} with array size hint B and hash size hint C") \
  _(TGETV,    ABC, "R(A) := R(B)[R(C)]") \
  _(TGETS,    ABC, "R(A) := R(B)[K(C)], K(C) a string") \
  _(TGETB,    ABC, "R(A) := R(B)[C], C an integer 0..255") \
  _(TSETV,    ABC, "R(B)[R(C)] := R(A)") \
  _(TSETS,    ABC, "R(B)[K(C)] := R(A), K(C) a string") \
  _(TSETB,    ABC, "R(B)[C] := R(A), C an integer 0..255") \
  _(SETLIST,  ABC, "R(A)[(C-1)*50+i] := R(A+i) for 1 <= i <= B; B = 0: up to top; C = 0: C is the data word's value") \
  _(SELF,     ABC, "R(A+1) := R(B); R(A) := R(B)[K(C)], K(C) a string") \
  /* closures and upvalue closing */ \
  _(CLOSURE,  AD,  "R(A) := new closure of P(D) (upvalues from P(D)->uvdesc)") \
  _(CLOSE,    AD,  "close all open upvalues of registers >= R(A)") \
  /* calls and returns */ \
  _(VARARG,   ABC, "R(A) .. R(A+B-2) := vararg; B = 0: all of them, sets top") \
  _(CALL,     ABC, "R(A) .. R(A+C-2) := R(A)(R(A+1) .. R(A+B-1)); B = 0: args up to top; C = 0: all results, sets top") \
  _(TAILCALL, ABC, "return R(A)(R(A+1) .. R(A+B-1)); B = 0: args up to top") \
  _(RET,      ABC, "return R(A) .. R(A+B-2); B = 0: up to top") \
  /* control flow and loops */ \
  _(JMP,      AD,  "pc += sD") \
  _(LOOP,     AD,  "head of a while or repeat loop (hot-loop counting); no effect") \
  _(FORPREP,  AD,  "R(A), R(A+1), R(A+2) := tonumber(init, limit, step); if the loop runs, R(A+3) := R(A), else pc += sD") \
  _(FORLOOP,  AD,  "R(A) += R(A+2); if R(A) is within R(A+1) then R(A+3) := R(A); pc += sD") \
  _(TFORCALL, ABC, "R(A+3) .. R(A+2+C) := R(A)(R(A+1), R(A+2))") \
  _(TFORLOOP, AD,  "if R(A+3) ~= nil then R(A+2) := R(A+3); pc += sD") \
  /* wide constants (after the others, so the numbering above stays that of format 1) */ \
  _(KWIDE,    AD,  "R(A) := K(w), w the value of the data word that follows (any constant)") \
  _(GGETV,    AD,  "R(A) := Env[R(D)] (a global named by a wide constant)") \
  _(GSETV,    AD,  "Env[R(D)] := R(A)") \
  /* goto (after the others, so the numbering above stays that of format 2) */ \
  _(UCLO,     AD,  "close all open upvalues of registers >= R(A); pc += sD (a goto leaving captured locals)") \
  /* loop instructions patched by the JIT (never emitted by the compiler, never dumped) */ \
  _(JFORLOOP, AD,  "FORLOOP, then enter the trace compiled for it") \
  _(JLOOP,    AD,  "LOOP: enter the trace compiled for it") \
  _(IFORLOOP, AD,  "FORLOOP that is no longer counted (blacklisted)") \
  _(ILOOP,    AD,  "LOOP that is no longer counted (blacklisted)")

typedef enum {
#define BC_ENUM(name, fmt, sem) BC_##name,
  BC_OPCODES(BC_ENUM)
#undef BC_ENUM
  BC__MAX
} BCOp;

enum { BCFMT_ABC, BCFMT_AD };

extern const char *const bc_names[BC__MAX];
extern const uint8_t bc_formats[BC__MAX];

#define BC_DATA 0xff               /* low byte of a data word (never an opcode) */
#define BC_MAXDATA 0xffffff        /* largest value of a data word */
#define BC_MAXK 262143             /* constants per function (5.1's MAXARG_Bx) */
#define BC_MAXD 0xffff             /* largest D operand: constant indices above it need KWIDE */
_Static_assert(BC__MAX < BC_DATA, "BC_DATA must not be an opcode");
#define BC_SETLIST_PER_FLUSH 50   /* values per SETLIST, as Lua 5.1's LFIELDS_PER_FLUSH */
#define BC_NO_REG 0xff            /* "no register" marker inside the compiler */
#define BC_MAXREGS 250            /* registers per function (5.1's MAXSTACK) */
#define BC_BIAS_J 0x8000

#define bc_op(i)   ((BCOp)((i) & 0xff))
#define bc_a(i)    ((int)(((i) >> 8) & 0xff))
#define bc_b(i)    ((int)(((i) >> 16) & 0xff))
#define bc_c(i)    ((int)((i) >> 24))
#define bc_d(i)    ((int)((i) >> 16))
#define bc_sd(i)   (bc_d(i) - BC_BIAS_J)
#define bc_isdata(w)   (((w) & 0xff) == BC_DATA)
#define bc_dataval(w)  ((int)((w) >> 8))
#define bc_data(v)     (((uint32_t)(v) << 8) | BC_DATA)

#define bc_abc(op, a, b, c) \
  ((uint32_t)(op) | ((uint32_t)(a) << 8) | ((uint32_t)(b) << 16) | ((uint32_t)(c) << 24))
#define bc_ad(op, a, d)     ((uint32_t)(op) | ((uint32_t)(a) << 8) | ((uint32_t)(d) << 16))
#define bc_setop(i, op)     ((i) = ((i) & ~UINT32_C(0xff)) | (uint32_t)(op))
#define bc_seta(i, a)       ((i) = ((i) & ~UINT32_C(0xff00)) | ((uint32_t)(a) << 8))
#define bc_setb(i, b)       ((i) = ((i) & ~UINT32_C(0xff0000)) | ((uint32_t)(b) << 16))
#define bc_setc(i, c)       ((i) = ((i) & ~UINT32_C(0xff000000)) | ((uint32_t)(c) << 24))
#define bc_setd(i, d)       ((i) = ((i) & UINT32_C(0xffff)) | ((uint32_t)(d) << 16))

/* The instruction as the compiler wrote it: the JIT's patched loop opcodes mapped back (their
 * operands are the original ones). Everything that shows or saves bytecode uses this. */
static inline uint32_t bc_unpatch(uint32_t i) {
  uint32_t op = i & 0xff;
  if (op == BC_JFORLOOP || op == BC_IFORLOOP) bc_setop(i, BC_FORLOOP);
  else if (op == BC_JLOOP || op == BC_ILOOP) bc_setop(i, BC_LOOP);
  return i;
}

#endif
