#ifndef BRIEFING_CNCURSESW_SHIM_H
#define BRIEFING_CNCURSESW_SHIM_H

// SwiftPM drops the -D flags pkg-config gives, so the wide-character API is
// switched on here, before the header is read.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

#endif
