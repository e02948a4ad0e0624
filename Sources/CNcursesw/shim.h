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
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>

// ---- Macros Swift cannot see, as functions -------------------------------------

static inline WINDOW *briefing_stdscr(void) { return stdscr; }
static inline FILE *briefing_stdout(void) { return stdout; }
static inline FILE *briefing_stdin(void) { return stdin; }
static inline int briefing_lines(void) { return LINES; }
static inline int briefing_cols(void) { return COLS; }
static inline int briefing_colors(void) { return COLORS; }
static inline int briefing_color_pairs(void) { return COLOR_PAIRS; }
static inline int briefing_key_code_yes(void) { return KEY_CODE_YES; }
static inline int briefing_ok(void) { return OK; }
static inline attr_t briefing_a_normal(void) { return A_NORMAL; }
static inline attr_t briefing_a_bold(void) { return A_BOLD; }
static inline attr_t briefing_a_reverse(void) { return A_REVERSE; }
static inline attr_t briefing_a_underline(void) { return A_UNDERLINE; }
static inline attr_t briefing_a_dim(void) { return A_DIM; }
static inline attr_t briefing_a_italic(void) { return A_ITALIC; }

// ---- Mouse -----------------------------------------------------------------------

static inline mmask_t briefing_mouse_events(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}

/// Reads a pending mouse event: 1 = click/press of button 1, 4 = wheel up, 5 = wheel down,
/// 0 = something else, -1 = none. Fills *y and *x.
static inline int briefing_get_mouse(int *y, int *x) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return -1;
    *y = ev.y;
    *x = ev.x;
    if (ev.bstate & (BUTTON4_PRESSED)) return 4;
    if (ev.bstate & (BUTTON5_PRESSED)) return 5;
    if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    return 0;
}

// ---- Drawing one cell --------------------------------------------------------------

/// Draws one grapheme (up to 5 wide characters, NUL-terminated) at (y, x). When ncurses
/// refuses the cluster (e.g. a ZWJ sequence longer than a cell holds), the first
/// character alone is drawn, so the layout never shifts.
static inline int briefing_put_cell(int y, int x, const wchar_t *wch, attr_t attr, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attr, pair, NULL) != OK) {
        wchar_t one[2] = { wch[0], 0 };
        if (setcchar(&c, one, attr, pair, NULL) != OK) return ERR;
    }
    return mvadd_wch(y, x, &c);
}

// ---- Signals: the terminal is always given back -------------------------------------

// State lives in weak globals: every Swift module that calls these inline functions
// (release builds inline across modules) emits its own copy of a function-local or
// file-level static, but the linker folds weak definitions of one name into one.
__attribute__((weak)) volatile sig_atomic_t briefing_state_signal = 0;
__attribute__((weak)) struct termios briefing_state_termios = {0};
__attribute__((weak)) volatile sig_atomic_t briefing_state_have_termios = 0;
__attribute__((weak)) int briefing_state_tty_fd = STDIN_FILENO;
__attribute__((weak)) int briefing_state_saved_stderr = -1;
__attribute__((weak)) int briefing_state_stderr_log = -1;
/// The crash handlers that were there before ours (the Swift runtime's backtracer).
__attribute__((weak)) struct sigaction briefing_state_previous_actions[NSIG] = {{{0}}};

static inline volatile sig_atomic_t *briefing_pending_signal(void) { return &briefing_state_signal; }
static inline volatile sig_atomic_t *briefing_have_termios(void) { return &briefing_state_have_termios; }
static inline int *briefing_tty_fd(void) { return &briefing_state_tty_fd; }
static inline int *briefing_saved_stderr(void) { return &briefing_state_saved_stderr; }
static inline int *briefing_stderr_log(void) { return &briefing_state_stderr_log; }
static inline struct sigaction *briefing_previous_actions(void) { return briefing_state_previous_actions; }

/// While the reader owns the screen, standard error goes to an unlinked temporary file:
/// anything written there (a runtime warning, a crash report) would otherwise land in
/// the middle of the picture and vanish with the alternate screen.
static inline void briefing_hold_stderr(void) {
    if (*briefing_saved_stderr() >= 0) return;
    FILE *log = tmpfile();
    if (!log) return;
    int fd = dup(fileno(log));
    fclose(log);
    int saved = dup(STDERR_FILENO);
    if (fd < 0 || saved < 0 || dup2(fd, STDERR_FILENO) < 0) {
        if (fd >= 0) close(fd);
        if (saved >= 0) close(saved);
        return;
    }
    *briefing_stderr_log() = fd;
    *briefing_saved_stderr() = saved;
}

/// Gives standard error back and copies what was held to it. Async-signal-safe (dup2,
/// lseek, read, write, close), so the crash handler can call it once the terminal is back.
static inline void briefing_release_stderr(void) {
    int saved = *briefing_saved_stderr();
    int log = *briefing_stderr_log();
    if (saved < 0) return;
    *briefing_saved_stderr() = -1;
    *briefing_stderr_log() = -1;
    dup2(saved, STDERR_FILENO);
    close(saved);
    char buf[4096];
    ssize_t n;
    lseek(log, 0, SEEK_SET);
    while ((n = read(log, buf, sizeof buf)) > 0) {
        ssize_t ignored = write(STDERR_FILENO, buf, (size_t)n);
        (void)ignored;
    }
    close(log);
}

/// SIGINT, SIGTERM, SIGHUP, SIGQUIT: only a flag; the main loop (which polls input every
/// 100 ms) sees it and restores the terminal with endwin before exiting.
static void briefing_on_signal(int sig) { *briefing_pending_signal() = sig; }

/// A crash (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT): endwin is not
/// async-signal-safe, so restore by hand with what is: leave the mouse modes and the
/// alternate screen, show the cursor, reset attributes, put back the saved tty modes,
/// give standard error back with what was held (Swift's "Fatal error: …" line); then
/// hand the signal to the handler that was there before (the Swift backtracer, whose
/// report now reaches a sane terminal) or die by it.
static void briefing_on_crash(int sig, siginfo_t *info, void *context) {
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    if (*briefing_have_termios()) tcsetattr(*briefing_tty_fd(), TCSAFLUSH, &briefing_state_termios);
    briefing_release_stderr();
    struct sigaction *previous = &briefing_previous_actions()[sig];
    sigaction(sig, previous, NULL);
    if ((previous->sa_flags & SA_SIGINFO) && previous->sa_sigaction) {
        previous->sa_sigaction(sig, info, context);
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
        previous->sa_handler(sig);
    } else {
        // Blocked while this handler runs: delivered, with its default action, on return.
        raise(sig);
    }
}

/// The crash signals, 0-terminated (a function, like the state above).
static inline const int *briefing_crash_signals(void) {
    static const int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, 0 };
    return sigs;
}

/// Keeps the tty modes as the shell left them, for the crash handler; called before
/// newterm, which already changes some (output post-processing among them).
static inline void briefing_save_tty(int tty_fd) {
    *briefing_tty_fd() = tty_fd;
    if (tcgetattr(tty_fd, &briefing_state_termios) == 0) *briefing_have_termios() = 1;
}

static inline void briefing_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = briefing_on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGQUIT, &sa, NULL);
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    sigemptyset(&crash.sa_mask);
    crash.sa_sigaction = briefing_on_crash;
    crash.sa_flags = SA_SIGINFO;
    for (const int *s = briefing_crash_signals(); *s; s++) {
        int sig = *s;
        sigaction(sig, &crash, &briefing_previous_actions()[sig]);
    }
}

static inline void briefing_restore_signal_handlers(void) {
    int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) signal(sigs[i], SIG_DFL);
    for (const int *s = briefing_crash_signals(); *s; s++) {
        int sig = *s;
        sigaction(sig, &briefing_previous_actions()[sig], NULL);
    }
}

/// The signal received since the last call (0: none), cleared.
static inline int briefing_take_signal(void) {
    int s = *briefing_pending_signal();
    *briefing_pending_signal() = 0;
    return s;
}

#endif
