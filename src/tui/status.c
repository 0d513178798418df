/* status.c: the status bar, the last line. What databot is talking to
 * (database, model or built-in engine), what the last answer was (from
 * the cache or memory, tokens, rows, time, truncated),
 * and, on the right, either the job in progress (its stage and elapsed
 * time, and how to cancel it) or the latest message. Reverse video, so
 * it reads as a bar without colour. */
#include "tui.h"

#include <stdio.h>
#include <string.h>

#include "../format.h"

static void status_repaint(pane *p, tui *t)
{
    attr_t bar = A_REVERSE;
    draw_fill(p->win, 0, 0, p->w, bar, 0);
    buf b;
    buf_init(&b);
    const char *db = strrchr(t->dbname, '/');
    db = db ? db + 1 : t->dbname;
    const char *dot = t->utf8 ? "\xc2\xb7" : "|";
    const char *model = t->o->cfg.model && *t->o->cfg.model && !t->o->cfg.offline
                            ? t->o->cfg.model : "built-in";
    buf_printf(&b, " %s %s %s", db, dot, model);
    if (t->answer_plan) {
        /* where the SQL came from: cache, memory, or what it cost */
        const char *source = dbt_plan_source(t->answer_plan);
        long tokens = dbt_plan_tokens_in(t->answer_plan) + dbt_plan_tokens_out(t->answer_plan);
        if (strcmp(source, "cache") == 0)
            buf_printf(&b, " %s cached", dot);
        else if (strcmp(source, "memory") == 0)
            buf_printf(&b, " %s remembered", dot);
        if (tokens > 0)
            buf_printf(&b, " %s %ld tokens", dot, tokens);
    }
    if (t->answer) {
        buf_printf(&b, " %s ", t->utf8 ? "\xc2\xb7" : "|");
        format_int_grouped(&b, (int64_t)dbt_answer_rows(t->answer));
        buf_add(&b, dbt_answer_rows(t->answer) == 1 ? " row" : " rows");
        buf_printf(&b, " %s %.0f ms", t->utf8 ? "\xc2\xb7" : "|", dbt_answer_elapsed_ms(t->answer));
        if (dbt_answer_truncated(t->answer))
            buf_printf(&b, " %s TRUNCATED", t->utf8 ? "\xc2\xb7" : "|");
    }
    char right[256] = "";
    int right_attr = 0;
    if (t->w.running) {
        static const char *const spin_u[] = { "\xe2\xa0\x8b", "\xe2\xa0\x99", "\xe2\xa0\xb9",
                                              "\xe2\xa0\xb8", "\xe2\xa0\xbc", "\xe2\xa0\xb4",
                                              "\xe2\xa0\xa6", "\xe2\xa0\xa7" };
        static const char *const spin_a[] = { "|", "/", "-", "\\" };
        double el = worker_elapsed(&t->w);
        int i = (int)(el * 8);
        const char *what = t->w.kind == JOB_RUN ? "running the query (stage 5: execute)"
                         : t->w.kind == JOB_EXPORT ? "exporting"
                         : "planning (understand, schema, SQL, guard)";
        char prog[160];
        tui_progress_text(prog, sizeof prog);
        if (t->w.kind == JOB_ASK && *prog)
            what = prog;
        snprintf(right, sizeof right, "%s %s %.1fs  Esc cancels ",
                 t->utf8 ? spin_u[i % 8] : spin_a[i % 4], what, el);
        right_attr = A_BOLD;
    } else if (t->message) {
        snprintf(right, sizeof right, "%s ", t->message);
        right_attr = t->message_error ? A_BOLD : 0;
    } else {
        snprintf(right, sizeof right, "F1 help  Tab focus  Ctrl-D quit ");
    }
    int rw = draw_text_right(p->win, 0, p->w, right, p->w * 2 / 3, bar | (attr_t)right_attr,
                             t->message_error && !t->w.running ? CP_ERROR * t->color : 0, t->utf8);
    draw_text(p->win, 0, 0, buf_str(&b), p->w - rw - 1, bar | A_BOLD, 0, t->utf8);
    buf_free(&b);
}

const pane_ops status_pane_ops = { NULL, status_repaint, NULL, NULL };
