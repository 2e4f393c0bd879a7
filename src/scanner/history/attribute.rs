//! Phase two of the history scan: for every blob with findings, the paths
//! and the first commits that introduced it. Runs only when phase one found
//! something.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

use gix::bstr::{BString, ByteSlice};
use gix::objs::{Kind, TreeRefIter};
use gix::ObjectId;

use super::commits::CommitInfo;
use crate::objects::packs::{for_each_object, PackError};

/// A tree's entries that lead to a target: target blobs, and subtrees that
/// contain one.
pub(super) type Entries = Vec<(BString, ObjectId, bool)>;

/// For every tree that contains one of `targets` at any depth, its entries
/// that lead to a target. One more pass over the packs parses trees only
/// and records every tree-to-subtree edge and every entry of a target blob
/// (as indices, a few bytes each); walking the edges upwards from the
/// targets then gives the trees that contain them. Reading the same trees
/// one by one from the object database instead would resolve each delta
/// chain anew, for every commit.
pub(super) fn trees_containing(
    dirs: &[PathBuf],
    hash: gix::hash::Kind,
    threads: usize,
    targets: &HashSet<ObjectId>,
) -> Result<HashMap<ObjectId, Entries>, PackError> {
    let graph = Mutex::new(Graph::default());
    for_each_object(dirs, hash, threads, &AtomicBool::new(false), &|kind, id, data| {
        if kind != Kind::Tree {
            return;
        }
        let entries: Vec<(&gix::bstr::BStr, ObjectId, bool)> = TreeRefIter::from_bytes(data, hash)
            .filter_map(Result::ok)
            .filter(|e| e.mode.is_tree() || (e.mode.is_blob_or_symlink() && targets.contains(e.oid)))
            .map(|e| (e.filename, e.oid.to_owned(), e.mode.is_tree()))
            .collect();
        if entries.is_empty() {
            return;
        }
        if let Ok(mut g) = graph.lock() {
            g.add_tree(id, entries);
        }
    })?;
    Ok(graph
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .upwards_from(targets))
}

/// Every tree-to-entry edge that can lead to a target, as indices.
#[derive(Default)]
struct Graph {
    index: HashMap<ObjectId, u32>,
    ids: Vec<ObjectId>,
    name_index: HashMap<BString, u32>,
    names: Vec<BString>,
    /// (entry, tree, name | TREE_ENTRY), in chunks of `EDGE_CHUNK`
    /// that never move: a vector doubling its capacity would
    /// briefly hold three times the edges (git/git has 7 million).
    edges: Vec<Vec<(u32, u32, u32)>>,
}

const EDGE_CHUNK: usize = 1 << 20;
/// Set in an edge's name when the entry is a tree.
const TREE_ENTRY: u32 = 1 << 31;

fn intern<K: std::hash::Hash + Eq + Clone>(index: &mut HashMap<K, u32>, list: &mut Vec<K>, k: &K) -> u32 {
    if let Some(&i) = index.get(k) {
        return i;
    }
    let i = list.len() as u32;
    list.push(k.clone());
    index.insert(k.clone(), i);
    i
}

impl Graph {
    /// Records tree `id`'s entries (subtrees and target blobs).
    fn add_tree(&mut self, id: &ObjectId, entries: Vec<(&gix::bstr::BStr, ObjectId, bool)>) {
        let me = intern(&mut self.index, &mut self.ids, id);
        for (name, oid, is_tree) in entries {
            let child = intern(&mut self.index, &mut self.ids, &oid);
            let name = intern(&mut self.name_index, &mut self.names, &name.to_owned());
            let flag = if is_tree { TREE_ENTRY } else { 0 };
            if self.edges.last().is_none_or(|c| c.len() == EDGE_CHUNK) {
                self.edges.push(Vec::with_capacity(EDGE_CHUNK));
            }
            if let Some(chunk) = self.edges.last_mut() {
                chunk.push((child, me, name | flag));
            }
        }
    }

    /// Walks the edges upwards from the targets: every tree that contains
    /// one, with its entries that lead there.
    fn upwards_from(mut self, targets: &HashSet<ObjectId>) -> HashMap<ObjectId, Entries> {
        self.index.clear();
        self.name_index.clear();
        let mut edges = Vec::with_capacity(self.edges.iter().map(Vec::len).sum());
        for chunk in std::mem::take(&mut self.edges) {
            edges.extend_from_slice(&chunk);
        }
        edges.sort_unstable();
        let ids = &self.ids;
        let mut marked = vec![false; ids.len()];
        let mut stack: Vec<u32> = (0..ids.len() as u32)
            .filter(|&i| targets.contains(&ids[i as usize]))
            .collect();
        let mut out: HashMap<ObjectId, Entries> = HashMap::new();
        while let Some(t) = stack.pop() {
            if std::mem::replace(&mut marked[t as usize], true) {
                continue;
            }
            let from = edges.partition_point(|&(c, ..)| c < t);
            for &(_, parent, name) in edges[from..].iter().take_while(|&&(c, ..)| c == t) {
                out.entry(ids[parent as usize]).or_default().push((
                    self.names[(name & !TREE_ENTRY) as usize].clone(),
                    ids[t as usize],
                    name & TREE_ENTRY != 0,
                ));
                stack.push(parent);
            }
        }
        out
    }
}

/// Finds, for every blob with findings, the paths and the first commits
/// that introduced it, descending only into trees that contain such blobs.
pub(super) struct Attributor {
    targets: HashSet<ObjectId>,
    /// Trees that contain a target (transitively), with their entries that
    /// lead to one.
    containing: HashMap<ObjectId, Entries>,
    /// blob -> (path, index of commit) in first-introduced order.
    pub places: HashMap<ObjectId, Vec<(BString, usize)>>,
    trees_of: HashMap<ObjectId, ObjectId>,
    index: usize,
}

impl Attributor {
    pub fn new(targets: HashSet<ObjectId>, containing: HashMap<ObjectId, Entries>, commits: &[CommitInfo]) -> Self {
        Attributor {
            targets,
            containing,
            places: HashMap::new(),
            trees_of: commits.iter().map(|c| (c.id, c.tree)).collect(),
            index: 0,
        }
    }

    pub fn visit(&mut self, c: &CommitInfo) {
        let i = self.index;
        self.index += 1;
        if !self.containing.contains_key(&c.tree) {
            return;
        }
        let parent_trees: Vec<ObjectId> = c.parents.iter().filter_map(|p| self.trees_of.get(p).copied()).collect();
        // (tree, parents' trees at the same path, path prefix). An entry is
        // new unless a parent has the same object under the same name; a
        // parent's entry that leads to no target is not listed, and cannot
        // be the same object as one that does.
        let mut stack: Vec<(ObjectId, Vec<ObjectId>, BString)> = vec![(c.tree, parent_trees, BString::default())];
        while let Some((tree, parents, prefix)) = stack.pop() {
            let Some(entries) = self.containing.get(&tree) else {
                continue;
            };
            let parent_entries: Vec<&Entries> = parents.iter().filter_map(|p| self.containing.get(p)).collect();
            for (name, oid, is_tree) in entries {
                let same = |pe: &&Entries| pe.iter().any(|(n, o, _)| n == name && o == oid);
                if parent_entries.iter().any(same) {
                    continue;
                }
                let mut path = prefix.clone();
                if !path.is_empty() {
                    path.push(b'/');
                }
                path.extend_from_slice(name.as_bytes());
                if *is_tree {
                    let sub_parents = parent_entries
                        .iter()
                        .flat_map(|pe| pe.iter().filter(|(n, _, t)| n == name && *t).map(|(_, o, _)| *o))
                        .collect();
                    stack.push((*oid, sub_parents, path));
                } else if self.targets.contains(oid) {
                    let places = self.places.entry(*oid).or_default();
                    if !places.iter().any(|(p, _)| *p == path) {
                        places.push((path, i));
                    }
                }
            }
        }
    }
}
