void floor_draw_start(void);
void floor_header(int pending);
void floor_row(int y, long long id, const char *created, const char *slug, const char *author, const char *text);
void floor_finish(void);
int floor_lines(void);
