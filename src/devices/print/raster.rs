//! Slip blocks drawn as a 1-bit image, for scripts a receipt printer's code pages cannot write
//! (Arabic, Cyrillic): the ESC/POS renderer sends the image with `GS v 0`.
//!
//! Text is set by `typeset.rs` (parley: shaping, bidi, line breaking) and its glyphs are drawn
//! by `swash`, the glyph renderer Slint itself draws the screen with (already built, the same
//! fonts drawn the same way). Glyph coverage is thresholded at one half: a thermal head prints
//! a dot or nothing.

use parley::PositionedLayoutItem;
use swash::FontRef;
use swash::scale::{Render, ScaleContext, Source};
use swash::zeno::{Format, Vector};

use super::layout::Block;
use super::typeset::{Piece, Sizes, Typesetter};

/// Printable width in dots: 576 on 80 mm paper, 384 on 58 mm (203 dpi print heads).
pub fn dots(paper_width_mm: u32) -> u32 {
    if paper_width_mm == 58 { 384 } else { 576 }
}

/// A 1-bit image, rows of `width / 8` bytes, most significant bit leftmost, 1 = black: the
/// layout `GS v 0` takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bitmap {
    /// A multiple of 8.
    pub width: u32,
    pub height: u32,
    pub bits: Vec<u8>,
}

impl Bitmap {
    pub fn bytes_per_row(&self) -> usize {
        (self.width / 8) as usize
    }

    pub fn is_black(&self, x: u32, y: u32) -> bool {
        let byte = self.bits[y as usize * self.bytes_per_row() + (x / 8) as usize];
        byte & (0x80 >> (x % 8)) != 0
    }

    /// How many dots are black.
    pub fn black_dots(&self) -> usize {
        self.bits.iter().map(|b| b.count_ones() as usize).sum()
    }

    /// Bands of at most `rows` rows (printers limit the height of one `GS v 0` image).
    pub fn bands(&self, rows: u32) -> Vec<Bitmap> {
        let row_bytes = self.bytes_per_row();
        (0..self.height)
            .step_by(rows as usize)
            .map(|top| {
                let height = rows.min(self.height - top);
                let start = top as usize * row_bytes;
                Bitmap {
                    width: self.width,
                    height,
                    bits: self.bits[start..start + height as usize * row_bytes].to_vec(),
                }
            })
            .collect()
    }

    /// Bands stacked again, for tests and the decoder.
    pub fn stack(bands: &[Bitmap]) -> Option<Bitmap> {
        let width = bands.first()?.width;
        if bands.iter().any(|b| b.width != width) {
            return None;
        }
        Some(Bitmap {
            width,
            height: bands.iter().map(|b| b.height).sum(),
            bits: bands.iter().flat_map(|b| b.bits.iter().copied()).collect(),
        })
    }

    /// The image as a greyscale PNG (black on white), to look at.
    pub fn to_png(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, self.width, self.height);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::One);
        // PNG's 1-bit greyscale has 1 = white: invert.
        let data: Vec<u8> = self.bits.iter().map(|b| !b).collect();
        if let Ok(mut writer) = encoder.write_header() {
            let _ = writer.write_image_data(&data);
        }
        out
    }
}

/// Sizes in dots (8 to the millimetre): body text a little larger than the printer's own font A
/// (24 dots), the ticket number as large as the screen shows it.
const SIZES: Sizes = Sizes {
    body: 28.0,
    heading: 32.0,
    ticket: 120.0,
    gap: 6.0,
    indent: 28.0,
    rule: 3.0,
};

/// Draws the text blocks (QR codes are left to the printer) `width` dots wide, in the font
/// `families`; with `right_to_left`, every paragraph runs from the right.
pub fn render(blocks: &[Block], width: u32, families: &str, right_to_left: bool) -> Bitmap {
    let text: Vec<Block> = blocks
        .iter()
        .filter(|b| !matches!(b, Block::Qr(_)))
        .cloned()
        .collect();
    let mut typesetter = Typesetter::new(width as f32, SIZES);
    let pieces = typesetter.set(&text, families, right_to_left, 0.0);
    let mut canvas = Canvas::new(width);
    canvas.grow_to(typesetter.top.ceil() as u32);
    let mut scale_cx = ScaleContext::new();
    for piece in &pieces {
        match piece {
            Piece::Rule { top, thickness } => canvas.rule(*top, *thickness),
            Piece::Qr { .. } => {}
            Piece::Text {
                layout, left, top, ..
            } => draw_text(&mut canvas, &mut scale_cx, layout, *left, *top),
        }
    }
    canvas.into_bitmap()
}

fn draw_text(
    canvas: &mut Canvas,
    scale_cx: &mut ScaleContext,
    layout: &parley::Layout<()>,
    left: f32,
    top: f32,
) {
    for line in layout.lines() {
        for item in line.items() {
            let PositionedLayoutItem::GlyphRun(glyph_run) = item else {
                continue;
            };
            let run = glyph_run.run();
            let font = run.font();
            let Some(font_ref) = FontRef::from_index(font.data.as_ref(), font.index as usize)
            else {
                continue;
            };
            let mut scaler = scale_cx
                .builder(font_ref)
                .size(run.font_size())
                .hint(false)
                .build();
            for glyph in glyph_run.positioned_glyphs() {
                let (x, y) = (left + glyph.x, top + glyph.y);
                let Ok(id) = u16::try_from(glyph.id) else {
                    continue;
                };
                let Some(image) = Render::new(&[Source::Outline])
                    .format(Format::Alpha)
                    .offset(Vector::new(x.fract(), y.fract()))
                    .render(&mut scaler, id)
                else {
                    continue;
                };
                let p = image.placement;
                canvas.blit(
                    x.floor() as i32 + p.left,
                    y.floor() as i32 - p.top,
                    p.width,
                    p.height,
                    &image.data,
                );
            }
        }
    }
}

/// Coverage (0–255) of each dot, grown downwards as blocks are drawn.
struct Canvas {
    width: u32,
    coverage: Vec<u8>,
}

impl Canvas {
    fn new(width: u32) -> Canvas {
        Canvas {
            width,
            coverage: Vec::new(),
        }
    }

    fn rows(&self) -> u32 {
        (self.coverage.len() / self.width as usize) as u32
    }

    fn grow_to(&mut self, rows: u32) {
        if rows > self.rows() {
            self.coverage.resize(rows as usize * self.width as usize, 0);
        }
    }

    fn rule(&mut self, top: f32, thickness: f32) {
        let (y, rows) = (top.round() as u32, thickness.round().max(1.0) as u32);
        self.grow_to(y + rows);
        let start = (y * self.width) as usize;
        self.coverage[start..start + (rows * self.width) as usize].fill(255);
    }

    fn blit(&mut self, left: i32, top: i32, width: u32, height: u32, alpha: &[u8]) {
        if top + height as i32 > 0 {
            self.grow_to((top + height as i32) as u32);
        }
        for row in 0..height as i32 {
            let y = top + row;
            if y < 0 {
                continue;
            }
            for column in 0..width as i32 {
                let x = left + column;
                if x < 0 || x >= self.width as i32 {
                    continue;
                }
                let a = alpha[(row * width as i32 + column) as usize];
                let dot = &mut self.coverage[y as usize * self.width as usize + x as usize];
                *dot = (*dot).max(a);
            }
        }
    }

    fn into_bitmap(self) -> Bitmap {
        let row_bytes = (self.width / 8) as usize;
        let height = self.rows();
        let mut bits = vec![0u8; row_bytes * height as usize];
        for (i, &a) in self.coverage.iter().enumerate() {
            if a >= 128 {
                let (y, x) = (i / self.width as usize, i % self.width as usize);
                bits[y * row_bytes + x / 8] |= 0x80 >> (x % 8);
            }
        }
        Bitmap {
            width: self.width,
            height,
            bits,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_is_drawn_right_to_left_within_the_width() {
        let blocks = [
            Block::Heading("للزائر".into()),
            Block::Line("رقمك".into()),
            Block::Ticket("042".into()),
        ];
        let bitmap = render(&blocks, 576, "Noto Sans Arabic, Noto Sans", true);
        assert_eq!(bitmap.width, 576);
        assert!(bitmap.height > SIZES.ticket as u32, "{}", bitmap.height);
        assert!(bitmap.black_dots() > 500);
        // The heading starts on the right: its first rows have ink on the right half only.
        let heading_rows = 0..SIZES.heading as u32;
        let ink = |xs: std::ops::Range<u32>| {
            heading_rows
                .clone()
                .flat_map(|y| xs.clone().map(move |x| (x, y)))
                .filter(|&(x, y)| bitmap.is_black(x, y))
                .count()
        };
        assert!(ink(288..576) > 0);
        assert_eq!(ink(0..288), 0);
    }

    #[test]
    fn bands_stack_back_to_the_image() {
        let bitmap = render(
            &[Block::Line("Привіт, світ".into())],
            384,
            "Noto Sans",
            false,
        );
        assert_eq!(bitmap.width, 384);
        assert!(bitmap.black_dots() > 100);
        let bands = bitmap.bands(16);
        assert!(bands.len() >= 2);
        assert_eq!(Bitmap::stack(&bands).unwrap(), bitmap);
    }
}
