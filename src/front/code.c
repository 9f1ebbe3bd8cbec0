/*
 * code.c - code generator core: instruction emission, constants, registers and jump lists.
 *
 * The Proto under construction is filled in place: its arrays grow with mem_growvec and their size
 * fields always describe the allocated capacity, so a Proto abandoned by a syntax error can be
 * freed by the collector like any other. cg_close shrinks everything to the exact size.
 *
 * Jumps that are not yet resolved are kept in patch lists threaded through their own sD fields
 * (CG_NO_JUMP ends a list), as in PUC Lua. fs->jpc collects the jumps whose target is "the next
 * instruction": they are resolved when that instruction is emitted, and cg_jump folds them into
 * a new jump instead, so a jump to a jump goes straight to the final target. A jump taken after
 * a "test and copy" (ISTC/ISFC) can either deliver the tested value into a register or, when no
 * value is needed, degrade to a plain test (IST/ISF); patch time decides which.
 */
#include <assert.h>
#include <limits.h>
#include <math.h>

#include "code.h"
#include "mem.h"
#include "tab.h"
#include "func.h"
#include "gc.h"
#include "state.h"

#define CG_MAXP      65536     /* nested functions: CLOSURE's 16-bit D operand */
#define CG_MAXCODE   (INT_MAX - 2)

/* ---- function state ----
 *
 * The collector may run while a chunk is compiled: the reader of lua_load can run any Lua code
 * (`load` with a function), and the lexer steps the collector after interning a new string. So
 * every object the compiler holds is kept reachable and written with barriers, as everywhere
 * else in the VM:
 *
 *   - each function's Proto and constant map (kmap) are anchored in two stack slots from cg_open
 *     to cg_close, and a nested Proto is also stored in its parent's p[] from the start;
 *   - every string the lexer interns is a key of the current function's kmap (value true until
 *     it becomes a constant, then its index), so names and strings held in ExpDescs, tokens and
 *     C locals stay alive; when a function is closed, the token read after its `end` (interned
 *     in the closed function's map) is anchored again in the enclosing one (lex_anchortoken);
 *   - a Proto under construction can be black: every store of a collectable into it (constants,
 *     nested protos, local and upvalue names, its source) goes through a barrier.
 */

void cg_open(LexState *ls, FuncState *fs) {
  lua_State *L = ls->L;
  FuncState *parent = ls->fs;
  Proto *f = func_newproto(L);
  fs->anchor = savestack(L, L->top);
  *L->top = val_fromproto(f);
  state_incrtop(L);
  if (parent != NULL) {   /* the parent's next nested function (its CLOSURE comes at the end) */
    Proto *pf = parent->f;
    int oldsize = pf->sizep;
    if (parent->np >= CG_MAXP) lex_error(ls, "constant table overflow", 0);
    mem_growvec(L, pf->p, parent->np, pf->sizep, Proto *, CG_MAXP, "functions");
    while (oldsize < pf->sizep) pf->p[oldsize++] = NULL;
    pf->p[parent->np++] = f;
    gc_objbarrier(L, pf, f);
  }
  fs->f = f;
  fs->prev = parent;
  fs->ls = ls;
  fs->bl = NULL;
  fs->pc = 0;
  fs->lasttarget = -1;
  fs->jpc = CG_NO_JUMP;
  fs->freereg = 0;
  fs->nk = fs->np = fs->nlocvars = 0;
  fs->zerosign = -1;
  fs->nactvar = 0;
  fs->glstart = ls->ngl;
  fs->upval = 0;
  f->source = ls->source;
  f->maxstack = 2;   /* registers 0 and 1 are always valid */
  fs->kmap = tab_new(L, 0, 0);   /* garbage once compiled: the collector reclaims it */
  *L->top = val_fromtab(fs->kmap);
  state_incrtop(L);
  ls->fs = fs;
}

#define cg_shrink(L, v, size, n, T) \
  do { mem_reallocvec(L, v, size, n, T); (size) = (n); } while (0)

void cg_close(LexState *ls) {
  lua_State *L = ls->L;
  FuncState *fs = ls->fs;
  Proto *f = fs->f;
  int pc;
  cg_ret(fs, 0, 0);   /* final return */
  for (pc = fs->pc - 2; pc >= 0; pc--)   /* backwards: a run of them takes the line after it */
    if (f->lineinfo[pc] == CG_LINE_NEXT) f->lineinfo[pc] = f->lineinfo[pc + 1];
  cg_shrink(L, f->code, f->sizecode, fs->pc, Instr);
  cg_shrink(L, f->lineinfo, f->sizelineinfo, fs->pc, int);
  cg_shrink(L, f->k, f->sizek, fs->nk, Value);
  cg_shrink(L, f->p, f->sizep, fs->np, Proto *);
  cg_shrink(L, f->locvars, f->sizelocvars, fs->nlocvars, LocVar);
  ls->fs = fs->prev;
  /* Drop the two anchors (and whatever a reader may have left above them): f stays reachable
   * from its parent, or from the caller for the main function. */
  L->top = restorestack(L, fs->anchor);
  assert(L->top[0] == val_fromproto(f) && L->top[1] == val_fromtab(fs->kmap));
  if (ls->fs != NULL) {
    lex_anchortoken(ls);   /* the token after `end` was interned in this function's map */
    gc_check(L);
  }
}

static void cg_dischargejpc(FuncState *fs);

int cg_emit(FuncState *fs, Instr ins) {
  Proto *f = fs->f;
  lua_State *L = fs->ls->L;
  cg_dischargejpc(fs);   /* pending jumps land on this instruction */
  if (fs->pc >= CG_MAXCODE) lex_error(fs->ls, "code size overflow", 0);
  mem_growvec(L, f->code, fs->pc, f->sizecode, Instr, CG_MAXCODE, "code size");
  f->code[fs->pc] = ins;
  mem_growvec(L, f->lineinfo, fs->pc, f->sizelineinfo, int, CG_MAXCODE, "code size");
  f->lineinfo[fs->pc] = fs->ls->lastline;
  return fs->pc++;
}

/* The data word after KWIDE or SETLIST (see opcodes.h); no jump can be pending here, as the
 * instruction it belongs to was just emitted. */
static void cg_emitdata(FuncState *fs, int v) {
  assert(fs->jpc == CG_NO_JUMP && v >= 0 && v <= BC_MAXDATA);
  cg_emit(fs, bc_data(v));
}

/* R(reg) := K(idx) by op (KSTR, KNUM), or KWIDE when idx does not fit in D. */
void cg_loadk(FuncState *fs, BCOp op, int reg, int idx) {
  if (idx <= BC_MAXD) {
    cg_emitAD(fs, op, reg, idx);
  } else {
    cg_emitAD(fs, BC_KWIDE, reg, 0);
    cg_emitdata(fs, idx);
  }
}

void cg_fixline(FuncState *fs, int line) {
  fs->f->lineinfo[fs->pc - 1] = line;
}

/* Line hooks and debuggers see the lines of Lua 5.1's bytecode: an instruction 5.1 would not
 * have emitted (LOOP, the nil load of locals at a function's start, the CLOSE that breaks go
 * through) takes the line of the instruction after it, so it never makes a line event of its
 * own nor adds an active line. Resolved by cg_close. */
void cg_linenext(FuncState *fs) {
  fs->f->lineinfo[fs->pc - 1] = CG_LINE_NEXT;
}

/* ---- constants ---- */

static int cg_addk(FuncState *fs, Value v) {
  lua_State *L = fs->ls->L;
  Proto *f = fs->f;
  int oldsize = f->sizek;
  if (fs->nk >= BC_MAXK) lex_error(fs->ls, "constant table overflow", 0);
  mem_growvec(L, f->k, fs->nk, f->sizek, Value, BC_MAXK, "constants");
  while (oldsize < f->sizek) f->k[oldsize++] = VAL_NIL;
  f->k[fs->nk] = v;
  gc_barrier(L, f, v);
  return fs->nk++;
}

/* Looks v up in the constant map, adding it on first use. */
static int cg_findk(FuncState *fs, Value v) {
  const Value *idx = tab_get(fs->kmap, v);
  int n;
  if (val_isnum(*idx)) return (int)val_num(*idx);
  n = cg_addk(fs, v);
  *tab_set(fs->ls->L, fs->kmap, v) = val_fromnum((double)n);
  return n;
}

int cg_strk(FuncState *fs, Str *s) {
  return cg_findk(fs, val_fromstr(s));
}

/* Lua 5.1 keeps one constant for 0 and -0 (they are equal keys of its constant table), so in
 * a function every zero literal takes the sign of the first one used. */
double cg_zero(FuncState *fs, double n) {
  if (n != 0) return n;
  if (fs->zerosign < 0) fs->zerosign = signbit(n) ? 1 : 0;
  return fs->zerosign ? -0.0 : 0.0;
}

int cg_numk(FuncState *fs, double n) {
  if (n != n) return cg_addk(fs, val_fromnum(n));   /* NaN cannot be a key */
  n = cg_zero(fs, n);
  if (n == 0 && signbit(n)) {   /* the map holds -0 as the key 0: look the constant up by bits */
    int i;
    for (i = 0; i < fs->nk; i++)
      if (val_isnum(fs->f->k[i]) && fs->f->k[i] == val_fromnum_raw(n)) return i;
    return cg_addk(fs, val_fromnum(n));
  }
  return cg_findk(fs, val_fromnum(n));
}

/* ---- registers ---- */

void cg_checkstack(FuncState *fs, int n) {
  int newstack = fs->freereg + n;
  if (newstack > fs->f->maxstack) {
    if (newstack >= BC_MAXREGS) lex_syntaxerror(fs->ls, "function or expression too complex");
    fs->f->maxstack = (uint8_t)newstack;
  }
}

void cg_reserve(FuncState *fs, int n) {
  cg_checkstack(fs, n);
  fs->freereg += n;
}

/* Sets registers from..from+n-1 to nil, merging with an immediately preceding nil load when no
 * jump lands in between. */
void cg_nil(FuncState *fs, int from, int n) {
  int to = from + n - 1;
  if (fs->pc > fs->lasttarget && fs->pc > 0) {
    Instr *prev = &fs->f->code[fs->pc - 1];
    BCOp op = bc_op(*prev);
    if (op == BC_KNIL || (op == BC_KPRI && bc_d(*prev) == 0)) {
      int pfrom = bc_a(*prev);
      int pto = op == BC_KNIL ? bc_d(*prev) : pfrom;
      if (pfrom <= from && from <= pto + 1) {
        if (to > pto) *prev = bc_ad(BC_KNIL, pfrom, to);
        return;
      }
    }
  }
  if (n == 1) cg_emitAD(fs, BC_KPRI, from, 0);
  else cg_emitAD(fs, BC_KNIL, from, to);
  /* New locals at a function's start: 5.1 emits nothing, as its registers start out nil
     (ours do not: frames are not cleared) */
  if (fs->pc == 1 && from >= fs->nactvar) cg_linenext(fs);
}

void cg_ret(FuncState *fs, int first, int nret) {
  cg_emitABC(fs, BC_RET, first, nret + 1, 0);
}

void cg_setlist(FuncState *fs, int base, int nelems, int tostore) {
  int c = (nelems - 1) / BC_SETLIST_PER_FLUSH + 1;
  int b = tostore == CG_MULTRET ? 0 : tostore;
  if (c <= 255) {
    cg_emitABC(fs, BC_SETLIST, base, b, c);
  } else {
    cg_emitABC(fs, BC_SETLIST, base, b, 0);
    cg_emitdata(fs, c);   /* the block number (parse_listfield bounds it) */
  }
  fs->freereg = base + 1;
}

/* ---- jumps ---- */

static int cg_getjump(FuncState *fs, int pc) {
  int off = bc_sd(fs->f->code[pc]);
  return off == CG_NO_JUMP ? CG_NO_JUMP : pc + 1 + off;
}

void cg_fixjump(FuncState *fs, int pc, int dest) {
  int off = dest - (pc + 1);
  if (off < -BC_BIAS_J || off > 0xffff - BC_BIAS_J)
    lex_syntaxerror(fs->ls, "control structure too long");
  bc_setd(fs->f->code[pc], (uint32_t)(off + BC_BIAS_J));
}

int cg_label(FuncState *fs) {
  fs->lasttarget = fs->pc;
  return fs->pc;
}

void cg_concat(FuncState *fs, int *l1, int l2) {
  int list, next;
  if (l2 == CG_NO_JUMP) return;
  if (*l1 == CG_NO_JUMP) {
    *l1 = l2;
    return;
  }
  list = *l1;
  while ((next = cg_getjump(fs, list)) != CG_NO_JUMP) list = next;
  cg_fixjump(fs, list, l2);
}

int cg_jump(FuncState *fs) {
  int jpc = fs->jpc, j;
  fs->jpc = CG_NO_JUMP;   /* jumps to here now go where this jump goes */
  j = cg_emitAD(fs, BC_JMP, fs->freereg, BC_BIAS_J + CG_NO_JUMP);
  cg_concat(fs, &j, jpc);
  return j;
}

#define cg_istest(op) ((op) >= BC_ISLT && (op) <= BC_ISFC)

/* The instruction controlling the jump at pc: the test before it, or the jump itself. */
static Instr *cg_jumpcontrol(FuncState *fs, int pc) {
  Instr *ip = &fs->f->code[pc];
  if (pc >= 1 && cg_istest(bc_op(ip[-1]))) return ip - 1;
  return ip;
}

/* For a jump after ISTC/ISFC: make it copy into reg, or drop the copy (reg == BC_NO_REG or the
 * value is already there). Returns 0 if the jump is not a test-and-copy. */
static int cg_patchtestreg(FuncState *fs, int node, int reg) {
  Instr *ip = cg_jumpcontrol(fs, node);
  BCOp op = bc_op(*ip);
  if (op != BC_ISTC && op != BC_ISFC) return 0;
  if (reg != BC_NO_REG && reg != bc_d(*ip)) {
    bc_seta(*ip, reg);
  } else {
    bc_setop(*ip, op == BC_ISTC ? BC_IST : BC_ISF);
    bc_seta(*ip, 0);
  }
  return 1;
}

/* Jumps after a test-and-copy go to vtarget (copying into reg), the others to dtarget. */
static void cg_patchlistaux(FuncState *fs, int list, int vtarget, int reg, int dtarget) {
  while (list != CG_NO_JUMP) {
    int next = cg_getjump(fs, list);
    if (cg_patchtestreg(fs, list, reg)) cg_fixjump(fs, list, vtarget);
    else cg_fixjump(fs, list, dtarget);
    list = next;
  }
}

static void cg_dischargejpc(FuncState *fs) {
  cg_patchlistaux(fs, fs->jpc, fs->pc, BC_NO_REG, fs->pc);
  fs->jpc = CG_NO_JUMP;
}

void cg_patchlist(FuncState *fs, int list, int target) {
  if (target == fs->pc) {
    cg_patchtohere(fs, list);
  } else {
    assert(target < fs->pc);
    cg_patchlistaux(fs, list, target, BC_NO_REG, target);
  }
}

void cg_patchtohere(FuncState *fs, int list) {
  cg_label(fs);
  cg_concat(fs, &fs->jpc, list);
}

/* Does some jump of the list need a boolean value produced for it (not a test-and-copy)? */
int cg_needvalue(FuncState *fs, int list) {
  for (; list != CG_NO_JUMP; list = cg_getjump(fs, list)) {
    BCOp op = bc_op(*cg_jumpcontrol(fs, list));
    if (op != BC_ISTC && op != BC_ISFC) return 1;
  }
  return 0;
}

/* Drops the copies of a list's test-and-copy jumps (their value is not wanted). */
void cg_removevalues(FuncState *fs, int list) {
  for (; list != CG_NO_JUMP; list = cg_getjump(fs, list)) cg_patchtestreg(fs, list, BC_NO_REG);
}

/* Makes the condition of the jump at pc the opposite one (ISLT <-> ISGE, ISEQV <-> ISNEV, ...):
 * the opcodes come in complementary pairs. */
void cg_invertjump(FuncState *fs, int pc) {
  Instr *ip = cg_jumpcontrol(fs, pc);
  BCOp op = bc_op(*ip);
  assert(cg_istest(op) && op != BC_ISTC && op != BC_ISFC);
  bc_setop(*ip, (BCOp)(BC_ISLT + ((op - BC_ISLT) ^ 1)));
}

void cg_patchvalues(FuncState *fs, int list, int vtarget, int reg, int dtarget) {
  cg_patchlistaux(fs, list, vtarget, reg, dtarget);
}
