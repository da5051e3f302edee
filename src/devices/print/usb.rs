//! The `escpos-usb` backend: the ESC/POS job written to the printer's device file
//! (`/dev/usb/lp0`, from the kernel's `usblp` driver). Writing to a printer that is out of
//! paper can block for ever, so the write runs on a thread of its own and the queue stops
//! waiting after a few seconds (and tries again later). The paper status is not asked for
//! here: `usblp` gives no way to read the answer reliably, so a printer that takes a whole job
//! into its buffer while out of paper is not detected (the TCP backend does detect it).

use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use super::{PrintError, PrinterBackend, escpos};
use crate::handoff::HandoffRecord;

pub struct UsbPrinter {
    device: PathBuf,
    settings: escpos::Settings,
    timeout: Duration,
}

impl UsbPrinter {
    pub fn new(device: PathBuf, settings: escpos::Settings, timeout: Duration) -> Self {
        UsbPrinter {
            device,
            settings,
            timeout,
        }
    }
}

impl PrinterBackend for UsbPrinter {
    fn describe(&self) -> String {
        format!("ESC/POS printer on {}", self.device.display())
    }

    fn print(&self, record: &HandoffRecord) -> Result<String, PrintError> {
        let job = escpos::render(record, &self.settings)?;
        write(&self.device, job, self.timeout)?;
        Ok(format!("printer on {}", self.device.display()))
    }
}

/// Writes `job` to the device file, giving up after `timeout`. The device is opened for
/// writing only and never created: a missing device is an error, not a new file.
pub fn write(device: &Path, job: Vec<u8>, timeout: Duration) -> Result<(), PrintError> {
    let path = device.to_path_buf();
    let (done, outcome) = mpsc::channel();
    // A blocked write keeps its thread until the printer takes the bytes or goes away; the
    // kiosk does not wait for it.
    std::thread::spawn(move || {
        let result = std::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .and_then(|mut file| {
                file.write_all(&job)?;
                file.flush()
            });
        let _ = done.send(result);
    });
    let place = device.display().to_string();
    match outcome.recv_timeout(timeout) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(match e.kind() {
            ErrorKind::NotFound => PrintError::DeviceMissing { path: place },
            ErrorKind::PermissionDenied => PrintError::DeviceDenied { path: place },
            _ => PrintError::Io { place, source: e },
        }),
        Err(_) => Err(PrintError::TimedOut {
            place: format!("printer on {place}"),
            seconds: timeout.as_secs_f32(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_job_lands_in_the_device_file() {
        let dir = tempfile::tempdir().unwrap();
        let device = dir.path().join("lp0");
        std::fs::write(&device, b"").unwrap();
        write(&device, b"\x1b@job".to_vec(), Duration::from_secs(5)).unwrap();
        assert_eq!(std::fs::read(&device).unwrap(), b"\x1b@job");
    }

    #[test]
    fn a_missing_device_is_reported_and_not_created() {
        let dir = tempfile::tempdir().unwrap();
        let device = dir.path().join("lp0");
        let error = write(&device, b"job".to_vec(), Duration::from_secs(5)).unwrap_err();
        assert!(matches!(error, PrintError::DeviceMissing { .. }), "{error}");
        assert!(error.to_string().contains("no printer at"), "{error}");
        assert!(!device.exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_device_that_never_takes_the_job_times_out() {
        // A FIFO with no reader: opening it for writing blocks, as a jammed printer would.
        let dir = tempfile::tempdir().unwrap();
        let device = dir.path().join("lp0");
        let made = std::process::Command::new("mkfifo")
            .arg(&device)
            .status()
            .is_ok_and(|s| s.success());
        if !made {
            return;
        }
        let started = std::time::Instant::now();
        let error = write(&device, b"job".to_vec(), Duration::from_millis(300)).unwrap_err();
        assert!(matches!(error, PrintError::TimedOut { .. }), "{error}");
        assert!(started.elapsed() < Duration::from_secs(3));
        // Let the stuck thread finish.
        let _ = std::fs::File::open(&device);
    }
}
