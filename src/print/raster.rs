//! Slip blocks drawn as a 1-bit image, for scripts a receipt printer's code pages cannot write
//! (Arabic, Cyrillic): the ESC/POS renderer sends the image with `GS v 0`.
//!
//! Text is shaped, broken into lines and ordered right to left where the script asks, by
//! `parley` (HarfRust shaping, Unicode bidi and line breaking), and its glyphs are drawn by
//! `swash`. Why these two: they are the text stack Slint itself draws the screen with, so they
//! are already built and kept up to date with the rest of the kiosk, and they render the same
//! fonts (`ui/fonts/`, embedded) the same way. Glyph coverage is thresholded at one half: a
//! thermal head prints a dot or nothing.

use parley::fontique::{Blob, Collection, CollectionOptions, SourceCache};
use parley::{
    Alignment, AlignmentOptions, FontContext, FontWeight, LayoutContext, LineHeight,
    PositionedLayoutItem, StyleProperty,
};
use swash::FontRef;
use swash::scale::{Render, ScaleContext, Source};
use swash::zeno::{Format, Vector};

use super::layout::Block;

/// The fonts of `ui/fonts/`, in the binary so that a slip prints the same on every machine.
pub const FONTS: [&[u8]; 6] = [
    include_bytes!("../../ui/fonts/AtkinsonHyperlegible-Regular.ttf"),
    include_bytes!("../../ui/fonts/AtkinsonHyperlegible-Bold.ttf"),
    include_bytes!("../../ui/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../ui/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../ui/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../ui/fonts/NotoSansArabic-Bold.ttf"),
];

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

/// Text sizes in dots (8 dots to the millimetre): body text a little larger than the printer's
/// own font A (24 dots), the ticket number as large as the screen shows it.
const BODY: f32 = 28.0;
const HEADING: f32 = 32.0;
const TICKET: f32 = 120.0;
/// Space between blocks, and the indent of list items and indented text.
const GAP: f32 = 6.0;
const INDENT: f32 = 28.0;

/// Draws the text blocks (not QR codes: the printer draws those) `width` dots wide, in the font
/// families of `families` (a CSS-like list, tried in order for each character).
pub fn render(blocks: &[Block], width: u32, families: &str) -> Bitmap {
    let mut font_cx = FontContext {
        // Only the embedded fonts: the system's would make slips differ between machines.
        collection: Collection::new(CollectionOptions {
            shared: false,
            system_fonts: false,
        }),
        source_cache: SourceCache::default(),
    };
    for font in FONTS {
        font_cx
            .collection
            .register_fonts(Blob::new(std::sync::Arc::new(font)), None);
    }
    let mut layout_cx = LayoutContext::new();
    let mut scale_cx = ScaleContext::new();
    let mut canvas = Canvas::new(width);

    for block in blocks {
        let (text, size, bold, indent, alignment) = match block {
            Block::Rule(_) => {
                canvas.rule();
                continue;
            }
            Block::Qr(_) => continue,
            Block::Heading(t) => (t.clone(), HEADING, true, 0.0, Alignment::Start),
            Block::Ticket(t) => (t.clone(), TICKET, true, 0.0, Alignment::Center),
            Block::Item(t) => (
                format!("• {t}"),
                BODY,
                false,
                INDENT / 2.0,
                Alignment::Start,
            ),
            Block::Indented(t) => (t.clone(), BODY, false, INDENT, Alignment::Start),
            Block::Line(t) => (t.clone(), BODY, false, 0.0, Alignment::Start),
            Block::Field(label, value) => (
                format!("{label} : {value}"),
                BODY,
                false,
                0.0,
                Alignment::Start,
            ),
        };
        let mut builder = layout_cx.ranged_builder(&mut font_cx, &text, 1.0, true);
        builder.push_default(StyleProperty::FontFamily(parley::FontFamily::Source(
            families.into(),
        )));
        builder.push_default(StyleProperty::FontSize(size));
        builder.push_default(StyleProperty::LineHeight(LineHeight::FontSizeRelative(1.3)));
        if bold {
            builder.push_default(StyleProperty::FontWeight(FontWeight::BOLD));
        }
        let mut layout: parley::Layout<()> = builder.build(&text);
        let room = width as f32 - indent;
        layout.break_all_lines(Some(room));
        layout.align(alignment, AlignmentOptions::default());
        // Right-to-left paragraphs keep their indent on the right.
        let rtl = layout.is_rtl();
        let left = if rtl { 0.0 } else { indent };
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
                    let x = left + glyph.x;
                    let y = canvas.top + glyph.y;
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
        canvas.advance(layout.height() + GAP);
    }
    canvas.into_bitmap()
}

/// Coverage (0–255) of each dot, grown downwards as blocks are drawn.
struct Canvas {
    width: u32,
    coverage: Vec<u8>,
    /// Where the next block starts, in dots from the top.
    top: f32,
}

impl Canvas {
    fn new(width: u32) -> Canvas {
        Canvas {
            width,
            coverage: Vec::new(),
            top: 0.0,
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

    fn advance(&mut self, by: f32) {
        self.top += by;
        self.grow_to(self.top.ceil() as u32);
    }

    fn rule(&mut self) {
        let y = (self.top + GAP) as u32;
        self.grow_to(y + 3);
        let start = (y * self.width) as usize;
        self.coverage[start..start + 3 * self.width as usize].fill(255);
        self.advance(GAP * 2.0 + 3.0);
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
        let bitmap = render(&blocks, 576, "Noto Sans Arabic, Noto Sans");
        assert_eq!(bitmap.width, 576);
        assert!(bitmap.height > TICKET as u32, "{}", bitmap.height);
        assert!(bitmap.black_dots() > 500);
        // The heading starts on the right: its first rows have ink on the right half only.
        let heading_rows = 0..HEADING as u32;
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
        let bitmap = render(&[Block::Line("Привіт, світ".into())], 384, "Noto Sans");
        assert_eq!(bitmap.width, 384);
        assert!(bitmap.black_dots() > 100);
        let bands = bitmap.bands(16);
        assert!(bands.len() >= 2);
        assert_eq!(Bitmap::stack(&bands).unwrap(), bitmap);
    }
}
