//! The `escpos-tcp` backend against a test printer on the loopback interface: a thread that
//! listens on 127.0.0.1, takes the job and reads it back with the same decoder as the
//! golden-bytes tests; and printers that refuse, never read, or hang up in the middle.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use relais::config::Config;
use relais::handoff::{Ending, HandoffRecord};
use relais::print::decode::{Job, Op};
use relais::print::escpos::Settings;
use relais::print::tcp::{self, Timeouts};
use relais::print::{PrintError, PrinterBackend, backend_from_config, qr, sample};

fn record() -> HandoffRecord {
    sample::record(
        "fr",
        Ending::Outcome {
            node: "reset-password".into(),
        },
    )
}

fn short() -> Timeouts {
    Timeouts {
        connect: Duration::from_secs(2),
        write: Duration::from_millis(300),
        linger: Duration::from_millis(300),
        status: None,
    }
}

/// A printer on a free loopback port that runs `behave` on the first connection.
fn printer<T: Send + 'static>(
    behave: impl FnOnce(TcpStream) -> T + Send + 'static,
) -> (String, JoinHandle<T>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let handle = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        behave(stream)
    });
    (address, handle)
}

#[test]
fn a_good_print_arrives_whole_and_decodes() {
    let started = Instant::now();
    let (address, printer) = printer(|mut stream| {
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        // The paper status request comes first; the answer says paper is present.
        let mut request = [0u8; 3];
        stream.read_exact(&mut request).unwrap();
        assert_eq!(request, tcp::PAPER_STATUS_REQUEST);
        stream.write_all(&[0x12]).unwrap();
        let mut job = Vec::new();
        stream.read_to_end(&mut job).unwrap();
        job
    });
    let mut config = Config::default();
    config.printer.backend = relais::config::BackendKind::EscposTcp;
    config.printer.address = address.clone();
    let backend = backend_from_config(&config);
    assert!(backend.describe().contains(&address));

    let record = record();
    let place = backend.print(&record).unwrap();
    assert_eq!(place, format!("printer at {address}"));

    let job = Job::decode(&printer.join().unwrap()).unwrap();
    assert_eq!(job.ops[..2], [Op::Init, Op::CodePage(19)]);
    assert_eq!(job.ops.last(), Some(&Op::Cut));
    let text = job.text();
    assert!(text.contains("POUR L'AGENT D'ACCUEIL\n"), "{text}");
    assert!(
        text.contains("Démarche : Se connecter à son compte"),
        "{text}"
    );
    assert!(text.contains("Votre numéro\n"), "{text}");
    assert_eq!(job.qr_codes()[0], qr::payload(&record));
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[test]
fn nothing_listening_is_a_refusal() {
    let address = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().to_string()
    };
    let backend = tcp::TcpPrinter::new(address.clone(), Settings::default(), short());
    let error = backend.print(&record()).unwrap_err();
    assert!(matches!(error, PrintError::Refused { .. }), "{error}");
    assert_eq!(
        error.to_string(),
        format!(
            "the printer at {address} refused the connection: is it switched on, and is this its address?"
        )
    );
}

#[test]
fn a_printer_that_never_reads_times_out() {
    // Small jobs fit in the kernel's socket buffers, so a job larger than any of them stands
    // for a printer whose buffer is full (paper out, cover open).
    let (stop, stopped) = mpsc::channel::<()>();
    let (address, printer) = printer(move |stream| {
        let _ = stopped.recv_timeout(Duration::from_secs(5));
        drop(stream);
    });
    let job = vec![b'x'; 64 * 1024 * 1024];
    let started = Instant::now();
    let error = tcp::send(&address, &job, short()).unwrap_err();
    let elapsed = started.elapsed();
    stop.send(()).unwrap();
    printer.join().unwrap();

    let PrintError::Stalled { sent, total, .. } = &error else {
        panic!("not a stall: {error}");
    };
    assert!(*sent > 0 && *sent < *total, "{sent} of {total}");
    assert!(
        error
            .to_string()
            .contains("stopped taking the job: nothing moved for 0.3 s"),
        "{error}"
    );
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[test]
fn a_printer_that_hangs_up_mid_job_is_reported() {
    let (address, printer) = printer(|mut stream| {
        let mut start = [0u8; 16];
        stream.read_exact(&mut start).unwrap();
        // Let the rest of the job arrive unread, then close: the peer sees a reset.
        std::thread::sleep(Duration::from_millis(100));
        drop(stream);
        start
    });
    let backend = tcp::TcpPrinter::new(address, Settings::default(), short());
    let error = backend.print(&record()).unwrap_err();
    assert_eq!(&printer.join().unwrap()[..2], b"\x1b@");
    assert!(matches!(error, PrintError::ClosedMidJob { .. }), "{error}");
    assert!(
        error
            .to_string()
            .contains("closed the connection in the middle of the job"),
        "{error}"
    );
}

/// What the printer answers to the paper status request, and what the admin is told (after
/// "the printer at ADDRESS ").
#[test]
fn each_answer_to_the_status_request_gets_its_own_message() {
    const UNEXPECTED: &str = "answers something unexpected (0x7a) to the paper status request: is it an ESC/POS printer?";
    // What the printer answers: `None`, nothing, the connection kept open; `Some(&[])`, the
    // connection closed. What is expected: `None`, the job printed; else the message.
    type Case = (&'static str, Option<&'static [u8]>, Option<&'static str>);
    let cases: [Case; 6] = [
        (
            "nothing",
            None,
            Some(
                "did not answer the status request within 0.3 s: is it switched on? (a model that never answers needs `status-check = false`)",
            ),
        ),
        ("0x12", Some(&[0x12]), None),
        ("0x72", Some(&[0x72]), Some("is out of paper")),
        ("0x7A", Some(&[0x7a]), Some(UNEXPECTED)),
        (
            "'z', a printer that speaks text",
            Some(b"zebra ready\r\n"),
            Some(UNEXPECTED),
        ),
        (
            "a closed socket",
            Some(&[]),
            Some(
                "closed the connection instead of answering the paper status request: is it an ESC/POS printer, and is another program printing on it?",
            ),
        ),
    ];
    for (what, answer, expected) in cases {
        let (address, printer) = printer(move |mut stream| {
            stream
                .set_read_timeout(Some(Duration::from_secs(5)))
                .unwrap();
            let mut request = [0u8; 3];
            stream.read_exact(&mut request).unwrap();
            assert_eq!(request, tcp::PAPER_STATUS_REQUEST);
            match answer {
                None => std::thread::sleep(Duration::from_millis(600)),
                Some([]) => drop(stream),
                Some(bytes) => {
                    stream.write_all(bytes).unwrap();
                    let mut rest = Vec::new();
                    let _ = stream.read_to_end(&mut rest);
                }
            }
        });
        let timeouts = Timeouts {
            status: Some(Duration::from_millis(300)),
            ..short()
        };
        let backend = tcp::TcpPrinter::new(address.clone(), Settings::default(), timeouts);
        let result = backend.print(&record()).map_err(|e| e.to_string());
        printer.join().unwrap();
        let expected = match expected {
            None => Ok(format!("printer at {address}")),
            Some(message) => Err(format!("the printer at {address} {message}")),
        };
        assert_eq!(result, expected, "{what}");
    }
}
