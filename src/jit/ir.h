/*
 * ir.h - the trace compiler's intermediate representation.
 *
 * A trace is one array of fixed-size IR instructions in SSA form. Operands are references
 * (IRRef): indices into that array, biased so that constants sit below REF_BIAS (growing
 * downward as they are interned) and instructions at and above REF_FIRST (growing upward).
 * Every instruction has an opcode, a result type and at most two operands; a few opcodes keep a
 * literal in op2 instead of a reference (marked "lit" below).
 *
 * Guards (comparisons, type-checked loads, overflow-checked arithmetic) leave the trace through
 * the snapshot in force at their position when they fail: snapshot k covers the instructions from
 * snap[k].ref up to snap[k+1].ref.
 *
 * Values of Lua type "number" are IRT_NUM (a double in an xmm register) or IRT_INT (an int32 in a
 * general register, where narrowing proved the double it stands for is that integer). Pointers to
 * GC objects (IRT_STR, IRT_TAB, IRT_FUNC, ...) are unboxed 47-bit pointers; nil, false and true
 * have no run-time representation beyond their type. IRT_PTR and IRT_U32 are raw machine values
 * (an array base, a table size) that never reach a Lua slot.
 */
#ifndef APOGEE_JIT_IR_H
#define APOGEE_JIT_IR_H

#include <stdint.h>
#include "object.h"

/* Result types. The GC types first, in the order of obj_typenames, then the machine types. */
#define IRT_LIST(_) \
  _(NIL, "nil") _(FALSE, "fal") _(TRUE, "tru") _(LUD, "lud") _(STR, "str") _(THREAD, "thr") \
  _(FUNC, "fun") _(TAB, "tab") _(UDATA, "udt") _(PROTO, "pro") _(UPVAL, "upv") \
  _(NUM, "num") _(INT, "int") _(PTR, "ptr") _(U32, "u32") _(VOID, "   ")
typedef enum {
#define IRT_ENUM(name, str) IRT_##name,
  IRT_LIST(IRT_ENUM)
#undef IRT_ENUM
  IRT__MAX
} IRType;

#define irt_isgc(t)     ((t) >= IRT_STR && (t) <= IRT_UPVAL)
#define irt_ispri(t)    ((t) <= IRT_TRUE)          /* no run-time value */
#define irt_isfp(t)     ((t) == IRT_NUM)           /* lives in an xmm register */
#define irt_isgpr(t)    (!irt_ispri(t) && !irt_isfp(t) && (t) != IRT_VOID)

/* Operand kinds, for the dump and the loop optimiser: ref (an IR reference), lit (a literal), none. */
enum { IRM_N, IRM_R, IRM_L };
/* Flags: G guard (has an exit), S store / side effect (never removed), L load (CSE across no
 * store of its kind), C a call of a C function (clobbers caller-saved registers). */
#define IRF_G 1
#define IRF_S 2
#define IRF_L 4
#define IRF_C 8
#define IRF_A 16   /* commutative */

/*
 * The instruction set: name, operand 1 kind, operand 2 kind, flags, semantics.
 * Comparisons are guards: the trace continues when the relation holds.
 */
#define IR_OPCODES(_) \
  /* constants (below REF_BIAS) */ \
  _(KPRI,   N, N, 0,         "a nil, false or true constant (the type says which)") \
  _(KINT,   N, N, 0,         "an int32 constant") \
  _(KNUM,   N, N, 0,         "a double constant") \
  _(KGC,    N, N, 0,         "a GC object constant (kept alive by the prototype)") \
  _(KPTR,   N, N, 0,         "a raw pointer constant") \
  /* guards: compare op1 with op2 (NUM or INT, or pointer identity for EQ/NE) */ \
  _(LT,     R, R, IRF_G,     "op1 < op2") \
  _(GE,     R, R, IRF_G,     "op1 >= op2 (for NUM: not (op1 < op2))") \
  _(LE,     R, R, IRF_G,     "op1 <= op2") \
  _(GT,     R, R, IRF_G,     "op1 > op2 (for NUM: not (op1 <= op2))") \
  _(ULT,    R, R, IRF_G,     "op1 < op2 as unsigned integers") \
  _(EQ,     R, R, IRF_G|IRF_A, "op1 == op2") \
  _(NE,     R, R, IRF_G|IRF_A, "op1 ~= op2") \
  /* arithmetic (NUM, or INT where narrowed); the OV forms guard against int32 overflow */ \
  _(ADD,    R, R, IRF_A,     "op1 + op2") \
  _(SUB,    R, R, 0,         "op1 - op2") \
  _(MUL,    R, R, IRF_A,     "op1 * op2") \
  _(DIV,    R, R, 0,         "op1 / op2") \
  _(MOD,    R, R, 0,         "op1 - floor(op1 / op2) * op2 (Lua 5.1 %)") \
  _(POW,    R, R, IRF_C,     "pow(op1, op2)") \
  _(NEG,    R, N, 0,         "-op1") \
  _(ADDOV,  R, R, IRF_G|IRF_A, "op1 + op2, int32, exit on overflow") \
  _(SUBOV,  R, R, IRF_G,     "op1 - op2, int32, exit on overflow") \
  _(FPMATH, R, L, 0,         "math function op2 (IRFPM_*) of op1") \
  _(MIN,    R, R, 0,         "math.min of two numbers") \
  _(MAX,    R, R, 0,         "math.max of two numbers") \
  /* bit operations on INT */ \
  _(BAND,   R, R, IRF_A,     "op1 & op2") \
  _(BOR,    R, R, IRF_A,     "op1 | op2") \
  _(BXOR,   R, R, IRF_A,     "op1 ^ op2") \
  _(BNOT,   R, N, 0,         "~op1") \
  _(BSHL,   R, R, 0,         "op1 << (op2 & 31)") \
  _(BSHR,   R, R, 0,         "op1 >> (op2 & 31), logical") \
  _(BSAR,   R, R, 0,         "op1 >> (op2 & 31), arithmetic") \
  _(BROL,   R, R, 0,         "op1 rotated left by op2 & 31") \
  _(BROR,   R, R, 0,         "op1 rotated right by op2 & 31") \
  _(BSWAP,  R, N, 0,         "op1 with its bytes reversed") \
  /* conversions */ \
  _(TONUM,  R, N, 0,         "(double)op1, op1 an INT") \
  _(TOINT,  R, N, IRF_G,     "(int32)op1, op1 a NUM; exit unless exact") \
  _(TOBIT,  R, N, 0,         "bit.tobit(op1): op1 + 2^52+2^51, low 32 bits") \
  /* stack slots of the trace's frame */ \
  _(SLOAD,  L, L, IRF_G,     "slot op1 (base-relative, -1 the function); op2 IRSLOAD_* flags; " \
                             "guards the type") \
  /* object fields and memory */ \
  _(FLOAD,  R, L, IRF_L,     "field op2 (IRFL_*) of object op1") \
  _(AREF,   R, R, 0,         "address of array slot op2 (0-based INT) of table op1") \
  _(HREFK,  R, R, IRF_G,     "address of the hash node holding constant key op2 in table op1 " \
                             "(guards the slot predicted at recording; op2's slot in the IRIns)") \
  _(HNEWK,  R, R, IRF_G|IRF_S, "in the nodes op1 of a table this trace made: the constant key op2 " \
                             "written into the free node predicted at recording (its index in the " \
                             "IRIns, guarded free); the address of its value") \
  _(HREF,   R, R, 0,         "address of the value of key op2 in table op1 (a call; nil slot " \
                             "if absent)") \
  _(ALOAD,  R, N, IRF_L|IRF_G, "value at array slot op1, type-guarded") \
  _(HLOAD,  R, N, IRF_L|IRF_G, "value at hash slot op1, type-guarded") \
  _(UREF,   R, L, IRF_G|IRF_S, "guards where upvalue op1 points: op2 IRUREF_AWAY (not at or above " \
                             "the base in this thread's stack: closed, or open below the trace or " \
                             "in another thread), else IRUREF_AT + s (slot s of the trace, which " \
                             "the trace then uses for it)") \
  _(UREFC,  R, N, IRF_G,     "address of closed upvalue op1's value, guarded closed (a closed " \
                             "upvalue never opens again: one guard per upvalue and loop)") \
  _(ULOAD,  R, N, IRF_L|IRF_G, "value of upvalue op1 (or at UREFC op1), type-guarded") \
  _(ASTORE, R, R, IRF_S,     "array slot op1 := op2") \
  _(HSTORE, R, R, IRF_S,     "hash slot op1 := op2") \
  _(USTORE, R, R, IRF_S,     "upvalue op1 (or at UREFC op1) := op2 (with the collector's barrier)") \
  _(TBAR,   R, N, IRF_S,     "backward barrier of table op1 if it is black") \
  _(TNOMM,  R, N, IRF_S,     "forget the metamethods table op1 caches as absent (a store with a " \
                             "variable string key, which may name one)") \
  _(HABSK,  R, R, IRF_G,     "guard: constant string key op2 is absent from table op1 or holds nil " \
                             "(a metamethod's name: the table's cached-absence bit first)") \
  _(SETMT,  R, R, IRF_S,     "the metatable of table op1 := op2, a table or nil (with the " \
                             "collector's barrier; a call)") \
  _(TRESIZEA, R, L, IRF_S,   "the array part of table op1 made room for keys up to op2, as SETLIST makes " \
                             "it (a call; NULL when out of memory)") \
  _(TLEN,   R, N, IRF_C,     "#op1 of a table (a call)") \
  _(NEWREF, R, R, IRF_S,     "address of the value of key op2 (a number, or a constant string) in table op1, the key " \
                             "inserted if absent (the table grown if it has no free node), NULL " \
                             "when that fails (a call)") \
  _(TNEW,   L, L, IRF_S,     "a new empty table, array part op1 and hash part op2 as TNEW's B and C " \
                             "(a call; NULL when out of memory; flags a pending GC step)") \
  _(SBYTE,  R, R, 0,         "byte op2 (0-based INT, in range) of string op1, as an INT") \
  _(CAT,    R, R, IRF_S,     "op1 .. op2, each a string or a NUM, op2 also a CARG list of up to three " \
                             "more (a call; a new string, NULL when out of memory or too long; flags " \
                             "a pending GC step)") \
  _(CARG,   R, R, 0,         "the operands op1, op2 of a CAT's list (no code of its own)") \
  _(STRSUB, R, R, 0,         "string.sub(op1, i, j), op2 a CARG of the NUMs i and j (a call; NULL " \
                             "when out of memory; flags a pending GC step)") \
  _(TOSTR,  R, N, 0,         "tostring of the NUM op1: the string the interpreter makes (%.14g, " \
                             "interned; a call; NULL when out of memory)") \
  _(TONUMS, R, L, IRF_G,     "tonumber of the string op1, as NUM; exits when it is no number (a call); " \
                             "op2 1: type nil, exits when it is one") \
  _(CALLC,  R, L, IRF_S,     "call of a library C function (vm.h FF_CCALL): the current snapshot's " \
                             "slots written to the stack, then the call; op1 a KPTR packing the " \
                             "CALL's pc and its A and argument count, op2 the results wanted + 1; " \
                             "the base is read again after it (the stack may move)") \
  _(TOPEQ,  L, N, IRF_G|IRF_S, "guards that L->top is op1 slots above the base (the values a CALLC " \
                             "that takes all results returned)") \
  _(FLUSHED, N, N, IRF_G|IRF_S, "exit when a flush of every trace waits (JIT_INTR_FLUSH): after a " \
                             "CALLC, whose function may have assigned a variable the trace takes " \
                             "as a constant (jit_uvchanged)") \
  _(FNEW,   R, R, IRF_S,     "a new closure of prototype (op2 & 0xffff) of function op1, its upvalues " \
                             "made as CLOSURE makes them, on slots from (int16)(op2 >> 16) (op2 a " \
                             "KINT; a call; NULL when out of memory)") \
  _(UCLOSE, L, N, IRF_S,     "CLOSE: the current snapshot's slots written to the stack, then the " \
                             "upvalues open at slot op1 and above closed (a call)") \
  /* frames */ \
  _(RETF,   R, L, IRF_G|IRF_S, "return to the frame below the trace's: guards that the frame " \
                             "returning was called by the Lua CALL ending at pc op1 (a KPTR) and " \
                             "has no upvalues to close (unless op2 has IRRETF_NOUPV), then pops " \
                             "it and moves the base down op2 slots (without the flag)") \
  _(TAILF,  L, N, IRF_G|IRF_S, "a tail call from the trace's first frame: guards that no open " \
                             "upvalue is at or above the base (unless op2 is IRRETF_NOUPV) and that op1 " \
                             "(the callee's frame size) slots fit the stack, then sets the " \
                             "frame's and L's top and counts the tail call (op2 IRTAILF_SAMETOP: " \
                             "the same size as the frame's, no check and no frame top)") \
  /* loops and control */ \
  _(LOOP,   N, N, IRF_S,     "start of the loop body; the instructions before it run once") \
  _(PHI,    R, R, IRF_S,     "loop-carried value: op1 on entry, op2 from the previous iteration") \
  _(INTR,   N, N, IRF_G|IRF_S, "exit when the global interrupt word is set") \
  _(NOP,    N, N, 0,         "removed")

typedef enum {
#define IR_ENUM(name, m1, m2, fl, sem) IR_##name,
  IR_OPCODES(IR_ENUM)
#undef IR_ENUM
  IR__MAX
} IROp;

/* FPMATH functions. */
#define IRFPM_LIST(_) _(FLOOR, floor) _(CEIL, ceil) _(SQRT, sqrt) _(ABS, fabs) _(SIN, sin) \
  _(COS, cos) _(TAN, tan) _(EXP, exp) _(LOG, log) _(LOG10, log10)
enum {
#define IRFPM_ENUM(name, fn) IRFPM_##name,
  IRFPM_LIST(IRFPM_ENUM)
#undef IRFPM_ENUM
  IRFPM__MAX
};

/* SLOAD flags. */
#define IRUREF_AWAY   0
#define IRUREF_AT     16      /* + the slot (base-relative, from -1) */
#define IRSLOAD_TYPECHECK 1   /* guard the slot's type */
#define IRSLOAD_TOINT     2   /* a number converted to INT; guard that it is an exact int32 */
#define IRSLOAD_INHERIT   4   /* a side trace's slot in its parent's snapshot: the value is taken
                                 from the parent's register or spill slot at the side trace's
                                 entry when the allocation allows (else loaded, unchecked) */
#define IRSLOAD_CALLRES   8   /* a result of a CALLC: read anew in each iteration (not an
                                 entry value of the slot) */
/* RETF and TAILF op2: the frame's function makes no closures (Proto.sizep 0), so no upvalue can
 * be open at or above its base: no check. */
#define IRRETF_NOUPV 0x4000
#define IRTAILF_SAMETOP 0x2000   /* TAILF: the callee's frame is the caller's size (its top, the
                                    frame's now, has room already: only L->top is set) */

/* Object fields that FLOAD reads: name, type, C expression of the offset. */
#define IRFL_LIST(_) \
  _(TAB_ARRAY,  PTR, offsetof(Table, array)) \
  _(TAB_ASIZE,  U32, offsetof(Table, asize)) \
  _(TAB_NODE,   PTR, offsetof(Table, node)) \
  _(TAB_HMASK,  U32, offsetof(Table, hmask)) \
  _(TAB_MT,     PTR, offsetof(Table, mt)) \
  _(FUNC_ENV,   TAB, offsetof(LFunc, env)) \
  _(FUNC_PROTO, PTR, offsetof(LFunc, p)) \
  _(STR_LEN,    U32, offsetof(Str, len)) \
  _(PTR0,       PTR, 0)   /* the pointer at address op1 (a KPTR) */
enum {
#define IRFL_ENUM(name, t, ofs) IRFL_##name,
  IRFL_LIST(IRFL_ENUM)
#undef IRFL_ENUM
  IRFL__MAX
};
/* FLOAD of a function's upvalue pointer i: field IRFL_FUNC_UPVAL + i. */
#define IRFL_FUNC_UPVAL 32

typedef uint16_t IRRef;

#define REF_BIAS   0x8000
#define REF_FIRST  (REF_BIAS + 1)   /* REF_BIAS itself is the "base" placeholder: never used */
#define irref_isk(r) ((r) < REF_BIAS)

typedef struct IRIns {
  IRRef op1, op2;
  uint8_t o;       /* IROp */
  uint8_t t;       /* IRType */
  IRRef prev;      /* previous instruction with the same opcode (CSE chain) */
  union {
    double n;      /* KNUM */
    int32_t i;     /* KINT; HREFK: predicted node index */
    uint64_t u64;  /* KPRI/KGC/KPTR payload */
    void *ptr;
  } k;
} IRIns;

/* Once recording is done, prev (the CSE chain link) of an instruction is IRPREV_SINK when the
 * instruction is sunk (opt_sink in record.c): a TNEW whose table is never made, and the
 * instructions that store into it. They emit no code; an exit whose snapshot holds the table
 * makes it then, from them (trace.c). */
#define IRPREV_SINK 0xffff
#define ir_issunk(ins) ((ins)->prev == IRPREV_SINK)

extern const char *const ir_names[IR__MAX];
extern const uint8_t ir_flags[IR__MAX];
extern const uint8_t ir_mode1[IR__MAX], ir_mode2[IR__MAX];
extern const char *const irt_names[IRT__MAX];

#define ir_isguard(o) (ir_flags[o] & IRF_G)

#endif
