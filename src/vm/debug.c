/*
 * debug.c - what the VM knows about running code, for error messages and the debug API.
 *
 * Variable names in error messages ("attempt to call global 'f'") are recovered from the
 * bytecode: the register holding the bad value is either an active local (named by the locvars
 * table) or was last written by an instruction that says where the value came from (GGET: a
 * global, TGETS: a field, UGET: an upvalue, SELF: a method). The writer is found by a forward scan
 * that gives up when a jump may have skipped it.
 */
#include <string.h>

#include "debug.h"
#include "jit.h"
#include "limit.h"
#include "state.h"
#include "str.h"
#include "tab.h"
#include "func.h"
#include "do.h"
#include "err.h"
#include "meta.h"
#include "opcodes.h"
#include "gc.h"
#include "bclist.h"

/* --- positions --- */

static Proto *ci_proto(CallInfo *ci) { return ci_func(ci)->l.p; }

int dbg_currentpc(lua_State *L, CallInfo *ci) {
  (void)L;
  if (!ci_isLua(ci)) return -1;
  return (int)(ci->savedpc - ci_proto(ci)->code) - 1;
}

int dbg_currentline(lua_State *L, CallInfo *ci) {
  int pc = dbg_currentpc(L, ci);
  Proto *p;
  if (pc < 0) return -1;
  p = ci_proto(ci);
  return p->lineinfo && pc < p->sizelineinfo ? p->lineinfo[pc] : 0;
}

/* --- variable names --- */

/* Does instruction i write register reg? */
static int writes_reg(Instr i, int reg) {
  int a = bc_a(i);
  switch (bc_op(i)) {
    case BC_KNIL: return a <= reg && reg <= bc_d(i);
    case BC_SELF: return reg == a || reg == a + 1;
    case BC_CALL: case BC_TAILCALL: case BC_VARARG: return reg >= a;
    case BC_TFORCALL: return reg >= a + 3;
    case BC_FORPREP: case BC_FORLOOP: return reg >= a && reg <= a + 3;
    case BC_TFORLOOP: return reg == a + 2;
    case BC_ISTC: case BC_ISFC: return reg == a;
    case BC_GSET: case BC_GSETV: case BC_USET: case BC_TSETV: case BC_TSETS: case BC_TSETB: case BC_SETLIST:
    case BC_ISLT: case BC_ISGE: case BC_ISLE: case BC_ISGT: case BC_ISEQV: case BC_ISNEV:
    case BC_ISEQS: case BC_ISNES: case BC_ISEQN: case BC_ISNEN: case BC_ISEQP: case BC_ISNEP:
    case BC_IST: case BC_ISF: case BC_JMP: case BC_LOOP: case BC_RET: case BC_CLOSE: case BC_UCLO:
      return 0;
    default: return reg == a;
  }
}

/* pc of the last instruction before lastpc that wrote reg, or -1, found as Lua 5.1's symbexec
 * finds it (so that error messages name the same variables): the code is walked from the start
 * in order, and a forward jump that does not pass lastpc is taken (the instructions it skips
 * do not count). */
static int findsetreg(const Proto *p, int lastpc, int reg) {
  int pc, setreg = -1;
  for (pc = 0; pc < lastpc; pc++) {
    Instr i = bc_unpatch(p->code[pc]);
    BCOp op = bc_op(i);
    if (bc_isdata(i)) continue;   /* the value of a KWIDE or SETLIST */
    if (writes_reg(i, reg)) setreg = pc;
    if (op == BC_JMP || op == BC_UCLO || op == BC_FORPREP) {
      int dest = pc + 1 + bc_sd(i);
      if (pc < dest && dest <= lastpc) pc = dest - 1;
    }
  }
  return setreg;
}

static const char *kstr(const Proto *p, int idx) {
  if (idx < p->sizek && val_isstr(p->k[idx])) return str_data(val_str(p->k[idx]));
  return "?";
}

static const char *getobjname(lua_State *L, CallInfo *ci, int reg, const char **name) {
  if (ci_isLua(ci)) {
    Proto *p = ci_proto(ci);
    int pc = dbg_currentpc(L, ci);
    int setpc;
    *name = func_getlocalname(p, reg + 1, pc);
    if (*name) return "local";
    setpc = findsetreg(p, pc, reg);
    if (setpc != -1) {
      Instr i = p->code[setpc];
      switch (bc_op(i)) {
        case BC_GGET: *name = kstr(p, bc_d(i)); return "global";
        case BC_GGETV: {   /* the name was loaded by KWIDE into R(D) */
          int ks = findsetreg(p, setpc, bc_d(i));
          *name = ks >= 0 && bc_op(p->code[ks]) == BC_KWIDE && ks + 1 < p->sizecode
                      ? kstr(p, bc_dataval(p->code[ks + 1])) : "?";
          return "global";
        }
        case BC_MOV: {
          int b = bc_d(i);
          if (b < bc_a(i)) return getobjname(L, ci, b, name);
          break;
        }
        case BC_TGETS: *name = kstr(p, bc_c(i)); return "field";
        case BC_TGETV:
          *name = "?";
          /* TGETV A, A+1, A is how a method whose name is past constant 255 is looked up
             (cgexp.c, cg_self); 5.1 names it "method '?'" too */
          return bc_b(i) == bc_a(i) + 1 && bc_c(i) == bc_a(i) ? "method" : "field";
        case BC_TGETB: *name = "?"; return "field";
        case BC_UGET: {
          int u = bc_d(i);
          *name = (p->upvalnames && u < p->sizeupvalues && p->upvalnames[u])
                      ? str_data(p->upvalnames[u]) : "?";
          return "upvalue";
        }
        case BC_SELF: *name = kstr(p, bc_c(i)); return "method";
        default: break;
      }
    }
  }
  return NULL;
}

static const char *getfuncname(lua_State *L, CallInfo *ci, const char **name) {
  Instr i;
  if ((ci_isLua(ci) && ci->tailcalls > 0) || !ci_isLua(ci - 1)) return NULL;
  ci--;
  i = ci_proto(ci)->code[dbg_currentpc(L, ci)];
  switch (bc_op(i)) {
    case BC_CALL: case BC_TAILCALL: return getobjname(L, ci, bc_a(i), name);
    case BC_TFORCALL: return getobjname(L, ci, bc_a(i), name);
    default: return NULL;
  }
}

/* --- errors --- */

static int isinstack(CallInfo *ci, const Value *o) {
  const Value *p;
  for (p = ci->base; p < ci->top; p++)
    if (o == p) return 1;
  return 0;
}

_Noreturn void dbg_typeerror(lua_State *L, const Value *o, const char *op) {
  const char *name = NULL;
  const char *t = val_typename(*o);
  const char *kind = isinstack(L->ci, o) ? getobjname(L, L->ci, (int)(o - L->base), &name) : NULL;
  if (kind) err_runerror(L, "attempt to %s %s '%s' (a %s value)", op, kind, name, t);
  err_runerror(L, "attempt to %s a %s value", op, t);
}

_Noreturn void dbg_aritherror(lua_State *L, const Value *p1, const Value *p2) {
  double d;
  if (!meta_tonumber(p1, &d)) p2 = p1;
  dbg_typeerror(L, p2, "perform arithmetic on");
}

_Noreturn void dbg_concaterror(lua_State *L, const Value *p1, const Value *p2) {
  if (val_isstr(*p1) || val_isnum(*p1)) p1 = p2;
  dbg_typeerror(L, p1, "concatenate");
}

_Noreturn void dbg_ordererror(lua_State *L, const Value *p1, const Value *p2) {
  const char *t1 = val_typename(*p1);
  const char *t2 = val_typename(*p2);
  if (t1[2] == t2[2]) err_runerror(L, "attempt to compare two %s values", t1);
  err_runerror(L, "attempt to compare %s with %s", t1, t2);
}

_Noreturn void dbg_forerror(lua_State *L, const char *what) {
  err_runerror(L, "'for' %s must be a number", what);
}

void dbg_addinfo(lua_State *L, const char *msg) {
  CallInfo *ci = L->ci;
  if (ci_isLua(ci)) {
    char buff[LUA_IDSIZE];
    int line = dbg_currentline(L, ci);
    obj_chunkid(buff, str_data(ci_proto(ci)->source), LUA_IDSIZE);
    str_pushfstring(L, "%s:%d: %s", buff, line, msg);
    L->top[-2] = L->top[-1];
    L->top--;
  }
}

_Noreturn void dbg_errormsg(lua_State *L) {
  if (L->errfunc != 0) {
    Value *errfunc = restorestack(L, L->errfunc);
    if (!val_isfunc(*errfunc)) err_throw(L, LUA_ERRERR);
    L->top[0] = L->top[-1];
    L->top[-1] = *errfunc;
    state_incrtop(L);
    do_call(L, L->top - 2, 1);
  }
  err_throw(L, LUA_ERRRUN);
}

/* --- the debug API --- */

LUA_API int lua_getstack(lua_State *L, int level, lua_Debug *ar) {
  int status;
  CallInfo *ci;
  for (ci = L->ci; level > 0 && ci > L->base_ci; ci--) {
    level--;
    if (ci_isLua(ci)) level -= ci->tailcalls;
  }
  if (level == 0 && ci > L->base_ci) {
    status = 1;
    ar->i_ci = (int)(ci - L->base_ci);
  } else if (level < 0) {
    status = 1;
    ar->i_ci = 0;
  } else {
    status = 0;
  }
  return status;
}

static void funcinfo(lua_Debug *ar, Closure *cl) {
  if (cl->c.isC) {
    ar->source = "=[C]";
    ar->linedefined = -1;
    ar->lastlinedefined = -1;
    ar->what = "C";
  } else {
    Proto *p = cl->l.p;
    ar->source = str_data(p->source);
    ar->linedefined = p->linedefined;
    ar->lastlinedefined = p->lastlinedefined;
    ar->what = (ar->linedefined == 0) ? "main" : "Lua";
  }
  obj_chunkid(ar->short_src, ar->source, LUA_IDSIZE);
}

static void info_tailcall(lua_Debug *ar) {
  ar->name = ar->namewhat = "";
  ar->what = "tail";
  ar->lastlinedefined = ar->linedefined = ar->currentline = -1;
  ar->source = "=(tail call)";
  obj_chunkid(ar->short_src, ar->source, LUA_IDSIZE);
  ar->nups = 0;
}

static void collectvalidlines(lua_State *L, Closure *f) {
  if (f == NULL || f->c.isC) {
    *L->top = VAL_NIL;
  } else {
    Table *t = tab_new(L, 0, 0);
    Proto *p = f->l.p;
    int i;
    for (i = 0; i < p->sizelineinfo; i++) *tab_setint(L, t, p->lineinfo[i]) = VAL_TRUE;
    *L->top = val_fromtab(t);
  }
  state_incrtop(L);
}

static int auxgetinfo(lua_State *L, const char *what, lua_Debug *ar, Closure *f, CallInfo *ci) {
  int status = 1;
  if (f == NULL) {
    info_tailcall(ar);
    return status;
  }
  for (; *what; what++) {
    switch (*what) {
      case 'S': funcinfo(ar, f); break;
      case 'l': ar->currentline = ci ? dbg_currentline(L, ci) : -1; break;
      case 'u': ar->nups = f->c.nupvalues; break;
      case 'n':
        ar->namewhat = ci ? getfuncname(L, ci, &ar->name) : NULL;
        if (ar->namewhat == NULL) {
          ar->namewhat = "";
          ar->name = NULL;
        }
        break;
      case 'L': case 'f': break;
      default: status = 0;
    }
  }
  return status;
}

LUA_API int lua_getinfo(lua_State *L, const char *what, lua_Debug *ar) {
  int status;
  Closure *f = NULL;
  CallInfo *ci = NULL;
  if (*what == '>') {
    Value func = L->top[-1];
    what++;
    f = val_func(func);
    L->top--;
  } else if (ar->i_ci != 0) {
    ci = L->base_ci + ar->i_ci;
    f = ci_func(ci);
  }
  status = auxgetinfo(L, what, ar, f, ci);
  if (strchr(what, 'f')) {
    *L->top = f == NULL ? VAL_NIL : val_fromfunc(f);
    state_incrtop(L);
  }
  if (strchr(what, 'L')) collectvalidlines(L, f);
  return status;
}

static const char *findlocal(lua_State *L, CallInfo *ci, int n) {
  const char *name;
  Proto *fp = ci_isLua(ci) ? ci_proto(ci) : NULL;
  if (fp && (name = func_getlocalname(fp, n, dbg_currentpc(L, ci))) != NULL) return name;
  {
    Value *limit = (ci == L->ci) ? L->top : (ci + 1)->func;
    if (limit - ci->base >= n && n > 0) return "(*temporary)";
    return NULL;
  }
}

LUA_API const char *lua_getlocal(lua_State *L, const lua_Debug *ar, int n) {
  CallInfo *ci = L->base_ci + ar->i_ci;
  const char *name = findlocal(L, ci, n);
  if (name) {
    *L->top = ci->base[n - 1];
    state_incrtop(L);
  }
  return name;
}

LUA_API const char *lua_setlocal(lua_State *L, const lua_Debug *ar, int n) {
  CallInfo *ci = L->base_ci + ar->i_ci;
  const char *name = findlocal(L, ci, n);
  L->top--;
  if (name) {
    UpVal *uv;
    ci->base[n - 1] = *L->top;
    /* A closure made in the local's scope may take it as a constant (UV_IMMUTABLE). */
    for (uv = L->openupval; uv != NULL && uv->v >= &ci->base[n - 1]; uv = uv->open_next)
      if (uv->v == &ci->base[n - 1]) {
        jit_uvchanged(L);
        break;
      }
  }
  return name;
}

LUA_API int lua_sethook(lua_State *L, lua_Hook func, int mask, int count) {
  if (func == NULL || mask == 0) {
    mask = 0;
    func = NULL;
  }
  L->hook = func;
  L->basehookcount = count;
  L->hookcount = count;
  L->hookmask = (uint8_t)(mask | (L->hookmask & (JIT_RECMASK | LIMIT_HOOKMASK)));
  jit_sethook(L);
  return 1;
}

LUA_API lua_Hook lua_gethook(lua_State *L) { return L->hook; }
LUA_API int lua_gethookmask(lua_State *L) { return L->hookmask & ~(JIT_RECMASK | LIMIT_HOOKMASK); }
LUA_API int lua_gethookcount(lua_State *L) { return L->basehookcount; }

/* For `apogee -bl`: lists the bytecode of the Lua function at idx. Returns 0 if it is not one. */
int dbg_listbytecode(lua_State *L, int idx, FILE *out) {
  Value v = idx > 0 ? L->base[idx - 1] : L->top[idx];
  if (!val_isfunc(v) || val_func(v)->c.isC) return 0;
  bc_list(out, val_func(v)->l.p);
  return 1;
}
