//! The `bienmau` binary: everything lives in the library's [`bienmau::cli`].

fn main() -> std::process::ExitCode {
    bienmau::cli::main()
}
