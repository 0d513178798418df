/* password.h: asking the person for a database password on the terminal. */
#ifndef DBT_PASSWORD_H
#define DBT_PASSWORD_H

#include <stddef.h>

/* A dbt_config.password callback: prompt on /dev/tty with echo off and read
 * one line into buf. Returns -1 when there is no terminal (nothing is
 * read from standard input) or the person gave nothing. */
int password_prompt(void *ctx, const char *prompt, char *buf, size_t size);

#endif
