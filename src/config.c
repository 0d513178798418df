/* config.c: the config file, DATABOT_* environment settings and named
 * connections (see config.h). */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

char *config_default_path(void)
{
    const char *env = getenv("DATABOT_CONFIG");
    if (env && *env)
        return xstrdup(env);
    buf b;
    buf_init(&b);
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    if (xdg && *xdg == '/')
        buf_printf(&b, "%s/databot/config", xdg);
    else if (home && *home)
        buf_printf(&b, "%s/.config/databot/config", home);
    else
        return NULL;
    return buf_take(&b);
}

static char *keep(config *c, char *s)
{
    if (!s)
        return NULL;
    char **owned = realloc(c->owned, (c->nowned + 1) * sizeof *owned);
    if (!owned) {
        free(s);
        return NULL;
    }
    c->owned = owned;
    c->owned[c->nowned++] = s;
    return s;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

/* "value", 'value' or value; a # after whitespace starts a comment. */
static char *unquote(char *v)
{
    size_t n = strlen(v);
    if (n >= 2 && (v[0] == '"' || v[0] == '\'') && v[n - 1] == v[0]) {
        v[n - 1] = '\0';
        return v + 1;
    }
    for (char *p = v; *p; p++)
        if (*p == '#' && p > v && isspace((unsigned char)p[-1])) {
            *p = '\0';
            break;
        }
    return trim(v);
}

static int add_connection(config *c, const char *name, int line)
{
    connection *conns = realloc(c->conns, (c->nconns + 1) * sizeof *conns);
    if (!conns)
        return -1;
    c->conns = conns;
    connection *k = &c->conns[c->nconns++];
    k->name = xstrdup(name);
    k->target = NULL;
    k->line = line;
    return k->name ? 0 : -1;
}

/* One line of the file; *section is the connection being filled or -1. */
static int config_line(config *c, char *text, int line, long *section, options *o,
                       char *errbuf, size_t errlen)
{
    char *s = trim(text);
    if (!*s || *s == '#' || *s == ';')
        return 0;
    if (*s == '[') {
        char *end = strchr(s, ']');
        char name[128];
        if (!end || trim(end + 1)[0] || sscanf(s, "[connection %127[^] ]]", name) != 1) {
            snprintf(errbuf, errlen, "line %d: a section is written [connection NAME]", line);
            return -1;
        }
        if (config_connection(c, name)) {
            snprintf(errbuf, errlen, "line %d: connection '%s' is defined twice", line, name);
            return -1;
        }
        if (add_connection(c, name, line) < 0) {
            snprintf(errbuf, errlen, "out of memory");
            return -1;
        }
        *section = (long)c->nconns - 1;
        return 0;
    }
    char *eq = strchr(s, '=');
    if (!eq) {
        snprintf(errbuf, errlen, "line %d: expected 'name = value', got '%.60s'", line, s);
        return -1;
    }
    *eq = '\0';
    char *key = trim(s), *value = unquote(eq + 1);
    for (char *p = key; *p; p++)
        if (*p == '_')
            *p = '-';
    if (*section >= 0) {
        connection *k = &c->conns[*section];
        if (strcmp(key, "target") != 0) {
            snprintf(errbuf, errlen, "line %d: a connection takes 'target = ...', not '%s'", line, key);
            return -1;
        }
        free(k->target);
        k->target = xstrdup(value);
        return 0;
    }
    char source[32];
    snprintf(source, sizeof source, "config line %d", line);
    char *src = keep(c, xstrdup(source));
    char *val = keep(c, xstrdup(value));
    char msg[300];
    if (!src || !val || options_apply_setting(o, key, val, src, msg, sizeof msg) < 0) {
        snprintf(errbuf, errlen, "line %d: %s", line, src && val ? msg : "out of memory");
        return -1;
    }
    return 0;
}

int config_load(config *c, const char *path, options *o, char *errbuf, size_t errlen)
{
    memset(c, 0, sizeof *c);
    if (!path)
        return 0;
    FILE *f = fopen(path, "r");
    if (!f) {
        if (errno == ENOENT)
            return 0;
        snprintf(errbuf, errlen, "cannot read %s: %s", path, strerror(errno));
        return -1;
    }
    c->path = xstrdup(path);
    char *text = NULL;
    size_t cap = 0;
    long section = -1;
    int line = 0, rc = 0;
    char msg[400];
    while (rc == 0 && getline(&text, &cap, f) >= 0) {
        rc = config_line(c, text, ++line, &section, o, msg, sizeof msg);
        if (rc < 0)
            snprintf(errbuf, errlen, "%s %s", path, msg);
    }
    free(text);
    fclose(f);
    for (size_t i = 0; rc == 0 && i < c->nconns; i++) {
        if (!c->conns[i].target) {
            snprintf(errbuf, errlen, "%s line %d: connection '%s' has no target", path,
                     c->conns[i].line, c->conns[i].name);
            rc = -1;
        }
    }
    return rc;
}

typedef struct env_ctx {
    options *o;
    char *errbuf;
    size_t errlen;
    int rc;
} env_ctx;

static void env_one(void *ctx, const char *name, int takes_value, const char *source)
{
    env_ctx *e = ctx;
    (void)takes_value, (void)source;
    if (e->rc < 0)
        return;
    char var[96] = "DATABOT_";
    size_t n = strlen(var);
    for (const char *p = name; *p && n < sizeof var - 1; p++)
        var[n++] = *p == '-' ? '_' : (char)toupper((unsigned char)*p);
    var[n] = '\0';
    const char *value = getenv(var);
    if (!value || !*value)
        return;
    char msg[300];
    if (options_apply_setting(e->o, name, value, "environment", msg, sizeof msg) < 0) {
        snprintf(e->errbuf, e->errlen, "%s: %s", var, msg);
        e->rc = -1;
    }
}

int config_apply_env(options *o, char *errbuf, size_t errlen)
{
    env_ctx e = { o, errbuf, errlen, 0 };
    options_each_setting(env_one, &e, o);
    return e.rc;
}

const char *config_connection(const config *c, const char *name)
{
    for (size_t i = 0; i < c->nconns; i++)
        if (strcmp(c->conns[i].name, name) == 0)
            return c->conns[i].target ? c->conns[i].target : "";
    return NULL;
}

int config_resolve_target(const config *c, options *o, char *errbuf, size_t errlen)
{
    if (!o->database || o->database[0] != '@')
        return 0;
    const char *target = config_connection(c, o->database + 1);
    if (!target) {
        snprintf(errbuf, errlen, "no connection named '%s' in %s (databot --list-connections shows them)",
                 o->database + 1, c->path ? c->path : "the config file (there is none)");
        return -1;
    }
    o->database = target;
    return 0;
}

char *config_mask_secret(const char *t)
{
    buf b;
    buf_init(&b);
    /* scheme://user:PASSWORD@host */
    const char *scheme = strstr(t, "://");
    const char *at = scheme ? strchr(scheme + 3, '@') : NULL;
    const char *colon = scheme ? strchr(scheme + 3, ':') : NULL;
    if (at && colon && colon < at) {
        buf_addn(&b, t, (size_t)(colon + 1 - t));
        buf_add(&b, "***");
        buf_add(&b, at);
        return buf_take(&b);
    }
    /* conninfo: password=SECRET */
    const char *pw = strstr(t, "password=");
    if (pw) {
        buf_addn(&b, t, (size_t)(pw + 9 - t));
        buf_add(&b, "***");
        const char *end = strchr(pw, ' ');
        if (end)
            buf_add(&b, end);
        return buf_take(&b);
    }
    buf_add(&b, t);
    return buf_take(&b);
}

typedef struct print_ctx {
    FILE *f;
    const options *o;
} print_ctx;

static int is_secret(const char *name)
{
    return strstr(name, "key") || strstr(name, "password") || strstr(name, "token") ||
           strstr(name, "secret");
}

static void print_one(void *ctx, const char *name, int takes_value, const char *source)
{
    print_ctx *p = ctx;
    char value[128];
    options_value(p->o, name, value, sizeof value);
    if (is_secret(name) && strcmp(source, "default") != 0)
        snprintf(value, sizeof value, "***");
    (void)takes_value;
    char line[200];
    snprintf(line, sizeof line, "%s = %s", name, value);
    fprintf(p->f, "%-36s # %s\n", line, source);
}

void config_print(FILE *f, const config *c, const options *o)
{
    fprintf(f, "# config file: %s\n", c->path ? c->path : "(none)");
    print_ctx p = { f, o };
    options_each_setting(print_one, &p, o);
    config_print_connections(f, c);
}

void config_print_connections(FILE *f, const config *c)
{
    for (size_t i = 0; i < c->nconns; i++) {
        char *masked = config_mask_secret(c->conns[i].target);
        fprintf(f, "[connection %s]\ntarget = %s\n", c->conns[i].name, masked ? masked : "");
        free(masked);
    }
}

void config_free(config *c)
{
    for (size_t i = 0; i < c->nconns; i++) {
        free(c->conns[i].name);
        free(c->conns[i].target);
    }
    free(c->conns);
    for (size_t i = 0; i < c->nowned; i++)
        free(c->owned[i]);
    free(c->owned);
    free(c->path);
    memset(c, 0, sizeof *c);
}
