/* The libcmark peer of the many-pages Markdown benchmark: what a C programmer would write to turn
 * a folder of Markdown pages into HTML pages with libcmark, as fast as it goes. Two threads (the
 * machine's cores) take the pages in turn; each page is read whole with read(), converted by
 * cmark_markdown_to_html with the options Readiness gives libcmark by default
 * (CMARK_OPT_VALIDATE_UTF8, raw HTML dropped: MarkdownRenderer.swift), and written as NAME.html
 * in the output folder. No layout, no front matter: the Markdown part of a site build only.
 * With `copy`, it writes each page's bytes unchanged instead: the I/O floor of a site build
 * (every input read, as many files created and written), with nothing done to the pages.
 * Build: cc -O2 -pthread -o cmark_pages cmark_pages.c -lcmark
 * Usage: cmark_pages IN_FOLDER OUT_FOLDER [THREADS [copy]]   (prints the libcmark version) */
#include <cmark.h>
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *in, *out;
static char **names;
static size_t count;
static atomic_size_t next;
static int copy; /* write the input unchanged */

static void *work(void *unused) {
    (void)unused;
    char path[4096];
    for (size_t i; (i = atomic_fetch_add(&next, 1)) < count;) {
        snprintf(path, sizeof path, "%s/%s", in, names[i]);
        int fd = open(path, O_RDONLY);
        struct stat st;
        if (fd < 0 || fstat(fd, &st) != 0) { perror(path); exit(1); }
        char *text = malloc(st.st_size + 1);
        ssize_t done = 0, got;
        while (done < st.st_size && (got = read(fd, text + done, st.st_size - done)) > 0) done += got;
        close(fd);
        char *html = copy ? text : cmark_markdown_to_html(text, done, CMARK_OPT_VALIDATE_UTF8);
        if (copy) text[done] = 0;
        else free(text);
        size_t length = strlen(names[i]);
        snprintf(path, sizeof path, "%s/%.*s.html", out, (int)(length > 3 ? length - 3 : length), names[i]);
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) { perror(path); exit(1); }
        size_t size = strlen(html), written = 0;
        while (written < size && (got = write(fd, html + written, size - written)) > 0) written += got;
        close(fd);
        free(html);
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: cmark_pages IN_FOLDER OUT_FOLDER [THREADS]\n"); return 2; }
    in = argv[1], out = argv[2];
    int threads = argc > 3 ? atoi(argv[3]) : 2;
    copy = argc > 4 && strcmp(argv[4], "copy") == 0;
    mkdir(out, 0755);
    DIR *dir = opendir(in);
    if (!dir) { perror(in); return 1; }
    size_t capacity = 1024;
    names = malloc(capacity * sizeof *names);
    for (struct dirent *entry; (entry = readdir(dir));) {
        size_t n = strlen(entry->d_name);
        if (n < 4 || strcmp(entry->d_name + n - 3, ".md") != 0) continue;
        if (count == capacity) names = realloc(names, (capacity *= 2) * sizeof *names);
        names[count++] = strdup(entry->d_name);
    }
    closedir(dir);
    pthread_t pool[64];
    if (threads < 1 || threads > 64) threads = 2;
    for (int t = 0; t < threads; t++) pthread_create(&pool[t], NULL, work, NULL);
    for (int t = 0; t < threads; t++) pthread_join(pool[t], NULL);
    printf("libcmark %s: %zu pages%s\n", cmark_version_string(), count, copy ? " copied" : "");
    return 0;
}
