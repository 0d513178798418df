/* joins.c: breadth-first search over foreign keys, both directions. */
#include "joins.h"

#include <stdlib.h>
#include <string.h>

void joins_bfs(const catalog *cat, int src, jedge *parent, int *depth)
{
    size_t n = cat->ntables;
    for (size_t i = 0; i < n; i++)
        depth[i] = -1;
    if (src < 0 || (size_t)src >= n)
        return;
    /* the foreign keys pointing at each table, in (table, column) order:
     * one pass over the columns, so a search is linear in the schema */
    size_t nin = 0;
    for (size_t b = 0; b < n; b++)
        for (size_t c = 0; c < cat->tables[b].ncols; c++)
            nin += cat->tables[b].cols[c].ref_t >= 0 && cat->tables[b].cols[c].ref_c >= 0;
    int *queue = malloc(n * sizeof *queue);
    size_t *start = calloc(n + 1, sizeof *start);
    int (*in)[2] = malloc((nin ? nin : 1) * sizeof *in);
    if (!queue || !start || !in) {
        free(queue);
        free(start);
        free(in);
        return;
    }
    for (size_t b = 0; b < n; b++)
        for (size_t c = 0; c < cat->tables[b].ncols; c++) {
            const cat_column *col = &cat->tables[b].cols[c];
            if (col->ref_t >= 0 && col->ref_c >= 0 && (size_t)col->ref_t < n)
                start[col->ref_t + 1]++;
        }
    for (size_t a = 0; a < n; a++)
        start[a + 1] += start[a];
    size_t *fill = malloc((n ? n : 1) * sizeof *fill);
    if (!fill) {
        free(queue);
        free(start);
        free(in);
        return;
    }
    memcpy(fill, start, n * sizeof *fill);
    for (size_t b = 0; b < n; b++)
        for (size_t c = 0; c < cat->tables[b].ncols; c++) {
            const cat_column *col = &cat->tables[b].cols[c];
            if (col->ref_t >= 0 && col->ref_c >= 0 && (size_t)col->ref_t < n) {
                size_t k = fill[col->ref_t]++;
                in[k][0] = (int)b;
                in[k][1] = (int)c;
            }
        }
    free(fill);
    size_t head = 0, tail = 0;
    queue[tail++] = src;
    depth[src] = 0;
    while (head < tail) {
        int a = queue[head++];
        const cat_table *ta = &cat->tables[a];
        /* a references b */
        for (size_t c = 0; c < ta->ncols; c++) {
            const cat_column *col = &ta->cols[c];
            int b = col->ref_t;
            if (b < 0 || col->ref_c < 0 || depth[b] >= 0)
                continue;
            depth[b] = depth[a] + 1;
            parent[b] = (jedge){a, (int)c, b, col->ref_c, 0};
            queue[tail++] = b;
        }
        /* b references a: the first such column of each b */
        for (size_t k = start[a]; k < start[a + 1]; k++) {
            int b = in[k][0], c = in[k][1];
            if (depth[b] >= 0)
                continue;
            depth[b] = depth[a] + 1;
            parent[b] = (jedge){a, cat->tables[b].cols[c].ref_c, b, c, 1};
            queue[tail++] = b;
        }
    }
    free(queue);
    free(start);
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
