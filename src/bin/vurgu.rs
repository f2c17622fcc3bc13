//! The `vurgu` command line: analyse a file or stdin, batch JSON lines,
//! or score against gold files. Offsets printed are Unicode code points.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::main());
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use serde::{Deserialize, Serialize};
    use serde_json::Value;
    use std::io::{BufRead, Read, Write};
    use vurgu::eval::{self, Diff, Scores, Span};
    use vurgu::offsets::{self, Unit};
    use vurgu::render::html;
    use vurgu::{analyze, Entity, Label, LabelSet, LangChoice, Options, Ymd};

    const USAGE: &str = "usage:
  vurgu [--lang az|en|auto] [--ref-date YYYY-MM-DD] [--labels PERSON,PLACE,ORG,DATE]
        [--format json|html|jsonl] [FILE]
      Reads FILE (or stdin). json: the entities of the text; html: a standalone
      highlighted page; jsonl: one JSON document a line in, {\"id\",\"text\",
      \"lang\"?,\"ref_date\"?}, one line {\"id\",\"entities\"} out.
  vurgu eval [--errors] GOLD...
      Scores vurgu against gold files (.jsonl from corpus.py, or .ann markup):
      per-label strict precision, recall, F1, micro F1, date-value accuracy.
Offsets are Unicode code points, end exclusive.";

    struct Args {
        opts: Options,
        format: String,
        file: Option<String>,
    }

    pub fn main() -> i32 {
        let argv: Vec<String> = std::env::args().skip(1).collect();
        let result = if argv.first().map(String::as_str) == Some("eval") {
            run_eval(&argv[1..])
        } else {
            parse_args(&argv).and_then(run)
        };
        match result {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("vurgu: {e}");
                2
            }
        }
    }

    fn parse_args(argv: &[String]) -> Result<Args, String> {
        let mut a = Args { opts: Options::default(), format: "json".into(), file: None };
        let mut it = argv.iter();
        while let Some(arg) = it.next() {
            let mut val = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
            match arg.as_str() {
                "-h" | "--help" => {
                    println!("{USAGE}");
                    std::process::exit(0);
                }
                "--lang" => {
                    let v = val("--lang")?;
                    a.opts.lang =
                        LangChoice::parse(&v).ok_or_else(|| format!("unknown language {v:?} (az, en, auto)"))?;
                }
                "--ref-date" => {
                    let v = val("--ref-date")?;
                    a.opts.ref_date = Some(parse_date(&v)?);
                }
                "--labels" => a.opts.labels = parse_labels(&val("--labels")?)?,
                "--format" => {
                    let v = val("--format")?;
                    if !matches!(v.as_str(), "json" | "html" | "jsonl") {
                        return Err(format!("unknown format {v:?} (json, html, jsonl)"));
                    }
                    a.format = v;
                }
                s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s}\n{USAGE}")),
                s => {
                    if a.file.replace(s.to_string()).is_some() {
                        return Err("only one input file".into());
                    }
                }
            }
        }
        Ok(a)
    }

    fn parse_date(v: &str) -> Result<Ymd, String> {
        Ymd::parse(v).ok_or_else(|| format!("bad date {v:?}: expected YYYY-MM-DD"))
    }

    fn parse_labels(v: &str) -> Result<LabelSet, String> {
        v.split(',')
            .filter(|s| !s.trim().is_empty())
            .map(|s| Label::parse(s.trim()).ok_or_else(|| format!("unknown label {s:?} (PERSON, PLACE, ORG, DATE)")))
            .collect()
    }

    fn read_input(file: &Option<String>) -> Result<String, String> {
        match file.as_deref() {
            None | Some("-") => {
                let mut s = String::new();
                std::io::stdin().read_to_string(&mut s).map_err(|e| format!("reading stdin: {e}"))?;
                Ok(s)
            }
            Some(p) => std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}")),
        }
    }

    fn run(a: Args) -> Result<(), String> {
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        if a.format == "jsonl" {
            return run_jsonl(&a, &mut out);
        }
        let text = read_input(&a.file)?;
        let an = analyze(&text, &a.opts);
        let body = if a.format == "html" {
            html::page(&text, &an.entities, an.lang)
        } else {
            let doc = OutDoc { lang: an.lang.code(), entities: entities_out(&text, &an.entities, true) };
            serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())? + "\n"
        };
        out.write_all(body.as_bytes()).map_err(|e| e.to_string())
    }

    /// One entity as the CLI writes it: offsets in code points, fields in
    /// this order (outside scorers read the JSON-lines shape).
    #[derive(Serialize)]
    struct OutEntity<'a> {
        start: u32,
        end: u32,
        label: &'static str,
        text: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        value: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        base: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        group: Option<u32>,
    }

    /// `--format json`: the language used and the entities.
    #[derive(Serialize)]
    struct OutDoc<'a> {
        lang: &'static str,
        entities: Vec<OutEntity<'a>>,
    }

    /// One line of `--format jsonl` output.
    #[derive(Serialize)]
    struct OutLine<'a> {
        id: Value,
        entities: Vec<OutEntity<'a>>,
    }

    /// One line of `--format jsonl` input.
    #[derive(Deserialize)]
    struct InLine {
        #[serde(default)]
        id: Value,
        text: String,
        lang: Option<String>,
        ref_date: Option<String>,
    }

    /// Entities with code-point offsets; `full` adds the group id.
    fn entities_out<'e>(text: &str, ents: &'e [Entity<'_>], full: bool) -> Vec<OutEntity<'e>> {
        let bytes: Vec<usize> = ents.iter().flat_map(|e| [e.start, e.end]).collect();
        let cps = offsets::convert(text, &bytes, Unit::CodePoint);
        ents.iter()
            .zip(cps.chunks(2))
            .map(|(e, c)| OutEntity {
                start: c[0],
                end: c[1],
                label: e.label.as_str(),
                text: e.text,
                value: e.value.map(|v| v.to_string()),
                base: e.base.as_deref(),
                group: full.then_some(e.group),
            })
            .collect()
    }

    fn run_jsonl(a: &Args, out: &mut impl Write) -> Result<(), String> {
        let input: Box<dyn BufRead> = match a.file.as_deref() {
            None | Some("-") => Box::new(std::io::BufReader::new(std::io::stdin())),
            Some(p) => Box::new(std::io::BufReader::new(std::fs::File::open(p).map_err(|e| format!("{p}: {e}"))?)),
        };
        for (n, line) in input.lines().enumerate() {
            let line = line.map_err(|e| e.to_string())?;
            if line.trim().is_empty() {
                continue;
            }
            let doc: InLine = serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
            let mut opts = a.opts;
            if let Some(l) = doc.lang.as_deref() {
                opts.lang = LangChoice::parse(l).ok_or_else(|| format!("line {}: unknown lang {l:?}", n + 1))?;
            }
            if let Some(r) = doc.ref_date.as_deref() {
                opts.ref_date = Some(parse_date(r).map_err(|e| format!("line {}: {e}", n + 1))?);
            }
            let an = analyze(&doc.text, &opts);
            let line = OutLine { id: doc.id.clone(), entities: entities_out(&doc.text, &an.entities, false) };
            let v = serde_json::to_string(&line).map_err(|e| e.to_string())?;
            writeln!(out, "{v}").map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// Gold documents from `.ann` markup or corpus JSON lines, with spans
    /// in byte offsets.
    fn load_gold(path: &str) -> Result<Vec<eval::GoldDoc>, String> {
        let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        if path.ends_with(".ann") {
            let id = std::path::Path::new(path).file_stem().and_then(|s| s.to_str()).unwrap_or(path);
            return Ok(vec![eval::parse_ann(&raw, id)?]);
        }
        let mut docs = Vec::new();
        for (n, line) in raw.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: Value = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
            let text = v["text"].as_str().ok_or_else(|| format!("{path}:{}: no text", n + 1))?.to_string();
            let ents = v["entities"].as_array().cloned().unwrap_or_default();
            let cps: Vec<usize> = ents
                .iter()
                .flat_map(|e| [e["start"].as_u64().unwrap_or(0) as usize, e["end"].as_u64().unwrap_or(0) as usize])
                .collect();
            let bytes = offsets::code_points_to_bytes(&text, &cps);
            let mut spans = Vec::new();
            for (e, b) in ents.iter().zip(bytes.chunks(2)) {
                let label =
                    e["label"].as_str().and_then(Label::parse).ok_or_else(|| format!("{path}:{}: bad label", n + 1))?;
                spans.push(Span { start: b[0], end: b[1], label, value: e["value"].as_str().map(str::to_string) });
            }
            docs.push(eval::GoldDoc {
                id: v["id"].as_str().unwrap_or("").to_string(),
                lang: v["lang"].as_str().map(str::to_string),
                ref_date: v["ref_date"].as_str().map(str::to_string),
                text,
                spans,
            });
        }
        Ok(docs)
    }

    fn run_eval(argv: &[String]) -> Result<(), String> {
        let errors = argv.iter().any(|a| a == "--errors");
        let files: Vec<&String> = argv.iter().filter(|a| !a.starts_with("--")).collect();
        if files.is_empty() {
            return Err(format!("eval needs gold files\n{USAGE}"));
        }
        let mut scores = Scores::default();
        let mut report = String::new();
        for f in files {
            for doc in load_gold(f)? {
                let mut opts = Options::default();
                if let Some(l) = doc.lang.as_deref().and_then(LangChoice::parse) {
                    opts.lang = l;
                }
                if let Some(r) = doc.ref_date.as_deref() {
                    opts.ref_date = Some(parse_date(r)?);
                }
                let an = analyze(&doc.text, &opts);
                let pred: Vec<Span> = an
                    .entities
                    .iter()
                    .map(|e| Span { start: e.start, end: e.end, label: e.label, value: e.value.map(|v| v.to_string()) })
                    .collect();
                for d in scores.add(&doc.spans, &pred) {
                    if errors {
                        report.push_str(&describe(&doc, &d));
                    }
                }
            }
        }
        print!("{report}{}", scores.table());
        Ok(())
    }

    fn describe(doc: &eval::GoldDoc, d: &Diff) -> String {
        let show = |s: &Span| {
            let t = doc.text.get(s.start..s.end).unwrap_or("?");
            let ctx_a = floor(&doc.text, s.start.saturating_sub(30));
            let ctx_b = ceil(&doc.text, (s.end + 30).min(doc.text.len()));
            let ctx = doc.text[ctx_a..ctx_b].replace('\n', " ");
            format!("{} {:?} {}  …{}…", s.label, t, s.value.as_deref().unwrap_or(""), ctx)
        };
        match d {
            Diff::Missed(s) => format!("{}\tmissed\t{}\n", doc.id, show(s)),
            Diff::Spurious(s) => format!("{}\tspurious\t{}\n", doc.id, show(s)),
            Diff::WrongValue { gold, got } => {
                format!("{}\tvalue\t{} got {:?}\n", doc.id, show(gold), got)
            }
        }
    }

    fn floor(s: &str, mut i: usize) -> usize {
        while !s.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    fn ceil(s: &str, mut i: usize) -> usize {
        while !s.is_char_boundary(i) {
            i += 1;
        }
        i
    }
}
