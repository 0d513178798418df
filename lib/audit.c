/* audit.c: one JSON line per executed statement (see audit.h). The line is
 * built in memory and written with a single write() on an O_APPEND file, so
 * lines from concurrent sessions never interleave. */
#include "audit.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "export/export.h"
#include "util.h"

static void add_str(buf *b, const char *key, const char *s)
{
    buf_printf(b, ",\"%s\":", key);
    if (s)
        json_add_string(b, s, strlen(s));
    else
        buf_add(b, "null");
}

static void add_user(buf *b)
{
    struct passwd pw, *res = NULL;
    char space[2048];
    uid_t uid = geteuid();
    if (getpwuid_r(uid, &pw, space, sizeof space, &res) == 0 && res && res->pw_name) {
        add_str(b, "user", res->pw_name);
    } else {
        char num[32];
        snprintf(num, sizeof num, "%lu", (unsigned long)uid);
        add_str(b, "user", num);
    }
}

static void add_outcome(buf *b, const audit_entry *e)
{
    buf out;
    buf_init(&out);
    if (e->rc == 0) {
        buf_add(&out, "ok");
    } else if (e->rc > 0) {
        buf_add(&out, "truncated");
    } else {
        dbt_code code = e->err ? e->err->code : DBT_ERR_DB;
        const char *msg = e->err && e->err->message[0] ? e->err->message : dbt_strerror(code);
        if (code == DBT_ERR_CANCELLED)
            buf_add(&out, "cancelled");
        else if (code == DBT_ERR_REFUSED && strncmp(msg, "refused: ", 9) == 0)
            buf_add(&out, msg);   /* the guard's message says so already */
        else
            buf_printf(&out, "%s: %s", code == DBT_ERR_REFUSED ? "refused" : "error", msg);
    }
    add_str(b, "outcome", out.oom ? "error" : buf_str(&out));
    buf_free(&out);
}

int audit_write(const dbt_config *cfg, const audit_entry *e)
{
    if (!cfg || !cfg->audit_path || !*cfg->audit_path)
        return 0;
    char when[32];
    struct timespec now;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &now);
    gmtime_r(&now.tv_sec, &tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm);

    buf b;
    buf_init(&b);
    buf_printf(&b, "{\"time\":\"%s.%03ldZ\"", when, now.tv_nsec / 1000000L);
    add_user(&b);
    add_str(&b, "database", cfg->audit_database);
    add_str(&b, "question", e->question);
    add_str(&b, "sql", e->sql);
    add_str(&b, "source", e->source);
    if (e->rows >= 0)
        buf_printf(&b, ",\"rows\":%lld", e->rows);
    else
        buf_add(&b, ",\"rows\":null");
    if (e->duration_ms >= 0)
        buf_printf(&b, ",\"duration_ms\":%.1f", e->duration_ms);
    else
        buf_add(&b, ",\"duration_ms\":null");
    add_outcome(&b, e);
    buf_add(&b, "}\n");
    if (b.oom) {
        buf_free(&b);
        errno = ENOMEM;
        return -1;
    }
    int rc = -1;
    if (make_parent_dirs(cfg->audit_path) == 0) {
        int fd = open(cfg->audit_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd >= 0) {
            const char *p = buf_str(&b);
            size_t left = b.len;
            rc = 0;
            while (left > 0) {
                ssize_t n = write(fd, p, left);
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0) {
                    rc = -1;
                    break;
                }
                p += n;
                left -= (size_t)n;
            }
            int saved = errno;
            close(fd);
            errno = saved;
        }
    }
    buf_free(&b);
    return rc;
}
