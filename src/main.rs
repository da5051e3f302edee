//! The `relais` binary: logging, then the command line. All the work is in the library.

fn main() -> std::process::ExitCode {
    // Under systemd, stderr goes to the journal (which sets JOURNAL_STREAM), and the journal
    // stamps every line itself: a second timestamp would only make lines longer.
    let journal = std::env::var_os("JOURNAL_STREAM").is_some();
    let logs = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                // Our own information, and only warnings from the libraries (the Ogg decoder
                // reports every stream it opens).
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,relais=info")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    if journal {
        logs.without_time().init();
    } else {
        logs.init();
    }
    relais::cli::main()
}
