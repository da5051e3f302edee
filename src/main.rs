//! The `relais` binary: logging, then the command line. All the work is in the library.

fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                // Our own information, and only warnings from the libraries (the Ogg decoder
                // reports every stream it opens).
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,relais=info")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    relais::cli::main()
}
