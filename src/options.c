/* options.c: parsing the command line into options (see options.h) and
 * the --help text. */
#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_SQL = 256, OPT_SQL_ONLY, OPT_MAX_ROWS, OPT_TIMEOUT, OPT_AS_OF, OPT_OFFLINE };

static const struct option long_options[] = {
    { "execute", required_argument, NULL, 'e' },
    { "sql", required_argument, NULL, OPT_SQL },
    { "sql-only", no_argument, NULL, OPT_SQL_ONLY },
    { "yes", no_argument, NULL, 'y' },
    { "format", required_argument, NULL, 'f' },
    { "max-rows", required_argument, NULL, OPT_MAX_ROWS },
    { "timeout", required_argument, NULL, OPT_TIMEOUT },
    { "as-of", required_argument, NULL, OPT_AS_OF },
    { "offline", no_argument, NULL, OPT_OFFLINE },
    { "version", no_argument, NULL, 'V' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 },
};

void options_usage(FILE *f)
{
    fputs("Usage: databot [OPTION]... DATABASE\n"
          "Ask questions in plain English about a SQLite database; databot shows the SQL\n"
          "it would run, runs it read-only once you confirm, and prints the answer.\n"
          "\n"
          "With a terminal, databot starts an interactive prompt. Otherwise it answers\n"
          "the -e questions and --sql queries, or questions read one per line from\n"
          "standard input.\n"
          "\n"
          "  -e, --execute=QUESTION   ask QUESTION; repeatable, the questions form one conversation\n"
          "      --sql=QUERY          run QUERY as written (it still passes the read-only guard); repeatable\n"
          "      --sql-only           print the SQL each question would run, run nothing\n"
          "  -y, --yes                run without asking for confirmation (implied in batch mode)\n"
          "  -f, --format=FORMAT      table (default), csv, json or markdown\n"
          "      --max-rows=N         stop after N rows and mark the answer truncated\n"
          "                           (default 10000; 0 = no cap)\n"
          "      --timeout=SECONDS    time limit per query (default 30; 0 = none)\n"
          "      --as-of=DATE         reference date YYYY-MM-DD for relative dates such as\n"
          "                           \"last month\" (default: today)\n"
          "      --offline            never use the network (the built-in engine only)\n"
          "  -V, --version            print the version and exit\n"
          "  -h, --help               print this help and exit\n"
          "\n"
          "Commands at the prompt: \\tables, \\d TABLE, \\sql QUERY, \\clear, \\help, \\q\n"
          "Exit status: 0 ok, 1 database error, 2 bad usage, 3 question not understood,\n"
          "4 SQL refused, 130 interrupted. See databot(1).\n", f);
}

static int parse_format(const char *s, out_format *f)
{
    static const struct { const char *name; out_format f; } names[] = {
        { "table", FMT_TABLE }, { "csv", FMT_CSV }, { "json", FMT_JSON },
        { "markdown", FMT_MARKDOWN }, { "md", FMT_MARKDOWN },
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (strcmp(s, names[i].name) == 0) {
            *f = names[i].f;
            return 0;
        }
    }
    return -1;
}

/* A non-negative number, possibly with decimals; -1 when it is not. */
static double parse_amount(const char *s, int decimals_ok)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || v < 0 || v > 1e12 || (!decimals_ok && v != (long)v))
        return -1;
    return v;
}

static int add_job(options *o, int is_sql, const char *text)
{
    job *jobs = realloc(o->jobs, (o->njobs + 1) * sizeof *jobs);
    if (!jobs)
        return -1;
    o->jobs = jobs;
    o->jobs[o->njobs].is_sql = is_sql;
    o->jobs[o->njobs].text = text;
    o->njobs++;
    return 0;
}

int options_parse(int argc, char **argv, options *o, char *errbuf, size_t errlen)
{
    memset(o, 0, sizeof *o);
    dbt_config_init(&o->cfg);
    o->format = FMT_TABLE;
    opterr = 0;
    optind = 1;
    int c;
    double v;
    while ((c = getopt_long(argc, argv, ":e:yf:Vh", long_options, NULL)) != -1) {
        switch (c) {
        case 'e':
        case OPT_SQL:
            if (add_job(o, c == OPT_SQL, optarg) < 0) {
                snprintf(errbuf, errlen, "out of memory");
                return -1;
            }
            break;
        case OPT_SQL_ONLY: o->sql_only = 1; break;
        case 'y': o->yes = 1; break;
        case 'f':
            if (parse_format(optarg, &o->format) < 0) {
                snprintf(errbuf, errlen, "unknown format '%s': use table, csv, json or markdown", optarg);
                return -1;
            }
            break;
        case OPT_MAX_ROWS:
            if ((v = parse_amount(optarg, 0)) < 0) {
                snprintf(errbuf, errlen, "--max-rows needs a whole number of rows (0 = no cap), not '%s'", optarg);
                return -1;
            }
            o->cfg.max_rows = (long)v;
            break;
        case OPT_TIMEOUT:
            if ((v = parse_amount(optarg, 1)) < 0) {
                snprintf(errbuf, errlen, "--timeout needs a number of seconds (0 = none), not '%s'", optarg);
                return -1;
            }
            o->cfg.timeout_ms = (long)(v * 1000 + 0.5);
            break;
        case OPT_AS_OF: o->cfg.as_of = optarg; break;
        case OPT_OFFLINE: o->cfg.offline = 1; break;
        case 'V': o->version = 1; break;
        case 'h': o->help = 1; break;
        case ':':
            snprintf(errbuf, errlen, "option '%s' needs a value", argv[optind - 1]);
            return -1;
        default:
            snprintf(errbuf, errlen, "unknown option '%s'", argv[optind - 1]);
            return -1;
        }
    }
    if (o->help || o->version)
        return 0;
    if (optind >= argc) {
        snprintf(errbuf, errlen, "no database given: databot [OPTION]... DATABASE");
        return -1;
    }
    if (optind + 1 < argc) {
        snprintf(errbuf, errlen, "more than one database given ('%s' and '%s'); "
                 "quote a question and pass it with -e", argv[optind], argv[optind + 1]);
        return -1;
    }
    o->database = argv[optind];
    return 0;
}

void options_free(options *o)
{
    free(o->jobs);
    o->jobs = NULL;
    o->njobs = 0;
}
