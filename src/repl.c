/* repl.c: the interactive prompt. A question becomes a plan whose SQL is
 * shown; Enter or y runs it, n skips it, e opens it for editing. Lines
 * starting with a backslash are commands. History lives in a file under
 * $XDG_STATE_HOME (DATABOT_HISTFILE overrides; /dev/null disables). */
#include "repl.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "batch.h"
#include "conversation.h"
#include "export_file.h"
#include "history.h"
#include "util.h"

typedef struct repl {
    dbt_session *s;
    const options *o;
    output *out;
    volatile sig_atomic_t *interrupt;
    char *histfile;          /* NULL: no history file */
    const char *prefill;     /* text offered for editing by the next readline */
    dbt_answer *last;        /* the last answer, for \chart */
    dbt_plan *last_plan;     /* its plan, for \export */
} repl;

/* readline's hooks take no context pointer: the one prompt in progress. */
static repl *current;

static const char *const commands[] = {
    "\\tables", "\\dt", "\\d", "\\sql", "\\save", "\\export", "\\stats", "\\prompt", "\\memory",
    "\\forget", "\\chart", "\\clear", "\\help", "\\?", "\\q", "\\quit", NULL
};

/* ---- history ------------------------------------------------------------ */

static void history_open(repl *r)
{
    char why[600];
    r->histfile = history_load(why, sizeof why);
    if (*why)
        fprintf(r->out->diag, "databot: %s\n", why);
}

/* ---- readline hooks -------------------------------------------------------- */

static int insert_prefill(void)
{
    if (current && current->prefill) {
        rl_insert_text(current->prefill);
        current->prefill = NULL;
    }
    return 0;
}

/* Ctrl-C at the prompt: drop the line and start a new one, as shells do. */
static void clear_line(void)
{
    rl_replace_line("", 0);
    fputs("^C\n", rl_outstream ? rl_outstream : stdout);
    rl_on_new_line();
    rl_redisplay();
}

/* readline's input, race-free against SIGINT: the signal stays blocked
 * while readline works and is let through only while waiting for a key
 * (pselect), so a Ctrl-C is never lost between a check and a read. */
static int read_key(FILE *in)
{
    sigset_t waiting;
    sigprocmask(SIG_SETMASK, NULL, &waiting);
    sigdelset(&waiting, SIGINT);
    int fd = fileno(in);
    for (;;) {
        if (current && *current->interrupt) {
            *current->interrupt = 0;
            clear_line();
        }
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        int rc = pselect(fd + 1, &fds, NULL, NULL, NULL, &waiting);
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc < 0)
            return EOF;
        unsigned char c;
        ssize_t n = read(fd, &c, 1);
        if (n == 1)
            return c;
        if (n < 0 && errno == EINTR)
            continue;
        return EOF;
    }
}

static char *complete_word(const char *text, int state)
{
    static size_t i, phase;
    if (!state)
        i = 0, phase = 0;
    size_t len = strlen(text);
    if (phase == 0) {
        while (commands[i]) {
            const char *c = commands[i++];
            if (strncmp(c, text, len) == 0)
                return strdup(c);
        }
        phase = 1, i = 0;
    }
    const char *const *names = current ? dbt_session_names(current->s) : NULL;
    while (names && names[i]) {
        const char *n = names[i++];
        if (strncasecmp(n, text, len) == 0)
            return strdup(n);
    }
    return NULL;
}

static char **complete(const char *text, int start, int end)
{
    (void)start, (void)end;
    rl_attempted_completion_over = 1;
    return rl_completion_matches(text, complete_word);
}

/* readline with the interrupt flag cleared first and SIGINT held back
 * except while waiting for a key; NULL at end of input. */
static char *read_line(repl *r, const char *prompt)
{
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigprocmask(SIG_BLOCK, &block, &old);
    *r->interrupt = 0;
    char *line = readline(prompt);
    sigprocmask(SIG_SETMASK, &old, NULL);
    return line;
}

/* ---- questions -------------------------------------------------------------- */

/* Y (default), n, or e: returns 'y', 'n', 'e', or 0 at end of input. */
static int confirm(repl *r)
{
    for (;;) {
        char *ans = read_line(r, "Run it? [Y/n/e(dit)] ");
        if (!ans)
            return 0;
        char c = ans[strspn(ans, " ")];
        free(ans);
        if (c == '\0' || c == 'y' || c == 'Y')
            return 'y';
        if (c == 'n' || c == 'N')
            return 'n';
        if (c == 'e' || c == 'E')
            return 'e';
        fputs("Answer y to run the SQL, n to skip it, e to edit it.\n", stdout);
    }
}

/* Over the scan limit (--max-scan-rows): run only when the person says y
 * (default no). 1 to run, 0 to skip. */
static int confirm_scan(repl *r, dbt_plan *p)
{
    long long over = dbt_plan_over_limit(r->s, p);
    if (!over)
        return 1;
    char digits[32], grouped[48];
    int n = snprintf(digits, sizeof digits, "%lld", over), j = 0;
    for (int i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0)
            grouped[j++] = ',';
        grouped[j++] = digits[i];
    }
    grouped[j] = '\0';
    char prompt[160];
    snprintf(prompt, sizeof prompt,
             "this reads about %s rows (over --max-scan-rows); run anyway? [y/N] ", grouped);
    char *ans = read_line(r, prompt);
    char c = ans ? ans[strspn(ans, " ")] : 'n';
    free(ans);
    if (c != 'y' && c != 'Y')
        return 0;
    dbt_plan_allow_scan(p);
    return 1;
}

/* The SQL under a "SQL:" label, continuation lines indented to match. */
static void show_sql(const char *sql)
{
    fputs("SQL:  ", stdout);
    for (const char *p = sql; *p; p++) {
        putchar(*p);
        if (*p == '\n')
            fputs("      ", stdout);
    }
    putchar('\n');
}

/* The SQL and, when it waits for confirmation, what it will read. */
static void show_checked(const repl *r, dbt_plan *p)
{
    show_sql(dbt_plan_sql(p));
    const char *estimate = r->o->yes ? NULL : dbt_plan_estimate(r->s, p);
    if (estimate)
        printf("      -- %s\n", estimate);
}

static void show_plan(const repl *r, dbt_plan *p)
{
    if (dbt_plan_note(p) && !r->out->quiet)
        printf("-- %s\n", dbt_plan_note(p));
    show_checked(r, p);
}

/* Keep the answer (for \chart) and its plan (for \export; ask() then
 * leaves it alone); the previous ones go. */
static void keep_last(repl *r, dbt_plan *p, dbt_answer *a)
{
    dbt_answer_free(r->last);
    if (r->last_plan != p)
        dbt_plan_free(r->last_plan);
    r->last = a;
    r->last_plan = p;
}

/* Show the plan, ask, allow edits, run. Returns the status of this one. */
static int confirm_and_run(repl *r, dbt_plan *p)
{
    dbt_error err;
    const char *question = dbt_plan_question(p);
    show_plan(r, p);
    if (r->o->sql_only)
        return 0;
    while (!r->o->yes) {
        int c = confirm(r);
        if (c == 0 || c == 'n')
            return 0;
        if (c == 'y')
            break;
        r->prefill = dbt_plan_sql(p);
        char *edited = read_line(r, "SQL> ");
        r->prefill = NULL;
        if (!edited || !*edited) {
            free(edited);
            continue;
        }
        if (dbt_plan_edit(r->s, p, edited, &err) < 0)
            output_error(r->out, question, edited, &err);
        else
            show_checked(r, p);
        free(edited);
    }
    if (!confirm_scan(r, p))
        return 0;
    dbt_answer *a = dbt_run(r->s, p, &err);
    if (!a) {
        output_error(r->out, question, dbt_plan_sql(p), &err);
        return output_exit_code(err.code);
    }
    output_answer(r->out, question, p, a);
    keep_last(r, p, a);
    /* the person confirmed it and got an answer: an example for later */
    if (!r->o->yes && dbt_remember(r->s, p, &err) < 0)
        output_error(r->out, NULL, NULL, &err);
    return 0;
}

/* \stats: what the models cost in this session. */
static void show_stats(const repl *r)
{
    dbt_stats st;
    dbt_session_stats(r->s, &st);
    printf("questions %ld, model requests %ld, cache hits %ld, memory hits %ld,\n"
           "corrections %ld, fallbacks to the built-in engine %ld, confident engine answers %ld,\n"
           "tokens in %ld, out %ld, cost $%.4f\n", st.questions, st.requests, st.cache_hits,
           st.memory_hits, st.corrections, st.fallbacks, st.engine_answers, st.tokens_in,
           st.tokens_out, st.cost);
}

/* The question reads two ways alike: ask which one was meant ("Did you
 * mean: 1) ... 2) ... [1]"; Enter keeps the engine's default, the first);
 * another number asks again with that reading. Returns the plan to use. */
static dbt_plan *clarify(repl *r, dbt_plan *p, const char *question)
{
    size_t n = dbt_plan_choices(p);
    char prompt[800];
    size_t len = (size_t)snprintf(prompt, sizeof prompt, "Did you mean:");
    for (size_t i = 0; i < n && len < sizeof prompt; i++)
        len += (size_t)snprintf(prompt + len, sizeof prompt - len, " %zu) %s", i + 1, dbt_plan_choice(p, i));
    if (len < sizeof prompt)
        snprintf(prompt + len, sizeof prompt - len, " [1] ");
    for (;;) {
        char *ans = read_line(r, prompt);
        if (!ans)
            return p;
        const char *a = ans + strspn(ans, " ");
        char *end = NULL;
        long k = *a ? strtol(a, &end, 10) : 1;
        int valid = !*a || (end != a && end[strspn(end, " ")] == '\0' && k >= 1 && k <= (long)n);
        free(ans);
        if (!valid) {
            printf("Answer a number from 1 to %zu (Enter: 1).\n", n);
            continue;
        }
        if (k == 1)
            return p;
        dbt_error err;
        dbt_plan *np = dbt_ask_choice(r->s, question, (size_t)(k - 1), &err);
        if (!np) {
            output_error(r->out, question, NULL, &err);
            return p;
        }
        dbt_plan_free(p);
        return np;
    }
}

static void ask(repl *r, int is_sql, const char *text)
{
    dbt_error err;
    dbt_plan *p = is_sql ? dbt_plan_from_sql(r->s, text, &err) : dbt_ask(r->s, text, &err);
    if (!p) {
        output_error(r->out, is_sql ? NULL : text, is_sql ? text : NULL, &err);
        return;
    }
    if (!is_sql && !r->o->yes && !r->o->sql_only && dbt_plan_choices(p) > 1)
        p = clarify(r, p, text);   /* with -y the default stands; the note says which */
    if (r->out->conv) {
        conversation_add(r->out->conv, is_sql ? NULL : text, dbt_plan_sql(p));
        if (!is_sql && dbt_plan_reading(p))   /* the reading chosen, for --resume */
            conversation_choose(r->out->conv, text, dbt_plan_reading(p), dbt_plan_sql(p));
    }
    confirm_and_run(r, p);
    if (p != r->last_plan)
        dbt_plan_free(p);
}

/* \export FILE: every row of the last answer to FILE; asks before
 * replacing a file (unless --force). */
static void export_last(repl *r, const char *arg)
{
    if (!r->last || !r->last_plan) {
        fputs("Nothing to export yet: ask a question first, then \\export FILE.\n", stdout);
        return;
    }
    char *path = xstrdup(arg);
    if (!path)
        return;
    size_t n = strlen(path);
    while (n && (path[n - 1] == ' ' || path[n - 1] == '\t'))
        path[--n] = '\0';
    int force = r->o->force;
    struct stat st;
    if (!force && lstat(path, &st) == 0 && !S_ISDIR(st.st_mode)) {
        char prompt[600];
        snprintf(prompt, sizeof prompt, "%.500s exists. Replace it? [y/N] ", path);
        char *ans = read_line(r, prompt);
        char c = ans ? ans[strspn(ans, " ")] : 0;
        free(ans);
        if (c != 'y' && c != 'Y') {
            fputs("Not exported.\n", stdout);
            free(path);
            return;
        }
        force = 1;
    }
    export_to_file(r->s, r->o, r->out, r->last_plan, r->last, path, force);
    free(path);
}

/* ---- backslash commands ----------------------------------------------------- */

/* \forget [N|QUESTION]: a remembered pair goes; by default the last answer's. */
static void forget(repl *r, const char *arg)
{
    dbt_error err;
    const char *what = *arg ? arg : r->last_plan ? dbt_plan_question(r->last_plan) : NULL;
    if (!what) {
        fputs("Usage: \\forget N or \\forget QUESTION (\\memory lists what is remembered)\n", stdout);
        return;
    }
    int n = dbt_forget(r->s, what, &err);
    if (n < 0)
        output_error(r->out, NULL, NULL, &err);
    else if (n == 0)
        printf("Nothing remembered as \"%s\": \\memory lists what is.\n", what);
    else if (what[strspn(what, "0123456789")] == '\0')
        printf("Forgotten remembered question %s.\n", what);
    else
        printf("Forgotten: \"%s\" is no longer an example or a ready answer.\n", what);
}

static void help(void)
{
    fputs("Ask a question in plain English, e.g. \"top 5 products by revenue\";\n"
          "follow-ups refine it: \"now by month\", \"only Germany\", \"top 10 instead\".\n"
          "  \\tables, \\dt     list tables and views\n"
          "  \\d TABLE         describe TABLE's columns, keys and references\n"
          "  \\sql QUERY       run SQL you write (checked, read-only)\n"
          "  \\chart [TYPE]    draw the last answer again: auto, none, bar, grouped, stacked,\n"
          "                  proportion, line, histogram, scatter or kpi\n"
          "  \\clear           forget the conversation; the next question starts fresh\n"
          "  \\stats           model requests, tokens and cost in this session\n"
          "  \\memory          the questions remembered as examples for this database\n"
          "  \\forget [N|Q]    forget remembered question N, or Q (default: the last answer's)\n"
          "  \\prompt QUESTION show what would be sent to the model for QUESTION; sends nothing\n"
          "  \\save FILE       save the conversation; databot --resume FILE continues it\n"
          "  \\export FILE     write every row of the last answer to FILE (.xlsx, .csv,\n"
          "                  .tsv, .json, .ndjson, .md); asks before replacing a file\n"
          "  \\help, \\?        this help\n"
          "  \\q, \\quit       leave (or Ctrl-D)\n"
          "Ctrl-C cancels a running query.\n", stdout);
}

static void show_listing(repl *r, dbt_answer *a, const dbt_error *err)
{
    if (!a) {
        output_error(r->out, NULL, NULL, err);
        return;
    }
    output_listing(r->out, a);
    dbt_answer_free(a);
}

/* Returns 1 when the command asks to leave. */
static int command(repl *r, const char *line)
{
    size_t n = strcspn(line, " \t");
    const char *arg = line + n + strspn(line + n, " \t");
    dbt_error err;
#define IS(name) (n == strlen(name) && strncmp(line, name, n) == 0)
    if (IS("\\q") || IS("\\quit"))
        return 1;
    if (IS("\\help") || IS("\\?") || IS("\\h"))
        help();
    else if (IS("\\tables") || IS("\\dt"))
        show_listing(r, dbt_list_tables(r->s, &err), &err);
    else if (IS("\\d") && *arg)
        show_listing(r, dbt_describe_table(r->s, arg, &err), &err);
    else if (IS("\\d"))
        show_listing(r, dbt_list_tables(r->s, &err), &err);
    else if (IS("\\sql") && *arg)
        ask(r, 1, arg);
    else if (IS("\\sql"))
        fputs("Usage: \\sql QUERY, e.g. \\sql SELECT count(*) FROM orders\n", stdout);
    else if (IS("\\save") && *arg) {
        if (conversation_save(r->out->conv, r->o->database, arg, &err) < 0)
            output_error(r->out, NULL, NULL, &err);
        else
            printf("Saved %zu question%s to %s; databot --resume %s continues from here.\n",
                   r->out->conv->n, r->out->conv->n == 1 ? "" : "s", arg, arg);
    } else if (IS("\\save"))
        fputs("Usage: \\save FILE\n", stdout);
    else if (IS("\\export") && *arg)
        export_last(r, arg);
    else if (IS("\\export"))
        fputs("Usage: \\export FILE (.xlsx, .csv, .tsv, .json, .ndjson or .md)\n", stdout);
    else if (IS("\\stats"))
        show_stats(r);
    else if (IS("\\memory"))
        show_listing(r, dbt_memory_list(r->s, &err), &err);
    else if (IS("\\forget"))
        forget(r, arg);
    else if (IS("\\prompt") && *arg) {   /* what would leave the machine; nothing is sent */
        char *text = dbt_prompt_text(r->s, arg, &err);
        if (text)
            fputs(text, stdout);
        else
            output_error(r->out, arg, NULL, &err);
        free(text);
    } else if (IS("\\prompt"))
        fputs("Usage: \\prompt QUESTION\n", stdout);
    else if (IS("\\chart") && !r->last)
        fputs("No answer to draw yet: ask a question first.\n", stdout);
    else if (IS("\\chart")) {
        const char *saved = r->out->chart;
        r->out->chart = *arg ? arg : "auto";
        output_chart(r->out, r->last);
        r->out->chart = saved;
    } else if (IS("\\clear")) {
        dbt_session_reset(r->s);
        conversation_free(r->out->conv);
        fputs("Conversation cleared: the next question starts fresh.\n", stdout);
    } else
        fprintf(stdout, "Unknown command %.*s: \\help lists the commands.\n", (int)n, line);
#undef IS
    return 0;
}

int repl_run(dbt_session *s, const options *o, output *out, volatile sig_atomic_t *interrupt)
{
    repl r = { s, o, out, interrupt, NULL, NULL, NULL, NULL };
    current = &r;
    rl_readline_name = "databot";
    rl_catch_signals = 0;
    rl_getc_function = read_key;
    rl_startup_hook = insert_prefill;
    rl_attempted_completion_function = complete;
    rl_basic_word_break_characters = " \t\n\"'`@$><=;|&{(,.";
    history_open(&r);
    if (!o->quiet)
        printf("databot %s on %s (%s). Ask a question; \\help lists commands, \\q leaves.\n",
               dbt_version(), o->database, dbt_session_dialect(s));
    char *line;
    while ((line = read_line(&r, "databot> ")) != NULL) {
        const char *text = line + strspn(line, " \t");
        if (!*text) {
            free(line);
            continue;
        }
        history_remember(r.histfile, text);
        int quit = *text == '\\' ? command(&r, text) : (ask(&r, 0, text), 0);
        free(line);
        if (quit)
            break;
    }
    if (!line)
        fputc('\n', stdout);
    free(r.histfile);
    keep_last(&r, NULL, NULL);
    current = NULL;
    return 0;
}
