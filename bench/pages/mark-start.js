// The first module every bench page evaluates (kept external so it runs before any library, even
// one loaded as its own file): the clock starts when script evaluation starts. The mark lets a
// profile (BENCH_PROFILE=1) cut its window at the same instant.
globalThis.__benchT0 = performance.now();
performance.mark('bench-start');
