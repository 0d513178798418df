/* tap.h: a tiny Test Anything Protocol emitter for the unit tests. Each
 * check prints "ok N - name" or "not ok N - name"; done_testing() prints
 * the plan and returns the exit status. */
#ifndef DBT_TAP_H
#define DBT_TAP_H

#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

static int tap_ok(int cond, const char *file, int line, const char *name)
{
    ++tap_n;
    printf("%sok %d - %s\n", cond ? "" : "not ", tap_n, name);
    if (!cond) {
        ++tap_failed;
        printf("#   failed at %s:%d\n", file, line);
    }
    fflush(stdout);
    return cond;
}

#define ok(cond, name) tap_ok(!!(cond), __FILE__, __LINE__, (name))

/* String equality with both values shown on failure. */
#define is_str(got, want, name) do { \
        const char *g_ = (got), *w_ = (want); \
        int c_ = (g_ && w_) ? strcmp(g_, w_) == 0 : g_ == w_; \
        if (!tap_ok(c_, __FILE__, __LINE__, (name))) \
            printf("#   got:  %s\n#   want: %s\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
    } while (0)

#define is_int(got, want, name) do { \
        long long g_ = (long long)(got), w_ = (long long)(want); \
        if (!tap_ok(g_ == w_, __FILE__, __LINE__, (name))) \
            printf("#   got:  %lld\n#   want: %lld\n", g_, w_); \
    } while (0)

static int done_testing(void)
{
    printf("1..%d\n", tap_n);
    return tap_failed ? 1 : 0;
}

#endif
