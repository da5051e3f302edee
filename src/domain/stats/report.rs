//! The figures a site is asked for, computed from the kept daily counts: visits per day and how
//! they ended, languages, procedures, and for each node of a procedure how many visitors
//! reached it and how many stopped there (so editors see where visitors give up).
//!
//! Pure: the store hands over `DailyCount`s, this module adds them up and writes them as a
//! table or as CSV. It reads no database and no clock.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::StatKind;

/// One kept count: how many events of a kind happened on a day, with the details the kind
/// keeps (`StatKind::detail`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DailyCount {
    pub day: NaiveDate,
    pub kind: StatKind,
    pub language: Option<String>,
    pub procedure: Option<String>,
    pub node: Option<String>,
    pub count: u64,
}

/// One day's totals, for the table, the chart and the admin screen's "today".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DayTotals {
    pub day: NaiveDate,
    /// Visits started (a touch on the welcome screen).
    pub visits: u64,
    /// Visits that ended after a ticket was given.
    pub with_ticket: u64,
    /// Visits that were given up before a ticket ("Start over", Back out of the first screen).
    pub abandoned: u64,
    /// Visits wiped by the idle countdown before a ticket.
    pub idle_wipes: u64,
    /// "Talk to a person" taps.
    pub asked_for_person: u64,
    /// Visits the tree itself sent to a person.
    pub sent_to_person: u64,
    /// Outcome screens reached.
    pub outcomes: u64,
    pub printed: u64,
    pub print_failed: u64,
}

impl DayTotals {
    fn empty(day: NaiveDate) -> DayTotals {
        DayTotals {
            day,
            ..DayTotals::default()
        }
    }

    fn add(&mut self, kind: StatKind, count: u64) {
        let field = match kind {
            StatKind::VisitStarted => &mut self.visits,
            StatKind::Finished => &mut self.with_ticket,
            StatKind::Abandoned => &mut self.abandoned,
            StatKind::IdleWipe => &mut self.idle_wipes,
            StatKind::TalkToPerson => &mut self.asked_for_person,
            StatKind::SentToPerson => &mut self.sent_to_person,
            StatKind::Outcome => &mut self.outcomes,
            StatKind::PrintOk => &mut self.printed,
            StatKind::PrintFailed => &mut self.print_failed,
            StatKind::LanguageChosen | StatKind::ProcedureChosen | StatKind::NodeReached => {
                return;
            }
        };
        *field += count;
    }
}

/// Where visitors go and stop in one node of a procedure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NodeFigures {
    pub procedure: String,
    pub node: String,
    /// Times the node was shown going forward (Back does not count again).
    pub reached: u64,
    /// Times it was shown as an outcome (only outcome nodes have these).
    pub outcome: u64,
    pub abandoned: u64,
    pub idle_wipes: u64,
    pub asked_for_person: u64,
    pub sent_to_person: u64,
}

impl NodeFigures {
    /// Visitors who stopped here without the tree's answer: gave up, timed out, or asked for a
    /// person. High numbers point editors at a question that is hard to answer.
    pub fn stopped(&self) -> u64 {
        self.abandoned + self.idle_wipes + self.asked_for_person
    }
}

/// The figures of a range of days, first to last day included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Every day of the range, in order, days without visits included (so charts have no gaps).
    pub days: Vec<DayTotals>,
    /// Languages chosen, most chosen first.
    pub languages: Vec<(String, u64)>,
    /// Procedures chosen, most chosen first.
    pub procedures: Vec<(String, u64)>,
    /// Per node, by procedure, then most reached first.
    pub nodes: Vec<NodeFigures>,
}

impl Report {
    /// Adds up `counts` (counts outside the range are ignored).
    pub fn from_counts(from: NaiveDate, to: NaiveDate, counts: &[DailyCount]) -> Report {
        let mut days: Vec<DayTotals> = from
            .iter_days()
            .take_while(|day| *day <= to)
            .map(DayTotals::empty)
            .collect();
        let mut languages: BTreeMap<String, u64> = BTreeMap::new();
        let mut procedures: BTreeMap<String, u64> = BTreeMap::new();
        let mut nodes: BTreeMap<(String, String), NodeFigures> = BTreeMap::new();
        for count in counts.iter().filter(|c| (from..=to).contains(&c.day)) {
            let index = (count.day - from).num_days() as usize;
            days[index].add(count.kind, count.count);
            match count.kind {
                StatKind::LanguageChosen => {
                    *languages.entry(label(&count.language)).or_default() += count.count;
                }
                StatKind::ProcedureChosen => {
                    *procedures.entry(label(&count.procedure)).or_default() += count.count;
                }
                _ => {}
            }
            if let (Some(procedure), Some(node)) = (&count.procedure, &count.node) {
                let figures = nodes
                    .entry((procedure.clone(), node.clone()))
                    .or_insert_with(|| NodeFigures {
                        procedure: procedure.clone(),
                        node: node.clone(),
                        ..NodeFigures::default()
                    });
                let field = match count.kind {
                    StatKind::NodeReached => &mut figures.reached,
                    StatKind::Outcome => &mut figures.outcome,
                    StatKind::Abandoned => &mut figures.abandoned,
                    StatKind::IdleWipe => &mut figures.idle_wipes,
                    StatKind::TalkToPerson => &mut figures.asked_for_person,
                    StatKind::SentToPerson => &mut figures.sent_to_person,
                    _ => continue,
                };
                *field += count.count;
            }
        }
        let mut nodes: Vec<NodeFigures> = nodes.into_values().collect();
        nodes.sort_by(|a, b| {
            (&a.procedure, std::cmp::Reverse(a.reached), &a.node).cmp(&(
                &b.procedure,
                std::cmp::Reverse(b.reached),
                &b.node,
            ))
        });
        Report {
            from,
            to,
            days,
            languages: most_first(languages),
            procedures: most_first(procedures),
            nodes,
        }
    }

    /// All the days of the range added up.
    pub fn totals(&self) -> DayTotals {
        let mut sum = DayTotals::empty(self.from);
        for day in &self.days {
            sum.visits += day.visits;
            sum.with_ticket += day.with_ticket;
            sum.abandoned += day.abandoned;
            sum.idle_wipes += day.idle_wipes;
            sum.asked_for_person += day.asked_for_person;
            sum.sent_to_person += day.sent_to_person;
            sum.outcomes += day.outcomes;
            sum.printed += day.printed;
            sum.print_failed += day.print_failed;
        }
        sum
    }

    /// The report as plain-text tables, for `relais stats`.
    pub fn table(&self) -> String {
        let mut out = format!("Figures from {} to {}\n\n", self.from, self.to);
        let totals = self.totals();
        let mut per_day = Table::new(&[
            "day",
            "visits",
            "with ticket",
            "abandoned",
            "idle",
            "asked person",
            "sent to person",
            "printed",
            "print failed",
        ]);
        let named = self
            .days
            .iter()
            .map(|d| (d.day.to_string(), d))
            .chain(std::iter::once(("total".to_string(), &totals)));
        for (name, day) in named {
            per_day.row(vec![
                name,
                day.visits.to_string(),
                day.with_ticket.to_string(),
                day.abandoned.to_string(),
                day.idle_wipes.to_string(),
                day.asked_for_person.to_string(),
                day.sent_to_person.to_string(),
                day.printed.to_string(),
                day.print_failed.to_string(),
            ]);
        }
        out.push_str(&per_day.render());

        let mut languages = Table::new(&["language", "visits"]);
        for (language, count) in &self.languages {
            languages.row(vec![language.clone(), count.to_string()]);
        }
        out.push('\n');
        out.push_str(&languages.render());

        let mut procedures = Table::new(&["procedure", "chosen"]);
        for (procedure, count) in &self.procedures {
            procedures.row(vec![procedure.clone(), count.to_string()]);
        }
        out.push('\n');
        out.push_str(&procedures.render());

        let mut nodes = Table::new(&[
            "procedure",
            "node",
            "reached",
            "outcome",
            "stopped",
            "abandoned",
            "idle",
            "asked person",
            "sent to person",
        ]);
        for node in &self.nodes {
            nodes.row(vec![
                node.procedure.clone(),
                node.node.clone(),
                node.reached.to_string(),
                node.outcome.to_string(),
                node.stopped().to_string(),
                node.abandoned.to_string(),
                node.idle_wipes.to_string(),
                node.asked_for_person.to_string(),
                node.sent_to_person.to_string(),
            ]);
        }
        out.push('\n');
        out.push_str(&nodes.render());
        out
    }
}

/// Every kept count, one per line (`day,kind,procedure,node,language,count`), for a spreadsheet:
/// any figure of the table is a pivot of these lines.
pub fn csv(counts: &[DailyCount]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = ["day", "kind", "procedure", "node", "language", "count"];
    // Writing to a Vec cannot fail; the only error csv reports then is an unequal row length.
    writer.write_record(header).expect("csv into memory");
    for c in counts {
        writer
            .write_record([
                c.day.to_string().as_str(),
                c.kind.as_str(),
                c.procedure.as_deref().unwrap_or(""),
                c.node.as_deref().unwrap_or(""),
                c.language.as_deref().unwrap_or(""),
                c.count.to_string().as_str(),
            ])
            .expect("csv into memory");
    }
    let bytes = writer.into_inner().expect("csv into memory");
    String::from_utf8(bytes).expect("csv of UTF-8 strings is UTF-8")
}

fn label(id: &Option<String>) -> String {
    id.clone().unwrap_or_else(|| "(none)".to_string())
}

fn most_first(counts: BTreeMap<String, u64>) -> Vec<(String, u64)> {
    let mut list: Vec<(String, u64)> = counts.into_iter().collect();
    // Stable sort over the name order: ties stay alphabetical.
    list.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    list
}

/// A plain-text table: columns of numbers are right-aligned (with their heading), the others
/// left-aligned. Also `relais fleet status`'s.
pub struct Table {
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table {
            rows: vec![header.iter().map(|h| h.to_string()).collect()],
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn render(&self) -> String {
        let columns = self.rows[0].len();
        let width = |i: usize| {
            self.rows
                .iter()
                .map(|r| r[i].chars().count())
                .max()
                .unwrap_or(0)
        };
        let numeric = |i: usize| {
            self.rows.len() > 1 && self.rows[1..].iter().all(|r| r[i].parse::<u64>().is_ok())
        };
        let layout: Vec<(usize, bool)> = (0..columns).map(|i| (width(i), numeric(i))).collect();
        let mut out = String::new();
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .zip(&layout)
                .map(|(cell, &(width, right))| {
                    if right {
                        format!("{cell:>width$}")
                    } else {
                        format!("{cell:<width$}")
                    }
                })
                .collect();
            out.push_str(cells.join("  ").trim_end());
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn count(d: u32, kind: StatKind, place: Option<(&str, &str)>, n: u64) -> DailyCount {
        DailyCount {
            day: day(d),
            kind,
            language: None,
            procedure: place.map(|p| p.0.to_string()),
            node: place.map(|p| p.1.to_string()),
            count: n,
        }
    }

    #[test]
    fn days_without_visits_are_zeros_and_counts_outside_are_ignored() {
        let counts = vec![
            count(20, StatKind::VisitStarted, None, 4),
            count(22, StatKind::VisitStarted, None, 3),
            count(22, StatKind::Finished, None, 2),
            count(25, StatKind::VisitStarted, None, 99),
        ];
        let report = Report::from_counts(day(20), day(22), &counts);
        let visits: Vec<u64> = report.days.iter().map(|d| d.visits).collect();
        assert_eq!(visits, vec![4, 0, 3]);
        assert_eq!(report.totals().visits, 7);
        assert_eq!(report.totals().with_ticket, 2);
    }

    #[test]
    fn drop_off_is_counted_per_node() {
        let place = Some(("rsa", "address"));
        let counts = vec![
            count(20, StatKind::NodeReached, place, 10),
            count(21, StatKind::NodeReached, place, 5),
            count(20, StatKind::Abandoned, place, 2),
            count(21, StatKind::IdleWipe, place, 1),
            count(21, StatKind::TalkToPerson, place, 3),
            count(21, StatKind::SentToPerson, place, 4),
            count(21, StatKind::NodeReached, Some(("rsa", "start")), 20),
        ];
        let report = Report::from_counts(day(20), day(21), &counts);
        assert_eq!(report.nodes[0].node, "start", "most reached first");
        let address = &report.nodes[1];
        assert_eq!(
            (
                address.reached,
                address.stopped(),
                address.sent_to_person,
                address.outcome
            ),
            (15, 6, 4, 0)
        );
    }

    #[test]
    fn the_table_lines_up_and_ends_with_totals() {
        let counts = vec![count(20, StatKind::VisitStarted, None, 12)];
        let table = Report::from_counts(day(20), day(21), &counts).table();
        assert!(table.contains("2026-11-20      12"), "{table}");
        assert!(table.contains("total           12"), "{table}");
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let mut odd = count(20, StatKind::NodeReached, Some(("a,b", "c\"d")), 1);
        odd.language = None;
        assert_eq!(
            csv(&[odd]),
            "day,kind,procedure,node,language,count\n2026-11-20,node-reached,\"a,b\",\"c\"\"d\",,1\n"
        );
    }
}
