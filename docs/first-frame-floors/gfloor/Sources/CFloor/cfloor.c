#include <locale.h>
#include <ncursesw/curses.h>
#include <string.h>
#include "cfloor.h"
void floor_draw_start(void) { setlocale(LC_ALL, ""); initscr(); cbreak(); noecho(); keypad(stdscr, TRUE); }
void floor_header(int pending) {
    mvprintw(0, 0, "floor: %d pending", pending);
    mvprintw(2, 0, "%-6s %-20s %-12s %-16s %s", "id", "created", "process", "author", "text");
}
void floor_row(int y, long long id, const char *created, const char *slug, const char *author, const char *t) {
    char text[128]; strncpy(text, t, sizeof text - 1); text[sizeof text - 1] = 0;
    for (char *p = text; *p; p++) if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
    mvprintw(y, 0, "%-6lld %-20.20s %-12.12s %-16.16s %.*s", id, created, slug, author, COLS - 60 > 0 ? COLS - 60 : 0, text);
}
void floor_finish(void) { mvprintw(LINES - 1, 0, "q quit"); refresh(); while (getch() != 'q') {} endwin(); }
int floor_lines(void) { return LINES; }
