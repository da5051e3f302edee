//! Admin access: the PIN that opens the admin screen, and the limit on wrong attempts.
//!
//! The PIN is never stored: its Argon2id hash is, as a PHC string (`$argon2id$v=19$...`, salt
//! and parameters inside) in the file `admin-pin` of the data folder (the folder of the
//! database, `/var/lib/relais/` once installed), readable by the kiosk's user only (0600).
//! `relais admin set-pin` writes it; the kiosk reads it at every attempt, so a new PIN works
//! without a restart. Without that file the admin screen stays closed: a kiosk in a public
//! room must never open to whoever finds the hidden long press.
//!
//! Wrong attempts are limited: the first [`FREE_ATTEMPTS`] cost nothing, then each further
//! wrong PIN locks the pad for twice as long as the one before, from [`FIRST_LOCKOUT`] up to
//! [`MAX_LOCKOUT`]. A 4-digit PIN then takes months to guess by hand. The count survives a
//! restart (file `admin-attempts.json` beside the PIN), so pulling the plug does not reset
//! it. A right PIN, or a new PIN set from a shell, clears it.
//!
//! Time is always an argument (`now`), never read here, so the rules are tested without
//! waiting. Wall-clock time is used because the lockout must survive a restart; a clock that
//! jumps backwards (a Raspberry Pi has no battery clock) can never lock for longer than
//! [`MAX_LOCKOUT`] from the next attempt. Nothing here is logged with the PIN or anything typed.

use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::Context;
use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use serde::{Deserialize, Serialize};

use crate::config::Config;

/// The PIN hash, in the data folder.
pub const PIN_FILE: &str = "admin-pin";
/// The count of wrong attempts and the end of the current lockout, in the data folder.
pub const ATTEMPTS_FILE: &str = "admin-attempts.json";
/// A PIN has this many digits: short enough for a touch pad, and never a word or a date typed
/// on a keyboard.
pub const PIN_DIGITS: RangeInclusive<usize> = 4..=8;
/// Wrong attempts allowed before the first lockout (a slip of the finger is not an attack).
pub const FREE_ATTEMPTS: u32 = 3;
/// The first lockout; each further wrong PIN doubles it.
pub const FIRST_LOCKOUT: Duration = Duration::from_secs(30);
/// The longest lockout: long enough to make guessing hopeless, short enough that the site's
/// admin, who may mistype too, is not kept out for the day.
pub const MAX_LOCKOUT: Duration = Duration::from_secs(15 * 60);

/// Why a PIN cannot be used. The messages never repeat the PIN.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinFormatError {
    #[error("the PIN must have 4 to 8 digits; this one has {0}")]
    Length(usize),
    #[error("the PIN must be 4 to 8 digits (0 to 9), with nothing else")]
    NotDigits,
}

/// Checks that `pin` is 4 to 8 ASCII digits.
pub fn check_pin_format(pin: &str) -> Result<(), PinFormatError> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinFormatError::NotDigits);
    }
    if !PIN_DIGITS.contains(&pin.len()) {
        return Err(PinFormatError::Length(pin.len()));
    }
    Ok(())
}

/// The PHC string of `pin`: Argon2id with the crate's default (OWASP-recommended) cost and a
/// fresh random salt. About a tenth of a second on a Raspberry Pi 4, which also slows guessing.
pub fn hash_pin(pin: &str) -> anyhow::Result<String> {
    check_pin_format(pin)?;
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map_err(|error| anyhow::anyhow!("the PIN could not be hashed: {error}"))?;
    Ok(hash.to_string())
}

/// Whether `pin` matches the PHC string `phc`. A malformed hash matches nothing.
pub fn verify_pin(phc: &str, pin: &str) -> bool {
    PasswordHash::new(phc.trim()).is_ok_and(|hash| {
        Argon2::default()
            .verify_password(pin.as_bytes(), &hash)
            .is_ok()
    })
}

/// Wrong attempts so far, and until when the pad is locked. Pure: time comes in as `now`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Attempts {
    /// Wrong PINs since the last right one.
    pub failures: u32,
    /// End of the current lockout, in seconds since 1970 (UTC), if one was ever set.
    pub locked_until: Option<u64>,
}

impl Attempts {
    /// How long the pad stays locked at `now`, if it is.
    pub fn locked_for(&self, now: SystemTime) -> Option<Duration> {
        let until = UNIX_EPOCH + Duration::from_secs(self.locked_until?);
        let remaining = until.duration_since(now).ok().filter(|d| !d.is_zero())?;
        // A clock set back (no battery clock, a wrong NTP answer) must not lock for days.
        Some(remaining.min(MAX_LOCKOUT))
    }

    /// Brings a lockout that ends further than [`MAX_LOCKOUT`] from `now` (the clock was set
    /// back since it began) to `now + MAX_LOCKOUT`, so that it does end. Returns whether it
    /// changed anything.
    pub fn clamp_to_clock(&mut self, now: SystemTime) -> bool {
        let latest = unix_seconds(now) + MAX_LOCKOUT.as_secs();
        match self.locked_until {
            Some(until) if until > latest => {
                self.locked_until = Some(latest);
                true
            }
            _ => false,
        }
    }

    /// Counts a wrong PIN at `now`, and starts a lockout once the free attempts are used.
    pub fn record_failure(&mut self, now: SystemTime) {
        self.failures = self.failures.saturating_add(1);
        if let Some(lockout) = lockout_after(self.failures) {
            let now_secs = unix_seconds(now);
            // Rounded up, so a lockout is never a second shorter than announced.
            let lockout_secs = lockout.as_secs() + u64::from(lockout.subsec_nanos() > 0);
            self.locked_until = Some(now_secs + lockout_secs);
        }
    }

    /// A right PIN: everything is forgiven.
    pub fn record_success(&mut self) {
        *self = Attempts::default();
    }

    /// Wrong PINs still possible before the first lockout.
    pub fn free_attempts_left(&self) -> u32 {
        FREE_ATTEMPTS.saturating_sub(self.failures)
    }
}

fn unix_seconds(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs()
}

/// The lockout that follows the `failures`-th wrong PIN in a row, if any.
pub fn lockout_after(failures: u32) -> Option<Duration> {
    let beyond_free = failures.checked_sub(FREE_ATTEMPTS)?;
    // 30 s, 1 min, 2 min, 4 min, 8 min, then 15 min for every further attempt.
    let doublings = beyond_free.min(16);
    Some(
        FIRST_LOCKOUT
            .saturating_mul(1 << doublings)
            .min(MAX_LOCKOUT),
    )
}

/// The answer to a PIN typed on the admin pad.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinCheck {
    /// Right PIN: open the admin screen.
    Accepted,
    /// Wrong PIN; this many more wrong PINs are allowed before a lockout.
    Wrong { free_attempts_left: u32 },
    /// Locked (by this attempt or an earlier one): the PIN was not even looked at. Try again
    /// after `remaining`.
    LockedOut { remaining: Duration },
    /// No usable PIN file: the admin screen stays closed until `relais admin set-pin` is run.
    NotSet,
}

/// The admin pad's gatekeeper: the PIN file and the attempt count of one data folder.
#[derive(Debug)]
pub struct AdminGate {
    pin_file: PathBuf,
    attempts_file: PathBuf,
    attempts: Attempts,
}

impl AdminGate {
    /// The gate of `data_dir`, with the attempts remembered there (none if the file is missing;
    /// an unreadable file is reported and counts as none: it cannot lock anybody out for good).
    pub fn open(data_dir: &Path) -> AdminGate {
        let attempts_file = data_dir.join(ATTEMPTS_FILE);
        let attempts = match std::fs::read_to_string(&attempts_file) {
            Ok(text) => serde_json::from_str(&text).unwrap_or_else(|error| {
                tracing::warn!(
                    "{} is not readable ({error}); counting wrong PINs from zero",
                    attempts_file.display()
                );
                Attempts::default()
            }),
            Err(_) => Attempts::default(),
        };
        AdminGate {
            pin_file: data_dir.join(PIN_FILE),
            attempts_file,
            attempts,
        }
    }

    /// Whether a PIN has been set (the admin screen can open at all).
    pub fn pin_is_set(&self) -> bool {
        self.read_hash().is_some()
    }

    /// How long the pad stays locked at `now`, if it is (for a countdown on the pad).
    pub fn locked_for(&self, now: SystemTime) -> Option<Duration> {
        self.attempts.locked_for(now)
    }

    pub fn attempts(&self) -> &Attempts {
        &self.attempts
    }

    /// Checks a PIN typed at `now`. While locked the PIN is not checked at all, so a lockout
    /// cannot be used to test PINs; every wrong PIN is remembered on disk at once.
    pub fn check(&mut self, pin: &str, now: SystemTime) -> PinCheck {
        if self.attempts.clamp_to_clock(now) {
            self.save_attempts();
        }
        if let Some(remaining) = self.attempts.locked_for(now) {
            return PinCheck::LockedOut { remaining };
        }
        let Some(hash) = self.read_hash() else {
            return PinCheck::NotSet;
        };
        if verify_pin(&hash, pin) {
            if self.attempts != Attempts::default() {
                self.attempts.record_success();
                self.save_attempts();
            }
            tracing::info!("admin screen opened with the PIN");
            return PinCheck::Accepted;
        }
        self.attempts.record_failure(now);
        self.save_attempts();
        match self.attempts.locked_for(now) {
            Some(remaining) => {
                tracing::warn!(
                    "wrong admin PIN ({} in a row): the PIN pad is locked for {} s",
                    self.attempts.failures,
                    remaining.as_secs()
                );
                PinCheck::LockedOut { remaining }
            }
            None => {
                tracing::info!("wrong admin PIN ({} in a row)", self.attempts.failures);
                PinCheck::Wrong {
                    free_attempts_left: self.attempts.free_attempts_left(),
                }
            }
        }
    }

    fn read_hash(&self) -> Option<String> {
        match std::fs::read_to_string(&self.pin_file) {
            Ok(text) if PasswordHash::new(text.trim()).is_ok() => Some(text.trim().to_string()),
            Ok(_) => {
                tracing::error!(
                    "{} does not hold a PIN hash; run `relais admin set-pin` again",
                    self.pin_file.display()
                );
                None
            }
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
            Err(error) => {
                tracing::error!("{} cannot be read: {error}", self.pin_file.display());
                None
            }
        }
    }

    fn save_attempts(&self) {
        let text = serde_json::to_string(&self.attempts).expect("plain numbers serialise");
        if let Err(error) = write_private(&self.attempts_file, &text) {
            // The limit still holds in memory until the next restart.
            tracing::warn!("the count of wrong PINs is not kept across restarts: {error:#}");
        }
    }
}

/// The data folder: the folder of the database (`[store] path`), where the PIN lives too.
pub fn data_dir(config: &Config) -> PathBuf {
    config
        .store
        .path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Hashes `pin` into `data_dir/admin-pin` (mode 0600) and forgets earlier wrong attempts.
/// Returns the file written. The data folder is created if needed.
pub fn set_pin(data_dir: &Path, pin: &str) -> anyhow::Result<PathBuf> {
    let hash = hash_pin(pin)?;
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("the data folder {} cannot be created", data_dir.display()))?;
    let pin_file = data_dir.join(PIN_FILE);
    write_private(&pin_file, &format!("{hash}\n"))?;
    match std::fs::remove_file(data_dir.join(ATTEMPTS_FILE)) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => {
            return Err(error).with_context(|| {
                format!(
                    "the PIN is set, but the earlier lockout in {} could not be cleared",
                    data_dir.join(ATTEMPTS_FILE).display()
                )
            });
        }
    }
    Ok(pin_file)
}

/// `relais admin set-pin`: reads the new PIN from standard input, never from the command line
/// (shell history and `ps` would show it). On a terminal it is asked twice, without echo; from
/// a pipe, the first line is read. Returns the file written.
pub fn set_pin_from_stdin(config: &Config) -> anyhow::Result<PathBuf> {
    use std::io::IsTerminal;

    let pin = if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("New admin PIN (4 to 8 digits): ")
            .context("the PIN could not be read from the terminal")?;
        check_pin_format(first.trim())?;
        let again = rpassword::prompt_password("The same PIN again: ")
            .context("the PIN could not be read from the terminal")?;
        if first.trim() != again.trim() {
            anyhow::bail!("the two PINs differ; nothing was changed");
        }
        first
    } else {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .context("the PIN could not be read from standard input")?;
        line
    };
    set_pin(&data_dir(config), pin.trim())
}

/// Writes `text` to `path` atomically (a temporary file renamed over it, so a power cut leaves
/// the old file or the new one), readable by its owner only. The file gets the owner of its
/// folder: `sudo relais admin set-pin` must leave a file that the kiosk's user can read.
fn write_private(path: &Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::{MetadataExt, PermissionsExt};

    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut file = tempfile::Builder::new()
        .prefix(".relais-")
        .permissions(std::fs::Permissions::from_mode(0o600))
        .tempfile_in(folder)
        .with_context(|| format!("{} cannot be written", folder.display()))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.as_file().sync_all())
        .with_context(|| format!("{} cannot be written", path.display()))?;
    let owner = std::fs::metadata(folder)
        .with_context(|| format!("{} cannot be read", folder.display()))?;
    let mine = file.as_file().metadata()?;
    if (mine.uid(), mine.gid()) != (owner.uid(), owner.gid()) {
        std::os::unix::fs::fchown(file.as_file(), Some(owner.uid()), Some(owner.gid()))
            .with_context(|| {
                format!(
                    "{} cannot be given to the owner of {}",
                    path.display(),
                    folder.display()
                )
            })?;
    }
    file.persist(path)
        .with_context(|| format!("{} cannot be written", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(1_800_000_000 + secs)
    }

    #[test]
    fn pin_format() {
        assert_eq!(check_pin_format("1234"), Ok(()));
        assert_eq!(check_pin_format("12345678"), Ok(()));
        assert_eq!(check_pin_format("123"), Err(PinFormatError::Length(3)));
        assert_eq!(
            check_pin_format("123456789"),
            Err(PinFormatError::Length(9))
        );
        assert_eq!(check_pin_format(""), Err(PinFormatError::Length(0)));
        assert_eq!(check_pin_format("12a4"), Err(PinFormatError::NotDigits));
        assert_eq!(check_pin_format("1234 "), Err(PinFormatError::NotDigits));
        // Other scripts' digits are not on the pad.
        assert_eq!(check_pin_format("١٢٣٤"), Err(PinFormatError::NotDigits));
    }

    #[test]
    fn lockouts_double_up_to_the_cap() {
        let lockouts: Vec<Option<u64>> = (1..=10)
            .map(|n| lockout_after(n).map(|d| d.as_secs()))
            .collect();
        assert_eq!(
            lockouts,
            [
                None,
                None,
                Some(30),
                Some(60),
                Some(120),
                Some(240),
                Some(480),
                Some(900),
                Some(900),
                Some(900)
            ]
        );
        assert_eq!(lockout_after(u32::MAX), Some(MAX_LOCKOUT));
    }

    #[test]
    fn a_lockout_ends_and_a_clock_set_back_cannot_stretch_it() {
        let mut attempts = Attempts::default();
        for _ in 0..3 {
            attempts.record_failure(at(0));
        }
        assert_eq!(attempts.locked_for(at(0)), Some(Duration::from_secs(30)));
        assert_eq!(attempts.locked_for(at(29)), Some(Duration::from_secs(1)));
        assert_eq!(attempts.locked_for(at(30)), None);
        // The clock jumps a year back: the lockout still ends within MAX_LOCKOUT of it.
        let a_year_back = at(0) - Duration::from_secs(365 * 24 * 3600);
        assert_eq!(attempts.locked_for(a_year_back), Some(MAX_LOCKOUT));
        assert!(attempts.clamp_to_clock(a_year_back));
        assert!(!attempts.clamp_to_clock(a_year_back), "once is enough");
        assert_eq!(attempts.locked_for(a_year_back + MAX_LOCKOUT), None);
        // A lockout within bounds is left alone.
        let mut attempts = Attempts::default();
        for _ in 0..3 {
            attempts.record_failure(at(0));
        }
        assert!(!attempts.clamp_to_clock(at(0)));
        assert_eq!(attempts.locked_for(at(0)), Some(Duration::from_secs(30)));
    }

    #[test]
    fn hash_is_a_phc_string_that_verifies_only_its_pin() {
        let phc = hash_pin("2468").unwrap();
        assert!(phc.starts_with("$argon2id$"), "{phc}");
        assert!(!phc.contains("2468"));
        assert!(verify_pin(&phc, "2468"));
        assert!(!verify_pin(&phc, "2469"));
        assert!(!verify_pin("not a hash", "2468"));
        // Two hashes of one PIN differ (random salt).
        assert_ne!(phc, hash_pin("2468").unwrap());
    }
}
