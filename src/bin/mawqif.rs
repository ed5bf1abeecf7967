//! The `mawqif` command: `mawqif extract`, `corpus`, `evaluate`, `view`; `mawqif --help`.
//! Everything is in the library's [`mawqif::cli`] module, shared with the example
//! programs.

/// mimalloc rather than the system allocator: with glibc's, two corpus workers that
/// allocate and free an analysis per line slowed each other down (two workers took 15 %
/// more CPU time than one for the same lines; with mimalloc, the same or less).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    mawqif::cli::run(std::env::args_os())
}
