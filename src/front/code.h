/*
 * code.h - the code generator's state and its interface to the parser.
 *
 * The parser describes every (sub)expression with an ExpDesc that says where its value is or how
 * to get it, without emitting anything until the context decides: a local is just its register,
 * a global or a field is emitted only when read or assigned, a constant may end up as an operand
 * of an instruction rather than in a register, and a comparison is a pending conditional jump.
 * This is the design of the PUC Lua code generator (expression descriptors, "relocatable"
 * instructions whose destination is filled in later, true/false jump patch lists) applied to a
 * LuaJIT-style instruction set.
 *
 * Registers are allocated as a stack: locals occupy registers 0..nactvar-1 in declaration order,
 * temporaries live above them and are freed in LIFO order (freereg is the first free register).
 */
#ifndef APOGEE_CODE_H
#define APOGEE_CODE_H

#include "object.h"
#include "lex.h"
#include "opcodes.h"

#define CG_NO_JUMP (-1)   /* end of a jump patch list */
#define CG_MULTRET (-1)

typedef enum {
  EK_VOID,      /* no value (empty expression list) */
  EK_NIL, EK_FALSE, EK_TRUE,
  EK_STR,       /* string constant: u.str */
  EK_NUM,       /* number constant: u.num */
  EK_LOCAL,     /* local variable: u.s.info = register */
  EK_UPVAL,     /* upvalue: u.s.info = upvalue index */
  EK_GLOBAL,    /* global: u.s.info = constant index of the name */
  EK_INDEXED,   /* t[k]: u.s.info = table register, u.s.aux = key, u.s.kind = IDX_* */
  EK_JMP,       /* comparison: u.s.info = pc of its JMP (taken when true) */
  EK_RELOC,     /* instruction at u.s.info whose destination A is not yet set */
  EK_NONRELOC,  /* value in register u.s.info */
  EK_CALL,      /* call at u.s.info (result count not fixed yet) */
  EK_VARARG     /* VARARG at u.s.info (count not fixed yet) */
} ExpKind;

enum { IDX_REG, IDX_STR, IDX_INT };   /* key of EK_INDEXED: register, K(aux) string, integer aux */

typedef struct ExpDesc {
  ExpKind k;
  union {
    struct { int info, aux, kind; } s;
    double num;
    Str *str;
  } u;
  int t;   /* patch list of jumps taken when the expression is true */
  int f;   /* patch list of jumps taken when the expression is false */
} ExpDesc;

typedef struct BlockScope {
  struct BlockScope *prev;
  int breaklist;      /* jumps out of this loop */
  int nactvar;        /* active locals outside the block */
  uint8_t upval;      /* some local of this block is captured by a closure */
  uint8_t innerupval; /* some block nested in this one (or this one) has captured locals */
  uint8_t isloop;
  int glstart;        /* first entry of ls->gl belonging to this block */
} BlockScope;

#define CG_MAXVARS 200      /* LUAI_MAXVARS */
#define CG_MAXUPVALS 60     /* LUAI_MAXUPVALUES */
#define CG_MAXLEVELS 200    /* LUAI_MAXCCALLS */

typedef struct FuncState {
  Proto *f;
  struct FuncState *prev;   /* enclosing function */
  LexState *ls;
  BlockScope *bl;           /* innermost block */
  Table *kmap;              /* constant value -> index in f->k; strings read: true */
  ptrdiff_t anchor;         /* stack slot of f (kmap is in the next one), as savestack */
  int pc;                   /* next instruction */
  int lasttarget;           /* pc of the last jump target */
  int jpc;                  /* jumps pending to the next instruction */
  int freereg;
  int nk, np, nlocvars;
  int zerosign;             /* sign of this function's zero constant: -1 not seen yet, 0, 1 */
  int nactvar;
  int glstart;              /* first entry of ls->gl belonging to this function */
  uint8_t upval;            /* some local of the function's outermost level is captured */
  uint16_t actvar[CG_MAXVARS];   /* locvars index of each active local */
  uint8_t vwritten[CG_MAXVARS];  /* by register: the active local was assigned to */
  uint16_t vchild[CG_MAXVARS];   /* by register: np when the local became active (the nested
                                    functions made in its scope are those from there on) */
} FuncState;

/* code.c */
void cg_open(LexState *ls, FuncState *fs);
void cg_close(LexState *ls);
int cg_emit(FuncState *fs, Instr ins);
#define cg_emitAD(fs, op, a, d)     cg_emit(fs, bc_ad(op, a, d))
#define cg_emitABC(fs, op, a, b, c) cg_emit(fs, bc_abc(op, a, b, c))
void cg_fixline(FuncState *fs, int line);
#define CG_LINE_NEXT (-1)   /* lineinfo of an instruction that takes the next one's line */
void cg_linenext(FuncState *fs);
void cg_loadk(FuncState *fs, BCOp op, int reg, int idx);
int cg_strk(FuncState *fs, Str *s);
int cg_numk(FuncState *fs, double n);
double cg_zero(FuncState *fs, double n);
void cg_checkstack(FuncState *fs, int n);
void cg_reserve(FuncState *fs, int n);
void cg_nil(FuncState *fs, int from, int n);
void cg_ret(FuncState *fs, int first, int nret);
void cg_setlist(FuncState *fs, int base, int nelems, int tostore);

/* jumps */
int cg_jump(FuncState *fs);
int cg_label(FuncState *fs);
void cg_fixjump(FuncState *fs, int pc, int dest);
void cg_patchlist(FuncState *fs, int list, int target);
void cg_patchtohere(FuncState *fs, int list);
void cg_concat(FuncState *fs, int *l1, int l2);
int cg_needvalue(FuncState *fs, int list);
void cg_removevalues(FuncState *fs, int list);
void cg_invertjump(FuncState *fs, int pc);
void cg_patchvalues(FuncState *fs, int list, int vtarget, int reg, int dtarget);

/* expressions (cgexp.c) */
void cg_initexp(ExpDesc *e, ExpKind k, int info);
void cg_dischargevars(FuncState *fs, ExpDesc *e);
void cg_freeexp(FuncState *fs, ExpDesc *e);
void cg_exp2nextreg(FuncState *fs, ExpDesc *e);
int cg_exp2anyreg(FuncState *fs, ExpDesc *e);
void cg_exp2val(FuncState *fs, ExpDesc *e);
void cg_setreturns(FuncState *fs, ExpDesc *e, int nresults);
void cg_setoneret(FuncState *fs, ExpDesc *e);
#define cg_setmultret(fs, e) cg_setreturns(fs, e, CG_MULTRET)
void cg_indexed(FuncState *fs, ExpDesc *t, ExpDesc *k);
void cg_self(FuncState *fs, ExpDesc *e, ExpDesc *key);
void cg_storevar(FuncState *fs, ExpDesc *var, ExpDesc *ex);
void cg_goiftrue(FuncState *fs, ExpDesc *e);
void cg_goiffalse(FuncState *fs, ExpDesc *e);

typedef enum {
  OPR_ADD, OPR_SUB, OPR_MUL, OPR_DIV, OPR_MOD, OPR_POW, OPR_CONCAT,
  OPR_NE, OPR_EQ, OPR_LT, OPR_LE, OPR_GT, OPR_GE, OPR_AND, OPR_OR,
  OPR_NOBINOPR
} BinOpr;

typedef enum { OPR_MINUS, OPR_NOT, OPR_LEN, OPR_NOUNOPR } UnOpr;

void cg_prefix(FuncState *fs, UnOpr op, ExpDesc *e);
void cg_infix(FuncState *fs, BinOpr op, ExpDesc *v);
void cg_posfix(FuncState *fs, BinOpr op, ExpDesc *e1, ExpDesc *e2);

#define cg_hasjumps(e) ((e)->t != (e)->f)
#define cg_instr(fs, e) ((fs)->f->code[(e)->u.s.info])

#endif
