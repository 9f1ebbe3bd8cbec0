/*
 * bench-measure: run a command, then report its wall-clock time and peak resident set size.
 *
 *   bench-measure [-o FILE] [-t SECONDS] [--] COMMAND [ARGS...]
 *
 * The command inherits stdin, stdout and stderr. When it ends, one line is written to FILE
 * (default: stderr):
 *
 *   wall=1.234567 rss_kb=12345 status=0
 *
 * wall is in seconds (CLOCK_MONOTONIC, from just before fork to the end of wait4), rss_kb is
 * the child's ru_maxrss as reported by wait4 (kilobytes on Linux) and status is the child's
 * exit status, or 128+N if it was killed by signal N. With -t, a child still running after
 * SECONDS is sent SIGKILL (status then reads 137). bench-measure exits with the child's status;
 * it exits with 125 if it cannot run the command at all (127 if the command is not found).
 * Only libc is used.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t child_pid = 0;
static volatile sig_atomic_t timed_out = 0;

static void on_alarm(int sig)
{
    (void)sig;
    if (child_pid > 0) {
        timed_out = 1;
        kill((pid_t)child_pid, SIGKILL);
    }
}

static void usage(void)
{
    fputs("usage: bench-measure [-o FILE] [-t SECONDS] [--] COMMAND [ARGS...]\n", stderr);
    exit(125);
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    const char *outpath = NULL;
    unsigned timeout = 0;
    int i = 1;

    while (i < argc && argv[i][0] == '-') {
        if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) {
            outpath = argv[i + 1];
            i += 2;
        } else if (strcmp(argv[i], "-t") == 0 && i + 1 < argc) {
            char *end;
            long t = strtol(argv[i + 1], &end, 10);
            if (*end != '\0' || t < 0) usage();
            timeout = (unsigned)t;
            i += 2;
        } else {
            usage();
        }
    }
    if (i >= argc) usage();

    FILE *out = stderr;
    if (outpath) {
        out = fopen(outpath, "w");
        if (!out) {
            fprintf(stderr, "bench-measure: cannot open %s: %s\n", outpath, strerror(errno));
            return 125;
        }
    }

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);

    fflush(NULL);
    double start = now_seconds();
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "bench-measure: fork: %s\n", strerror(errno));
        return 125;
    }
    if (pid == 0) {
        execvp(argv[i], &argv[i]);
        fprintf(stderr, "bench-measure: cannot run %s: %s\n", argv[i], strerror(errno));
        _exit(errno == ENOENT ? 127 : 126);
    }
    child_pid = pid;
    if (timeout > 0) alarm(timeout);

    int wstatus = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    while (wait4(pid, &wstatus, 0, &ru) < 0) {
        if (errno != EINTR) {
            fprintf(stderr, "bench-measure: wait4: %s\n", strerror(errno));
            return 125;
        }
    }
    double wall = now_seconds() - start;
    alarm(0);

    int status;
    if (WIFEXITED(wstatus))
        status = WEXITSTATUS(wstatus);
    else if (WIFSIGNALED(wstatus))
        status = 128 + WTERMSIG(wstatus);
    else
        status = 125;

    fprintf(out, "wall=%.6f rss_kb=%ld status=%d%s\n", wall, (long)ru.ru_maxrss, status,
            timed_out ? " timeout=1" : "");
    if (out != stderr) fclose(out);
    return status;
}
