//! Screens rendered to pixels with the software renderer, as `relais storyboard` does: every
//! screen of the shipped procedure is drawn, at the reference size and in portrait, and none
//! comes out blank. The PNG files land in target/screens/ for a person to look at.

use crate::common;

use std::path::PathBuf;

/// Share of pixels that differ from the most common colour: 0 for a blank screen.
fn ink(png_path: &PathBuf) -> f64 {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png_path).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).unwrap();
    let pixels = &pixels[..info.buffer_size()];
    let step = info.color_type.samples();
    let mut counts = std::collections::HashMap::new();
    for px in pixels.chunks(step) {
        let key = px.iter().fold(0u32, |k, &b| (k << 8) | u32::from(b));
        *counts.entry(key).or_insert(0usize) += 1;
    }
    let total = pixels.len() / step;
    let background = counts.values().max().copied().unwrap_or(0);
    (total - background) as f64 / total as f64
}

#[test]
fn every_screen_of_the_procedure_is_drawn_in_landscape_and_portrait() {
    let catalog = common::shipped_catalog();
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screens");
    let landscape = relais::storyboard::storyboard(
        catalog.clone(),
        "cant-log-in",
        "fr",
        &out.join("fr-1920x1080"),
        (1920, 1080),
    )
    .unwrap();
    // One screen per node, plus attract, language, procedures, two ticket screens, the idle
    // warning, a glossary explanation, and a question in large text and in high contrast.
    let nodes = catalog.procedure("cant-log-in").unwrap().nodes.len();
    assert_eq!(landscape.len(), nodes + 9);
    for file in &landscape {
        let share = ink(file);
        assert!(
            share > 0.01,
            "{} looks blank ({share:.4} of pixels drawn)",
            file.display()
        );
    }
    // Portrait kiosks (1080×1920). Slint's platform is set once per thread: draw on another one.
    let portrait_dir = out.join("fr-1080x1920");
    let portrait = std::thread::spawn(move || {
        relais::storyboard::storyboard(catalog, "cant-log-in", "fr", &portrait_dir, (1080, 1920))
            .unwrap()
    })
    .join()
    .unwrap();
    assert_eq!(portrait.len(), landscape.len());
    for file in &portrait {
        assert!(ink(file) > 0.01, "{} looks blank", file.display());
    }
    println!("screens written to {}", out.display());
}
