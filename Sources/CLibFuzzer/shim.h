// libFuzzer's driver, declared here because SwiftPM links an executable with its own main
// (`--defsym main=<module>_main`), so libFuzzer's main is never used: moderat-fuzz calls the
// driver itself. Only referenced when built with -D MODERAT_FUZZ and -sanitize=fuzzer.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
