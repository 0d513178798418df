/* worker.c: the slow calls (dbt_ask, dbt_plan_from_sql, dbt_run) on a
 * thread of their own, so the screen keeps drawing and reading keys. One
 * job at a time; the thread writes a byte to a pipe when it is done and
 * the main loop, which polls that pipe beside the terminal, joins it.
 * Signals are blocked in the thread: they reach the main loop only. The
 * main thread never touches the session while a job runs, except
 * dbt_cancel(), which is made for that. */
#include "tui.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int worker_init(worker *w, dbt_session *s)
{
    memset(w, 0, sizeof *w);
    w->s = s;
    if (pipe(w->wake) < 0)
        return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(w->wake[i], F_SETFD, FD_CLOEXEC);
        fcntl(w->wake[i], F_SETFL, O_NONBLOCK);
    }
    return 0;
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    switch (w->kind) {
    case JOB_ASK:
    case JOB_SQL:
        w->plan = w->kind == JOB_ASK ? dbt_ask(w->s, w->text, &w->err)
                                     : dbt_plan_from_sql(w->s, w->text, &w->err);
        if (w->plan)
            dbt_plan_estimate(w->s, w->plan);   /* asked here, off the screen's thread */
        break;
    case JOB_CHOICE:
        w->plan = dbt_ask_choice(w->s, w->text, w->choice, &w->err);
        if (w->plan)
            dbt_plan_estimate(w->s, w->plan);
        break;
    case JOB_RUN:
        w->answer = dbt_run(w->s, w->plan, &w->err);
        break;
    case JOB_EXPORT: {
        dbt_export_opts o;
        dbt_export_opts_init(&o);
        o.force = w->force;
        w->rc = dbt_export(w->s, w->plan, w->shown, w->text, &o, &w->err);
        break;
    }
    case JOB_NONE:
        break;
    }
    char c = 1;
    while (write(w->wake[1], &c, 1) < 0 && errno == EINTR)
        ;
    return NULL;
}

int worker_start(worker *w, job_kind kind, const char *text, dbt_plan *plan,
                 const dbt_answer *shown)
{
    if (w->running)
        return -1;
    free(w->text);
    w->text = text ? xstrdup(text) : NULL;
    w->kind = kind;
    w->plan = kind == JOB_RUN || kind == JOB_EXPORT ? plan : NULL;
    w->shown = shown;
    w->rc = 0;
    w->answer = NULL;
    memset(&w->err, 0, sizeof w->err);
    clock_gettime(CLOCK_MONOTONIC, &w->start);
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int rc = pthread_create(&w->thread, NULL, worker_main, w);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rc != 0)
        return -1;
    w->running = 1;
    return 0;
}

void worker_finish(worker *w)
{
    char c[16];
    while (read(w->wake[0], c, sizeof c) > 0)
        ;
    if (w->running) {
        pthread_join(w->thread, NULL);
        w->running = 0;
    }
}

double worker_elapsed(const worker *w)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - w->start.tv_sec) + (now.tv_nsec - w->start.tv_nsec) / 1e9;
}

void worker_free(worker *w)
{
    if (w->running) {
        dbt_cancel(w->s);
        pthread_join(w->thread, NULL);
        w->running = 0;
        if (w->kind == JOB_ASK || w->kind == JOB_SQL || w->kind == JOB_CHOICE)
            dbt_plan_free(w->plan);
        dbt_answer_free(w->answer);
    }
    free(w->text);
    w->text = NULL;
    if (w->wake[0] >= 0) {
        close(w->wake[0]);
        close(w->wake[1]);
    }
    w->wake[0] = w->wake[1] = -1;
}
