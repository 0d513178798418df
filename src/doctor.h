/* doctor.h: `databot doctor [DATABASE]`: check the terminal, the config,
 * the files databot writes and the database, and say how to fix what is
 * wrong. */
#ifndef DBT_DOCTOR_H
#define DBT_DOCTOR_H

#include "config.h"
#include "options.h"

/* Returns the exit status: 0 when every check passed, 1 otherwise. */
int doctor_run(const options *o, const config *c, const char *config_error);

#endif
