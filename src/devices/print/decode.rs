//! Reads an ESC/POS job back into commands and text: the check behind the golden-bytes tests
//! and the loopback test printer, and a way to see what a job holds without paper.
//!
//! It knows the commands the renderer and the TCP backend send (text in code page 858, styles,
//! native QR codes, `GS v 0` raster images, the `DLE EOT` status request, the cut) and nothing
//! else: any other byte is an error, so a stray UTF-8 sequence or an unknown command fails the
//! tests instead of printing rubbish.

use super::pc858;
use super::raster::Bitmap;

const DLE: u8 = 0x10;
const EOT: u8 = 0x04;
const ESC: u8 = 0x1b;
const GS: u8 = 0x1d;
const LF: u8 = 0x0a;

/// One command or run of text of a job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// `ESC @`
    Init,
    /// `ESC t n`: the character code table.
    CodePage(u8),
    /// `ESC E n`
    Bold(bool),
    /// `ESC a n`: 0 left, 1 centre, 2 right.
    Justify(u8),
    /// `GS ! n`: character size, width and height in the high and low nibbles.
    Size(u8),
    /// Text, decoded from code page 858.
    Text(String),
    /// `LF` or `ESC d n`: `n` line feeds.
    Feed(u8),
    /// `GS ( k` storing then printing a QR code: its data.
    Qr(String),
    /// Other `GS ( k` settings (QR model, module size, error correction): function and
    /// parameters.
    QrSetting(u8, Vec<u8>),
    /// `GS V`: paper cut.
    Cut,
    /// `GS v 0`: a raster image (one band of it).
    Raster(Bitmap),
    /// `DLE EOT n`: a real-time status request (the TCP backend asks for the paper status
    /// before each job).
    StatusRequest(u8),
}

/// A decoded job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub ops: Vec<Op>,
}

impl Job {
    /// Decodes a job, or says where and why it cannot.
    pub fn decode(bytes: &[u8]) -> Result<Job, String> {
        let mut ops = Vec::new();
        let mut stored_qr: Option<String> = None;
        let mut i = 0;
        let arg = |at: usize| {
            bytes
                .get(at)
                .copied()
                .ok_or_else(|| format!("the job ends inside a command at byte {at}"))
        };
        while i < bytes.len() {
            let b = bytes[i];
            match b {
                ESC => {
                    let (op, len) = match arg(i + 1)? {
                        b'@' => (Op::Init, 2),
                        b't' => (Op::CodePage(arg(i + 2)?), 3),
                        b'E' => (Op::Bold(arg(i + 2)? & 1 == 1), 3),
                        b'a' => (Op::Justify(arg(i + 2)?), 3),
                        b'd' => (Op::Feed(arg(i + 2)?), 3),
                        other => return Err(format!("unknown command ESC {other:#04x} at {i}")),
                    };
                    ops.push(op);
                    i += len;
                }
                GS => match arg(i + 1)? {
                    b'!' => {
                        ops.push(Op::Size(arg(i + 2)?));
                        i += 3;
                    }
                    b'V' => {
                        ops.push(Op::Cut);
                        // Function A (`GS V m`) or B (`GS V m n`, feeds first).
                        i += if matches!(arg(i + 2)?, 65 | 66) { 4 } else { 3 };
                    }
                    b'v' if arg(i + 2)? == b'0' => {
                        // GS v 0 m xL xH yL yH, then xL+256·xH bytes per row for yL+256·yH rows.
                        let row_bytes = usize::from(arg(i + 4)?) + 256 * usize::from(arg(i + 5)?);
                        let rows = usize::from(arg(i + 6)?) + 256 * usize::from(arg(i + 7)?);
                        let start = i + 8;
                        let bits = bytes
                            .get(start..start + row_bytes * rows)
                            .ok_or_else(|| format!("a raster image at {i} is cut short"))?;
                        if row_bytes == 0 || rows == 0 {
                            return Err(format!("an empty raster image at {i}"));
                        }
                        ops.push(Op::Raster(Bitmap {
                            width: u32::try_from(row_bytes * 8).unwrap_or(u32::MAX),
                            height: u32::try_from(rows).unwrap_or(u32::MAX),
                            bits: bits.to_vec(),
                        }));
                        i = start + row_bytes * rows;
                    }
                    b'(' if arg(i + 2)? == b'k' => {
                        let len = usize::from(arg(i + 3)?) + 256 * usize::from(arg(i + 4)?);
                        let start = i + 5;
                        let params = bytes
                            .get(start..start + len)
                            .ok_or_else(|| format!("a GS ( k command at {i} is cut short"))?;
                        match params {
                            [49, 80, 48, data @ ..] => {
                                stored_qr = Some(String::from_utf8_lossy(data).into_owned());
                            }
                            [49, 81, ..] => {
                                ops.push(Op::Qr(stored_qr.take().ok_or_else(|| {
                                    format!("a QR code printed at {i} holds no data")
                                })?))
                            }
                            [49, function, rest @ ..] => {
                                ops.push(Op::QrSetting(*function, rest.to_vec()));
                            }
                            _ => {
                                return Err(format!("a GS ( k command at {i} is not for QR codes"));
                            }
                        }
                        i = start + len;
                    }
                    other => return Err(format!("unknown command GS {other:#04x} at {i}")),
                },
                DLE if arg(i + 1)? == EOT => {
                    ops.push(Op::StatusRequest(arg(i + 2)?));
                    i += 3;
                }
                LF => {
                    ops.push(Op::Feed(1));
                    i += 1;
                }
                _ => {
                    let c = pc858::char_of(b)
                        .ok_or_else(|| format!("unexpected control byte {b:#04x} at {i}"))?;
                    if let Some(Op::Text(text)) = ops.last_mut() {
                        text.push(c);
                    } else {
                        ops.push(Op::Text(c.to_string()));
                    }
                    i += 1;
                }
            }
        }
        Ok(Job { ops })
    }

    /// The printed text, with its line feeds.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for op in &self.ops {
            match op {
                Op::Text(text) => out.push_str(text),
                Op::Feed(n) => out.extend(std::iter::repeat_n('\n', usize::from(*n))),
                _ => {}
            }
        }
        out
    }

    /// The raster images, each made whole again from its consecutive bands.
    pub fn images(&self) -> Vec<Bitmap> {
        let mut images = Vec::new();
        let mut bands: Vec<Bitmap> = Vec::new();
        for op in self.ops.iter().chain([&Op::Init]) {
            match op {
                Op::Raster(band) => bands.push(band.clone()),
                _ if !bands.is_empty() => {
                    images.extend(Bitmap::stack(&bands));
                    bands.clear();
                }
                _ => {}
            }
        }
        images
    }

    /// The data of every QR code, in order.
    pub fn qr_codes(&self) -> Vec<&str> {
        self.ops
            .iter()
            .filter_map(|op| match op {
                Op::Qr(data) => Some(data.as_str()),
                _ => None,
            })
            .collect()
    }
}
