//! `mawqif corpus` as an example program, with the same arguments:
//! `cargo run --release --example corpus -- --help`. The code is the library's
//! [`mawqif::cli::corpus`] module, shared with the installed `mawqif` command.

/// The same allocator as the `mawqif` command, so that both measure alike.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    mawqif::cli::run_command("corpus", std::env::args_os().skip(1))
}
