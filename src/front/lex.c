/*
 * lex.c - the Lua 5.1 lexer.
 *
 * A hand-written scanner over a Zio, one character of lookahead (ls->cur). Every token's text is
 * accumulated in ls->buf: names and strings are interned from it, numbers are converted from it,
 * and error messages quote it ("near '3x'"), which is why even a string's delimiters and a long
 * bracket's '=' signs are saved. The buffer is reset when a token starts, so after a token has been
 * read it still holds that token's text for the parser's error messages, as in Lua 5.1.
 *
 * Numbers are read the way 5.1 reads them (digits and dots, an optional exponent sign, then any
 * letters, digits and underscores) and converted by num_str2d, so "3x" or "1..2" are reported as
 * malformed numbers rather than silently split; hexadecimal ones as LuaJIT reads them, so that
 * hexadecimal floats (0x1p-4, 0x.8) work. Line ends are \n, \r, \r\n or \n\r, each counting
 * as one line.
 *
 * LuaJIT's extensions (docs/EXTENSIONS.md): the escapes \xXX, \u{XXX} and \z, and the token "::"
 * of labels. Other unknown escapes still stand for the character itself, as in 5.1.
 */
#include <ctype.h>
#include <limits.h>
#include <string.h>

#include "lex.h"
#include "code.h"
#include "mem.h"
#include "str.h"
#include "tab.h"
#include "gc.h"
#include "err.h"

#define LEX_MAXSRC 80   /* as Lua 5.1's llex.c */

static const char *const lex_tokennames[] = {
  "and", "break", "do", "else", "elseif", "end", "false", "for", "function",
  "if", "in", "local", "nil", "not", "or", "repeat", "return", "then", "true",
  "until", "while",
  "..", "...", "==", ">=", "<=", "~=", "::", "<number>", "<name>", "<string>", "<eof>"
};

void lex_init(lua_State *L) {
  int i;
  for (i = 0; i < LEX_NUM_RESERVED; i++) {
    Str *s = str_newz(L, lex_tokennames[i]);
    str_fix(s);   /* keywords live as long as the state */
    s->reserved = (uint8_t)(i + 1);
  }
}

/* ---- character buffer ---- */

static void lex_save(LexState *ls, int c) {
  if (ls->buflen + 1 >= ls->bufsize) {
    size_t nsize = ls->bufsize ? ls->bufsize * 2 : 64;
    if (nsize > ((size_t)-1) / 2) lex_error(ls, "lexical element too long", 0);
    ls->buf = (char *)mem_realloc(ls->L, ls->buf, ls->bufsize, nsize);
    ls->bufsize = nsize;
  }
  ls->buf[ls->buflen++] = (char)c;
}

void lex_freebuf(LexState *ls) {
  if (ls->buf) mem_free(ls->L, ls->buf, ls->bufsize);
  ls->buf = NULL;
  ls->bufsize = ls->buflen = 0;
}

/* NUL-terminated view of the buffer for messages (the NUL is not counted in buflen). */
static const char *lex_buftext(LexState *ls) {
  lex_save(ls, '\0');
  ls->buflen--;
  return ls->buf;
}

#define lex_advance(ls)   ((ls)->cur = zio_getc((ls)->z))
#define lex_isnewline(ls) ((ls)->cur == '\n' || (ls)->cur == '\r')

static void lex_savenext(LexState *ls) {
  lex_save(ls, ls->cur);
  lex_advance(ls);
}

/* ---- errors ---- */

const char *lex_token2str(LexState *ls, int tok) {
  if (tok < LEX_FIRST_RESERVED) {
    return iscntrl(tok) ? str_pushfstring(ls->L, "char(%d)", tok)
                        : str_pushfstring(ls->L, "%c", tok);
  }
  return lex_tokennames[tok - LEX_FIRST_RESERVED];
}

/* Names, strings and numbers are quoted by their source text, the rest by their spelling. */
static const char *lex_tokentext(LexState *ls, int tok) {
  switch (tok) {
    case TK_NAME: case TK_STRING: case TK_NUMBER:
      return lex_buftext(ls);
    default:
      return lex_token2str(ls, tok);
  }
}

_Noreturn void lex_error(LexState *ls, const char *msg, int tok) {
  char id[LEX_MAXSRC];   /* syntax errors show more of the source name than runtime errors */
  obj_chunkid(id, str_data(ls->source), LEX_MAXSRC);
  msg = str_pushfstring(ls->L, "%s:%d: %s", id, ls->line, msg);
  if (tok) str_pushfstring(ls->L, "%s near '%s'", msg, lex_tokentext(ls, tok));
  err_throw(ls->L, LUA_ERRSYNTAX);
}

_Noreturn void lex_syntaxerror(LexState *ls, const char *msg) {
  lex_error(ls, msg, ls->t.tok);
}

/* Keeps s alive while the current function is compiled: a key of its constant map (see
 * code.c). Returns 1 if it was not there yet. */
static int lex_anchor(LexState *ls, Str *s) {
  Table *kmap;
  if (s->reserved || ls->fs == NULL) return 0;   /* keywords are fixed */
  kmap = ls->fs->kmap;
  if (!val_isnil(*tab_getstr(kmap, s))) return 0;
  *tab_setstr(ls->L, kmap, s) = VAL_TRUE;   /* true: not (yet) a constant */
  return 1;
}

/* Interns a name or string of the source. The collector may take a step once it is anchored:
 * this is the compiler's allocation point (under APOGEE_GCSTRESS, a step at every new string). */
Str *lex_newstring(LexState *ls, const char *s, size_t len) {
  Str *ts = str_new(ls->L, s, len);
  if (lex_anchor(ls, ts)) gc_check(ls->L);
  return ts;
}

void lex_anchortoken(LexState *ls) {
  if (ls->t.tok == TK_NAME || ls->t.tok == TK_STRING) lex_anchor(ls, ls->t.u.str);
  if (ls->ahead.tok == TK_NAME || ls->ahead.tok == TK_STRING) lex_anchor(ls, ls->ahead.u.str);
}

/* ---- input ---- */

/* Skips one line end (\n, \r, \r\n or \n\r) and counts it. */
static void lex_newline(LexState *ls) {
  int old = ls->cur;
  lex_advance(ls);
  if (lex_isnewline(ls) && ls->cur != old) lex_advance(ls);
  if (++ls->line >= INT_MAX) lex_error(ls, "chunk has too many lines", 0);
}

void lex_setinput(lua_State *L, LexState *ls, Zio *z, Str *source) {
  ls->L = L;
  ls->z = z;
  ls->fs = NULL;
  ls->line = 1;
  ls->lastline = 1;
  ls->source = source;
  ls->ahead.tok = LEX_NO_AHEAD;
  ls->t.tok = 0;
  ls->buf = NULL;
  ls->buflen = ls->bufsize = 0;
  ls->level = L->nccalls;
  lex_advance(ls);
}

/* ---- numbers ---- */

static int lex_checknext(LexState *ls, const char *set) {
  if (ls->cur == ZIO_EOZ || ls->cur == 0 || !strchr(set, ls->cur)) return 0;
  lex_savenext(ls);
  return 1;
}

/* A decimal numeral is read as Lua 5.1 reads it: [digits and dots] [Ee [+-]] [alphanumerics and
 * _]. A hexadecimal one as LuaJIT reads it: letters, digits, '_' and dots, and a sign right after
 * a 'p' (0x1p-4 is one hexadecimal float); every valid 5.1 hexadecimal numeral reads the same
 * ("0x1e+1" is still 0x1e plus 1). Either is then converted whole, so "3x" or "1..2" are
 * reported as malformed numbers. */
static void lex_number(LexState *ls, Token *tk) {
  if (ls->cur == '0') {
    lex_savenext(ls);
    if ((ls->cur | 0x20) == 'x') {
      int c = ls->cur;
      while (isalnum(ls->cur) || ls->cur == '_' || ls->cur == '.' ||
             ((ls->cur == '-' || ls->cur == '+') && (c | 0x20) == 'p')) {
        c = ls->cur;
        lex_savenext(ls);
      }
      goto convert;
    }
  }
  while (isdigit(ls->cur) || ls->cur == '.') lex_savenext(ls);
  if (lex_checknext(ls, "Ee")) lex_checknext(ls, "+-");
  while (isalnum(ls->cur) || ls->cur == '_') lex_savenext(ls);
convert:
  if (!num_str2d(lex_buftext(ls), &tk->u.num))
    lex_error(ls, "malformed number", TK_NUMBER);
}

/* ---- long brackets ---- */

/* At '[' or ']': counts the '=' signs. Returns the level if the bracket is complete
 * ("[==[" gives 2), else -(count) - 1 (so a lone '[' gives -1). */
static int lex_sep(LexState *ls) {
  int count = 0, s = ls->cur;
  lex_savenext(ls);
  while (ls->cur == '=') {
    lex_savenext(ls);
    count++;
  }
  return ls->cur == s ? count : -count - 1;
}

/* Reads a long string (tk != NULL) or comment (tk == NULL) of the given level; the opening
 * bracket's first part has been read and ls->cur is its second '['. */
static void lex_longstring(LexState *ls, Token *tk, int sep) {
  lex_savenext(ls);
  if (lex_isnewline(ls)) lex_newline(ls);   /* the first line end is not part of the string */
  for (;;) {
    switch (ls->cur) {
      case ZIO_EOZ:
        lex_error(ls, tk ? "unfinished long string" : "unfinished long comment", TK_EOS);
        break;
      case '[':
        /* LUA_COMPAT_LSTR == 1: an inner [[ in a level-0 bracket is an error */
        if (lex_sep(ls) == sep) {
          lex_savenext(ls);
          if (sep == 0) lex_error(ls, "nesting of [[...]] is deprecated", '[');
        }
        break;
      case ']':
        if (lex_sep(ls) == sep) {
          lex_savenext(ls);
          goto done;
        }
        break;
      case '\n': case '\r':
        lex_save(ls, '\n');
        lex_newline(ls);
        if (!tk) ls->buflen = 0;   /* comments need no text */
        break;
      default:
        if (tk) lex_savenext(ls);
        else lex_advance(ls);
    }
  }
done:
  if (tk)
    tk->u.str = lex_newstring(ls, ls->buf + 2 + sep, ls->buflen - 2 * (size_t)(2 + sep));
}

/* ---- short strings ---- */

static int lex_escape(LexState *ls) {
  switch (ls->cur) {
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return -1;
  }
}

/* \ddd: up to three decimal digits, at most 255. */
static void lex_decescape(LexState *ls) {
  int i = 0, c = 0;
  do {
    c = 10 * c + (ls->cur - '0');
    lex_advance(ls);
  } while (++i < 3 && isdigit(ls->cur));
  if (c > UCHAR_MAX) lex_error(ls, "escape sequence too large", TK_STRING);
  lex_save(ls, c);
}

static int lex_hexdigit(int c) {
  if (isdigit(c)) return c - '0';
  if (isxdigit(c)) return (c | 0x20) - 'a' + 10;
  return -1;
}

/* LuaJIT's escapes. The source text read so far is kept in the buffer for the message. */
static _Noreturn void lex_badescape(LexState *ls) {
  lex_error(ls, "invalid escape sequence", TK_STRING);
}

/* \xXX: exactly two hexadecimal digits. */
static void lex_hexescape(LexState *ls) {
  int i, c = 0;
  for (i = 0; i < 2; i++) {
    int d;
    lex_advance(ls);
    d = lex_hexdigit(ls->cur);
    if (d < 0) lex_badescape(ls);
    c = c * 16 + d;
  }
  lex_advance(ls);
  lex_save(ls, c);
}

/* \u{XXX}: a code point below 0x110000, no surrogate, saved in UTF-8. */
static void lex_utf8escape(LexState *ls) {
  unsigned long c = 0;
  lex_advance(ls);
  if (ls->cur != '{') lex_badescape(ls);
  lex_advance(ls);
  do {
    int d = lex_hexdigit(ls->cur);
    if (d < 0) lex_badescape(ls);
    c = (c << 4) | (unsigned long)d;
    if (c >= 0x110000) lex_badescape(ls);
    lex_advance(ls);
  } while (ls->cur != '}');
  lex_advance(ls);
  if (c < 0x80) {
    lex_save(ls, (int)c);
  } else if (c < 0x800) {
    lex_save(ls, (int)(0xc0 | (c >> 6)));
    lex_save(ls, (int)(0x80 | (c & 0x3f)));
  } else if (c < 0x10000) {
    if (c >= 0xd800 && c < 0xe000) lex_badescape(ls);
    lex_save(ls, (int)(0xe0 | (c >> 12)));
    lex_save(ls, (int)(0x80 | ((c >> 6) & 0x3f)));
    lex_save(ls, (int)(0x80 | (c & 0x3f)));
  } else {
    lex_save(ls, (int)(0xf0 | (c >> 18)));
    lex_save(ls, (int)(0x80 | ((c >> 12) & 0x3f)));
    lex_save(ls, (int)(0x80 | ((c >> 6) & 0x3f)));
    lex_save(ls, (int)(0x80 | (c & 0x3f)));
  }
}

/* \z: skips the whitespace that follows, line ends included. */
static void lex_skipspace(LexState *ls) {
  lex_advance(ls);
  while (ls->cur != ZIO_EOZ && isspace(ls->cur)) {
    if (lex_isnewline(ls)) lex_newline(ls);
    else lex_advance(ls);
  }
}

/* After a backslash (not saved). Lua 5.1's escapes plus LuaJIT's \x, \u{} and \z; any other
 * character stands for itself, as in 5.1. */
static void lex_backslash(LexState *ls) {
  int c;
  lex_advance(ls);
  c = lex_escape(ls);
  if (c >= 0) {
    lex_save(ls, c);
    lex_advance(ls);
  } else if (ls->cur == 'x') {
    lex_hexescape(ls);
  } else if (ls->cur == 'u') {
    lex_utf8escape(ls);
  } else if (ls->cur == 'z') {
    lex_skipspace(ls);
  } else if (lex_isnewline(ls)) {
    lex_save(ls, '\n');
    lex_newline(ls);
  } else if (ls->cur == ZIO_EOZ) {
    /* the string loop reports the unfinished string */
  } else if (isdigit(ls->cur)) {
    lex_decescape(ls);
  } else {
    lex_savenext(ls);   /* \\, \", \' and any other character stand for themselves */
  }
}

static void lex_string(LexState *ls, int delim, Token *tk) {
  lex_savenext(ls);
  while (ls->cur != delim) {
    switch (ls->cur) {
      case ZIO_EOZ:
        lex_error(ls, "unfinished string", TK_EOS);
        break;
      case '\n': case '\r':
        lex_error(ls, "unfinished string", TK_STRING);
        break;
      case '\\':
        lex_backslash(ls);
        break;
      default:
        lex_savenext(ls);
    }
  }
  lex_savenext(ls);
  tk->u.str = lex_newstring(ls, ls->buf + 1, ls->buflen - 2);
}

/* ---- the scanner ---- */

static void lex_comment(LexState *ls) {
  lex_advance(ls);   /* second '-' */
  if (ls->cur == '[') {
    int sep = lex_sep(ls);
    ls->buflen = 0;
    if (sep >= 0) {
      lex_longstring(ls, NULL, sep);
      ls->buflen = 0;
      return;
    }
  }
  while (!lex_isnewline(ls) && ls->cur != ZIO_EOZ) lex_advance(ls);
}

static int lex_name(LexState *ls, Token *tk) {
  Str *s;
  do {
    lex_savenext(ls);
  } while (isalnum(ls->cur) || ls->cur == '_');
  s = lex_newstring(ls, ls->buf, ls->buflen);
  if (s->reserved) return LEX_FIRST_RESERVED + s->reserved - 1;
  tk->u.str = s;
  return TK_NAME;
}

/* One- or two-character operator: c, or c followed by '=' giving `two`. */
static int lex_op2(LexState *ls, int c, int two) {
  lex_advance(ls);
  if (ls->cur != '=') return c;
  lex_advance(ls);
  return two;
}

static int lex_dot(LexState *ls, Token *tk) {
  lex_savenext(ls);
  if (lex_checknext(ls, ".")) return lex_checknext(ls, ".") ? TK_DOTS : TK_CONCAT;
  if (!isdigit(ls->cur)) return '.';
  lex_number(ls, tk);
  return TK_NUMBER;
}

static int lex_scan(LexState *ls, Token *tk) {
  ls->buflen = 0;
  for (;;) {
    switch (ls->cur) {
      case '\n': case '\r':
        lex_newline(ls);
        continue;
      case '-':
        lex_advance(ls);
        if (ls->cur != '-') return '-';
        lex_comment(ls);
        continue;
      case '[': {
        int sep = lex_sep(ls);
        if (sep >= 0) {
          lex_longstring(ls, tk, sep);
          return TK_STRING;
        }
        if (sep == -1) return '[';
        lex_error(ls, "invalid long string delimiter", TK_STRING);
      }
      case '=': return lex_op2(ls, '=', TK_EQ);
      case '<': return lex_op2(ls, '<', TK_LE);
      case '>': return lex_op2(ls, '>', TK_GE);
      case '~': return lex_op2(ls, '~', TK_NE);
      case ':':   /* "::" delimits a label (LuaJIT, 5.2); never valid Lua 5.1 */
        lex_advance(ls);
        if (ls->cur != ':') return ':';
        lex_advance(ls);
        return TK_DBCOLON;
      case '"': case '\'':
        lex_string(ls, ls->cur, tk);
        return TK_STRING;
      case '.':
        return lex_dot(ls, tk);
      case ZIO_EOZ:
        return TK_EOS;
      default:
        if (isspace(ls->cur)) {
          lex_advance(ls);
          continue;
        }
        if (isdigit(ls->cur)) {
          lex_number(ls, tk);
          return TK_NUMBER;
        }
        if (isalpha(ls->cur) || ls->cur == '_') return lex_name(ls, tk);
        {
          int c = ls->cur;   /* any other character is a token by itself */
          lex_advance(ls);
          return c;
        }
    }
  }
}

void lex_next(LexState *ls) {
  ls->lastline = ls->line;
  if (ls->ahead.tok != LEX_NO_AHEAD) {
    ls->t = ls->ahead;
    ls->ahead.tok = LEX_NO_AHEAD;
  } else {
    ls->t.tok = lex_scan(ls, &ls->t);
  }
}

int lex_lookahead(LexState *ls) {
  ls->ahead.tok = lex_scan(ls, &ls->ahead);
  return ls->ahead.tok;
}
