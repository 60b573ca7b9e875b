// The wide-character ncurses API for Swift. SwiftPM drops pkg-config's -D flags, so the
// defines that expose the wide API must live here, before the include.
#ifndef MODERAT_CNCURSESW_SHIM_H
#define MODERAT_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

// Swift's Glibc module hides wcwidth.
extern int wcwidth(wchar_t c);

// Macros with casts or arguments do not import into Swift: wrap them.
static inline attr_t tk_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t tk_A_BOLD(void) { return A_BOLD; }
static inline attr_t tk_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t tk_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t tk_A_DIM(void) { return A_DIM; }
static inline attr_t tk_A_ITALIC(void) { return A_ITALIC; }
static inline int tk_COLOR_PAIR(int n) { return (int)COLOR_PAIR(n); }
static inline int tk_KEY_F(int n) { return KEY_F(n); }
static inline mmask_t tk_ALL_MOUSE_EVENTS(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t tk_BUTTON1_PRESSED(void) { return BUTTON1_PRESSED; }
static inline mmask_t tk_BUTTON1_CLICKED(void) { return BUTTON1_CLICKED; }
static inline mmask_t tk_BUTTON1_RELEASED(void) { return BUTTON1_RELEASED; }
static inline mmask_t tk_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
#if defined(BUTTON5_PRESSED)
static inline mmask_t tk_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t tk_BUTTON5_PRESSED(void) { return 0; }
#endif

/// Builds a complex character from one grapheme cluster (up to CCHARW_MAX code points).
static inline int tk_setcchar(cchar_t *wcval, const wchar_t *wch, attr_t attrs, short color_pair) {
    return setcchar(wcval, wch, attrs, color_pair, NULL);
}

/// Extended colour pairs (above 32767 and beyond short) through the opts argument.
static inline int tk_setcchar_ext(cchar_t *wcval, const wchar_t *wch, attr_t attrs, int color_pair) {
    int pair = color_pair;
    return setcchar(wcval, wch, attrs, 0, &pair);
}

static inline const char *tk_codeset(void) { return nl_langinfo(CODESET); }

// Globals that Swift 6 refuses to read directly (mutable C globals).
static inline int tk_colors(void) { return COLORS; }
static inline int tk_color_pairs(void) { return COLOR_PAIRS; }

/// Clicks and the wheel only: no motion reporting, which would flood the input queue.
static inline mmask_t tk_click_and_wheel_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED | tk_BUTTON5_PRESSED();
}

/// The number of code points a complex character holds at most.
static inline int tk_CCHARW_MAX(void) { return CCHARW_MAX; }

/// Extended-key codes (kLFT5 = Ctrl-Left ...) that terminfo defines, or 0.
static inline int tk_key_code_for(const char *capname) {
    char *value = tigetstr(capname);
    if (value == NULL || value == (char *)-1) return 0;
    int code = key_defined(value);
    return code > 0 ? code : 0;
}

#endif
