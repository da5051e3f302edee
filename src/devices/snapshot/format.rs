//! The snapshot file: its parts, its header, and how each is written and read back
//! (`snapshot`'s module header describes the layout).

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::io::Write;
use std::path::Path;
use std::time::SystemTime;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Verify;
use super::files::{FileEntry, nanos, places_fingerprint, program, root_name};
use crate::content::lazy::{ProcedureBody, ProcedureTree};
use crate::content::{Catalog, Document, Language, Node, Pictograms, Procedure, Source, Tree};
use crate::diagnostics::Diagnostic;
use crate::i18n::Texts;

/// The first bytes of every snapshot; the number changes with any change of the format, so an
/// older file is rebuilt rather than misread.
pub(super) const MAGIC: &[u8] = b"relais catalog snapshot 3\n";

/// Where one part of the snapshot lies in the file, and its checksum.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub(crate) struct Section {
    pub(super) offset: u64,
    pub(super) len: u64,
    pub(super) sha256: [u8; 32],
}

/// What the snapshot was built from, and where its parts are. Written last, followed by its own
/// SHA-256 and length (`FOOTER`), so that the parts can be written as they are made.
#[derive(Serialize, Deserialize)]
pub(super) struct Header {
    /// This program's version and its executable's size and time: another build may validate
    /// differently.
    pub(super) program: String,
    pub(super) root: String,
    pub(super) offered: Option<Vec<String>>,
    /// The site's places file (outside the content root): its path and the SHA-256 of its
    /// bytes, `None` for a file that was missing.
    pub(super) site_places: Option<(String, Option<[u8; 32]>)>,
    /// The day the warnings were computed (review dates).
    pub(super) validated_on: NaiveDate,
    /// When the files started to be read, in nanoseconds since 1970.
    pub(super) read_from: u128,
    /// The files of everything but the procedures' trees: the kiosk's texts, the documents,
    /// the glossary, the pictograms. A kiosk checks these before its first frame.
    pub(super) front_files: Vec<FileEntry>,
    /// `Vec<FileEntry>`: each procedure's own files (`content/<id>.toml`,
    /// `locales/<lang>/<id>.ftl`). A kiosk checks them just after its first frame (`Confirm`).
    pub(super) procedure_files: Section,
    /// `Front`: what the first screens need.
    pub(super) front: Section,
    /// `Vec<Diagnostic>`.
    pub(super) diagnostics: Section,
    /// One `Body` per procedure, in catalog order.
    pub(super) procedures: Vec<Section>,
}

/// SHA-256 of the header, then its length (little-endian u64): the last bytes of the file.
pub(super) const FOOTER: usize = 32 + 8;

/// One procedure's name, category and sources: what the procedures screen and the handoff's
/// header need without its tree.
#[derive(Serialize)]
pub(super) struct HeadOut<'a> {
    pub(super) id: &'a str,
    pub(super) category: &'a str,
    pub(super) pictogram: &'a Option<String>,
    pub(super) owner: &'a str,
    pub(super) checked_on: NaiveDate,
    pub(super) review_every_days: u32,
    pub(super) unverified: &'a [String],
    pub(super) sources: &'a [Source],
    pub(super) start: &'a str,
}

/// `HeadOut` as read; the fields in the same order (the format is positional).
#[derive(Deserialize)]
pub(super) struct HeadIn {
    pub(super) id: String,
    pub(super) category: String,
    pub(super) pictogram: Option<String>,
    pub(super) owner: String,
    pub(super) checked_on: NaiveDate,
    pub(super) review_every_days: u32,
    pub(super) unverified: Vec<String>,
    pub(super) sources: Vec<Source>,
    pub(super) start: String,
}

/// Everything of the catalog but the procedures' trees and their texts.
#[derive(Serialize)]
pub(super) struct FrontOut<'a> {
    pub(super) procedures: Vec<HeadOut<'a>>,
    pub(super) documents: &'a [Document],
    pub(super) glossary: &'a [String],
    pub(super) languages: &'a [Language],
    /// The kiosk's own texts and every procedure's name, in every language (`split`).
    pub(super) texts: &'a Texts,
    pub(super) pictograms: &'a Pictograms,
    pub(super) places: &'a BTreeSet<String>,
}

#[derive(Deserialize)]
pub(super) struct FrontIn {
    pub(super) procedures: Vec<HeadIn>,
    pub(super) documents: Vec<Document>,
    pub(super) glossary: Vec<String>,
    pub(super) languages: Vec<Language>,
    pub(super) texts: Texts,
    pub(super) pictograms: Pictograms,
    pub(super) places: BTreeSet<String>,
}

/// One procedure's tree, and the texts of its tree in each language
/// (`i18n::language_bytes`).
#[derive(Serialize)]
pub(super) struct BodyOut<'a> {
    pub(super) nodes: &'a [Node],
    pub(super) texts: &'a [(String, Vec<u8>)],
}

#[derive(Deserialize)]
pub(super) struct BodyIn {
    pub(super) nodes: Vec<Node>,
    pub(super) texts: Vec<(String, Vec<u8>)>,
}

impl HeadIn {
    pub(super) fn into_procedure(self, tree: Tree) -> Procedure {
        Procedure::new(
            self.id,
            self.category,
            self.pictogram,
            self.owner,
            self.checked_on,
            self.review_every_days,
            self.unverified,
            self.sources,
            self.start,
            tree,
        )
    }
}

impl FrontIn {
    /// The catalog of these shared lists, with `procedures` and `texts` made from its parts
    /// (read whole by `load`, left in the snapshot by the kiosk's start).
    pub(super) fn into_catalog(self, procedures: Vec<Procedure>, texts: Texts) -> Catalog {
        Catalog {
            procedures,
            documents: self.documents,
            glossary: self.glossary,
            languages: self.languages,
            texts,
            pictograms: self.pictograms,
            places: self.places,
        }
    }
}

impl BodyIn {
    pub(super) fn into_body(self) -> Result<ProcedureBody, String> {
        let mut texts = HashMap::new();
        for (lang, bytes) in self.texts {
            let (_, language) = crate::i18n::language_from_bytes(&bytes)
                .map_err(|e| format!("the texts of `{lang}` do not decode ({e})"))?;
            texts.insert(lang, language);
        }
        Ok(ProcedureBody {
            tree: ProcedureTree::new(self.nodes),
            texts,
        })
    }
}

/// What the header records besides the parts' places.
pub(super) struct Origin {
    pub(super) root: String,
    pub(super) offered: Option<Vec<String>>,
    pub(super) site_places: Option<(String, Option<[u8; 32]>)>,
    pub(super) read_from: SystemTime,
}

/// Whether `path` (as `FileEntry::path`) is one of a procedure's own files.
pub(super) fn is_procedure_file(path: &str, procedures: &HashMap<&str, usize>) -> bool {
    let stem = match path.strip_prefix("content/") {
        Some(rest) => rest.strip_suffix(".toml"),
        None => path
            .strip_prefix("locales/")
            .and_then(|rest| rest.split_once('/'))
            .and_then(|(_, file)| file.strip_suffix(".ftl")),
    };
    stem.is_some_and(|stem| !stem.contains('/') && procedures.contains_key(stem))
}

/// Appends parts to the file being written, recording where each lies.
pub(super) struct Parts<W: Write> {
    pub(super) out: W,
    pub(super) offset: u64,
}

impl<W: Write> Parts<W> {
    pub(super) fn put(&mut self, bytes: &[u8]) -> std::io::Result<Section> {
        self.out.write_all(bytes)?;
        let section = Section {
            offset: self.offset,
            len: bytes.len() as u64,
            sha256: Sha256::digest(bytes).into(),
        };
        self.offset += bytes.len() as u64;
        Ok(section)
    }
}

pub(super) fn write(
    snapshot: &Path,
    origin: Origin,
    files: Vec<FileEntry>,
    catalog: &Catalog,
    diagnostics: &[Diagnostic],
) -> anyhow::Result<()> {
    let slots: HashMap<&str, usize> = catalog
        .procedures
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    // Each language cut in two: its core (the kiosk's texts, the procedures' names) goes to
    // the front, the texts of each procedure's tree to that procedure's part.
    let mut core = Texts::new();
    let mut body_texts: Vec<Vec<(String, Vec<u8>)>> = vec![Vec::new(); slots.len()];
    let mut languages: Vec<&str> = catalog.texts.languages().collect();
    languages.sort_unstable();
    for lang in languages {
        let Some(held) = catalog.texts.language(lang) else {
            continue;
        };
        let (kept, parts) = held.split(lang, slots.len(), |id| {
            let (procedure, _) = id.split_once("--")?;
            slots.get(procedure).copied()
        });
        for (texts, part) in body_texts.iter_mut().zip(&parts) {
            let bytes = crate::i18n::language_bytes(lang, part).map_err(anyhow::Error::msg)?;
            texts.push((lang.to_string(), bytes));
        }
        core.insert(lang, kept);
    }
    let (procedure_files, front_files): (Vec<FileEntry>, Vec<FileEntry>) = files
        .into_iter()
        .partition(|f| is_procedure_file(&f.path, &slots));

    let folder = snapshot.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(folder)?;
    // Written aside, then renamed over the old one: a kiosk starting meanwhile reads the old
    // snapshot or the new one, never half of one (and one already running keeps reading the
    // old one's parts through its open file).
    let file = tempfile::NamedTempFile::new_in(folder)?;
    let mut parts = Parts {
        out: std::io::BufWriter::new(file),
        offset: 0,
    };
    parts.put(MAGIC)?;
    let front = FrontOut {
        procedures: catalog
            .procedures
            .iter()
            .map(|p| HeadOut {
                id: &p.id,
                category: &p.category,
                pictogram: &p.pictogram,
                owner: &p.owner,
                checked_on: p.checked_on,
                review_every_days: p.review_every_days,
                unverified: &p.unverified,
                sources: &p.sources,
                start: &p.start,
            })
            .collect(),
        documents: &catalog.documents,
        glossary: &catalog.glossary,
        languages: &catalog.languages,
        texts: &core,
        pictograms: &catalog.pictograms,
        places: &catalog.places,
    };
    let front = parts.put(&postcard::to_stdvec(&front)?)?;
    let diagnostics = parts.put(&postcard::to_stdvec(diagnostics)?)?;
    let procedure_files = parts.put(&postcard::to_stdvec(&procedure_files)?)?;
    let mut procedures = Vec::with_capacity(slots.len());
    for (procedure, texts) in catalog.procedures.iter().zip(&body_texts) {
        let body = BodyOut {
            nodes: procedure.nodes(),
            texts,
        };
        procedures.push(parts.put(&postcard::to_stdvec(&body)?)?);
    }
    let header = postcard::to_stdvec(&Header {
        program: program(),
        root: origin.root,
        offered: origin.offered,
        site_places: origin.site_places,
        validated_on: crate::content::today(),
        read_from: nanos(Some(origin.read_from)).unwrap_or(0),
        front_files,
        procedure_files,
        front,
        diagnostics,
        procedures,
    })?;
    parts.put(&header)?;
    let header_sha256: [u8; 32] = Sha256::digest(&header).into();
    parts.put(&header_sha256)?;
    parts.put(&(header.len() as u64).to_le_bytes())?;
    let file = parts.out.into_inner().map_err(|e| e.into_error())?;
    file.persist(snapshot)?;
    Ok(())
}

/// An open snapshot whose header is whole and names this program, root and places file.
pub(crate) struct Opened {
    pub(super) file: fs::File,
    pub(super) len: u64,
    pub(super) header: Header,
}

impl Opened {
    pub(super) fn open(
        root: &Path,
        offered: &Option<Vec<String>>,
        site_places: Option<&Path>,
        snapshot: &Path,
        verify: Verify,
    ) -> Result<Opened, String> {
        let file = fs::File::open(snapshot).map_err(|e| format!("no snapshot to read ({e})"))?;
        let len = file
            .metadata()
            .map_err(|e| format!("the snapshot cannot be read ({e})"))?
            .len();
        let too_short = || "the snapshot is cut short".to_string();
        if len < (MAGIC.len() + FOOTER) as u64 {
            return Err(too_short());
        }
        let mut magic = vec![0; MAGIC.len()];
        read_at(&file, 0, &mut magic)?;
        if magic != MAGIC {
            return Err("the snapshot is of another format".into());
        }
        let mut footer = [0u8; FOOTER];
        read_at(&file, len - FOOTER as u64, &mut footer)?;
        let (header_sha256, header_len) = footer.split_at(32);
        let header_len = u64::from_le_bytes(header_len.try_into().map_err(|_| too_short())?);
        let header_start = (len - FOOTER as u64)
            .checked_sub(header_len)
            .filter(|start| *start >= MAGIC.len() as u64)
            .ok_or_else(too_short)?;
        let mut header = vec![0; usize::try_from(header_len).map_err(|_| too_short())?];
        read_at(&file, header_start, &mut header)?;
        if Sha256::digest(&header).as_slice() != header_sha256 {
            return Err("the snapshot is damaged (its header's checksum does not match)".into());
        }
        let header: Header = postcard::from_bytes(&header)
            .map_err(|e| format!("the snapshot's header does not decode ({e})"))?;
        if header.program != program() {
            return Err("the snapshot was written by another build of relais".into());
        }
        if header.root != root_name(root) || &header.offered != offered {
            return Err("the snapshot is of another content root or other languages".into());
        }
        if header.site_places != places_fingerprint(site_places) {
            return Err("the site's places file changed since the snapshot".into());
        }
        if verify == Verify::Full && header.validated_on != crate::content::today() {
            return Err("the snapshot's review dates were checked on another day".into());
        }
        Ok(Opened { file, len, header })
    }

    /// The bytes of `section`, if its checksum matches.
    pub(super) fn section(&self, section: &Section) -> Result<Vec<u8>, String> {
        read_section(&self.file, self.len, section)
    }

    /// Decodes a part of type `T`, if its checksum matches.
    pub(super) fn decode<T: serde::de::DeserializeOwned>(
        &self,
        section: &Section,
        what: &str,
    ) -> Result<T, String> {
        postcard::from_bytes(&self.section(section)?)
            .map_err(|e| format!("the snapshot's {what} does not decode ({e})"))
    }

    /// Every file the snapshot was built from, sorted by path, as `list_files` lists them.
    pub(super) fn all_files(&self) -> Result<Vec<FileEntry>, String> {
        let mut files: Vec<FileEntry> =
            self.decode(&self.header.procedure_files, "list of files")?;
        files.extend(self.header.front_files.iter().cloned());
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(files)
    }
}

pub(super) fn read_at(file: &fs::File, offset: u64, buf: &mut [u8]) -> Result<(), String> {
    use std::os::unix::fs::FileExt;
    file.read_exact_at(buf, offset)
        .map_err(|e| format!("the snapshot cannot be read ({e})"))
}

/// The bytes of `section` of `file` (`len` bytes long), if they are there and match.
pub(super) fn read_section(
    file: &fs::File,
    len: u64,
    section: &Section,
) -> Result<Vec<u8>, String> {
    let fits = section
        .offset
        .checked_add(section.len)
        .is_some_and(|end| end <= len);
    if !fits {
        return Err("the snapshot is cut short".into());
    }
    let mut bytes = vec![0; usize::try_from(section.len).map_err(|_| "the snapshot is too large")?];
    read_at(file, section.offset, &mut bytes)?;
    if <[u8; 32]>::from(Sha256::digest(&bytes)) != section.sha256 {
        return Err("the snapshot is damaged (a part's checksum does not match)".into());
    }
    Ok(bytes)
}
