/* main.c: the databot program: parse the command line, open the database,
 * then hand over to batch mode or the interactive prompt. */
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "batch.h"
#include "config.h"
#include "conversation.h"
#include "doctor.h"
#include "purge.h"
#include "databot.h"
#include "options.h"
#include "output.h"
#include "repl.h"

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
        if (config_resolve_target(c, o, msg, sizeof msg) < 0)
            *status = usage_error(msg);
        else
            *status = doctor_run(o, c, config_error);
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

/* Open the database and hand over to the prompt or batch mode. */
static int session_run(options *o)
{
    conversation conv = { NULL, 0 };
    output out = { stdout, stderr, o->format, strcmp(nl_langinfo(CODESET), "UTF-8") == 0,
                   terminal_width(STDOUT_FILENO), 0, o->quiet, &conv };
    dbt_error err;
    dbt_session *s = dbt_open(o->database, &o->cfg, &err);
    if (!s) {
        fprintf(stderr, "databot: %s\n", err.message);
        return output_exit_code(err.code);
    }
    int status = 0;
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
        status = interactive ? repl_run(s, o, &out, &interrupted)
                             : batch_run(s, o, &out, &interrupted);
        running = NULL;
    }
    dbt_close(s);
    conversation_free(&conv);
    return status;
}
