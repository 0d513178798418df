/* util.h: small helpers every module uses: error filling, a growable string
 * buffer, checked string duplication. Internal to libdatabot. */
#ifndef DBT_UTIL_H
#define DBT_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include "databot.h"

#if defined(__GNUC__)
#define DBT_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define DBT_PRINTF(a, b)
#endif

/* Fill err (if not NULL) with code and a formatted message; returns -1 so
 * callers can write `return err_set(err, ...)`. */
int err_set(dbt_error *err, dbt_code code, const char *fmt, ...) DBT_PRINTF(3, 4);
void err_clear(dbt_error *err);

/* A growable NUL-terminated byte buffer. After an allocation failure `oom`
 * is set and further appends are ignored; check it once at the end. */
typedef struct buf {
    char *p;
    size_t len, cap;
    int oom;
} buf;

void buf_init(buf *b);
void buf_free(buf *b);
void buf_reset(buf *b);                       /* len = 0, keeps memory */
void buf_add(buf *b, const char *s);
void buf_addn(buf *b, const char *s, size_t n);
void buf_addc(buf *b, char c);
void buf_printf(buf *b, const char *fmt, ...) DBT_PRINTF(2, 3);
void buf_vprintf(buf *b, const char *fmt, va_list ap) DBT_PRINTF(2, 0);
/* The contents as a malloc'd string the caller owns (never NULL unless
 * out of memory); the buffer is left empty. */
char *buf_take(buf *b);
const char *buf_str(const buf *b);            /* "" when empty */

/* A formatted string, malloc'd (NULL on no memory). */
char *str_vprintf(const char *fmt, va_list ap) DBT_PRINTF(1, 0);
/* A whole file as a NUL-terminated string, malloc'd; NULL with errno when
 * it cannot be read. At most max bytes are read (0: no bound). */
char *file_read_all(const char *path, size_t max);

char *xstrdup(const char *s);                 /* NULL on NULL or no memory */
/* The first place w occurs in s, letters compared in any case, or NULL. */
const char *str_find_ci(const char *s, const char *w);
char *xstrndup(const char *s, size_t n);
int str_ieq(const char *a, const char *b);    /* ASCII case-insensitive equal */
/* Levenshtein distance, ASCII case-insensitive, for "did you mean" and
 * typo tolerance; stops early and returns cap + 1 once it must exceed cap
 * (and for words over 63 bytes). */
int str_edit_distance(const char *a, const char *b, int cap);
/* Create the folders leading to path (not path itself), mode 0700, as
 * mkdir -p would. Returns 0, or -1 with errno. */
int make_parent_dirs(const char *path);

#endif
