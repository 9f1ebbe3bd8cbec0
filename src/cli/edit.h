/*
 * edit.h -- the line editor of `apogee`'s interactive mode (edit.c).
 *
 * A small readline replacement written on termios: one line at a time in raw mode, with
 * cursor movement, history and completion.  It knows nothing of Lua; the REPL (repl.c)
 * supplies the completion candidates through a callback.
 */
#ifndef APOGEE_EDIT_H
#define APOGEE_EDIT_H

#include <stddef.h>

/* Completion candidates, each the replacement for the line's bytes [start, cursor). */
typedef struct EditCompletions {
    char **item;
    size_t n, cap;
    size_t start;
} EditCompletions;

/* Fills out with the candidates for the word that ends at pos in line (out->start says where
 * it begins).  ud is the pointer given to edit_setcompletion. */
typedef void (*EditCompleteFn)(void *ud, const char *line, size_t pos, EditCompletions *out);

/* Adds one candidate (a copy of s[0..len)); duplicates are dropped later. */
void edit_addcompletion(EditCompletions *c, const char *s, size_t len);

/* True when stdin and stdout are terminals the editor can drive (TERM is not "dumb"). */
int edit_usable(void);

void edit_setcompletion(EditCompleteFn fn, void *ud);

/* Shows prompt and reads one line with editing.  Returns the line (malloc'd, no newline), or
 * NULL at end of input (Ctrl-D on an empty line, or stdin closed).  Ctrl-C returns an empty
 * line with *cancelled set. */
char *edit_readline(const char *prompt, int *cancelled);

/* History: recalled with Up/Down.  edit_history_file loads the file at path (the last
 * EDIT_HISTORY_MAX lines) and makes edit_history_add append each new entry to it. */
#define EDIT_HISTORY_MAX 1000
void edit_history_file(const char *path);
void edit_history_add(const char *line);

#endif
