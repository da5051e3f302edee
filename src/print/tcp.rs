//! The `escpos-tcp` backend: the ESC/POS job sent raw over TCP (port 9100, "JetDirect"), with
//! bounded waits so that a printer that is off, busy or jammed costs the kiosk a few seconds
//! at most.

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
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(3),
            write: Duration::from_secs(5),
            linger: Duration::from_millis(500),
        }
    }
}

pub struct TcpPrinter {
    address: String,
    paper_width_mm: u32,
    timeouts: Timeouts,
}

impl TcpPrinter {
    pub fn new(address: String, paper_width_mm: u32, timeouts: Timeouts) -> Self {
        TcpPrinter {
            address,
            paper_width_mm,
            timeouts,
        }
    }
}

impl PrinterBackend for TcpPrinter {
    fn describe(&self) -> String {
        format!("ESC/POS printer at {} (TCP)", self.address)
    }

    fn print(&self, record: &HandoffRecord) -> Result<String, PrintError> {
        let job = escpos::render(record, self.paper_width_mm)?;
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
