//! The chart of the last weeks: one bar per day, split by how the visits ended (with a ticket,
//! given up, timed out), drawn with `plotters` as SVG or PNG.
//!
//! Why plotters with only its SVG and bitmap backends and `ab_glyph` text: it is the well-kept
//! Rust charting crate, and without its default features it pulls in no image codecs, no
//! font-kit and no system libraries (the PNG is encoded with the `png` crate relais already
//! uses). Text needs a TrueType font: the first of a few usual system fonts is loaded once
//! (DejaVu Sans, installed with `fonts-dejavu-core` by `scripts/install-deps.sh`).
//!
//! The chart is in French: it is made for the site's staff and the reports they send.

use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use plotters::coord::Shift;
use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;

use crate::stats::report::{DayTotals, Report};

/// Width and height in pixels: legible on the admin screen and in a printed report.
pub const DEFAULT_SIZE: (u32, u32) = (1200, 600);

/// The font family the chart asks for; the loaded font is registered under this name, which
/// SVG viewers also understand.
const FAMILY: &str = "sans-serif";

/// Usual places of a sans-serif TrueType font on Linux, Debian's first.
const FONT_FILES: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
];

/// One stacked series: its legend, its colour, and its value on a day.
type Series = (&'static str, RGBColor, fn(&DayTotals) -> u64);

/// The three ways a visit ends, bottom to top, with colours from the Okabe–Ito palette (told
/// apart by people with any common colour blindness).
const SERIES: [Series; 3] = [
    ("avec un ticket", RGBColor(0, 158, 115), |d| d.with_ticket),
    ("abandon", RGBColor(230, 159, 0), |d| d.abandoned),
    ("inactivité", RGBColor(86, 180, 233), |d| d.idle_wipes),
];

#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error("no font to write the chart's text: install fonts-dejavu-core (looked for {0})")]
    NoFont(String),
    #[error("the chart could not be drawn: {0}")]
    Draw(String),
    #[error("the chart could not be encoded as PNG: {0}")]
    Encode(#[from] png::EncodingError),
    #[error("the chart could not be written to {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("`{0}` does not end in .svg or .png")]
    Format(String),
}

/// The chart as an SVG document.
pub fn svg(report: &Report, size: (u32, u32)) -> Result<String, ChartError> {
    load_font()?;
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, size).into_drawing_area();
        draw(&root, report).map_err(|e| ChartError::Draw(e.to_string()))?;
        root.present()
            .map_err(|e| ChartError::Draw(e.to_string()))?;
    }
    Ok(text)
}

/// The chart as a PNG image.
pub fn png(report: &Report, size: (u32, u32)) -> Result<Vec<u8>, ChartError> {
    load_font()?;
    let (width, height) = size;
    let mut pixels = vec![0u8; width as usize * height as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, size).into_drawing_area();
        draw(&root, report).map_err(|e| ChartError::Draw(e.to_string()))?;
        root.present()
            .map_err(|e| ChartError::Draw(e.to_string()))?;
    }
    let mut bytes = Vec::new();
    let mut encoder = ::png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(::png::ColorType::Rgb);
    encoder.set_depth(::png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&pixels)?;
    writer.finish()?;
    Ok(bytes)
}

/// Writes the chart to `path`, as SVG or PNG after its extension.
pub fn write(report: &Report, path: &Path) -> Result<(), ChartError> {
    let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase());
    let bytes = match extension.as_deref() {
        Some("svg") => svg(report, DEFAULT_SIZE)?.into_bytes(),
        Some("png") => png(report, DEFAULT_SIZE)?,
        _ => return Err(ChartError::Format(path.display().to_string())),
    };
    std::fs::write(path, bytes).map_err(|source| ChartError::Write {
        path: path.display().to_string(),
        source,
    })
}

/// Loads the font once per process. plotters keeps registered fonts for the whole process and
/// wants their bytes for as long, so they are leaked once: one font file, a few hundred KB.
fn load_font() -> Result<(), ChartError> {
    static LOADED: OnceLock<Result<(), String>> = OnceLock::new();
    LOADED
        .get_or_init(|| {
            let bytes = FONT_FILES
                .iter()
                .find_map(|file| std::fs::read(file).ok())
                .ok_or_else(|| FONT_FILES.join(", "))?;
            let bytes: &'static [u8] = Vec::leak(bytes);
            plotters::style::register_font(FAMILY, FontStyle::Normal, bytes)
                .map_err(|_| "a font file that could not be read".to_string())
        })
        .clone()
        .map_err(ChartError::NoFont)
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    report: &Report,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&WHITE)?;
    let days = report.days.len() as i32;
    let highest = report
        .days
        .iter()
        .map(|d| SERIES.iter().map(|(_, _, value)| value(d)).sum::<u64>())
        .max()
        .unwrap_or(0);
    // Headroom for the legend, and a scale of at least 0..5 on an empty chart.
    let top = (highest + highest / 4 + 1).max(5);
    let title = format!(
        "Visites par jour, du {} au {} : {} visite(s)",
        french_date(report.from),
        french_date(report.to),
        report.totals().visits
    );
    let mut chart = ChartBuilder::on(root)
        .caption(title, (FAMILY, 26))
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(56)
        .build_cartesian_2d((0..days).into_segmented(), 0u64..top)?;
    let from = report.from;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(days.clamp(1, 14) as usize)
        .x_label_formatter(&|value| match value {
            SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => day_label(from, *i),
            SegmentValue::Last => String::new(),
        })
        .y_desc("visites")
        .label_style((FAMILY, 16))
        .axis_desc_style((FAMILY, 16))
        .draw()?;

    for (index, (label, colour, value)) in SERIES.iter().enumerate() {
        let bars = report.days.iter().enumerate().filter_map(|(i, day)| {
            let below: u64 = SERIES[..index].iter().map(|(_, _, v)| v(day)).sum();
            let height = value(day);
            (height > 0).then(|| {
                let i = i as i32;
                let mut bar = Rectangle::new(
                    [
                        (SegmentValue::Exact(i), below),
                        (SegmentValue::Exact(i + 1), below + height),
                    ],
                    colour.filled(),
                );
                bar.set_margin(0, 0, 4, 4);
                bar
            })
        });
        let colour = *colour;
        chart
            .draw_series(bars)?
            .label(*label)
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 14, y + 6)], colour.filled()));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .label_font((FAMILY, 16))
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .draw()?;
    Ok(())
}

fn french_date(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

fn day_label(from: NaiveDate, index: i32) -> String {
    u64::try_from(index)
        .ok()
        .and_then(|i| from.checked_add_days(chrono::Days::new(i)))
        .map(|d| d.format("%d/%m").to_string())
        .unwrap_or_default()
}
