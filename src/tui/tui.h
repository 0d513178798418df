/* tui.h: the full-screen interface's internals, shared by the files of
 * src/tui/. The screen is a tree of panes (layout.c) and each pane is one
 * file with recalc/repaint/handle_key/free: conversation.c, sqlpane.c,
 * table.c, chart.c, insight.c, input.c, status.c; help.c and record.c draw
 * overlays; mouse.c turns wheel reports into scrolling; stats.c is
 * \stats. tui.c runs the main loop, worker.c runs dbt_ask/dbt_run on a
 * thread, screen.c owns the terminal (open, colours, restore on exit, on
 * signals and around Ctrl-Z), draw.c writes sanitised text clipped by
 * display width. */
#ifndef DBT_TUI_INTERNAL_H
#define DBT_TUI_INTERNAL_H

#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <time.h>

#include <curses.h>

#include "databot.h"
#include "../options.h"
#include "util.h"

/* Keys: a character is its code point; a function key is KEY_x | TK_FN
 * (ncurses key codes overlap code points otherwise). */
#define TK_FN 0x40000000
#define TK(k) ((k) | TK_FN)
#define TK_CTRL(c) ((c) & 0x1f)
#define TK_ESC 27

typedef struct tui tui;
typedef struct pane pane;

typedef struct pane_ops {
    void (*recalc)(pane *p, tui *t);      /* the size changed: re-wrap, clamp scrolling */
    void (*repaint)(pane *p, tui *t);     /* draw the whole pane into p->win */
    int (*handle_key)(pane *p, tui *t, int key);   /* 1 when the key was used */
    void (*free)(pane *p);                /* free p->data */
} pane_ops;

struct pane {
    const char *name;      /* title shown in its header line */
    const pane_ops *ops;
    void *data;
    WINDOW *win;           /* NULL while hidden */
    int y, x, h, w;
    int dirty;
};

enum { P_CONV, P_SQL, P_TABLE, P_CHART, P_INSIGHT, P_INPUT, P_STATUS, P_COUNT };
enum { OV_NONE, OV_HELP, OV_RECORD, OV_STATS, OV_TEXT };
enum { IN_QUESTION, IN_SQL, IN_SEARCH };          /* what the input line is for */
enum { CONV_QUESTION, CONV_NOTE, CONV_INFO, CONV_ERROR };

/* Colour pairs (only when colours are on); attributes always carry the
 * meaning too (bold, reverse, underline), never colour alone. */
enum { CP_TITLE = 1, CP_KEYWORD, CP_STRING, CP_NUMBER, CP_ERROR, CP_NULL, CP_ACCENT, CP_COMMENT,
       CP_SERIES };   /* CP_SERIES + 0..5: chart series */

/* The thread that runs dbt_ask / dbt_plan_from_sql / dbt_run (worker.c). */
typedef enum { JOB_NONE, JOB_ASK, JOB_SQL, JOB_RUN, JOB_EXPORT,
               JOB_CHOICE   /* dbt_ask_choice: the question again, as another reading */
} job_kind;
typedef struct worker {
    pthread_t thread;
    int running;           /* a thread was started and not yet joined */
    int wake[2];           /* the thread writes one byte here when done */
    job_kind kind;
    char *text;            /* the question or SQL */
    dbt_plan *plan;        /* JOB_RUN: the plan run; JOB_ASK/SQL: the result */
    dbt_answer *answer;
    const dbt_answer *shown;   /* JOB_EXPORT: the answer on screen */
    int rc;                    /* JOB_EXPORT: dbt_export's result */
    int force;                 /* JOB_EXPORT: the person agreed to replace the file */
    size_t choice;             /* JOB_CHOICE: the reading asked for (0: the default) */
    dbt_error err;
    struct timespec start;
    dbt_session *s;
} worker;

int worker_init(worker *w, dbt_session *s);
/* Start a job; text (the question, SQL or export path) is copied; plan
 * (JOB_RUN, JOB_EXPORT) and shown stay the caller's and must not change
 * until the job is done. */
int worker_start(worker *w, job_kind kind, const char *text, dbt_plan *plan,
                 const dbt_answer *shown);
/* After the wake fd is readable: join the thread; the results stay in w. */
void worker_finish(worker *w);
double worker_elapsed(const worker *w);   /* seconds since the job started */
void worker_free(worker *w);

struct tui {
    dbt_session *s;
    const options *o;
    struct conversation *conv; /* questions asked so far, for \save (may be NULL) */
    const char *dbname;        /* shown in the status bar */
    int utf8, color;
    int rows, cols;
    pane panes[P_COUNT];
    int focus;                 /* P_INPUT, P_SQL, P_TABLE, P_CHART, P_INSIGHT, P_CONV */
    int tab;                   /* narrow layout: P_TABLE, P_CHART or P_INSIGHT shows */
    int wide;                  /* side-by-side layout */
    int overlay;
    WINDOW *ovwin;
    int ov_scroll;
    dbt_plan *plan;            /* the plan in the SQL pane (owned, unless it is answer_plan) */
    dbt_plan *answer_plan;     /* the plan that made answer (owned), for \export */
    int pending;               /* plan waits for confirmation */
    dbt_answer *answer;        /* the answer shown (owned) */
    char *replace_path;        /* \export asked whether to replace this file (owned) */
    char *message;             /* a transient line in the status bar */
    int message_error;
    worker w;
    const char *const *names;  /* table and column names for completion */
    struct {                   /* \stats (stats.c) */
        char *question;        /* the last question asked (owned), or NULL */
        dbt_stats at_question; /* the session's counts when it was asked */
        dbt_stats now;         /* the counts when \stats was typed */
    } stats;
    char *remembered;          /* the question last remembered (owned), for \forget */
    struct {                   /* the text overlay (textview.c): \prompt */
        char *title, *body;    /* owned, or NULL */
    } text;
    int quit;
    int layout_dirty;
    double t0;                 /* start time, for the first-frame measure */
    /* measures (DATABOT_TUI_STATS=FILE writes them on exit) */
    double first_frame_ms;
    long frames;
    double frame_total_ms, frame_max_ms;
};

/* tui.c */
void tui_message(tui *t, int error, const char *fmt, ...) DBT_PRINTF(3, 4);
void tui_submit(tui *t, int mode, const char *text);   /* Enter in the input line */
void tui_run_plan(tui *t);                             /* Enter in the SQL pane */
void tui_cancel_plan(tui *t);                          /* Esc in the SQL pane */
void tui_edit_plan_external(tui *t);                   /* E in the SQL pane */
/* A digit in the SQL pane: ask the pending plan's question again as its
 * k-th reading (0: the default). 1 when the key was used. */
int tui_choose_reading(tui *t, size_t k);
void tui_focus(tui *t, int pane_id);
void tui_dirty(tui *t, int pane_id);
double tui_now(void);                                  /* monotonic seconds */
/* What the model is doing (tui_progress), for the status bar. */
void tui_progress_text(char *out, size_t n);

/* screen.c: the terminal */
typedef enum { SCREEN_OK, SCREEN_UNKNOWN_TERM, SCREEN_NO_CURSOR, SCREEN_NO_TTY } screen_status;
/* Open the terminal with newterm(); on failure nothing was drawn and a
 * one-line reason is in why. */
screen_status screen_open(int want_color, int *utf8, int *color, char *why, size_t n);
void screen_close(void);                 /* endwin + free; safe to call twice */
void screen_suspend(void);               /* endwin for $EDITOR */
void screen_resume(void);
/* Ctrl-Z or SIGTSTP: give the terminal back, stop the process (SIGTSTP,
 * default action) until the shell's fg, then take the terminal again; the
 * caller redraws everything. -1 when SIGTSTP was ignored at start (no job
 * control): nothing happened. */
int screen_stop(void);
/* Signal flags (set by the handlers, read by the main loop); tstp: a
 * SIGTSTP to obey, cont: continued after a stop we did not make (redraw). */
extern volatile sig_atomic_t screen_sig_quit, screen_sig_int, screen_sig_tstp, screen_sig_cont;
void screen_catch_signals(dbt_session *s);
void screen_restore_signals(void);
int screen_tty_fd(void);                 /* the fd keys come from (for poll) */

/* draw.c: text in windows, always sanitised and clipped by display width */
int draw_text(WINDOW *w, int y, int x, const char *s, int maxw, attr_t attr, int pair, int utf8);
int draw_text_right(WINDOW *w, int y, int x_end, const char *s, int maxw, attr_t attr, int pair,
                    int utf8);
void draw_fill(WINDOW *w, int y, int x, int n, attr_t attr, int pair);
void draw_title(tui *t, pane *p, const char *right);
void draw_hline(tui *t, WINDOW *w, int y, int x, int n);
void draw_box(tui *t, WINDOW *w);
/* Sanitised s wrapped to width columns: appends line start offsets into
 * a malloc'd array of n lines (each line a malloc'd string). */
typedef struct lines { char **v; size_t n, cap; } lines;
void lines_wrap(lines *l, const char *s, int width, int utf8, const char *indent);
void lines_add(lines *l, const char *s);
void lines_free(lines *l);
attr_t draw_pair(tui *t, int pair);

/* layout.c: the window tree */
void layout_init(tui *t);
void layout_recalc(tui *t);              /* after a resize or a change of layout */
void layout_draw(tui *t);                /* repaint dirty panes, one doupdate */
void layout_free(tui *t);

/* the panes */
extern const pane_ops conv_pane_ops, sql_pane_ops, table_pane_ops, chart_pane_ops,
    insight_pane_ops, input_pane_ops, status_pane_ops;
void conv_add(tui *t, int kind, const char *fmt, ...) DBT_PRINTF(3, 4);
void conv_clear(tui *t);
void sqlpane_update(tui *t);                         /* the plan changed */
int sqlpane_lines(tui *t, int width);                /* lines the SQL wants */
void table_set_answer(tui *t, const dbt_answer *a);  /* NULL clears */
int table_search(tui *t, const char *needle, int dir);
void chart_pane_set_answer(tui *t, const dbt_answer *a);
int chart_pane_set_kind(tui *t, dbt_answer *a, const char *kind, dbt_error *err);
void insight_pane_set_answer(tui *t, const dbt_answer *a);
void input_set_mode(tui *t, int mode, const char *prefill);
int input_mode(tui *t);
void input_history_open(tui *t);
void input_history_show(tui *t);

/* stats.c: \stats, an overlay */
/* textview.c: a text in an overlay (copied), scrolled, wrapped to the box */
void textview_show(tui *t, const char *title, const char *text);
void textview_draw(tui *t);
void textview_free(tui *t);
void stats_mark(tui *t, const char *question);   /* a question is about to be asked */
void stats_show(tui *t);                 /* open the overlay (never while a job runs) */
void stats_draw(tui *t);
void stats_free(tui *t);

/* mouse.c: a wheel step over a pane or an overlay scrolls it (KEY_MOUSE) */
void mouse_wheel(tui *t);

/* overlays */
void help_draw(tui *t);
/* help_handle_key scrolls and closes every box of lines (help, \stats) */
int help_handle_key(tui *t, int key);
/* A box of lines over the screen, scrolled by t->ov_scroll; lines not
 * starting with a space are headings. */
void overlay_lines(tui *t, const char *title, const char *const *text, int n);
void record_draw(tui *t);
int record_handle_key(tui *t, int key);
long table_selected_row(tui *t);
/* The selected row's value in column col for the record view: display
 * text (sanitised), its column's name; NULL past the last column. */
const char *table_cell(tui *t, size_t col, const char **name, int *is_null);

/* the entry point main.c calls */
#include "tui_main.h"

#endif
