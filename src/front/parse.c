/*
 * parse.c - the Lua 5.1 parser: single pass, recursive descent, generating code as it goes.
 *
 * Each function being compiled has a FuncState (code.h) on the C stack, linked to the enclosing
 * one; each block a BlockScope. Expressions are parsed into ExpDesc descriptors and handed to the
 * code generator (code.c, cgexp.c), which decides where values go. The grammar, the register
 * discipline (locals in consecutive registers in declaration order, temporaries above, freed at
 * the end of every statement), the error messages and the debug information all follow Lua 5.1
 * closely, because programs, debuggers and tests observe them.
 *
 * Recursion is bounded: every statement list and every subexpression counts as a syntactic level
 * and more than CG_MAXLEVELS nested levels is an error, so pathological input (ten thousand
 * parentheses) fails cleanly instead of overflowing the C stack.
 *
 * Captured locals must be closed when their scope ends: leaving a block whose locals were captured
 * emits CLOSE (so each loop iteration gets fresh upvalues), and a loop whose body captured any
 * locals routes its `break` jumps through a CLOSE at the loop exit.
 *
 * goto and labels (LuaJIT's extension, with Lua 5.2's rules) are kept in ls->gl while their
 * block is open. A label resolves the pending gotos of its block that precede it (forward
 * jumps); a goto after its label (backward) waits for the end of the label's block, when it is
 * known whether the block's locals were captured. A goto still pending at the end of its block
 * moves to the enclosing one, at that block's level; if it leaves captured locals, its JMP
 * becomes UCLO, which closes them and jumps.
 */
#include <assert.h>
#include <limits.h>
#include <string.h>

#include "parse.h"
#include "code.h"
#include "mem.h"
#include "str.h"
#include "err.h"
#include "gc.h"
#include "state.h"

/* ---- token helpers ---- */

static _Noreturn void parse_errexpected(LexState *ls, int tok) {
  lex_syntaxerror(ls, str_pushfstring(ls->L, "'%s' expected", lex_token2str(ls, tok)));
}

static int parse_testnext(LexState *ls, int tok) {
  if (ls->t.tok != tok) return 0;
  lex_next(ls);
  return 1;
}

static void parse_check(LexState *ls, int tok) {
  if (ls->t.tok != tok) parse_errexpected(ls, tok);
}

static void parse_checknext(LexState *ls, int tok) {
  parse_check(ls, tok);
  lex_next(ls);
}

#define parse_checkcond(ls, c, msg) do { if (!(c)) lex_syntaxerror(ls, msg); } while (0)

/* Closing token `what` of the construct `who` opened at line `where`. */
static void parse_checkmatch(LexState *ls, int what, int who, int where) {
  if (parse_testnext(ls, what)) return;
  if (where == ls->line) parse_errexpected(ls, what);
  lex_syntaxerror(ls, str_pushfstring(ls->L, "'%s' expected (to close '%s' at line %d)",
                                      lex_token2str(ls, what), lex_token2str(ls, who), where));
}

static Str *parse_checkname(LexState *ls) {
  Str *s;
  parse_check(ls, TK_NAME);
  s = ls->t.u.str;
  lex_next(ls);
  return s;
}

static void parse_strexp(ExpDesc *e, Str *s) {
  cg_initexp(e, EK_STR, 0);
  e->u.str = s;
}

static _Noreturn void parse_errorlimit(FuncState *fs, int limit, const char *what) {
  lua_State *L = fs->ls->L;
  const char *msg = fs->f->linedefined == 0
    ? str_pushfstring(L, "main function has more than %d %s", limit, what)
    : str_pushfstring(L, "function at line %d has more than %d %s", fs->f->linedefined, limit,
                      what);
  lex_error(fs->ls, msg, 0);
}

static void parse_checklimit(FuncState *fs, int v, int limit, const char *what) {
  if (v > limit) parse_errorlimit(fs, limit, what);
}

static void parse_enterlevel(LexState *ls) {
  if (++ls->level > CG_MAXLEVELS) lex_error(ls, "chunk has too many syntax levels", 0);
}

#define parse_leavelevel(ls) ((ls)->level--)

/* ---- local variables ---- */

static int parse_registerlocal(LexState *ls, Str *name) {
  FuncState *fs = ls->fs;
  Proto *f = fs->f;
  int oldsize = f->sizelocvars;
  if (fs->nlocvars >= SHRT_MAX) lex_error(ls, "too many local variables", 0);
  mem_growvec(ls->L, f->locvars, fs->nlocvars, f->sizelocvars, LocVar, SHRT_MAX,
              "local variables");
  while (oldsize < f->sizelocvars) {
    f->locvars[oldsize].name = NULL;
    f->locvars[oldsize].startpc = f->locvars[oldsize].endpc = 0;
    oldsize++;
  }
  f->locvars[fs->nlocvars].name = name;
  gc_objbarrier(ls->L, f, name);
  return fs->nlocvars++;
}

/* Declares the n-th new local (not yet active). */
static void parse_newlocal(LexState *ls, Str *name, int n) {
  FuncState *fs = ls->fs;
  parse_checklimit(fs, fs->nactvar + n + 1, CG_MAXVARS, "local variables");
  fs->actvar[fs->nactvar + n] = (uint16_t)parse_registerlocal(ls, name);
}

#define parse_newlocallit(ls, s, n) parse_newlocal(ls, str_newlit((ls)->L, s), n)

static LocVar *parse_getlocvar(FuncState *fs, int i) {
  return &fs->f->locvars[fs->actvar[i]];
}

static void parse_adjustlocals(LexState *ls, int nvars) {
  FuncState *fs = ls->fs;
  fs->nactvar += nvars;
  for (; nvars; nvars--) {
    int r = fs->nactvar - nvars;
    parse_getlocvar(fs, r)->startpc = fs->pc;
    fs->vwritten[r] = 0;
    fs->vchild[r] = (uint16_t)fs->np;
  }
}

/* Upvalue j of f captures a variable never assigned after its declaration: so do the upvalues
 * of f's nested functions that are f's upvalue j (all complete: f's body has ended). */
static void parse_uvimmutable(Proto *f, int j) {
  int i, m;
  f->uvdesc[j] |= UV_IMMUTABLE;
  for (i = 0; i < f->sizep; i++) {
    Proto *c = f->p[i];
    for (m = 0; m < c->nups; m++)
      if (c->uvdesc[m] == j) parse_uvimmutable(c, m);
  }
}

/* The local in register r goes out of scope. If nothing assigned to it after its declaration,
 * the nested functions made in its scope that capture it capture a value that never changes. */
static void parse_removevars(FuncState *fs, int tolevel) {
  while (fs->nactvar > tolevel) {
    int r = --fs->nactvar, i, j;
    parse_getlocvar(fs, r)->endpc = fs->pc;
    if (fs->vwritten[r]) continue;
    for (i = fs->vchild[r]; i < fs->np; i++) {
      Proto *c = fs->f->p[i];
      for (j = 0; j < c->nups; j++)
        if (c->uvdesc[j] == (UV_LOCAL | r)) parse_uvimmutable(c, j);
    }
  }
}

/* An assignment to variable v: a local of this function, or through upvalues one of an
 * enclosing function (whose scope is still open). */
static void parse_markwritten(FuncState *fs, const ExpDesc *v) {
  if (v->k == EK_LOCAL) {
    fs->vwritten[v->u.s.info] = 1;
  } else if (v->k == EK_UPVAL) {
    int d = v->u.s.info;
    while (fs->prev) {
      d = fs->f->uvdesc[d];
      fs = fs->prev;
      if (d & UV_LOCAL) { fs->vwritten[UV_INDEX(d)] = 1; return; }
      d = UV_INDEX(d);
    }
  }
}

/* ---- variables and upvalues ---- */

static int parse_searchvar(FuncState *fs, Str *n) {
  int i;
  for (i = fs->nactvar - 1; i >= 0; i--)
    if (parse_getlocvar(fs, i)->name == n) return i;
  return -1;
}

/* The local in register `level` is captured: its block must close it. */
static void parse_markupval(FuncState *fs, int level) {
  BlockScope *bl = fs->bl;
  while (bl && bl->nactvar > level) bl = bl->prev;
  if (bl) bl->upval = 1;
  else fs->upval = 1;
}

static int parse_upvalindex(FuncState *fs, Str *name, ExpDesc *v) {
  lua_State *L = fs->ls->L;
  Proto *f = fs->f;
  int i, n = f->nups;
  uint16_t desc = (uint16_t)(v->k == EK_LOCAL ? (UV_LOCAL | v->u.s.info) : v->u.s.info);
  for (i = 0; i < n; i++)
    if (f->uvdesc[i] == desc) return i;
  parse_checklimit(fs, n + 1, CG_MAXUPVALS, "upvalues");
  /* exact-size arrays: sizeupvalues always equals nups */
  mem_reallocvec(L, f->upvalnames, n, n + 1, Str *);
  mem_reallocvec(L, f->uvdesc, n, n + 1, uint16_t);
  f->upvalnames[n] = name;
  gc_objbarrier(L, f, name);
  f->uvdesc[n] = desc;
  f->sizeupvalues = n + 1;
  f->nups = (uint8_t)(n + 1);
  return n;
}

static ExpKind parse_singlevaraux(FuncState *fs, Str *n, ExpDesc *var, int base) {
  int v;
  if (fs == NULL) {
    cg_initexp(var, EK_GLOBAL, 0);
    return EK_GLOBAL;
  }
  v = parse_searchvar(fs, n);
  if (v >= 0) {
    cg_initexp(var, EK_LOCAL, v);
    if (!base) parse_markupval(fs, v);
    return EK_LOCAL;
  }
  if (parse_singlevaraux(fs->prev, n, var, 0) == EK_GLOBAL) return EK_GLOBAL;
  var->u.s.info = parse_upvalindex(fs, n, var);
  var->k = EK_UPVAL;
  return EK_UPVAL;
}

static void parse_singlevar(LexState *ls, ExpDesc *var) {
  Str *name = parse_checkname(ls);
  FuncState *fs = ls->fs;
  if (parse_singlevaraux(fs, name, var, 1) == EK_GLOBAL) var->u.s.info = cg_strk(fs, name);
}

/* Adjusts the values of an expression list to nvars (multiple results fill the gap). */
static void parse_adjustassign(LexState *ls, int nvars, int nexps, ExpDesc *e) {
  FuncState *fs = ls->fs;
  int extra = nvars - nexps;
  if (e->k == EK_CALL || e->k == EK_VARARG) {
    extra++;   /* the call itself */
    if (extra < 0) extra = 0;
    cg_setreturns(fs, e, extra);
    if (extra > 1) cg_reserve(fs, extra - 1);
  } else {
    if (e->k != EK_VOID) cg_exp2nextreg(fs, e);
    if (extra > 0) {
      int reg = fs->freereg;
      cg_reserve(fs, extra);
      cg_nil(fs, reg, extra);
    }
  }
}

/* ---- blocks ---- */

static void parse_enterblock(FuncState *fs, BlockScope *bl, int isloop) {
  bl->breaklist = CG_NO_JUMP;
  bl->isloop = (uint8_t)isloop;
  bl->nactvar = fs->nactvar;
  bl->upval = 0;
  bl->innerupval = 0;
  bl->prev = fs->bl;
  bl->glstart = fs->ls->ngl;
  fs->bl = bl;
  assert(fs->freereg == fs->nactvar);
}

/* ---- goto and labels ---- */

static int parse_newgl(LexState *ls, Str *name, int pc, int line, int islabel) {
  GotoLabel *g;
  if (ls->ngl == ls->szgl) {
    int nsize = ls->szgl ? 2 * ls->szgl : 16;
    mem_reallocvec(ls->L, ls->gl, ls->szgl, nsize, GotoLabel);
    ls->szgl = nsize;
  }
  g = &ls->gl[ls->ngl];
  g->name = name;
  g->pc = pc;
  g->line = line;
  g->nactvar = ls->fs->nactvar;
  g->islabel = islabel;
  return ls->ngl++;
}

static int parse_glstart(FuncState *fs) {
  return fs->bl ? fs->bl->glstart : fs->glstart;
}

static _Noreturn void parse_glerror(LexState *ls, int line, const char *msg) {
  ls->line = line;
  lex_error(ls, msg, 0);
}

/* The goto leaves captured locals of registers >= level: its jump closes them first. Jumps
 * chained to the goto (landing on it) now land on the UCLO. */
static void parse_gotoclose(FuncState *fs, GotoLabel *g, int level) {
  Instr *ip = &fs->f->code[g->pc];
  if (bc_op(*ip) == BC_JMP) {
    int next = bc_sd(*ip) == CG_NO_JUMP ? CG_NO_JUMP : g->pc + 1 + bc_sd(*ip);
    bc_setop(*ip, BC_UCLO);
    bc_seta(*ip, level);
    bc_setd(*ip, BC_BIAS_J + CG_NO_JUMP);
    if (next != CG_NO_JUMP) cg_patchlist(fs, next, g->pc);
  } else if (bc_a(*ip) > level) {
    bc_seta(*ip, level);
  }
}

/* A label at gl[idx] resolves the gotos before it in its block (forward jumps). */
static void parse_resolvelabel(LexState *ls, int idx) {
  FuncState *fs = ls->fs;
  GotoLabel *lb = &ls->gl[idx];
  int i;
  for (i = parse_glstart(fs); i < idx; i++) {
    GotoLabel *g = &ls->gl[i];
    if (g->islabel || g->name != lb->name) continue;
    if (g->nactvar < lb->nactvar) {
      Str *local = parse_getlocvar(fs, g->nactvar)->name;
      parse_glerror(ls, g->line, str_pushfstring(ls->L, "<goto %s> jumps into the scope of local '%s'",
                                                 str_data(g->name), str_data(local)));
    }
    cg_patchlist(fs, g->pc, lb->pc);
    g->name = NULL;
  }
}

/* End of a block (bl) or of the function (bl == NULL, level 0): its labels resolve the gotos
 * after them (backward jumps) and go out of scope; pending gotos move to the enclosing block, or
 * are an error at the function's end. The entries are then dropped. */
static void parse_fixgotos(LexState *ls, BlockScope *bl) {
  FuncState *fs = ls->fs;
  int start = bl ? bl->glstart : fs->glstart, i, j, n;
  int upval = bl ? bl->upval : fs->upval, level = bl ? bl->nactvar : 0;
  for (i = start; i < ls->ngl; i++) {
    GotoLabel *g = &ls->gl[i];
    if (g->name == NULL) continue;
    if (g->islabel) {
      for (j = i + 1; j < ls->ngl; j++) {
        GotoLabel *gj = &ls->gl[j];
        if (gj->islabel || gj->name != g->name) continue;
        if (upval && gj->nactvar > g->nactvar) parse_gotoclose(fs, gj, g->nactvar);
        cg_patchlist(fs, gj->pc, g->pc);
        gj->name = NULL;
      }
      g->name = NULL;
    }
  }
  for (i = start, n = start; i < ls->ngl; i++) {
    GotoLabel *g = &ls->gl[i];
    if (g->name == NULL) continue;
    if (!bl)
      parse_glerror(ls, g->line, str_pushfstring(ls->L, "undefined label '%s'", str_data(g->name)));
    if (upval && g->nactvar > level) parse_gotoclose(fs, g, level);
    if (g->nactvar > level) g->nactvar = level;
    ls->gl[n++] = *g;
  }
  ls->ngl = n;
}

static void parse_gotostat(LexState *ls) {
  FuncState *fs = ls->fs;
  int line = ls->line;
  Str *name;
  lex_next(ls);   /* skip `goto` */
  name = parse_checkname(ls);
  parse_newgl(ls, name, cg_jump(fs), line, 0);
}

static int parse_blockfollow(int tok);

/* ::name:: followed by further labels; a label that ends its block (not before `until`) is
 * outside the scope of the block's locals, so a goto may skip them to reach it (5.2's rule). */
static void parse_labelstat(LexState *ls) {
  FuncState *fs = ls->fs;
  Str *name;
  int i, idx;
  lex_next(ls);   /* skip '::' */
  name = parse_checkname(ls);
  for (i = parse_glstart(fs); i < ls->ngl; i++)
    if (ls->gl[i].islabel && ls->gl[i].name == name)
      lex_error(ls, str_pushfstring(ls->L, "duplicate label '%s'", str_data(name)), 0);
  idx = parse_newgl(ls, name, cg_label(fs), ls->line, 1);
  parse_checknext(ls, TK_DBCOLON);
  while (ls->t.tok == TK_DBCOLON) {
    parse_enterlevel(ls);
    parse_labelstat(ls);
    parse_leavelevel(ls);
  }
  if (parse_blockfollow(ls->t.tok) && ls->t.tok != TK_UNTIL)
    ls->gl[idx].nactvar = fs->bl ? fs->bl->nactvar : 0;
  parse_resolvelabel(ls, idx);
}

/* `goto` is a name in Lua 5.1: it starts a goto statement only when a name other than `goto`
 * follows (as LuaJIT decides), so `goto = 1` and `goto.x()` keep their 5.1 meaning. */
static int parse_isgoto(LexState *ls) {
  Str *s;
  if (ls->t.tok != TK_NAME) return 0;
  s = ls->t.u.str;
  if (s->len != 4 || memcmp(str_data(s), "goto", 4) != 0) return 0;
  if (ls->ahead.tok == LEX_NO_AHEAD) lex_lookahead(ls);
  return ls->ahead.tok == TK_NAME && ls->ahead.u.str != s;
}

static void parse_leaveblock(FuncState *fs) {
  BlockScope *bl = fs->bl;
  fs->bl = bl->prev;
  parse_removevars(fs, bl->nactvar);
  if (bl->upval) cg_emitAD(fs, BC_CLOSE, bl->nactvar, 0);
  if (bl->upval) bl->innerupval = 1;
  if (bl->innerupval && bl->prev) bl->prev->innerupval = 1;
  fs->freereg = fs->nactvar;
  parse_fixgotos(fs->ls, bl);
  cg_patchtohere(fs, bl->breaklist);
  if (bl->breaklist != CG_NO_JUMP && bl->innerupval) {   /* breaks leave captured locals */
    cg_emitAD(fs, BC_CLOSE, bl->nactvar, 0);
    cg_linenext(fs);   /* 5.1 closes at the break and jumps to the next statement */
  }
}

/* ---- functions ---- */

static void parse_statlist(LexState *ls);
static void parse_expr(LexState *ls, ExpDesc *v);

static void parse_openfunc(LexState *ls, FuncState *fs) {
  cg_open(ls, fs);
}

static void parse_closefunc(LexState *ls) {
  parse_fixgotos(ls, NULL);
  parse_removevars(ls->fs, 0);
  cg_close(ls);
}

/* The closed function is already the enclosing one's last nested prototype (cg_open). */
static void parse_pushclosure(LexState *ls, FuncState *child, ExpDesc *v) {
  FuncState *fs = ls->fs;
  assert(fs->np > 0 && fs->f->p[fs->np - 1] == child->f);
  (void)child;
  cg_initexp(v, EK_RELOC, cg_emitAD(fs, BC_CLOSURE, 0, fs->np - 1));
}

static void parse_parlist(LexState *ls) {
  FuncState *fs = ls->fs;
  Proto *f = fs->f;
  int nparams = 0;
  f->flags = 0;
  if (ls->t.tok != ')') {
    do {
      if (ls->t.tok == TK_NAME) {
        parse_newlocal(ls, parse_checkname(ls), nparams++);
      } else if (ls->t.tok == TK_DOTS) {
        lex_next(ls);
        /* 5.1 compatibility: the extra arguments are also in a local table `arg` */
        parse_newlocallit(ls, "arg", nparams++);
        f->flags = PROTO_VARARG | PROTO_NEEDSARG;
      } else {
        lex_syntaxerror(ls, "<name> or '...' expected");
      }
    } while (!(f->flags & PROTO_VARARG) && parse_testnext(ls, ','));
  }
  parse_adjustlocals(ls, nparams);
  f->numparams = (uint8_t)(fs->nactvar - ((f->flags & PROTO_VARARG) ? 1 : 0));
  cg_reserve(fs, fs->nactvar);
}

/* body -> '(' parlist ')' statlist END */
static void parse_body(LexState *ls, ExpDesc *e, int needself, int line) {
  FuncState nfs;
  parse_openfunc(ls, &nfs);
  nfs.f->linedefined = line;
  parse_checknext(ls, '(');
  if (needself) {
    parse_newlocallit(ls, "self", 0);
    parse_adjustlocals(ls, 1);
  }
  parse_parlist(ls);
  parse_checknext(ls, ')');
  parse_statlist(ls);
  nfs.f->lastlinedefined = ls->line;
  parse_checkmatch(ls, TK_END, TK_FUNCTION, line);
  parse_closefunc(ls);
  parse_pushclosure(ls, &nfs, e);
}

/* ---- expressions ---- */

static int parse_explist(LexState *ls, ExpDesc *v) {
  int n = 1;
  parse_expr(ls, v);
  while (parse_testnext(ls, ',')) {
    cg_exp2nextreg(ls->fs, v);
    parse_expr(ls, v);
    n++;
  }
  return n;
}

typedef struct ConsControl {
  ExpDesc v;       /* last list item read */
  ExpDesc *t;      /* the table */
  int nh;          /* record items */
  int na;          /* list items */
  int tostore;     /* list items pending for SETLIST */
} ConsControl;

static void parse_constructor(LexState *ls, ExpDesc *t);

static void parse_funcargs(LexState *ls, ExpDesc *f) {
  FuncState *fs = ls->fs;
  ExpDesc args;
  int base, nparams, line = ls->line;
  switch (ls->t.tok) {
    case '(':
      if (line != ls->lastline)
        lex_syntaxerror(ls, "ambiguous syntax (function call x new statement)");
      lex_next(ls);
      if (ls->t.tok == ')') {
        cg_initexp(&args, EK_VOID, 0);
      } else {
        parse_explist(ls, &args);
        cg_setmultret(fs, &args);
      }
      parse_checkmatch(ls, ')', '(', line);
      break;
    case '{':
      parse_constructor(ls, &args);
      break;
    case TK_STRING:
      parse_strexp(&args, ls->t.u.str);
      lex_next(ls);
      break;
    default:
      lex_syntaxerror(ls, "function arguments expected");
  }
  assert(f->k == EK_NONRELOC);
  base = f->u.s.info;
  if (args.k == EK_CALL || args.k == EK_VARARG) {
    nparams = CG_MULTRET;   /* open call: arguments up to top */
  } else {
    if (args.k != EK_VOID) cg_exp2nextreg(fs, &args);
    nparams = fs->freereg - (base + 1);
  }
  cg_initexp(f, EK_CALL, cg_emitABC(fs, BC_CALL, base, nparams + 1, 2));
  cg_fixline(fs, line);
  fs->freereg = base + 1;   /* the call leaves one result unless told otherwise */
}

/* prefixexp -> NAME | '(' expr ')' */
static void parse_prefixexp(LexState *ls, ExpDesc *v) {
  if (ls->t.tok == '(') {
    int line = ls->line;
    lex_next(ls);
    parse_expr(ls, v);
    parse_checkmatch(ls, ')', '(', line);
    cg_dischargevars(ls->fs, v);   /* parentheses truncate to one value */
  } else if (ls->t.tok == TK_NAME) {
    parse_singlevar(ls, v);
  } else {
    lex_syntaxerror(ls, "unexpected symbol");
  }
}

static void parse_field(LexState *ls, ExpDesc *v) {
  ExpDesc key;
  cg_exp2anyreg(ls->fs, v);
  lex_next(ls);   /* '.' or ':' */
  parse_strexp(&key, parse_checkname(ls));
  cg_indexed(ls->fs, v, &key);
}

static void parse_yindex(LexState *ls, ExpDesc *v) {
  lex_next(ls);   /* '[' */
  parse_expr(ls, v);
  cg_exp2val(ls->fs, v);
  parse_checknext(ls, ']');
}

/* primaryexp -> prefixexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs } */
static void parse_primaryexp(LexState *ls, ExpDesc *v) {
  FuncState *fs = ls->fs;
  parse_prefixexp(ls, v);
  for (;;) {
    switch (ls->t.tok) {
      case '.':
        parse_field(ls, v);
        break;
      case '[': {
        ExpDesc key;
        cg_exp2anyreg(fs, v);
        parse_yindex(ls, &key);
        cg_indexed(fs, v, &key);
        break;
      }
      case ':': {
        ExpDesc key;
        lex_next(ls);
        parse_strexp(&key, parse_checkname(ls));
        cg_self(fs, v, &key);
        parse_funcargs(ls, v);
        break;
      }
      case '(': case TK_STRING: case '{':
        cg_exp2nextreg(fs, v);
        parse_funcargs(ls, v);
        break;
      default:
        return;
    }
  }
}

static void parse_simpleexp(LexState *ls, ExpDesc *v) {
  FuncState *fs = ls->fs;
  switch (ls->t.tok) {
    case TK_NUMBER:
      cg_initexp(v, EK_NUM, 0);
      v->u.num = ls->t.u.num;
      break;
    case TK_STRING:
      parse_strexp(v, ls->t.u.str);
      break;
    case TK_NIL: cg_initexp(v, EK_NIL, 0); break;
    case TK_TRUE: cg_initexp(v, EK_TRUE, 0); break;
    case TK_FALSE: cg_initexp(v, EK_FALSE, 0); break;
    case TK_DOTS:
      parse_checkcond(ls, fs->f->flags & PROTO_VARARG,
                      "cannot use '...' outside a vararg function");
      fs->f->flags &= (uint8_t)~PROTO_NEEDSARG;   /* uses ..., so no `arg` table */
      cg_initexp(v, EK_VARARG, cg_emitABC(fs, BC_VARARG, 0, 1, 0));
      break;
    case '{':
      parse_constructor(ls, v);
      return;
    case TK_FUNCTION:
      lex_next(ls);
      parse_body(ls, v, 0, ls->line);
      return;
    default:
      parse_primaryexp(ls, v);
      return;
  }
  lex_next(ls);
}

static UnOpr parse_unopr(int tok) {
  switch (tok) {
    case TK_NOT: return OPR_NOT;
    case '-': return OPR_MINUS;
    case '#': return OPR_LEN;
    default: return OPR_NOUNOPR;
  }
}

static BinOpr parse_binopr(int tok) {
  switch (tok) {
    case '+': return OPR_ADD;
    case '-': return OPR_SUB;
    case '*': return OPR_MUL;
    case '/': return OPR_DIV;
    case '%': return OPR_MOD;
    case '^': return OPR_POW;
    case TK_CONCAT: return OPR_CONCAT;
    case TK_NE: return OPR_NE;
    case TK_EQ: return OPR_EQ;
    case '<': return OPR_LT;
    case TK_LE: return OPR_LE;
    case '>': return OPR_GT;
    case TK_GE: return OPR_GE;
    case TK_AND: return OPR_AND;
    case TK_OR: return OPR_OR;
    default: return OPR_NOBINOPR;
  }
}

static const struct { uint8_t left, right; } parse_priority[] = {   /* in BinOpr order */
  {6, 6}, {6, 6}, {7, 7}, {7, 7}, {7, 7},   /* + - * / % */
  {10, 9}, {5, 4},                          /* ^ .. (right associative) */
  {3, 3}, {3, 3},                           /* ~= == */
  {3, 3}, {3, 3}, {3, 3}, {3, 3},           /* < <= > >= */
  {2, 2}, {1, 1}                            /* and or */
};

#define PARSE_UNARY_PRIORITY 8

/* subexpr -> (simpleexp | unop subexpr) { binop subexpr }, where binop binds tighter than
 * limit. Returns the first operator not consumed. */
static BinOpr parse_subexpr(LexState *ls, ExpDesc *v, int limit) {
  BinOpr op;
  UnOpr uop;
  parse_enterlevel(ls);
  uop = parse_unopr(ls->t.tok);
  if (uop != OPR_NOUNOPR) {
    lex_next(ls);
    parse_subexpr(ls, v, PARSE_UNARY_PRIORITY);
    cg_prefix(ls->fs, uop, v);
  } else {
    parse_simpleexp(ls, v);
  }
  op = parse_binopr(ls->t.tok);
  while (op != OPR_NOBINOPR && parse_priority[op].left > limit) {
    ExpDesc v2;
    BinOpr nextop;
    lex_next(ls);
    cg_infix(ls->fs, op, v);
    nextop = parse_subexpr(ls, &v2, parse_priority[op].right);
    cg_posfix(ls->fs, op, v, &v2);
    op = nextop;
  }
  parse_leavelevel(ls);
  return op;
}

static void parse_expr(LexState *ls, ExpDesc *v) {
  parse_subexpr(ls, v, 0);
}

/* ---- table constructors ---- */

/* recfield -> (NAME | '[' exp ']') '=' exp */
static void parse_recfield(LexState *ls, ConsControl *cc) {
  FuncState *fs = ls->fs;
  int reg = fs->freereg;
  ExpDesc tab, key, val;
  if (ls->t.tok == TK_NAME) {
    parse_checklimit(fs, cc->nh, INT_MAX - 2, "items in a constructor");
    parse_strexp(&key, parse_checkname(ls));
  } else {
    parse_yindex(ls, &key);
  }
  cc->nh++;
  parse_checknext(ls, '=');
  tab = *cc->t;
  cg_indexed(fs, &tab, &key);
  parse_expr(ls, &val);
  cg_storevar(fs, &tab, &val);
  fs->freereg = reg;
}

static void parse_closelistfield(FuncState *fs, ConsControl *cc) {
  if (cc->v.k == EK_VOID) return;
  cg_exp2nextreg(fs, &cc->v);
  cc->v.k = EK_VOID;
  if (cc->tostore == BC_SETLIST_PER_FLUSH) {
    cg_setlist(fs, cc->t->u.s.info, cc->na, cc->tostore);
    cc->tostore = 0;
  }
}

/* Returns 1 when the last item is a call or `...` (any number of values). */
static int parse_lastlistfield(FuncState *fs, ConsControl *cc) {
  if (cc->tostore == 0) return 0;
  if (cc->v.k == EK_CALL || cc->v.k == EK_VARARG) {
    cg_setmultret(fs, &cc->v);
    cg_setlist(fs, cc->t->u.s.info, cc->na, CG_MULTRET);
    cc->na--;   /* its count is unknown */
    return 1;
  }
  if (cc->v.k != EK_VOID) cg_exp2nextreg(fs, &cc->v);
  cg_setlist(fs, cc->t->u.s.info, cc->na, cc->tostore);
  return 0;
}

static void parse_listfield(LexState *ls, ConsControl *cc) {
  parse_expr(ls, &cc->v);
  /* SETLIST's block number must fit in a data word */
  parse_checklimit(ls->fs, cc->na, BC_MAXDATA * BC_SETLIST_PER_FLUSH - 1, "items in a constructor");
  cc->na++;
  cc->tostore++;
}

static void parse_constructor(LexState *ls, ExpDesc *t) {
  FuncState *fs = ls->fs;
  int line = ls->line;
  int pc = cg_emitABC(fs, BC_TNEW, 0, 0, 0);
  int narray;
  ConsControl cc;
  cc.na = cc.nh = cc.tostore = 0;
  cc.t = t;
  cg_initexp(t, EK_RELOC, pc);
  cg_initexp(&cc.v, EK_VOID, 0);
  cg_exp2nextreg(fs, t);
  parse_checknext(ls, '{');
  do {
    if (ls->t.tok == '}') break;
    parse_closelistfield(fs, &cc);
    if (ls->t.tok == TK_NAME) {
      if (lex_lookahead(ls) != '=') parse_listfield(ls, &cc);
      else parse_recfield(ls, &cc);
    } else if (ls->t.tok == '[') {
      parse_recfield(ls, &cc);
    } else {
      parse_listfield(ls, &cc);
    }
  } while (parse_testnext(ls, ',') || parse_testnext(ls, ';'));
  parse_checkmatch(ls, '}', '{', line);
  /* The array size hint counts a trailing call or `...` as one value, its usual count: then
   * {f(x), f(y)} gets its array (in the table's own block) at once, not on a resize. */
  narray = parse_lastlistfield(fs, &cc);
  narray += cc.na;
  bc_setb(fs->f->code[pc], narray > 255 ? 255 : narray);
  bc_setc(fs->f->code[pc], cc.nh > 255 ? 255 : cc.nh);
}

/* ---- statements ---- */

static int parse_blockfollow(int tok) {
  switch (tok) {
    case TK_ELSE: case TK_ELSEIF: case TK_END: case TK_UNTIL: case TK_EOS:
      return 1;
    default:
      return 0;
  }
}

static void parse_block(LexState *ls) {
  FuncState *fs = ls->fs;
  BlockScope bl;
  parse_enterblock(fs, &bl, 0);
  parse_statlist(ls);
  assert(bl.breaklist == CG_NO_JUMP);
  parse_leaveblock(fs);
}

/* Condition of if/while/until: returns the jumps taken when it is false. */
static int parse_cond(LexState *ls) {
  ExpDesc v;
  parse_expr(ls, &v);
  if (v.k == EK_NIL) v.k = EK_FALSE;
  cg_goiftrue(ls->fs, &v);
  return v.f;
}

static void parse_breakstat(LexState *ls) {
  FuncState *fs = ls->fs;
  BlockScope *bl = fs->bl;
  while (bl && !bl->isloop) bl = bl->prev;
  if (!bl) lex_syntaxerror(ls, "no loop to break");
  cg_concat(fs, &bl->breaklist, cg_jump(fs));
}

static void parse_whilestat(LexState *ls, int line) {
  FuncState *fs = ls->fs;
  int init, loop, condexit;
  BlockScope bl;
  lex_next(ls);
  init = cg_label(fs);
  loop = cg_emitAD(fs, BC_LOOP, fs->nactvar, BC_BIAS_J);
  cg_linenext(fs);
  condexit = parse_cond(ls);
  parse_enterblock(fs, &bl, 1);
  parse_checknext(ls, TK_DO);
  parse_block(ls);
  cg_patchlist(fs, cg_jump(fs), init);
  parse_checkmatch(ls, TK_END, TK_WHILE, line);
  parse_leaveblock(fs);
  cg_patchtohere(fs, condexit);
  cg_fixjump(fs, loop, fs->pc);   /* LOOP's operand: the loop exit (for tools and the JIT) */
}

static void parse_repeatstat(LexState *ls, int line) {
  FuncState *fs = ls->fs;
  int init, loop, condexit;
  BlockScope bl1, bl2;
  parse_enterblock(fs, &bl1, 1);   /* loop block */
  parse_enterblock(fs, &bl2, 0);   /* scope block: the condition sees the body's locals */
  lex_next(ls);
  init = cg_label(fs);
  loop = cg_emitAD(fs, BC_LOOP, fs->nactvar, BC_BIAS_J);
  cg_linenext(fs);
  parse_statlist(ls);
  parse_checkmatch(ls, TK_UNTIL, TK_REPEAT, line);
  condexit = parse_cond(ls);
  if (!bl2.upval) {
    parse_leaveblock(fs);
    cg_patchlist(fs, condexit, init);
  } else {
    /* captured locals: close them on both paths (exit via break, repeat via the CLOSE of
     * leaving the scope) */
    parse_breakstat(ls);
    cg_patchtohere(fs, condexit);
    parse_leaveblock(fs);
    cg_patchlist(fs, cg_jump(fs), init);
  }
  parse_leaveblock(fs);
  cg_fixjump(fs, loop, fs->pc);
}

static void parse_exp1(LexState *ls) {
  ExpDesc e;
  parse_expr(ls, &e);
  cg_exp2nextreg(ls->fs, &e);
}

static void parse_forbody(LexState *ls, int base, int line, int nvars, int isnum) {
  FuncState *fs = ls->fs;
  BlockScope bl;
  int prep, endfor, loop = -1;
  parse_adjustlocals(ls, 3);   /* control variables */
  parse_checknext(ls, TK_DO);
  prep = isnum ? cg_emitAD(fs, BC_FORPREP, base, BC_BIAS_J) : cg_jump(fs);
  parse_enterblock(fs, &bl, 0);
  parse_adjustlocals(ls, nvars);
  /* The loop's variables get a new value each iteration (its closures, each their own
   * upvalue: taken as assigned all the same). */
  memset(fs->vwritten + fs->nactvar - nvars, 1, (size_t)nvars);
  cg_reserve(fs, nvars);
  if (!isnum) {
    /* The generic for's back edge (TFORLOOP) jumps here: a LOOP that counts its iterations
     * for the JIT, as a while loop's does (A: the active locals, the loop's variables too). */
    loop = cg_emitAD(fs, BC_LOOP, fs->nactvar, BC_BIAS_J);
    cg_linenext(fs);
  }
  parse_block(ls);
  parse_leaveblock(fs);
  if (isnum) {
    endfor = cg_emitAD(fs, BC_FORLOOP, base, BC_BIAS_J);
    cg_fixline(fs, line);
    cg_fixjump(fs, endfor, prep + 1);
    cg_fixjump(fs, prep, endfor + 1);
  } else {
    cg_patchtohere(fs, prep);
    cg_emitABC(fs, BC_TFORCALL, base, 0, nvars);
    cg_fixline(fs, line);
    endfor = cg_emitAD(fs, BC_TFORLOOP, base, BC_BIAS_J);
    cg_fixline(fs, line);
    cg_fixjump(fs, endfor, prep + 1);
    cg_fixjump(fs, loop, fs->pc);   /* LOOP's operand: the loop exit */
  }
  cg_label(fs);
}

/* fornum -> NAME = exp1, exp1 [, exp1] forbody */
static void parse_fornum(LexState *ls, Str *varname, int line) {
  FuncState *fs = ls->fs;
  int base = fs->freereg;
  parse_newlocallit(ls, "(for index)", 0);
  parse_newlocallit(ls, "(for limit)", 1);
  parse_newlocallit(ls, "(for step)", 2);
  parse_newlocal(ls, varname, 3);
  parse_checknext(ls, '=');
  parse_exp1(ls);
  parse_checknext(ls, ',');
  parse_exp1(ls);
  if (parse_testnext(ls, ',')) {
    parse_exp1(ls);
  } else {
    cg_emitAD(fs, BC_KSHORT, fs->freereg, 1 + BC_BIAS_J);
    cg_reserve(fs, 1);
  }
  parse_forbody(ls, base, line, 1, 1);
}

/* forlist -> NAME {, NAME} IN explist forbody */
static void parse_forlist(LexState *ls, Str *indexname) {
  FuncState *fs = ls->fs;
  ExpDesc e;
  int nvars = 0, line, base = fs->freereg;
  parse_newlocallit(ls, "(for generator)", nvars++);
  parse_newlocallit(ls, "(for state)", nvars++);
  parse_newlocallit(ls, "(for control)", nvars++);
  parse_newlocal(ls, indexname, nvars++);
  while (parse_testnext(ls, ',')) parse_newlocal(ls, parse_checkname(ls), nvars++);
  parse_checknext(ls, TK_IN);
  line = ls->line;
  parse_adjustassign(ls, 3, parse_explist(ls, &e), &e);
  cg_checkstack(fs, 3);   /* room to call the generator */
  parse_forbody(ls, base, line, nvars - 3, 0);
}

static void parse_forstat(LexState *ls, int line) {
  FuncState *fs = ls->fs;
  Str *varname;
  BlockScope bl;
  parse_enterblock(fs, &bl, 1);   /* loop and control variables */
  lex_next(ls);
  varname = parse_checkname(ls);
  switch (ls->t.tok) {
    case '=': parse_fornum(ls, varname, line); break;
    case ',': case TK_IN: parse_forlist(ls, varname); break;
    default: lex_syntaxerror(ls, "'=' or 'in' expected");
  }
  parse_checkmatch(ls, TK_END, TK_FOR, line);
  parse_leaveblock(fs);
}

/* IF/ELSEIF cond THEN block: returns the jumps taken when cond is false */
static int parse_testthenblock(LexState *ls) {
  int condexit;
  lex_next(ls);
  condexit = parse_cond(ls);
  parse_checknext(ls, TK_THEN);
  parse_block(ls);
  return condexit;
}

static void parse_ifstat(LexState *ls, int line) {
  FuncState *fs = ls->fs;
  int flist, escapelist = CG_NO_JUMP;
  flist = parse_testthenblock(ls);
  while (ls->t.tok == TK_ELSEIF) {
    cg_concat(fs, &escapelist, cg_jump(fs));
    cg_patchtohere(fs, flist);
    flist = parse_testthenblock(ls);
  }
  if (ls->t.tok == TK_ELSE) {
    cg_concat(fs, &escapelist, cg_jump(fs));
    cg_patchtohere(fs, flist);
    lex_next(ls);   /* after the patch, for the line info */
    parse_block(ls);
  } else {
    cg_concat(fs, &escapelist, flist);
  }
  cg_patchtohere(fs, escapelist);
  parse_checkmatch(ls, TK_END, TK_IF, line);
}

static void parse_localfunc(LexState *ls) {
  FuncState *fs = ls->fs;
  ExpDesc v, b;
  parse_newlocal(ls, parse_checkname(ls), 0);
  cg_initexp(&v, EK_LOCAL, fs->freereg);
  cg_reserve(fs, 1);
  parse_adjustlocals(ls, 1);   /* visible inside its own body (recursion) */
  parse_body(ls, &b, 0, ls->line);
  cg_storevar(fs, &v, &b);
  parse_getlocvar(fs, fs->nactvar - 1)->startpc = fs->pc;   /* debug info sees it from here */
}

static void parse_localstat(LexState *ls) {
  int nvars = 0, nexps;
  ExpDesc e;
  do {
    parse_newlocal(ls, parse_checkname(ls), nvars++);
  } while (parse_testnext(ls, ','));
  if (parse_testnext(ls, '=')) {
    nexps = parse_explist(ls, &e);
  } else {
    cg_initexp(&e, EK_VOID, 0);
    nexps = 0;
  }
  parse_adjustassign(ls, nvars, nexps, &e);
  parse_adjustlocals(ls, nvars);
}

/* funcname -> NAME {'.' NAME} [':' NAME]; returns whether it is a method */
static int parse_funcname(LexState *ls, ExpDesc *v) {
  int needself = 0;
  parse_singlevar(ls, v);
  while (ls->t.tok == '.') parse_field(ls, v);
  if (ls->t.tok == ':') {
    needself = 1;
    parse_field(ls, v);
  }
  return needself;
}

static void parse_funcstat(LexState *ls, int line) {
  FuncState *fs;
  ExpDesc v, b;
  Instr last;
  int needself;
  lex_next(ls);
  needself = parse_funcname(ls, &v);
  parse_body(ls, &b, needself, line);
  fs = ls->fs;
  cg_storevar(fs, &v, &b);
  /* The definition "happens" on the first line: 5.1 gives it to the last instruction, which is
     the store, or for a local the CLOSURE, unless the closure has upvalues (then it is 5.1's
     last upvalue pseudo-instruction, never traced: CLOSURE keeps the line of `end`). */
  last = fs->f->code[fs->pc - 1];
  if (bc_op(last) != BC_CLOSURE || fs->f->p[bc_d(last)]->nups == 0) cg_fixline(fs, line);
}

typedef struct LHS {
  struct LHS *prev;
  ExpDesc v;
} LHS;

/* A local assigned in a multiple assignment may be the table or key of an earlier target: that
 * target must use a copy taken before any store. */
static void parse_checkconflict(LexState *ls, LHS *lh, ExpDesc *v) {
  FuncState *fs = ls->fs;
  int extra = fs->freereg, conflict = 0;
  for (; lh; lh = lh->prev) {
    if (lh->v.k != EK_INDEXED) continue;
    if (lh->v.u.s.info == v->u.s.info) {
      conflict = 1;
      lh->v.u.s.info = extra;
    }
    if (lh->v.u.s.kind == IDX_REG && lh->v.u.s.aux == v->u.s.info) {
      conflict = 1;
      lh->v.u.s.aux = extra;
    }
  }
  if (conflict) {
    cg_emitAD(fs, BC_MOV, fs->freereg, v->u.s.info);
    cg_reserve(fs, 1);
  }
}

static void parse_assignment(LexState *ls, LHS *lh, int nvars) {
  ExpDesc e;
  parse_checkcond(ls, lh->v.k >= EK_LOCAL && lh->v.k <= EK_INDEXED, "syntax error");
  parse_markwritten(ls->fs, &lh->v);
  if (parse_testnext(ls, ',')) {
    LHS nv;
    nv.prev = lh;
    parse_primaryexp(ls, &nv.v);
    if (nv.v.k == EK_LOCAL) parse_checkconflict(ls, lh, &nv.v);
    parse_checklimit(ls->fs, nvars, CG_MAXLEVELS - ls->level, "variables in assignment");
    parse_assignment(ls, &nv, nvars + 1);
  } else {
    int nexps;
    parse_checknext(ls, '=');
    nexps = parse_explist(ls, &e);
    if (nexps == nvars) {
      cg_setoneret(ls->fs, &e);
      cg_storevar(ls->fs, &lh->v, &e);
      return;
    }
    parse_adjustassign(ls, nvars, nexps, &e);
    if (nexps > nvars) ls->fs->freereg -= nexps - nvars;   /* drop the extra values */
  }
  cg_initexp(&e, EK_NONRELOC, ls->fs->freereg - 1);   /* values are stored from the top down */
  cg_storevar(ls->fs, &lh->v, &e);
}

static void parse_exprstat(LexState *ls) {
  FuncState *fs = ls->fs;
  LHS v;
  parse_primaryexp(ls, &v.v);
  if (v.v.k == EK_CALL) {
    bc_setc(cg_instr(fs, &v.v), 1);   /* a call statement keeps no results */
  } else {
    v.prev = NULL;
    parse_assignment(ls, &v, 1);
  }
}

static void parse_retstat(LexState *ls) {
  FuncState *fs = ls->fs;
  ExpDesc e;
  int first, nret;
  if (parse_blockfollow(ls->t.tok) || ls->t.tok == ';') {
    first = nret = 0;
  } else {
    nret = parse_explist(ls, &e);
    if (e.k == EK_CALL || e.k == EK_VARARG) {
      cg_setmultret(fs, &e);
      if (e.k == EK_CALL && nret == 1) {
        bc_setop(cg_instr(fs, &e), BC_TAILCALL);
        assert(bc_a(cg_instr(fs, &e)) == fs->nactvar);
      }
      first = fs->nactvar;
      nret = CG_MULTRET;
    } else if (nret == 1) {
      first = cg_exp2anyreg(fs, &e);
    } else {
      cg_exp2nextreg(fs, &e);
      first = fs->nactvar;
      assert(nret == fs->freereg - first);
    }
  }
  cg_ret(fs, first, nret);
}

/* Returns 1 for statements that must end a block (return, break). */
static int parse_statement(LexState *ls) {
  int line = ls->line;
  switch (ls->t.tok) {
    case TK_IF: parse_ifstat(ls, line); return 0;
    case TK_WHILE: parse_whilestat(ls, line); return 0;
    case TK_DO:
      lex_next(ls);
      parse_block(ls);
      parse_checkmatch(ls, TK_END, TK_DO, line);
      return 0;
    case TK_FOR: parse_forstat(ls, line); return 0;
    case TK_REPEAT: parse_repeatstat(ls, line); return 0;
    case TK_FUNCTION: parse_funcstat(ls, line); return 0;
    case TK_LOCAL:
      lex_next(ls);
      if (parse_testnext(ls, TK_FUNCTION)) parse_localfunc(ls);
      else parse_localstat(ls);
      return 0;
    case TK_RETURN:
      lex_next(ls);
      parse_retstat(ls);
      return 1;
    case TK_BREAK:
      lex_next(ls);
      parse_breakstat(ls);
      return 1;
    case TK_DBCOLON:
      parse_labelstat(ls);
      return 0;
    default:
      if (parse_isgoto(ls)) parse_gotostat(ls);
      else parse_exprstat(ls);
      return 0;
  }
}

static void parse_statlist(LexState *ls) {
  int islast = 0;
  parse_enterlevel(ls);
  while (!islast && !parse_blockfollow(ls->t.tok)) {
    FuncState *fs;
    islast = parse_statement(ls);
    parse_testnext(ls, ';');
    fs = ls->fs;
    assert(fs->f->maxstack >= fs->freereg && fs->freereg >= fs->nactvar);
    fs->freereg = fs->nactvar;   /* temporaries die with the statement */
  }
  parse_leavelevel(ls);
}

/* ---- entry point ---- */

typedef struct ParseCall {
  LexState *ls;
  Zio *z;
  const char *chunkname;
  Proto *result;
} ParseCall;

static void parse_main(lua_State *L, void *ud) {
  ParseCall *pc = (ParseCall *)ud;
  LexState *ls = pc->ls;
  FuncState fs;
  Str *source = str_newz(L, pc->chunkname);
  *L->top = val_fromstr(source);   /* anchored until the main Proto holds it */
  state_incrtop(L);
  lex_setinput(L, ls, pc->z, source);
  parse_openfunc(ls, &fs);
  fs.f->flags = PROTO_VARARG;   /* the main chunk is always vararg, without `arg` */
  lex_next(ls);
  parse_statlist(ls);
  parse_check(ls, TK_EOS);
  parse_closefunc(ls);
  L->top[-1] = val_fromproto(fs.f);   /* replaces the source string as the anchor */
  pc->result = fs.f;
}

Proto *parse_chunk(lua_State *L, Zio *z, const char *chunkname) {
  LexState ls;
  ParseCall pc;
  int status;
  memset(&ls, 0, sizeof ls);
  ls.L = L;
  pc.ls = &ls;
  pc.z = z;
  pc.chunkname = chunkname;
  pc.result = NULL;
  /* run protected so the token buffer is freed on errors too; the error is then re-raised */
  status = err_rawrunprotected(L, parse_main, &pc);
  lex_freebuf(&ls);
  if (ls.gl) mem_freevec(L, ls.gl, ls.szgl, GotoLabel);
  if (status != 0) err_throw(L, status);
  return pc.result;
}
