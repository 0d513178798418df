/* vindex.c: the word sets and the value index (see vindex.h). Open-
 * addressing hash tables of words, stems, first 5 bytes and the pieces of
 * each word: a word within edit distance k of another keeps one of its
 * k + 1 pieces intact, shifted by k bytes at most, so the pieces of a
 * question word's possible lengths and places find every word a typo away
 * without comparing it to each. Values are found by their first word. */
#include "vindex.h"

#include <stdlib.h>
#include <string.h>
#include "tokens.h"

#define PREFIX 5             /* derived forms share this many bytes; typos need words this long */

/* ---- ids and growing arrays ----------------------------------------------------- */

int vx_grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap * 2 : 64;
    while (c < need)
        c *= 2;
    void *q = realloc(*p, c * size);
    if (!q)
        return -1;
    *p = q;
    *cap = c;
    return 0;
}

void vx_ids_push(vx_ids *l, uint32_t id)
{
    if (l->n == l->cap && vx_grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v) < 0) {
        l->oom = 1;
        return;
    }
    l->v[l->n++] = id;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

void vx_ids_unique(vx_ids *l, size_t from)
{
    if (l->n <= from)
        return;
    qsort(l->v + from, l->n - from, sizeof *l->v, cmp_u32);
    size_t k = from + 1;
    for (size_t i = from + 1; i < l->n; i++)
        if (l->v[k - 1] != l->v[i])
            l->v[k++] = l->v[i];
    l->n = k;
}

void vx_ids_free(vx_ids *l)
{
    free(l->v);
    memset(l, 0, sizeof *l);
}

/* ---- hash tables ------------------------------------------------------------------ */

typedef struct hslot {
    uint32_t h, id;              /* id + 1; 0: empty */
} hslot;

typedef struct vhash {
    hslot *s;
    size_t mask, n;
} vhash;

#define H0 2166136261u

static uint32_t hash_mix(uint32_t h)
{
    return h ^ (h >> 15);
}

static uint32_t hash_bytes(const char *p, size_t n, uint32_t h)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 16777619u;
    }
    return hash_mix(h);
}

/* The hash of a NUL-terminated string, and its length. */
static uint32_t hash_str(const char *s, size_t *len)
{
    uint32_t h = H0;
    const char *p = s;
    for (; *p; p++) {
        h ^= (unsigned char)*p;
        h *= 16777619u;
    }
    *len = (size_t)(p - s);
    return hash_mix(h);
}

static int vh_init(vhash *ht, size_t want)
{
    size_t cap = 64;
    while (cap < want * 2)
        cap *= 2;
    ht->s = calloc(cap, sizeof *ht->s);
    ht->mask = cap - 1;
    ht->n = 0;
    return ht->s ? 0 : -1;
}

/* Fill an empty slot (from a find); the table grows past half full, which
 * leaves the slot pointer stale. */
static int vh_put(vhash *ht, hslot *sl, uint32_t h, uint32_t id)
{
    sl->h = h;
    sl->id = id + 1;
    if (++ht->n * 2 <= ht->mask + 1)
        return 0;
    size_t cap = (ht->mask + 1) * 2;
    hslot *s = calloc(cap, sizeof *s);
    if (!s)
        return -1;
    for (size_t i = 0; i <= ht->mask; i++) {
        if (!ht->s[i].id)
            continue;
        size_t k = ht->s[i].h & (cap - 1);
        while (s[k].id)
            k = (k + 1) & (cap - 1);
        s[k] = ht->s[i];
    }
    free(ht->s);
    ht->s = s;
    ht->mask = cap - 1;
    return 0;
}

/* Chain id onto the list a key's slot heads (next: id's link). */
static int chain(vhash *ht, hslot *sl, uint32_t h, uint32_t id, uint32_t *next)
{
    if (sl->id) {
        *next = sl->id - 1;
        sl->id = id + 1;
        return 0;
    }
    *next = VX_NONE;
    return vh_put(ht, sl, h, id);
}

/* ---- word sets ------------------------------------------------------------------- */

typedef struct ws_word {
    uint32_t w, stem;            /* offsets of the word and its stem in the arena */
    uint32_t len;
    uint32_t next_stem;          /* the next word of the same stem (words whose stem differs) */
    uint32_t next_pre;           /* the next word of the same first bytes */
} ws_word;

typedef struct ws_piece {        /* piece j of a word */
    uint32_t word, j, next;      /* next: the next word with the same piece */
} ws_piece;

struct wordset {
    int flags;
    char *arena;                 /* words and stems, NUL-terminated */
    size_t alen, acap;
    ws_word *words;
    size_t nwords, cwords;
    ws_piece *pieces;
    size_t npieces, cpieces;
    vhash hword, hstem, hpre, hpiece;
};

/* A word of len bytes in k + 1 pieces (k: the edits lex_similar allows
 * it: 1 below 8 bytes, 2 from 8); piece j is [start, end). */
static uint32_t piece_count(uint32_t len)
{
    return len <= 7 ? 2 : 3;
}

static void piece_at(uint32_t len, uint32_t j, uint32_t *start, uint32_t *end)
{
    uint32_t k = piece_count(len);
    *start = j * len / k;
    *end = (j + 1) * len / k;
}

static uint32_t hash_piece(uint32_t len, uint32_t j, const char *p, size_t n)
{
    return hash_bytes(p, n, H0 ^ ((len << 2 | j) * 0x9E3779B1u));
}

static const char *ws_word_text(const wordset *ws, uint32_t id)
{
    return ws->arena + ws->words[id].w;
}

/* The slot of a word (its id + 1), or the empty slot where it would go. */
static hslot *find_word(const wordset *ws, uint32_t h, const char *w)
{
    const vhash *ht = &ws->hword;
    for (size_t i = h & ht->mask;; i = (i + 1) & ht->mask) {
        hslot *sl = &ht->s[i];
        if (!sl->id || (sl->h == h && strcmp(ws_word_text(ws, sl->id - 1), w) == 0))
            return sl;
    }
}

/* The slot of the words of a stem (the first's id + 1), or an empty one. */
static hslot *find_stem(const wordset *ws, uint32_t h, const char *stem)
{
    const vhash *ht = &ws->hstem;
    for (size_t i = h & ht->mask;; i = (i + 1) & ht->mask) {
        hslot *sl = &ht->s[i];
        if (!sl->id || (sl->h == h && strcmp(ws->arena + ws->words[sl->id - 1].stem, stem) == 0))
            return sl;
    }
}

static hslot *find_prefix(const wordset *ws, uint32_t h, const char *w)
{
    const vhash *ht = &ws->hpre;
    for (size_t i = h & ht->mask;; i = (i + 1) & ht->mask) {
        hslot *sl = &ht->s[i];
        if (!sl->id || (sl->h == h && memcmp(ws_word_text(ws, sl->id - 1), w, PREFIX) == 0))
            return sl;
    }
}

/* The slot of the words whose piece j is p (they are len bytes long). */
static hslot *find_piece(const wordset *ws, uint32_t h, uint32_t len, uint32_t j, const char *p)
{
    const vhash *ht = &ws->hpiece;
    for (size_t i = h & ht->mask;; i = (i + 1) & ht->mask) {
        hslot *sl = &ht->s[i];
        if (!sl->id)
            return sl;
        if (sl->h != h)
            continue;
        const ws_piece *pc = &ws->pieces[sl->id - 1];
        const ws_word *w = &ws->words[pc->word];
        uint32_t st, en;
        if (w->len != len || pc->j != j)
            continue;
        piece_at(len, j, &st, &en);
        if (memcmp(ws->arena + w->w + st, p, en - st) == 0)
            return sl;
    }
}

wordset *wordset_new(int flags, size_t hint)
{
    wordset *ws = calloc(1, sizeof *ws);
    if (!ws || vh_init(&ws->hword, hint / 4) < 0 || vh_init(&ws->hpiece, 256) < 0 ||
        ((flags & WS_STEMS) && vh_init(&ws->hstem, 64) < 0) ||
        ((flags & WS_PREFIX) && vh_init(&ws->hpre, hint / 4) < 0) ||
        vx_grow((void **)&ws->words, &ws->cwords, hint, sizeof *ws->words) < 0 ||
        vx_grow((void **)&ws->pieces, &ws->cpieces, hint * 2, sizeof *ws->pieces) < 0 ||
        vx_grow((void **)&ws->arena, &ws->acap, hint * 12, 1) < 0) {
        wordset_free(ws);
        return NULL;
    }
    ws->flags = flags;
    return ws;
}

void wordset_free(wordset *ws)
{
    if (!ws)
        return;
    free(ws->arena);
    free(ws->words);
    free(ws->pieces);
    free(ws->hword.s);
    free(ws->hstem.s);
    free(ws->hpre.s);
    free(ws->hpiece.s);
    free(ws);
}

static uint32_t arena_add(wordset *ws, const char *s, size_t n)
{
    if (vx_grow((void **)&ws->arena, &ws->acap, ws->alen + n + 1, 1) < 0)
        return VX_NONE;
    uint32_t off = (uint32_t)ws->alen;
    memcpy(ws->arena + off, s, n);
    ws->arena[off + n] = '\0';
    ws->alen += n + 1;
    return off;
}

static int add_pieces(wordset *ws, uint32_t id)
{
    uint32_t len = ws->words[id].len;
    for (uint32_t j = 0; j < piece_count(len); j++) {
        if (vx_grow((void **)&ws->pieces, &ws->cpieces, ws->npieces + 1, sizeof *ws->pieces) < 0)
            return -1;
        uint32_t st, en, pid = (uint32_t)ws->npieces++;
        piece_at(len, j, &st, &en);
        const char *p = ws_word_text(ws, id) + st;
        uint32_t h = hash_piece(len, j, p, en - st);
        ws->pieces[pid].word = id;
        ws->pieces[pid].j = j;
        if (chain(&ws->hpiece, find_piece(ws, h, len, j, p), h, pid, &ws->pieces[pid].next) < 0)
            return -1;
    }
    return 0;
}

uint32_t wordset_add(wordset *ws, const char *w, const char *stem)
{
    size_t len;
    uint32_t h = hash_str(w, &len);
    hslot *sl = find_word(ws, h, w);
    if (sl->id)
        return sl->id - 1;
    if (len >= UINT32_MAX / 2 ||
        vx_grow((void **)&ws->words, &ws->cwords, ws->nwords + 1, sizeof *ws->words) < 0)
        return VX_NONE;
    uint32_t id = (uint32_t)ws->nwords;
    uint32_t off = arena_add(ws, w, len), soff = off;
    if (off == VX_NONE)
        return VX_NONE;
    int own_stem = !(ws->flags & WS_STEMS) || !stem || strcmp(stem, w) == 0;
    if (!own_stem && (soff = arena_add(ws, stem, strlen(stem))) == VX_NONE)
        return VX_NONE;
    ws_word *vw = &ws->words[id];
    vw->w = off;
    vw->stem = soff;
    vw->len = (uint32_t)len;
    vw->next_stem = vw->next_pre = VX_NONE;
    if (vh_put(&ws->hword, sl, h, id) < 0)
        return VX_NONE;
    ws->nwords++;
    /* a word that is its own stem is found as itself */
    if (!own_stem) {
        size_t sl_len;
        h = hash_str(stem, &sl_len);
        if (chain(&ws->hstem, find_stem(ws, h, stem), h, id, &ws->words[id].next_stem) < 0)
            return VX_NONE;
    }
    if (len >= PREFIX) {
        if (ws->flags & WS_PREFIX) {
            h = hash_bytes(w, PREFIX, H0);
            if (chain(&ws->hpre, find_prefix(ws, h, w), h, id, &ws->words[id].next_pre) < 0)
                return VX_NONE;
        }
        if ((ws->flags & WS_TYPOS) && len < TOK_LEN && add_pieces(ws, id) < 0)
            return VX_NONE;
    }
    return id;
}

uint32_t wordset_find(const wordset *ws, const char *w)
{
    size_t len;
    hslot *sl = find_word(ws, hash_str(w, &len), w);
    return sl->id ? sl->id - 1 : VX_NONE;
}

size_t wordset_count(const wordset *ws)
{
    return ws->nwords;
}

const char *wordset_text(const wordset *ws, uint32_t id)
{
    return ws_word_text(ws, id);
}

const char *wordset_stem(const wordset *ws, uint32_t id)
{
    return ws->arena + ws->words[id].stem;
}

/* The words w is with two neighbouring letters swapped ("tirp" for
 * "trip"): such a typo may break every piece the search below keeps. */
static void near_swaps(const wordset *ws, const char *w, uint32_t la, vx_ids *out)
{
    if (!(ws->flags & WS_TYPOS))
        return;
    char sw[TOK_LEN];
    memcpy(sw, w, la + 1);
    for (uint32_t p = 0; p + 1 < la; p++) {
        if (sw[p] == sw[p + 1])
            continue;
        char c = sw[p];
        sw[p] = sw[p + 1];
        sw[p + 1] = c;
        uint32_t id = wordset_find(ws, sw);
        if (id != VX_NONE)
            vx_ids_push(out, id);
        sw[p + 1] = sw[p];
        sw[p] = c;
    }
}

void wordset_near(const wordset *ws, const char *w, const char *stem, int typos, vx_ids *out)
{
    size_t from = out->n;
    uint32_t id = wordset_find(ws, w);
    if (id != VX_NONE)
        vx_ids_push(out, id);
    if ((ws->flags & WS_STEMS) && stem) {
        /* the stem itself, and the words that are not their own stem */
        if ((id = wordset_find(ws, stem)) != VX_NONE)
            vx_ids_push(out, id);
        size_t len;
        hslot *sl = find_stem(ws, hash_str(stem, &len), stem);
        for (id = sl->id ? sl->id - 1 : VX_NONE; id != VX_NONE; id = ws->words[id].next_stem)
            vx_ids_push(out, id);
    }
    uint32_t la = (uint32_t)strlen(w);
    if (typos && la >= PREFIX - 1 && la < TOK_LEN)
        near_swaps(ws, w, la, out);
    if (typos && la >= PREFIX && la < TOK_LEN) {
        if (ws->flags & WS_PREFIX) {
            hslot *sl = find_prefix(ws, hash_bytes(w, PREFIX, H0), w);
            for (id = sl->id ? sl->id - 1 : VX_NONE; id != VX_NONE; id = ws->words[id].next_pre)
                vx_ids_push(out, id);
        }
        /* a word within k edits keeps one of its pieces, k bytes from its place at most */
        for (uint32_t lb = la > PREFIX + 2 ? la - 2 : PREFIX;
             (ws->flags & WS_TYPOS) && lb <= la + 2 && lb < TOK_LEN; lb++) {
            uint32_t k = piece_count(lb) - 1;
            if ((lb > la ? lb - la : la - lb) > k)
                continue;
            for (uint32_t j = 0; j <= k; j++) {
                uint32_t st, en;
                piece_at(lb, j, &st, &en);
                for (uint32_t p = st > k ? st - k : 0; p <= st + k && p + (en - st) <= la; p++) {
                    hslot *sl = find_piece(ws, hash_piece(lb, j, w + p, en - st), lb, j, w + p);
                    for (uint32_t pc = sl->id ? sl->id - 1 : VX_NONE; pc != VX_NONE; pc = ws->pieces[pc].next)
                        vx_ids_push(out, ws->pieces[pc].word);
                }
            }
        }
    }
    vx_ids_unique(out, from);
}

/* ---- the value index -------------------------------------------------------------- */

struct vindex {
    wordset *words;
    uint32_t (*first)[VX_WORDS]; /* per word: values with it first, by their count - 1 */
    size_t cfirst;
    vx_value *values;
    size_t nvalues, cvalues;
    vx_sample *samples;
    size_t nsamples;
    vhash hvalue;
};

static hslot *find_value(const vindex *vx, uint32_t h, const char *s)
{
    const vhash *ht = &vx->hvalue;
    for (size_t i = h & ht->mask;; i = (i + 1) & ht->mask) {
        hslot *sl = &ht->s[i];
        if (!sl->id || (sl->h == h && strcmp(vx->values[sl->id - 1].s, s) == 0))
            return sl;
    }
}

/* A new distinct value: split into words as a question is. */
static int add_value(vindex *vx, uint32_t id, const char *s, toks *tk)
{
    vx_value *v = &vx->values[id];
    v->s = s;
    v->n = 0;
    v->next = v->sample = v->last = VX_NONE;
    tok_split_value(s, tk, VX_WORDS + 1);
    if (tk->n < 1 || tk->n > VX_WORDS)
        return 0;
    for (size_t k = 0; k < tk->n; k++) {
        uint32_t w = wordset_add(vx->words, tk->v[k].w, tk->v[k].stem);
        if (w == VX_NONE)
            return -1;
        if (w >= vx->cfirst) {
            size_t old = vx->cfirst;
            if (vx_grow((void **)&vx->first, &vx->cfirst, (size_t)w + 1, sizeof *vx->first) < 0)
                return -1;
            memset(vx->first + old, 0xff, (vx->cfirst - old) * sizeof *vx->first);
        }
        v->w[k] = w;
    }
    v->n = (int)tk->n;
    uint32_t *head = &vx->first[v->w[0]][v->n - 1];
    v->next = *head;
    *head = id;
    return 0;
}

vindex *vindex_new(const catalog *cat)
{
    vindex *vx = calloc(1, sizeof *vx);
    toks *tk = malloc(sizeof *tk);
    size_t total = 0;
    for (size_t t = 0; t < cat->ntables; t++)
        for (size_t c = 0; c < cat->tables[t].ncols; c++)
            if (cat->tables[t].cols[c].kind == COL_TEXT)
                total += cat->tables[t].cols[c].nsamples;
    if (!vx || !tk || total >= VX_NONE / 2 ||
        !(vx->words = wordset_new(WS_STEMS | WS_PREFIX | WS_TYPOS, total / 4)) ||
        !(vx->samples = malloc((total ? total : 1) * sizeof *vx->samples)) ||
        vx_grow((void **)&vx->values, &vx->cvalues, total, sizeof *vx->values) < 0 ||
        vh_init(&vx->hvalue, total / 2) < 0)   /* never more than half full */
        goto fail;
    /* the samples in the catalog's order, each with its hash (in .next for now) */
    for (size_t t = 0; t < cat->ntables; t++) {
        const cat_table *tab = &cat->tables[t];
        for (size_t c = 0; c < tab->ncols; c++) {
            const cat_column *col = &tab->cols[c];
            if (col->kind != COL_TEXT)
                continue;
            for (size_t s = 0; s < col->nsamples; s++) {
                size_t len;
                uint32_t h = hash_str(col->samples[s], &len);
                vx->samples[vx->nsamples++] = (vx_sample){(uint32_t)t, (uint32_t)c, (uint32_t)s, h};
            }
        }
    }
    /* each sample to its distinct value: the slots a few samples ahead are
     * fetched while this one is looked up */
    for (size_t g = 0; g < total; g++) {
        if (g + 8 < total)
            __builtin_prefetch(&vx->hvalue.s[vx->samples[g + 8].next & vx->hvalue.mask]);
        vx_sample *sa = &vx->samples[g];
        const char *str = cat->tables[sa->t].cols[sa->c].samples[sa->s];
        uint32_t h = sa->next, id;
        sa->next = VX_NONE;
        hslot *sl = find_value(vx, h, str);
        if (sl->id) {
            id = sl->id - 1;
        } else {
            if (vx_grow((void **)&vx->values, &vx->cvalues, vx->nvalues + 1, sizeof *vx->values) < 0)
                goto fail;
            id = (uint32_t)vx->nvalues++;
            vx->values[id].s = str;
            if (vh_put(&vx->hvalue, sl, h, id) < 0 || add_value(vx, id, str, tk) < 0)
                goto fail;
        }
        vx_value *val = &vx->values[id];
        if (val->last == VX_NONE)
            val->sample = (uint32_t)g;
        else
            vx->samples[val->last].next = (uint32_t)g;
        val->last = (uint32_t)g;
    }
    free(tk);
    return vx;
fail:
    free(tk);
    vindex_free(vx);
    return NULL;
}

void vindex_free(vindex *vx)
{
    if (!vx)
        return;
    wordset_free(vx->words);
    free(vx->first);
    free(vx->values);
    free(vx->samples);
    free(vx->hvalue.s);
    free(vx);
}

const wordset *vindex_words(const vindex *vx)
{
    return vx->words;
}

uint32_t vindex_first(const vindex *vx, uint32_t word, int n)
{
    return n >= 1 && n <= VX_WORDS && word < vx->cfirst ? vx->first[word][n - 1] : VX_NONE;
}

const vx_value *vindex_value(const vindex *vx, uint32_t id)
{
    return &vx->values[id];
}

const vx_sample *vindex_sample(const vindex *vx, uint32_t id)
{
    return &vx->samples[id];
}
