//! The ESC/POS renderer: a handoff as the bytes a thermal receipt printer takes, built with the
//! `escpos` crate on a driver that only collects bytes (so rendering is pure and testable).
//!
//! Text goes out in code page 858 (selected with `ESC t 19` right after `ESC @`), encoded by
//! `pc858`. The agent's part is French. The visitor's part is printed in the visitor's language
//! when the code page can write it; otherwise (Arabic, Ukrainian…) its French copy is printed.
//! Both parts carry a native QR code (`GS ( k`): the case for the agent's scanner, the official
//! page for the visitor. The job ends with a cut (`GS V`).

use std::cell::RefCell;
use std::rc::Rc;

use escpos::driver::Driver;
use escpos::printer::Printer;
use escpos::printer_options::PrinterOptions;
use escpos::utils::{
    JustifyMode, PageCode, Protocol, QRCodeCorrectionLevel, QRCodeModel, QRCodeOption,
};

use super::layout::{self, Block};
use super::{PrintError, pc858};
use crate::handoff::HandoffRecord;

/// The code page the renderer selects. Its `ESC t` number (19) is the usual one (Epson and
/// most clones); printers that number their tables differently are a TODO (issue 7).
const PAGE_CODE: PageCode = PageCode::PC858;

/// Renders a handoff for a printer with paper `paper_width_mm` wide (80, else 58).
pub fn render(record: &HandoffRecord, paper_width_mm: u32) -> Result<Vec<u8>, PrintError> {
    let columns = super::columns(paper_width_mm);
    // QR module size in dots: a version 8 code (49 modules) stays under 58 mm (384 dots).
    let qr_size = if paper_width_mm == 58 { 4 } else { 6 };
    let mut blocks = layout::agent(
        record,
        pc858::can_encode(&record.handoff.agent.language_own_name),
    );
    blocks.extend(visitor_blocks(record));

    let memory = Memory::default();
    let options = PrinterOptions::new(
        Some(PAGE_CODE),
        None,
        u8::try_from(columns).unwrap_or(u8::MAX),
    );
    let mut printer = Printer::new(memory.clone(), Protocol::default(), Some(options));
    let render_error = |e: escpos::errors::PrinterError| PrintError::Render(e.to_string());
    printer.init().map_err(render_error)?;
    for block in &blocks {
        emit(&mut printer, &block.map_text(pc858::fold), columns, qr_size).map_err(render_error)?;
    }
    printer
        .feed()
        .and_then(|p| p.print_cut())
        .map_err(render_error)?;
    Ok(memory.take())
}

/// The visitor's part in their language if the code page can write it, else in French.
fn visitor_blocks(record: &HandoffRecord) -> Vec<Block> {
    let own = layout::visitor(record, &record.handoff.visitor);
    let printable = |blocks: &[Block]| blocks.iter().all(|b| pc858::can_encode(&b.text()));
    if !record.handoff.visitor.right_to_left && printable(&own) {
        return own;
    }
    // TODO(issue 7): print the visitor's own script as a raster image (`GS v 0`, escpos feature
    // `graphics`): shape and lay the text out (the Slint software renderer or krilla's text
    // stack), threshold to 1 bit, 576 dots wide on 80 mm paper, 384 on 58 mm. Until then the
    // visitor gets the French copy, and the agent's part says which language they speak.
    match &record.handoff.visitor_french {
        Some(french) => layout::visitor(record, french),
        None => own,
    }
}

fn emit(
    printer: &mut Printer<Memory>,
    block: &Block,
    columns: usize,
    qr_size: u8,
) -> escpos::errors::Result<()> {
    match block {
        Block::Rule(c) => {
            let line = match c {
                '=' => '═',
                '-' => '─',
                other => *other,
            };
            text_line(
                printer,
                &std::iter::repeat_n(line, columns).collect::<String>(),
            )?;
        }
        Block::Heading(_) => {
            printer.bold(true)?;
            for line in block.lines(columns) {
                text_line(printer, &line)?;
            }
            printer.bold(false)?;
        }
        Block::Ticket(ticket) => {
            printer
                .justify(JustifyMode::CENTER)?
                .size(3, 3)?
                .bold(true)?;
            text_line(printer, ticket)?;
            printer
                .bold(false)?
                .reset_size()?
                .justify(JustifyMode::LEFT)?;
        }
        Block::Qr(data) => {
            let option = QRCodeOption::new(QRCodeModel::Model2, qr_size, QRCodeCorrectionLevel::M);
            printer
                .justify(JustifyMode::CENTER)?
                .qrcode_option(data, option)?
                .feed()?
                .justify(JustifyMode::LEFT)?;
        }
        _ => {
            for line in block.lines(columns) {
                text_line(printer, &line)?;
            }
        }
    }
    Ok(())
}

/// One line of text in code page 858, then a line feed.
fn text_line(printer: &mut Printer<Memory>, line: &str) -> escpos::errors::Result<()> {
    printer.custom(&pc858::encode_lossy(line))?.feed()?;
    Ok(())
}

/// An escpos driver that keeps what it is given.
#[derive(Clone, Default)]
struct Memory(Rc<RefCell<Vec<u8>>>);

impl Memory {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.borrow_mut())
    }
}

impl Driver for Memory {
    fn name(&self) -> String {
        "memory".to_string()
    }

    fn write(&self, data: &[u8]) -> escpos::errors::Result<()> {
        self.0.borrow_mut().extend_from_slice(data);
        Ok(())
    }

    fn read(&self, _buf: &mut [u8]) -> escpos::errors::Result<usize> {
        Ok(0)
    }

    fn flush(&self) -> escpos::errors::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handoff::{Ending, StopPoint};
    use crate::print::decode::{Job, Op};
    use crate::print::{qr, sample};

    fn outcome() -> Ending {
        Ending::Outcome {
            node: "reset-password".into(),
        }
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn golden_bytes_of_a_french_speaking_visitor() {
        let record = sample::record("en", outcome());
        let bytes = render(&record, 80).unwrap();
        // ESC @, then ESC t 19 (PC858), before anything else.
        assert_eq!(&bytes[..5], b"\x1b@\x1bt\x13");
        // Accented letters as single code page 858 bytes, never UTF-8.
        assert!(contains(
            &bytes,
            b"D\x82marche : Se connecter \x85 son compte"
        ));
        assert!(contains(&bytes, b"interpr\x8ate"));
        assert!(contains(&bytes, b"peut-\x88tre"));
        assert!(contains(&bytes, b"re\x87u"));
        assert!(contains(&bytes, b"\xb7 faire :"));
        assert!(!contains(&bytes, "é".as_bytes()));
        // A full cut ends the job.
        assert!(bytes.ends_with(b"\x1dVA\x00"));

        let job = Job::decode(&bytes).unwrap();
        assert_eq!(job.ops[..2], [Op::Init, Op::CodePage(19)]);
        assert_eq!(job.ops.last(), Some(&Op::Cut));
        let text = job.text();
        assert!(
            text.contains("Langue : anglais (English) - interprète"),
            "{text}"
        );
        assert!(
            text.contains("- Quel problème avez-vous ? -> Je n'ai pas reçu"),
            "{text}"
        );
        assert!(text.contains("Your number\n"), "{text}");
        assert!(text.contains("\n042\n"), "{text}");
        assert!(!text.contains('?') || text.contains("avez-vous ?"));
        assert_eq!(
            job.qr_codes(),
            [
                qr::payload(&record).as_str(),
                "https://www.service-public.fr/particuliers/vosdroits/F00000"
            ]
        );
        // Model 2, module size 6, correction level M, before each code.
        assert!(job.ops.contains(&Op::QrSetting(65, vec![50, 0])));
        assert!(job.ops.contains(&Op::QrSetting(67, vec![6])));
        assert!(job.ops.contains(&Op::QrSetting(69, vec![49])));
        // The ticket number in large bold digits, centred.
        let ticket = job
            .ops
            .iter()
            .position(|op| *op == Op::Text("042".into()))
            .unwrap();
        assert_eq!(
            job.ops[ticket - 3..ticket],
            [Op::Justify(1), Op::Size(0x22), Op::Bold(true)]
        );
    }

    #[test]
    fn isolation_marks_and_typography_do_not_reach_the_printer() {
        let mut record = sample::record("fr", outcome());
        let procedure = record.handoff.agent.procedure.as_mut().unwrap();
        procedure.title = "\u{2068}RSA\u{2069} — l’aide\u{202f}!".into();
        let text = Job::decode(&render(&record, 80).unwrap()).unwrap().text();
        assert!(text.contains("Démarche : RSA - l'aide !\n"), "{text}");
    }

    #[test]
    fn scripts_the_printer_lacks_print_the_french_copy() {
        for language in ["ar", "uk"] {
            let record = sample::record(
                language,
                Ending::AskedForPerson {
                    at: StopPoint::Node("phone".into()),
                },
            );
            let bytes = render(&record, 80).unwrap();
            let text = Job::decode(&bytes).unwrap().text();
            assert!(text.contains("Votre numéro\n"), "{language}: {text}");
            assert!(text.contains("Où aller\n"), "{language}: {text}");
            // The agent still learns the language, by its French name only, and no character
            // the printer lacks was replaced (the only `?` end the two questions).
            let french_name = if language == "ar" {
                "arabe"
            } else {
                "ukrainien"
            };
            assert!(
                text.contains(&format!("Langue : {french_name} - interprète")),
                "{text}"
            );
            assert_eq!(text.matches('?').count(), 2, "{text}");
        }
    }

    #[test]
    fn on_58_mm_paper_every_line_fits_32_columns() {
        let record = sample::record("fr", outcome());
        let job = Job::decode(&render(&record, 58).unwrap()).unwrap();
        for line in job.text().lines() {
            assert!(line.chars().count() <= 32, "{line:?}");
        }
        assert!(job.text().contains(&"═".repeat(32)));
        assert!(job.ops.contains(&Op::QrSetting(67, vec![4])));
    }
}
