/*
 * undump.c - saving and loading precompiled chunks.
 *
 * The format is Apogee's own (bytecode differs from PUC Lua's): a header naming the format and the
 * sizes of the basic types, then the main prototype, recursively. A loaded chunk is untrusted
 * input: every count is bounded, every operand is checked against the prototype it belongs to
 * (registers below maxstack, constants of the right type, jumps inside the code, nested
 * prototypes and upvalues that exist), so a corrupted chunk is rejected with an error instead of
 * letting the interpreter run off its arrays.
 */
#include <string.h>

#include "undump.h"
#include "mem.h"
#include "str.h"
#include "func.h"
#include "err.h"
#include "state.h"
#include "gc.h"
#include "opcodes.h"

#define FORMAT_VERSION 2   /* 2: data words (opcodes.h), KWIDE, GGETV, GSETV */
#define MAXCOUNT (1 << 24)

static const char header[] = { '\033', 'L', 'u', 'a', 0x51, 'A', FORMAT_VERSION,
                               (char)sizeof(int), (char)sizeof(size_t), (char)sizeof(Instr),
                               (char)sizeof(double), 1 /* little endian */ };

/* --- dump --- */

typedef struct DumpState {
  lua_State *L;
  lua_Writer w;
  void *data;
  int strip;
  int status;
} DumpState;

static void dumpblock(DumpState *D, const void *b, size_t size) {
  if (D->status == 0 && size > 0) D->status = D->w(D->L, b, size, D->data);
}

static void dumpint(DumpState *D, int x) { dumpblock(D, &x, sizeof x); }
static void dumpbyte(DumpState *D, int x) { char c = (char)x; dumpblock(D, &c, 1); }

static void dumpstring(DumpState *D, const Str *s) {
  if (s == NULL) {
    size_t z = 0;
    dumpblock(D, &z, sizeof z);
  } else {
    size_t size = s->len + 1;
    dumpblock(D, &size, sizeof size);
    dumpblock(D, s->data, s->len);
  }
}

static void dumpfunction(DumpState *D, const Proto *f, const Str *psource) {
  int i;
  dumpstring(D, (D->strip || f->source == psource) ? NULL : f->source);
  dumpint(D, f->linedefined);
  dumpint(D, f->lastlinedefined);
  dumpbyte(D, f->numparams);
  dumpbyte(D, f->flags);
  dumpbyte(D, f->maxstack);
  dumpbyte(D, f->nups);
  dumpint(D, f->sizecode);
  for (i = 0; i < f->sizecode; i++) {   /* as compiled: loops the JIT patched mapped back */
    Instr ins = bc_unpatch(f->code[i]);
    dumpblock(D, &ins, sizeof ins);
    if (bc_op(ins) == BC_SETLIST && bc_c(ins) == 0 && i + 1 < f->sizecode) {
      dumpblock(D, &f->code[i + 1], sizeof(Instr));   /* the count word, as it is */
      i++;
    }
  }
  dumpint(D, f->sizek);
  for (i = 0; i < f->sizek; i++) {
    Value v = f->k[i];
    if (val_isstr(v)) {
      dumpbyte(D, LUA_TSTRING);
      dumpstring(D, val_str(v));
    } else {
      double d = val_num(v);
      dumpbyte(D, LUA_TNUMBER);
      dumpblock(D, &d, sizeof d);
    }
  }
  dumpint(D, f->sizep);
  for (i = 0; i < f->sizep; i++) dumpfunction(D, f->p[i], f->source);
  dumpblock(D, f->uvdesc, sizeof(uint16_t) * f->nups);
  dumpint(D, D->strip ? 0 : f->sizelineinfo);
  if (!D->strip) dumpblock(D, f->lineinfo, sizeof(int) * (size_t)f->sizelineinfo);
  dumpint(D, D->strip ? 0 : f->sizelocvars);
  for (i = 0; !D->strip && i < f->sizelocvars; i++) {
    dumpstring(D, f->locvars[i].name);
    dumpint(D, f->locvars[i].startpc);
    dumpint(D, f->locvars[i].endpc);
  }
  dumpint(D, D->strip ? 0 : f->sizeupvalues);
  for (i = 0; !D->strip && i < f->sizeupvalues; i++) dumpstring(D, f->upvalnames[i]);
}

int undump_dump(lua_State *L, const Proto *p, lua_Writer w, void *data, int strip) {
  DumpState D;
  D.L = L;
  D.w = w;
  D.data = data;
  D.strip = strip;
  D.status = 0;
  dumpblock(&D, header, sizeof header);
  dumpfunction(&D, p, NULL);
  return D.status;
}

/* --- load --- */

/* The reader may run Lua code, and with it the collector, between any two bytes: the Proto
 * being loaded is anchored on the stack, every store into it has a barrier, and strings are
 * assembled in a buffer of the load's own (the state's scratch buffer may be reallocated by
 * the reader's code). */
typedef struct LoadState {
  lua_State *L;
  Zio *z;
  const char *name;
  char *buf;          /* string bytes, freed by undump_chunk */
  size_t bufsize;
  Proto *result;
} LoadState;

_Noreturn static void error(LoadState *S, const char *why) {
  str_pushfstring(S->L, "%s: %s in precompiled chunk", S->name, why);
  err_throw(S->L, LUA_ERRSYNTAX);
}

static void loadblock(LoadState *S, void *b, size_t size) {
  char *p = (char *)b;
  while (size > 0) {
    int c = zio_getc(S->z);
    if (c == ZIO_EOZ) error(S, "unexpected end");
    *p++ = (char)c;
    size--;
  }
}

static int loadbyte(LoadState *S) {
  int c = zio_getc(S->z);
  if (c == ZIO_EOZ) error(S, "unexpected end");
  return c;
}

static int loadint(LoadState *S) {
  int x;
  loadblock(S, &x, sizeof x);
  if (x < 0) error(S, "bad integer");
  return x;
}

static int loadcount(LoadState *S) {
  int n = loadint(S);
  if (n > MAXCOUNT) error(S, "bad count");
  return n;
}

static Str *loadstring(LoadState *S) {
  size_t size;
  loadblock(S, &size, sizeof size);
  if (size == 0) return NULL;
  if (size > ((size_t)1 << 31)) error(S, "bad string");
  if (size > S->bufsize) {
    S->buf = (char *)mem_realloc(S->L, S->buf, S->bufsize, size);
    S->bufsize = size;
  }
  loadblock(S, S->buf, size - 1);
  return str_new(S->L, S->buf, size - 1);
}

static void checkcode(LoadState *S, Proto *f);

static Proto *loadfunction(LoadState *S, Str *psource, int depth) {
  int i, n;
  lua_State *L = S->L;
  Proto *f;
  if (depth > STATE_MAXCCALLS) error(S, "nesting too deep");
  f = func_newproto(L);
  /* Anchor on the stack while nested loads allocate. */
  state_checkstack(L, 1);
  *L->top++ = val_fromproto(f);
  f->source = loadstring(S);
  if (f->source == NULL) f->source = psource;
  if (f->source == NULL) f->source = str_newlit(L, "=?");
  gc_objbarrier(L, f, f->source);
  f->linedefined = loadint(S);
  f->lastlinedefined = loadint(S);
  f->numparams = (uint8_t)loadbyte(S);
  f->flags = (uint8_t)loadbyte(S);
  f->maxstack = (uint8_t)loadbyte(S);
  n = loadbyte(S);
  f->uvdesc = mem_newvec(L, n, uint16_t);
  f->nups = (uint8_t)n;
  if (n > 0) memset(f->uvdesc, 0, sizeof(uint16_t) * (size_t)n);
  n = loadcount(S);
  f->code = mem_newvec(L, n, Instr);
  f->sizecode = n;
  loadblock(S, f->code, sizeof(Instr) * (size_t)n);
  n = loadcount(S);
  f->k = mem_newvec(L, n, Value);
  for (i = 0; i < n; i++) f->k[i] = VAL_NIL;
  f->sizek = n;
  for (i = 0; i < n; i++) {
    int t = loadbyte(S);
    if (t == LUA_TSTRING) {
      Str *s = loadstring(S);
      if (s == NULL) error(S, "bad constant");
      f->k[i] = val_fromstr(s);
      gc_objbarrier(L, f, s);
      gc_check(L);   /* everything read so far is reachable from f */
    } else if (t == LUA_TNUMBER) {
      double d;
      loadblock(S, &d, sizeof d);
      f->k[i] = val_fromnum(d);
    } else {
      error(S, "bad constant");
    }
  }
  n = loadcount(S);
  f->p = mem_newvec(L, n, Proto *);
  for (i = 0; i < n; i++) f->p[i] = NULL;
  f->sizep = n;
  for (i = 0; i < n; i++) {
    f->p[i] = loadfunction(S, f->source, depth + 1);
    gc_objbarrier(L, f, f->p[i]);
    L->top--;
  }
  loadblock(S, f->uvdesc, sizeof(uint16_t) * f->nups);
  n = loadcount(S);
  f->lineinfo = mem_newvec(L, n, int);
  f->sizelineinfo = n;
  loadblock(S, f->lineinfo, sizeof(int) * (size_t)n);
  n = loadcount(S);
  f->locvars = mem_newvec(L, n, LocVar);
  for (i = 0; i < n; i++) f->locvars[i].name = NULL;
  f->sizelocvars = n;
  for (i = 0; i < n; i++) {
    f->locvars[i].name = loadstring(S);
    if (f->locvars[i].name == NULL) error(S, "bad local");
    gc_objbarrier(L, f, f->locvars[i].name);
    f->locvars[i].startpc = loadint(S);
    f->locvars[i].endpc = loadint(S);
  }
  n = loadcount(S);
  if (n != 0 && n != f->nups) error(S, "bad upvalue names");
  f->upvalnames = mem_newvec(L, n, Str *);
  for (i = 0; i < n; i++) f->upvalnames[i] = NULL;
  f->sizeupvalues = n;
  for (i = 0; i < n; i++) {
    f->upvalnames[i] = loadstring(S);
    if (f->upvalnames[i] == NULL) error(S, "bad upvalue names");
    gc_objbarrier(L, f, f->upvalnames[i]);
  }
  checkcode(S, f);
  return f;
}

/* --- verification --- */

static int kisstr(const Proto *f, int i) { return i < f->sizek && val_isstr(f->k[i]); }
static int kisnum(const Proto *f, int i) { return i < f->sizek && val_isnum(f->k[i]); }

static void checkcode(LoadState *S, Proto *f) {
  int pc, j;
  int ms = f->maxstack;
  char *data;   /* data[pc]: pc holds the data word of a SETLIST or KWIDE, not an instruction */
  if (f->sizecode == 0 || ms < 2 || f->numparams + ((f->flags & PROTO_NEEDSARG) ? 1 : 0) > ms)
    error(S, "bad code");
  data = state_buffer(S->L, (size_t)f->sizecode);
  memset(data, 0, (size_t)f->sizecode);
  for (pc = 0; pc < f->sizecode; pc++) {
    Instr i = f->code[pc];
    if (bc_op(i) == BC_KWIDE || (bc_op(i) == BC_SETLIST && bc_c(i) == 0)) {
      /* the data word must follow, and hold a constant index or a block number */
      int v = pc + 1 < f->sizecode && bc_isdata(f->code[pc + 1]) ? bc_dataval(f->code[pc + 1]) : -1;
      if (bc_op(i) == BC_KWIDE ? v >= f->sizek : v < 1) v = -1;
      if (v < 0) error(S, "bad code");
      data[++pc] = 1;
    }
  }
  if (f->sizelineinfo != 0 && f->sizelineinfo != f->sizecode) error(S, "bad line info");
  for (j = 0; j < f->sizelocvars; j++)
    if (f->locvars[j].startpc > f->locvars[j].endpc) error(S, "bad local");
  for (pc = 0; pc < f->sizecode; pc++) {
    Instr i = f->code[pc];
    BCOp op = bc_op(i);
    int a = bc_a(i), b = bc_b(i), c = bc_c(i), d = bc_d(i);
    int ok = 1;
    if (data[pc]) continue;   /* checked above */
    if ((int)op >= BC__MAX || op == BC_JFORLOOP || op == BC_JLOOP || op == BC_IFORLOOP ||
        op == BC_ILOOP)
      error(S, "bad opcode");
    if (bc_formats[op] == BCFMT_ABC || op != BC_JMP) ok = a < ms;
    switch (op) {
      case BC_MOV: case BC_NOT: case BC_UNM: case BC_LEN: case BC_IST: case BC_ISF:
      case BC_ISTC: case BC_ISFC: case BC_ISLT: case BC_ISGE: case BC_ISLE: case BC_ISGT:
      case BC_ISEQV: case BC_ISNEV:
        ok = ok && d < ms; break;
      case BC_KNIL: ok = ok && d < ms && a <= d; break;
      case BC_KSTR: case BC_GGET: case BC_GSET: case BC_ISEQS: case BC_ISNES: ok = ok && kisstr(f, d); break;
      case BC_KNUM: case BC_ISEQN: case BC_ISNEN: ok = ok && kisnum(f, d); break;
      case BC_KPRI: case BC_ISEQP: case BC_ISNEP: ok = ok && d <= 2; break;
      case BC_KSHORT: case BC_LOOP: case BC_CLOSE: case BC_KWIDE: break;
      case BC_GGETV: case BC_GSETV: ok = ok && d < ms; break;
      case BC_ADDVV: case BC_SUBVV: case BC_MULVV: case BC_DIVVV: case BC_MODVV: case BC_POW:
      case BC_TGETV: case BC_TSETV:
        ok = ok && b < ms && c < ms; break;
      case BC_CAT: ok = ok && b < c && c < ms; break;
      case BC_ADDVK: case BC_SUBVK: case BC_MULVK: case BC_DIVVK: case BC_MODVK:
      case BC_ADDKV: case BC_SUBKV: case BC_MULKV: case BC_DIVKV: case BC_MODKV:
        ok = ok && b < ms && kisnum(f, c); break;
      case BC_TGETS: case BC_TSETS: ok = ok && b < ms && kisstr(f, c); break;
      case BC_SELF: ok = ok && a + 1 < ms && b < ms && kisstr(f, c); break;
      case BC_TGETB: case BC_TSETB: ok = ok && b < ms; break;
      case BC_TNEW: break;
      case BC_UGET: case BC_USET: ok = ok && d < f->nups; break;
      case BC_SETLIST: ok = ok && a + b < ms; break;
      case BC_CLOSURE: {
        ok = ok && d < f->sizep;
        if (ok) {
          const Proto *np = f->p[d];
          for (j = 0; j < np->nups; j++) {
            int u = np->uvdesc[j];
            if (u & 0x3f00) ok = 0;
            else if (u & UV_LOCAL) ok = ok && UV_INDEX(u) < ms;
            else ok = ok && UV_INDEX(u) < f->nups;
          }
        }
        break;
      }
      case BC_VARARG: ok = ok && (f->flags & PROTO_VARARG) && a + b - 1 <= ms; break;
      case BC_CALL: ok = ok && a + b <= ms && a + c - 1 <= ms; break;
      case BC_TAILCALL: ok = ok && a + b <= ms; break;
      case BC_RET: ok = ok && a + b - 1 <= ms; break;
      case BC_JMP: case BC_UCLO: case BC_FORPREP: case BC_FORLOOP: case BC_TFORLOOP: {
        int dest = pc + 1 + bc_sd(i);
        ok = ok && dest >= 0 && dest < f->sizecode && !data[dest];   /* no jump into data */
        if (op == BC_FORPREP || op == BC_FORLOOP) ok = ok && a + 3 < ms;
        if (op == BC_TFORLOOP) ok = ok && a + 3 < ms;
        break;
      }
      case BC_TFORCALL: ok = ok && a + 5 < ms && a + 2 + c < ms; break;
      default: ok = 0; break;
    }
    /* Comparisons and tests must be followed by a jump. */
    if (ok && op >= BC_ISLT && op <= BC_ISFC)
      ok = pc + 1 < f->sizecode && bc_op(f->code[pc + 1]) == BC_JMP;
    if (!ok) error(S, "bad code");
  }
  if (bc_op(f->code[f->sizecode - 1]) != BC_RET || data[f->sizecode - 1]) error(S, "bad code");
}

static void undump_main(lua_State *L, void *ud) {
  LoadState *S = (LoadState *)ud;
  char h[sizeof header];
  (void)L;
  loadblock(S, h, sizeof h);
  if (memcmp(h, header, sizeof header) != 0) error(S, "bad header");
  S->result = loadfunction(S, NULL, 0);   /* left on the stack */
}

Proto *undump_chunk(lua_State *L, Zio *z, const char *name) {
  LoadState S;
  int status;
  S.L = L;
  S.z = z;
  S.buf = NULL;
  S.bufsize = 0;
  S.result = NULL;
  if (*name == '@' || *name == '=') S.name = name + 1;
  else if (*name == LUA_SIGNATURE[0]) S.name = "binary string";
  else S.name = name;
  /* run protected so the string buffer is freed on errors too; the error is then re-raised */
  status = err_rawrunprotected(L, undump_main, &S);
  if (S.buf) mem_free(L, S.buf, S.bufsize);
  if (status != 0) err_throw(L, status);
  return S.result;
}
