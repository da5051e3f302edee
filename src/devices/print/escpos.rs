//! The ESC/POS renderer: a handoff as the bytes a thermal receipt printer takes, built with the
//! `escpos` crate on a driver that only collects bytes (so rendering is pure and testable).
//!
//! Text goes out in code page 858 (selected with `ESC t n` right after `ESC @`; `n` is 19 on
//! Epson and most clones, and configurable as `code-page` for printers that number their
//! tables differently), encoded by `pc858`. The agent's part is French. The visitor's part is printed in the visitor's language
//! when the code page can write it; otherwise (Arabic, Ukrainian…) its French copy is printed.
//! Both parts carry a native QR code (`GS ( k`): the case for the agent's scanner, the official
//! page for the visitor. The job ends with a cut (`GS V`).

use std::cell::RefCell;
use std::rc::Rc;

use escpos::driver::Driver;
use escpos::printer::Printer;
use escpos::printer_options::PrinterOptions;
use escpos::utils::{JustifyMode, Protocol, QRCodeCorrectionLevel, QRCodeModel, QRCodeOption};

use super::layout::{self, Block};
use super::{PrintError, pc858, raster, typeset};
use crate::handoff::HandoffRecord;

/// What the renderer needs to know about the printer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// 80, else 58.
    pub paper_width_mm: u32,
    /// The `ESC t` number of code page 858 on this printer.
    pub code_page: u8,
}

/// `ESC t 19`: PC858 on Epson printers and most clones.
pub const PC858_EPSON: u8 = crate::config::DEFAULT_CODE_PAGE;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            paper_width_mm: 80,
            code_page: PC858_EPSON,
        }
    }
}

impl Settings {
    pub fn paper(paper_width_mm: u32) -> Settings {
        Settings {
            paper_width_mm,
            ..Settings::default()
        }
    }
}

/// Renders a handoff for the printer described by `settings`.
pub fn render(record: &HandoffRecord, settings: &Settings) -> Result<Vec<u8>, PrintError> {
    let paper_width_mm = settings.paper_width_mm;
    let columns = super::columns(paper_width_mm);
    // QR module size in dots: a version 8 code (49 modules) stays under 58 mm (384 dots).
    let qr_size = if paper_width_mm == 58 { 4 } else { 6 };
    let agent = layout::agent(
        record,
        pc858::can_encode(&record.handoff.agent.language_own_name),
    );
    let visitor = layout::visitor(record, &record.handoff.visitor);

    let memory = Memory::default();
    // The crate's page codes carry Epson's numbers; the code page is selected by hand so that
    // its number can follow the printer's.
    let options = PrinterOptions::new(None, None, u8::try_from(columns).unwrap_or(u8::MAX));
    let mut printer = Printer::new(memory.clone(), Protocol::default(), Some(options));
    let render_error = |e: escpos::errors::PrinterError| PrintError::Render(e.to_string());
    printer
        .init()
        .and_then(|p| p.custom(&[0x1b, b't', settings.code_page]))
        .map_err(render_error)?;
    for block in &agent {
        emit(&mut printer, &block.map_text(pc858::fold), columns, qr_size).map_err(render_error)?;
    }
    if !record.handoff.visitor.right_to_left && printable(&visitor) {
        for block in &visitor {
            emit(&mut printer, &block.map_text(pc858::fold), columns, qr_size)
                .map_err(render_error)?;
        }
    } else {
        let families = typeset::families(&visitor);
        let width = raster::dots(paper_width_mm);
        // Text between QR codes becomes one image; QR codes stay native (sharper, smaller).
        for group in visitor.chunk_by(|a, b| matches!(a, Block::Qr(_)) == matches!(b, Block::Qr(_)))
        {
            if matches!(group[0], Block::Qr(_)) {
                for block in group {
                    emit(&mut printer, block, columns, qr_size).map_err(render_error)?;
                }
            } else {
                let image =
                    raster::render(group, width, families, record.handoff.visitor.right_to_left);
                raster_image(&mut printer, &image).map_err(render_error)?;
            }
        }
    }
    printer
        .feed()
        .and_then(|p| p.print_cut())
        .map_err(render_error)?;
    Ok(memory.take())
}

/// Whether code page 858 can write every text of these blocks.
fn printable(blocks: &[Block]) -> bool {
    blocks.iter().all(|b| pc858::can_encode(&b.text()))
}

/// Rows per `GS v 0` command: printers cap the height of one image (2303 rows on Epson's,
/// less on some clones), and bands keep each command small for their buffers.
pub const RASTER_BAND_ROWS: u32 = 256;

/// An image as `GS v 0` commands (normal density), band by band.
fn raster_image(
    printer: &mut Printer<Memory>,
    image: &raster::Bitmap,
) -> escpos::errors::Result<()> {
    printer.justify(JustifyMode::LEFT)?;
    for band in image.bands(RASTER_BAND_ROWS) {
        let [xl, xh] = u16::try_from(band.bytes_per_row())
            .unwrap_or(0)
            .to_le_bytes();
        let [yl, yh] = u16::try_from(band.height).unwrap_or(0).to_le_bytes();
        let mut command = vec![0x1d, b'v', b'0', 0, xl, xh, yl, yh];
        command.extend_from_slice(&band.bits);
        printer.custom(&command)?;
    }
    Ok(())
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
        let bytes = render(&record, &Settings::paper(80)).unwrap();
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
        let text = Job::decode(&render(&record, &Settings::paper(80)).unwrap())
            .unwrap()
            .text();
        assert!(text.contains("Démarche : RSA - l'aide !\n"), "{text}");
    }

    #[test]
    fn scripts_the_printer_lacks_print_as_an_image() {
        for (language, paper, dots) in [("ar", 80, 576), ("uk", 80, 576), ("ar", 58, 384)] {
            let record = sample::record(
                language,
                Ending::AskedForPerson {
                    at: StopPoint::Node("phone".into()),
                },
            );
            let bytes = render(&record, &Settings::paper(paper)).unwrap();
            let job = Job::decode(&bytes).unwrap();
            let text = job.text();
            // The agent's part stays French text; the agent learns the language by its French
            // name only, and no character the printer lacks was replaced by `?`.
            let french_name = if language == "ar" {
                "arabe"
            } else {
                "ukrainien"
            };
            assert!(
                text.contains(&format!("Langue : {french_name} - interprète")),
                "{text}"
            );
            assert!(!text.contains("Votre numéro"), "no French copy: {text}");
            let questions: usize = layout::agent(&record, false)
                .iter()
                .map(|b| b.text().matches('?').count())
                .sum();
            assert_eq!(text.matches('?').count(), questions, "{text}");
            // The visitor's part is an image the width of the paper, with ink on it, exactly
            // as drawn; the official link stays a native QR code after it.
            let images = job.images();
            assert!(!images.is_empty());
            let visitor = &record.handoff.visitor;
            let blocks = layout::visitor(&record, visitor);
            let families = typeset::families(&blocks);
            let first_text: Vec<Block> = blocks
                .iter()
                .take_while(|b| !matches!(b, Block::Qr(_)))
                .cloned()
                .collect();
            assert_eq!(
                images[0],
                raster::render(&first_text, dots, families, visitor.right_to_left)
            );
            for image in &images {
                assert_eq!(image.width, dots);
                assert!(image.black_dots() > 1000, "{language}: a blank image");
            }
            assert_eq!(job.qr_codes().len(), 2, "{language}");
            assert!(job.ops.iter().all(|op| match op {
                Op::Raster(band) => band.height <= RASTER_BAND_ROWS,
                _ => true,
            }));
        }
    }

    #[test]
    fn the_code_page_number_follows_the_printer() {
        let record = sample::record("fr", outcome());
        let settings = Settings {
            code_page: 16,
            ..Settings::default()
        };
        let bytes = render(&record, &settings).unwrap();
        assert_eq!(&bytes[..5], b"\x1b@\x1bt\x10");
        // The bytes of the text do not change: only the table's number does.
        assert_eq!(
            bytes[5..],
            render(&record, &Settings::default()).unwrap()[5..]
        );
    }

    #[test]
    fn on_58_mm_paper_every_line_fits_32_columns() {
        let record = sample::record("fr", outcome());
        let job = Job::decode(&render(&record, &Settings::paper(58)).unwrap()).unwrap();
        for line in job.text().lines() {
            assert!(line.chars().count() <= 32, "{line:?}");
        }
        assert!(job.text().contains(&"═".repeat(32)));
        assert!(job.ops.contains(&Op::QrSetting(67, vec![4])));
    }
}
