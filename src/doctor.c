/* doctor.c: `databot doctor` (see doctor.h). Each check prints one line:
 * "ok" or "problem", what was found, and for a problem what to do. */
#include "doctor.h"

#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <curses.h>
#include <term.h>

#include "databot.h"
#include "paths.h"
#include "util.h"

typedef struct report {
    int problems;
} report;

static void line(report *r, int ok, const char *what, const char *fix)
{
    printf("%-8s %s\n", ok ? "ok" : "problem", what);
    if (!ok) {
        r->problems++;
        if (fix)
            printf("         fix: %s\n", fix);
    }
}

static void check_terminal(report *r)
{
    char what[256];
    if (!isatty(STDOUT_FILENO)) {
        line(r, 1, "terminal: output is not a terminal (batch use; tables stay plain)", NULL);
        return;
    }
    const char *term = getenv("TERM");
    int err = 0;
    if (!term || !*term || setupterm(NULL, STDOUT_FILENO, &err) != OK) {
        snprintf(what, sizeof what, "terminal: TERM=%s is unknown to this system's terminfo",
                 term && *term ? term : "(unset)");
        line(r, 0, what, "set TERM to one this machine knows, e.g. export TERM=xterm-256color");
    } else {
        int colors = tigetnum("colors");
        const char *no_color = getenv("NO_COLOR");
        snprintf(what, sizeof what, "terminal: TERM=%s, %s%s", term,
                 colors > 0 ? "colours available" : "no colours",
                 no_color && *no_color ? " (turned off by NO_COLOR)" : "");
        line(r, 1, what, NULL);
        del_curterm(cur_term);
    }
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col) {
        snprintf(what, sizeof what, "terminal size: %dx%d", ws.ws_col, ws.ws_row);
        line(r, ws.ws_col >= 80 && ws.ws_row >= 24, what,
             "make the window at least 80x24 for the full-screen interface");
    }
    int utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
    snprintf(what, sizeof what, "character set: %s%s", nl_langinfo(CODESET),
             utf8 ? "" : " (tables and charts are drawn in ASCII)");
    line(r, utf8, what, "use a UTF-8 locale, e.g. export LANG=C.UTF-8 (SSH may not forward LANG)");
}

static void check_config(report *r, const config *c, const char *config_error)
{
    char what[512];
    if (config_error) {
        snprintf(what, sizeof what, "config: %s", config_error);
        line(r, 0, what, "correct that line of the config file");
        return;
    }
    snprintf(what, sizeof what, "config: %s", c->path ? c->path : "none (defaults are used)");
    line(r, 1, what, NULL);
}

static void check_history(report *r)
{
    char what[512];
    char *hist = paths_history_file();
    if (!hist) {
        line(r, 1, "history: off", NULL);
        return;
    }
    int ok = make_parent_dirs(hist) == 0 &&
             (access(hist, W_OK) == 0 || access(hist, F_OK) != 0);
    snprintf(what, sizeof what, "history: %s", hist);
    line(r, ok, what, "make its folder writable, or set DATABOT_HISTFILE=/dev/null to turn history off");
    free(hist);
}

static void check_database(report *r, const options *o)
{
    char what[1200];
    dbt_error err;
    dbt_session *s = dbt_open(o->database, &o->cfg, &err);
    if (!s) {
        snprintf(what, sizeof what, "database: %s", err.message);
        line(r, 0, what, "check the path or connection; databot needs read access only");
        return;
    }
    dbt_answer *tables = dbt_list_tables(s, &err);
    snprintf(what, sizeof what, "database: %s (%s, %zu tables and views)", o->database,
             dbt_session_dialect(s), tables ? dbt_answer_rows(tables) : (size_t)0);
    line(r, 1, what, NULL);
    dbt_answer_free(tables);
    /* read-only, proven: a write must be refused before it runs */
    dbt_plan *p = dbt_plan_from_sql(s, "CREATE TABLE databot_doctor_probe (x INTEGER)", &err);
    line(r, p == NULL && err.code == DBT_ERR_REFUSED, "read-only: writes are refused",
         "report this as a bug: databot must never write");
    dbt_plan_free(p);
    dbt_close(s);
}

static void check_model(report *r, const options *o)
{
    char what[1200];
    dbt_error err;
    if (dbt_model_check(&o->cfg, what, sizeof what, &err) == 0) {
        line(r, 1, what, NULL);
        return;
    }
    snprintf(what, sizeof what, "model: %s", err.message);
    line(r, 0, what, "check --model, --base-url and the API key variable, or use --offline");
}

int doctor_run(const options *o, const config *c, const char *config_error)
{
    report r = { 0 };
    printf("databot %s doctor\n", dbt_version());
    check_terminal(&r);
    check_config(&r, c, config_error);
    check_history(&r);
    if (o->database)
        check_database(&r, o);
    else
        line(&r, 1, "database: none given (databot doctor DATABASE checks one)", NULL);
    check_model(&r, o);
    printf("%d problem%s found\n", r.problems, r.problems == 1 ? "" : "s");
    return r.problems ? 1 : 0;
}
