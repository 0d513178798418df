/* screen.c: the terminal under the full-screen interface. Opens it with
 * newterm() after checking that terminfo knows TERM and that it can
 * address the cursor (initscr() would exit on an unknown TERM; dumb
 * cannot move the cursor), picks colours (has_colors, NO_COLOR,
 * --no-color) and UTF-8 or ASCII drawing, and restores the terminal on
 * every way out: a normal exit, SIGINT/TERM/QUIT/HUP (a flag the main loop
 * reads) and crash signals (the handler writes precomputed reset strings
 * and resets the tty modes with async-signal-safe calls, then re-raises).
 * Ctrl-Z and SIGTSTP suspend like any curses program (screen_stop: give
 * the terminal back, stop, take it again on SIGCONT). Keys come from
 * stdin, or from /dev/tty when stdin or stdout is not the terminal. */
#include "tui.h"

#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <pthread.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <term.h>

volatile sig_atomic_t screen_sig_quit, screen_sig_int, screen_sig_tstp, screen_sig_cont;

static SCREEN *scr;
static FILE *tty_in, *tty_out;       /* opened here when stdin/stdout are not the terminal */
static int tty_fd = -1;
static int curses_on;
static struct termios saved_tios;
static int have_tios;
static char reset_seq[256];          /* written by the crash handler */
static size_t reset_len;

static const int quit_signals[] = { SIGINT, SIGTERM, SIGQUIT, SIGHUP };
static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
static struct sigaction old_quit[4], old_crash[5], old_tstp, old_cont;
static int signals_caught;
static int tstp_ignored;             /* SIGTSTP was ignored when we started: no job control */

int screen_tty_fd(void)
{
    return tty_in ? fileno(tty_in) : -1;
}

/* Append a terminfo string capability to the crash reset sequence. */
static void add_reset(const char *cap)
{
    char *s = tigetstr((char *)cap);
    if (!s || s == (char *)-1)
        return;
    size_t n = strlen(s);
    if (reset_len + n < sizeof reset_seq) {
        memcpy(reset_seq + reset_len, s, n);
        reset_len += n;
    }
}

screen_status screen_open(int want_color, int *utf8, int *color, char *why, size_t n)
{
    const char *term = getenv("TERM");
    if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
        tty_in = stdin;
        tty_out = stdout;
    } else {
        tty_in = fopen("/dev/tty", "r");
        tty_out = tty_in ? fopen("/dev/tty", "w") : NULL;
        if (!tty_out) {
            if (tty_in)
                fclose(tty_in);
            tty_in = NULL;
            snprintf(why, n, "--tui needs a terminal, and there is none (standard input and "
                     "output are not terminals and /dev/tty cannot be opened)");
            return SCREEN_NO_TTY;
        }
    }
    tty_fd = fileno(tty_out);
    if (!term || !*term) {
        snprintf(why, n, "TERM is not set, so the full-screen interface cannot start");
        goto fail;
    }
    int errret = 0;
    if (setupterm((char *)term, tty_fd, &errret) == ERR) {
        snprintf(why, n, "terminal type '%.60s' is unknown to terminfo here", term);
        goto fail;
    }
    char *cup = tigetstr("cup");
    int generic = tigetflag("gn") > 0 || tigetflag("hc") > 0;
    del_curterm(cur_term);
    if (!cup || cup == (char *)-1 || generic) {
        snprintf(why, n, "terminal type '%.60s' cannot move the cursor", term);
        if (tty_in != stdin) {
            fclose(tty_in);
            fclose(tty_out);
        }
        tty_in = tty_out = NULL;
        return SCREEN_NO_CURSOR;
    }
    have_tios = tcgetattr(tty_fd, &saved_tios) == 0;
    scr = newterm((char *)term, tty_out, tty_in);
    if (!scr) {
        snprintf(why, n, "terminal type '%.60s' could not be opened", term);
        goto fail;
    }
    set_term(scr);
    curses_on = 1;
    raw();
    noecho();
    nonl();
    intrflush(stdscr, FALSE);
    keypad(stdscr, TRUE);
    set_escdelay(25);
    /* Home and End as the common terminals send them, whatever terminfo
     * says (tmux, screen, PuTTY, rxvt and xterm disagree) */
    static const struct { const char *seq; int key; } extra_keys[] = {
        { "\033[1~", KEY_HOME }, { "\033[7~", KEY_HOME }, { "\033[H", KEY_HOME },
        { "\033OH", KEY_HOME }, { "\033[4~", KEY_END }, { "\033[8~", KEY_END },
        { "\033[F", KEY_END }, { "\033OF", KEY_END },
    };
    for (size_t i = 0; i < sizeof extra_keys / sizeof *extra_keys; i++)
        if (key_defined(extra_keys[i].seq) == 0)
            define_key(extra_keys[i].seq, extra_keys[i].key);
    curs_set(0);
    *utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
    *color = 0;
    if (want_color && has_colors() && start_color() == OK) {
        use_default_colors();
        init_pair(CP_TITLE, COLOR_BLACK, COLOR_CYAN);
        init_pair(CP_KEYWORD, COLOR_BLUE, -1);
        init_pair(CP_STRING, COLOR_GREEN, -1);
        init_pair(CP_NUMBER, COLOR_MAGENTA, -1);
        init_pair(CP_ERROR, COLOR_RED, -1);
        init_pair(CP_NULL, COLOR_YELLOW, -1);
        init_pair(CP_ACCENT, COLOR_CYAN, -1);
        init_pair(CP_COMMENT, COLOR_CYAN, -1);
        static const short series[] = { COLOR_BLUE, COLOR_YELLOW, COLOR_GREEN, COLOR_MAGENTA,
                                        COLOR_CYAN, COLOR_RED };
        for (int i = 0; i < 6; i++)
            init_pair((short)(CP_SERIES + i), series[i], -1);
        *color = 1;
    }
    mouseinterval(0);
    mousemask(BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    reset_len = 0;
    add_reset("sgr0");
    add_reset("cnorm");
    add_reset("rmkx");
    add_reset("rmcup");
    static const char mouse_off[] = "\033[?1000l\033[?1006l";
    if (reset_len + sizeof mouse_off - 1 < sizeof reset_seq) {
        memcpy(reset_seq + reset_len, mouse_off, sizeof mouse_off - 1);
        reset_len += sizeof mouse_off - 1;
    }
    return SCREEN_OK;
fail:
    if (tty_in && tty_in != stdin) {
        fclose(tty_in);
        fclose(tty_out);
    }
    tty_in = tty_out = NULL;
    tty_fd = -1;
    return SCREEN_UNKNOWN_TERM;
}

void screen_close(void)
{
    if (!curses_on)
        return;
    curses_on = 0;
    mousemask(0, NULL);
    curs_set(1);
    endwin();
    fflush(tty_out);
    delscreen(scr);
    scr = NULL;
    if (have_tios)
        tcsetattr(tty_fd, TCSANOW, &saved_tios);
    if (tty_in && tty_in != stdin) {
        fclose(tty_in);
        fclose(tty_out);
    }
    tty_in = tty_out = NULL;
    tty_fd = -1;
}

void screen_suspend(void)
{
    def_prog_mode();
    endwin();
}

/* The terminal may have been resized while we were away, without a
 * SIGWINCH reaching us (a stopped job in the background gets none). */
static void fit_size(void)
{
    struct winsize ws;
    if (ioctl(tty_fd, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0 &&
        (ws.ws_row != LINES || ws.ws_col != COLS))
        resizeterm(ws.ws_row, ws.ws_col);
}

void screen_resume(void)
{
    reset_prog_mode();
    fit_size();
    clearok(curscr, TRUE);
    refresh();
}

int screen_stop(void)
{
    if (tstp_ignored)
        return -1;
    screen_suspend();
    fflush(tty_out);
    /* stop with the default action; the worker thread (signals blocked)
     * stops with the process and carries on after SIGCONT */
    struct sigaction dfl, ours;
    memset(&dfl, 0, sizeof dfl);
    sigemptyset(&dfl.sa_mask);
    dfl.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &dfl, &ours);
    sigset_t tstp, old;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &tstp, &old);
    raise(SIGTSTP);                  /* returns after the shell's fg (SIGCONT) */
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    sigaction(SIGTSTP, &ours, NULL);
    screen_sig_tstp = screen_sig_cont = 0;
    screen_resume();
    return 0;
}

/* ---- signals: flags only, except the crash path which must not return --- */

static void on_quit_signal(int sig)
{
    if (sig == SIGINT)
        screen_sig_int = 1;
    else
        screen_sig_quit = sig;
}

static void on_job_signal(int sig)
{
    if (sig == SIGTSTP)
        screen_sig_tstp = 1;
    else
        screen_sig_cont = 1;
}

static void on_crash_signal(int sig)
{
    if (tty_fd >= 0) {
        if (have_tios)
            tcsetattr(tty_fd, TCSANOW, &saved_tios);
        if (write(tty_fd, reset_seq, reset_len) < 0) {
            /* nothing more can be done in a crash handler */
        }
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

void screen_catch_signals(dbt_session *s)
{
    (void)s;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_quit_signal;
    for (size_t i = 0; i < 4; i++)
        sigaction(quit_signals[i], &sa, &old_quit[i]);
    /* SIGTSTP (kill -TSTP) stops the way Ctrl-Z does; SIGCONT after a
     * SIGSTOP redraws. A SIGTSTP ignored at start means no job control. */
    sa.sa_handler = on_job_signal;
    sigaction(SIGTSTP, NULL, &old_tstp);
    tstp_ignored = old_tstp.sa_handler == SIG_IGN;
    if (!tstp_ignored)
        sigaction(SIGTSTP, &sa, NULL);
    sigaction(SIGCONT, &sa, &old_cont);
    sa.sa_handler = on_crash_signal;
    sa.sa_flags = SA_RESETHAND;
    for (size_t i = 0; i < 5; i++)
        sigaction(crash_signals[i], &sa, &old_crash[i]);
    signals_caught = 1;
}

void screen_restore_signals(void)
{
    if (!signals_caught)
        return;
    for (size_t i = 0; i < 4; i++)
        sigaction(quit_signals[i], &old_quit[i], NULL);
    for (size_t i = 0; i < 5; i++)
        sigaction(crash_signals[i], &old_crash[i], NULL);
    sigaction(SIGTSTP, &old_tstp, NULL);
    sigaction(SIGCONT, &old_cont, NULL);
    signals_caught = 0;
}
