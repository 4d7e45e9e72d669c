/* The CPU floor of the eleven-list benchmark: the same per-team counts Readiness computes for the
 * 23 measures of docs/indicators.md (population and within), from the eleven Annex A lists, as at
 * 2026-11-20, in one pass over each file and nothing else: one thread per list, the file read
 * whole with read(), cells split at commas, only the needed columns looked at, ISO dates parsed
 * to day numbers, teams interned in a small hash table. Working days come from a precomputed
 * array (day number -> working days up to that day, weekends and the bank holidays not counted),
 * so the working days after one date up to another are one subtraction.
 * It assumes well-formed input as generate.py writes it (no quoted commas, ISO dates, \n or \r\n
 * line ends); it is not a CSV reader, only the lower bound for the work.
 * Prints JSON, measure (Readiness's check name) -> team -> [population, within], as every peer does.
 * Build: cc -O2 -pthread -o floor_annex_a floor_annex_a.c    Usage: floor_annex_a DATA_FOLDER */
#define _GNU_SOURCE /* memmem */
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define NODATE INT_MIN /* an empty or unreadable date */
#define NONUM INT_MIN  /* an empty or unreadable number */
#define MAXTEAMS 1024
#define MAXCOLS 8
#define MAXMEASURES 6

static const char *data;
static int asat;                 /* 2026-11-20 as a day number */
static int calendar_base;        /* the day number of calendar[0], 1900-01-01 */
static int *calendar;            /* working days from 1900-01-01 up to and including each day */
static int calendar_length;

/* Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
static int days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int z, int *y, int *m, int *d) {
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = yoe + era * 400 + (*m <= 2);
}

/* A day plus n calendar months, the day of the month kept or, past the month's end, its last day. */
static int add_months(int day, int n) {
    static const int length[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y, m, d;
    civil_from_days(day, &y, &m, &d);
    int k = y * 12 + (m - 1) + n;
    y = k / 12, m = k % 12 + 1;
    int last = length[m - 1] + (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)));
    return days_from_civil(y, m, d < last ? d : last);
}

/* A 10-byte yyyy-mm-dd as a day number; anything else is NODATE. */
static int date(const char *p, size_t n) {
    if (n != 10 || p[4] != '-' || p[7] != '-') return NODATE;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (unsigned)(p[i] - '0') > 9) return NODATE;
    int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    int m = (p[5] - '0') * 10 + (p[6] - '0'), d = (p[8] - '0') * 10 + (p[9] - '0');
    if (m < 1 || m > 12 || d < 1 || d > 31) return NODATE;
    return days_from_civil(y, m, d);
}

static int number(const char *p, size_t n) {
    if (n == 0) return NONUM;
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned)(p[i] - '0') > 9) return NONUM;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

/* Working days from 1900-01-01 up to and including day. */
static inline int W(int day) { return calendar[day - calendar_base]; }

static char *slurp(const char *path, size_t *length) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) { perror(path); exit(1); }
    struct stat st;
    fstat(fd, &st);
    char *buffer = malloc(st.st_size + 1);
    size_t done = 0;
    while (done < (size_t)st.st_size) {
        ssize_t got = read(fd, buffer + done, st.st_size - done);
        if (got <= 0) { perror(path); exit(1); }
        done += got;
    }
    close(fd);
    buffer[done] = '\n';
    *length = done;
    return buffer;
}

/* The calendar: every day 1900-2100, weekends and the bank holidays (column 1 of bank-holidays.csv) not counted. */
static void make_calendar(void) {
    calendar_base = days_from_civil(1900, 1, 1);
    calendar_length = days_from_civil(2101, 1, 1) - calendar_base;
    char *holiday = calloc(calendar_length, 1);
    char path[4096];
    snprintf(path, sizeof path, "%s/bank-holidays.csv", data);
    size_t n;
    char *text = slurp(path, &n);
    for (char *line = text; line < text + n;) {
        char *end = memchr(line, '\n', text + n + 1 - line);
        int day = date(line, 10 <= end - line ? 10 : 0);
        if (day != NODATE && day >= calendar_base && day - calendar_base < calendar_length) holiday[day - calendar_base] = 1;
        line = end + 1;
    }
    free(text);
    calendar = malloc(calendar_length * sizeof(int));
    int count = 0;
    for (int i = 0; i < calendar_length; i++) {
        int weekday = ((calendar_base + i) % 7 + 7 + 3) % 7; /* 1970-01-01 was a Thursday: 0 is Monday */
        if (weekday < 5 && !holiday[i]) count++;
        calendar[i] = count;
    }
    free(holiday);
}

typedef struct {
    int list;
    const char *columns[MAXCOLS]; /* the columns needed, by header name */
    const char *measures[MAXMEASURES];
    /* filled by the thread */
    char *buffer;
    int teams;
    const char *team_name[MAXTEAMS];
    int team_length[MAXTEAMS];
    long counts[MAXMEASURES][MAXTEAMS][2];
} Job;

static int has_team(int list) { return !(list == 1 || list == 2 || list == 10 || list == 11); }

/* The team's number, adding it at its first row. */
static int intern(Job *job, int *slots, const char *p, int n) {
    unsigned h = 2166136261u;
    for (int i = 0; i < n; i++) h = (h ^ (unsigned char)p[i]) * 16777619u;
    for (unsigned i = h & (2 * MAXTEAMS - 1);; i = (i + 1) & (2 * MAXTEAMS - 1)) {
        int t = slots[i];
        if (t < 0) {
            if (job->teams == MAXTEAMS) { fprintf(stderr, "more than %d teams\n", MAXTEAMS); exit(1); }
            t = slots[i] = job->teams++;
            job->team_name[t] = p, job->team_length[t] = n;
            return t;
        }
        if (job->team_length[t] == n && memcmp(job->team_name[t], p, n) == 0) return t;
    }
}

static void *run(void *argument) {
    Job *job = argument;
    char path[4096];
    snprintf(path, sizeof path, "%s/annex-a/list-%d.csv", data, job->list);
    size_t length;
    char *text = job->buffer = slurp(path, &length), *limit = text + length;
    int ncols = 0;
    while (ncols < MAXCOLS && job->columns[ncols]) ncols++;
    int team_column = has_team(job->list) ? ncols : -1;

    /* The header: the index of each needed column. */
    int want[64];
    for (int i = 0; i < 64; i++) want[i] = -1;
    char *line = text, *end = memchr(line, '\n', limit + 1 - line);
    int last = 0, found = 0;
    for (int cell = 0; line < end; cell++) {
        char *comma = memchr(line, ',', end - line);
        if (!comma) comma = end;
        int n = (int)(comma - line) - (comma == end && comma > line && comma[-1] == '\r');
        for (int c = 0; c <= ncols; c++) {
            const char *name = c == ncols ? (team_column >= 0 ? "Allocated Team" : NULL) : job->columns[c];
            if (name && (int)strlen(name) == n && memcmp(name, line, n) == 0 && cell < 64) {
                want[cell] = c, found++;
                if (cell > last) last = cell;
            }
        }
        line = comma + 1;
    }
    if (found != ncols + (team_column >= 0)) { fprintf(stderr, "list %d: a column is missing\n", job->list); exit(1); }

    int slots[2 * MAXTEAMS];
    for (int i = 0; i < 2 * MAXTEAMS; i++) slots[i] = -1;
    int whole = team_column < 0 ? intern(job, slots, "Whole service", 13) : 0;
    const int A = asat, Wa = W(asat);
    const int m3 = add_months(A, -3), m6 = add_months(A, -6), m12 = add_months(A, -12);

    for (line = end + 1; line < limit; line = end + 1) {
        end = memchr(line, '\n', limit + 1 - line);
        if (end == line || (end == line + 1 && *line == '\r')) continue;
        const char *cp[MAXCOLS + 1] = {0};
        int cn[MAXCOLS + 1] = {0};
        const char *p = line;
        for (int cell = 0; cell <= last && p <= end; cell++) {
            const char *comma = memchr(p, ',', end - p);
            if (!comma) comma = end;
            if (want[cell] >= 0) cp[want[cell]] = p, cn[want[cell]] = (int)(comma - p) - (comma == end && comma > p && comma[-1] == '\r');
            p = comma + 1;
        }
        int team = team_column >= 0 ? intern(job, slots, cp[ncols] ? cp[ncols] : "", cn[ncols]) : whole;
#define D(c) date(cp[c], cn[c])
#define N(c) number(cp[c], cn[c])
#define IS(c, s) (cn[c] == (int)sizeof(s) - 1 && memcmp(cp[c], s, sizeof(s) - 1) == 0)
#define COUNT(m, population, within) do { if (population) { job->counts[m][team][0]++; if (within) job->counts[m][team][1]++; } } while (0)
        switch (job->list) {
        case 1: case 2: case 4: case 5: case 10: case 11: {
            int s = D(0), e = D(1);
            if (s == NODATE || e == NODATE || s > A || e > A) break;
            int within = job->list == 10 ? e - s <= 426
                       : job->list == 11 ? e <= add_months(s, 6)
                       : W(e) - W(s) <= (job->list == 1 ? 1 : job->list == 5 ? 15 : 45);
            COUNT(0, 1, within);
            break;
        }
        case 3: {
            int d = D(0), n = N(1);
            COUNT(0, d != NODATE && d <= A, n != NONUM && n <= 1);
            break;
        }
        case 6: {
            int s = D(0), close = D(1), seen = D(2), weeks = 4;
            for (int i = 0; i < cn[3]; i++)
                if ((unsigned)(cp[3][i] - '0') <= 9) {
                    weeks = 0;
                    for (; i < cn[3] && (unsigned)(cp[3][i] - '0') <= 9; i++) weeks = weeks * 10 + (cp[3][i] - '0');
                    break;
                }
            COUNT(0, s != NODATE && s <= A && !(close != NODATE && close <= A), seen != NODATE && seen >= A - 7 * weeks);
            break;
        }
        case 7: {
            int s = D(0), visit = D(1), review = D(2), previous = N(4);
            int open = s != NODATE && s <= A;
            COUNT(0, open, visit != NODATE && Wa - W(visit) <= 10);
            COUNT(1, open, review != NODATE ? review >= m6 : s >= m3);
            COUNT(2, open, add_months(s, 24) > A);
            COUNT(3, open && s >= m12, previous == 0);
            COUNT(4, open, cn[3] >= 3 && memmem(cp[3], cn[3], "Yes", 3) != NULL);
            break;
        }
        case 8: {
            int s = D(0), review = D(1), visit = D(2), health = D(3), placed = D(4), age = N(5), placements = N(6);
            int open = s != NODATE && s <= A;
            COUNT(0, open, visit != NODATE && visit >= A - 42);
            COUNT(1, open, review != NODATE && review >= m6);
            COUNT(2, open, health != NODATE && health >= (age != NONUM && age >= 5 ? m12 : m6));
            COUNT(3, s != NODATE && s >= m6 && Wa - W(s) > 20, health != NODATE && health >= s && W(health) - W(s) <= 20);
            COUNT(4, open, placements != NONUM && placements < 3);
            COUNT(5, open && age != NONUM && age < 16 && add_months(s, 30) <= A,
                  placed != NODATE && add_months(placed, 24) <= A);
            break;
        }
        case 9: {
            int review = D(3);
            COUNT(0, 1, IS(0, "Yes"));
            COUNT(1, 1, IS(1, "Suitable"));
            COUNT(2, 1, IS(2, "F1") || IS(2, "P2"));
            COUNT(3, 1, review != NODATE && review >= m6);
            break;
        }
        }
    }
    return NULL;
}

static Job jobs[] = {
    {1, {"Date of Contact", "Date of Decision"}, {"contacts"}},
    {2, {"Assessment start date", "Assessment completion date"}, {"early-help-assessments"}},
    {3, {"Date of referral", "Number of Referrals in Last 12 Months"}, {"referrals"}},
    {4, {"Assessment Start Date", "Assessment Authorised Date"}, {"assessments"}},
    {5, {"Strategy discussion initiating Section 47 Enquiry Start Date", "Date of Initial Child Protection Conference"},
     {"conferences"}},
    {6, {"CIN Start Date", "CIN Closure Date", "Date Child Was Last Seen", "Agreed Visiting Frequency"}, {"cin-visits"}},
    {7, {"Child Protection Plan Start Date", "Date of the Last Statutory Visit", "Date of latest review conference",
         "Was the Child Seen Alone?", "Number of Previous Child Protection Plans"},
     {"cp-visits", "cp-reviews", "cp-plan-length", "cp-first-plans", "cp-seen-alone"}},
    {8, {"Date Started to be Looked After", "Date of Latest Statutory Review", "Date of Last Social Work Visit",
         "Date of Last Health Assessment", "Start Date of Most Recent Placement", "Age of Child (Years)",
         "Number of Placements in the Last 12 months"},
     {"cla-visits", "cla-reviews", "health-assessments", "initial-health-assessments", "placement-stability",
      "long-term-stability"}},
    {9, {"LA in Touch", "Suitability of Accommodation", "Activity Status", "Date of Latest Pathway Plan Review"},
     {"care-leavers-in-touch", "care-leavers-accommodation", "care-leavers-eet", "pathway-plans"}},
    {10, {"Date the Child Entered Care", "Date Placed for Adoption"}, {"adoptions"}},
    {11, {"Date application submitted", "Date application approved"}, {"adopter-approvals"}},
};

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: floor_annex_a DATA_FOLDER\n"); return 2; }
    data = argv[1];
    asat = days_from_civil(2026, 11, 20);
    make_calendar();
    enum { NJOBS = sizeof jobs / sizeof jobs[0] };
    pthread_t threads[NJOBS];
    for (int j = 0; j < NJOBS; j++) pthread_create(&threads[j], NULL, run, &jobs[j]);
    for (int j = 0; j < NJOBS; j++) pthread_join(threads[j], NULL);

    /* The common output of every side (compare_annex_a.py): measure -> team -> [population, within]. */
    printf("{");
    const char *comma = "";
    for (int j = 0; j < NJOBS; j++)
        for (int m = 0; m < MAXMEASURES && jobs[j].measures[m]; m++) {
            printf("%s\"%s\": {", comma, jobs[j].measures[m]);
            comma = ", ";
            for (int t = 0; t < jobs[j].teams; t++)
                printf("%s\"%.*s\": [%ld, %ld]", t ? ", " : "", jobs[j].team_length[t], jobs[j].team_name[t],
                       jobs[j].counts[m][t][0], jobs[j].counts[m][t][1]);
            printf("}");
        }
    printf("}\n");
    return 0;
}
