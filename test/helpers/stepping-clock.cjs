// Preloaded into a process that a test starts, with `node --require` (which,
// unlike `--import`, runs in its worker threads too): every read of
// `performance.now()` advances the clock by one millisecond. A time budget
// then runs out after a number of checks, not of milliseconds, so that a test
// of `timeoutMs` gives the same outcome on an idle machine and a loaded one.
let now = 0
performance.now = () => now++
