/* tui.c: the full-screen interface's main loop and actions. It opens the
 * terminal (screen.c), builds the panes (layout.c), then loops: repaint
 * what is dirty, poll the terminal and the worker's wake pipe, dispatch
 * keys (overlay, then global keys, then the focused pane). Questions,
 * SQL and queries run on the worker thread; the loop keeps drawing the
 * stage and elapsed time, and Esc or Ctrl-C cancels. Ctrl-Z suspends
 * (a job in flight carries on after fg). Signal handlers only set flags;
 * the loop reads them, and every way out restores the terminal. */
#include "tui.h"
#include "../conversation.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../format.h"
#include "export/export.h"

static volatile sig_atomic_t abandoned;   /* the plan being made was cancelled: drop it */

/* Progress of a model request, written on the worker thread. */
static pthread_mutex_t progress_mu = PTHREAD_MUTEX_INITIALIZER;
static char progress_line[160];

int tui_progress(void *ctx, dbt_progress_kind kind, const char *text)
{
    (void)ctx;
    pthread_mutex_lock(&progress_mu);
    size_t len = strlen(progress_line);
    switch (kind) {
    case DBT_PROGRESS_REQUEST:
        snprintf(progress_line, sizeof progress_line, "asking %s: ", text ? text : "the model");
        break;
    case DBT_PROGRESS_TEXT:
        /* keep the newest part of the streamed reply, on one line */
        for (const char *p = text ? text : ""; *p; p++) {
            if (len + 1 >= sizeof progress_line) {
                memmove(progress_line, progress_line + 40, len - 40 + 1);
                len -= 40;
            }
            progress_line[len++] = (*p == '\n' || *p == '\t' || *p == '\r') ? ' ' : *p;
            progress_line[len] = '\0';
        }
        break;
    default:
        snprintf(progress_line, sizeof progress_line, "%s", text ? text : "");
        break;
    }
    pthread_mutex_unlock(&progress_mu);
    return abandoned;
}

void tui_progress_text(char *out, size_t n)
{
    pthread_mutex_lock(&progress_mu);
    snprintf(out, n, "%s", progress_line);
    pthread_mutex_unlock(&progress_mu);
}

static void progress_reset(void)
{
    pthread_mutex_lock(&progress_mu);
    progress_line[0] = '\0';
    pthread_mutex_unlock(&progress_mu);
}

double tui_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void tui_dirty(tui *t, int id)
{
    t->panes[id].dirty = 1;
}

static void all_dirty(tui *t)
{
    for (int i = 0; i < P_COUNT; i++)
        t->panes[i].dirty = 1;
}

void tui_message(tui *t, int error, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    free(t->message);
    t->message = str_vprintf(fmt, ap);
    va_end(ap);
    t->message_error = error;
    tui_dirty(t, P_STATUS);
}

void tui_focus(tui *t, int id)
{
    tui_dirty(t, t->focus);
    t->focus = id;
    tui_dirty(t, id);
    if (!t->wide && (id == P_TABLE || id == P_CHART || id == P_INSIGHT) && t->tab != id) {
        t->tab = id;
        t->layout_dirty = 1;
    }
}

static void focus_cycle(tui *t, int dir)
{
    static const int order[] = { P_INPUT, P_SQL, P_TABLE, P_CHART, P_INSIGHT, P_CONV };
    int n = (int)(sizeof order / sizeof *order), i = 0;
    while (i < n && order[i] != t->focus)
        i++;
    for (int k = 1; k <= n; k++) {
        int id = order[((i + dir * k) % n + n) % n];
        if (id == P_SQL && !t->plan)
            continue;
        tui_focus(t, id);
        return;
    }
}

static void error_line(tui *t, const dbt_error *err)
{
    conv_add(t, CONV_ERROR, "%s: %s", dbt_strerror(err->code), err->message);
}

/* ---- answers and plans -------------------------------------------------------- */

/* a becomes the answer on screen; p (may be NULL) the plan that made it. */
static void show_answer(tui *t, dbt_answer *a, dbt_plan *p)
{
    if (t->answer_plan && t->answer_plan != t->plan && t->answer_plan != p)
        dbt_plan_free(t->answer_plan);
    t->answer_plan = p;
    table_set_answer(t, NULL);
    chart_pane_set_answer(t, NULL);
    insight_pane_set_answer(t, NULL);
    dbt_answer_free(t->answer);
    t->answer = a;
    table_set_answer(t, a);
    int listing = a && !dbt_answer_sql(a);
    chart_pane_set_answer(t, listing ? NULL : a);
    insight_pane_set_answer(t, listing ? NULL : a);
    tui_dirty(t, P_STATUS);
    if (!t->wide && t->tab != P_TABLE) {
        t->tab = P_TABLE;         /* a new answer shows its rows first */
        t->layout_dirty = 1;
    }
}

static void set_plan(tui *t, dbt_plan *p, int pending)
{
    if (t->plan != p && t->plan != t->answer_plan)
        dbt_plan_free(t->plan);
    t->plan = p;
    t->pending = p && pending;
    sqlpane_update(t);
    tui_dirty(t, P_SQL);
}

static int busy(tui *t)
{
    if (!t->w.running)
        return 0;
    tui_message(t, 1, "busy: wait for it, or Esc cancels it");
    return 1;
}

void tui_run_plan(tui *t)
{
    if (!t->plan || busy(t))
        return;
    t->pending = 0;
    tui_dirty(t, P_SQL);
    if (worker_start(&t->w, JOB_RUN, NULL, t->plan, NULL) < 0)
        conv_add(t, CONV_ERROR, "could not start the query: out of resources");
    tui_focus(t, P_INPUT);
}

void tui_cancel_plan(tui *t)
{
    if (busy(t))
        return;
    conv_add(t, CONV_INFO, "not run");
    set_plan(t, NULL, 0);
    tui_focus(t, P_INPUT);
}

int tui_choose_reading(tui *t, size_t k)
{
    if (!t->plan || !t->pending || !dbt_plan_question(t->plan) || k >= dbt_plan_choices(t->plan))
        return 0;
    if (busy(t))
        return 1;
    conv_add(t, CONV_INFO, "reading %zu: %s", k + 1, dbt_plan_choice(t->plan, k));
    t->w.choice = k;
    if (worker_start(&t->w, JOB_CHOICE, dbt_plan_question(t->plan), NULL, NULL) < 0)
        conv_add(t, CONV_ERROR, "could not start: out of resources");
    return 1;
}

static void edit_plan(tui *t, const char *sql)
{
    dbt_error err;
    if (!t->plan) {
        if (worker_start(&t->w, JOB_SQL, sql, NULL, NULL) < 0)
            conv_add(t, CONV_ERROR, "could not start: out of resources");
        return;
    }
    if (dbt_plan_edit(t->s, t->plan, sql, &err) < 0) {
        conv_add(t, CONV_ERROR, "the edited SQL was not accepted, so the plan keeps its SQL: %s",
                 err.message);
        t->pending = 1;
        tui_dirty(t, P_SQL);
        tui_focus(t, P_SQL);
        return;
    }
    conv_add(t, CONV_INFO, "SQL edited and checked; Enter runs it");
    set_plan(t, t->plan, 1);
    tui_focus(t, P_SQL);
}

void tui_edit_plan_external(tui *t)
{
    if (!t->plan || busy(t))
        return;
    const char *editor = getenv("VISUAL");
    if (!editor || !*editor)
        editor = getenv("EDITOR");
    if (!editor || !*editor)
        editor = "vi";
    const char *tmp = getenv("TMPDIR");
    char path[512];
    snprintf(path, sizeof path, "%s/databot-XXXXXX.sql", tmp && *tmp ? tmp : "/tmp");
    int fd = mkstemps(path, 4);
    if (fd < 0) {
        tui_message(t, 1, "cannot create a temporary file: %s", strerror(errno));
        return;
    }
    const char *sql = dbt_plan_sql(t->plan);
    FILE *f = fdopen(fd, "w");
    if (!f) {
        close(fd);
        unlink(path);
        return;
    }
    fprintf(f, "%s\n", sql);
    fclose(f);
    screen_suspend();
    pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", "exec $0 \"$1\"", editor, path, (char *)NULL);
        _exit(127);
    }
    int st = 0;
    if (pid > 0)
        while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
            ;
    screen_resume();
    t->layout_dirty = 1;
    all_dirty(t);
    if (pid < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
        tui_message(t, 1, "the editor '%s' failed; the SQL is unchanged", editor);
        unlink(path);
        return;
    }
    buf b;
    buf_init(&b);
    f = fopen(path, "r");
    if (f) {
        char chunk[4096];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
            buf_addn(&b, chunk, n);
        fclose(f);
    }
    unlink(path);
    while (b.len && (b.p[b.len - 1] == '\n' || b.p[b.len - 1] == ' '))
        b.p[--b.len] = '\0';
    if (b.len == 0 || strcmp(buf_str(&b), sql) == 0)
        tui_message(t, 0, "SQL unchanged");
    else
        edit_plan(t, buf_str(&b));
    buf_free(&b);
}

static void job_done(tui *t)
{
    worker *w = &t->w;
    worker_finish(w);
    tui_dirty(t, P_INPUT);
    tui_dirty(t, P_STATUS);
    if (w->kind == JOB_ASK || w->kind == JOB_SQL || w->kind == JOB_CHOICE) {
        if (abandoned) {
            dbt_plan_free(w->plan);
            w->plan = NULL;
            abandoned = 0;
            return;
        }
        if (!w->plan) {
            error_line(t, &w->err);
            return;
        }
        dbt_plan *p = w->plan;
        w->plan = NULL;
        if (t->conv && w->kind != JOB_CHOICE)   /* a reading chosen: the question is there */
            conversation_add(t->conv, dbt_plan_question(p), dbt_plan_sql(p));
        else if (t->conv)                       /* which reading, for --resume */
            conversation_choose(t->conv, dbt_plan_question(p), dbt_plan_reading(p), dbt_plan_sql(p));
        if (dbt_plan_note(p) && !t->o->quiet)
            conv_add(t, CONV_NOTE, "%s", dbt_plan_note(p));
        if (w->kind == JOB_ASK && !t->o->yes && dbt_plan_choices(p) > 1) {
            /* two readings alike: a numbered clarifying question */
            buf q;
            buf_init(&q);
            buf_add(&q, "Did you mean:");
            for (size_t i = 0; i < dbt_plan_choices(p); i++)
                buf_printf(&q, " %zu) %s", i + 1, dbt_plan_choice(p, i));
            buf_printf(&q, " (1-%zu in the SQL pane; Enter runs the SQL shown)", dbt_plan_choices(p));
            conv_add(t, CONV_INFO, "%s", buf_str(&q));
            buf_free(&q);
        }
        set_plan(t, p, 1);
        if (t->o->yes) {
            tui_run_plan(t);
        } else {
            tui_focus(t, P_SQL);
        }
        return;
    }
    if (w->kind == JOB_EXPORT) {
        w->plan = NULL;
        if (w->rc < 0)
            error_line(t, &w->err);
        else
            conv_add(t, CONV_INFO, "wrote %s%s", w->text,
                     w->rc == 1 ? " (cut short by the row limit)" : "");
        return;
    }
    if (w->kind == JOB_RUN) {
        w->plan = NULL;
        if (!w->answer) {
            if (w->err.code == DBT_ERR_CANCELLED)
                conv_add(t, CONV_INFO, "query cancelled; Enter in the SQL pane runs it again");
            else
                error_line(t, &w->err);
            t->pending = 1;
            tui_dirty(t, P_SQL);
            return;
        }
        dbt_answer *a = w->answer;
        w->answer = NULL;
        buf b;
        buf_init(&b);
        format_int_grouped(&b, (int64_t)dbt_answer_rows(a));
        conv_add(t, CONV_INFO, "%s %s in %.0f ms%s", buf_str(&b),
                 dbt_answer_rows(a) == 1 ? "row" : "rows", dbt_answer_elapsed_ms(a),
                 dbt_answer_truncated(a) ? ", truncated by the row cap (--max-rows)" : "");
        buf_free(&b);
        show_answer(t, a, t->plan);
        /* the person confirmed it and got an answer: an example for later */
        dbt_error err;
        const char *q = t->answer_plan ? dbt_plan_question(t->answer_plan) : NULL;
        if (t->o->yes || !q)
            return;
        if (dbt_remember(t->s, t->answer_plan, &err) < 0) {
            error_line(t, &err);
            return;
        }
        free(t->remembered);
        t->remembered = xstrdup(q);
    }
}

static void cancel_job(tui *t)
{
    if (!t->w.running)
        return;
    if (t->w.kind == JOB_RUN) {
        dbt_cancel(t->s);
        tui_message(t, 0, "cancelling the query...");
    } else if (t->w.kind == JOB_EXPORT) {
        dbt_cancel(t->s);
        tui_message(t, 0, "cancelling the export...");
    } else if (!abandoned) {
        abandoned = 1;
        conv_add(t, CONV_INFO, "cancelled");
    }
}

/* ---- commands ------------------------------------------------------------------- */

static void show_listing(tui *t, dbt_answer *a, const dbt_error *err)
{
    if (!a) {
        error_line(t, err);
        return;
    }
    conv_add(t, CONV_INFO, "%zu %s in the table pane", dbt_answer_rows(a),
             dbt_answer_rows(a) == 1 ? "entry" : "entries");
    show_answer(t, a, NULL);
}

static void start_export(tui *t, const char *path, int force)
{
    t->w.force = force;
    if (worker_start(&t->w, JOB_EXPORT, path, t->answer_plan, t->answer) < 0)
        conv_add(t, CONV_ERROR, "could not start the export: out of resources");
}

/* An existing file is replaced only when the person says y. */
static void export_answer(tui *t, const char *path)
{
    struct stat st;
    if (!t->answer || !t->answer_plan) {
        conv_add(t, CONV_ERROR, "nothing to export yet: ask a question and run it first");
        return;
    }
    if (lstat(path, &st) == 0 && !S_ISDIR(st.st_mode)) {
        free(t->replace_path);
        t->replace_path = xstrdup(path);
        conv_add(t, CONV_INFO, "%s exists: replace it? y/N", path);
        tui_message(t, 1, "replace %s? y/N", path);
        return;
    }
    start_export(t, path, 0);
}

/* The answer to "replace it? y/N". */
static void answer_replace(tui *t, int key)
{
    char *path = t->replace_path;
    t->replace_path = NULL;
    if (key == 'y' || key == 'Y')
        start_export(t, path, 1);
    else
        conv_add(t, CONV_INFO, "not exported: %s stays as it was", path);
    free(path);
}

/* \forget [N|QUESTION]: a remembered pair goes; by default the last remembered. */
static void forget(tui *t, const char *arg)
{
    dbt_error err;
    const char *what = *arg ? arg : t->remembered;
    if (!what) {
        conv_add(t, CONV_INFO, "usage: \\forget N or \\forget QUESTION (\\memory lists them)");
        return;
    }
    int n = dbt_forget(t->s, what, &err);
    if (n < 0)
        error_line(t, &err);
    else if (n == 0)
        conv_add(t, CONV_INFO, "nothing remembered as \"%s\": \\memory lists what is", what);
    else
        conv_add(t, CONV_INFO, "forgotten: %s", what);
}

static void command(tui *t, const char *line)
{
    size_t n = strcspn(line, " \t");
    const char *arg = line + n + strspn(line + n, " \t");
    dbt_error err;
#define IS(name) (n == strlen(name) && strncmp(line, name, n) == 0)
    if (IS("\\q") || IS("\\quit")) {
        t->quit = 1;
    } else if (IS("\\help") || IS("\\?") || IS("\\h")) {
        t->overlay = OV_HELP;
        t->ov_scroll = 0;
    } else if (IS("\\tables") || IS("\\dt") || (IS("\\d") && !*arg)) {
        show_listing(t, dbt_list_tables(t->s, &err), &err);
    } else if (IS("\\d")) {
        show_listing(t, dbt_describe_table(t->s, arg, &err), &err);
    } else if (IS("\\sql") && *arg) {
        conv_add(t, CONV_QUESTION, "%s", line);
        if (worker_start(&t->w, JOB_SQL, arg, NULL, NULL) < 0)
            conv_add(t, CONV_ERROR, "could not start: out of resources");
    } else if (IS("\\sql")) {
        conv_add(t, CONV_INFO, "usage: \\sql QUERY, e.g. \\sql SELECT count(*) FROM orders");
    } else if (IS("\\save") && *arg && t->conv) {
        if (conversation_save(t->conv, t->o->database, arg, &err) < 0)
            conv_add(t, CONV_ERROR, "%s", err.message);
        else
            conv_add(t, CONV_INFO, "saved %zu question%s to %s; databot --resume %s continues",
                     t->conv->n, t->conv->n == 1 ? "" : "s", arg, arg);
    } else if (IS("\\save")) {
        conv_add(t, CONV_INFO, "usage: \\save FILE");
    } else if (IS("\\clear")) {
        if (t->conv)
            conversation_free(t->conv);
        dbt_session_reset(t->s);
        conv_clear(t);
        conv_add(t, CONV_INFO, "conversation cleared: the next question starts fresh");
    } else if (IS("\\stats")) {
        stats_show(t);
    } else if (IS("\\memory")) {
        show_listing(t, dbt_memory_list(t->s, &err), &err);
    } else if (IS("\\forget")) {
        forget(t, arg);
    } else if (IS("\\prompt") && *arg) {   /* what would leave the machine; nothing is sent */
        char *text = dbt_prompt_text(t->s, arg, &err);
        if (text)
            textview_show(t, " What would be sent to the model ", text);
        else
            error_line(t, &err);
        free(text);
    } else if (IS("\\prompt")) {
        conv_add(t, CONV_INFO, "usage: \\prompt QUESTION: shows what would be sent to the model");
    } else if (IS("\\history")) {
        input_history_show(t);
    } else if (IS("\\export") && *arg) {
        export_answer(t, arg);
    } else if (IS("\\export")) {
        conv_add(t, CONV_INFO, "usage: \\export FILE (.xlsx, .csv, .tsv, .json, .ndjson or .md)");
    } else if (IS("\\chart")) {
        if (!t->answer || !t->answer_plan)
            conv_add(t, CONV_ERROR, "no answer to chart yet: ask a question and run it first");
        else if (chart_pane_set_kind(t, t->answer, *arg ? arg : "auto", &err) < 0)
            conv_add(t, CONV_ERROR, "%s", err.message);
        else if (!t->wide)
            tui_focus(t, P_CHART);
    } else {
        conv_add(t, CONV_ERROR, "unknown command %.*s: \\help lists the commands", (int)n, line);
    }
#undef IS
}

void tui_submit(tui *t, int mode, const char *text)
{
    if (mode == IN_SEARCH) {
        if (*text && !table_search(t, text, 1))
            tui_message(t, 0, "no row matches '%s'", text);
        tui_focus(t, P_TABLE);
        return;
    }
    if (!*text)
        return;
    if (busy(t))
        return;
    if (mode == IN_SQL) {
        edit_plan(t, text);
        return;
    }
    if (*text == '\\') {
        command(t, text);
        return;
    }
    conv_add(t, CONV_QUESTION, "%s", text);
    progress_reset();
    stats_mark(t, text);
    if (worker_start(&t->w, JOB_ASK, text, NULL, NULL) < 0)
        conv_add(t, CONV_ERROR, "could not start: out of resources");
}

/* ---- keys ----------------------------------------------------------------------- */

/* Ctrl-Z, or a SIGTSTP from outside: the shell's prompt until fg, then
 * the whole screen again. */
static void suspend(tui *t)
{
    if (screen_stop() < 0) {
        tui_message(t, 1, "Ctrl-Z cannot suspend: this shell has no job control (Ctrl-D leaves)");
        return;
    }
    t->layout_dirty = 1;
    all_dirty(t);
}

static void handle_key(tui *t, int key)
{
    if (key == TK(KEY_RESIZE)) {
        t->layout_dirty = 1;
        return;
    }
    if (key == TK_CTRL('z')) {
        suspend(t);
        return;
    }
    if (key == TK(KEY_MOUSE)) {
        mouse_wheel(t);       /* also over an overlay, or while a reply is awaited */
        return;
    }
    if (t->message) {
        free(t->message);
        t->message = NULL;
        tui_dirty(t, P_STATUS);
    }
    if (t->replace_path) {
        answer_replace(t, key);
        return;
    }
    if (t->overlay) {
        if (t->overlay == OV_RECORD)
            record_handle_key(t, key);
        else
            help_handle_key(t, key);
        if (!t->overlay)
            all_dirty(t);
        return;
    }
    if (t->w.running && (key == TK_ESC || key == TK_CTRL('c'))) {
        cancel_job(t);
        return;
    }
    switch (key) {
    case TK(KEY_F(1)):
        t->overlay = OV_HELP;
        t->ov_scroll = 0;
        return;
    case TK_CTRL('l'):
        clearok(curscr, TRUE);
        all_dirty(t);
        return;
    case TK(KEY_BTAB):
        focus_cycle(t, -1);
        return;
    }
    pane *p = &t->panes[t->focus];
    if (p->ops->handle_key && p->ops->handle_key(p, t, key))
        return;
    switch (key) {
    case '\t':
        focus_cycle(t, 1);
        return;
    case TK(KEY_NPAGE): case TK(KEY_PPAGE):
        if (t->focus == P_INPUT)
            t->panes[P_TABLE].ops->handle_key(&t->panes[P_TABLE], t, key);
        return;
    case TK_ESC: case 'q': case 'i': case ':':
        if (t->focus != P_INPUT)
            tui_focus(t, P_INPUT);
        return;
    case TK_CTRL('d'):
        t->quit = 1;
        return;
    case TK_CTRL('c'):
        tui_message(t, 0, "Ctrl-D or \\q leaves");
        return;
    case '?':
        t->overlay = OV_HELP;
        t->ov_scroll = 0;
        return;
    }
    if (t->focus != P_INPUT && key < TK_FN && key >= 32)
        tui_message(t, 0, "Esc goes back to the input line; F1 lists the keys");
}

static void read_keys(tui *t)
{
    wint_t wc;
    int rc;
    while ((rc = wget_wch(stdscr, &wc)) != ERR) {
        int key = rc == KEY_CODE_YES ? TK((int)wc) : (int)wc;
        handle_key(t, key);
        if (key == TK(KEY_RESIZE) || t->quit)
            break;
    }
}

/* ---- the loop ---------------------------------------------------------------------- */

static void write_stats(tui *t)
{
    const char *path = getenv("DATABOT_TUI_STATS");
    if (!path || !*path)
        return;
    FILE *f = fopen(path, "w");
    if (!f)
        return;
    fprintf(f, "first_frame_ms %.3f\nframes %ld\nframe_avg_ms %.3f\nframe_max_ms %.3f\n",
            t->first_frame_ms, t->frames, t->frames ? t->frame_total_ms / t->frames : 0.0,
            t->frame_max_ms);
    fclose(f);
}

static void draw_frame(tui *t)
{
    double f0 = tui_now();
    if (t->layout_dirty)
        layout_recalc(t);
    layout_draw(t);
    double ms = (tui_now() - f0) * 1000;
    if (t->first_frame_ms == 0) {
        t->first_frame_ms = (tui_now() - t->t0) * 1000;
    } else {
        t->frames++;
        t->frame_total_ms += ms;
        if (ms > t->frame_max_ms)
            t->frame_max_ms = ms;
    }
}

int tui_run(dbt_session *s, const options *o, struct conversation *conv)
{
    tui T;
    tui *t = &T;
    memset(t, 0, sizeof *t);
    t->t0 = tui_now();
    t->s = s;
    t->o = o;
    t->conv = conv;
    t->dbname = o->database ? o->database : "";
    const char *nc = getenv("NO_COLOR");
    int want_color = !o->no_color && !(nc && *nc);
    char why[256];
    screen_status st = screen_open(want_color, &t->utf8, &t->color, why, sizeof why);
    if (st == SCREEN_NO_TTY) {
        /* --tui with no terminal anywhere: nothing can be drawn */
        fprintf(stderr, "databot: %s; --plain reads questions from standard input, -e asks one\n",
                why);
        return 2;
    }
    if (st != SCREEN_OK) {
        fprintf(stderr, "databot: %s; %s instead (--plain starts it directly)\n", why,
                isatty(STDIN_FILENO) ? "using the line prompt"
                                     : "reading questions from standard input");
        return TUI_FALLBACK;
    }
    screen_sig_quit = screen_sig_int = 0;
    screen_catch_signals(s);
    t->names = dbt_session_names(s);
    worker_init(&t->w, s);
    layout_init(t);
    t->focus = P_INPUT;
    t->tab = P_TABLE;
    nodelay(stdscr, TRUE);
    layout_recalc(t);
    if (!o->quiet)
        conv_add(t, CONV_INFO, "databot %s on %s (%s). Ask a question; F1 lists the keys, "
                 "\\q or Ctrl-D leaves.", dbt_version(), t->dbname, dbt_session_dialect(s));
    input_history_open(t);
    int status = 0;
    while (!t->quit) {
        if (screen_sig_quit)
            break;
        if (screen_sig_int) {
            screen_sig_int = 0;
            if (t->w.running)
                cancel_job(t);
            else
                t->quit = 1;
        }
        if (screen_sig_tstp) {
            screen_sig_tstp = 0;
            suspend(t);
        }
        if (screen_sig_cont) {          /* continued after a SIGSTOP: take the screen back */
            screen_sig_cont = 0;
            screen_resume();
            t->layout_dirty = 1;
            all_dirty(t);
        }
        draw_frame(t);
        struct pollfd fds[2] = { { screen_tty_fd(), POLLIN, 0 }, { t->w.wake[0], POLLIN, 0 } };
        int r = poll(fds, 2, t->w.running ? 100 : -1);
        if (r > 0 && (fds[1].revents & POLLIN))
            job_done(t);
        if (r > 0 && (fds[0].revents & (POLLHUP | POLLERR)))
            break;                      /* the terminal went away */
        read_keys(t);
        if (t->w.running)
            tui_dirty(t, P_STATUS);
    }
    int sig = screen_sig_quit;
    if (t->w.running)
        dbt_cancel(s);
    worker_free(&t->w);
    write_stats(t);
    table_set_answer(t, NULL);
    layout_free(t);
    if (t->plan != t->answer_plan)
        dbt_plan_free(t->plan);
    dbt_plan_free(t->answer_plan);
    dbt_answer_free(t->answer);
    free(t->message);
    free(t->replace_path);
    stats_free(t);
    textview_free(t);
    free(t->remembered);
    screen_close();
    screen_restore_signals();
    if (sig) {
        /* leave the way the signal meant, now that the terminal is sane */
        signal(sig, SIG_DFL);
        raise(sig);
        status = 128 + sig;
    }
    return status;
}
