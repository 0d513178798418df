/* joins.c: breadth-first search over foreign keys, both directions. */
#include "joins.h"

#include <stdlib.h>
#include <string.h>

/* One foreign key: column c of table b references column rc of table rt. */
typedef struct fk {
    int b, c, rt, rc;
} fk;

void joins_bfs(const catalog *cat, int src, jedge *parent, int *depth)
{
    size_t n = cat->ntables;
    for (size_t i = 0; i < n; i++)
        depth[i] = -1;
    if (src < 0 || (size_t)src >= n)
        return;
    /* the foreign keys in (table, column) order, each table's from out[b],
     * and those pointing at each table, in the same order, from in[start[a]]:
     * one pass over the columns, so a search is linear in the schema */
    size_t nfk = 0, cap = 64;
    fk *keys = malloc(cap * sizeof *keys);
    size_t *out = malloc((n + 1) * sizeof *out);
    size_t *start = calloc(n + 1, sizeof *start);
    int *queue = malloc(n * sizeof *queue);
    size_t *in = NULL;
    if (!keys || !out || !start || !queue)
        goto done;
    for (size_t b = 0; b < n; b++) {
        out[b] = nfk;
        for (size_t c = 0; c < cat->tables[b].ncols; c++) {
            const cat_column *col = &cat->tables[b].cols[c];
            if (col->ref_t < 0 || col->ref_c < 0)
                continue;
            if (nfk == cap) {
                fk *k = realloc(keys, 2 * cap * sizeof *keys);
                if (!k)
                    goto done;
                keys = k;
                cap *= 2;
            }
            keys[nfk++] = (fk){(int)b, (int)c, col->ref_t, col->ref_c};
            if ((size_t)col->ref_t < n)
                start[col->ref_t + 1]++;
        }
    }
    out[n] = nfk;
    for (size_t a = 0; a < n; a++)
        start[a + 1] += start[a];
    if (!(in = malloc((nfk ? nfk : 1) * sizeof *in)))
        goto done;
    for (size_t k = 0, *fill = start; k < nfk; k++)
        if ((size_t)keys[k].rt < n)
            in[fill[keys[k].rt]++] = k;
    /* fill moved each start[a] to the end of a's range: move them back */
    for (size_t a = n; a > 0; a--)
        start[a] = start[a - 1];
    start[0] = 0;
    size_t head = 0, tail = 0;
    queue[tail++] = src;
    depth[src] = 0;
    while (head < tail) {
        int a = queue[head++];
        /* a references b */
        for (size_t k = out[a]; k < out[a + 1]; k++) {
            int b = keys[k].rt;
            if (depth[b] >= 0)
                continue;
            depth[b] = depth[a] + 1;
            parent[b] = (jedge){a, keys[k].c, b, keys[k].rc, 0};
            queue[tail++] = b;
        }
        /* b references a: the first such column of each b */
        for (size_t k = start[a]; k < start[a + 1]; k++) {
            int b = keys[in[k]].b, c = keys[in[k]].c;
            if (depth[b] >= 0)
                continue;
            depth[b] = depth[a] + 1;
            parent[b] = (jedge){a, keys[in[k]].rc, b, c, 1};
            queue[tail++] = b;
        }
    }
done:
    free(keys);
    free(out);
    free(start);
    free(queue);
    free(in);
}

int joins_distance(const catalog *cat, int a, int b)
{
    if (a == b)
        return 0;
    size_t n = cat->ntables;
    jedge *parent = malloc(n * sizeof *parent);
    int *depth = malloc(n * sizeof *depth);
    int d = -1;
    if (parent && depth) {
        joins_bfs(cat, a, parent, depth);
        d = depth[b];
    }
    free(parent);
    free(depth);
    return d;
}

int *joins_depths(const catalog *cat, int src)
{
    if (src < 0 || (size_t)src >= cat->ntables)
        return NULL;
    jedge *parent = malloc(cat->ntables * sizeof *parent);
    int *depth = malloc(cat->ntables * sizeof *depth);
    if (parent && depth)
        joins_bfs(cat, src, parent, depth);
    free(parent);
    if (!parent) {
        free(depth);
        return NULL;
    }
    return depth;
}
