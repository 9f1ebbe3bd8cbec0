/*
 * bclist.c - the instruction set's name and format tables, and a bytecode lister.
 *
 * bc_names and bc_formats are generated from the BC_OPCODES X-macro, so they cannot drift from
 * the instruction set. bc_list prints a prototype (and recursively its children) in a format meant
 * for people and for tests that grep it:
 *
 *   -- function <@x.lua:3,7> params=1 flags=VARARG maxstack=4 upvalues=1 constants=2 functions=0
 *   0000 [   4] GGET      0    0       ; "print"
 *   0001 [   4] JMP       1  => 0005
 *
 * One line per instruction: pc, source line, name, operands (A D, or A B C; jump offsets and
 * KSHORT signed), then a comment naming the constant, upvalue, primitive or jump target used.
 */
#include <stdio.h>

#include "bclist.h"
#include "opcodes.h"

const char *const bc_names[BC__MAX] = {
#define BC_NAME(name, fmt, sem) #name,
  BC_OPCODES(BC_NAME)
#undef BC_NAME
};

const uint8_t bc_formats[BC__MAX] = {
#define BC_FMT(name, fmt, sem) BCFMT_##fmt,
  BC_OPCODES(BC_FMT)
#undef BC_FMT
};

static void bc_printstr(FILE *out, const Str *s) {
  size_t i;
  fputc('"', out);
  for (i = 0; i < s->len; i++) {
    unsigned char c = (unsigned char)s->data[i];
    switch (c) {
      case '"': fputs("\\\"", out); break;
      case '\\': fputs("\\\\", out); break;
      case '\n': fputs("\\n", out); break;
      case '\r': fputs("\\r", out); break;
      case '\t': fputs("\\t", out); break;
      default:
        if (c < 32 || c == 127) fprintf(out, "\\%03d", c);
        else fputc(c, out);
    }
  }
  fputc('"', out);
}

static void bc_printk(FILE *out, const Proto *p, int idx) {
  Value v;
  if (idx < 0 || idx >= p->sizek) {
    fprintf(out, "K(%d)?", idx);
    return;
  }
  v = p->k[idx];
  if (val_isstr(v)) bc_printstr(out, val_str(v));
  else if (val_isnum(v)) fprintf(out, "%.14g", val_num(v));
  else fputs("?", out);
}

static const char *bc_prim(int d) {
  return d == 0 ? "nil" : d == 1 ? "false" : d == 2 ? "true" : "?";
}

static int bc_isjump(BCOp op) {
  return op == BC_JMP || op == BC_UCLO || op == BC_LOOP || op == BC_FORPREP || op == BC_FORLOOP ||
         op == BC_TFORLOOP;
}

static void bc_upvalname(FILE *out, const Proto *p, int idx) {
  if (idx < p->sizeupvalues && p->upvalnames && p->upvalnames[idx])
    fprintf(out, "%s", str_data(p->upvalnames[idx]));
  else
    fprintf(out, "upvalue %d", idx);
}

/* The comment after an instruction's operands. */
static void bc_comment(FILE *out, const Proto *p, int pc, Instr ins) {
  BCOp op = bc_op(ins);
  int d = bc_d(ins), c = bc_c(ins);
  switch (op) {
    case BC_KSTR: case BC_KNUM: case BC_GGET: case BC_GSET:
    case BC_ISEQS: case BC_ISNES: case BC_ISEQN: case BC_ISNEN:
      fputs("  ; ", out);
      bc_printk(out, p, d);
      break;
    case BC_TGETS: case BC_TSETS: case BC_SELF:
    case BC_ADDVK: case BC_SUBVK: case BC_MULVK: case BC_DIVVK: case BC_MODVK:
    case BC_ADDKV: case BC_SUBKV: case BC_MULKV: case BC_DIVKV: case BC_MODKV:
      fputs("  ; ", out);
      bc_printk(out, p, c);
      break;
    case BC_KWIDE:
      fputs("  ; ", out);
      if (pc + 1 < p->sizecode && bc_isdata(p->code[pc + 1]))
        bc_printk(out, p, bc_dataval(p->code[pc + 1]));
      else
        fputs("?", out);
      break;
    case BC_KPRI: case BC_ISEQP: case BC_ISNEP:
      fprintf(out, "  ; %s", bc_prim(d));
      break;
    case BC_UGET: case BC_USET:
      fputs("  ; ", out);
      bc_upvalname(out, p, d);
      break;
    case BC_CLOSURE:
      if (d < p->sizep && p->p[d])
        fprintf(out, "  ; function <%d>", p->p[d]->linedefined);
      break;
    default:
      if (bc_isjump(op)) fprintf(out, "  => %04d", pc + 1 + bc_sd(ins));
      break;
  }
}

static void bc_printins(FILE *out, const Proto *p, int pc) {
  Instr ins = bc_unpatch(p->code[pc]);
  BCOp op = bc_op(ins);
  int line = (p->lineinfo && pc < p->sizelineinfo) ? p->lineinfo[pc] : -1;
  fprintf(out, "%04d [%4d] ", pc, line);
  if ((int)op >= BC__MAX) {
    fprintf(out, "??? 0x%08x\n", (unsigned)ins);
    return;
  }
  fprintf(out, "%-9s %3d ", bc_names[op], bc_a(ins));
  if (bc_formats[op] == BCFMT_ABC) fprintf(out, "%4d %4d", bc_b(ins), bc_c(ins));
  else if (bc_isjump(op) || op == BC_KSHORT) fprintf(out, "%6d   ", bc_sd(ins));
  else fprintf(out, "%6d   ", bc_d(ins));
  bc_comment(out, p, pc, ins);
  fputc('\n', out);
}

static void bc_header(FILE *out, const Proto *p) {
  char src[LUA_IDSIZE];
  obj_chunkid(src, p->source ? str_data(p->source) : "=?", LUA_IDSIZE);
  fprintf(out, "-- function <%s:%d,%d> params=%d flags=%s%s maxstack=%d upvalues=%d "
          "constants=%d functions=%d instructions=%d\n",
          src, p->linedefined, p->lastlinedefined, p->numparams,
          (p->flags & PROTO_VARARG) ? "VARARG" : "0",
          (p->flags & PROTO_NEEDSARG) ? "|NEEDSARG" : "",
          p->maxstack, p->nups, p->sizek, p->sizep, p->sizecode);
}

static void bc_listvars(FILE *out, const Proto *p) {
  int i;
  for (i = 0; i < p->nups; i++) {
    fprintf(out, "--   upvalue %d: ", i);
    bc_upvalname(out, p, i);
    fprintf(out, (p->uvdesc[i] & UV_LOCAL) ? " (local %d%s)\n" : " (upvalue %d%s)\n",
            UV_INDEX(p->uvdesc[i]), (p->uvdesc[i] & UV_IMMUTABLE) ? ", immutable" : "");
  }
  for (i = 0; i < p->sizelocvars; i++) {
    const LocVar *lv = &p->locvars[i];
    fprintf(out, "--   local %s: %04d-%04d\n", lv->name ? str_data(lv->name) : "?",
            lv->startpc, lv->endpc);
  }
}

void bc_list(FILE *out, const Proto *p) {
  int pc, i;
  bc_header(out, p);
  bc_listvars(out, p);
  for (pc = 0; pc < p->sizecode; pc++) {
    if (bc_isdata(p->code[pc]))   /* the constant index or block number of the one before */
      fprintf(out, "%04d [%4s] .data     %d\n", pc, "", bc_dataval(p->code[pc]));
    else
      bc_printins(out, p, pc);
  }
  fputc('\n', out);
  for (i = 0; i < p->sizep; i++)
    if (p->p[i]) bc_list(out, p->p[i]);
}
