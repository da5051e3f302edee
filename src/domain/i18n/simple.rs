//! A fast reader for the simplest Fluent files: one line per message (`id = text`), one line per
//! attribute (`    .detail = text`), comments and blank lines, and no placeable at all.
//!
//! Nearly every `.ftl` file of a procedure is of this kind, and a large catalog has millions of
//! such messages: parsing them with `fluent-syntax` and keeping its syntax trees in a bundle
//! was most of the time and memory of a load (docs/benchmarks-notes.md). A message of this kind
//! says the same text every time, so the kiosk needs only that text.
//!
//! The reader is strict: a file is read here only when every one of its lines is one of the
//! forms above, written so that `fluent-syntax` reads it the same way, with no error. Any other
//! line (a placeable, a term, a text on several lines, a carriage return, a tab, an attribute
//! that does not follow its message directly, anything Fluent would call junk) makes it give
//! up, and the whole file goes through `fluent-syntax` as before, with its exact diagnostics.
//! The tests compare both readers on the shipped texts and on tricky cases.

/// One message of a simple file.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct SimpleMessage<'a> {
    pub id: &'a str,
    /// 1-based line of its `id = …` line (the message starts at its first column).
    pub line: usize,
    pub value: &'a str,
    /// `(name, text)` of each `.name = text` line under it, in order.
    pub attributes: Vec<(&'a str, &'a str)>,
}

/// The messages of `text` if every line is one this reader understands; `None` otherwise.
pub(super) fn parse(text: &str) -> Option<Vec<SimpleMessage<'_>>> {
    // Placeables, carriage returns (whose trimming differs) and tabs (which Fluent does not
    // count as indentation) are left to fluent-syntax.
    if text
        .bytes()
        .any(|b| matches!(b, b'{' | b'}' | b'\r' | b'\t'))
    {
        return None;
    }
    let mut messages: Vec<SimpleMessage> = Vec::new();
    // Whether the previous line was a message or one of its attributes: only then does an
    // attribute line surely belong to that message.
    let mut in_message = false;
    for (index, line) in text.split('\n').enumerate() {
        let Some(&first) = line.as_bytes().first() else {
            in_message = false;
            continue;
        };
        if line.bytes().all(|b| b == b' ') {
            in_message = false;
        } else if first == b'#' {
            // `#`, `##` or `###`, then nothing or a space and the comment.
            let level = line.bytes().take_while(|&b| b == b'#').count();
            let rest = &line[level..];
            if level > 3 || !(rest.is_empty() || rest.starts_with(' ')) {
                return None;
            }
            in_message = false;
        } else if first == b' ' {
            if !in_message {
                return None;
            }
            let attribute = line.trim_start_matches(' ').strip_prefix('.')?;
            let (name, value) = definition(attribute)?;
            messages.last_mut()?.attributes.push((name, value));
        } else if first.is_ascii_alphabetic() {
            let (id, value) = definition(line)?;
            messages.push(SimpleMessage {
                id,
                line: index + 1,
                value,
                attributes: Vec::new(),
            });
            in_message = true;
        } else {
            return None;
        }
    }
    Some(messages)
}

/// `identifier = text` (spaces allowed around `=`), with a text that is not empty. The text is
/// trimmed as Fluent trims a pattern: leading spaces after `=`, trailing spaces at the end.
fn definition(line: &str) -> Option<(&str, &str)> {
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(line.len());
    let (id, rest) = line.split_at(end);
    if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let value = rest
        .trim_start_matches(' ')
        .strip_prefix('=')?
        .trim_matches(' ');
    (!value.is_empty()).then_some((id, value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::{FluentBundle, FluentResource};
    use fluent_syntax::ast::Entry;

    /// Messages as read: id, line, value, and `(name, text)` of each attribute as a lookup by
    /// name finds it.
    type Read = Vec<(String, usize, String, Vec<(String, String)>)>;

    /// What fluent-syntax and a Fluent bundle make of `text`: each message with its line, its
    /// formatted value and attributes. `None` when Fluent reports an error or finds something
    /// other than messages and comments.
    fn as_fluent_reads_it(text: &str) -> Option<Read> {
        let resource = FluentResource::try_new(text.to_string()).ok()?;
        let start = resource.source().as_ptr() as usize;
        let line_of = |offset: usize| text[..offset].matches('\n').count() + 1;
        let mut ids = Vec::new();
        for entry in resource.entries() {
            match entry {
                Entry::Message(m) => {
                    let offset = m.id.name.as_ptr() as usize - start;
                    let attributes: Vec<String> =
                        m.attributes.iter().map(|a| a.id.name.to_string()).collect();
                    ids.push((m.id.name.to_string(), line_of(offset), attributes));
                }
                Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
                _ => return None,
            }
        }
        let mut bundle = FluentBundle::new(vec![unic_langid::LanguageIdentifier::default()]);
        bundle.set_use_isolating(false);
        bundle.add_resource_overriding(resource);
        let format = |pattern| {
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned();
            assert!(errors.is_empty());
            text
        };
        let mut out = Vec::new();
        for (id, line, attributes) in ids {
            let message = bundle.get_message(&id)?;
            let value = format(message.value()?);
            let attributes = attributes
                .into_iter()
                .map(|name| {
                    let text = format(message.get_attribute(&name).unwrap().value());
                    (name, text)
                })
                .collect();
            out.push((id, line, value, attributes));
        }
        Some(out)
    }

    fn as_simple_reads_it(text: &str) -> Option<Read> {
        let messages = parse(text)?;
        Some(
            messages
                .into_iter()
                .map(|m| {
                    // A lookup finds the first attribute of a name, as Fluent's does.
                    let first =
                        |name: &str| m.attributes.iter().find(|(n, _)| *n == name).unwrap().1;
                    let attributes = m
                        .attributes
                        .iter()
                        .map(|(n, _)| (n.to_string(), first(n).to_string()))
                        .collect();
                    (m.id.to_string(), m.line, m.value.to_string(), attributes)
                })
                .collect(),
        )
    }

    /// Whenever the simple reader accepts a text, Fluent reads it without an error and finds
    /// exactly the same messages, lines, texts and attributes.
    fn assert_agrees(text: &str) {
        if let Some(simple) = as_simple_reads_it(text) {
            assert_eq!(Some(simple), as_fluent_reads_it(text), "on {text:?}");
        }
    }

    #[test]
    fn reads_messages_attributes_comments_and_blank_lines() {
        let text = "# Comment\n## Group\n\nhello = Bonjour à vous.\n    .detail = Plus de mots.  \n\
                    bye   =   Au revoir ?\n   \nend=Fin\n";
        let messages = parse(text).expect("a simple file");
        assert_eq!(
            messages,
            vec![
                SimpleMessage {
                    id: "hello",
                    line: 4,
                    value: "Bonjour à vous.",
                    attributes: vec![("detail", "Plus de mots.")],
                },
                SimpleMessage {
                    id: "bye",
                    line: 6,
                    value: "Au revoir ?",
                    attributes: vec![],
                },
                SimpleMessage {
                    id: "end",
                    line: 8,
                    value: "Fin",
                    attributes: vec![],
                },
            ]
        );
        assert_agrees(text);
    }

    #[test]
    fn leaves_everything_else_to_fluent() {
        for text in [
            "a = Encore { $s } secondes\n",
            "a = Un\n    deux\n",
            "a = Un\r\nb = Deux\r\n",
            "a =\n    .detail = Seulement un attribut\n",
            "a = Un\n\n    .detail = après une ligne vide\n",
            "a = Un\n# commentaire\n    .detail = x\n",
            "-term = Terme\n",
            "#commentaire sans espace\n",
            "#### quatre\n",
            "a\n",
            "a = \n",
            "a = Un\n.detail = sans retrait\n",
            "a = Un\n    [x] y\n",
            "\u{feff}a = Un\n",
            "a = Un\tdeux\n",
            "1a = Un\n",
            "a = Un\n    .1x = y\n",
            "a = x }\n",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn agrees_with_fluent_on_tricky_texts() {
        for text in [
            "a = [crochets] *étoile .point\n",
            "a = Un  \nb = Deux",
            "a = Un\n    .detail = x\n    .detail = y\n",
            "a-b_c = tiret\n  .x-y = z\n",
            "a = Texte avec espace insécable\u{a0}\n",
            "a = x # pas un commentaire\n",
            "\n\n   \na = Un\n\n",
            "### Ressource\n#\na = Un\n",
        ] {
            assert!(parse(text).is_some(), "{text:?}");
            assert_agrees(text);
        }
    }

    #[test]
    fn agrees_with_fluent_on_the_shipped_texts() {
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut simple_files = 0;
        for lang in std::fs::read_dir(&locales).unwrap() {
            for file in std::fs::read_dir(lang.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                if path.extension().is_some_and(|e| e == "ftl") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    simple_files += usize::from(parse(&text).is_some());
                    assert_agrees(&text);
                }
            }
        }
        assert!(simple_files > 0, "the procedures' texts are simple files");
    }
}
