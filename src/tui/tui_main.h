/* tui_main.h: the full-screen interface as main.c sees it. */
#ifndef DBT_TUI_MAIN_H
#define DBT_TUI_MAIN_H

#include "databot.h"
#include "../options.h"

#define TUI_FALLBACK (-1000)

/* Run the full-screen interface on s until the person leaves. Returns the
 * exit status, or TUI_FALLBACK when the terminal cannot host it (unknown
 * TERM, no cursor addressing): then nothing was drawn and a one-line
 * explanation went to stderr, and the caller starts the line prompt. With
 * no terminal at all (--tui, and no /dev/tty either) it returns 2 after a
 * one-line explanation. Keys come from /dev/tty when stdin is not one. */
struct conversation;
/* conv: the questions asked so far (for \save); may be NULL. */
int tui_run(dbt_session *s, const options *o, struct conversation *conv);

/* The session's progress callback (cfg.progress) while the full-screen
 * interface may run: model requests and their streamed reply show in the
 * status bar. Called on the worker thread; non-zero cancels. */
int tui_progress(void *ctx, dbt_progress_kind kind, const char *text);

#endif
