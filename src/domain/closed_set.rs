//! `closed_set!`: an enum for a closed set of names written in files (node kinds, printer
//! backends, CUPS formats), that reads any word: a known one becomes its variant, anything else
//! `Unknown(word)`, so that the checks report it with its place and a hint instead of serde
//! refusing the whole file.

/// `closed_set!(Doc; pub enum Name { Variant => "word", … })` declares the enum with an
/// `Unknown(String)` variant, `KNOWN`, `as_str`, and the conversions from and to `String` that
/// serde uses (`#[serde(from = "String", into = "String")]`).
#[macro_export]
macro_rules! closed_set {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
        #[serde(from = "String", into = "String")]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
            /// A word outside the set, kept for the report.
            Unknown(String),
        }

        impl $name {
            /// The known names, in the order the documentation lists them.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// As written in the file.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $word,)+
                    $name::Unknown(word) => word,
                }
            }
        }

        impl From<String> for $name {
            fn from(word: String) -> Self {
                $name::KNOWN
                    .iter()
                    .find(|known| known.as_str() == word)
                    .cloned()
                    .unwrap_or($name::Unknown(word))
            }
        }

        impl From<$name> for String {
            fn from(name: $name) -> String {
                name.as_str().to_string()
            }
        }
    };
}
