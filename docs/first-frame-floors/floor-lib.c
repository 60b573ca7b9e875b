// The floor under the workbench's first frame, as `moderat bench` compiles it (FirstFrameFloor), with
// its main renamed floor_main so the Swift programs here can call it: the same C work
// (open read-only, the pending count, the first page, ncurses) under each stack.
#include <locale.h>
#include <ncursesw/curses.h>
#include <sqlite3.h>
#include <string.h>

int floor_main(int argc, char **argv) {
    sqlite3 *db;
    sqlite3_stmt *st;
    int pending = 0, y = 3;
    if (argc < 2) return 64;
    setlocale(LC_ALL, "");
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) return 66;
    initscr(); cbreak(); noecho(); keypad(stdscr, TRUE);
    if (sqlite3_prepare_v2(db, "SELECT n FROM comment_count WHERE state = 'pending'", -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW) pending = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    mvprintw(0, 0, "floor: %d pending", pending);
    mvprintw(2, 0, "%-6s %-20s %-12s %-16s %s", "id", "created", "process", "author", "text");
    if (sqlite3_prepare_v2(db,
            "SELECT c.id, c.created_at, p.slug, COALESCE(a.display_name, ''), substr(c.body, 1, 120) "
            "FROM comment c JOIN process p ON p.id = c.process_id LEFT JOIN author a ON a.id = c.author_id "
            "WHERE c.state = 'pending' ORDER BY c.created_at, c.id LIMIT ?", -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_int(st, 1, LINES - 5);
        while (sqlite3_step(st) == SQLITE_ROW) {
            char text[128];
            strncpy(text, (const char *)sqlite3_column_text(st, 4), sizeof text - 1);
            text[sizeof text - 1] = 0;
            for (char *p = text; *p; p++) if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
            mvprintw(y++, 0, "%-6lld %-20.20s %-12.12s %-16.16s %.*s", sqlite3_column_int64(st, 0),
                     (const char *)sqlite3_column_text(st, 1), (const char *)sqlite3_column_text(st, 2),
                     (const char *)sqlite3_column_text(st, 3), COLS - 60 > 0 ? COLS - 60 : 0, text);
        }
        sqlite3_finalize(st);
    }
    mvprintw(LINES - 1, 0, "q quit");
    refresh();
    while (getch() != 'q') {}
    endwin();
    sqlite3_close(db);
    return 0;
}
