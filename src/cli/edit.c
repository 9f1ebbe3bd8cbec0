/*
 * edit.c -- line editing for the interactive mode, on termios (no readline).
 *
 * The terminal is in raw mode only while a line is being read; Lua code runs with the
 * terminal as the user left it, so Ctrl-C reaches the interpreter's SIGINT handler then.
 * The line is drawn on one screen row: when it is wider than the terminal it scrolls
 * horizontally around the cursor.  Redrawing moves the cursor back by the columns drawn so
 * far instead of to column 0, so output left without a newline before the prompt (as after
 * io.write("x")) stays visible.  Positions are byte offsets that always sit on UTF-8
 * character boundaries; a character's screen width comes from char_width (2 for the wide
 * East Asian ranges, 0 for combining marks, else 1).
 *
 * Keys: Left/Right, Ctrl-B/F (character), Alt-B/F and Ctrl-Left/Right (word), Home/End and
 * Ctrl-A/E, Up/Down and Ctrl-P/N (history), Backspace/Ctrl-H, Delete, Ctrl-D (delete, or end
 * of input on an empty line), Ctrl-K (kill to end), Ctrl-U (kill to start), Ctrl-W (kill the
 * previous word), Ctrl-L (clear screen), Ctrl-C (cancel the line), Tab (complete: the common
 * prefix of the candidates; a second Tab lists them), Enter.
 */
#if !defined(_GNU_SOURCE) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L
#endif

#include "edit.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

/* ======================================================================
 * Terminal
 * ====================================================================== */

static struct termios saved_termios;
static int raw_active = 0;

static void edit_rawoff(void)
{
    if (raw_active) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
        raw_active = 0;
    }
}

/* Raw input (no echo, no line buffering, no signals from Ctrl-C/Ctrl-Z, no flow control);
 * output processing stays on, so "\n" still starts a new line. */
static int edit_rawon(void)
{
    static int atexit_done = 0;
    struct termios raw;
    if (tcgetattr(STDIN_FILENO, &saved_termios) != 0)
        return -1;
    if (!atexit_done) {
        atexit(edit_rawoff);
        atexit_done = 1;
    }
    raw = saved_termios;
    raw.c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    raw.c_cflag |= CS8;
    raw.c_lflag &= ~(tcflag_t)(ECHO | ICANON | IEXTEN | ISIG);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    if (tcsetattr(STDIN_FILENO, TCSANOW, &raw) != 0)
        return -1;
    raw_active = 1;
    return 0;
}

int edit_usable(void)
{
    const char *term = getenv("TERM");
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
        return 0;
    return !(term && (strcmp(term, "dumb") == 0 || strcmp(term, "cons25") == 0 ||
                      strcmp(term, "emacs") == 0));
}

static int term_columns(void)
{
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

static void write_all(const char *s, size_t len)
{
    while (len > 0) {
        ssize_t n = write(STDOUT_FILENO, s, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        s += n;
        len -= (size_t)n;
    }
}

static void write_str(const char *s)
{
    write_all(s, strlen(s));
}

/* One byte of input; -1 at end of input or on error, -2 when timeout_ms (if >= 0) passes
 * first. */
static int read_byte(int timeout_ms)
{
    unsigned char c;
    for (;;) {
        ssize_t n;
        if (timeout_ms >= 0) {
            struct pollfd p = { STDIN_FILENO, POLLIN, 0 };
            int r = poll(&p, 1, timeout_ms);
            if (r == 0)
                return -2;
            if (r < 0 && errno == EINTR)
                continue;
        }
        n = read(STDIN_FILENO, &c, 1);
        if (n == 1)
            return c;
        if (n < 0 && errno == EINTR)
            continue;
        return -1;
    }
}

/* ======================================================================
 * UTF-8
 * ====================================================================== */

static int is_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

static size_t next_char(const char *s, size_t len, size_t i)
{
    if (i < len)
        i++;
    while (i < len && is_cont((unsigned char)s[i]))
        i++;
    return i;
}

static size_t prev_char(const char *s, size_t i)
{
    if (i > 0)
        i--;
    while (i > 0 && is_cont((unsigned char)s[i]))
        i--;
    return i;
}

/* Decodes the character at s[i] (lenient: a malformed byte counts as itself). */
static unsigned long decode_char(const char *s, size_t len, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned long c = u[i];
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra == 0)
        return c;
    c &= 0x3Fu >> extra;
    while (extra-- > 0 && ++i < len && is_cont(u[i]))
        c = (c << 6) | (u[i] & 0x3F);
    return c;
}

static int char_width(unsigned long c)
{
    if (c >= 0x300 && c <= 0x36F)  /* combining diacritical marks */
        return 0;
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
        (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
        (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

/* Screen columns of s[from, to). */
static size_t text_width(const char *s, size_t from, size_t to)
{
    size_t w = 0, i;
    for (i = from; i < to; i = next_char(s, to, i))
        w += (size_t)char_width(decode_char(s, to, i));
    return w;
}

/* ======================================================================
 * History
 * ====================================================================== */

static char **history = NULL;
static size_t history_len = 0;
static char *history_path = NULL;

static void history_push(const char *line)
{
    if (history == NULL) {
        history = calloc(EDIT_HISTORY_MAX, sizeof(char *));
        if (history == NULL)
            return;
    }
    if (history_len == EDIT_HISTORY_MAX) {
        free(history[0]);
        memmove(history, history + 1, (EDIT_HISTORY_MAX - 1) * sizeof(char *));
        history_len--;
    }
    history[history_len] = strdup(line);
    if (history[history_len] != NULL)
        history_len++;
}

void edit_history_file(const char *path)
{
    FILE *f;
    char *line = NULL;
    size_t cap = 0, lines = 0;
    ssize_t n;
    free(history_path);
    history_path = path ? strdup(path) : NULL;
    if (path == NULL || (f = fopen(path, "r")) == NULL)
        return;
    while ((n = getline(&line, &cap, f)) >= 0) {
        if (n > 0 && line[n - 1] == '\n')
            line[--n] = '\0';
        if (n > 0)
            history_push(line);
        lines++;
    }
    free(line);
    fclose(f);
    /* Keep the file from growing without bound: rewrite it with what was kept. */
    if (lines > 2 * EDIT_HISTORY_MAX && (f = fopen(path, "w")) != NULL) {
        size_t i;
        for (i = 0; i < history_len; i++)
            fprintf(f, "%s\n", history[i]);
        fclose(f);
    }
}

/* Empty lines and repeats of the previous entry are not recorded.  The file is appended to
 * at once, so history survives os.exit and crashes; it is created readable by the user only. */
void edit_history_add(const char *line)
{
    int fd;
    if (line[0] == '\0' || strchr(line, '\n') != NULL ||
        (history_len > 0 && strcmp(history[history_len - 1], line) == 0))
        return;
    history_push(line);
    if (history_path == NULL)
        return;
    fd = open(history_path, O_WRONLY | O_APPEND | O_CREAT, 0600);
    if (fd >= 0) {
        FILE *f = fdopen(fd, "a");
        if (f != NULL) {
            fprintf(f, "%s\n", line);
            fclose(f);
        } else {
            close(fd);
        }
    }
}

/* ======================================================================
 * Completion candidates
 * ====================================================================== */

static EditCompleteFn complete_fn = NULL;
static void *complete_ud = NULL;

void edit_setcompletion(EditCompleteFn fn, void *ud)
{
    complete_fn = fn;
    complete_ud = ud;
}

void edit_addcompletion(EditCompletions *c, const char *s, size_t len)
{
    char *copy;
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 16;
        char **item = realloc(c->item, cap * sizeof(char *));
        if (item == NULL)
            return;
        c->item = item;
        c->cap = cap;
    }
    copy = malloc(len + 1);
    if (copy == NULL)
        return;
    memcpy(copy, s, len);
    copy[len] = '\0';
    c->item[c->n++] = copy;
}

static void free_completions(EditCompletions *c)
{
    size_t i;
    for (i = 0; i < c->n; i++)
        free(c->item[i]);
    free(c->item);
}

static int compare_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts the candidates and drops duplicates (a field found in a table and its __index). */
static void sort_completions(EditCompletions *c)
{
    size_t i, n = 0;
    if (c->n == 0)
        return;
    qsort(c->item, c->n, sizeof(char *), compare_str);
    for (i = 1; i < c->n; i++) {
        if (strcmp(c->item[i], c->item[n]) == 0)
            free(c->item[i]);
        else
            c->item[++n] = c->item[i];
    }
    c->n = n + 1;
}

/* ======================================================================
 * The line being edited
 * ====================================================================== */

typedef struct Line {
    char *buf;
    size_t len, cap;
    size_t pos;          /* cursor (byte offset) */
    const char *prompt;
    size_t prompt_width;
    size_t drawn_col;    /* cursor column relative to the prompt's start, as last drawn */
    size_t hist_index;   /* entry shown: history_len is the new line */
    char *new_line;      /* the new line, saved while history entries are shown */
} Line;

/* Output is gathered and written at once, so a redraw does not flicker. */
typedef struct Out {
    char *s;
    size_t len, cap;
} Out;

static void out_add(Out *o, const char *s, size_t len)
{
    if (o->len + len > o->cap) {
        size_t cap = o->cap ? o->cap : 256;
        char *p;
        while (cap < o->len + len)
            cap *= 2;
        p = realloc(o->s, cap);
        if (p == NULL)
            return;
        o->s = p;
        o->cap = cap;
    }
    memcpy(o->s + o->len, s, len);
    o->len += len;
}

static void out_move(Out *o, char dir, size_t n)
{
    char seq[32];
    if (n > 0) {
        snprintf(seq, sizeof seq, "\x1b[%zu%c", n, dir);
        out_add(o, seq, strlen(seq));
    }
}

/* Draws prompt and line: the part of the line that fits, scrolled so the cursor shows. */
static void refresh(Line *l)
{
    Out o = { NULL, 0, 0 };
    size_t cols = (size_t)term_columns();
    size_t avail = cols > l->prompt_width + 2 ? cols - l->prompt_width - 1 : 1;
    size_t start = 0, end = l->pos;
    while (start < l->pos && text_width(l->buf, start, l->pos) > avail)
        start = next_char(l->buf, l->len, start);
    while (end < l->len &&
           text_width(l->buf, start, next_char(l->buf, l->len, end)) <= avail)
        end = next_char(l->buf, l->len, end);
    out_move(&o, 'D', l->drawn_col);
    out_add(&o, l->prompt, strlen(l->prompt));
    out_add(&o, l->buf + start, end - start);
    out_add(&o, "\x1b[0K", 4);
    out_move(&o, 'D', text_width(l->buf, l->pos, end));
    l->drawn_col = l->prompt_width + text_width(l->buf, start, l->pos);
    write_all(o.s, o.len);
    free(o.s);
}

/* After output that ends at the start of a new row (a candidate list, a cleared screen). */
static void redraw_fresh(Line *l)
{
    l->drawn_col = 0;
    refresh(l);
}

static int reserve(Line *l, size_t extra)
{
    if (l->len + extra + 1 > l->cap) {
        size_t cap = l->cap * 2;
        char *p;
        while (cap < l->len + extra + 1)
            cap *= 2;
        p = realloc(l->buf, cap);
        if (p == NULL)
            return 0;
        l->buf = p;
        l->cap = cap;
    }
    return 1;
}

static void insert_text(Line *l, const char *s, size_t n)
{
    if (!reserve(l, n))
        return;
    memmove(l->buf + l->pos + n, l->buf + l->pos, l->len - l->pos);
    memcpy(l->buf + l->pos, s, n);
    l->len += n;
    l->pos += n;
    l->buf[l->len] = '\0';
}

static void delete_range(Line *l, size_t from, size_t to)
{
    memmove(l->buf + from, l->buf + to, l->len - to);
    l->len -= to - from;
    l->buf[l->len] = '\0';
    if (l->pos > to)
        l->pos -= to - from;
    else if (l->pos > from)
        l->pos = from;
}

static void set_text(Line *l, const char *s)
{
    size_t n = strlen(s);
    l->len = l->pos = 0;
    if (!reserve(l, n))
        return;
    memcpy(l->buf, s, n + 1);
    l->len = l->pos = n;
}

static int is_word_char(char c)
{
    unsigned char u = (unsigned char)c;
    return u >= 0x80 || u == '_' || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}

static size_t word_left(const Line *l)
{
    size_t i = l->pos;
    while (i > 0 && !is_word_char(l->buf[i - 1]))
        i--;
    while (i > 0 && is_word_char(l->buf[i - 1]))
        i--;
    return i;
}

static size_t word_right(const Line *l)
{
    size_t i = l->pos;
    while (i < l->len && !is_word_char(l->buf[i]))
        i++;
    while (i < l->len && is_word_char(l->buf[i]))
        i++;
    return i;
}

/* Up (dir -1) and Down (dir +1) through the history; the new line is kept aside meanwhile. */
static void history_move(Line *l, int dir)
{
    size_t to;
    if (dir < 0 && l->hist_index == 0)
        return;
    if (dir > 0 && l->hist_index >= history_len)
        return;
    to = dir < 0 ? l->hist_index - 1 : l->hist_index + 1;
    if (l->hist_index == history_len) {
        free(l->new_line);
        l->new_line = strdup(l->buf);
    }
    l->hist_index = to;
    set_text(l, to == history_len ? (l->new_line ? l->new_line : "") : history[to]);
    refresh(l);
}

/* Prints the candidates in columns below the line, then draws the line again. */
static void list_candidates(Line *l, EditCompletions *c)
{
    Out o = { NULL, 0, 0 };
    size_t cols = (size_t)term_columns(), width = 0, per_row, i;
    for (i = 0; i < c->n; i++) {
        size_t w = text_width(c->item[i], 0, strlen(c->item[i]));
        if (w > width)
            width = w;
    }
    width += 2;
    per_row = cols / width ? cols / width : 1;
    out_add(&o, "\n", 1);
    for (i = 0; i < c->n; i++) {
        size_t w = text_width(c->item[i], 0, strlen(c->item[i]));
        out_add(&o, c->item[i], strlen(c->item[i]));
        if ((i + 1) % per_row == 0 || i + 1 == c->n) {
            out_add(&o, "\n", 1);
        } else {
            for (; w < width; w++)
                out_add(&o, " ", 1);
        }
    }
    write_all(o.s, o.len);
    free(o.s);
    redraw_fresh(l);
}

/* Tab: replaces the word before the cursor by the candidates' longest common prefix; when that
 * adds nothing, a second Tab in a row lists the candidates.  Returns 1 if it listed them. */
static int complete(Line *l, int again)
{
    EditCompletions c = { NULL, 0, 0, 0 };
    size_t common, i, word;
    int listed = 0;
    if (complete_fn == NULL)
        return 0;
    c.start = l->pos;
    complete_fn(complete_ud, l->buf, l->pos, &c);
    sort_completions(&c);
    if (c.n == 0 || c.start > l->pos) {
        write_str("\a");
        free_completions(&c);
        return 0;
    }
    common = strlen(c.item[0]);
    for (i = 1; i < c.n; i++) {
        size_t k = 0;
        while (k < common && c.item[i][k] == c.item[0][k])
            k++;
        common = k;
    }
    while (common > 0 && is_cont((unsigned char)c.item[0][common]))
        common--;  /* never split a character */
    word = l->pos - c.start;
    if (common > word || (common == word && memcmp(c.item[0], l->buf + c.start, word) != 0)) {
        size_t pos = l->pos;
        l->pos = c.start;
        delete_range(l, c.start, pos);
        insert_text(l, c.item[0], common);
        refresh(l);
    } else if (c.n > 1 && again) {
        list_candidates(l, &c);
        listed = 1;
    } else if (c.n > 1) {
        write_str("\a");
    }
    free_completions(&c);
    return listed;
}

/* ======================================================================
 * Keys
 * ====================================================================== */

enum {
    KEY_NONE = -2, KEY_EOF = -1,
    KEY_UP = 0x100, KEY_DOWN, KEY_LEFT, KEY_RIGHT, KEY_HOME, KEY_END, KEY_DELETE,
    KEY_WORD_LEFT, KEY_WORD_RIGHT
};

#define CTRL_KEY(c) ((c) & 0x1F)
#define ESC_TIMEOUT_MS 100

/* Decodes an escape sequence (ESC already read): CSI "ESC [ params final", SS3 "ESC O x",
 * or Alt+key "ESC x". */
static int read_escape(void)
{
    int c = read_byte(ESC_TIMEOUT_MS);
    if (c == 'b' || c == 'B')
        return KEY_WORD_LEFT;
    if (c == 'f' || c == 'F')
        return KEY_WORD_RIGHT;
    if (c == 'O') {
        switch (read_byte(ESC_TIMEOUT_MS)) {
        case 'A': return KEY_UP;
        case 'B': return KEY_DOWN;
        case 'C': return KEY_RIGHT;
        case 'D': return KEY_LEFT;
        case 'H': return KEY_HOME;
        case 'F': return KEY_END;
        default: return KEY_NONE;
        }
    }
    if (c == '[') {
        int param[2] = { 0, 0 }, n = 0;
        for (;;) {
            c = read_byte(ESC_TIMEOUT_MS);
            if (c < 0)
                return KEY_NONE;
            if (c >= '0' && c <= '9') {
                if (param[n] < 1000)
                    param[n] = param[n] * 10 + (c - '0');
            } else if (c == ';') {
                if (n < 1)
                    n++;
            } else if (c >= 0x40 && c <= 0x7E) {
                break;
            }
        }
        /* Ctrl (5) or Alt (3) with an arrow moves by words: ESC [ 1 ; 5 C */
        switch (c) {
        case 'A': return KEY_UP;
        case 'B': return KEY_DOWN;
        case 'C': return param[1] == 5 || param[1] == 3 ? KEY_WORD_RIGHT : KEY_RIGHT;
        case 'D': return param[1] == 5 || param[1] == 3 ? KEY_WORD_LEFT : KEY_LEFT;
        case 'H': return KEY_HOME;
        case 'F': return KEY_END;
        case '~':
            switch (param[0]) {
            case 1: case 7: return KEY_HOME;
            case 4: case 8: return KEY_END;
            case 3: return KEY_DELETE;
            default: return KEY_NONE;
            }
        default: return KEY_NONE;
        }
    }
    return KEY_NONE;
}

/* Reads the rest of the UTF-8 character whose lead byte is c into s; returns its length. */
static size_t read_utf8(int c, char *s)
{
    size_t n = 1, want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    s[0] = (char)c;
    while (n < want) {
        int d = read_byte(ESC_TIMEOUT_MS);
        if (d < 0 || !is_cont((unsigned char)d))
            break;  /* a malformed sequence is kept as the bytes that came */
        s[n++] = (char)d;
    }
    return n;
}

/* The editing loop: returns 1 when the line is accepted, 0 at end of input, -1 when cancelled. */
static int edit_loop(Line *l)
{
    int last_tab = 0;
    refresh(l);
    for (;;) {
        int c = read_byte(-1), tab = 0;
        if (c == 27)
            c = read_escape();
        switch (c) {
        case KEY_EOF:  /* stdin closed: a partial line is still accepted */
            if (l->len == 0)
                return 0;
            write_str("\n");
            return 1;
        case KEY_NONE:
            break;
        case '\r':
        case '\n':
            l->pos = l->len;
            refresh(l);
            write_str("\n");
            return 1;
        case CTRL_KEY('C'):
            l->pos = l->len;
            refresh(l);
            write_str("^C\n");
            return -1;
        case CTRL_KEY('D'):
            if (l->len == 0)
                return 0;
            /* fall through */
        case KEY_DELETE:
            if (l->pos < l->len) {
                delete_range(l, l->pos, next_char(l->buf, l->len, l->pos));
                refresh(l);
            }
            break;
        case 127:
        case CTRL_KEY('H'):
            if (l->pos > 0) {
                delete_range(l, prev_char(l->buf, l->pos), l->pos);
                refresh(l);
            }
            break;
        case '\t':
            tab = !complete(l, last_tab);
            break;
        case KEY_LEFT:
        case CTRL_KEY('B'):
            l->pos = prev_char(l->buf, l->pos);
            refresh(l);
            break;
        case KEY_RIGHT:
        case CTRL_KEY('F'):
            l->pos = next_char(l->buf, l->len, l->pos);
            refresh(l);
            break;
        case KEY_WORD_LEFT:
            l->pos = word_left(l);
            refresh(l);
            break;
        case KEY_WORD_RIGHT:
            l->pos = word_right(l);
            refresh(l);
            break;
        case KEY_HOME:
        case CTRL_KEY('A'):
            l->pos = 0;
            refresh(l);
            break;
        case KEY_END:
        case CTRL_KEY('E'):
            l->pos = l->len;
            refresh(l);
            break;
        case KEY_UP:
        case CTRL_KEY('P'):
            history_move(l, -1);
            break;
        case KEY_DOWN:
        case CTRL_KEY('N'):
            history_move(l, 1);
            break;
        case CTRL_KEY('K'):
            delete_range(l, l->pos, l->len);
            refresh(l);
            break;
        case CTRL_KEY('U'):
            delete_range(l, 0, l->pos);
            refresh(l);
            break;
        case CTRL_KEY('W'): {
            /* the previous whitespace-delimited word, as readline's unix-word-rubout */
            size_t i = l->pos;
            while (i > 0 && l->buf[i - 1] == ' ')
                i--;
            while (i > 0 && l->buf[i - 1] != ' ')
                i--;
            delete_range(l, i, l->pos);
            refresh(l);
            break;
        }
        case CTRL_KEY('L'):
            write_str("\x1b[H\x1b[2J");
            redraw_fresh(l);
            break;
        default:
            if (c >= 0x20 && c != 127 && c < 0x100) {
                char s[4];
                insert_text(l, s, read_utf8(c, s));
                refresh(l);
            }
            break;
        }
        last_tab = tab;
    }
}

char *edit_readline(const char *prompt, int *cancelled)
{
    Line l;
    int r;
    *cancelled = 0;
    memset(&l, 0, sizeof l);
    l.cap = 128;
    l.buf = malloc(l.cap);
    if (l.buf == NULL)
        return NULL;
    l.buf[0] = '\0';
    l.prompt = prompt;
    l.prompt_width = text_width(prompt, 0, strlen(prompt));
    l.hist_index = history_len;
    fflush(stdout);  /* what Lua code wrote through stdio goes before the prompt */
    if (edit_rawon() != 0) {
        free(l.buf);
        return NULL;
    }
    r = edit_loop(&l);
    edit_rawoff();
    free(l.new_line);
    if (r == 0) {
        free(l.buf);
        return NULL;
    }
    if (r < 0) {
        *cancelled = 1;
        l.buf[0] = '\0';
    }
    return l.buf;
}
