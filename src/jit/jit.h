/*
 * jit.h - the trace compiler, as the rest of the VM sees it.
 *
 * The interpreter counts loop iterations in G(L)->hotcount (a small table hashed by pc; see
 * JIT_HOTCOUNT). When a counter runs out at a FORLOOP or LOOP, jit_hotloop starts recording: the
 * recording thread's dispatch goes through vm_hook (vm.c), which calls jit_record before each
 * instruction. A completed trace is compiled to machine code and its loop instruction patched
 * to JFORLOOP / JLOOP, which enter it through jit_enter. A loop whose recording keeps aborting is
 * patched to IFORLOOP / ILOOP (no more counting). The patched opcodes never leave the VM:
 * string.dump, the disassembler and the debug library see the original instruction (bc_unpatch).
 */
#ifndef APOGEE_JIT_H
#define APOGEE_JIT_H

#include "object.h"

/* The hot-loop counters: JIT_HOTCOUNT entries of uint16_t in global_State, indexed by pc. */
#define JIT_HOTCOUNT 64
#define jit_hotslot(pc) ((((uintptr_t)(pc)) >> 2) & (JIT_HOTCOUNT - 1))

/* A bit of lua_State.hookmask (above the LUA_MASK* bits): this thread is being recorded. Never
 * visible through lua_gethookmask. */
#define JIT_RECMASK 0x80

/* State creation and destruction (state.c). jit_init never raises: without memory the JIT stays
 * off. */
void jit_init(lua_State *L);
void jit_free(global_State *g);

/* Interpreter entry points (vm.c). */
void jit_hotloop(lua_State *L, const Instr *pc);    /* a counter at loop instruction pc ran out */
void jit_record(lua_State *L, const Instr *pc);     /* before instruction pc, while recording */
const Instr *jit_enter(lua_State *L, const Instr *pc);  /* run the trace at patched loop
                                                        instruction pc; returns the pc to resume */
/* Calls of Lua functions are counted too: Proto.hotcall goes down at each call made by CALL or
 * TAILCALL, and at 0 the interpreter calls jit_hotcall in the callee's new frame. It returns 1
 * when the function has a trace of its entry (then hotcall stays 1 and each call enters it
 * through jit_enterf), else it may start recording there. */
int jit_hotcall(lua_State *L, Proto *p);
const Instr *jit_enterf(lua_State *L, Proto *p);
uint16_t jit_hotcallstart(global_State *g);   /* the counter's start value */

/* The collector marks the traces' constants, and frees a prototype: traces of its code go too. */
void jit_mark(global_State *g, void (*mark)(global_State *g, GCObj *o));
void jit_freeproto(global_State *g, Proto *p);
/* Hooks changed: compiled code must leave at its next loop test. Async-signal-safe. */
void jit_sethook(lua_State *L);
/* Make compiled code leave at its next loop test (it re-checks the hooks when re-entered).
 * Async-signal-safe: only stores the interrupt word. */
void jit_interrupt(global_State *g);
void jit_uvchanged(lua_State *L);   /* a variable taken as constant was assigned (debug.*) */
/* Recording stops (aborts) when the recording thread stops running Lua code here. */
void jit_abort_thread(lua_State *L);
/* Library calls of compiled code under way (traces suspended in C code): err_runprotected
 * restores the count when an error unwinds through such calls. */
int jit_ncallc(global_State *g);
void jit_setncallc(global_State *g, int n);

/* Options from the command line (-j..., -O...) and the jit library: 0 on success, else a message
 * (static) saying what was wrong. */
const char *jit_option(lua_State *L, const char *opt);
const char *jit_control(lua_State *L, const char *cmd);   /* "on", "off", "flush", "v", "dump" */
int jit_status(lua_State *L);      /* 1 if on */
int jit_pushflags(lua_State *L);   /* pushes the names of the passes that are on; how many */

#endif
