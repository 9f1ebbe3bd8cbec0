/*
 * object.h - the heap objects of the VM and the state that owns them.
 *
 * Every collectable object starts with GCHEADER (next pointer in the all-objects list, type, mark
 * bits) so the collector can walk and free any of them without knowing more. The structs here are
 * shared by the interpreter, the compiler, the C API and, later, the JIT: fields the JIT reads from
 * machine code are marked, and their offsets must not move casually.
 */
#ifndef APOGEE_OBJECT_H
#define APOGEE_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdarg.h>
#include "lua.h"
#include "value.h"

typedef uint32_t Instr;

/* GC object types (stored in GCObj.gct). The numbers are the Lua type numbers where one exists. */
enum {
  GCT_STR = LUA_TSTRING, GCT_TAB = LUA_TTABLE, GCT_FUNC = LUA_TFUNCTION,
  GCT_UDATA = LUA_TUSERDATA, GCT_THREAD = LUA_TTHREAD,
  GCT_PROTO = LUA_TTHREAD + 1, GCT_UPVAL
};

/* Mark bits. */
#define GC_WHITE0  0x01
#define GC_WHITE1  0x02
#define GC_BLACK   0x04
#define GC_FIXED   0x08   /* never collected (keywords, metamethod names) */
#define GC_FINALIZED 0x10 /* userdata whose __gc has been queued */
#define GC_TOUCHED 0x20   /* string returned by a lookup since its last sweep (see gc_emergency) */
#define GC_WHITES  (GC_WHITE0 | GC_WHITE1)

#define GCHEADER struct GCObj *gcnext; uint8_t gct; uint8_t marked

typedef struct GCObj { GCHEADER; } GCObj;

/* Interned string. data[] is NUL-terminated so C code can use it directly. */
typedef struct Str {
  GCHEADER;
  uint8_t reserved;    /* keyword index + 1 for reserved words, else 0 */
  uint32_t hash;
  size_t len;
  struct Str *hnext;   /* chain in the string table */
  char data[];
} Str;

#define str_data(s) ((s)->data)

/* Table: array part for the keys 0..asize-1 (key 0 only when keys from 1 are there too),
 * chained hash part with Brent's variation. */
typedef struct Node {
  Value val;
  Value key;
  struct Node *next;
} Node;

typedef struct Table {
  GCHEADER;
  uint8_t nomm;        /* bit (1 << tm) set: metamethod tm known absent (TM_INDEX..TM_EQ) */
  uint8_t lsizenode;   /* log2 of the hash part size */
  uint32_t asize;      /* array part size in slots, slot 0 included; 0 or at least 2 */
  struct Table *mt;
  Value *array;        /* array[i] holds key i */
  Node *node;
  Node *lastfree;      /* all free positions are below this */
  GCObj *gclist;
  uint8_t colo;        /* array slots allocated right after the Table itself (tab_new), or 0 */
  uint8_t neg0;        /* 1: slot 0's key was made by a -0 (5.1 keeps such a key as -0) */
  uint16_t colonode;   /* hash nodes allocated after those, or 0 */
  uint32_t hmask;      /* 2^lsizenode - 1: a hash masked with it is a node index */
} Table;

#define tab_sizenode(t) (1u << (t)->lsizenode)

/* Upvalue: open while v points into a stack, closed once v points at its own value. */
typedef struct UpVal {
  GCHEADER;
  Value *v;
  Value value;               /* holds the value once closed */
  struct UpVal *open_next;   /* open list of a thread, sorted by stack level, highest first */
  struct UpVal *gprev, *gnext;  /* while open: the global list of open upvalues (collector) */
} UpVal;

/* Local variable debug information: the variable lives in the register equal to its rank among the
 * locals active at a pc, and is active for startpc <= pc < endpc. */
typedef struct LocVar {
  Str *name;
  int startpc;
  int endpc;
} LocVar;

/* Proto flags. */
#define PROTO_VARARG   0x01   /* declared with ... */
#define PROTO_NEEDSARG 0x02   /* 5.1 compatibility: build the `arg` table in register numparams */

/* Upvalue descriptor bit: the upvalue captures register (d & 0xff) of the enclosing function;
 * without it, it is the enclosing function's upvalue number d. */
#define UV_LOCAL 0x8000
/* The variable it captures is never assigned after its declaration (parse_removevars): its
 * value is the same for the life of the closure, and the JIT takes it as a constant. Only
 * debug.setlocal and debug.setupvalue can change it (jit_uvchanged). */
#define UV_IMMUTABLE 0x4000
#define UV_INDEX(d) ((d) & 0xff)   /* the register or the enclosing function's upvalue */

typedef struct Proto {
  GCHEADER;
  uint8_t numparams;
  uint8_t flags;
  uint8_t maxstack;       /* registers needed */
  uint8_t nups;           /* number of upvalues */
  uint8_t nclosures;      /* 1: one closure made of it, by a main chunk; 2: more, or made by
                             another function (func_countclosure; the JIT takes the only one
                             as a constant) */
  uint16_t hotcall;       /* calls left before the JIT records the function (jit.h); 1 while
                             it has a function trace, so that every call enters it */
  int sizecode, sizek, sizep, sizelineinfo, sizelocvars, sizeupvalues;
  Instr *code;
  Value *k;               /* constants: numbers and strings */
  struct Proto **p;       /* nested functions */
  int *lineinfo;          /* lineinfo[pc]: source line of code[pc] */
  LocVar *locvars;
  Str **upvalnames;       /* sizeupvalues names (may be 0 when stripped) */
  uint16_t *uvdesc;       /* nups descriptors, see UV_LOCAL */
  Str *source;
  int linedefined;
  int lastlinedefined;
  int jitf;               /* the JIT's trace of the function's entry, or 0 */
  GCObj *gclist;
} Proto;

/* ffid: for a few C functions of the standard library, which one (FF_* in vm.h), so that the
 * interpreter can compute them inline; 0 for every other function. */
#define CLOSURE_HEADER \
  GCHEADER; uint8_t isC; uint8_t nupvalues; uint8_t ffid; GCObj *gclist; struct Table *env

typedef struct CFunc {
  CLOSURE_HEADER;
  lua_CFunction f;
  Value upvalue[1];
} CFunc;

typedef struct LFunc {
  CLOSURE_HEADER;
  struct Proto *p;
  UpVal *upvals[1];
} LFunc;

typedef union Closure {
  CFunc c;
  LFunc l;
} Closure;

#define func_isC(cl) ((cl)->c.isC)

typedef union MaxAlign { double d; void *p; long l; long double ld; } MaxAlign;

typedef struct Udata {
  GCHEADER;
  struct Table *mt;
  struct Table *env;
  size_t len;
  MaxAlign data[];    /* payload, maximally aligned */
} Udata;

#define udata_mem(u) ((void *)(u)->data)

/* Metamethods. The first TM_EQ+1 are cached as absent in Table.nomm. */
typedef enum {
  TM_INDEX, TM_NEWINDEX, TM_GC, TM_MODE, TM_EQ,
  TM_ADD, TM_SUB, TM_MUL, TM_DIV, TM_MOD, TM_POW, TM_UNM, TM_LEN, TM_LT, TM_LE, TM_CONCAT, TM_CALL,
  TM_N
} TMS;

/* A call frame. A frame with callstatus 0 is a plain call: it returns into the Lua frame below
 * it, which goes on at its savedpc. The flags say what else happens (docs/ARCHITECTURE.md,
 * "Frames"). */
typedef struct CallInfo {
  Value *func;           /* the called function's stack slot */
  Value *base;           /* first register */
  Value *top;            /* top for this function */
  const Instr *savedpc;  /* Lua functions: next instruction */
  int nresults;          /* wanted results, or LUA_MULTRET */
  int tailcalls;         /* tail calls lost in this frame (for tracebacks) */
  uint16_t callstatus;   /* CIST_* flags */
  uint16_t contlast;     /* CIST_CONT under CAT: the last operand of the concatenation so far */
  int olderrfunc;        /* CIST_PCALL: L->errfunc outside the frame, in slots */
} CallInfo;

/* CallInfo.callstatus */
#define CIST_FRESH   0x01  /* Lua frame entered by a new vm_execute: its return leaves the loop */
#define CIST_CONT    0x02  /* metamethod called by the interpreter: its return finishes the
                              instruction at the caller's savedpc - 1 with its first result */
#define CIST_NEG     0x04  /* with CIST_CONT: the comparison's result is negated (a <= b as
                              not (b < a)) */
#define CIST_PROT    0x08  /* called by a pcall frame: its return makes the pcall frame return */
#define CIST_PCALL   0x10  /* a pcall or xpcall frame: catches errors raised above it */
#define CIST_XPCALL  0x20  /* with CIST_PCALL: xpcall, the handler in base[0] */
#define CIST_NOHOOKS 0x40  /* with CIST_PCALL: hooks were off (L->allowhook 0) when it began */

typedef struct StrTable {
  Str **hash;
  uint32_t nuse;
  uint32_t size;
} StrTable;

struct ErrJmp;
struct LimitWatchdog;

/* Resource limits of a state (src/vm/limit.c, the API in include/apogee.h). `pending`, `pokers`
 * and `running` are read and written with atomic builtins: other threads and signal handlers
 * post interrupts through them. */
typedef struct LimitState {
  lua_Alloc frealloc;          /* the state's own allocator while a memory limit wraps it */
  void *ud;
  size_t memlimit;             /* bytes, 0: none */
  uint64_t instrlimit;         /* instruction budget, 0: none */
  uint64_t icount;             /* instructions run since the budget was set */
  double deadline;             /* CLOCK_MONOTONIC seconds, 0: none */
  unsigned pending;            /* LIMIT_P* bits posted by the watchdog, apogee_interrupt */
  unsigned pokers;             /* asynchronous posters between reading `running` and writing it */
  int tripped;                 /* APOGEE_LIMIT_* that stopped the state, 0: running freely */
  int fired;                   /* the APOGEE_LIMIT_* that fired last (apogee_limitstatus) */
  struct lua_State *running;   /* the thread running Lua code (where interrupts are posted) */
  struct LimitWatchdog *wd;    /* the deadline's watchdog thread, or NULL */
} LimitState;

typedef struct global_State {
  StrTable strt;
  lua_Alloc frealloc;
  void *ud;
  GCObj *allgc;          /* all collectable objects but userdata */
  GCObj *udata;          /* all userdata (the atomic phase looks for finalizers only here) */
  GCObj **sweepgc;       /* sweep position in allgc, then in udata */
  GCObj *safemark;       /* objects before this one in allgc were made since the last gc_check */
  GCObj *gray;           /* gray objects to scan */
  GCObj *grayagain;      /* tables hit by a barrier: re-scanned before and in the atomic phase */
  GCObj *graythreads;    /* threads: re-scanned in the atomic phase */
  GCObj *weak;           /* weak tables seen in this cycle */
  UpVal uvhead;          /* head of the doubly linked list of all open upvalues */
  uint8_t currentwhite;
  uint8_t otherwhite;
  uint8_t gcstate;
  uint8_t gcemergency;   /* an emergency collection is running (gc_emergency) */
  uint8_t gcstopem;      /* nonzero: no emergency collection (state being built, collector busy) */
  size_t gcestimate;     /* live bytes after the last cycle */
  size_t gcdebt;         /* bytes allocated beyond the step schedule */
  GCObj *tobefnz;        /* userdata whose finalizers are due, newest first (linked by gcnext) */
  GCObj **tobefnztail;   /* where the next one is appended */
  double gcmaxstep;      /* with APOGEE_GCSTATS set: longest collector step, in seconds */
  unsigned long gcnsteps;  /* ... the number of steps, of those over 1 ms; gcstats: 1 if on */
  unsigned long gcnslow;
  uint8_t gcstats;
  uint8_t sweepudata;    /* sweepgc is in the userdata list */
  uint8_t gcdrains;      /* times grayagain was re-scanned in this cycle's propagation */
  size_t totalbytes;
  size_t gcthreshold;
  int gcpause, gcstepmul;
  int gcrunning;
  Value registry;
  struct lua_State *mainthread;
  Str *tmname[TM_N];
  struct Table *basemt[LUA_TTHREAD + 1];  /* metatables of non-table, non-udata types */
  lua_CFunction panic;
  char *buf;             /* scratch buffer (concatenation, formatting) */
  size_t bufsize;
  struct JitState *jit;  /* the trace compiler (src/jit), or NULL */
  uint16_t hotcount[64]; /* hot-loop counters, indexed by jit_hotslot(pc) (JIT_HOTCOUNT) */
  volatile uint8_t vmstate;  /* what the VM is doing, for the profiler: PROF_VM_* (prof.h) */
  LimitState limit;      /* memory limit, instruction budget, deadline (limit.c) */
} global_State;

struct lua_State {
  GCHEADER;
  uint8_t status;
  Value *top;            /* first free slot */
  Value *base;           /* base of the current function */
  global_State *g;
  CallInfo *ci;          /* current frame */
  const Instr *savedpc;  /* pc of the current Lua function when not running */
  Value *stack_last;     /* last usable slot (EXTRA_STACK below the real end) */
  Value *stack;
  CallInfo *end_ci;
  CallInfo *base_ci;
  int stacksize;
  int size_ci;
  unsigned short nccalls;    /* nested C calls (C stack depth guard) */
  unsigned short baseccalls; /* nested C calls at the start of a resume */
  uint8_t hookmask;
  uint8_t allowhook;
  int basehookcount;
  int hookcount;
  lua_Hook hook;
  Value gt;              /* globals table of this thread */
  Value env;             /* temporary for environment of C functions */
  UpVal *openupval;
  GCObj *gclist;
  struct ErrJmp *errorjmp;
  ptrdiff_t errfunc;
  struct lua_State *resumer;  /* the thread that resumed this one (limit.c), or NULL */
};

#define G(L) ((L)->g)

/* Lua type number of a value. */
int val_type(Value v);
extern const char *const obj_typenames[];
#define val_typename(v) (obj_typenames[val_type(v) + 1])

/* object.c: numbers, chunk ids, formatted strings */
#define NUM_MAXSTR 32
int num_str2d(const char *s, double *out);       /* 5.1 luaO_str2d semantics; 1 on success */
int num_tostr(char *buf, double n);               /* "%.14g"; returns length */
void obj_chunkid(char *out, const char *source, size_t bufflen);
const char *str_pushvfstring(lua_State *L, const char *fmt, va_list argp);
const char *str_pushfstring(lua_State *L, const char *fmt, ...);
int obj_rawequal(Value a, Value b);
int obj_log2(unsigned int x);   /* ceil(log2(x)) helper: floor log2 */

#endif
