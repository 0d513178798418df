/* history.h: the question history shared by the REPL and the full-screen
 * interface: one file (see paths_history_file), private, loaded at start,
 * appended a line at a time so a crash loses nothing. */
#ifndef DBT_HISTORY_H
#define DBT_HISTORY_H

#include <stddef.h>

/* Load the history file into readline's history. Returns its path
 * (malloc'd), or NULL when history is off or cannot be kept; in the latter
 * case why holds the reason ("" otherwise). */
char *history_load(char *why, size_t n);
/* Add a line (not twice in a row) and append it to the file (NULL: none). */
void history_remember(const char *histfile, const char *line);

#endif
