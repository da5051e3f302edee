//! The agent's part must read in ten seconds: an outcome's `agent-action` is one imperative line
//! of at most 20 words, and its `agent-points` at most five bullets of at most 20 words each,
//! none with an address. Addresses belong in `[[source]]`: the ticket prints the main source's
//! and names the others by fiche number. Every finding is a warning with the place and the fix.

use toml::Spanned;

use super::plain::words;
use super::validate::FileContext;

/// Longest action line or bullet, in words.
pub const MAX_WORDS: usize = 20;
/// Most bullets under the action.
pub const MAX_POINTS: usize = 5;

const WHERE_ADDRESSES_GO: &str = "put the address in a [[source]]: the ticket prints the main source's address, and the others by fiche number";

/// Checks an outcome's `agent-action` (already known to be non-empty).
pub fn check_action(ctx: &mut FileContext, action: &Spanned<String>, node: &str) {
    let text = action.get_ref().trim();
    let what = format!("the `agent-action` of `{node}`");
    if text.contains('\n') {
        ctx.warning(
            &action.span(),
            format!("{what} is more than one line"),
            "write one imperative line; details go to `agent-points` (printed as bullets), reasons to `editor-note` (never printed)",
        );
    }
    check_text(
        ctx,
        &action.span(),
        text,
        &what,
        "one imperative sentence; details go to `agent-points`, reasons to `editor-note`",
    );
}

/// Checks an outcome's `agent-points`.
pub fn check_points(ctx: &mut FileContext, points: &Spanned<Vec<Spanned<String>>>, node: &str) {
    let count = points.get_ref().len();
    if count > MAX_POINTS {
        ctx.warning(
            &points.span(),
            format!("`{node}` has {count} `agent-points`; at most {MAX_POINTS} are read at a glance"),
            "keep the points the agent needs at the counter; move the others to `editor-note` (never printed)",
        );
    }
    for (number, point) in points.get_ref().iter().enumerate() {
        let what = format!("point {} of `{node}`", number + 1);
        check_text(
            ctx,
            &point.span(),
            point.get_ref().trim(),
            &what,
            "one short fact or step; reasons and references go to `editor-note`",
        );
    }
}

/// Length and addresses, shared by the action and each point.
fn check_text(
    ctx: &mut FileContext,
    span: &std::ops::Range<usize>,
    text: &str,
    what: &str,
    shorten: &str,
) {
    let count = words(text).len();
    if count > MAX_WORDS {
        ctx.warning(
            span,
            format!("{what} has {count} words"),
            format!("keep it to {MAX_WORDS} words or fewer: {shorten}"),
        );
    }
    if has_address(text) {
        ctx.warning(
            span,
            format!("{what} contains a web address"),
            WHERE_ADDRESSES_GO,
        );
    }
}

/// A web address as an agent would copy it: with its scheme or starting with "www.". A bare
/// site name ("sur impots.gouv.fr") is a name the agent knows, not an address to print.
fn has_address(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("http://") || lower.contains("https://") || lower.contains("www.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_found_and_site_names_are_not() {
        assert!(has_address("Voir https://www.ameli.fr/ avec la personne."));
        assert!(has_address("Voir WWW.caf.fr"));
        assert!(!has_address(
            "Déclarer sur impots.gouv.fr avec la personne."
        ));
    }
}
