/* joins.c: shortest join paths over foreign keys, both directions; a key
 * named for a role (majorId -> departments) costs more than one named for
 * its table (departmentId -> departments), and a step from a table to the
 * rows that refer to it costs more than one along a key: a member's own
 * club (homeClubId) comes before the clubs of the member's visits. */
#include "joins.h"

#include <stdlib.h>
#include <string.h>

/* Costs of one join step: along a key named for its table, along a role. */
#define STEP_PLAIN 2
#define STEP_ROLE 5
#define STEP_DOWN 1   /* extra, from a table to one whose rows refer to it */
#define NBUCKET (STEP_ROLE + STEP_DOWN + 1)

int joins_is_role(const catalog *cat, int t, int c)
{
    const cat_column *col = &cat->tables[t].cols[c];
    return col->ref_t >= 0 && col->ref_c >= 0 && col->role_key;
}

/* One foreign key: column c of table b references column rc of table rt. */
typedef struct fk {
    int b, c, rt, rc;
    int step;   /* STEP_PLAIN or STEP_ROLE */
} fk;

/* A table waiting in a cost bucket, and the next one in the same bucket. */
typedef struct bent {
    int t, next;
} bent;

/* The foreign-key graph (joins_graph_new). */
struct joins_graph {
    fk *keys;          /* the foreign keys in (table, column) order */
    size_t nfk;
    size_t *out;       /* table b's keys: keys[out[b]] .. keys[out[b + 1] - 1] */
    size_t *start;     /* keys into table a: keys[in[start[a]]] .. */
    size_t *in;
};

/* The search's working memory. */
typedef struct search {
    const joins_graph *g;
    joins_graph own;   /* the graph, when none was given */
    int *cost, *done;  /* per table: 1 + the cheapest cost found (0: none), settled */
    int bhead[NBUCKET], btail[NBUCKET];   /* per cost modulo NBUCKET: a FIFO of entries */
    bent *ent;
    size_t nent, pending;
} search;

static void graph_clear(joins_graph *g)
{
    free(g->keys);
    free(g->out);
    free(g->start);
    free(g->in);
}

static void search_free(search *s)
{
    graph_clear(&s->own);
    free(s->cost);
    free(s->done);
    free(s->ent);
}

/* Collects the keys: each table's own from out[b], and those pointing at
 * each table, in the same order, from in[start[a]]: one pass over the
 * columns, so a search is linear in the schema. Returns -1 without memory. */
static int search_keys(const catalog *cat, joins_graph *s)
{
    size_t n = cat->ntables, cap = 64;
    s->keys = malloc(cap * sizeof *s->keys);
    s->out = malloc((n + 1) * sizeof *s->out);
    s->start = calloc(n + 1, sizeof *s->start);
    if (!s->keys || !s->out || !s->start)
        return -1;
    for (size_t b = 0; b < n; b++) {
        s->out[b] = s->nfk;
        for (size_t c = 0; c < cat->tables[b].ncols; c++) {
            const cat_column *col = &cat->tables[b].cols[c];
            if (col->ref_t < 0 || col->ref_c < 0 || (size_t)col->ref_t >= n)
                continue;
            if (s->nfk == cap) {
                fk *k = realloc(s->keys, 2 * cap * sizeof *s->keys);
                if (!k)
                    return -1;
                s->keys = k;
                cap *= 2;
            }
            s->keys[s->nfk++] = (fk){(int)b, (int)c, col->ref_t, col->ref_c,
                                     col->role_key ? STEP_ROLE : STEP_PLAIN};
            s->start[col->ref_t + 1]++;
        }
    }
    s->out[n] = s->nfk;
    for (size_t a = 0; a < n; a++)
        s->start[a + 1] += s->start[a];
    if (!(s->in = malloc((s->nfk ? s->nfk : 1) * sizeof *s->in)))
        return -1;
    for (size_t k = 0, *fill = s->start; k < s->nfk; k++)
        s->in[fill[s->keys[k].rt]++] = k;
    /* fill moved each start[a] to the end of a's range: move them back */
    for (size_t a = n; a > 0; a--)
        s->start[a] = s->start[a - 1];
    s->start[0] = 0;
    return 0;
}

/* Puts table t in the bucket of cost c, after those already there. */
static void search_push(search *s, int t, int c)
{
    int b = c % NBUCKET;
    s->ent[s->nent] = (bent){t, -1};
    if (s->bhead[b] < 0)
        s->bhead[b] = (int)s->nent;
    else
        s->ent[s->btail[b]].next = (int)s->nent;
    s->btail[b] = (int)s->nent++;
    s->pending++;
}

/* Settles table a at cost c: the tables its keys lead to, then those
 * whose keys lead to it, each cheaper than before put in its bucket. */
static void search_step(search *s, int a, int c, jedge *parent, int *depth)
{
    const joins_graph *g = s->g;
    for (int dir = 0; dir < 2; dir++) {
        size_t k0 = dir ? g->start[a] : g->out[a], k1 = dir ? g->start[a + 1] : g->out[a + 1];
        for (size_t k = k0; k < k1; k++) {
            const fk *f = &g->keys[dir ? g->in[k] : k];
            int b = dir ? f->b : f->rt, nc = c + f->step + (dir ? STEP_DOWN : 0);
            if (s->done[b] || (s->cost[b] && s->cost[b] <= nc + 1))
                continue;
            s->cost[b] = nc + 1;
            depth[b] = depth[a] + 1;
            parent[b] = dir ? (jedge){a, f->rc, b, f->c, 1} : (jedge){a, f->c, b, f->rc, 0};
            search_push(s, b, nc);
        }
    }
}

joins_graph *joins_graph_new(const catalog *cat)
{
    joins_graph *g = calloc(1, sizeof *g);
    if (g && search_keys(cat, g) < 0) {
        joins_graph_free(g);
        return NULL;
    }
    return g;
}

void joins_graph_free(joins_graph *g)
{
    if (g)
        graph_clear(g);
    free(g);
}

void joins_bfs(const catalog *cat, int src, jedge *parent, int *depth)
{
    joins_bfs_g(cat, NULL, src, parent, depth);
}

void joins_bfs_g(const catalog *cat, const joins_graph *g, int src, jedge *parent, int *depth)
{
    size_t n = cat->ntables;
    for (size_t i = 0; i < n; i++)
        depth[i] = -1;
    if (src < 0 || (size_t)src >= n)
        return;
    search s = {0};
    s.g = g ? g : &s.own;
    if ((!g && search_keys(cat, &s.own) < 0) || !(s.cost = calloc(n, sizeof *s.cost)) ||
        !(s.done = calloc(n, sizeof *s.done)) ||
        !(s.ent = malloc((2 * s.g->nfk + 1) * sizeof *s.ent)))
        goto done;
    for (int b = 0; b < NBUCKET; b++)
        s.bhead[b] = s.btail[b] = -1;
    /* cheapest paths first: buckets by cost (steps cost at most
     * NBUCKET - 1, so the buckets of NBUCKET costs in a row are enough),
     * each in the order its tables were reached, so a schema whose keys
     * all name their tables is searched breadth-first */
    s.cost[src] = 1;
    depth[src] = 0;
    search_push(&s, src, 0);
    for (int c = 0; s.pending > 0; c++) {
        int b = c % NBUCKET, e = s.bhead[b];
        s.bhead[b] = -1;   /* every entry here costs c; none is added at c */
        for (; e >= 0; e = s.ent[e].next) {
            int a = s.ent[e].t;
            s.pending--;
            if (!s.done[a] && s.cost[a] == c + 1) {
                s.done[a] = 1;
                search_step(&s, a, c, parent, depth);
            }
        }
    }
done:
    search_free(&s);
}

int joins_distance(const catalog *cat, int a, int b)
{
    return joins_distance_g(cat, NULL, a, b);
}

int joins_distance_g(const catalog *cat, const joins_graph *g, int a, int b)
{
    if (a == b)
        return 0;
    size_t n = cat->ntables;
    jedge *parent = malloc(n * sizeof *parent);
    int *depth = malloc(n * sizeof *depth);
    int d = -1;
    if (parent && depth) {
        joins_bfs_g(cat, g, a, parent, depth);
        d = depth[b];
    }
    free(parent);
    free(depth);
    return d;
}

int *joins_depths(const catalog *cat, int src)
{
    return joins_depths_g(cat, NULL, src);
}

int *joins_depths_g(const catalog *cat, const joins_graph *g, int src)
{
    if (src < 0 || (size_t)src >= cat->ntables)
        return NULL;
    jedge *parent = malloc(cat->ntables * sizeof *parent);
    int *depth = malloc(cat->ntables * sizeof *depth);
    if (parent && depth)
        joins_bfs_g(cat, g, src, parent, depth);
    free(parent);
    if (!parent) {
        free(depth);
        return NULL;
    }
    return depth;
}
