//! `relais audio build` with the real espeak-ng: every text gets a clip that decodes, lasts long
//! enough and is not silent; the manifest matches the texts; a changed text makes its clip
//! stale; recordings are never overwritten, and a stale one gives way to a generated clip.
//! (`make test` installs espeak-ng and sox.)

use crate::common;

use std::path::Path;

use relais::clips;

/// Root-mean-square level and length in seconds of a clip, decoded with rodio.
fn level_and_length(path: &Path) -> (f32, f32) {
    use rodio::Source;
    let decoder = rodio::Decoder::try_from(std::fs::File::open(path).unwrap()).unwrap();
    let rate = decoder.sample_rate().get() as f32 * decoder.channels().get() as f32;
    let samples: Vec<f32> = decoder.collect();
    let rms = (samples.iter().map(|s| s * s).sum::<f32>() / samples.len().max(1) as f32).sqrt();
    (rms, samples.len() as f32 / rate)
}

#[test]
fn every_text_gets_a_clip_that_speaks_and_changes_are_noticed() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_content(dir.path());
    let root = dir.path();
    let (catalog, _) = relais::loader::load(root, None);
    let catalog = catalog.unwrap();
    assert!(
        !clips::check(root, &catalog).is_empty(),
        "before the build, clips are reported missing"
    );

    let languages: Vec<String> = catalog.languages.iter().map(|l| l.code.clone()).collect();
    assert!(
        languages.len() >= 4,
        "fr, en, ar and uk are shipped: {languages:?}"
    );
    for lang in &languages {
        let report =
            clips::build(root, &catalog, lang).expect("espeak-ng is installed by make test");
        let wanted = clips::spoken_texts(&catalog, lang);
        assert_eq!(report.generated, wanted.len());
        for (id, text) in &wanted {
            let path = relais::audio::clip_path(root, lang, id)
                .unwrap_or_else(|| panic!("no clip for {id}"));
            let (rms, seconds) = level_and_length(&path);
            assert!(rms > 0.01, "{} is silent (rms {rms})", path.display());
            // About 2 words a second at the kiosk's slow rate: a clip far shorter lost its words.
            let words = text.split_whitespace().count() as f32;
            assert!(
                seconds > 0.25 + words * 0.2,
                "{} lasts {seconds:.2} s for {words} words",
                path.display()
            );
        }
    }
    assert_eq!(
        clips::check(root, &catalog),
        vec![],
        "after the build, every clip matches its text"
    );

    // A text changes: its clip is stale until the next build, which makes only that one again.
    let reworded = common::reword_a_french_question(root);
    let (catalog, _) = relais::loader::load(root, None);
    let catalog = catalog.unwrap();
    let problems: Vec<String> = clips::check(root, &catalog)
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].starts_with("audio/fr/generated/manifest.toml:1:1: warning: 1 clip(s) in fr say an older text: cant-log-in--problem"), "{problems:?}");
    let report = clips::build(root, &catalog, "fr").unwrap();
    assert_eq!(
        (report.generated, report.kept),
        (1, catalog_len(&catalog) - 1)
    );

    // A recording takes the place of the generated clip and is never overwritten.
    let recorded = root.join("audio/fr/cant-log-in--problem.ogg");
    std::fs::copy(
        relais::audio::clip_path(root, "fr", "digit-1").unwrap(),
        &recorded,
    )
    .unwrap();
    let before = std::fs::read(&recorded).unwrap();
    let report = clips::build(root, &catalog, "fr").unwrap();
    assert_eq!(report.recorded, 1);
    assert_eq!(
        relais::audio::clip_path(root, "fr", "cant-log-in--problem").unwrap(),
        recorded
    );
    let registry = std::fs::read_to_string(root.join("audio/fr/recorded.toml")).unwrap();
    assert!(
        registry.contains("id = \"cant-log-in--problem\"")
            && registry.contains("source = \"recorded\"")
    );
    let ftl = root.join("locales/fr/cant-log-in.ftl");
    std::fs::write(
        &ftl,
        std::fs::read_to_string(&ftl)
            .unwrap()
            .replace(reworded, "Quel est le problème ?"),
    )
    .unwrap();
    let (catalog, _) = relais::loader::load(root, None);
    let catalog = catalog.unwrap();
    let report = clips::build(root, &catalog, "fr").unwrap();
    assert_eq!(
        std::fs::read(&recorded).unwrap(),
        before,
        "the recording is untouched"
    );
    // Until it is recorded again, the kiosk says the new text with a generated clip.
    assert_eq!(report.stale_recordings, 1);
    let played = relais::recordings::clip_to_play(root, &catalog, "fr", "cant-log-in--problem")
        .expect("a generated clip stands in");
    assert!(
        played.starts_with(root.join("audio/fr/generated")),
        "{played:?}"
    );
    let problems: Vec<String> = clips::check(root, &catalog)
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert_eq!(
        problems,
        vec![
            "audio/fr/recorded.toml:1:1: warning: the recording of `cant-log-in--problem` says an older text; the kiosk plays the generated clip instead\n  hint: record the new text (`relais audio script --lang fr --missing --out script.html`), then `relais audio import DIR --lang fr`"
        ]
    );
}

fn catalog_len(catalog: &relais::content::Catalog) -> usize {
    clips::spoken_texts(catalog, "fr").len()
}
