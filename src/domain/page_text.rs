//! An official page reduced to its main text, so that `relais sources check` notices a change in
//! what the page says and not in its menus, its cookie banner or its markup.
//!
//! The rule is simple on purpose, so an editor can predict it: the text of the first `<main>`,
//! else of the first `<article>`, else of the element marked `role="main"`, else the whole
//! `<body>`; scripts, styles and templates left out; every run of white space made one space.
//! Government sites (service-public.fr, caf.fr…) put the procedure in `<main>`, so a new menu
//! entry or a changed footer does not count as a change of the page.

use scraper::{ElementRef, Html, Node, Selector};

/// What was read of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageText {
    /// The page's `<title>`, white space collapsed; `None` when it has none.
    pub title: Option<String>,
    /// Its main text (see the module's rule).
    pub text: String,
}

/// Where the main text is looked for, in order.
const MAIN_PARTS: [&str; 4] = ["main", "article", "[role=main]", "body"];

/// Elements whose text is never part of what a visitor reads.
const NOT_TEXT: [&str; 4] = ["script", "style", "noscript", "template"];

/// Reduces an HTML document to its title and main text.
pub fn of_html(html: &str) -> PageText {
    let document = Html::parse_document(html);
    let title = first(&document, "title")
        .map(|t| collapse(&t.text().collect::<String>()))
        .filter(|t| !t.is_empty());
    let text = MAIN_PARTS
        .iter()
        .find_map(|part| first(&document, part))
        .map(visible_text)
        .unwrap_or_default();
    PageText { title, text }
}

fn first<'a>(document: &'a Html, selector: &str) -> Option<ElementRef<'a>> {
    let selector = Selector::parse(selector).expect("the selectors above are valid CSS");
    document.select(&selector).next()
}

/// The text of an element and its descendants, without the parts that are not read.
fn visible_text(element: ElementRef) -> String {
    let mut text = String::new();
    for node in element.descendants() {
        let Node::Text(piece) = node.value() else {
            continue;
        };
        let hidden = node.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| NOT_TEXT.contains(&e.name()))
        });
        if !hidden {
            text.push_str(piece);
            text.push(' ');
        }
    }
    collapse(&text)
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_main_and_drops_menus_and_scripts() {
        let page = of_html(
            "<html><head><title> Aide  au logement </title></head><body><nav>Menu</nav>\
             <main><h1>APL</h1><script>track()</script><p>Vous  pouvez\n demander.</p></main>\
             <footer>Contact</footer></body></html>",
        );
        assert_eq!(page.title.as_deref(), Some("Aide au logement"));
        assert_eq!(page.text, "APL Vous pouvez demander.");
    }

    #[test]
    fn falls_back_to_article_then_body() {
        assert_eq!(
            of_html("<body><p>Menu</p><article>Texte</article></body>").text,
            "Texte"
        );
        assert_eq!(of_html("<p>Seul <b>texte</b></p>").text, "Seul texte");
    }
}
