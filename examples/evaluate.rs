//! `mawqif evaluate` as an example program, with the same arguments:
//! `cargo run --release --example evaluate -- --help`. The code is the library's
//! [`mawqif::cli::evaluate`] module, shared with the installed `mawqif` command.

/// The same allocator as the `mawqif` command, so that both measure alike.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    mawqif::cli::run_command("evaluate", std::env::args_os().skip(1))
}
