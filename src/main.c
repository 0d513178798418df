/* main.c: the databot program: parse the command line, open the database,
 * then hand over to batch mode or the interactive prompt. */
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include "batch.h"
#include "config.h"
#include "conversation.h"
#include "doctor.h"
#include "purge.h"
#include "databot.h"
#include "options.h"
#include "output.h"
#include "password.h"
#include "paths.h"
#include "repl.h"
#include "tui/tui_main.h"

/* What the SIGINT handler may touch: a flag and the session to cancel. */
static volatile sig_atomic_t interrupted;
static dbt_session *volatile running;

static void on_sigint(int sig)
{
    (void)sig;
    interrupted = 1;
    if (running)
        dbt_cancel(running);
}

static void catch_sigint(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;          /* no SA_RESTART: a blocking read returns EINTR */
    sigaction(SIGINT, &sa, NULL);
}

static int terminal_width(int fd);
static int session_run(options *o);

/* A model request's progress on stderr (retries, corrections, fallbacks;
 * "asking" only on a terminal); returns non-zero after Ctrl-C to cancel. */
static int show_progress(void *ctx, dbt_progress_kind kind, const char *text)
{
    const options *o = ctx;
    if (!o->quiet && kind != DBT_PROGRESS_TEXT) {
        if (kind == DBT_PROGRESS_REQUEST && isatty(STDERR_FILENO))
            fprintf(stderr, "databot: asking %s...\n", text);
        else if (kind == DBT_PROGRESS_RETRY)
            fprintf(stderr, "databot: %s\n", text);
        else if (kind == DBT_PROGRESS_CORRECT)
            fprintf(stderr, "databot: the model's SQL was rejected (%s); asking it again\n", text);
        else if (kind == DBT_PROGRESS_FALLBACK)
            fprintf(stderr, "databot: trying %s\n", text);
    }
    return interrupted;
}

/* The models' keys (from the environment only: never a flag, so they stay
 * out of shell history and ps), cache and memory files, progress. A key
 * in memory also turns core dumps off. *cache and *memory are freed by the
 * caller after the session. */
static void models_setup(options *o, char **cache, char **memory)
{
    o->cfg.openai_api_key = getenv("OPENAI_API_KEY");
    o->cfg.anthropic_api_key = getenv("ANTHROPIC_API_KEY");
    if ((o->cfg.openai_api_key && *o->cfg.openai_api_key) ||
        (o->cfg.anthropic_api_key && *o->cfg.anthropic_api_key)) {
        struct rlimit no_core = { 0, 0 };
        setrlimit(RLIMIT_CORE, &no_core);
    }
    char *dir = o->no_cache ? NULL : paths_cache_dir();
    *cache = dir ? malloc(strlen(dir) + 20) : NULL;
    if (*cache)
        sprintf(*cache, "%s/llm-cache.sqlite", dir);
    free(dir);
    dir = o->no_memory ? NULL : paths_data_dir();
    *memory = dir ? malloc(strlen(dir) + 20) : NULL;
    if (*memory)
        sprintf(*memory, "%s/memory.sqlite", dir);
    free(dir);
    o->cfg.cache_path = *cache;
    o->cfg.memory_path = *memory;
    o->cfg.progress = show_progress;
    o->cfg.progress_ctx = o;
}

/* The audit log (--no-audit: none): $XDG_STATE_HOME/databot/audit.jsonl,
 * naming the database with any password masked. Both freed by the caller. */
static void audit_setup(options *o, char **path, char **database)
{
    char *dir = o->no_audit ? NULL : paths_state_dir();
    *path = dir ? malloc(strlen(dir) + 20) : NULL;
    if (*path)
        sprintf(*path, "%s/audit.jsonl", dir);
    free(dir);
    *database = *path && o->database ? config_mask_secret(o->database) : NULL;
    o->cfg.audit_path = *path;
    o->cfg.audit_database = *database;
    if (o->force)
        o->cfg.max_scan_rows = 0;   /* --force: also over the scan limit */
}

static int terminal_width(int fd)
{
    struct winsize ws;
    if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 0;
}

/* Settings in order of precedence, lowest first: config file,
 * environment, flags. Returns 0, or the exit status of a usage error. */
static int read_settings(int argc, char **argv, options *o, config *c, char *msg, size_t n,
                         int *config_failed)
{
    options_init(o);
    char *path = config_default_path();
    char cmsg[600];
    *config_failed = config_load(c, path, o, cmsg, sizeof cmsg) < 0;
    free(path);
    if (*config_failed)
        snprintf(msg, n, "%s", cmsg);
    else if (config_apply_env(o, msg, n) < 0)
        return 2;
    if (options_parse(argc, argv, o, cmsg, sizeof cmsg) < 0) {
        snprintf(msg, n, "%s", cmsg);
        return 2;
    }
    return 0;
}

static int usage_error(const char *msg);
static void models_setup(options *o, char **cache, char **memory);

/* `databot doctor` and `databot purge`: the first operand names a command. */
static int run_command(options *o, const config *c, const char *config_error, int *status)
{
    if (!o->database)
        return 0;
    if (strcmp(o->database, "purge") == 0) {
        *status = purge_run(o->yes, o->quiet);
        return 1;
    }
    if (strcmp(o->database, "doctor") == 0) {
        char msg[600];
        o->database = o->doctor_target;
        if (config_resolve_target(c, o, msg, sizeof msg) < 0) {
            *status = usage_error(msg);
        } else {
            char *cache_path, *memory_path;
            models_setup(o, &cache_path, &memory_path);   /* the model's key, for its check */
            *status = doctor_run(o, c, config_error);
            free(cache_path);
            free(memory_path);
        }
        return 1;
    }
    return 0;
}

static int usage_error(const char *msg)
{
    fprintf(stderr, "databot: %s\nTry 'databot --help' for more information.\n", msg);
    return 2;
}

int main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    options o;
    config c;
    char msg[1024] = "";
    int config_failed = 0, status = 0;
    status = read_settings(argc, argv, &o, &c, msg, sizeof msg, &config_failed);
    if (status == 0 && (o.help || o.version)) {
        if (o.help)
            options_usage(stdout);
        else
            printf("databot %s\n", dbt_version());
        goto done;
    }
    if (status == 0 && run_command(&o, &c, config_failed ? msg : NULL, &status))
        goto done;
    if (status || config_failed) {
        status = usage_error(msg);
        goto done;
    }
    if (o.print_config || o.list_connections) {
        if (o.print_config)
            config_print(stdout, &c, &o);
        else
            config_print_connections(stdout, &c);
        goto done;
    }
    if (!o.database) {
        status = usage_error("no database given: databot [OPTION]... DATABASE");
        goto done;
    }
    if (config_resolve_target(&c, &o, msg, sizeof msg) < 0) {
        status = usage_error(msg);
        goto done;
    }
    status = session_run(&o);
done:
    config_free(&c);
    options_free(&o);
    return status;
}

/* Colour only on a terminal that can show it, and never with NO_COLOR
 * set (https://no-color.org) or --no-color. */
static int use_color(const options *o)
{
    const char *no_color = getenv("NO_COLOR");
    const char *term = getenv("TERM");
    return !o->no_color && !(no_color && *no_color) && isatty(STDOUT_FILENO) && term &&
           strcmp(term, "dumb") != 0 && strncmp(term, "vt", 2) != 0;
}

/* Open the database and hand over to the prompt or batch mode. */
static int session_run(options *o)
{
    conversation conv = { NULL, 0 };
    output out = {
        .out = stdout, .diag = stderr, .fmt = o->format,
        .utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0,
        .width = terminal_width(STDOUT_FILENO), .quiet = o->quiet,
        .color = use_color(o), .chart = o->chart, .conv = &conv,
    };
    dbt_error err;
    o->cfg.password = password_prompt;   /* asks only when there is a terminal */
    char *cache_path, *memory_path, *audit_path, *audit_db;
    models_setup(o, &cache_path, &memory_path);
    audit_setup(o, &audit_path, &audit_db);
    /* the full-screen interface by default on a terminal (--plain: the
     * line prompt); its progress goes to the status bar, not stderr */
    int full_screen = o->njobs == 0 && !o->plain &&
                      (o->tui || (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)));
    if (full_screen)
        o->cfg.progress = tui_progress, o->cfg.progress_ctx = NULL;
    if (o->init_semantic)
        o->cfg.semantic_path = "";   /* the starter describes the whole catalog */
    dbt_session *s = dbt_open(o->database, &o->cfg, &err);
    o->cfg.openai_api_key = o->cfg.anthropic_api_key = NULL;
    if (!s) {
        fprintf(stderr, "databot: %s\n", err.message);
        free(cache_path);
        free(memory_path);
        free(audit_path);
        free(audit_db);
        return output_exit_code(err.code);
    }
    int status = 0;
    if (o->init_semantic) {
        /* --init-semantic: a starter file from the catalog, then exit */
        char *json = dbt_semantic_starter(s);
        FILE *f = !json ? NULL : o->init_semantic_path ? fopen(o->init_semantic_path, "w") : stdout;
        if (!json || !f || fputs(json, f) == EOF || (f != stdout && fclose(f) != 0)) {
            fprintf(stderr, "databot: cannot write the semantic file '%s': %s\n",
                    o->init_semantic_path ? o->init_semantic_path : "(stdout)",
                    json ? strerror(errno) : "out of memory");
            status = 1;
        }
        free(json);
        dbt_close(s);
        free(cache_path);
        free(memory_path);
        free(audit_path);
        free(audit_db);
        return status;
    }
    if (o->resume) {
        int n = conversation_resume(&conv, s, o->resume, &err);
        if (n < 0) {
            fprintf(stderr, "databot: %s\n", err.message);
            status = output_exit_code(err.code);
        } else if (!o->quiet) {
            fprintf(stderr, "databot: resumed %d question%s from %s\n", n, n == 1 ? "" : "s",
                    o->resume);
        }
    }
    if (status == 0) {
        running = s;
        catch_sigint();
        int interactive = o->njobs == 0 && isatty(STDIN_FILENO);
        status = full_screen ? tui_run(s, o, &conv) : TUI_FALLBACK;   /* falls back on a dumb TERM */
        if (status == TUI_FALLBACK)
            status = interactive ? repl_run(s, o, &out, &interrupted)
                                 : batch_run(s, o, &out, &interrupted);
        running = NULL;
    }
    dbt_close(s);
    free(cache_path);
    free(memory_path);
    free(audit_path);
    free(audit_db);
    conversation_free(&conv);
    return status;
}
