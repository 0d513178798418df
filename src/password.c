/* password.c: the password prompt (see password.h). The terminal is
 * /dev/tty, never standard input, so piped questions are not eaten; echo is
 * off while the person types and restored afterwards, even on Ctrl-C. */
#include "password.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

int password_prompt(void *ctx, const char *prompt, char *buf, size_t size)
{
    (void)ctx;
    if (size == 0)
        return -1;
    buf[0] = '\0';
    int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct termios old, quiet;
    int restore = tcgetattr(fd, &old) == 0;
    if (!restore) {
        close(fd);
        return -1;
    }
    quiet = old;
    quiet.c_lflag &= (tcflag_t)~(ECHO | ECHONL);
    quiet.c_lflag |= ICANON;
    /* a Ctrl-C while typing must not leave echo off */
    sigset_t block, saved;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTSTP);
    sigprocmask(SIG_BLOCK, &block, &saved);
    tcsetattr(fd, TCSAFLUSH, &quiet);
    if (write(fd, prompt, strlen(prompt)) < 0) {
        /* nothing to do: the read still works */
    }
    size_t n = 0;
    char c;
    int got_eol = 0;
    while (n + 1 < size) {
        ssize_t r = read(fd, &c, 1);
        if (r <= 0 || c == '\n' || c == '\r') {
            got_eol = r > 0;
            break;
        }
        buf[n++] = c;
    }
    buf[n] = '\0';
    tcsetattr(fd, TCSAFLUSH, &old);
    sigprocmask(SIG_SETMASK, &saved, NULL);
    if (write(fd, "\n", 1) < 0) {
        /* ignore */
    }
    close(fd);
    (void)got_eol;
    if (n == 0) {
        memset(buf, 0, size);
        return -1;
    }
    return 0;
}
