// Starts a program on an 80x24 pseudo-terminal and prints the milliseconds until MARKER first
// appears in its output (the first frame: "q quit" for the floors, the end of synchronized
// output, ESC [?2026l, for moderat); then sends q.
#define _GNU_SOURCE
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <signal.h>
#include <sys/wait.h>
#include <poll.h>
#include <termios.h>
// usage: fft MARKER argv... ; prints ms to first occurrence of MARKER in output
int main(int argc, char **argv) {
    const char *marker = argv[1];
    struct winsize ws = {24, 80, 0, 0};
    int fd; struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    pid_t pid = forkpty(&fd, NULL, NULL, &ws);
    if (pid == 0) { execv(argv[2], argv + 2); _exit(127); }
    static char buf[1 << 20]; size_t n = 0; double ms = -1;
    struct pollfd p = {fd, POLLIN, 0};
    while (poll(&p, 1, 5000) > 0) {
        ssize_t r = read(fd, buf + n, sizeof buf - n - 1);
        if (r <= 0) break;
        n += r; buf[n] = 0;
        if (memmem(buf, n, marker, strlen(marker))) { clock_gettime(CLOCK_MONOTONIC, &b); ms = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6; break; }
    }
    write(fd, "q", 1); usleep(20000); kill(pid, SIGTERM); waitpid(pid, NULL, 0);
    printf("%.2f\n", ms);
    return 0;
}
