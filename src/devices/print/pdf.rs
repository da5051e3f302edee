//! The PDF rendering of a handoff, on A4 or on an 80 mm roll: for printers that are not receipt
//! printers (the `cups` backend with `cups-format = "pdf"`) and for `relais print-test --pdf`.
//!
//! The same blocks as every other renderer (`layout.rs`), set by `typeset.rs` (parley: Arabic
//! shaped and right to left, Cyrillic, French) and written by `krilla`, which embeds a subset of
//! each font used, so the PDF prints the same anywhere and its text can be searched and copied
//! (`pdftotext` reads it back in the tests). QR codes are drawn as vector squares from
//! `qrcodegen`, sharp at any size. The agent's part is French; the visitor's part is in their
//! language, whatever its script.

use krilla::Document;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use parley::PositionedLayoutItem;

use super::typeset::{self, FONTS, Piece, Sizes, Typesetter};
use super::{PrintError, layout};
use crate::handoff::HandoffRecord;

/// The page a PDF is set on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm, as many pages as needed.
    A4,
    /// An 80 mm roll: one page as long as the handoff.
    Roll80,
}

impl Paper {
    /// Page width and margin in points.
    fn frame(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 56.7),
            Paper::Roll80 => (226.77, 8.5),
        }
    }

    fn sizes(self) -> Sizes {
        match self {
            Paper::A4 => Sizes {
                body: 11.0,
                heading: 13.0,
                ticket: 48.0,
                gap: 4.0,
                indent: 14.0,
                rule: 1.0,
            },
            Paper::Roll80 => Sizes {
                body: 9.0,
                heading: 10.5,
                ticket: 40.0,
                gap: 3.0,
                indent: 10.0,
                rule: 0.8,
            },
        }
    }

    /// Side of a QR code: about 32 mm, which phone cameras read at arm's length.
    fn qr_size(self) -> f32 {
        90.0
    }
}

/// The height of an A4 page in points.
const A4_HEIGHT: f32 = 841.89;

/// Renders a handoff as a PDF document.
pub fn render(record: &HandoffRecord, paper: Paper) -> Result<Vec<u8>, PrintError> {
    let (page_width, margin) = paper.frame();
    let mut typesetter = Typesetter::new(page_width - 2.0 * margin, paper.sizes());
    let agent = layout::agent(record, true);
    let pieces = typesetter.set(&agent, typeset::families(&agent), false, paper.qr_size());
    let visitor_part = &record.handoff.visitor;
    let visitor = layout::visitor(record, visitor_part);
    let visitor_pieces = typesetter.set(
        &visitor,
        typeset::families(&visitor),
        visitor_part.right_to_left,
        paper.qr_size(),
    );
    let content_height = typesetter.top;

    let pages = match paper {
        Paper::Roll80 => {
            let mut pieces = pieces;
            pieces.extend(visitor_pieces);
            vec![(0.0, content_height + 2.0 * margin, pieces)]
        }
        // On A4 the visitor's part starts a sheet of its own, to be handed to them.
        Paper::A4 => {
            let mut pages = paginate(pieces, A4_HEIGHT, margin);
            pages.extend(paginate(visitor_pieces, A4_HEIGHT, margin));
            pages
        }
    };
    let mut document = Document::new();
    let mut fonts: Vec<Option<Font>> = vec![None; FONTS.len()];
    for (offset, height, pieces) in pages {
        let settings = PageSettings::from_wh(page_width, height)
            .ok_or_else(|| PrintError::Render("a page of no size".into()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for piece in &pieces {
            draw(
                &mut surface,
                piece,
                margin,
                margin - offset,
                page_width,
                &mut fonts,
            );
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| PrintError::Render(format!("the PDF could not be written: {e:?}")))
}

/// The height a piece takes.
fn height(piece: &Piece) -> f32 {
    match piece {
        Piece::Text { layout, .. } => layout.height(),
        Piece::Rule { thickness, .. } => *thickness,
        Piece::Qr { size, .. } => *size,
    }
}

fn top(piece: &Piece) -> f32 {
    match piece {
        Piece::Text { top, .. } | Piece::Rule { top, .. } | Piece::Qr { top, .. } => *top,
    }
}

/// Splits pieces into A4 pages, never cutting a paragraph or a QR code: (offset of the page's
/// first piece, page height, pieces).
fn paginate(pieces: Vec<Piece>, page_height: f32, margin: f32) -> Vec<(f32, f32, Vec<Piece>)> {
    let room = page_height - 2.0 * margin;
    let mut pages: Vec<(f32, f32, Vec<Piece>)> = Vec::new();
    for piece in pieces {
        let starts_page = match pages.last() {
            None => true,
            Some((offset, _, _)) => top(&piece) + height(&piece) - offset > room,
        };
        if starts_page {
            let offset = top(&piece);
            pages.push((offset, page_height, Vec::new()));
        }
        if let Some((_, _, list)) = pages.last_mut() {
            list.push(piece);
        }
    }
    pages
}

fn draw(
    surface: &mut Surface<'_>,
    piece: &Piece,
    left_margin: f32,
    top_margin: f32,
    page_width: f32,
    fonts: &mut [Option<Font>],
) {
    match piece {
        Piece::Rule { top, thickness } => {
            let width = page_width - 2.0 * left_margin;
            fill_rects(
                surface,
                [Rect::from_xywh(
                    left_margin,
                    top_margin + top,
                    width,
                    *thickness,
                )],
            );
        }
        Piece::Qr { data, top, size } => {
            let Ok(code) = qrcodegen::QrCode::encode_text(data, qrcodegen::QrCodeEcc::Medium)
            else {
                return;
            };
            let code = &code;
            let modules = code.size();
            let module = size / modules as f32;
            let left = (page_width - size) / 2.0;
            let squares = (0..modules).flat_map(|y| {
                (0..modules)
                    .filter(move |&x| code.get_module(x, y))
                    .map(move |x| {
                        Rect::from_xywh(
                            left + x as f32 * module,
                            top_margin + top + y as f32 * module,
                            module,
                            module,
                        )
                    })
            });
            fill_rects(surface, squares);
        }
        Piece::Text {
            layout,
            text,
            left,
            top,
        } => {
            for line in layout.lines() {
                for item in line.items() {
                    let PositionedLayoutItem::GlyphRun(glyph_run) = item else {
                        continue;
                    };
                    let run = glyph_run.run();
                    let Some(font) = krilla_font(run.font(), fonts) else {
                        continue;
                    };
                    let size = run.font_size();
                    // One style per paragraph, so a glyph run is its whole run on the line:
                    // its clusters give each glyph the text it stands for (for search and copy).
                    let glyphs: Vec<KrillaGlyph> = run
                        .visual_clusters()
                        .flat_map(|cluster| {
                            let range = cluster.text_range();
                            cluster.glyphs().map(move |g| {
                                KrillaGlyph::new(
                                    GlyphId::new(g.id),
                                    g.advance / size,
                                    g.x / size,
                                    -g.y / size,
                                    0.0,
                                    range.clone(),
                                    None,
                                )
                            })
                        })
                        .collect();
                    surface.draw_glyphs(
                        Point::from_xy(
                            left_margin + left + glyph_run.offset(),
                            top_margin + top + glyph_run.baseline(),
                        ),
                        &glyphs,
                        font,
                        text,
                        size,
                        false,
                    );
                }
            }
        }
    }
}

fn fill_rects(surface: &mut Surface<'_>, rects: impl IntoIterator<Item = Option<Rect>>) {
    let mut path = PathBuilder::new();
    for rect in rects.into_iter().flatten() {
        path.push_rect(rect);
    }
    if let Some(path) = path.finish() {
        surface.set_fill(Some(krilla::paint::Fill::default()));
        surface.draw_path(&path);
    }
}

/// The krilla font for one of the embedded fonts, made once per document.
fn krilla_font(font: &parley::FontData, fonts: &mut [Option<Font>]) -> Option<Font> {
    let data = font.data.as_ref();
    let index = FONTS.iter().position(|f| f.as_ptr() == data.as_ptr())?;
    if fonts[index].is_none() {
        fonts[index] = Font::new(FONTS[index].into(), font.index);
    }
    fonts[index].clone()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handoff::Ending;
    use crate::print::sample;

    #[test]
    fn a4_and_roll_pdfs_embed_their_fonts() {
        for language in ["fr", "ar"] {
            let record = sample::record(
                language,
                Ending::Outcome {
                    node: "reset-password".into(),
                },
            );
            for paper in [Paper::A4, Paper::Roll80] {
                let pdf = render(&record, paper).unwrap();
                assert!(pdf.starts_with(b"%PDF-"), "{language} {paper:?}");
                let text = String::from_utf8_lossy(&pdf);
                assert!(text.contains("/FontFile2"), "fonts are embedded");
                assert!(text.contains("AtkinsonHyperlegible"), "{language}");
                if language == "ar" {
                    assert!(text.contains("NotoSansArabic"), "{paper:?}");
                }
                // A4: the visitor's part on a sheet of its own; the roll: one long page.
                let pages: u32 = text
                    .split("/Count ")
                    .nth(1)
                    .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
                    .and_then(|n| n.parse().ok())
                    .expect("a page count");
                if paper == Paper::Roll80 {
                    assert_eq!(pages, 1, "{language}");
                } else {
                    assert!(pages >= 2, "{language}: {pages}");
                }
            }
        }
    }
}
