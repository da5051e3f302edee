//! A real PostgreSQL server for the fleet tests: `initdb` into a temporary folder, listening on
//! 127.0.0.1 at a free port, its Unix socket in that folder too, stopped and removed on drop.
//!
//! PostgreSQL refuses to run as root, and CI runs as root: then the server's files are given
//! to the unprivileged user `nobody` and every server command runs as it through `runuser`
//! (util-linux). As any other user the commands run as that user. The binaries are Debian's
//! (`postgresql`, scripts/install-deps.sh), found in /usr/lib/postgresql/<version>/bin.
//!
//! `start_with_tls` gives the server a certificate and its key and turns `ssl` on (the TLS
//! test, `fleet_tls`); every server logs its connections, TLS or not, in `log()`.

use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The superuser's name and password (host connections ask for passwords: scram-sha-256).
pub const SUPERUSER: &str = "postgres";
const SUPERUSER_PASSWORD: &str = "owner-secret";

pub struct Postgres {
    dir: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
    /// `Some(user)` when the server runs as another user than the test (the test is root).
    run_as: Option<&'static str>,
    running: bool,
    /// Whether the server offers TLS (`ssl = on`, with `server.crt` and `server.key`).
    pub tls: bool,
}

impl Postgres {
    /// A new cluster, started.
    pub fn start() -> Postgres {
        let pg = Postgres::init();
        pg.resume_now()
    }

    /// A new cluster offering TLS with the certificate `cert` and its private key `key` (PEM
    /// files), started.
    pub fn start_with_tls(cert: &Path, key: &Path) -> Postgres {
        let mut pg = Postgres::init();
        for (from, name) in [(cert, "server.crt"), (key, "server.key")] {
            let to = pg.dir.path().join("data").join(name);
            std::fs::copy(from, &to).unwrap();
            // The server refuses a key others may read.
            std::fs::set_permissions(&to, std::fs::Permissions::from_mode(0o600)).unwrap();
            if let Some(user) = pg.run_as {
                let (uid, gid) = (id(user, "-u"), id(user, "-g"));
                std::os::unix::fs::chown(&to, Some(uid), Some(gid)).unwrap();
            }
        }
        pg.tls = true;
        pg.resume_now()
    }

    fn resume_now(mut self) -> Postgres {
        self.resume();
        self
    }

    /// A new cluster, not started.
    fn init() -> Postgres {
        let bin = bin_dir();
        let run_as = is_root().then_some("nobody");
        let dir = tempfile::Builder::new()
            .prefix("relais-pg")
            .tempdir()
            .unwrap();
        if let Some(user) = run_as {
            let (uid, gid) = (id(user, "-u"), id(user, "-g"));
            std::os::unix::fs::chown(dir.path(), Some(uid), Some(gid)).unwrap();
        }
        let port = free_port();
        let pg = Postgres {
            dir,
            bin,
            port,
            run_as,
            running: false,
            tls: false,
        };
        let pwfile = pg.dir.path().join("pwfile");
        std::fs::write(&pwfile, SUPERUSER_PASSWORD).unwrap();
        if let Some(user) = run_as {
            let (uid, gid) = (id(user, "-u"), id(user, "-g"));
            std::os::unix::fs::chown(&pwfile, Some(uid), Some(gid)).unwrap();
        }
        let data = pg.data();
        pg.run(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                SUPERUSER,
                "--pwfile",
                &pwfile.display().to_string(),
                "--auth-host=scram-sha-256",
                "--auth-local=trust",
                "--no-locale",
                "-E",
                "UTF8",
                "--no-sync",
            ],
        );
        pg
    }

    /// Starts the server again (after `stop`), on the same port.
    pub fn resume(&mut self) {
        let options = format!(
            "-c listen_addresses=127.0.0.1 -p {} -k {} -c fsync=off -c full_page_writes=off \
             -c log_connections=on -c ssl={}",
            self.port,
            self.dir.path().display(),
            if self.tls { "on" } else { "off" }
        );
        let log = self.dir.path().join("server.log").display().to_string();
        let data = self.data();
        self.run(
            "pg_ctl",
            &["-D", &data, "-l", &log, "-o", &options, "-w", "start"],
        );
        self.running = true;
    }

    /// Stops the server at once, as a cut would (clients are dropped, nothing is flushed).
    pub fn stop(&mut self) {
        let data = self.data();
        self.run("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]);
        self.running = false;
    }

    /// A URL for `role` over TCP, without TLS: allowed on loopback only (fleet::connect).
    pub fn url(&self, role: &str) -> String {
        format!(
            "postgresql://{role}@127.0.0.1:{}/postgres?sslmode=disable",
            self.port
        )
    }

    /// The same with the password in it.
    pub fn url_with_password(&self, role: &str, password: &str) -> String {
        format!(
            "postgresql://{role}:{password}@127.0.0.1:{}/postgres?sslmode=disable",
            self.port
        )
    }

    /// The superuser's URL (the database's owner, who migrates and creates roles).
    pub fn owner_url(&self) -> String {
        self.url_with_password(SUPERUSER, SUPERUSER_PASSWORD)
    }

    /// The port the server listens on (127.0.0.1 only).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// What the server logged so far (its connections among the rest).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }

    pub fn owner(&self) -> postgres::Client {
        postgres::Client::connect(&self.owner_url(), postgres::NoTls).unwrap()
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    /// A server command, as the server's user.
    fn command(&self, program: &str) -> Command {
        let program = self.bin.join(program);
        let mut command = match self.run_as {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(&program);
                c
            }
            None => Command::new(&program),
        };
        // `nobody` cannot enter root's home: start from a folder everyone may read.
        command.current_dir("/");
        command
    }

    fn run(&self, program: &str, args: &[&str]) -> Output {
        let output = self.command(program).args(args).output().unwrap();
        assert!(
            output.status.success(),
            "{program} {args:?}: {}{}\nserver log:\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr),
            std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
        );
        output
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        if self.running {
            let data = self.data();
            let _ = self
                .command("pg_ctl")
                .args(["-D", &data, "-m", "immediate", "-w", "stop"])
                .output();
        }
    }
}

/// The newest installed PostgreSQL's binaries.
fn bin_dir() -> PathBuf {
    let base = Path::new("/usr/lib/postgresql");
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir(base)
        .unwrap_or_else(|e| {
            panic!(
                "{} ({e}): run scripts/install-deps.sh (package postgresql)",
                base.display()
            )
        })
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.file_name().to_str()?.parse().ok()?, e.path().join("bin"))))
        .filter(|(_, bin)| bin.join("initdb").is_file())
        .collect();
    versions.sort();
    versions
        .pop()
        .expect("no PostgreSQL server in /usr/lib/postgresql: run scripts/install-deps.sh")
        .1
}

fn is_root() -> bool {
    id("", "-u") == 0
}

/// `id -u USER` or `id -g USER` (the current user when `user` is empty).
fn id(user: &str, flag: &str) -> u32 {
    let mut command = Command::new("id");
    command.arg(flag);
    if !user.is_empty() {
        command.arg(user);
    }
    let output = command.output().unwrap();
    String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .unwrap()
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
