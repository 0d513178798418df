/* main.c: the databot program: parse the command line, open the database,
 * then hand over to batch mode or the interactive prompt. */
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "batch.h"
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

static int terminal_width(int fd)
{
    struct winsize ws;
    if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 0;
}

int main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    options o;
    char msg[512];
    if (options_parse(argc, argv, &o, msg, sizeof msg) < 0) {
        fprintf(stderr, "databot: %s\nTry 'databot --help' for more information.\n", msg);
        options_free(&o);
        return 2;
    }
    if (o.help || o.version) {
        if (o.help)
            options_usage(stdout);
        else
            printf("databot %s\n", dbt_version());
        options_free(&o);
        return 0;
    }
    output out = { stdout, stderr, o.format, strcmp(nl_langinfo(CODESET), "UTF-8") == 0,
                   terminal_width(STDOUT_FILENO), 0 };
    dbt_error err;
    dbt_session *s = dbt_open(o.database, &o.cfg, &err);
    if (!s) {
        fprintf(stderr, "databot: %s\n", err.message);
        options_free(&o);
        return output_exit_code(err.code);
    }
    running = s;
    catch_sigint();
    int interactive = o.njobs == 0 && isatty(STDIN_FILENO);
    int status = interactive ? repl_run(s, &o, &out, &interrupted)
                             : batch_run(s, &o, &out, &interrupted);
    running = NULL;
    dbt_close(s);
    options_free(&o);
    return status;
}
