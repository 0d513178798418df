/* question.h: stage 1, understanding the raw text of a question: make it
 * clean, bounded text the engine can read. Internal to libdatabot. */
#ifndef DBT_QUESTION_H
#define DBT_QUESTION_H

#include "databot.h"

#define QUESTION_MAX_BYTES 4000

/* Clean a question: invalid UTF-8 and control characters become spaces,
 * whitespace runs collapse to one space, ends are trimmed. Returns 0 and a
 * malloc'd *out, or -1 with DBT_ERR_INPUT when nothing is left or the text
 * is longer than QUESTION_MAX_BYTES. */
int question_clean(const char *in, char **out, dbt_error *err);

#endif
