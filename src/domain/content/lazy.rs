//! A procedure's tree and texts read when a visitor first opens it (issue 19).
//!
//! A kiosk started from the catalog snapshot holds what its first screens need: the kiosk's own
//! texts, every procedure's name, category and sources. The rest of a procedure (its nodes and
//! their texts in every language) is one part of the snapshot, read, checked against its
//! checksum and decoded the first time the procedure is opened, then kept for as long as the
//! catalog: a day's visits open a few dozen procedures of a network's thousands.
//!
//! This module holds no file: a `BodyReader` (the snapshot's, `devices::snapshot`) reads the
//! parts. A part that cannot be read or fails its checksum is reported to the reader (which has
//! the kiosk rebuild its catalog from the files) and leaves the procedure empty: the visitor is
//! sent to a person (`session`), never shown a screen from bytes that were not checked.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, OnceLock};

use super::catalog::Node;
use crate::i18n::{LanguageTexts, LazyTexts};

/// The nodes of a procedure, and where to find each by id.
pub struct ProcedureTree {
    nodes: Vec<Node>,
    node_index: HashMap<String, usize>,
}

impl ProcedureTree {
    pub fn new(nodes: Vec<Node>) -> Self {
        let node_index = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.clone(), i))
            .collect();
        ProcedureTree { nodes, node_index }
    }

    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    pub fn node(&self, id: &str) -> Option<&Node> {
        self.node_index.get(id).map(|&i| &self.nodes[i])
    }
}

/// What a procedure's part of the snapshot holds: its tree and its texts by language.
pub struct ProcedureBody {
    pub tree: ProcedureTree,
    pub texts: HashMap<String, LanguageTexts>,
}

/// Reads the part of procedure number `slot` (in catalog order).
pub trait BodyReader: Send + Sync {
    fn read(&self, slot: usize) -> Result<ProcedureBody, String>;
    /// A part could not be read or was damaged: the catalog must not be trusted any longer.
    fn failed(&self, slot: usize, why: &str);
}

/// Every procedure's part, each read once, when first asked for.
pub struct LazyBodies {
    reader: Box<dyn BodyReader>,
    /// Procedure id → slot.
    slots_by_id: HashMap<String, usize>,
    slots: Vec<OnceLock<Option<ProcedureBody>>>,
}

impl LazyBodies {
    /// `ids`: the procedures, in catalog order (their slots).
    pub fn new(reader: Box<dyn BodyReader>, ids: &[String]) -> Self {
        LazyBodies {
            reader,
            slots_by_id: ids
                .iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), i))
                .collect(),
            slots: ids.iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// The part of procedure `slot`, read now if it was not yet; `None` if it could not be.
    pub fn body(&self, slot: usize) -> Option<&ProcedureBody> {
        self.slots
            .get(slot)?
            .get_or_init(|| match self.reader.read(slot) {
                Ok(body) => Some(body),
                Err(why) => {
                    self.reader.failed(slot, &why);
                    None
                }
            })
            .as_ref()
    }

    /// Whether the part of procedure `slot` has been read (or tried) already.
    pub fn is_read(&self, slot: usize) -> bool {
        self.slots.get(slot).is_some_and(|s| s.get().is_some())
    }
}

impl LazyTexts for LazyBodies {
    fn procedure_texts(&self, procedure: &str, lang: &str) -> Option<&LanguageTexts> {
        let slot = *self.slots_by_id.get(procedure)?;
        self.body(slot)?.texts.get(lang)
    }
}

/// A procedure's tree: held, or in the snapshot until first opened.
pub enum Tree {
    Held(ProcedureTree),
    Lazy {
        bodies: Arc<LazyBodies>,
        slot: usize,
    },
}

impl Tree {
    pub fn held(nodes: Vec<Node>) -> Self {
        Tree::Held(ProcedureTree::new(nodes))
    }

    /// The tree, read now if it is lazy and not yet read; `None` if it could not be read.
    pub fn get(&self) -> Option<&ProcedureTree> {
        match self {
            Tree::Held(tree) => Some(tree),
            Tree::Lazy { bodies, slot } => bodies.body(*slot).map(|b| &b.tree),
        }
    }
}

impl fmt::Debug for Tree {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tree::Held(tree) => f.debug_list().entries(&tree.nodes).finish(),
            Tree::Lazy { slot, .. } => write!(f, "(in the snapshot, part {slot})"),
        }
    }
}
