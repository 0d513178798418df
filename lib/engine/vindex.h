/* vindex.h: indexes for grounding (ground.c), built once with the engine.
 * A word set finds the words that may be a question's word in another
 * form: the same word, the same stem, a typo (edit distance), a derived
 * form (a long common prefix). The value index holds the sample values of
 * a catalog's text columns, each distinct value split into words as a
 * question is (tok_split), found by its first word. */
#ifndef DBT_ENGINE_VINDEX_H
#define DBT_ENGINE_VINDEX_H

#include <stddef.h>
#include <stdint.h>
#include "catalog.h"

#define VX_NONE UINT32_MAX
#define VX_WORDS 4           /* values of more words are never matched word by word */

/* A growing list of ids. */
typedef struct vx_ids {
    uint32_t *v;
    size_t n, cap;
    int oom;
} vx_ids;

/* Make room for need items of size bytes in *p (capacity *cap, doubled);
 * -1 when out of memory. */
int vx_grow(void **p, size_t *cap, size_t need, size_t size);
void vx_ids_push(vx_ids *l, uint32_t id);
/* Sort l->v[from..] and drop repeats. */
void vx_ids_unique(vx_ids *l, size_t from);
void vx_ids_free(vx_ids *l);

/* ---- word sets ---------------------------------------------------------------- */

typedef struct wordset wordset;

#define WS_STEMS 1           /* words are found by their stems too */
#define WS_PREFIX 2          /* and by their first 5 bytes (derived forms) */
#define WS_TYPOS 4           /* and by spellings within edit distance 2 */

/* hint: about how many words it will hold. */
wordset *wordset_new(int flags, size_t hint);
void wordset_free(wordset *ws);
/* The id of word w (ids count from 0 in order of addition), added when
 * new with its stem (ignored without WS_STEMS); VX_NONE when out of memory. */
uint32_t wordset_add(wordset *ws, const char *w, const char *stem);
/* A word's id, or VX_NONE. */
uint32_t wordset_find(const wordset *ws, const char *w);
size_t wordset_count(const wordset *ws);
const char *wordset_text(const wordset *ws, uint32_t id);
const char *wordset_stem(const wordset *ws, uint32_t id);
/* Words that may be w (stem: its stem, may be NULL) in another form,
 * appended to out, sorted, each once: w itself, the words of the same stem
 * (WS_STEMS), and when typos is set, every word lex_similar to w (WS_TYPOS:
 * 5 bytes or more, 1 edit away, 2 when both have 8 bytes or more) and every
 * word sharing its first 5 bytes (WS_PREFIX). A superset of those and of
 * ground.c's derived forms: the caller checks each. */
void wordset_near(const wordset *ws, const char *w, const char *stem, int typos, vx_ids *out);

/* ---- the sample values ----------------------------------------------------------- */

/* One distinct value (byte for byte) and where it is. */
typedef struct vx_value {
    const char *s;           /* its spelling (the catalog's first sample with it) */
    int n;                   /* its words, 1..VX_WORDS; 0 when none or more */
    uint32_t w[VX_WORDS];    /* word ids in vindex_words */
    uint32_t next;           /* the next value with the same first word and count */
    uint32_t sample;         /* its first sample; vx_sample.next the others */
    uint32_t last;           /* its last sample (while building) */
} vx_value;

/* A sample: samples[s] of column c of table t. Sample ids follow the
 * catalog's order (table, column, sample), and so does each value's list. */
typedef struct vx_sample {
    uint32_t t, c, s, next;
} vx_sample;

typedef struct vindex vindex;

/* The index of every sample of the catalog's COL_TEXT columns, or NULL
 * when out of memory. The catalog must outlive it. */
vindex *vindex_new(const catalog *cat);
void vindex_free(vindex *vx);
/* The values' words (WS_STEMS | WS_PREFIX). */
const wordset *vindex_words(const vindex *vx);
/* The first value with this first word and n words, or VX_NONE; then
 * vx_value.next. */
uint32_t vindex_first(const vindex *vx, uint32_t word, int n);
const vx_value *vindex_value(const vindex *vx, uint32_t id);
const vx_sample *vindex_sample(const vindex *vx, uint32_t id);

#endif
