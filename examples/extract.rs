//! `mawqif extract` as an example program, with the same arguments:
//! `cargo run --release --example extract -- --help`. The code is the library's
//! [`mawqif::cli::extract`] module, shared with the installed `mawqif` command.

/// The same allocator as the `mawqif` command, so that both measure alike.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    mawqif::cli::run_command("extract", std::env::args_os().skip(1))
}
