/* tokens.c: the tokenizer. Words are lowercased ASCII runs (letters,
 * digits); numbers keep thousands separators and decimals ("2,000",
 * "$10.5", "10k"); punctuation separates. */
#include "tokens.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "lexicon.h"

static void push(toks *out, const char *w, size_t len, int money)
{
    if (out->n >= TOK_MAX || len == 0)
        return;
    tok *t = &out->v[out->n];
    memset(t, 0, sizeof *t);
    if (len >= TOK_LEN)
        len = TOK_LEN - 1;
    for (size_t i = 0; i < len; i++)
        t->w[i] = (char)tolower((unsigned char)w[i]);
    t->w[len] = '\0';
    t->money = money;
    if (isdigit((unsigned char)t->w[0])) {
        char clean[TOK_LEN];
        size_t k = 0;
        for (size_t i = 0; t->w[i]; i++)
            if (t->w[i] != ',')
                clean[k++] = t->w[i];
        clean[k] = '\0';
        char *end;
        double v = strtod(clean, &end);
        if (*end == 'k' && end[1] == '\0')
            v *= 1000, end++;
        else if (*end == 'm' && end[1] == '\0')
            v *= 1000000, end++;
        if (*end == '\0') {
            t->isnum = 1;
            t->num = v;
        }
        strcpy(t->stem, t->w);
    } else {
        lex_stem(t->w, t->stem, sizeof t->stem);
        long nv = lex_number_word(t->w);
        if (nv >= 0) {
            t->isnum = 1;
            t->numword = 1;
            t->num = (double)nv;
        }
    }
    out->n++;
}

void tok_split(const char *text, toks *out)
{
    tok_split_max(text, out, TOK_MAX);
}

void tok_split_max(const char *text, toks *out, size_t max)
{
    out->n = 0;
    const char *p = text;
    int money = 0;
    while (*p && out->n < max) {
        unsigned char c = (unsigned char)*p;
        if (c == '$' || (c == 0xE2 && (unsigned char)p[1] == 0x82 && (unsigned char)p[2] == 0xAC) ||
            (c == 0xC2 && (unsigned char)p[1] == 0xA3)) {
            money = 1;
            p += c == '$' ? 1 : (c == 0xE2 ? 3 : 2);
            continue;
        }
        if (isdigit(c)) {
            const char *s = p;
            while (isdigit((unsigned char)*p) ||
                   ((*p == ',' || *p == '.') && isdigit((unsigned char)p[1])))
                p++;
            if ((*p == 'k' || *p == 'K' || *p == 'm' || *p == 'M') &&
                !isalnum((unsigned char)p[1]))
                p++;
            /* "q3", "3rd": letters glued to digits stay in the word */
            while (isalpha((unsigned char)*p))
                p++;
            push(out, s, (size_t)(p - s), money);
            money = 0;
            continue;
        }
        if (isalpha(c)) {
            const char *s = p;
            while (isalnum((unsigned char)*p))
                p++;
            /* what's, don't: drop the apostrophe suffix */
            push(out, s, (size_t)(p - s), 0);
            if (*p == '\'' && isalpha((unsigned char)p[1])) {
                p++;
                while (isalpha((unsigned char)*p))
                    p++;
            }
            continue;
        }
        if (c == '%') {
            push(out, "percent", 7, 0);
            p++;
            continue;
        }
        if (c == '>' || c == '<') {
            push(out, c == '>' ? "over" : "under", c == '>' ? 4 : 5, 0);
            p++;
            if (*p == '=')
                p++;
            continue;
        }
        if (c >= 0x80) {
            const char *s = p;
            while ((unsigned char)*p >= 0x80 || isalnum((unsigned char)*p))
                p++;
            push(out, s, (size_t)(p - s), 0);
            continue;
        }
        p++;
    }
}

int tok_is(const toks *t, size_t i, const char *w)
{
    return i < t->n && strcmp(t->v[i].w, w) == 0;
}

/* Is v one lowerCamel code of words of two letters or more ("inProgress",
 * not "iPhone" or "McDonald")? */
static int camel_code(const char *v)
{
    if (!islower((unsigned char)v[0]))
        return 0;
    int humps = 0;
    size_t run = 0;
    for (const char *p = v; *p; p++) {
        if (!isalpha((unsigned char)*p))
            return 0;
        if (isupper((unsigned char)*p)) {
            if (run < 2)
                return 0;
            humps++;
            run = 0;
        }
        run++;
    }
    return humps > 0 && run >= 2;
}

void tok_split_value(const char *value, toks *out, size_t max)
{
    char spaced[2 * TOK_LEN];
    size_t k = 0;
    if (!camel_code(value) || strlen(value) >= TOK_LEN) {
        tok_split_max(value, out, max);
        return;
    }
    for (const char *p = value; *p; p++) {
        if (isupper((unsigned char)*p))
            spaced[k++] = ' ';
        spaced[k++] = *p;
    }
    spaced[k] = '\0';
    tok_split_max(spaced, out, max);
}
