//! Slip blocks set as paragraphs of shaped text, for the renderers that draw glyphs themselves:
//! the raster image for ESC/POS printers (`raster.rs`) and the PDF (`pdf.rs`).
//!
//! Shaping, bidi reordering and line breaking are `parley`'s (HarfRust underneath). Why parley:
//! it is the text stack Slint already builds to draw the screen, so it costs the kiosk nothing
//! more, follows the same fonts (`ui/fonts/`, embedded here) and handles Arabic and Cyrillic as
//! the screen does. Only the embedded fonts are used, never the system's, so that a slip looks
//! the same on every machine.

use parley::fontique::{Blob, Collection, CollectionOptions, SourceCache};
use parley::{
    Alignment, AlignmentOptions, FontContext, FontWeight, Layout, LayoutContext, LineHeight,
    StyleProperty,
};

use super::layout::Block;
use super::pc858;

/// The fonts of `ui/fonts/`, in the binary so that a slip prints the same on every machine.
/// A `static`, not a `const`: the PDF writer finds a font by the address of its bytes.
pub static FONTS: [&[u8]; 6] = [
    include_bytes!("../../../ui/fonts/AtkinsonHyperlegible-Regular.ttf"),
    include_bytes!("../../../ui/fonts/AtkinsonHyperlegible-Bold.ttf"),
    include_bytes!("../../../ui/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../../ui/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../../ui/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../../ui/fonts/NotoSansArabic-Bold.ttf"),
];

/// The font families for blocks of text, tried in this order for each character (as the screen
/// does, `ui/fonts/README.md`), from the writing system the text is in
/// (`i18n::writing::WritingSystem`, shared with the screen).
pub fn families(blocks: &[Block]) -> &'static str {
    let text: String = blocks.iter().map(Block::text).collect::<Vec<_>>().join(" ");
    crate::i18n::writing::WritingSystem::of_text(&text).font_fallbacks()
}

/// The text with each visible character no embedded font can draw (the "→" of the answers:
/// Noto Sans keeps arrows in a symbols font) replaced by its plain equivalent, so that no box
/// is printed in its place.
fn drawable(text: &str) -> String {
    let fonts: Vec<swash::FontRef> = FONTS
        .iter()
        .filter_map(|data| swash::FontRef::from_index(data, 0))
        .collect();
    let drawn = |c: char| c.is_whitespace() || fonts.iter().any(|f| f.charmap().map(c) != 0);
    if text
        .chars()
        .all(|c| drawn(c) || pc858::fold(&c.to_string()).is_empty())
    {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            let plain = pc858::fold(&c.to_string());
            if drawn(c) || plain.is_empty() {
                c.to_string()
            } else {
                plain
            }
        })
        .collect()
}

/// Text sizes, in the unit of the page (dots for the raster, points for the PDF).
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    pub body: f32,
    pub heading: f32,
    pub ticket: f32,
    /// Space after each paragraph.
    pub gap: f32,
    /// Indent of list items and indented text.
    pub indent: f32,
    /// Thickness of a rule.
    pub rule: f32,
}

/// One block, set.
pub enum Piece {
    /// Text, `left` from the left edge and `top` from the top of the page.
    Text {
        layout: Box<Layout<()>>,
        text: String,
        left: f32,
        top: f32,
    },
    /// A rule across the width.
    Rule { top: f32, thickness: f32 },
    /// A QR code `size` wide, centred, for the renderer to draw.
    Qr { data: String, top: f32, size: f32 },
}

/// Sets blocks one under the other, `width` wide.
pub struct Typesetter {
    font_cx: FontContext,
    layout_cx: LayoutContext<()>,
    width: f32,
    sizes: Sizes,
    /// Where the next block starts.
    pub top: f32,
}

impl Typesetter {
    pub fn new(width: f32, sizes: Sizes) -> Typesetter {
        let mut font_cx = FontContext {
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
        Typesetter {
            font_cx,
            layout_cx: LayoutContext::new(),
            width,
            sizes,
            top: 0.0,
        }
    }

    /// Sets `blocks` in the font `families`; with `right_to_left`, every paragraph runs from
    /// the right, even one that starts with a number or a link. A QR code takes `qr_size`.
    pub fn set(
        &mut self,
        blocks: &[Block],
        families: &str,
        right_to_left: bool,
        qr_size: f32,
    ) -> Vec<Piece> {
        let s = self.sizes;
        let mut pieces = Vec::new();
        for block in blocks {
            let (text, size, bold, indent, alignment) = match block {
                Block::Rule(_) => {
                    pieces.push(Piece::Rule {
                        top: self.top + s.gap,
                        thickness: s.rule,
                    });
                    self.top += 2.0 * s.gap + s.rule;
                    continue;
                }
                Block::Qr(data) => {
                    pieces.push(Piece::Qr {
                        data: data.clone(),
                        top: self.top + s.gap,
                        size: qr_size,
                    });
                    self.top += qr_size + 2.0 * s.gap;
                    continue;
                }
                Block::Heading(t) => (t.clone(), s.heading, true, 0.0, Alignment::Start),
                Block::Ticket(t) => (t.clone(), s.ticket, true, 0.0, Alignment::Center),
                Block::Item(t) => (
                    format!("• {t}"),
                    s.body,
                    false,
                    s.indent / 2.0,
                    Alignment::Start,
                ),
                Block::Bullet(t) => (format!("• {t}"), s.body, false, s.indent, Alignment::Start),
                Block::Indented(t) => (t.clone(), s.body, false, s.indent, Alignment::Start),
                Block::Line(t) => (t.clone(), s.body, false, 0.0, Alignment::Start),
                Block::Field(label, value) => (
                    format!("{label} : {value}"),
                    s.body,
                    false,
                    0.0,
                    Alignment::Start,
                ),
            };
            let text = drawable(&text);
            // parley takes a paragraph's direction from its first strong character; a leading
            // RIGHT-TO-LEFT MARK (invisible) makes it right to left whatever comes first.
            let text = if right_to_left {
                format!("\u{200f}{text}")
            } else {
                text
            };
            let mut builder = self
                .layout_cx
                .ranged_builder(&mut self.font_cx, &text, 1.0, true);
            builder.push_default(StyleProperty::FontFamily(parley::FontFamily::Source(
                families.into(),
            )));
            builder.push_default(StyleProperty::FontSize(size));
            builder.push_default(StyleProperty::LineHeight(LineHeight::FontSizeRelative(1.3)));
            if bold {
                builder.push_default(StyleProperty::FontWeight(FontWeight::BOLD));
            }
            let mut layout: Layout<()> = builder.build(&text);
            let room = self.width - indent;
            layout.break_all_lines(Some(room));
            layout.align(alignment, AlignmentOptions::default());
            // Right-to-left paragraphs keep their indent on the right.
            let left = if layout.is_rtl() { 0.0 } else { indent };
            let height = layout.height();
            pieces.push(Piece::Text {
                layout: Box::new(layout),
                text,
                left,
                top: self.top,
            });
            self.top += height + s.gap;
        }
        pieces
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_no_font_has_are_replaced_and_the_others_kept() {
        assert_eq!(
            drawable("Quel problème ? → Non, ça me manque"),
            "Quel problème ? -> Non, ça me manque"
        );
        assert_eq!(drawable("• بطاقة — Привіт"), "• بطاقة — Привіт");
        assert_eq!(drawable("\u{200f}رقمك"), "\u{200f}رقمك");
    }
}
