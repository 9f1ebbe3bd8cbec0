/*
 * lex.h - the Lua 5.1 lexer.
 *
 * The lexer turns the byte stream of a Zio into tokens on demand: the parser holds the current
 * token (ls->t) and at most one token of lookahead (ls->ahead, needed only to tell `{name = ...}`
 * from `{name}` in table constructors). Reserved words are interned once per state by lex_init and
 * recognised by the `reserved` byte of their Str, so keyword lookup is free once a name is interned.
 *
 * Errors follow Lua 5.1 to the letter: "CHUNKID:LINE: MSG near 'TOKEN'", where a name, string or
 * number is shown by its source text. To make that possible the text of the token being read stays
 * in ls->buf until the next token starts.
 */
#ifndef APOGEE_LEX_H
#define APOGEE_LEX_H

#include "object.h"
#include "zio.h"

/* Single-character tokens are their own character code; the rest start above 256. The reserved
 * words come first, in the order of lex_tokennames (and of Str.reserved - 1). */
enum {
  TK_AND = 257, TK_BREAK, TK_DO, TK_ELSE, TK_ELSEIF, TK_END, TK_FALSE, TK_FOR, TK_FUNCTION,
  TK_IF, TK_IN, TK_LOCAL, TK_NIL, TK_NOT, TK_OR, TK_REPEAT, TK_RETURN, TK_THEN, TK_TRUE,
  TK_UNTIL, TK_WHILE,
  /* other multi-character tokens */
  TK_CONCAT, TK_DOTS, TK_EQ, TK_GE, TK_LE, TK_NE, TK_DBCOLON, TK_NUMBER, TK_NAME, TK_STRING, TK_EOS
};

#define LEX_FIRST_RESERVED TK_AND
#define LEX_NUM_RESERVED   (TK_WHILE - TK_AND + 1)

typedef struct Token {
  int tok;
  union {
    double num;   /* TK_NUMBER */
    Str *str;     /* TK_NAME, TK_STRING */
  } u;
} Token;

struct FuncState;

/* A goto statement or a label, pending while its block is open (parse.c). */
typedef struct GotoLabel {
  Str *name;      /* NULL once resolved (goto) or out of scope (label) */
  int pc;         /* the goto's JMP or UCLO; the label's position */
  int line;
  int nactvar;    /* active locals at the statement (for a goto leaving blocks: at their level) */
  int islabel;
} GotoLabel;

typedef struct LexState {
  lua_State *L;
  Zio *z;
  int cur;                  /* current character (or ZIO_EOZ) */
  int line;                 /* line of the current character */
  int lastline;             /* line of the last token consumed by the parser */
  Token t;                  /* current token */
  Token ahead;              /* lookahead token, tok == TK_EOS + 1 when absent */
  struct FuncState *fs;     /* function being compiled (parser state) */
  Str *source;              /* chunk name as given */
  const char *chunkname;
  char *buf;                /* text of the token being read */
  size_t buflen, bufsize;
  int level;                /* syntactic nesting depth (C recursion guard) */
  GotoLabel *gl;            /* gotos and labels of the open blocks, in source order */
  int ngl, szgl;
} LexState;

#define LEX_NO_AHEAD (TK_EOS + 1)

void lex_init(lua_State *L);
void lex_setinput(lua_State *L, LexState *ls, Zio *z, Str *source);
void lex_freebuf(LexState *ls);
void lex_next(LexState *ls);
int lex_lookahead(LexState *ls);
/* Printable name of a token kind ("'=='" style is added by the callers). */
const char *lex_token2str(LexState *ls, int tok);
/* Throws "CHUNKID:LINE: msg near 'TOKEN'" (no "near" part when tok is 0). */
_Noreturn void lex_error(LexState *ls, const char *msg, int tok);
/* Syntax error at the current token. */
_Noreturn void lex_syntaxerror(LexState *ls, const char *msg);
/* Interns a string of the source and anchors it in the current function's constant map; may
 * run a collector step. */
Str *lex_newstring(LexState *ls, const char *s, size_t len);
/* Anchors the current and lookahead tokens' strings in the current function (after the function
 * they were read in is closed). */
void lex_anchortoken(LexState *ls);

#endif
