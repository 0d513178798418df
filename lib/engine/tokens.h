/* tokens.h: the question split into lowercase words and numbers. */
#ifndef DBT_ENGINE_TOKENS_H
#define DBT_ENGINE_TOKENS_H

#include <stddef.h>

#define TOK_MAX 96
#define TOK_LEN 48

typedef struct tok {
    char w[TOK_LEN];     /* lowercase word as written */
    char stem[TOK_LEN];  /* singular stem */
    int isnum;           /* a number (digits or a number word) */
    int numword;         /* written as a word ("five") */
    int money;           /* preceded by a currency sign */
    double num;
    int used;            /* consumed by a stage (time, keyword, grounding) */
    int idiom;           /* part of a set phrase that asks nothing ("on file"): names no event */
} tok;

typedef struct toks {
    tok v[TOK_MAX];
    size_t n;
} toks;

/* Split text into tokens; never fails (extra words are dropped). */
void tok_split(const char *text, toks *out);
/* The same, stopping after max tokens: the first max of tok_split's. */
void tok_split_max(const char *text, toks *out, size_t max);

/* A stored value split as tok_split_max does, a code written in
 * camelCase ('inProgress', 'closedNoAction') as its words. */
void tok_split_value(const char *value, toks *out, size_t max);

/* Does token i exist and equal w? */
int tok_is(const toks *t, size_t i, const char *w);

#endif
