//! The `escpos-tcp` backend: the ESC/POS job sent raw over TCP (port 9100, "JetDirect"), with
//! bounded waits so that a printer that is off, busy or jammed costs the print queue a few
//! seconds at most.
//!
//! Before the job, the printer is asked for its paper sensor status (real-time `DLE EOT 4`,
//! answered even while the printer is offline): a printer out of paper would otherwise take the
//! bytes into its buffer and print nothing, and a printer that accepts connections but is hung
//! would swallow the job silently. Both become errors, so the queue keeps the handoff and tries
//! again. Printers that never answer status requests can turn the check off (`status-check`).

use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream, ToSocketAddrs};
use std::time::Duration;

use super::{PrintError, PrinterBackend, escpos};
use crate::handoff::HandoffRecord;

/// How long each step may take.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    /// To open the connection.
    pub connect: Duration,
    /// For the printer to take more bytes while the job is being sent.
    pub write: Duration,
    /// After the job, for the printer to close its side (or to reset the connection, which
    /// means the job was cut). A printer that keeps the connection open is not an error.
    pub linger: Duration,
    /// For the answer to the paper status request; `None`: no status request.
    pub status: Option<Duration>,
}

/// How long a printer may take to answer `DLE EOT` (it answers in milliseconds when it is on).
pub fn status_timeout() -> Duration {
    Duration::from_secs(2)
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(3),
            write: Duration::from_secs(5),
            linger: Duration::from_millis(500),
            status: Some(status_timeout()),
        }
    }
}

/// `DLE EOT 4`: transmit the paper roll sensor status.
pub const PAPER_STATUS_REQUEST: [u8; 3] = [0x10, 0x04, 0x04];

/// What the answer to `DLE EOT 4` says about the paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaperStatus {
    Present,
    /// Near its end: printing goes on, the log says so.
    NearEnd,
    Out,
}

impl PaperStatus {
    /// Reads the answer to `DLE EOT 4` strictly, as the ESC/POS reference gives it
    /// (https://download4.epson.biz/sec_pubs/pos/reference_en/escpos/dle_eot.html): bit 0
    /// clear, bit 1 set, bit 4 set, bit 7 clear; bits 2 and 3 both clear (paper adequate) or
    /// both set (near end); bits 5 and 6 both clear (paper present) or both set (out of paper).
    /// Anything else is not an answer to the request (`None`): the device at that address
    /// speaks something else, and saying "out of paper" would send the admin to the wrong place.
    pub fn parse(byte: u8) -> Option<PaperStatus> {
        let pair = |mask: u8| match byte & mask {
            0 => Some(false),
            both if both == mask => Some(true),
            _ => None,
        };
        if byte & 0b1001_0011 != 0b0001_0010 {
            return None;
        }
        let (near_end, out) = (pair(0b0000_1100)?, pair(0b0110_0000)?);
        Some(if out {
            PaperStatus::Out
        } else if near_end {
            PaperStatus::NearEnd
        } else {
            PaperStatus::Present
        })
    }
}

pub struct TcpPrinter {
    address: String,
    settings: escpos::Settings,
    timeouts: Timeouts,
}

impl TcpPrinter {
    pub fn new(address: String, settings: escpos::Settings, timeouts: Timeouts) -> Self {
        TcpPrinter {
            address,
            settings,
            timeouts,
        }
    }
}

impl PrinterBackend for TcpPrinter {
    fn describe(&self) -> String {
        format!("ESC/POS printer at {} (TCP)", self.address)
    }

    fn confirms(&self) -> bool {
        self.timeouts.status.is_some()
    }

    fn print(&self, record: &HandoffRecord) -> Result<String, PrintError> {
        let job = escpos::render(record, &self.settings)?;
        send(&self.address, &job, self.timeouts)?;
        Ok(format!("printer at {}", self.address))
    }
}

/// Sends `job` to `address` (`host:port`) and closes the connection.
pub fn send(address: &str, job: &[u8], timeouts: Timeouts) -> Result<(), PrintError> {
    let place = address.to_string();
    let io = |source: std::io::Error| PrintError::Io {
        place: place.clone(),
        source,
    };
    let addresses: Vec<SocketAddr> = address
        .to_socket_addrs()
        .map_err(|source| PrintError::BadAddress {
            address: place.clone(),
            source,
        })?
        .collect();
    let mut stream = connect(&place, &addresses, timeouts.connect)?;
    stream.set_write_timeout(Some(timeouts.write)).map_err(io)?;
    stream.set_nodelay(true).map_err(io)?;
    if let Some(wait) = timeouts.status {
        check_paper(&mut stream, &place, wait)?;
    }

    let mut sent = 0;
    while sent < job.len() {
        match stream.write(&job[sent..]) {
            Ok(0) => return Err(closed(&place, sent, job.len())),
            Ok(n) => sent += n,
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(write_error(&place, e, sent, job.len(), timeouts.write)),
        }
    }
    stream
        .flush()
        .map_err(|e| write_error(&place, e, sent, job.len(), timeouts.write))?;
    // Tell the printer the job is whole, then give it a moment to close its side. A reset
    // here means it dropped the connection with part of the job unread.
    let _ = stream.shutdown(Shutdown::Write);
    stream.set_read_timeout(Some(timeouts.linger)).map_err(io)?;
    let mut answer = [0u8; 64];
    loop {
        match stream.read(&mut answer) {
            Ok(0) => return Ok(()),
            // Status bytes (automatic status back): not read yet, skipped.
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                return Ok(());
            }
            Err(e) if is_cut(&e) => return Err(closed(&place, sent, job.len())),
            Err(e) => return Err(io(e)),
        }
    }
}

/// Asks for the paper status and waits for the answer.
fn check_paper(stream: &mut TcpStream, place: &str, wait: Duration) -> Result<(), PrintError> {
    let io = |source: std::io::Error| PrintError::Io {
        place: place.to_string(),
        source,
    };
    let no_answer = || PrintError::NoStatus {
        place: place.to_string(),
        seconds: wait.as_secs_f32(),
    };
    stream.write_all(&PAPER_STATUS_REQUEST).map_err(|e| {
        if is_cut(&e) {
            PrintError::ClosedAtStatus {
                place: place.to_string(),
            }
        } else {
            io(e)
        }
    })?;
    stream.set_read_timeout(Some(wait)).map_err(io)?;
    let mut answer = [0u8; 1];
    loop {
        match stream.read(&mut answer) {
            Ok(0) => {
                return Err(PrintError::ClosedAtStatus {
                    place: place.to_string(),
                });
            }
            Ok(_) => match PaperStatus::parse(answer[0]) {
                Some(PaperStatus::Out) => {
                    return Err(PrintError::PaperOut {
                        place: place.to_string(),
                    });
                }
                Some(PaperStatus::NearEnd) => {
                    tracing::warn!("the printer at {place} is nearly out of paper");
                    return Ok(());
                }
                Some(PaperStatus::Present) => return Ok(()),
                None => {
                    return Err(PrintError::Unexpected {
                        place: place.to_string(),
                        byte: answer[0],
                    });
                }
            },
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                return Err(no_answer());
            }
            Err(e) if is_cut(&e) => {
                return Err(PrintError::ClosedAtStatus {
                    place: place.to_string(),
                });
            }
            Err(e) => return Err(io(e)),
        }
    }
}

fn connect(
    place: &str,
    addresses: &[SocketAddr],
    timeout: Duration,
) -> Result<TcpStream, PrintError> {
    let mut last = None;
    for address in addresses {
        match TcpStream::connect_timeout(address, timeout) {
            Ok(stream) => return Ok(stream),
            Err(e) => last = Some(e),
        }
    }
    let place = place.to_string();
    Err(match last {
        None => PrintError::BadAddress {
            address: place,
            source: std::io::Error::new(ErrorKind::NotFound, "the name gives no address"),
        },
        Some(e) if e.kind() == ErrorKind::ConnectionRefused => PrintError::Refused { place },
        Some(e) if matches!(e.kind(), ErrorKind::TimedOut | ErrorKind::WouldBlock) => {
            PrintError::NoAnswer {
                place,
                seconds: timeout.as_secs_f32(),
            }
        }
        Some(source) => PrintError::Io { place, source },
    })
}

fn is_cut(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted | ErrorKind::BrokenPipe
    )
}

fn closed(place: &str, sent: usize, total: usize) -> PrintError {
    PrintError::ClosedMidJob {
        place: place.to_string(),
        sent,
        total,
    }
}

fn write_error(
    place: &str,
    e: std::io::Error,
    sent: usize,
    total: usize,
    timeout: Duration,
) -> PrintError {
    if is_cut(&e) {
        closed(place, sent, total)
    } else if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) {
        PrintError::Stalled {
            place: place.to_string(),
            seconds: timeout.as_secs_f32(),
            sent,
            total,
        }
    } else {
        PrintError::Io {
            place: place.to_string(),
            source: e,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_status_bytes() {
        assert_eq!(PaperStatus::parse(0x12), Some(PaperStatus::Present));
        assert_eq!(PaperStatus::parse(0x1e), Some(PaperStatus::NearEnd));
        assert_eq!(PaperStatus::parse(0x72), Some(PaperStatus::Out));
        assert_eq!(PaperStatus::parse(0x7e), Some(PaperStatus::Out));
        // Not status bytes: a fixed bit wrong (bit 0 or 7 set, bit 1 or 4 clear)…
        assert_eq!(PaperStatus::parse(0x00), None);
        assert_eq!(PaperStatus::parse(0x13), None);
        assert_eq!(PaperStatus::parse(0x92), None);
        assert_eq!(PaperStatus::parse(b'x'), None);
        // …or a sensor pair half set: `z` (0x7A) has the fixed bits right by chance.
        assert_eq!(PaperStatus::parse(b'z'), None);
        assert_eq!(PaperStatus::parse(0x32), None);
        assert_eq!(PaperStatus::parse(0x16), None);
    }
}
